/**
 * Checks as you type, when whole rows or columns are inserted or deleted (pure): the sheet read, the table, the marks,
 * the record and the notes move as Excel moved the cells.
 */
import type { CellValue } from "../audit";
import { liveDeps, type LiveState } from "./live-plan";

/**
 * A cell key moved by whole rows or columns (`axis`) inserted (count > 0) or deleted (count < 0) at zero-based `at`;
 * undefined when its row or column was deleted.
 */
export function shiftKey(key: number, axis: "row" | "column", at: number, count: number): number | undefined {
  const d = liveDeps();
  const cell = d.keyCell(key);
  const line = cell[axis];
  if (line < at) return key;
  if (count < 0 && line < at - count) return undefined;
  return axis === "row" ? d.cellKey(line + count, cell.column) : d.cellKey(cell.row, line + count);
}

/** Zero-based column `column` after columns inserted or deleted at `at`; a deleted one (`end` side) goes to its neighbour. */
function movedColumn(column: number, at: number, count: number, side: "first" | "last"): number {
  if (column < at) return column;
  if (count > 0) return column + count;
  if (column < at - count) return side === "first" ? at : at - 1;
  return column + count;
}

/**
 * Whole columns inserted or deleted on a sheet: the grid's rows, the table's columns, the marks, the record and the
 * notes move as Excel moved the cells. Returns false when every column of the table was deleted.
 */
export function shiftColumns(state: LiveState, sheetId: string, at: number, count: number): boolean {
  const d = liveDeps();
  const sheet = state.sheets.find((s) => s.id === sheetId);
  if (!sheet) return true;
  const first = sheet.firstColumn - 1;
  const last = first + sheet.width - 1;
  if (count > 0) {
    if (at <= first) sheet.firstColumn += count;
    else if (at <= last) {
      // Inside the columns read: the columns inserted read as blank.
      const blanks = Array.from({ length: count }, (): CellValue => "");
      sheet.rows = sheet.rows.map((row) => [
        ...row.slice(0, at - first),
        ...(row.length > at - first ? blanks : []),
        ...row.slice(at - first),
      ]);
      sheet.width += count;
    }
  } else {
    const end = at - count;
    const from = Math.max(at, first);
    const to = Math.min(end, last + 1);
    if (to > from) {
      sheet.rows = sheet.rows.map((row) => [...row.slice(0, from - first), ...row.slice(to - first)]);
      sheet.width = Math.max(1, sheet.width - (to - from));
    }
    sheet.firstColumn -= Math.max(0, Math.min(end, first) - at);
  }
  if (sheet.table) {
    const table = sheet.table;
    const firstColumn = movedColumn(table.firstColumn - 1, at, count, "first");
    const lastColumn = movedColumn(table.lastColumn - 1, at, count, "last");
    if (lastColumn < firstColumn) return false;
    table.firstColumn = firstColumn + 1;
    table.lastColumn = lastColumn + 1;
  }
  sheet.merges = sheet.merges.flatMap((m) => {
    const to = shiftKey(d.cellKey(m.row, m.column), "column", at, count);
    return to === undefined ? [] : [{ ...m, column: d.keyCell(to).column }];
  });
  moveKeys(state, sheetId, (key) => shiftKey(key, "column", at, count));
  return true;
}

/** The marks, the record and the notes of a sheet moved cell by cell (`to` undefined: the cell was deleted). */
function moveKeys(state: LiveState, sheetId: string, to: (key: number) => number | undefined): void {
  const move = <V>(map: Map<number, V>) => {
    const moved = new Map<number, V>();
    for (const [key, value] of map) {
      const at = to(key);
      if (at !== undefined) moved.set(at, value);
    }
    return moved;
  };
  const targets = state.targets.get(sheetId);
  if (targets) state.targets.set(sheetId, move(targets));
  const marks = state.record.get(sheetId);
  if (marks) state.record.set(sheetId, { ...marks, cells: move(marks.cells) });
  if (state.notes) {
    const ours = state.notes.ours.get(sheetId);
    if (ours) {
      const kept = move(ours);
      // Notes of deleted cells went with them.
      state.notes.count -= ours.size - kept.size;
      state.notes.ours.set(sheetId, kept);
    }
    const theirs = state.notes.theirs.get(sheetId);
    if (theirs) {
      const kept = new Set([...theirs].flatMap((key) => to(key) ?? []));
      state.notes.count -= theirs.size - kept.size;
      state.notes.theirs.set(sheetId, kept);
    }
  }
}

/**
 * Rows inserted or deleted on a sheet: the grid, the table, the marks, the record and the notes move as Excel moved
 * the cells (a deleted row's fill and notes went with it). Returns false when the table's header row was deleted.
 */
export function shiftRows(state: LiveState, sheetId: string, at: number, count: number): boolean {
  const d = liveDeps();
  const sheet = state.sheets.find((s) => s.id === sheetId);
  if (!sheet) return true;
  const first = sheet.firstRow - 1;
  if (count > 0) {
    if (at <= first) sheet.firstRow += count;
    else if (at - first < sheet.rows.length) sheet.rows.splice(at - first, 0, ...Array.from({ length: count }, (): CellValue[] => []));
  } else {
    const end = at - count;
    const above = Math.max(0, Math.min(end, first) - at);
    const from = Math.max(at, first) - first;
    const to = end - first;
    if (to > from) sheet.rows.splice(from, to - from);
    sheet.firstRow -= above;
  }
  if (sheet.table) {
    const header = shiftKey(d.cellKey(sheet.table.headerRow - 1, 0), "row", at, count);
    if (header === undefined) return false;
    sheet.table.headerRow = d.keyCell(header).row + 1;
  }
  sheet.merges = sheet.merges.flatMap((m) => {
    const to = shiftKey(d.cellKey(m.row, m.column), "row", at, count);
    return to === undefined ? [] : [{ ...m, row: d.keyCell(to).row }];
  });
  moveKeys(state, sheetId, (key) => shiftKey(key, "row", at, count));
  return true;
}
