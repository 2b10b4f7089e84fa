/**
 * The exceljs adapter: an .xlsx file → the audit's WorkbookGrid, through exceljs's full workbook model. The command
 * audits through the streaming reader (stream-xlsx.ts), which makes the same grid in bounded memory (a test checks
 * both agree); this one loads the model the --out copy is written from, and is the reference for that test. Formula cells give their cached result; dates come
 * (one saved without a result, by a program that does not calculate, gives the error FORMULA_WITHOUT_RESULT so the
 * audit says so rather than "missing"); dates come as ISO calendar dates read with UTC getters (exceljs makes UTC-midnight Dates, and already applies the 1904 system
 * to date-formatted cells); rich text and hyperlinks give their text; the cells of a vertical merge repeat the value
 * of its top cell (a group or host written once for several rows), the other cells of a merge are empty. Anything
 * that stops exceljs reading the file becomes a CannotAuditError with a reason.
 */
import { constants, type Stats } from "node:fs";
import { open, stat, type FileHandle } from "node:fs/promises";
import type { Cell, CellValue as ExcelValue, Workbook, Worksheet } from "exceljs";
import { isBlank, type CellValue, type SheetGrid, type WorkbookGrid } from "../audit";
import { FORMULA_WITHOUT_RESULT } from "../rules";
import { CannotAuditError, shortDetail } from "./errors";
import { inspectPackage, packageForExceljs, type Inspection } from "./preflight";

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound files: old .xls workbooks, and password-protected .xlsx (an encrypted package inside OLE). */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/**
 * exceljs's ValueType numbers this adapter tells apart (test/cli/read-xlsx.test.ts holds them to exceljs's enum): a
 * type-only import keeps exceljs, which only --out needs, from loading when the command starts.
 */
export const VALUE_TYPE = { Null: 0, Merge: 1, Formula: 6 } as const;

const EMPTY_ROW: readonly CellValue[] = [];
const NO_RESULT: CellValue = { error: FORMULA_WITHOUT_RESULT };

/** What a path that is no regular file is, for the message (a directory has its own reason). */
export function specialKind(info: Stats): string {
  if (info.isFIFO()) return "pipe";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "device";
  if (info.isSocket()) return "socket";
  return "other";
}

/**
 * Reads the file's bytes, telling missing, unreadable, empty and special files apart. The file is opened without
 * blocking (a named pipe would wait for a writer) and judged by what was opened, so nothing is read from a device
 * or a pipe (/dev/zero would never end).
 */
export async function readBytes(path: string): Promise<Buffer> {
  let file: FileHandle | undefined;
  try {
    file = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = await file.stat();
    if (info.isDirectory()) throw new CannotAuditError("not-a-file");
    if (!info.isFile()) throw new CannotAuditError("not-regular", "", { kind: specialKind(info) });
    return await file.readFile();
  } catch (error) {
    if (error instanceof CannotAuditError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new CannotAuditError("not-found");
    if (code === "EISDIR") throw new CannotAuditError("not-a-file");
    // A socket cannot be opened at all (ENXIO): say what it is.
    const info = await stat(path).catch(() => undefined);
    if (info && !info.isFile() && !info.isDirectory()) throw new CannotAuditError("not-regular", "", { kind: specialKind(info) });
    throw new CannotAuditError("unreadable", code ?? shortDetail(error));
  } finally {
    await file?.close();
  }
}

/** Refuses, before exceljs sees them, what is plainly not an .xlsx. */
export function checkSignature(bytes: Buffer): Buffer {
  if (bytes.length === 0) throw new CannotAuditError("empty-file");
  if (bytes.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) {
    throw new CannotAuditError(bytes.includes(ENCRYPTED_PACKAGE) ? "encrypted" : "xls");
  }
  if (!bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) throw new CannotAuditError("not-xlsx");
  return bytes;
}

/** Messages of jszip and of the inflater when a part cannot be unpacked (the pre-flight catches most first). */
const UNPACK_FAILURE =
  /corrupted zip|end of data|size mismatch|unsupported compression|encrypted zip|invalid (distance|stored|block|code|literal)|incorrect header|unexpected end of file/i;
/** V8's answer when a part is longer than a string may be (about 512 MB of text). */
const OUT_OF_MEMORY = /invalid string length|array buffer allocation failed/i;

/** An exceljs failure in a coordinator's words: a part that cannot be unpacked, one too long, or damaged content. */
export function readFailure(error: unknown): CannotAuditError {
  const detail = shortDetail(error);
  if (OUT_OF_MEMORY.test(detail)) return new CannotAuditError("too-large-in-memory");
  if (UNPACK_FAILURE.test(detail)) return new CannotAuditError("unpack-failed");
  // A TypeError is exceljs tripping over a part it expected ("Cannot read properties of undefined"): no help to anyone
  // reading the line. Other messages (the XML parser's) say where the damage is.
  return new CannotAuditError("corrupt", error instanceof TypeError || error instanceof ReferenceError ? "" : detail);
}

/** A file's bytes, checked by the pre-flight (preflight.ts), which also says what it found in them. */
export interface CheckedPackage {
  readonly bytes: Buffer;
  readonly inspection: Inspection;
}

/** Reads and pre-flights an .xlsx; every failure is a CannotAuditError. */
export async function readPackage(path: string): Promise<CheckedPackage> {
  const bytes = checkSignature(await readBytes(path));
  return { bytes, inspection: await inspectPackage(bytes) };
}

/** Loads an .xlsx with exceljs, after the pre-flight (preflight.ts); every failure is a CannotAuditError. */
export async function loadWorkbook(path: string): Promise<Workbook> {
  return loadPackageWorkbook(await readPackage(path));
}

/**
 * exceljs's full model of a pre-flighted package: all of it in memory (about 2.5 KB per cell), so only the --out copy
 * uses it, under write-copy.ts's row limit. The audit reads through stream-xlsx.ts.
 */
export async function loadPackageWorkbook(checked: CheckedPackage): Promise<Workbook> {
  const bytes = await packageForExceljs(checked.bytes, checked.inspection);
  const { Workbook } = await import("exceljs");
  const workbook = new Workbook();
  try {
    // exceljs can crash on workbooks some other tools write (toolchain.md): any throw is "damaged".
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw readFailure(error);
  }
  return workbook;
}

function isoOfDate(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) return "invalid date";
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/**
 * One grid value per calendar date, shared by every cell holding it (grid values are read-only): a plan's 100,000
 * date cells hold a few hundred dates, and fewer objects in the grid is less for each garbage collection to walk.
 * Bounded, so a sheet of distinct timestamps cannot grow it without end.
 */
const DATES = new Map<number, CellValue>();
const MAX_SHARED_DATES = 10_000;

function cellDate(date: Date): CellValue {
  return cellDateAt(date.getTime());
}

/** The grid value of the date at `time` (ms since 1970, UTC; NaN: an invalid date), shared as above. */
export function cellDateAt(time: number): CellValue {
  let value = DATES.get(time);
  if (value === undefined) {
    value = { date: isoOfDate(new Date(time)) };
    if (DATES.size < MAX_SHARED_DATES) DATES.set(time, value);
  }
  return value;
}

function richText(value: unknown): string | undefined {
  if (typeof value === "object" && value !== null && "richText" in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: unknown }) => (typeof run.text === "string" ? run.text : "")).join("");
  }
  return undefined;
}

/** An exceljs cell value as a grid value. */
export function gridValue(value: ExcelValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : null;
    case "object":
      break;
    default:
      return null;
  }
  if (value instanceof Date) return cellDate(value);
  if ("error" in value) return { error: String(value.error) };
  if ("formula" in value || "sharedFormula" in value) return formulaResult((value as { result?: ExcelValue }).result);
  const rich = richText(value);
  if (rich !== undefined) return rich;
  if ("hyperlink" in value || "text" in value) {
    const text = (value as { text?: unknown }).text;
    return typeof text === "string" ? text : (richText(text) ?? null);
  }
  return null;
}

/** A formula's saved result; none at all (written by a tool that does not calculate) is FORMULA_WITHOUT_RESULT. */
function formulaResult(result: ExcelValue | undefined): CellValue {
  return result === undefined ? NO_RESULT : gridValue(result);
}

function cellValue(cell: Cell): CellValue {
  switch (cell.type) {
    case VALUE_TYPE.Merge: {
      const master = cell.master;
      // A vertical merge holds one value for several rows; to the right of the top-left column a merge is empty.
      // (exceljs types `col` as a string; it is the column number.)
      return master !== cell && Number(master.col) === Number(cell.col) ? cellValue(master) : null;
    }
    case VALUE_TYPE.Formula:
      // `result`, not `value`: exceljs's formula value drops a cached result of 0 or "" (and copies an object per cell).
      return formulaResult(cell.result as ExcelValue);
    case VALUE_TYPE.Null:
      return null;
    default:
      return gridValue(cell.value);
  }
}

export function sheetGrid(worksheet: Worksheet): SheetGrid {
  const rows: (readonly CellValue[])[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const count = row.cellCount;
    const cells: CellValue[] = [];
    for (let column = 1; column <= count; column++) {
      const cell = row.findCell(column);
      cells.push(cell === undefined ? null : cellValue(cell));
    }
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= EMPTY_ROW;
  return { name: worksheet.name, rows, firstRow: 1, firstColumn: 1 };
}

export function workbookGrid(workbook: Workbook): WorkbookGrid {
  return { sheets: workbook.worksheets.map(sheetGrid), date1904: workbook.properties?.date1904 === true };
}

/** True when no sheet holds a single non-blank cell. */
export function isEmptyGrid(grid: WorkbookGrid): boolean {
  return grid.sheets.every((sheet) => sheet.rows.every((row) => row.every(isBlank)));
}
