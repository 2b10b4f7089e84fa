/**
 * src/excel: the only code that calls Office.js workbook APIs. The task pane calls these functions (types.ts is the
 * contract); each takes an ExcelHost so tests can pass a fake of the Excel API (test/excel/fake-excel.ts).
 *
 * Audit: one blind read sync (values of the active sheet's used range and its merged areas, the marks record, the
 * date system, note count, protection), more row blocks only for sheets beyond 20,000 rows × 16 columns (read-grid.ts), src/audit, and
 * one write sync that restores the previous marks and writes the new ones with their record (marks.ts explains the
 * way back and its sync budget). Nothing is ever written to a cell's value or formula.
 */
import { auditWorkbook, type AuditReport, type SheetGrid } from "../audit";
import type { Project } from "../rules";
import { cellKey, parseAddress } from "./address";
import { Batch, type BatchOp, PAYLOAD_LIMIT, isPayloadTooLarge, officeErrorCode, packOps, runReadOps, yieldToPane } from "./batch";
import {
  type CurrentFills,
  type KnownNote,
  type MarkRecord,
  type TargetCell,
  MARK_CHUNKS,
  MAX_MARKS,
  fillCheckOps,
  joinRecord,
  markKey,
  noteListOps,
  noteText,
  parseRecord,
  writeMarks,
} from "./marks";
import { MAX_USED_CELLS, MERGES_API, SheetReader } from "./read-grid";
import { EMPTY_SETTINGS, SETTINGS_KEY, normaliseSettings } from "./store";
import { type AuditRequest, type ClearResult, type ExcelAuditResult, type ExcelHost, type StoredSettings, ExcelAuditError } from "./types";

export * from "./types";
export { ERROR_FILL, WARNING_FILL } from "./marks";

/** getRanges/RangeAreas, getSpecialCells and RangeFill.pattern. */
const BASE_API = "1.9";
/** Notes. */
const NOTES_API = "1.18";

export function notesSupported(host: ExcelHost): boolean {
  return host.isSetSupported("ExcelApi", NOTES_API);
}

let office: ExcelHost | undefined;

/** The real host, from the Office.js globals (one per pane, so the session cache below holds across calls). */
export function officeHost(): ExcelHost {
  office ??= {
    run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
  return office;
}

/**
 * What this pane last saw of the workbook: the marks record's text and the note count (written by its last audit or
 * clear, or read when the pane loaded its settings). When the workbook still holds exactly that, the first sync of
 * the next operation runs the checks (current fills at the recorded cells, every note with its place) blind.
 */
interface SessionCache {
  readonly recordText: string;
  readonly noteCount: number | undefined;
  /** Bytes the last audit's blind read returned: what is left of the first sync's budget goes to the checks. */
  readonly headBytes?: number;
}
const sessions = new WeakMap<ExcelHost, SessionCache>();

function requireBase(host: ExcelHost): void {
  if (!host.isSetSupported("ExcelApi", BASE_API)) {
    throw new ExcelAuditError("office-error", "This add-in needs Excel on the web, Microsoft 365 or Excel 2019 or later (ExcelApi 1.9).");
  }
}

function asAuditError(error: unknown): unknown {
  if (error instanceof ExcelAuditError) return error;
  if (isPayloadTooLarge(error)) return new ExcelAuditError("too-large", "The sheet is too large to read in one go. Nothing was changed.");
  if (officeErrorCode(error) !== undefined) {
    const message = error instanceof Error ? error.message : String(error);
    return new ExcelAuditError("office-error", `Excel reported an error: ${message}`);
  }
  return error;
}

interface SheetInfo {
  readonly id: string;
  readonly name: string;
  readonly protected: boolean;
}

interface Head {
  readonly sheets: readonly SheetInfo[];
  readonly active?: SheetInfo;
  readonly reader?: SheetReader;
  /** The first sync fell back to plain reading (getSpecialCells refused): later blocks read plainly too. */
  readonly plain: boolean;
  readonly recordText: string;
  /** The record could not be read (another version wrote it, or chunks are missing). */
  readonly recordBroken: boolean;
  readonly chunks: number;
  readonly date1904: boolean;
  readonly noteCount: number | undefined;
  /** The blind checks, valid when the record and note count are what the session cache expected. */
  readonly checks?: { readonly current: CurrentFills; readonly notes: KnownNote[] | undefined };
}

interface HeadOptions {
  /** Scope "sheet": read the active sheet blind. */
  readonly activeSheet: boolean;
  readonly notes: boolean;
  readonly cache: SessionCache | undefined;
  /** Read the active sheet's first pieces and run the cached checks in this sync (false after a failed attempt). */
  readonly blind: boolean;
  /** Number formats of every cell instead of getSpecialCells (after Excel refused the blind read). */
  readonly plain: boolean;
  /** Estimated bytes the blind checks may add to the first sync. */
  readonly checkBudget: number;
  /** Load the active sheet's merged areas with its used range (ExcelApi 1.13), to fill merged values down. */
  readonly merges: boolean;
}

/** What the blind checks may add to an audit's first sync, beside the blind read of the active sheet. */
function auditCheckBudget(cache: SessionCache | undefined): number {
  if (cache?.headBytes === undefined) return 700_000;
  return Math.max(200_000, PAYLOAD_LIMIT - 400_000 - cache.headBytes);
}
/** Clear reads no cells: its first sync can take the checks in full. */
const CLEAR_CHECK_BUDGET = 3_500_000;

/** The first sync of every operation. */
function queueHead(batch: Batch, options: HeadOptions): () => Head {
  const workbook = batch.context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load("items/id,items/name,items/protection/protected");
  const chunkSettings = Array.from({ length: MARK_CHUNKS }, (_, i) => {
    const setting = workbook.settings.getItemOrNullObject(markKey(i));
    setting.load("value");
    return setting;
  });
  // DATE(1904,1,1) is 0 in the 1904 date system and 1462 in the 1900 one (Workbook.use1904DateSystem is not in a
  // released requirement set; workbook functions are ExcelApi 1.2).
  const date = workbook.functions.date(1904, 1, 1);
  date.load("value");
  const noteCount = options.notes ? workbook.notes.getCount() : undefined;

  let activeSheet: Excel.Worksheet | undefined;
  let reader: SheetReader | undefined;
  let finishUsed: (() => void) | undefined;
  let finishPieces: (() => void) | undefined;
  if (options.activeSheet) {
    activeSheet = worksheets.getActiveWorksheet();
    activeSheet.load("id,name");
    reader = new SheetReader("", "", options.plain);
    const used = reader.queueUsed(activeSheet, options.merges);
    finishUsed = used.finish;
    if (options.blind) finishPieces = reader.queuePieces(activeSheet, used.range);
  }

  // Blind checks from the session cache: the fills at the recorded cells and every note.
  const sheetIds = new Map<string, string>();
  let checks: { current: CurrentFills; notes: KnownNote[] | undefined; finishers: (() => void)[] } | undefined;
  const cache = options.cache;
  if (cache && options.blind) {
    let cachedRecord: MarkRecord | undefined;
    try {
      cachedRecord = parseRecord(cache.recordText);
    } catch {
      cachedRecord = undefined;
    }
    const current: CurrentFills = new Map();
    const notes: KnownNote[] | undefined = options.notes ? [] : undefined;
    const ops: BatchOp[] = cachedRecord ? fillCheckOps(cachedRecord, new Set(cachedRecord.keys()), current) : [];
    if (notes && cache.noteCount !== undefined) ops.push(...noteListOps(cache.noteCount, sheetIds, notes));
    const size = ops.reduce((n, op) => n + op.response + op.request, 0);
    if (cachedRecord && (!options.notes || cache.noteCount !== undefined) && size <= options.checkBudget) {
      checks = { current, notes, finishers: [] };
      for (const op of ops) {
        const finish = op.queue(batch);
        if (finish) checks.finishers.push(finish);
      }
    }
  }

  return () => {
    const sheets = worksheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name, protected: sheet.protection.protected }));
    for (const sheet of sheets) sheetIds.set(sheet.name, sheet.id);
    let recordText = "";
    let recordBroken = false;
    const values = chunkSettings.map((setting) => (setting.isNullObject ? null : (setting.value as unknown)));
    try {
      recordText = joinRecord(values);
      parseRecord(recordText);
    } catch {
      recordText = "";
      recordBroken = true;
    }
    const chunks = values.reduce<number>((n, v, i) => (v !== null ? i + 1 : n), 0);
    let active: SheetInfo | undefined;
    if (activeSheet && reader) {
      active = sheets.find((s) => s.id === (activeSheet as Excel.Worksheet).id);
      reader.id = activeSheet.id;
      reader.name = activeSheet.name;
      finishUsed?.();
      if (reader.used && reader.used.rows * reader.used.columns <= MAX_USED_CELLS) finishPieces?.();
    }
    const count = noteCount?.value;
    let validChecks: Head["checks"];
    if (checks && cache && cache.recordText === recordText && !recordBroken && cache.noteCount === count) {
      for (const finish of checks.finishers) finish();
      validChecks = { current: checks.current, notes: checks.notes };
    }
    return {
      sheets,
      active,
      reader,
      plain: options.plain,
      recordText,
      recordBroken,
      chunks,
      date1904: date.value === 0,
      noteCount: count,
      checks: validChecks,
    };
  };
}

/**
 * The first sync, retried once without the blind reads when Excel refuses it: over 5 MB (a dense sheet), or an
 * error from getSpecialCells (then number formats are read with the values from here on).
 */
async function readHead(batch: Batch, options: HeadOptions): Promise<Head> {
  let finish = queueHead(batch, options);
  try {
    await batch.sync();
  } catch (error) {
    if (officeErrorCode(error) === undefined) throw error;
    batch.forget();
    // A missing sheet or note (the session cache is stale) or a payload too large says nothing against
    // getSpecialCells; any other error might come from it.
    const plain = !isPayloadTooLarge(error) && officeErrorCode(error) !== "ItemNotFound";
    // Such an error might come from getMergedAreas too: the retry reads without the merged areas then.
    finish = queueHead(batch, { ...options, blind: false, plain, merges: options.merges && !plain });
    await batch.sync();
  }
  return finish();
}

/**
 * Reads what the first sync did not: row blocks planned from the bytes per cell measured so far, packed with other
 * read ops (the checks) into syncs within the budget. A sync Excel refuses as too large is planned again with
 * blocks half as high. Returns the number of blocks read.
 */
async function readBlocks(batch: Batch, readers: readonly SheetReader[], others: readonly BatchOp[], afterSync: () => void): Promise<number> {
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

function protectedMessage(names: readonly string[]): string {
  const list = names.map((n) => `“${n}”`).join(", ");
  return names.length === 1
    ? `Sheet ${list} is protected: unprotect it (Review > Unprotect Sheet) to let the audit mark cells. Nothing was changed.`
    : `Sheets ${list} are protected: unprotect them (Review > Unprotect Sheet) to let the audit mark cells. Nothing was changed.`;
}

function refuseProtected(sheets: readonly SheetInfo[]): void {
  const names = sheets.filter((s) => s.protected).map((s) => s.name);
  if (names.length > 0) throw new ExcelAuditError("protected-sheet", protectedMessage([...new Set(names)]));
}

function parseRecordSafe(text: string): MarkRecord {
  try {
    return parseRecord(text);
  } catch {
    return new Map();
  }
}

/** The checks the write needs: from the blind first sync, or as read ops to run now. */
function checkOps(head: Head, record: MarkRecord, notesOn: boolean): { ops: BatchOp[]; current: CurrentFills; notes: KnownNote[] | undefined } {
  if (head.checks) return { ops: [], current: head.checks.current, notes: head.checks.notes };
  const current: CurrentFills = new Map();
  const notes: KnownNote[] | undefined = notesOn ? [] : undefined;
  const existing = new Set(head.sheets.map((s) => s.id));
  const ops = fillCheckOps(record, existing, current);
  if (notes && (head.noteCount ?? 0) > 0) ops.push(...noteListOps(head.noteCount ?? 0, new Map(head.sheets.map((s) => [s.name, s.id])), notes));
  return { ops, current, notes };
}

/** The cells to flag: the worst severity among their issues gives the colour; every message goes into the note. */
function flaggedCells(report: AuditReport, sheetIds: ReadonlyMap<string, string>): { targets: Map<string, Map<number, TargetCell>>; unmarked: number } {
  const byCell = new Map<string, { sheetId: string; key: number; error: boolean; warning: boolean; messages: string[]; order: number }>();
  report.issues.forEach((issue, order) => {
    if (issue.sheet === null || issue.cell === null) return;
    const sheetId = sheetIds.get(issue.sheet);
    if (sheetId === undefined) return;
    const rect = parseAddress(issue.cell);
    const id = `${sheetId}\u0000${issue.cell}`;
    let cell = byCell.get(id);
    if (!cell) byCell.set(id, (cell = { sheetId, key: cellKey(rect.row, rect.column), error: false, warning: false, messages: [], order }));
    cell.error ||= issue.severity === "error";
    cell.warning ||= issue.severity === "warning";
    cell.messages.push(issue.message);
  });
  const marked = [...byCell.values()].filter((c) => c.error || c.warning).sort((a, b) => Number(b.error) - Number(a.error) || a.order - b.order);
  const targets = new Map<string, Map<number, TargetCell>>();
  for (const cell of marked.slice(0, MAX_MARKS)) {
    let cells = targets.get(cell.sheetId);
    if (!cells) targets.set(cell.sheetId, (cells = new Map()));
    cells.set(cell.key, { mark: cell.error ? "e" : "w", note: noteText(cell.messages, report.language) });
  }
  return { targets, unmarked: Math.max(0, marked.length - MAX_MARKS) };
}

/** Audits the active sheet or every sheet, restores the previous marks, and marks the flagged cells. */
export async function auditInExcel(host: ExcelHost, request: AuditRequest): Promise<ExcelAuditResult> {
  requireBase(host);
  const notesOn = notesSupported(host);
  const merges = host.isSetSupported("ExcelApi", MERGES_API);
  const progress = request.onProgress ?? (() => undefined);
  return host.run(async (context) => {
    const batch = new Batch(context);
    try {
      progress({ phase: "reading", done: 0, total: 0 });
      const cache = sessions.get(host);
      const head = await readHead(batch, {
        activeSheet: request.scope === "sheet",
        notes: notesOn,
        cache,
        blind: true,
        plain: false,
        checkBudget: auditCheckBudget(cache),
        merges,
      });
      const targets = request.scope === "sheet" ? (head.active ? [head.active] : []) : head.sheets;
      const record = parseRecordSafe(head.recordText);
      // Nothing is written to a protected sheet: the active sheet (scope "sheet"), and any sheet whose old marks
      // must be restored, are refused before reading; in scope "workbook", sheets with cells to mark after the audit.
      const markedSheets = head.sheets.filter((s) => record.has(s.id));
      refuseProtected([...(request.scope === "sheet" ? targets : []), ...markedSheets]);

      const readers =
        request.scope === "sheet" && head.reader ? [head.reader] : targets.map((s) => new SheetReader(s.id, s.name, head.plain));
      const checks = checkOps(head, record, notesOn);
      let readSyncs = 1;
      if (request.scope === "workbook") {
        // The used ranges' sizes and merged areas first (the checks ride along), then the blocks.
        const sizes = readers.map((reader): BatchOp => ({
          request: merges ? 400 : 300,
          response: merges ? 2_000 : 200,
          queue: (b) => reader.queueUsed(b.worksheet(reader.id), merges).finish,
        }));
        const before = batch.syncs;
        await runReadOps(batch, [...sizes, ...checks.ops]);
        readSyncs += batch.syncs - before;
        checks.ops.length = 0;
      }
      const tooLarge = readers.find((r) => r.used && r.used.rows * r.used.columns > MAX_USED_CELLS);
      if (tooLarge?.used) {
        throw new ExcelAuditError(
          "too-large",
          `Sheet “${tooLarge.name}” uses ${tooLarge.used.rows.toLocaleString("en")} rows × ${tooLarge.used.columns.toLocaleString("en")} columns: more than the audit reads (${MAX_USED_CELLS.toLocaleString("en")} cells). Delete unused rows or columns, or split the plan. Nothing was changed.`,
        );
      }
      const totalRows = readers.reduce((n, r) => n + (r.used?.rows ?? 0), 0);
      const rowsRead = () => readers.reduce((n, r) => n + r.rowsRead, 0);
      progress({ phase: "reading", done: rowsRead(), total: totalRows });
      const bytesPerCell = Math.max(...readers.map((r) => r.bytesPerCell()));
      const before = batch.syncs;
      const blocks = await readBlocks(batch, readers, checks.ops, () => progress({ phase: "reading", done: rowsRead(), total: totalRows }));
      readSyncs += batch.syncs - before;

      progress({ phase: "auditing", done: totalRows, total: totalRows });
      await yieldToPane();
      const grids: SheetGrid[] = readers.map((r) => r.grid(head.date1904));
      const runAudit = request.runAudit ?? (async (workbook, options) => auditWorkbook(workbook, options));
      const report = await runAudit(
        { sheets: grids, date1904: head.date1904 },
        { language: request.language, project: request.project, mappings: request.mappings },
      );
      if (report.tables.length === 0) {
        const where = request.scope === "sheet" ? `sheet “${head.active?.name ?? ""}”` : "any sheet";
        throw new ExcelAuditError(
          "no-plan-table",
          `No mobility plan table was found on ${where}: the first 30 rows hold no header row naming at least three plan columns (activity type or start and end dates among them). Set the header row and columns in the column mapping. Nothing was changed.`,
        );
      }
      const sheetIds = new Map(head.sheets.map((s) => [s.name, s.id]));
      const { targets: flagged, unmarked } = flaggedCells(report, sheetIds);
      refuseProtected(head.sheets.filter((s) => flagged.has(s.id)));
      const total = [...flagged.values()].reduce((n, cells) => n + cells.size, 0);
      progress({ phase: "highlighting", done: 0, total });
      const written = await writeMarks(batch, {
        record,
        current: checks.current,
        notes: checks.notes,
        targets: flagged,
        sheetNames: new Map(head.sheets.map((s) => [s.id, s.name])),
        chunks: head.chunks,
        recordText: head.recordBroken ? "\u0000broken" : head.recordText,
        onSync: (done, all) => progress({ phase: "highlighting", done: Math.round((done / Math.max(all, 1)) * total), total }),
      });
      sessions.set(host, {
        recordText: written.recordText,
        noteCount: head.noteCount === undefined ? undefined : head.noteCount + written.notesAdded - written.notesDeleted,
        headBytes: head.reader?.bytes ?? cache?.headBytes,
      });
      return {
        report,
        highlighted: written.highlighted,
        notesWritten: notesOn && checks.notes !== undefined,
        syncs: batch.syncs,
        restored: written.restored,
        notesSkipped: written.notesSkipped,
        unmarked,
        reads: { syncs: readSyncs, blocks, bytesPerCell },
      };
    } catch (error) {
      sessions.delete(host);
      throw asAuditError(error);
    }
  });
}

/** "Clear": gives every cell the add-in marked its own fill back and removes the add-in's notes. */
export async function clearAuditMarks(host: ExcelHost): Promise<ClearResult> {
  requireBase(host);
  const notesOn = notesSupported(host);
  return host.run(async (context) => {
    const batch = new Batch(context);
    try {
      const cache = sessions.get(host);
      const head = await readHead(batch, { activeSheet: false, notes: notesOn, cache, blind: true, plain: false, checkBudget: CLEAR_CHECK_BUDGET, merges: false });
      const record = parseRecordSafe(head.recordText);
      if (record.size > 0) refuseProtected(head.sheets.filter((s) => record.has(s.id)));
      const checks = record.size > 0 ? checkOps(head, record, notesOn) : { ops: [], current: new Map(), notes: [] };
      await runReadOps(batch, checks.ops);
      const written = await writeMarks(batch, {
        record,
        current: checks.current,
        notes: checks.notes,
        targets: new Map(),
        sheetNames: new Map(head.sheets.map((s) => [s.id, s.name])),
        chunks: head.chunks,
        recordText: head.recordBroken ? "\u0000broken" : head.recordText,
      });
      sessions.set(host, {
        recordText: written.recordText,
        noteCount: head.noteCount === undefined ? undefined : head.noteCount - written.notesDeleted,
        headBytes: cache?.headBytes,
      });
      return { restored: written.restored, notesRemoved: written.notesDeleted, syncs: batch.syncs };
    } catch (error) {
      sessions.delete(host);
      throw asAuditError(error);
    }
  });
}

/** Shows a cell: activates its sheet and selects it. */
export async function selectCell(host: ExcelHost, sheet: string, cell: string): Promise<void> {
  await host.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}

/**
 * Queues what the session cache needs (the record's chunks, the note count) into a sync the pane makes anyway when it
 * opens, so that its first audit or clear needs no read of its own for the checks.
 */
function queueSessionProbe(host: ExcelHost, context: Excel.RequestContext): () => void {
  const workbook = context.workbook;
  const chunks = Array.from({ length: MARK_CHUNKS }, (_, i) => {
    const setting = workbook.settings.getItemOrNullObject(markKey(i));
    setting.load("value");
    return setting;
  });
  const notes = notesSupported(host) ? workbook.notes.getCount() : undefined;
  return () => {
    try {
      const recordText = joinRecord(chunks.map((c) => (c.isNullObject ? null : (c.value as unknown))));
      parseRecord(recordText);
      sessions.set(host, { ...sessions.get(host), recordText, noteCount: notes?.value });
    } catch {
      sessions.delete(host);
    }
  };
}

export async function loadStoredSettings(host: ExcelHost): Promise<StoredSettings> {
  return host.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    setting.load("value");
    const probe = queueSessionProbe(host, context);
    await context.sync();
    probe();
    return setting.isNullObject ? EMPTY_SETTINGS : normaliseSettings(setting.value);
  });
}

export async function saveStoredSettings(host: ExcelHost, settings: StoredSettings): Promise<void> {
  await host.run(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(normaliseSettings(settings)));
    await context.sync();
  });
}

/** The top of each sheet that the project block and the plan's header can stand in. */
const PROJECT_AREA = { rows: 60, columns: 40 };

/** The project settings the workbook holds (for the form's prefill), and where each was read. */
export async function readWorkbookProject(host: ExcelHost): Promise<{ project: Project; sources: AuditReport["projectSources"] }> {
  return host.run(async (context) => {
    const batch = new Batch(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/id,items/name");
    const date = context.workbook.functions.date(1904, 1, 1);
    date.load("value");
    const probe = queueSessionProbe(host, context);
    await batch.sync();
    probe();
    const grids: SheetGrid[] = [];
    const ops = worksheets.items.map(
      (sheet): BatchOp => ({
        request: 300,
        response: PROJECT_AREA.rows * PROJECT_AREA.columns * 12,
        queue: (b) => {
          const worksheet = b.worksheet(sheet.id);
          const top = worksheet.getUsedRange(true).getIntersectionOrNullObject(worksheet.getRangeByIndexes(0, 0, PROJECT_AREA.rows, PROJECT_AREA.columns));
          top.load("values,rowIndex,columnIndex");
          return () => {
            if (!top.isNullObject) grids.push({ name: sheet.name, rows: top.values, firstRow: top.rowIndex + 1, firstColumn: top.columnIndex + 1 });
          };
        },
      }),
    );
    for (const group of packOps(ops)) {
      const finishers = group.map((op) => op.queue(batch));
      await batch.sync();
      for (const finish of finishers) finish?.();
    }
    const report = auditWorkbook({ sheets: grids, date1904: date.value === 0 });
    return { project: report.project, sources: report.projectSources };
  });
}
