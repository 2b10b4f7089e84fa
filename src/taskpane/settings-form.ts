/**
 * The project settings form: action, call round, sector, project start and end, sending country. Prefilled from the
 * workbook's project block (each field says which cell it came from); a change is an override that the next audit
 * uses and "Save to workbook" keeps in the workbook (src/excel saveStoredSettings).
 */
import {
  ACTIONS,
  CALL_ROUNDS,
  ELIGIBLE_COUNTRIES,
  PROGRAMME_FORMATTERS,
  SECTORS,
  programmeCountryByCode,
  type Language,
  type Project,
  type ProjectField,
} from "../rules";
import type { Actions } from "./actions";
import { append, h, replaceChildren, setText, uniqueId } from "./dom";
import { t, type UiKey } from "./i18n";
import { FORM_FIELDS, canonical, formValue, lookedForText, sameProject } from "./project-values";
import { touched, type PaneState, type Store } from "./store";

const LABELS: Readonly<Record<ProjectField, UiKey>> = {
  call: "settings.call",
  sector: "settings.sector",
  start: "settings.start",
  end: "settings.end",
  country: "settings.country",
  action: "settings.action",
};

type Choice = readonly [value: string, label: string];

function choices(field: ProjectField, language: Language): Choice[] | undefined {
  switch (field) {
    case "call":
      return CALL_ROUNDS.map((round) => [round.id, language === "lv" ? round.lv : round.en]);
    case "sector":
      return SECTORS.map((sector) => [sector, t(language, `sector.${sector}`)]);
    case "action":
      return ACTIONS.map((action) => [action, t(language, `action.${action}`)]);
    case "country":
      return ELIGIBLE_COUNTRIES.map((c): Choice => [c.code, language === "lv" ? c.lv : c.en]).sort((a, b) =>
        a[1].localeCompare(b[1], language),
      );
    default:
      return undefined;
  }
}

/** A setting's value as the coordinator reads it. */
export function displayValue(field: ProjectField, value: string, language: Language): string {
  // The sending country is one of the Programme's: the pane carries no other country's names.
  const format = PROGRAMME_FORMATTERS[language];
  switch (field) {
    case "call":
      return format.call(value);
    case "country":
      return programmeCountryByCode(value) ? format.country(value) : value;
    case "start":
    case "end":
      return format.date(value);
    case "action":
      return value === "KA121" || value === "KA122" ? t(language, `action.${value}`) : value;
    case "sector":
      return (SECTORS as readonly string[]).includes(value) ? t(language, `sector.${value as (typeof SECTORS)[number]}`) : value;
    default:
      return value;
  }
}

function control(field: ProjectField, value: string, language: Language, id: string, hintId: string, onChange: (value: string) => void) {
  const options = choices(field, language);
  const common = { id, class: "input", "aria-describedby": hintId, "data-testid": `setting-${field}` };
  if (!options) {
    const input = h("input", { ...common, type: "date", value, on: { change: () => onChange(input.value) } });
    return input;
  }
  const known = options.some(([v]) => v === value);
  const select = h(
    "select",
    { ...common, value, on: { change: () => onChange(select.value) } },
    h("option", { value: "" }, t(language, "settings.notSet")),
    value !== "" && !known
      ? h("option", { value }, t(language, "settings.asWritten", { value: displayValue(field, value, language) }))
      : null,
    options.map(([v, label]) => h("option", { value: v }, label)),
  );
  return select;
}

/**
 * A date as the language writes it ("5 Oct 2026", "05.10.2026."), shown under a date field: the browser's own date
 * input writes it the browser's way, whatever the pane's language.
 */
function shownDate(state: PaneState, field: ProjectField): string {
  if (field !== "start" && field !== "end") return "";
  const value = formValue(state.overrides, state.workbookProject, field);
  return value === "" ? "" : displayValue(field, value, state.language);
}

function hintText(state: PaneState, field: ProjectField): string {
  const { language, overrides, workbookProject, projectSources, emptyLabels } = state;
  if (overrides[field] !== undefined) {
    const cell = canonical(field, workbookProject[field]);
    return cell === ""
      ? t(language, "settings.overrideNoCell")
      : t(language, "settings.override", { value: displayValue(field, cell, language) });
  }
  const at = projectSources[field];
  if (at) return t(language, at.via === "number" ? "settings.fromNumber" : "settings.from", { sheet: at.sheet, cell: at.cell });
  const label = emptyLabels[field];
  if (label) return t(language, "settings.emptyLabel", { sheet: label.sheet, cell: label.cell });
  // Not in the workbook: the labels the audit looks for, so that the coordinator can name a cell with one.
  return workbookProject[field] === undefined ? t(language, "settings.notFound", { labels: lookedForText(field, language) }) : "";
}

/** The panel's one-line summary: each setting the way the language writes it (names, not codes; its dates). */
function brief(state: PaneState): string {
  const project: Project = state.overrides;
  return FORM_FIELDS.map((field) => [field, formValue(project, state.workbookProject, field)] as const)
    .filter(([, value]) => value !== "")
    .map(([field, value]) => displayValue(field, value, state.language))
    .join(" · ");
}

export function createSettingsForm(store: Store<PaneState>, actions: Actions): HTMLElement {
  const title = h("h2", { class: "panel-title" });
  const briefText = h("span", { class: "panel-brief" });
  const body = h("div", { class: "panel-body" });
  const hints = new Map<ProjectField, HTMLElement>();
  const fieldRows = new Map<ProjectField, HTMLElement>();
  const save = h("button", {
    type: "button",
    class: "button",
    "data-testid": "settings-save",
    on: { click: () => void actions.saveSettings() },
  });
  const unsaved = h("p", { class: "hint", "data-testid": "settings-unsaved" });
  const controls = new Map<ProjectField, { element: HTMLElement; id: string; hintId: string }>();
  let renderedLanguage: Language | null = null;

  /** After an audit (new workbook values): each control is replaced, except the one the coordinator is in. */
  function refresh(state: PaneState): void {
    for (const field of FORM_FIELDS) {
      const current = controls.get(field);
      if (!current || current.element === document.activeElement) continue;
      const value = formValue(state.overrides, state.workbookProject, field);
      const next = control(field, value, state.language, current.id, current.hintId, (v) => actions.editProject(field, v));
      current.element.replaceWith(next);
      controls.set(field, { ...current, element: next });
    }
  }

  function render(state: PaneState): void {
    const { language } = state;
    if (renderedLanguage === language) {
      refresh(state);
      return;
    }
    renderedLanguage = language;
    const focused = controls.get(FORM_FIELDS.find((f) => controls.get(f)?.element === document.activeElement) ?? FORM_FIELDS[0]);
    const refocus = focused?.element === document.activeElement ? focused.element.getAttribute("data-testid") : null;
    hints.clear();
    fieldRows.clear();
    controls.clear();
    const form = h("form", { class: "form", on: { submit: (event) => event.preventDefault() } });
    for (const field of FORM_FIELDS) {
      const id = uniqueId(`setting-${field}`);
      const hintId = `${id}-hint`;
      const hint = h("p", { class: "field-hint", id: hintId });
      hints.set(field, hint);
      const value = formValue(state.overrides, state.workbookProject, field);
      const element = control(field, value, language, id, hintId, (next) => actions.editProject(field, next));
      controls.set(field, { element, id, hintId });
      const row = h("div", { class: "field" }, h("label", { class: "field-label", for: id }, t(language, LABELS[field])), element, hint);
      fieldRows.set(field, row);
      form.appendChild(row);
    }
    form.appendChild(h("div", { class: "form-actions" }, save, unsaved));
    setText(save, t(language, "settings.save"));
    replaceChildren(body, h("p", { class: "muted" }, t(language, "settings.intro")), form);
    // A language switch rebuilds the form: the keyboard stays on the same field.
    if (refocus) body.querySelector<HTMLElement>(`[data-testid="${refocus}"]`)?.focus();
  }

  function update(state: PaneState): void {
    for (const field of FORM_FIELDS) {
      const hint = hints.get(field) as HTMLElement;
      const date = shownDate(state, field);
      const text = hintText(state, field);
      replaceChildren(hint);
      if (date) append(hint, h("span", { class: "field-date", "data-testid": `setting-${field}-shown` }, date), text ? " · " : "");
      if (text) append(hint, text);
      fieldRows.get(field)?.classList.toggle("field-overridden", state.overrides[field] !== undefined);
    }
    const dirty = !sameProject(state.overrides, state.savedOverrides);
    setText(unsaved, dirty ? t(state.language, "settings.unsaved") : "");
    setText(briefText, brief(state));
  }

  store.subscribe((state, changed) => {
    if (touched(changed, "language")) setText(title, t(state.language, "settings.title"));
    // Rebuilt when what the controls show comes from elsewhere; the coordinator's own edits only update the hints.
    if (touched(changed, "language", "workbookProject", "projectSources", "emptyLabels")) render(state);
    if (touched(changed, "language", "workbookProject", "projectSources", "emptyLabels", "savedOverrides", "overrides")) update(state);
    if (touched(changed, "busy")) save.disabled = state.busy !== null;
  });

  return h(
    "details",
    { class: "panel", name: "panel", "data-testid": "settings" },
    h("summary", { class: "panel-summary" }, title, briefText),
    body,
  );
}
