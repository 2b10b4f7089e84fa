/**
 * The column mapping: for each table the last audit read, which column was read as which field, the header row, and
 * the columns not read. The coordinator corrects a column (or the header row) and applies: the correction is saved
 * in the workbook (src/excel saveStoredSettings) and the audit runs again with it. "Use detected columns" drops it.
 */
import { FIELDS } from "../rules";
import { columnLetter, columnNumber, type AuditField, type ColumnMapping, type TableReport } from "../audit";
import type { Language } from "../rules";
import type { Actions } from "./actions";
import { h, replaceChildren, setText, uniqueId } from "./dom";
import { t } from "./i18n";
import { fieldLabel } from "./labels";
import { touched, type PaneState, type Store } from "./store";

export const AUDIT_FIELDS: readonly AuditField[] = [...FIELDS, "surname", "accompanying", "period"];
/** Columns offered beyond the rightmost one the table uses. */
const EXTRA_COLUMNS = 3;

/** The mapping to save after the coordinator's choices, on top of what was saved before. */
export function mappingFrom(
  table: TableReport,
  saved: ColumnMapping | undefined,
  chosen: Readonly<Partial<Record<AuditField, string>>>,
  headerRow: number,
): ColumnMapping {
  const columns: Partial<Record<AuditField, string | null>> = { ...(saved?.columns ?? {}) };
  for (const field of AUDIT_FIELDS) {
    const now = table.columns[field] ?? null;
    const next = chosen[field] ? (chosen[field] as string) : null;
    if (next !== now) columns[field] = next;
  }
  const mapping: { headerRow?: number; columns?: Partial<Record<AuditField, string | null>> } = {};
  if (saved?.headerRow !== undefined || headerRow !== table.headerRow) mapping.headerRow = headerRow;
  if (Object.keys(columns).length > 0) mapping.columns = columns;
  return mapping;
}

function columnChoices(table: TableReport): { letter: string; header?: string }[] {
  const headers = new Map(table.unrecognised.map((u) => [u.column, u.header]));
  const used = [...Object.values(table.columns), ...table.unrecognised.map((u) => u.column)].filter((l): l is string => !!l);
  const last = Math.max(1, ...used.map(columnNumber)) + EXTRA_COLUMNS;
  const letters: { letter: string; header?: string }[] = [];
  for (let n = 1; n <= last; n++) letters.push({ letter: columnLetter(n), header: headers.get(columnLetter(n)) });
  return letters;
}

function sheetMapping(table: TableReport, state: PaneState, actions: Actions): HTMLElement {
  const { language } = state;
  const saved = state.mappings[table.sheet];
  const letters = columnChoices(table);
  const selects = new Map<AuditField, HTMLSelectElement>();
  const warning = h("p", { class: "field-hint field-warning", role: "status" });

  const checkShared = () => {
    const seen = new Map<string, number>();
    for (const select of selects.values()) if (select.value) seen.set(select.value, (seen.get(select.value) ?? 0) + 1);
    const shared = [...seen].find(([, n]) => n > 1)?.[0];
    setText(warning, shared ? t(language, "mapping.shared", { column: shared }) : "");
  };

  const headerId = uniqueId("header-row");
  const headerInput = h("input", {
    id: headerId,
    class: "input input-narrow",
    type: "number",
    min: 1,
    step: 1,
    value: String(table.headerRow),
    "data-testid": `mapping-header-${table.sheet}`,
  });

  const rows = AUDIT_FIELDS.map((field) => {
    const id = uniqueId(`map-${field}`);
    const corrected = saved?.columns?.[field] !== undefined;
    const select = h(
      "select",
      { id, class: "input", "data-field": field, value: table.columns[field] ?? "", on: { change: checkShared } },
      h("option", { value: "" }, t(language, "mapping.notRead")),
      letters.map(({ letter, header }) =>
        h(
          "option",
          { value: letter },
          header ? t(language, "mapping.columnHeader", { column: letter, header }) : t(language, "mapping.column", { column: letter }),
        ),
      ),
    );
    selects.set(field, select);
    return h(
      "div",
      { class: `map-row${table.columns[field] ? " map-row-read" : ""}${corrected ? " map-row-corrected" : ""}` },
      h("label", { for: id, class: "map-label" }, fieldLabel(field, language), corrected ? h("span", { class: "tag" }, "✎") : null),
      select,
    );
  });
  checkShared();

  const apply = () => {
    const chosen: Partial<Record<AuditField, string>> = {};
    for (const [field, select] of selects) if (select.value) chosen[field] = select.value;
    const headerRow = Math.max(1, Math.floor(Number(headerInput.value) || table.headerRow));
    void actions.applyMapping(table.sheet, mappingFrom(table, saved, chosen, headerRow));
  };

  const unrecognised = table.unrecognised.length
    ? h(
        "div",
        { class: "unrecognised" },
        h("h3", { class: "small-heading" }, t(language, "mapping.unrecognised")),
        h(
          "ul",
          { class: "plain-list" },
          table.unrecognised.map((u) =>
            h(
              "li",
              null,
              u.duplicateOf
                ? t(language, "mapping.duplicate", { column: u.column, header: u.header, field: fieldLabel(u.duplicateOf, language) })
                : t(language, "mapping.columnHeader", { column: u.column, header: u.header }),
            ),
          ),
        ),
      )
    : null;

  const correctedCount = Object.keys(saved?.columns ?? {}).length;
  return h(
    "fieldset",
    { class: "mapping-sheet", "data-sheet": table.sheet },
    h("legend", null, t(language, "mapping.sheet", { sheet: table.sheet })),
    h(
      "p",
      { class: "muted" },
      t(language, "mapping.rows", { rows: table.rows }),
      correctedCount ? ` · ${t(language, "mapping.corrected", { count: correctedCount })}` : "",
    ),
    h("div", { class: "map-row" }, h("label", { for: headerId, class: "map-label" }, t(language, "mapping.headerRow")), headerInput),
    rows,
    warning,
    unrecognised,
    h(
      "div",
      { class: "form-actions" },
      h(
        "button",
        { type: "button", class: "button button-primary", "data-testid": "mapping-apply", on: { click: apply } },
        t(language, "mapping.apply"),
      ),
      saved
        ? h(
            "button",
            { type: "button", class: "button", on: { click: () => void actions.applyMapping(table.sheet, null) } },
            t(language, "mapping.reset"),
          )
        : null,
    ),
  );
}

function brief(state: PaneState, language: Language): string {
  const count = Object.values(state.mappings).reduce(
    (n, m) => n + Object.keys(m.columns ?? {}).length + (m.headerRow !== undefined ? 1 : 0),
    0,
  );
  return count ? t(language, "mapping.corrected", { count }) : "";
}

export function createMappingView(store: Store<PaneState>, actions: Actions): HTMLElement {
  const title = h("h2", { class: "panel-title" });
  const briefText = h("span", { class: "panel-brief" });
  const body = h("div", { class: "panel-body" });

  store.subscribe((state, changed) => {
    if (!touched(changed, "result", "language", "mappings")) return;
    const { language, result } = state;
    setText(title, t(language, "mapping.title"));
    setText(briefText, brief(state, language));
    const tables = result?.report.tables ?? [];
    replaceChildren(
      body,
      h("p", { class: "muted" }, t(language, tables.length ? "mapping.intro" : "mapping.empty")),
      tables.map((table) => sheetMapping(table, state, actions)),
    );
  });
  // Buttons inside are disabled while Excel works (the actions ignore clicks then too).
  store.subscribe((state, changed) => {
    if (!touched(changed, "busy", "result", "language", "mappings")) return;
    for (const button of body.querySelectorAll("button")) button.disabled = state.busy !== null;
  });

  return h("details", { class: "panel", "data-testid": "mapping" }, h("summary", { class: "panel-summary" }, title, briefText), body);
}
