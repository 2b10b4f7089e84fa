/**
 * --out: a copy of the workbook with each flagged cell marked as the pane marks it (src/audit/cell-marks.ts: fill by
 * worst severity, a note saying why), and a sheet "Audit" (or "Audit 2", ...) listing every issue with a link to its cell.
 * The copy is written to a temporary file beside the target and renamed into place, so a failure leaves no partial
 * file; the input file is never written (exceljs drops charts and comment authors when it writes: toolchain.md).
 * The target must be a regular file or a new name: renaming over a device, a pipe or a socket would replace it
 * (as root, `--out /dev/null` would). exceljs keeps no macros, so the copy is never named as a macro workbook.
 */
import { randomBytes } from "node:crypto";
import { realpathSync, statSync, unlinkSync } from "node:fs";
import { rename, unlink } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Cell, Workbook, Worksheet } from "exceljs";
import { cellMarks, MARK_FILLS, type AuditReport } from "../audit";
import type { Language } from "../rules";
import { CannotWriteError, shortDetail } from "./errors";
import { WORDS } from "./language";
import type { Inspection } from "./preflight";
import { specialKind } from "./read-xlsx";

/**
 * The most rows (all sheets together, each counted to its last cell) and cells the --out copy is written for. exceljs
 * holds the whole workbook in memory to write it, about 2 KB a cell: measured on a 2-core machine, 500,000 cells of
 * distinct text audited and copied in 1.2 GB peak, 700,000 in 1.6 GB (README "Limits"), against the command's 1.5 GB.
 * The audit alone streams and has no such limit.
 */
export const COPY_LIMITS = { rows: 50_000, cells: 600_000 } as const;

/** Refuses (CannotWriteError) a copy of a plan over the limits, from the rows and cells the pre-flight counted. */
export function checkCopySize(inspection: Inspection, limits: { readonly rows: number; readonly cells: number } = COPY_LIMITS): void {
  let rows = 0;
  let cells = 0;
  for (const { facts } of inspection.sheets.values()) {
    rows += facts.lastRow;
    cells += facts.cells;
  }
  if (rows > limits.rows) throw new CannotWriteError("too-large-to-copy", "", { kind: "rows", found: rows, limit: limits.rows });
  if (cells > limits.cells) throw new CannotWriteError("too-large-to-copy", "", { kind: "cells", found: cells, limit: limits.cells });
}

/** Excel caps a sheet name at 31 characters. */
const MAX_SHEET_NAME = 31;

/** Temporary files being written, removed if the process is stopped or crashes before the rename. */
const pending = new Set<string>();

export function removePendingCopies(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
}

/** Excel's macro-enabled workbook, template and add-in: a copy without macros under such a name would not open. */
const MACRO_EXTENSIONS = new Set([".xlsm", ".xltm", ".xlam"]);

/** True when `path` names a macro-enabled workbook (by its extension, as Excel decides). */
export function isMacroWorkbookName(path: string): boolean {
  return MACRO_EXTENSIONS.has(extname(path).toLowerCase());
}

/**
 * Refuses (CannotWriteError) a target that is not a regular file or a new name, and a macro workbook's name. Checked
 * before the audit (no waiting for a refusal) and again just before the rename.
 */
export function checkCopyTarget(target: string): void {
  if (isMacroWorkbookName(target)) {
    const extension = extname(target);
    throw new CannotWriteError("macro-copy", "", { kind: extension, name: `${basename(target, extension)}.xlsx` });
  }
  let info;
  try {
    info = statSync(target);
  } catch {
    // A new name; or one that cannot be reached, which the write then reports.
    return;
  }
  if (info.isDirectory()) throw new CannotWriteError("not-a-file");
  if (!info.isFile()) throw new CannotWriteError("not-regular", "", { kind: specialKind(info) });
}

/** True when `out` is the input file: the same path, or (if both exist) the same file reached by a link. */
export function isSameFile(out: string, input: string): boolean {
  if (resolve(out) === resolve(input)) return true;
  try {
    if (realpathSync(out) === realpathSync(input)) return true;
    const a = statSync(out);
    const b = statSync(input);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** "Audit", or "Audit 2", "Audit 3", ... when the workbook already has a sheet by that name (Excel compares names case-insensitively). */
export function auditSheetName(workbook: Workbook, base = "Audit"): string {
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} ${n}`.slice(0, MAX_SHEET_NAME);
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** An in-workbook link to a cell: `#'Sheet name'!E12`. */
export function cellLink(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * A HYPERLINK formula for a link to `cell`, with its cached result. exceljs 4.4 writes internal hyperlink values with
 * both an external relationship and a location, which Excel reads as "#Sheet!A1##Sheet!A1" (exceljs issue #3027);
 * the HYPERLINK function is how Excel itself links within a workbook, and LibreOffice and Google Sheets follow it.
 */
export function linkFormula(sheet: string, cell: string): { formula: string; result: string } {
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
  return { formula: `HYPERLINK(${quoted(cellLink(sheet, cell))},${quoted(cell)})`, result: cell };
}

/** exceljs's colour for a "#RRGGBB" fill: "FFRRGGBB" (opaque). */
export function argbOf(fill: string): string {
  return `FF${fill.slice(1).toUpperCase()}`;
}

function ownNote(note: Cell["note"] | undefined): string {
  if (note === undefined || note === null) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/**
 * Fills and notes the cells cellMarks gives. A cell with its own note keeps it and gets no audit note, as in the pane
 * (a cell holds one note); the Audit sheet still lists its issues.
 */
function markCells(workbook: Workbook, report: AuditReport): void {
  const sheets = new Map(workbook.worksheets.map((w) => [w.name, w]));
  // A value merged over several rows is seen (and marked once) on the merge's top cell.
  const shownAt = (sheet: string, cell: string) => sheets.get(sheet)?.getCell(cell).master.address ?? cell;
  for (const mark of cellMarks(report, { shownAt })) {
    const sheet = sheets.get(mark.sheet);
    if (!sheet) continue;
    const cell = sheet.getCell(mark.cell);
    // A fresh style object: exceljs may share one style object between cells read from the same style.
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(mark.fill) } } };
    if (ownNote(cell.note) === "") cell.note = mark.note;
  }
}

function addAuditSheet(workbook: Workbook, report: AuditReport, language: Language): Worksheet {
  const words = WORDS[language];
  const sheet = workbook.addWorksheet(auditSheetName(workbook), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: words.auditSheetColumns[0], width: 18 },
    { header: words.auditSheetColumns[1], width: 8 },
    { header: words.auditSheetColumns[2], width: 12 },
    { header: words.auditSheetColumns[3], width: 26 },
    { header: words.auditSheetColumns[4], width: 100 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const issue of report.issues) {
    const row = sheet.addRow([issue.sheet ?? "", null, words.severity[issue.severity], issue.rule, issue.message]);
    if (issue.sheet !== null && issue.cell !== null) {
      row.getCell(2).value = linkFormula(issue.sheet, issue.cell);
      row.getCell(2).font = { color: { argb: "FF0563C1" }, underline: true };
    }
    row.getCell(3).fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(MARK_FILLS[issue.severity]) } };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, report.issues.length + 1), column: 5 } };
  const { errors, warnings, info, rows } = report.summary;
  sheet.addRow([]);
  sheet.addRow([words.summary(errors, warnings, info, rows)]).font = { italic: true };
  return sheet;
}

/**
 * Marks `workbook` (as loaded from the input; it is changed in memory) and writes it to `out`. The caller has
 * checked that `out` is not the input. Throws CannotWriteError and leaves nothing behind on failure.
 */
export async function writeAuditedCopy(
  workbook: Workbook,
  report: AuditReport,
  out: string,
  language: Language,
  /** Adds more to the copy after the Audit sheet (--budget: the Budget sheet). */
  addSheets?: (workbook: Workbook) => void,
): Promise<void> {
  markCells(workbook, report);
  addAuditSheet(workbook, report, language);
  addSheets?.(workbook);
  await writeWorkbookFile(workbook, out);
}

/**
 * Writes `workbook` to a temporary file beside `out` and renames it into place, so a failure (or a signal: see
 * removePendingCopies) leaves no partial file. Throws CannotWriteError.
 */
export async function writeWorkbookFile(workbook: Workbook, out: string): Promise<void> {
  const target = resolve(out);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  pending.add(temporary);
  try {
    await workbook.xlsx.writeFile(temporary);
    // The target may have changed during the write.
    checkCopyTarget(target);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if (error instanceof CannotWriteError) throw error;
    // "ENOENT: no such file or directory, open '/x/.copy.xlsx.123.tmp'": the temporary name would only confuse.
    const { code, message } = error as NodeJS.ErrnoException;
    throw new CannotWriteError("write-failed", code && message ? message.split(",")[0] : shortDetail(error));
  } finally {
    pending.delete(temporary);
  }
}
