/** Reads before writing: the fill each recorded (or newly flagged) cell shows now. */
import { cellA1, cellKey, chunkAddresses, keyCell, parseAddress } from "./address";
import type { Batch, BatchOp } from "./batch";
import { type Prior, fillOf } from "./fills";
import type { MarkRecord } from "./mark-record";

const FILL_LOAD = "items/address,items/format/fill/color,items/format/fill/pattern,items/format/fill/patternColor";
/** Estimated response bytes per cell of a fill load. */
export const FILL_BYTES = 110;

/** Sheet id → cell key → the fill it shows now (undefined: Excel reported it as mixed or missing). */
export type CurrentFills = Map<string, Map<number, Prior | undefined>>;

/** Queues single-cell fill loads for the cells of one sheet; the finisher stores them in `into`. */
export function queueFillLoads(batch: Batch, sheetId: string, addresses: string, into: CurrentFills): () => void {
  const areas = batch.worksheet(sheetId).getRanges(addresses).areas;
  areas.load(FILL_LOAD);
  return () => {
    let fills = into.get(sheetId);
    if (!fills) into.set(sheetId, (fills = new Map()));
    for (const area of areas.items) {
      const rect = parseAddress(area.address);
      const fill = area.format.fill;
      fills.set(cellKey(rect.row, rect.column), fillOf(fill.color, fill.pattern, fill.patternColor));
    }
  };
}

/** Read ops that load the current fill of every recorded cell (of sheets that still exist). */
export function fillCheckOps(record: MarkRecord, existing: ReadonlySet<string>, into: CurrentFills): BatchOp[] {
  const ops: BatchOp[] = [];
  for (const [sheetId, sheet] of record) {
    if (!existing.has(sheetId) || sheet.cells.size === 0) continue;
    const addresses = [...sheet.cells.keys()]
      .sort((a, b) => a - b)
      .map((key) => {
        const { row, column } = keyCell(key);
        return cellA1(row, column);
      });
    for (const chunk of chunkAddresses(addresses)) {
      const cells = chunk.split(",").length;
      ops.push({
        request: 300 + chunk.length,
        response: cells * FILL_BYTES,
        queue: (batch) => queueFillLoads(batch, sheetId, chunk, into),
      });
    }
  }
  return ops;
}
