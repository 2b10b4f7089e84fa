/**
 * Finding marks whose rows moved unheard (row-prints.ts): the prints of the recorded rows are read with the other
 * checks; on a sheet where one differs, its rows are read and the record is moved to where they stand now, and the
 * fills there are loaded, before anything is restored.
 */
import type { SheetGrid } from "../audit";
import { keyCell } from "./address";
import { type Batch, type BatchOp, runReadOps } from "./batch";
import { type CurrentFills, fillCheckOps } from "./fill-checks";
import type { MarkRecord } from "./mark-record";
import { readBlocks } from "./read-blocks";
import { MAX_USED_CELLS, SheetReader } from "./read-grid";
import { gridPrints, moveMarks, relocateRows, rowPrint } from "./row-prints";

/** Sheet id → zero-based row → its print now (undefined: no text). */
export type CurrentPrints = Map<string, Map<number, string | undefined>>;

/** Rows read per op when checking prints. */
const PRINT_BLOCK_ROWS = 5_000;
/**
 * Recorded rows whose prints are checked at most, per sheet: spread evenly, the last always (a row inserted or deleted
 * shifts every row below it). Rows moved only between two checked rows and back go unseen.
 */
export const MAX_PRINT_CHECKS = 1_000;

/** The recorded rows to check: all, or MAX_PRINT_CHECKS of them spread evenly with the last. */
function checkedRows(rows: readonly number[]): number[] {
  if (rows.length <= MAX_PRINT_CHECKS) return [...rows];
  const step = rows.length / (MAX_PRINT_CHECKS - 1);
  const picked = new Set(Array.from({ length: MAX_PRINT_CHECKS - 1 }, (_, i) => rows[Math.floor(i * step)]));
  picked.add(rows[rows.length - 1]);
  return [...picked];
}
const PRINT_BYTES_PER_CELL = 30;

/** Consecutive rows as [first, count] runs, none longer than `most`. */
function runs(rows: Iterable<number>, most: number): [number, number][] {
  const found: [number, number][] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = found[found.length - 1];
    if (last && last[0] + last[1] === row && last[1] < most) last[1]++;
    else found.push([row, 1]);
  }
  return found;
}

/** Read ops that load the recorded rows' cells over their span (values only) and put their prints now into `into`. */
export function printCheckOps(record: MarkRecord, existing: ReadonlySet<string>, into: CurrentPrints): BatchOp[] {
  const ops: BatchOp[] = [];
  for (const [sheetId, sheet] of record) {
    const prints = sheet.prints;
    if (!existing.has(sheetId) || !prints) continue;
    const columns = prints.span.last - prints.span.first + 1;
    const recorded = [...prints.rows.keys()].sort((a, b) => a - b);
    for (const [first, count] of runs(checkedRows(recorded), PRINT_BLOCK_ROWS)) {
      ops.push({
        request: 300,
        response: count * columns * PRINT_BYTES_PER_CELL,
        queue: (batch) => {
          const range = batch.worksheet(sheetId).getRangeByIndexes(first, prints.span.first, count, columns);
          range.load("values");
          return () => {
            let found = into.get(sheetId);
            if (!found) into.set(sheetId, (found = new Map()));
            for (let r = 0; r < count; r++) found.set(first + r, rowPrint(range.values[r] ?? []));
          };
        },
      });
    }
  }
  return ops;
}

/** Sheets of the record where a recorded row's print is not what that row holds now: rows moved (or were edited). */
export function movedSheets(record: MarkRecord, now: CurrentPrints): string[] {
  return [...record].flatMap(([sheetId, sheet]) => {
    const found = now.get(sheetId);
    if (!sheet.prints || !found) return [];
    return [...sheet.prints.rows].some(([row, print]) => found.has(row) && found.get(row) !== print) ? [sheetId] : [];
  });
}

/**
 * The record with each of `grids`' sheets (id → grid as read now) moved to where its marked rows stand, and the ids of
 * the sheets whose marks did move (rows only edited leave their marks where they are).
 */
export function relocateRecord(record: MarkRecord, grids: ReadonlyMap<string, SheetGrid>): { record: MarkRecord; moved: Set<string> } {
  const moved: MarkRecord = new Map(record);
  const changed = new Set<string>();
  for (const [sheetId, grid] of grids) {
    const sheet = record.get(sheetId);
    if (!sheet?.prints) continue;
    const firstRow = grid.firstRow ?? 1;
    const source = gridPrints(grid.rows, firstRow, grid.firstColumn ?? 1, sheet.prints.span);
    const now = new Map<number, string>();
    for (let r = 0; r < grid.rows.length; r++) {
      const print = source.print(firstRow - 1 + r);
      if (print !== undefined) now.set(firstRow - 1 + r, print);
    }
    const marked = [...new Set([...sheet.cells.keys()].map((key) => keyCell(key).row))].sort((a, b) => a - b);
    const rows = relocateRows(marked, sheet.prints.rows, now);
    if ([...rows].some(([from, to]) => from !== to)) changed.add(sheetId);
    moved.set(sheetId, moveMarks(sheet, rows));
  }
  return { record: moved, moved: changed };
}

/** Loads the fills at the moved marks of sheets `ids` into `current`, in place of those at their recorded cells. */
async function loadMovedFills(batch: Batch, relocated: MarkRecord, ids: ReadonlySet<string>, current: CurrentFills): Promise<void> {
  const loads: MarkRecord = new Map([...relocated].filter(([id]) => ids.has(id)));
  for (const id of ids) current.delete(id);
  await runReadOps(batch, fillCheckOps(loads, ids, current));
}

/**
 * For Clear: reads the used range of each moved sheet, moves the record to where its rows stand, and loads the fills
 * at the moved cells into `current`. A sheet too large to read keeps its record as it was. `merges`: the audit's grids
 * had merged values filled down (ExcelApi 1.13), so these must too for their prints to agree.
 */
export async function relocateMoved(
  batch: Batch,
  record: MarkRecord,
  moved: readonly { readonly id: string; readonly name: string }[],
  current: CurrentFills,
  merges: boolean,
): Promise<MarkRecord> {
  const readers = moved.map((s) => new SheetReader(s.id, s.name, false));
  await runReadOps(
    batch,
    readers.map((reader) => ({ request: 300, response: 200, queue: (b) => reader.queueUsed(b.worksheet(reader.id), merges).finish })),
  );
  const readable = readers.filter((r) => r.used && r.used.rows * r.used.columns <= MAX_USED_CELLS);
  await readBlocks(batch, readable, [], () => undefined);
  const relocated = relocateRecord(record, new Map(readable.map((r) => [r.id, r.grid(false)])));
  if (relocated.moved.size > 0) await loadMovedFills(batch, relocated.record, relocated.moved, current);
  return relocated.record;
}

/**
 * For an audit: the sheets it read (id → grid) whose recorded rows no longer hold their prints are moved to where
 * their rows stand, and the fills there loaded into `current` (one more sync, only then).
 */
export async function relocateInGrids(
  batch: Batch,
  record: MarkRecord,
  grids: ReadonlyMap<string, SheetGrid>,
  current: CurrentFills,
): Promise<MarkRecord> {
  const now: CurrentPrints = new Map();
  for (const [sheetId, grid] of grids) {
    const prints = record.get(sheetId)?.prints;
    if (!prints) continue;
    const source = gridPrints(grid.rows, grid.firstRow ?? 1, grid.firstColumn ?? 1, prints.span);
    now.set(sheetId, new Map([...prints.rows.keys()].map((row) => [row, source.print(row)])));
  }
  const ids = new Set(movedSheets(record, now));
  if (ids.size === 0) return record;
  const relocated = relocateRecord(record, new Map([...grids].filter(([id]) => ids.has(id))));
  if (relocated.moved.size > 0) await loadMovedFills(batch, relocated.record, relocated.moved, current);
  return relocated.record;
}
