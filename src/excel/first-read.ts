/**
 * The first sync of every audit and clear: sheets and their protection, the mark record, the date system, the note
 * count, and (for "Audit sheet") the active sheet read blind, with the checks the session cache allows.
 */
import { type Batch, type BatchOp, PAYLOAD_LIMIT, isPayloadTooLarge, officeErrorCode } from "./batch";
import { type CurrentFills, fillCheckOps } from "./fill-checks";
import type { MarkRecord } from "./mark-record";
import { type KnownNote, noteListOps } from "./notes";
import { type CurrentPrints, printCheckOps } from "./relocate-marks";
import { SheetReader, MAX_USED_CELLS } from "./read-grid";
import { type SessionCache, queueRecordChunks } from "./session";
import type { StoredReaders } from "./stored-readers";

export interface SheetInfo {
  readonly id: string;
  readonly name: string;
  readonly protected: boolean;
}

export interface Head {
  readonly sheets: readonly SheetInfo[];
  readonly active?: SheetInfo;
  readonly reader?: SheetReader;
  /** The first sync fell back to plain reading (getSpecialCells refused): later blocks read plainly too. */
  readonly plain: boolean;
  /** The record as read ("" when there is none or it is unreadable), and the record itself. */
  readonly recordText: string;
  readonly record: MarkRecord;
  /** The settings held something that is not a record this add-in wrote (edited, or chunks missing): ignored. */
  readonly recordUnreadable: boolean;
  readonly chunks: number;
  readonly date1904: boolean;
  readonly noteCount: number | undefined;
  /** The blind checks, valid when the record and note count are what the session cache expected. */
  readonly checks?: { readonly current: CurrentFills; readonly notes: KnownNote[] | undefined; readonly prints: CurrentPrints };
}

export interface HeadOptions {
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
  /** The zod readers of the stored record (stored-readers.ts). */
  readonly readers: StoredReaders;
  /** Check the recorded rows' prints too (Clear: rows may have moved unheard). */
  readonly prints?: boolean;
}

/** What the blind checks may add to an audit's first sync, beside the blind read of the active sheet. */
export function auditCheckBudget(cache: SessionCache | undefined): number {
  if (cache?.headBytes === undefined) return 700_000;
  return Math.max(200_000, PAYLOAD_LIMIT - 400_000 - cache.headBytes);
}
/** Clear reads no cells: its first sync can take the checks in full. */
export const CLEAR_CHECK_BUDGET = 3_500_000;

/** Queues the blind checks of the cached record (fills at its cells, every note) when they fit the budget. */
function queueCachedChecks(batch: Batch, options: HeadOptions, sheetIds: Map<string, string>) {
  const cache = options.cache;
  if (!cache || !options.blind) return undefined;
  const cachedRecord = options.readers.parseRecord(cache.recordText);
  if (!cachedRecord || (options.notes && cache.noteCount === undefined)) return undefined;
  const current: CurrentFills = new Map();
  const notes: KnownNote[] | undefined = options.notes ? [] : undefined;
  const prints: CurrentPrints = new Map();
  const ops: BatchOp[] = fillCheckOps(cachedRecord, new Set(cachedRecord.keys()), current);
  if (options.prints) ops.push(...printCheckOps(cachedRecord, new Set(cachedRecord.keys()), prints));
  if (notes && cache.noteCount !== undefined) ops.push(...noteListOps(cache.noteCount, sheetIds, notes));
  if (ops.reduce((n, op) => n + op.response + op.request, 0) > options.checkBudget) return undefined;
  const finishers = ops.flatMap((op) => op.queue(batch) ?? []);
  return { current, notes, prints, finishers };
}

function queueHead(batch: Batch, options: HeadOptions): () => Head {
  const workbook = batch.context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load("items/id,items/name,items/protection/protected");
  const chunkValues = queueRecordChunks(batch.context);
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
  const sheetIds = new Map<string, string>();
  const checks = queueCachedChecks(batch, options, sheetIds);

  return () => {
    const sheets = worksheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name, protected: sheet.protection.protected }));
    for (const sheet of sheets) sheetIds.set(sheet.name, sheet.id);
    const values = chunkValues();
    const joined = options.readers.joinRecord(values);
    const record = joined === undefined ? undefined : options.readers.parseRecord(joined);
    const recordText = record === undefined ? "" : (joined as string);
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
    if (checks && options.cache?.recordText === recordText && record !== undefined && options.cache.noteCount === count) {
      for (const finish of checks.finishers) finish();
      validChecks = { current: checks.current, notes: checks.notes, prints: checks.prints };
    }
    return {
      sheets,
      active,
      reader,
      plain: options.plain,
      recordText,
      record: record ?? new Map(),
      recordUnreadable: record === undefined,
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
export async function readHead(batch: Batch, options: HeadOptions): Promise<Head> {
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

/** The checks the write needs: from the blind first sync, or as read ops to run now. */
export function checkOps(
  head: Head,
  notesOn: boolean,
  withPrints = false,
): { ops: BatchOp[]; current: CurrentFills; notes: KnownNote[] | undefined; prints: CurrentPrints } {
  if (head.checks) return { ops: [], current: head.checks.current, notes: head.checks.notes, prints: head.checks.prints };
  const current: CurrentFills = new Map();
  const notes: KnownNote[] | undefined = notesOn ? [] : undefined;
  const prints: CurrentPrints = new Map();
  const existing = new Set(head.sheets.map((s) => s.id));
  const ops = fillCheckOps(head.record, existing, current);
  if (withPrints) ops.push(...printCheckOps(head.record, existing, prints));
  if (notes && (head.noteCount ?? 0) > 0)
    ops.push(...noteListOps(head.noteCount ?? 0, new Map(head.sheets.map((s) => [s.name, s.id])), notes));
  return { ops, current, notes, prints };
}

/** Stands for an unreadable record's text, so that the write replaces it (no record text equals it). */
export const CLEAR_RECORD = "\u0000unreadable";
