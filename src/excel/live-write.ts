/**
 * The write half of checks as you type (live-check.ts reads and audits): sync 2 writes the fills, notes and record a
 * burst's plan (live-plan.ts) asks for, split into more syncs only when a large burst needs them, and a small third
 * sync corrects the record when the loads found a fill the plan could not know.
 */
import type { Batch } from "./batch";
import type { CurrentFills } from "./fill-checks";
import type { Prior } from "./fills";
import type { LiveDeps } from "./live-deps";
import { type LivePlan, type LiveState, notesAfter } from "./live-plan";
import type { MarkRecord } from "./mark-record";

/** The rest of the add-in, as live-check.ts was handed it. */
let d: LiveDeps;

/** Writes a burst's plan: what changed, and the record (a third sync only to correct it); `readSyncs`: syncs already made. */
export async function writeLive(deps: LiveDeps, batch: Batch, state: LiveState, plan: LivePlan, readSyncs: number): Promise<void> {
  d = deps;
  const verified = await writePlan(batch, state, plan);
  notesAfter(state, plan);
  const corrections = correct(state, plan, verified);
  state.record = plan.record;
  const text = d.serializeRecord(state.record, printSources(state));
  if (text !== state.recordText || corrections.length > 0) {
    // A fill the coordinator gave a cell outside the rows read: put back, and the record told (a third sync).
    if (batch.syncs > readSyncs) await d.yieldToPane();
    for (const { sheetId, key, fill } of corrections)
      d.applyFill(batch.worksheet(sheetId).getRange(d.cellA1(d.keyCell(key).row, d.keyCell(key).column)).format.fill, fill);
    state.chunks = d.queueRecord(batch, text, state.chunks);
    await batch.sync();
    state.recordText = text;
  }
}

/** The row prints the record keeps (row-prints.ts), from the grids as patched. */
function printSources(state: LiveState) {
  return new Map(
    state.sheets.map((s) => [
      s.id,
      d.gridPrints(s.rows, s.firstRow, s.firstColumn, { first: s.firstColumn - 1, last: s.firstColumn - 2 + s.width }),
    ]),
  );
}

type PlanItem =
  | { readonly kind: "restore"; readonly item: LivePlan["restores"][number] }
  | { readonly kind: "mark"; readonly item: LivePlan["marks"][number] }
  | { readonly kind: "delete"; readonly item: LivePlan["deleteNotes"][number] }
  | { readonly kind: "add"; readonly item: LivePlan["addNotes"][number] };

/**
 * Sync 2, or as many as a large burst needs (each within the payload budget, each ending with the record of what is
 * in the workbook then, so that Clear can always undo): restores, fills, note deletions, then note additions.
 */
async function writePlan(batch: Batch, state: LiveState, plan: LivePlan): Promise<CurrentFills> {
  const items: (PlanItem & { request: number; response: number })[] = [
    ...plan.restores.map((item) => ({ kind: "restore" as const, item, request: 40, response: item.verify ? d.FILL_BYTES : 0 })),
    ...plan.marks.map((item) => ({ kind: "mark" as const, item, request: 40, response: item.prior === undefined ? d.FILL_BYTES : 0 })),
    ...plan.deleteNotes.map((item) => ({ kind: "delete" as const, item, request: 200, response: 0 })),
    ...plan.addNotes.map((item) => ({ kind: "add" as const, item, request: 200 + 1.2 * item.text.length, response: 0 })),
  ];
  const recordBytes = Math.max(state.recordText.length, d.serializeRecord(plan.record, printSources(state)).length) + 1_000;
  const groups = d.packOps(items, d.SYNC_BUDGET - recordBytes, d.SYNC_BUDGET);
  if (groups.length <= 1) return writeGroup(batch, state, plan);
  const loaded: CurrentFills = new Map();
  let record = state.record;
  for (const [index, group] of groups.entries()) {
    record = index === groups.length - 1 ? plan.record : recordAfter(record, group);
    const part: LivePlan = {
      restores: group.flatMap((g) => (g.kind === "restore" ? [g.item] : [])),
      marks: group.flatMap((g) => (g.kind === "mark" ? [g.item] : [])),
      deleteNotes: group.flatMap((g) => (g.kind === "delete" ? [g.item] : [])),
      addNotes: group.flatMap((g) => (g.kind === "add" ? [g.item] : [])),
      record,
    };
    if (index > 0) await d.yieldToPane();
    for (const [sheetId, fills] of await writeGroup(batch, state, part)) {
      const into = loaded.get(sheetId) ?? new Map<number, Prior | undefined>();
      for (const [key, fill] of fills) into.set(key, fill);
      loaded.set(sheetId, into);
    }
  }
  return loaded;
}

/** The record once a group of items is done: restored cells out, marked ones in ("no fill" until loaded), note hashes added. */
function recordAfter(record: MarkRecord, group: readonly PlanItem[]): MarkRecord {
  const next: MarkRecord = new Map();
  for (const [id, sheet] of record) next.set(id, { ...sheet, cells: new Map(sheet.cells), notes: new Set(sheet.notes) });
  const sheetOf = (id: string) => {
    let sheet = next.get(id);
    if (!sheet) next.set(id, (sheet = { name: id, cells: new Map(), notes: new Set() }));
    return sheet;
  };
  for (const { kind, item } of group) {
    if (kind === "restore") sheetOf(item.sheetId).cells.delete(item.key);
    else if (kind === "mark") {
      const was = sheetOf(item.sheetId).cells.get(item.key);
      sheetOf(item.sheetId).cells.set(item.key, { fill: item.fill, prior: item.prior ?? was?.prior ?? null });
    } else if (kind === "add") sheetOf(item.sheetId).notes.add(d.textHash(item.text));
  }
  return next;
}

/**
 * One write sync: fills (each cell whose own fill is not known loaded just before it is filled), restores (loaded
 * first where not known), note deletions then additions, and the record as the plan predicts it.
 */
async function writeGroup(batch: Batch, state: LiveState, plan: LivePlan): Promise<CurrentFills> {
  const loaded: CurrentFills = new Map();
  const finishers: (() => void)[] = [];
  const bySheet = new Map<
    string,
    { verify: number[]; fills: Map<string, number[]>; restores: Map<string, { prior: Prior; keys: number[] }> }
  >();
  const entry = (sheetId: string) => {
    let found = bySheet.get(sheetId);
    if (!found) bySheet.set(sheetId, (found = { verify: [], fills: new Map(), restores: new Map() }));
    return found;
  };
  for (const mark of plan.marks) {
    const sheet = entry(mark.sheetId);
    if (mark.prior === undefined) sheet.verify.push(mark.key);
    let cells = sheet.fills.get(mark.fill);
    if (!cells) sheet.fills.set(mark.fill, (cells = []));
    cells.push(mark.key);
  }
  for (const restore of plan.restores) {
    const sheet = entry(restore.sheetId);
    if (restore.verify) sheet.verify.push(restore.key);
    let group = sheet.restores.get(d.fillKey(restore.prior));
    if (!group) sheet.restores.set(d.fillKey(restore.prior), (group = { prior: restore.prior, keys: [] }));
    group.keys.push(restore.key);
  }
  const areas = (keys: readonly number[]) => d.chunkAddresses(d.columnRuns(keys.map(d.keyCell)).map(d.rectAddress));
  const single = (keys: readonly number[]) => d.chunkAddresses(keys.map((key) => d.cellA1(d.keyCell(key).row, d.keyCell(key).column)));
  for (const [sheetId, sheet] of bySheet) {
    const worksheet = batch.worksheet(sheetId);
    // Loads first: Excel runs a batch in order, so they return each cell's fill before this sync changes it.
    for (const chunk of single(sheet.verify)) finishers.push(d.queueFillLoads(batch, sheetId, chunk, loaded));
    for (const { prior, keys } of sheet.restores.values())
      for (const chunk of areas(keys)) d.applyFill(worksheet.getRanges(chunk).format.fill, prior);
    for (const [fill, keys] of sheet.fills) for (const chunk of areas(keys)) worksheet.getRanges(chunk).format.fill.color = fill;
  }
  for (const { sheetId, key } of plan.deleteNotes)
    batch
      .worksheet(sheetId)
      .notes.getItem(d.cellA1(d.keyCell(key).row, d.keyCell(key).column))
      .delete();
  for (const { sheetId, key, text } of plan.addNotes)
    batch.worksheet(sheetId).notes.add(d.cellA1(d.keyCell(key).row, d.keyCell(key).column), text);
  // The record as predicted ("no fill" under cells whose fill is being loaded); corrected after, if it was not.
  const text = d.serializeRecord(plan.record, printSources(state));
  if (text !== state.recordText) state.chunks = d.queueRecord(batch, text, state.chunks);
  if (bySheet.size === 0 && plan.deleteNotes.length === 0 && plan.addNotes.length === 0 && text === state.recordText) return loaded;
  await batch.sync();
  state.recordText = text;
  for (const finish of finishers) finish();
  return loaded;
}

/** What the loads of sync 2 found: own fills under new marks (into the record), recolours a restore overwrote (to put back). */
function correct(state: LiveState, plan: LivePlan, loaded: CurrentFills): { sheetId: string; key: number; fill: Prior }[] {
  const back: { sheetId: string; key: number; fill: Prior }[] = [];
  for (const mark of plan.marks) {
    if (mark.prior !== undefined) continue;
    const fill = loaded.get(mark.sheetId)?.get(mark.key);
    const cell = plan.record.get(mark.sheetId)?.cells.get(mark.key);
    if (cell && fill !== undefined && fill !== null && !d.showsMark(fill, cell.fill))
      plan.record.get(mark.sheetId)?.cells.set(mark.key, { ...cell, prior: fill });
  }
  for (const restore of plan.restores) {
    if (!restore.verify) continue;
    const fill = loaded.get(restore.sheetId)?.get(restore.key);
    const was = state.record.get(restore.sheetId)?.cells.get(restore.key);
    if (fill !== undefined && was && !d.showsMark(fill, was.fill)) back.push({ sheetId: restore.sheetId, key: restore.key, fill });
  }
  return back;
}
