/**
 * The record of the add-in's marks, kept in the workbook's settings: per sheet, which cells it filled with which
 * colour over which fill of their own, and hashes of the notes it wrote. Read back by read-record.ts (zod).
 */
import { columnLetter } from "../audit";
import { type CellRef, columnRuns, keyCell, rectAddress } from "./address";
import { type Prior, fillKey } from "./fills";
import type { FillPattern, StoredFill, StoredRecordV2 } from "./read-record";
import { type PrintSource, type RowPrints, printedRows, printsOf } from "./row-prints";

export interface MarkedCell {
  /** The colour the add-in filled the cell with. */
  readonly fill: string;
  readonly prior: Prior;
}

export interface SheetMarks {
  /** The sheet's name when the record was written (the id is the key). */
  readonly name: string;
  /** Cell key (address.cellKey) → mark colour and prior fill. */
  readonly cells: Map<number, MarkedCell>;
  /** Hashes of the note texts the add-in wrote on this sheet (notes.textHash). */
  readonly notes: Set<string>;
  /** Prints of the marked rows (row-prints.ts): where Clear finds them after rows moved unheard. Absent in older records. */
  readonly prints?: RowPrints;
}

/** Sheet id → marks. */
export type MarkRecord = Map<string, SheetMarks>;

/** A record holds at most the marks of one audit and those of the one before (MAX_MARKS each). */
export const MAX_RECORD_CELLS = 100_000;

/** The first record format (v1) named its two colours by kind. */
export const V1_FILLS = { e: "#F4B6B6", w: "#FFE699" } as const;

function storedFill(prior: Prior): StoredFill {
  return prior === null
    ? null
    : { c: prior.color, p: prior.pattern as FillPattern, ...(prior.patternColor ? { pc: prior.patternColor } : {}) };
}

/** Prints as stored: the span's columns ("A:N") and the prints of the printed rows in order ("" for a row without text). */
function storedPrints(cells: Iterable<number>, prints: RowPrints | undefined): { c: string; r: string } | Record<string, never> {
  if (!prints || prints.rows.size === 0) return {};
  const rows = printedRows(cells).map((row) => prints.rows.get(row) ?? "");
  return { c: `${columnLetter(prints.span.first + 1)}:${columnLetter(prints.span.last + 1)}`, r: rows.join(",") };
}

/**
 * The record as JSON text ("" when empty), cells grouped by colour and prior fill into vertical runs. Row prints come
 * from `sources` (the grid just read) for the sheets it has, else as recorded.
 */
export function serializeRecord(record: MarkRecord, sources?: ReadonlyMap<string, PrintSource>): string {
  const sheets: StoredRecordV2["s"] = {};
  for (const [id, sheet] of record) {
    if (sheet.cells.size === 0 && sheet.notes.size === 0) continue;
    const groups = new Map<string, { prior: Prior; fill: string; cells: CellRef[] }>();
    for (const [key, cell] of sheet.cells) {
      const groupKey = `${cell.fill}|${fillKey(cell.prior)}`;
      let group = groups.get(groupKey);
      if (!group) groups.set(groupKey, (group = { prior: cell.prior, fill: cell.fill, cells: [] }));
      group.cells.push(keyCell(key));
    }
    sheets[id] = {
      n: sheet.name,
      g: [...groups.values()].map(({ prior, fill, cells }) => ({
        p: storedFill(prior),
        f: fill,
        a: columnRuns(cells).map(rectAddress).join(","),
      })),
      ...(sheet.notes.size > 0 ? { h: [...sheet.notes].sort() } : {}),
      ...storedPrints(sheet.cells.keys(), printsOf(sheet, sources?.get(id))),
    };
  }
  return Object.keys(sheets).length === 0 ? "" : JSON.stringify({ v: 2, s: sheets } satisfies StoredRecordV2);
}
