/** Runs a write plan through `batch`: packed syncs, each ending with the record of what is in the workbook then. */
import { cellA1, keyCell } from "./address";
import { type Batch, SYNC_BUDGET, packOps, yieldToPane } from "./batch";
import { type CurrentFills, queueFillLoads } from "./fill-checks";
import { applyFill } from "./fills";
import { type MarkRecord, serializeRecord } from "./mark-record";
import { type PlanInput, type WriteOp, planWrites } from "./plan-writes";
import { markKey, splitRecord } from "./record-chunks";
import { RecordProgress } from "./record-progress";
import type { PrintSource } from "./row-prints";

export interface WriteInput extends PlanInput {
  /** How many settings keys hold the old record. */
  readonly chunks: number;
  /** The old record's text as read (to skip rewriting an unchanged record). */
  readonly recordText: string;
  readonly onSync?: (done: number, total: number) => void;
  /** Row prints of the sheets read (row-prints.ts), recorded with their marks. */
  readonly prints?: ReadonlyMap<string, PrintSource>;
}

export interface WriteResult {
  /** Cells given back their own fill. */
  readonly restored: number;
  /** Cells filled. */
  readonly highlighted: number;
  readonly notesAdded: number;
  readonly notesDeleted: number;
  /** Marked cells that kept the coordinator's own note instead of getting one. */
  readonly notesSkipped: number;
  /** The record as now in the workbook, and how many settings keys hold it. */
  readonly recordText: string;
  readonly chunks: number;
  /** Write syncs made (correcting sync included). */
  readonly syncs: number;
}

/** Queues one op's calls; the finisher passes the fills loaded under newly marked cells to `progress`. */
function queueOp(batch: Batch, op: WriteOp, progress: RecordProgress): (() => void) | undefined {
  const sheet = batch.worksheet(op.sheetId);
  if (op.kind === "restore") {
    applyFill(sheet.getRanges(op.areas).format.fill, op.prior);
    return undefined;
  }
  if (op.kind === "delete-note") {
    const { row, column } = keyCell(op.cell);
    sheet.notes.getItem(cellA1(row, column)).delete();
    return undefined;
  }
  // Loads first: they return each cell's fill before this batch fills it.
  const loaded: CurrentFills = new Map();
  const finishers = op.verify.map((areas) => queueFillLoads(batch, op.sheetId, areas, loaded));
  for (const { fill, areas } of op.fills) sheet.getRanges(areas).format.fill.color = fill;
  for (const { key, text } of op.notes) {
    const { row, column } = keyCell(key);
    sheet.notes.add(cellA1(row, column), text);
  }
  return () => {
    for (const finish of finishers) finish();
    for (const [key, fill] of loaded.get(op.sheetId) ?? []) progress.verified(op.sheetId, key, fill ?? null);
  };
}

/** Queues the record's chunks into settings and deletes chunks it no longer needs; returns the new chunk count. */
export function queueRecord(batch: Batch, text: string, existing: number): number {
  const settings = batch.context.workbook.settings;
  const parts = splitRecord(text);
  parts.forEach((part, i) => settings.add(markKey(i), part));
  for (let i = parts.length; i < existing; i++) settings.getItem(markKey(i)).delete();
  return parts.length;
}

/** The record once every op is done, with "no fill" predicted under newly marked cells (to size each sync). */
function finalRecord(input: WriteInput, plan: ReturnType<typeof planWrites>): MarkRecord {
  const progress = new RecordProgress(input.record, plan, input.sheetNames);
  for (const op of plan.ops) progress.apply(op);
  return progress.record();
}

/** Restores old marks, writes new ones and their notes, and keeps the record in step, in as few syncs as fit. */
export async function writeMarks(batch: Batch, input: WriteInput): Promise<WriteResult> {
  const plan = planWrites(input);
  const progress = new RecordProgress(input.record, plan, input.sheetNames);
  const counts = { restored: 0, highlighted: 0, notesAdded: 0, notesDeleted: 0, notesSkipped: 0 };
  let recordText = input.recordText;
  let chunks = input.chunks;
  let syncs = 0;

  /** One sync: the ops' calls, then the record as it stands once they are done. */
  const syncOps = async (group: readonly WriteOp[]): Promise<void> => {
    if (syncs > 0) await yieldToPane();
    for (const op of group) progress.apply(op);
    const text = serializeRecord(progress.record(), input.prints);
    batch.context.application.suspendApiCalculationUntilNextSync();
    const finishers = group.map((op) => queueOp(batch, op, progress));
    if (text !== recordText) chunks = queueRecord(batch, text, chunks);
    await batch.sync();
    syncs++;
    recordText = text;
    for (const finish of finishers) finish?.();
  };

  // The record costs the same in every sync: its largest size, old or new.
  const recordBytes = Math.max(recordText.length, serializeRecord(finalRecord(input, plan), input.prints).length) + 1_000;
  let done = 0;
  for (const group of packOps(plan.ops, SYNC_BUDGET - recordBytes, SYNC_BUDGET)) {
    await syncOps(group);
    for (const op of group) {
      if (op.kind === "restore") counts.restored += op.cells.length;
      else if (op.kind === "delete-note") counts.notesDeleted++;
      else {
        counts.highlighted += op.cells.length;
        counts.notesAdded += op.notes.length;
        if (plan.notesKnown) counts.notesSkipped += op.cells.length - op.notes.length;
      }
    }
    done += group.length;
    input.onSync?.(done, plan.ops.length);
  }
  // One more small sync when the record changed without an op: the loads found the coordinator's own colour under a
  // newly marked cell (the record written with it predicted "no fill"), or the old record was unreadable.
  if (serializeRecord(progress.record(), input.prints) !== recordText) await syncOps([]);
  return { ...counts, recordText, chunks, syncs };
}
