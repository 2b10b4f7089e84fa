/**
 * Never a dead end: when the audit found no plan table, the sheet's first rows are shown and the coordinator names
 * the header row and the columns (the same form as the Columns panel's), then audits with them. The choice is saved
 * in the workbook like any column correction (actions.applyMapping).
 */
import { columnLetter } from "../audit";
import type { SheetPreview } from "../excel/types";
import type { Language } from "../rules";
import type { Actions } from "./actions";
import { h, keepingFocus, replaceChildren } from "./dom";
import { t } from "./i18n";
import { likelyHeaderRow, mappingForm } from "./mapping-form";
import { touched, type PaneState, type Store } from "./store";

/** Rows and columns of the preview table (the form's choices cover every column of the preview). */
const SHOWN_ROWS = 12;
const SHOWN_COLUMNS = 8;

function previewTable(preview: SheetPreview, language: Language, headerRow: number): HTMLElement {
  const start = Math.max(0, Math.min(headerRow - preview.firstRow - 2, preview.rows.length - SHOWN_ROWS));
  const rows = preview.rows.slice(start, start + SHOWN_ROWS);
  const width = Math.min(SHOWN_COLUMNS, Math.max(1, ...rows.map((cells) => cells.length)));
  const letters = Array.from({ length: width }, (_, i) => columnLetter(preview.firstColumn + i));
  const caption = t(language, "pick.preview", { sheet: preview.sheet });
  return h(
    "div",
    // Scrolls sideways inside the pane; focusable so that the keyboard can scroll it too.
    { class: "preview-scroll", tabindex: 0, role: "region", "aria-label": caption },
    h(
      "table",
      { class: "preview", "data-testid": "pick-preview" },
      h("caption", { class: "visually-hidden" }, caption),
      h(
        "thead",
        null,
        h(
          "tr",
          null,
          h("th", { scope: "col" }, t(language, "pick.row")),
          letters.map((l) => h("th", { scope: "col" }, l)),
        ),
      ),
      h(
        "tbody",
        null,
        rows.map((cells, i) => {
          const row = preview.firstRow + start + i;
          return h(
            "tr",
            { class: row === headerRow ? "preview-header" : "" },
            h("th", { scope: "row" }, String(row)),
            letters.map((_, c) => h("td", null, cells[c] ?? "")),
          );
        }),
      ),
    ),
  );
}

export function createTablePicker(store: Store<PaneState>, actions: Actions): HTMLElement {
  const section = h("section", { class: "picker", "data-testid": "table-picker", "aria-labelledby": "picker-heading", hidden: true });

  store.subscribe((state, changed) => {
    if (!touched(changed, "pick", "language")) return;
    const { pick, language } = state;
    section.hidden = pick === null;
    if (!pick) {
      replaceChildren(section);
      return;
    }
    const saved = state.mappings[pick.sheet];
    const headerRow = saved?.headerRow ?? likelyHeaderRow(pick);
    const columns: Record<string, string> = {};
    for (const [field, letter] of Object.entries(saved?.columns ?? {})) if (letter) columns[field] = letter;
    // The preview follows the header row chosen (replaced beside the form: the keyboard stays on the choice).
    let preview = previewTable(pick, language, headerRow);
    const showHeaderRow = (row: number) => {
      const next = previewTable(pick, language, row);
      preview.replaceWith(next);
      preview = next;
    };
    keepingFocus(section, () =>
      replaceChildren(
        section,
        h("h2", { class: "picker-title", id: "picker-heading", tabindex: -1 }, t(language, "pick.title")),
        h("p", { class: "muted" }, t(language, "pick.intro", { sheet: `“${pick.sheet}”` })),
        preview,
        mappingForm({
          language,
          sheet: pick.sheet,
          headerRow,
          columns,
          preview: pick,
          applyLabel: t(language, "pick.apply"),
          applyTestId: "pick-apply",
          onApply: (row, chosen) => void actions.applyMapping(pick.sheet, { headerRow: row, columns: chosen }),
          onHeaderRow: showHeaderRow,
        }),
      ),
    );
  });
  store.subscribe((state, changed) => {
    if (!touched(changed, "busy", "pick", "language")) return;
    for (const button of section.querySelectorAll("button")) button.disabled = state.busy !== null;
  });
  return section;
}
