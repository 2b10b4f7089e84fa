/**
 * The column mapping: for each table the last audit read, which column was read as which field, the header row, and
 * the columns not read. The coordinator corrects a column (or the header row) and applies: the correction is saved
 * in the workbook (src/excel saveStoredSettings) and the audit runs again with it. "Use detected columns" drops it.
 */
import type { AuditField, ColumnMapping, TableReport } from "../audit";
import type { Language } from "../rules";
import type { Actions } from "./actions";
import { h, keepingFocus, replaceChildren, setText } from "./dom";
import { t } from "./i18n";
import { fieldLabel } from "./labels";
import { AUDIT_FIELDS, mappingForm, type Chosen } from "./mapping-form";
import { touched, type PaneState, type Store } from "./store";

export { AUDIT_FIELDS };

/** The mapping to save after the coordinator's choices, on top of what was saved before. */
export function mappingFrom(
  table: TableReport,
  saved: ColumnMapping | undefined,
  chosen: Readonly<Chosen>,
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

function sheetMapping(table: TableReport, state: PaneState, actions: Actions): HTMLElement {
  const { language } = state;
  const saved = state.mappings[table.sheet];
  const corrected = new Set(Object.keys(saved?.columns ?? {}) as AuditField[]);
  const form = mappingForm({
    language,
    sheet: table.sheet,
    headerRow: table.headerRow,
    columns: table.columns,
    preview: state.previews[table.sheet],
    corrected,
    applyLabel: t(language, "mapping.apply"),
    applyTestId: "mapping-apply",
    onApply: (headerRow, chosen) => void actions.applyMapping(table.sheet, mappingFrom(table, saved, chosen, headerRow)),
    extra: saved
      ? [
          h(
            "button",
            {
              type: "button",
              class: "button",
              "data-testid": "mapping-reset",
              on: { click: () => void actions.applyMapping(table.sheet, null) },
            },
            t(language, "mapping.reset"),
          ),
        ]
      : [],
  });

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

  return h(
    "fieldset",
    { class: "mapping-sheet", "data-sheet": table.sheet },
    h("legend", null, t(language, "mapping.sheet", { sheet: table.sheet })),
    h(
      "p",
      { class: "muted" },
      t(language, "mapping.rows", { rows: table.rows }),
      corrected.size ? ` · ${t(language, "mapping.corrected", { count: corrected.size })}` : "",
    ),
    form,
    unrecognised,
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
    keepingFocus(body, () =>
      replaceChildren(
        body,
        h("p", { class: "muted" }, t(language, tables.length ? "mapping.intro" : "mapping.empty")),
        tables.map((table) => sheetMapping(table, state, actions)),
      ),
    );
  });
  // Buttons inside are disabled while Excel works (the actions ignore clicks then too).
  store.subscribe((state, changed) => {
    if (!touched(changed, "busy", "result", "language", "mappings")) return;
    for (const button of body.querySelectorAll("button")) button.disabled = state.busy !== null;
  });

  return h(
    "details",
    { class: "panel", name: "panel", "data-testid": "mapping" },
    h("summary", { class: "panel-summary" }, title, briefText),
    body,
  );
}
