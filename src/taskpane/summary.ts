/**
 * The audit's counts: errors, warnings and info, rows checked, tables found and cells marked. A live region, so the
 * result of an audit is announced.
 */
import type { Language } from "../rules";
import { MAX_MARKS } from "../excel/targets";
import type { ExcelAuditResult } from "../excel/types";
import type { Actions } from "./actions";
import { h, replaceChildren, type Child } from "./dom";
import { count, t } from "./i18n";
import { icon, type IconName } from "./icons";
import { touched, type PaneState, type Store } from "./store";

function tile(language: Language, severity: "error" | "warning" | "info", value: number): HTMLElement {
  const label = t(language, severity === "error" ? "summary.errors" : severity === "warning" ? "summary.warnings" : "summary.info");
  return h(
    "div",
    { class: `tile tile-${severity}${value === 0 ? " tile-zero" : ""}`, "data-testid": `count-${severity}` },
    h("span", { class: "tile-count" }, count(language, value)),
    // No icon: the tile's coloured edge marks it, and "Brīdinājumi" keeps its width at 350 px.
    h("span", { class: "tile-label" }, label),
  );
}

/** A notice: its icon (aria-hidden), then its words. */
function notice(kind: IconName, testId: string | null, ...text: Child[]): HTMLElement {
  return h("p", { class: `notice notice-${kind}`, "data-testid": testId }, icon(kind), h("span", null, ...text));
}

function body(language: Language, result: ExcelAuditResult | null, scope: PaneState["scope"]): Child[] {
  if (!result) return [h("p", { class: "muted" }, t(language, "summary.none"))];
  const { summary, tables, issues } = result.report;
  const facts = [
    scope ? t(language, scope === "sheet" ? "summary.scope.sheet" : "summary.scope.workbook") : null,
    t(language, "summary.rows", { rows: count(language, summary.rows) }),
    t(language, "summary.tables", { tables: count(language, tables.length) }),
    t(language, "summary.highlighted", { cells: count(language, result.highlighted) }),
  ].filter((fact): fact is string => fact !== null);
  return [
    h(
      "div",
      { class: "tiles" },
      tile(language, "error", summary.errors),
      tile(language, "warning", summary.warnings),
      tile(language, "info", summary.info),
    ),
    h("p", { class: "facts" }, facts.join(" · ")),
    tables.length === 0 ? notice("warning", null, t(language, "summary.noTable")) : null,
    tables.length > 0 && issues.length === 0 ? notice("success", null, t(language, "summary.clean")) : null,
    result.notesSkipped
      ? notice("info", "notes-skipped", t(language, "summary.notesSkipped", { count: count(language, result.notesSkipped) }))
      : null,
    result.unmarked
      ? notice(
          "warning",
          "unmarked",
          t(language, "summary.unmarked", { count: count(language, result.unmarked), limit: count(language, MAX_MARKS) }),
        )
      : null,
    result.recordUnreadable ? notice("warning", "record-unreadable", t(language, "summary.recordUnreadable")) : null,
  ];
}

/** After a language switch the list is reworded at once; the workbook's notes only when the coordinator asks. */
function notesNotice(state: PaneState, actions: Actions): HTMLElement | null {
  const { language, notesLanguage, result } = state;
  if (!result || notesLanguage === null || notesLanguage === language) return null;
  return h(
    "p",
    { class: "notice notice-info", "data-testid": "notes-language" },
    icon("info"),
    h("span", null, t(language, "notes.otherLanguage", { language: t(notesLanguage, `lang.${notesLanguage}`) })),
    h(
      "button",
      { type: "button", class: "button button-subtle", "data-testid": "rewrite-notes", on: { click: () => void actions.rewriteNotes() } },
      t(language, "notes.rewrite"),
    ),
  );
}

export function createSummary(store: Store<PaneState>, actions: Actions): HTMLElement {
  const heading = h("h2", { class: "visually-hidden", id: "summary-heading" });
  const content = h("div", { class: "summary-body", "aria-live": "polite" });
  const notes = h("div", { class: "summary-notes" });
  store.subscribe((state, changed) => {
    if (touched(changed, "result", "language", "scope")) {
      heading.textContent = t(state.language, "summary.label");
      replaceChildren(content, body(state.language, state.result, state.scope));
    }
    if (touched(changed, "result", "language", "notesLanguage")) replaceChildren(notes, notesNotice(state, actions));
    if (touched(changed, "busy")) for (const button of notes.querySelectorAll("button")) button.disabled = state.busy !== null;
  });
  // Focusable from script: focus moves here when an action's result replaces the button that started it.
  return h(
    "section",
    { class: "summary", "aria-labelledby": "summary-heading", "data-testid": "summary", tabindex: -1 },
    heading,
    content,
    notes,
  );
}
