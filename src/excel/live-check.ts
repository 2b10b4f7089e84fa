/**
 * Checks as you type (docs/excel-layer.md, "Live checking"): after an audit, an edit burst inside an audited table
 * re-reads the rows it touched, audits the patched grids again in memory (cross-row rules see every row), and writes
 * only the marks and notes that changed, with the record, in two syncs (live-write.ts writes). Loaded on first use (its
 * own chunk).
 */
import type { AuditOptions, AuditReport, WorkbookGrid } from "../audit";
import type { Batch, BatchOp } from "./batch";
import type { CurrentFills } from "./fill-checks";
import type { LiveDeps } from "./live-deps";
import { writeLive } from "./live-write";
import { type LiveChange, type LiveSheet, type LiveState, classifyChange, liveState, planLive, useLiveDeps } from "./live-plan";
import { shiftColumns, shiftRows } from "./live-shift";
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
    await writeLive(d, batch, state, plan, reading ? 1 : 0);
    state.targets = targets;
    const cache = d.session.get(host);
    // The session keeps the audit's seed only while nothing moved: a later start audits again (the pane does).
    d.session.set(host, { ...cache, recordText: state.recordText, noteCount: state.notes?.count ?? cache?.noteCount, live: undefined });
    const changed = plan.marks.length + plan.restores.length + plan.addNotes.length + plan.deleteNotes.length;
    const highlighted = [...targets.values()].reduce((n, cells) => n + cells.size, 0);
    live.onUpdate({ report, input, syncs: batch.syncs, changed, highlighted });
    return "done";
  });
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
