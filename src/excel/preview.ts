/**
 * The first rows of a sheet as text: what the pane shows when no plan table is found, so that the coordinator can
 * pick the header row and the columns (and, after an audit, the header text of every column: "B: Sākuma datums").
 * Small on purpose: a few dozen rows, a few dozen columns, each cell's text cut short.
 */
import { HEADER_SEARCH_ROWS, cellText, type SheetGrid } from "../audit";
import type { SheetPreview } from "./types";

export const PREVIEW_COLUMNS = 40;
export const PREVIEW_TEXT = 60;

/** The sheet's rows from its first used row to `lastRow` (1-based; at least the rows the header is searched in). */
export function sheetPreview(sheet: SheetGrid, lastRow = HEADER_SEARCH_ROWS): SheetPreview {
  const firstRow = sheet.firstRow ?? 1;
  const count = Math.max(0, Math.min(sheet.rows.length, Math.max(lastRow, HEADER_SEARCH_ROWS) - firstRow + 1));
  const rows: string[][] = [];
  for (let r = 0; r < count; r++) {
    const cells = sheet.rows[r] ?? [];
    const texts: string[] = [];
    const width = Math.min(cells.length, PREVIEW_COLUMNS);
    for (let c = 0; c < width; c++) {
      const text = cellText(cells[c]);
      texts.push(text.length > PREVIEW_TEXT ? `${text.slice(0, PREVIEW_TEXT - 1)}…` : text);
    }
    while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
    rows.push(texts);
  }
  return { sheet: sheet.name, firstRow, firstColumn: sheet.firstColumn ?? 1, rows };
}
