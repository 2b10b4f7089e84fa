/**
 * Checks as you type (docs/excel-layer.md, "Live checking"): after an audit, an edit burst inside an audited table
 * re-reads the rows it touched, audits the patched grids again in memory (cross-row rules see every row), and writes
 * only the marks and notes that changed, with the record, in two syncs. Loaded on first use (its own chunk).
 */
import type { AuditOptions, AuditReport, WorkbookGrid } from "../audit";
import type { Batch, BatchOp } from "./batch";
import type { CurrentFills } from "./fill-checks";
import type { Prior } from "./fills";
import type { LiveDeps } from "./live-deps";
import {
  type LiveChange,
  type LivePlan,
  type LiveSheet,
  type LiveState,
  classifyChange,
  liveState,
  notesAfter,
  planLive,
  shiftColumns,
  shiftRows,
  useLiveDeps,
} from "./live-plan";
import type { MarkRecord } from "./mark-record";
import type { KnownNote } from "./notes";
import type { AuditRunner, ExcelHost } from "./types";

/** The rest of the add-in, as the caller handed it (live-deps.ts). */
let d: LiveDeps;

export interface LiveUpdate {
  readonly report: AuditReport;
  readonly input: { readonly workbook: WorkbookGrid; readonly options: AuditOptions };
  /** context.sync calls this burst made. */
  readonly syncs: number;
  /** Marks written or restored, notes added or deleted. */
  readonly changed: number;
  /** Cells marked now. */
  readonly highlighted: number;
}

export interface LiveOptions {
  /** The rest of the add-in: `import * as deps from "./live-deps"` (live-deps.ts says why). */
  readonly deps: LiveDeps;
  readonly options: AuditOptions;
  readonly runAudit?: AuditRunner;
  /** Quiet time after the last change before a burst is checked (default 300 ms). */
  readonly debounceMs?: number;
  readonly onUpdate: (update: LiveUpdate) => void;
  /** Live checking ended by itself: cells moved in a way it cannot follow, or a burst failed. */
  readonly onStop: (reason: "moved" | "failed", error?: unknown) => void;
}

export interface LiveCheck {
  /** Removes the change handler; a burst under way finishes first. */
  stop(): Promise<void>;
  /** Resolves once no change waits and no burst runs (tests, the bench). */
  idle(): Promise<void>;
}

interface ChangeArgs {
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: string;
  readonly triggerSource?: string;
}

/**
 * Starts checking as the coordinator types, from the state the last audit left in the session; undefined when there is
 * none (no audit yet, or Clear since). The handler is registered for every sheet (worksheets.onChanged, ExcelApi 1.9).
 */
export async function startLiveCheck(host: ExcelHost, live: LiveOptions): Promise<LiveCheck | undefined> {
  d = live.deps;
  useLiveDeps(live.deps);
  const seed = d.session.get(host)?.live;
  if (!seed || !host.isSetSupported("ExcelApi", "1.9")) return undefined;
  const state = liveState(seed, (await d.storedReaders()).parseRecord);
  const pending: ChangeArgs[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let waiters: (() => void)[] = [];

  const settle = () => {
    if (timer !== undefined || running || pending.length > 0) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  const run = () => {
    timer = undefined;
    if (running || stopped) return settle();
    const events = pending.splice(0);
    running = burst(host, state, events, live)
      .then(async (outcome) => {
        if (outcome === "moved") await halt("moved");
      })
      .catch((error: unknown) => halt("failed", error))
      .finally(() => {
        running = undefined;
        if (pending.length > 0 && !stopped) schedule();
        else settle();
      });
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, live.debounceMs ?? 300);
  };

  const handler = async (args: ChangeArgs): Promise<void> => {
    // The add-in's own value writes (a new plan sheet) raise events too.
    if (stopped || args.triggerSource === "ThisLocalAddin") return;
    pending.push({ worksheetId: args.worksheetId, address: args.address, changeType: args.changeType, triggerSource: args.triggerSource });
    schedule();
    return Promise.resolve();
  };

  const registration = await host.run(async (context) => {
    const result = context.workbook.worksheets.onChanged.add(handler as (args: Excel.WorksheetChangedEventArgs) => Promise<void>);
    await context.sync();
    return result;
  });

  let stopping: Promise<void> | undefined;
  /** From inside a burst: the handler goes without waiting for the burst (it is the one running). */
  async function halt(reason: "moved" | "failed", error?: unknown): Promise<void> {
    if (stopped) return;
    // Marks already written stay recorded.
    await stop(false).catch(() => undefined);
    live.onStop(reason, error);
  }
  function stop(wait = true): Promise<void> {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending.length = 0;
    const burstDone = wait ? running : undefined;
    stopping ??= (async () => {
      await burstDone;
      // Edits from now on are not followed: the next start needs an audit first.
      const cache = d.session.get(host);
      if (cache?.live) d.session.set(host, { ...cache, live: undefined });
      registration.remove();
      await registration.context.sync();
      settle();
    })();
    return stopping;
  }

  return {
    stop: () => stop(),
    idle: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      }),
  };
}

/** The touched rows of each sheet, after the row moves the events made. Returns "moved" when the record cannot follow. */
function applyChanges(state: LiveState, events: readonly ChangeArgs[]): { touched: Map<string, Set<number>>; shifted: boolean } | "moved" {
  const touched = new Map<string, Set<number>>();
  let shifted = false;
  for (const event of events) {
    const change: LiveChange = classifyChange(event, state.sheets);
    if (change.kind === "ignore") continue;
    if (change.kind === "moved") return "moved";
    let rows = touched.get(change.sheetId);
    if (!rows) touched.set(change.sheetId, (rows = new Set()));
    if (change.kind === "edit") for (const row of change.rows) rows.add(row);
    else if (change.kind === "columns") {
      if (!shiftColumns(state, change.sheetId, change.at, change.count)) return "moved";
      shifted = true;
      // A column inserted into a table gets a header from Excel ("Column1"): the header row is read again.
      const header = state.sheets.find((s) => s.id === change.sheetId)?.table?.headerRow;
      if (header !== undefined) rows.add(header - 1);
    } else {
      if (!shiftRows(state, change.sheetId, change.at, change.count)) return "moved";
      shifted = true;
      // Rows touched before the move are where they moved to.
      const moved = [...rows].flatMap((row) => {
        const key = d.cellKey(row, 0);
        const to =
          key < d.cellKey(change.at, 0)
            ? key
            : change.count < 0 && row < change.at - change.count
              ? undefined
              : d.cellKey(row + change.count, 0);
        return to === undefined ? [] : [d.keyCell(to).row];
      });
      rows.clear();
      for (const row of moved) rows.add(row);
    }
  }
  return { touched, shifted };
}

/** Bytes a cell's value and number format are reckoned at when rows are read again; a block's response stays near 3 MB. */
const READ_BYTES_PER_CELL = 40;
const BLOCK_BYTES = 3_000_000;
/** Table cells whose fill sync 1 loads at most. */
const MAX_FILL_LOADS = 5_000;

/** Reads `count` sheet rows from zero-based `first` (the used range's columns) into the sheet's grid. */
function readRowsOp(state: LiveState, sheet: LiveSheet, first: number, count: number): BatchOp {
  return {
    request: 300,
    response: count * sheet.width * READ_BYTES_PER_CELL,
    queue: (batch) => {
      const range = batch.worksheet(sheet.id).getRangeByIndexes(first, sheet.firstColumn - 1, count, sheet.width);
      range.load("values,numberFormat");
      return () => {
        for (let r = 0; r < count; r++) {
          const at = first + r - (sheet.firstRow - 1);
          if (at < 0) continue;
          const formats = range.numberFormat[r];
          while (sheet.rows.length <= at) sheet.rows.push([]);
          sheet.rows[at] = range.values[r].map((value, c) => d.cellValue(value, d.isDateFormat(formats[c]), state.date1904));
        }
      };
    },
  };
}

/** Consecutive rows as [first, count] runs. */
function runsOf(rows: Iterable<number>): [number, number][] {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row) last[1]++;
    else runs.push([row, 1]);
  }
  return runs;
}

/** Every cell of the touched rows inside the table's columns, as single-cell addresses (their fills are loaded). */
function tableCells(state: LiveState, sheetId: string, rows: Iterable<number>): string[] {
  const table = state.sheets.find((s) => s.id === sheetId)?.table;
  if (!table) return [];
  const refs = [...rows].flatMap((row) =>
    Array.from({ length: table.lastColumn - table.firstColumn + 1 }, (_, i) => ({ row, column: table.firstColumn - 1 + i })),
  );
  return d.columnRuns(refs).flatMap((run) => Array.from({ length: run.rows }, (_, r) => d.cellA1(run.row + r, run.column)));
}

function shownAt(state: LiveState) {
  const merges = new Map(state.sheets.map((s) => [s.name, s.merges]));
  return (sheet: string, cell: string): string => {
    const { row, column } = d.parseAddress(cell);
    const area = merges
      .get(sheet)
      ?.find((m) => row >= m.row && row < m.row + m.rows && column >= m.column && column < m.column + m.columns);
    return area ? d.cellA1(area.row, area.column) : cell;
  };
}

/** One burst: at most two syncs (read the touched rows; write what changed), a third only to correct a guess. */
async function burst(host: ExcelHost, state: LiveState, events: readonly ChangeArgs[], live: LiveOptions): Promise<"done" | "moved"> {
  const changes = applyChanges(state, events);
  if (changes === "moved") return "moved";
  const { touched, shifted } = changes;
  const reading = [...touched.values()].some((rows) => rows.size > 0);
  if (!reading && !shifted) return "done";

  return host.run(async (context): Promise<"done"> => {
    const batch = new d.Batch(context);
    const fills: CurrentFills = new Map();
    // Sync 1: the touched rows' values and number formats, their cells' fills, the note count (more syncs only for
    // a burst too large for one: a sort or a paste of thousands of rows).
    if (reading) {
      const ops: BatchOp[] = [];
      const tableCellCount = [...touched].reduce((n, [sheetId, rows]) => n + tableCells(state, sheetId, rows).length, 0);
      for (const [sheetId, rows] of touched) {
        const sheet = state.sheets.find((s) => s.id === sheetId);
        if (!sheet || rows.size === 0) continue;
        const height = Math.max(1, Math.floor(BLOCK_BYTES / (sheet.width * READ_BYTES_PER_CELL)));
        for (const [start, length] of runsOf(rows))
          for (let first = start; first < start + length; first += height)
            ops.push(readRowsOp(state, sheet, first, Math.min(height, start + length - first)));
        // Beyond that many cells their fills are loaded in sync 2, just before they change (as for the tied rows).
        if (tableCellCount <= MAX_FILL_LOADS)
          for (const chunk of d.chunkAddresses(tableCells(state, sheetId, rows)))
            ops.push({
              request: 300 + chunk.length,
              response: chunk.split(",").length * d.FILL_BYTES,
              queue: (b) => d.queueFillLoads(b, sheetId, chunk, fills),
            });
      }
      let count: OfficeExtension.ClientResult<number> | undefined;
      if (state.notes) ops.push({ request: 100, response: 50, queue: (b) => void (count = b.context.workbook.notes.getCount()) });
      await d.runReadOps(batch, ops);
      // The coordinator added or deleted notes: where the add-in's stand is read again before any is touched.
      const notes = count?.value;
      if (state.notes && notes !== undefined && notes !== state.notes.count) await relistNotes(batch, state, notes);
    }

    const grids = state.sheets.map((s) => ({ name: s.name, rows: s.rows, firstRow: s.firstRow, firstColumn: s.firstColumn }));
    const input = { workbook: { sheets: grids, date1904: state.date1904 }, options: live.options };
    const report = await (live.runAudit ?? d.auditInThread)(input.workbook, input.options);
    const sheetIds = new Map(state.sheets.map((s) => [s.name, s.id]));
    const { targets } = d.markTargets(report, sheetIds, { shownAt: shownAt(state) });
    const plan = planLive({ state, targets, fills });

    // Sync 2: what changed, and the record.
    const verified = await writePlan(batch, state, plan);
    state.targets = targets;
    notesAfter(state, plan);
    const corrections = correct(state, plan, verified);
    state.record = plan.record;
    const text = d.serializeRecord(state.record, printSources(state));
    if (text !== state.recordText || corrections.length > 0) {
      // A fill the coordinator gave a cell outside the rows read: put back, and the record told (a third sync).
      if (batch.syncs > (reading ? 1 : 0)) await d.yieldToPane();
      for (const { sheetId, key, fill } of corrections)
        d.applyFill(batch.worksheet(sheetId).getRange(d.cellA1(d.keyCell(key).row, d.keyCell(key).column)).format.fill, fill);
      state.chunks = d.queueRecord(batch, text, state.chunks);
      await batch.sync();
      state.recordText = text;
    }
    const cache = d.session.get(host);
    // The session keeps the audit's seed only while nothing moved: a later start audits again (the pane does).
    d.session.set(host, { ...cache, recordText: state.recordText, noteCount: state.notes?.count ?? cache?.noteCount, live: undefined });
    const changed = plan.marks.length + plan.restores.length + plan.addNotes.length + plan.deleteNotes.length;
    const highlighted = [...targets.values()].reduce((n, cells) => n + cells.size, 0);
    live.onUpdate({ report, input, syncs: batch.syncs, changed, highlighted });
    return "done";
  });
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

/** Lists every note again: the add-in's are those whose text hash the record holds. */
async function relistNotes(batch: Batch, state: LiveState, count: number): Promise<void> {
  const notes = state.notes;
  if (!notes) return;
  const list: KnownNote[] = [];
  await d.runReadOps(batch, d.noteListOps(count, new Map(state.sheets.map((s) => [s.name, s.id])), list));
  notes.ours.clear();
  notes.theirs.clear();
  for (const note of list) {
    const ours = state.record.get(note.sheetId)?.notes.has(d.textHash(note.content)) ?? false;
    if (ours) {
      let cells = notes.ours.get(note.sheetId);
      if (!cells) notes.ours.set(note.sheetId, (cells = new Map()));
      cells.set(note.key, note.content);
    } else {
      let cells = notes.theirs.get(note.sheetId);
      if (!cells) notes.theirs.set(note.sheetId, (cells = new Set()));
      cells.add(note.key);
    }
  }
  notes.count = count;
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
