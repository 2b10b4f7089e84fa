/**
 * Row prints: a hash of each marked row's text, kept with the record, so that Clear finds marks whose rows were
 * inserted or deleted around while nothing followed them (pane closed, or checks as you type off). Pure.
 */
import { cellKey, keyCell } from "./address";
import type { SheetMarks } from "./mark-record";
import { textHash } from "./notes";

/** Zero-based first and last column a sheet's prints cover (the audited grid's columns). */
export interface PrintSpan {
  readonly first: number;
  readonly last: number;
}

export interface RowPrints {
  readonly span: PrintSpan;
  /** Zero-based sheet row → print. */
  readonly rows: ReadonlyMap<number, string>;
}

/** Where a record's prints come from when it is written: the grid as read (or as patched by checks as you type). */
export interface PrintSource {
  readonly span: PrintSpan;
  print(row: number): string | undefined;
}

/** At most this many rows per sheet keep a print (a record must fit the settings); the others are placed by their neighbours. */
export const MAX_PRINTED_ROWS = 20_000;

/**
 * The print of a row's cells: its non-blank text, in order. Numbers are left out (dates read without their formats
 * are numbers), and so are blanks (an empty column inserted changes nothing). Undefined: the row holds no text.
 */
export function rowPrint(cells: readonly unknown[]): string | undefined {
  const texts: string[] = [];
  for (const value of cells) if (typeof value === "string" && value.trim() !== "") texts.push(value.trim());
  // The notes' hash, its 32 bits in base 36 (7 characters at most): the record keeps one per marked row.
  return texts.length === 0 ? undefined : Number.parseInt(textHash(texts.join("\u0001")).slice(0, 8), 16).toString(36);
}

/** Prints of a grid's rows over `span` (`rows[0][0]` is 1-based sheet row `firstRow`, column `firstColumn`). */
export function gridPrints(rows: readonly (readonly unknown[])[], firstRow: number, firstColumn: number, span?: PrintSpan): PrintSource {
  const width = rows.reduce((n, row) => Math.max(n, row.length), 0);
  const own = { first: firstColumn - 1, last: firstColumn - 1 + Math.max(width, 1) - 1 };
  const cover = span ?? own;
  const from = cover.first - (firstColumn - 1);
  const to = cover.last - (firstColumn - 1) + 1;
  return {
    span: cover,
    print: (row) => {
      const cells = rows[row - (firstRow - 1)];
      return cells === undefined ? undefined : rowPrint(cells.slice(Math.max(0, from), Math.max(0, to)));
    },
  };
}

/** The rows a sheet's record keeps prints for: its marked rows in order, the first MAX_PRINTED_ROWS of them. */
export function printedRows(cells: Iterable<number>): number[] {
  const rows = new Set<number>();
  for (const key of cells) rows.add(keyCell(key).row);
  return [...rows].sort((a, b) => a - b).slice(0, MAX_PRINTED_ROWS);
}

/** The prints a sheet's record keeps: one per printed row, from `source` or as recorded. */
export function printsOf(sheet: SheetMarks, source: PrintSource | undefined): RowPrints | undefined {
  const from = source ?? (sheet.prints ? { span: sheet.prints.span, print: (row: number) => sheet.prints?.rows.get(row) } : undefined);
  if (!from) return undefined;
  const rows = new Map<number, string>();
  for (const row of printedRows(sheet.cells.keys())) {
    const print = from.print(row);
    if (print !== undefined) rows.set(row, print);
  }
  return rows.size === 0 ? undefined : { span: from.span, rows };
}

/** The first index of sorted `values` holding a value above `after`. */
function firstAbove(values: readonly number[], after: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] <= after) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Where each marked row (sorted) stands now, from the prints recorded and the rows' prints now. A row is found by its
 * print: the nearest row with it after the last one found, starting where the row above moved to (so duplicates keep
 * their order). A row not found (its text edited, or no print) moves as the rows found on both sides of it moved,
 * when they moved alike (or as the one side, at an end); undefined when that is not known. Nothing found at all: the
 * rows did not move as far as anyone can tell, so they stay.
 */
export function relocateRows(
  marked: readonly number[],
  recorded: ReadonlyMap<number, string>,
  now: ReadonlyMap<number, string>,
): Map<number, number | undefined> {
  const where = new Map<string, number[]>();
  for (const [row, print] of [...now].sort((a, b) => a[0] - b[0])) {
    let rows = where.get(print);
    if (!rows) where.set(print, (rows = []));
    rows.push(row);
  }
  const found = new Map<number, number>();
  let shift = 0;
  let last = -1;
  for (const row of marked) {
    const print = recorded.get(row);
    const rows = print === undefined ? undefined : where.get(print);
    if (!rows) continue;
    const start = firstAbove(rows, last);
    if (start >= rows.length) continue;
    const at = Math.max(start, firstAbove(rows, row + shift - 1));
    const below = at < rows.length ? rows[at] : undefined;
    const above = at - 1 >= start ? rows[at - 1] : undefined;
    const target = row + shift;
    const to = below === undefined ? (above as number) : above === undefined || below - target <= target - above ? below : above;
    found.set(row, to);
    shift = to - row;
    last = to;
  }
  const result = new Map<number, number | undefined>();
  if (found.size === 0) {
    for (const row of marked) result.set(row, row);
    return result;
  }
  const taken = new Set(found.values());
  const foundRows = [...found.keys()];
  let next = 0;
  for (const row of marked) {
    const to = found.get(row);
    if (to !== undefined) {
      result.set(row, to);
      continue;
    }
    while (next < foundRows.length && foundRows[next] < row) next++;
    const before = next > 0 ? foundRows[next - 1] : undefined;
    const after = next < foundRows.length ? foundRows[next] : undefined;
    const shifts = [before, after].flatMap((r) => (r === undefined ? [] : [(found.get(r) as number) - r]));
    const moved = shifts.every((s) => s === shifts[0]) ? row + shifts[0] : undefined;
    result.set(row, moved !== undefined && moved >= 0 && !taken.has(moved) ? moved : undefined);
  }
  return result;
}

/** A sheet's marks moved to where their rows stand now; marks whose row is not known are left out. */
export function moveMarks(sheet: SheetMarks, rows: ReadonlyMap<number, number | undefined>): SheetMarks {
  const cells: SheetMarks["cells"] = new Map();
  for (const [key, cell] of sheet.cells) {
    const { row, column } = keyCell(key);
    const to = rows.get(row);
    if (to !== undefined) cells.set(cellKey(to, column), cell);
  }
  const prints = new Map<number, string>();
  for (const [row, print] of sheet.prints?.rows ?? []) {
    const to = rows.get(row);
    if (to !== undefined) prints.set(to, print);
  }
  return { ...sheet, cells, ...(sheet.prints ? { prints: { span: sheet.prints.span, rows: prints } } : {}) };
}
