/**
 * Rectangles of cells (zero-based, as Office.js indexes them) and the A1 address strings that name them: parsing the
 * addresses Excel returns ("Plan!C5:D9", "'My plan'!$C$5"), merging flagged cells into vertical runs ("C5:C9"), and
 * cutting address lists into RangeAreas chunks well under the 8,192-character limit.
 */
import { columnLetter, columnNumber } from "../audit";

export interface Rect {
  /** Zero-based sheet row of the top-left cell. */
  readonly row: number;
  /** Zero-based sheet column of the top-left cell. */
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface CellRef {
  readonly row: number;
  readonly column: number;
}

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * RangeAreas chunks stay far below the 8,192-character limit (Excel truncates the address silently there) and below
 * the area counts at which failures have been reported (about 500).
 */
export const CHUNK_CHARS = 2_000;
export const CHUNK_AREAS = 200;

export function cellA1(row: number, column: number): string {
  return `${columnLetter(column + 1)}${row + 1}`;
}

export function rectAddress(rect: Rect): string {
  const first = cellA1(rect.row, rect.column);
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${cellA1(rect.row + rect.rows - 1, rect.column + rect.columns - 1)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string, whole: string): CellRef {
  const match = CELL.exec(text.trim());
  if (!match) throw new Error(`Not a cell address: "${whole}"`);
  return { row: Number(match[2]) - 1, column: columnNumber(match[1]) - 1 };
}

/** "C5", "C5:D9", "Plan!C5:D9", "'My plan'!$C$5:$C$9" → the rectangle (the sheet name is dropped). */
export function parseAddress(address: string): Rect {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [first, last = first] = local.split(":");
  const a = parseCell(first, address);
  const b = parseCell(last, address);
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return { row, column, rows: Math.abs(a.row - b.row) + 1, columns: Math.abs(a.column - b.column) + 1 };
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const columnEnd = Math.min(a.column + a.columns, b.column + b.columns);
  if (rowEnd <= row || columnEnd <= column) return undefined;
  return { row, column, rows: rowEnd - row, columns: columnEnd - column };
}

export function cellCount(rect: Rect): number {
  return rect.rows * rect.columns;
}

/** A stable key for a cell of one sheet. */
export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function keyCell(key: number): CellRef {
  return { row: Math.floor(key / MAX_COLUMNS), column: key % MAX_COLUMNS };
}

/** Cells merged into vertical runs of one column ("C5:C9"), in column then row order. */
export function columnRuns(cells: Iterable<CellRef>): Rect[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: Rect[] = [];
  let current: { row: number; column: number; rows: number } | undefined;
  for (const cell of sorted) {
    if (current && cell.column === current.column) {
      const end = current.row + current.rows;
      if (cell.row < end) continue; // the same cell twice
      if (cell.row === end) {
        current.rows++;
        continue;
      }
    }
    if (current) runs.push({ ...current, columns: 1 });
    current = { row: cell.row, column: cell.column, rows: 1 };
  }
  if (current) runs.push({ ...current, columns: 1 });
  return runs;
}

/** Every cell of the rectangles. */
export function* cellsOf(rects: Iterable<Rect>): Generator<CellRef> {
  for (const rect of rects) {
    for (let c = 0; c < rect.columns; c++) for (let r = 0; r < rect.rows; r++) yield { row: rect.row + r, column: rect.column + c };
  }
}

/** Groups of addresses for one `getRanges` call each: at most `maxAreas` areas and `maxChars` characters joined by ",". */
export function chunkAddresses(addresses: readonly string[], maxChars = CHUNK_CHARS, maxAreas = CHUNK_AREAS): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const address of addresses) {
    const added = current.length === 0 ? address.length : length + 1 + address.length;
    if (current.length > 0 && (added > maxChars || current.length >= maxAreas)) {
      chunks.push(current.join(","));
      current = [];
      length = 0;
    }
    length = current.length === 0 ? address.length : length + 1 + address.length;
    current.push(address);
  }
  if (current.length > 0) chunks.push(current.join(","));
  return chunks;
}
