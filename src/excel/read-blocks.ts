/** Reading what the first sync did not: row blocks of the sheets' used ranges, packed with other read ops. */
import { type Batch, type BatchOp, isPayloadTooLarge, packOps, yieldToPane } from "./batch";
import type { SheetReader } from "./read-grid";

/**
 * Row blocks planned from the bytes per cell measured so far, packed with `others` (the checks) into syncs within
 * the budget. A sync Excel refuses as too large is planned again with blocks half as high. Returns the blocks read.
 */
export async function readBlocks(
  batch: Batch,
  readers: readonly SheetReader[],
  others: readonly BatchOp[],
  afterSync: () => void,
): Promise<number> {
  const perCell = new Map(readers.map((r) => [r, r.bytesPerCell()]));
  let factor = 1;
  let pending = [...others];
  let blocks = 0;
  for (;;) {
    const blockOps = readers.flatMap((r) => r.blockOps((perCell.get(r) as number) * factor));
    const [group] = packOps([...pending, ...blockOps]);
    if (!group) return blocks;
    const finishers = group.map((op) => op.queue(batch));
    try {
      await batch.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || factor >= 64) throw error;
      batch.forget();
      factor *= 2;
      continue;
    }
    for (const finish of finishers) finish?.();
    pending = pending.filter((op) => !group.includes(op));
    blocks += group.filter((op) => blockOps.includes(op)).length;
    afterSync();
    await yieldToPane();
  }
}
