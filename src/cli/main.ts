/**
 * mobility-audit: audits an Erasmus+ KA1 mobility plan saved as .xlsx and prints the issues (or JSON), optionally
 * writing a marked-up copy. `npm run audit -- <file.xlsx> [options]`; bin/mobility-audit.js runs the same.
 *
 * main() is the whole command without the process: argv and streams in, exit status out (0 no errors, 1 errors
 * found, 2 the file could not be audited or the arguments are wrong). Only runCli(), the entry, touches `process`.
 * Every line it prints goes through printable(): sheet names and paths may hold terminal control characters.
 */
import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import type { Workbook } from "exceljs";
import { auditWorkbook, cellText, type SheetGrid, type TableLayout, type WorkbookGrid } from "../audit";
import type { Language } from "../rules";
import { constants } from "node:os";
import { HELP, UsageError, parseCliArgs } from "./args";
import { RatesFileError, budgetText, jsonBudget, planBudget, readRatesFile } from "./budget";
import { addBudgetSheet } from "./budget-sheet";
import { COLLECT_AFTER_ROWS, collectGarbage } from "./collect";
import { CannotAuditError, CannotWriteError, shortDetail } from "./errors";
import { writeJson } from "./format-json";
import { colorWanted, writeText } from "./format-text";
import { WORDS, defaultLanguage, reasonText } from "./language";
import type { Output } from "./output";
import { printable } from "./printable";
import { isEmptyGrid, loadPackageWorkbook, readPackage, type CheckedPackage } from "./read-xlsx";
import { readGrid } from "./stream-xlsx";
import { formatRulesJson, formatRulesText } from "./rules-table";
import { checkCopySize, checkCopyTarget, isMacroWorkbookName, isSameFile, removePendingCopies, writeAuditedCopy } from "./write-copy";

export const EXAMPLE_FILE = resolve(__dirname, "..", "..", "examples", "planning-2026.xlsx");

export interface CliIo {
  readonly stdout: Output & { readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown };
  /** Default: process.env (locale variables, NO_COLOR). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Default: process.cwd(). Relative file names are read from here. */
  readonly cwd?: string;
  /** When given, filled with the time of each phase in ms (the benchmark reads it). */
  readonly timings?: CliTimings;
}

export interface CliTimings {
  /** Reading the file and its pre-flight (every part unpacked and scanned once). */
  read?: number;
  /** The package → grid, streamed (stream-xlsx.ts). */
  convert?: number;
  audit?: number;
  /** Text or JSON report. */
  format?: number;
  /** --out copy: exceljs's full load of the file, marking, writing. */
  write?: number;
}

const PROGRAM = "mobility-audit";

function displayName(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown !== "" && !shown.startsWith("..") && !isAbsolute(shown) ? shown : path;
}

/**
 * The participant's name of a sheet row, for the text report's row headings. Only the name column is kept, so that
 * the rest of the grid (hundreds of MB for a full-height plan) can go before the rules run.
 */
function rowLabels(tables: readonly { sheet: SheetGrid; layout: TableLayout }[]): (sheet: string, row: number) => string | undefined {
  const bySheet = new Map<string, (row: number) => string | undefined>();
  for (const { sheet, layout } of tables) {
    const column = layout.columns.get("participant");
    if (column === undefined) continue;
    const names = sheet.rows.map((cells) => cells?.[column]);
    const firstRow = sheet.firstRow ?? 1;
    bySheet.set(sheet.name, (row) => cellText(names[row - firstRow]) || undefined);
  }
  return (sheet, row) => bySheet.get(sheet)?.(row);
}

/** Empties the grid's rows (the command's own arrays), so that they can be collected while the audit goes on. */
function releaseRows(grid: WorkbookGrid): void {
  let rows = 0;
  for (const sheet of grid.sheets) {
    rows += sheet.rows.length;
    (sheet.rows as unknown[]).length = 0;
  }
  if (rows > COLLECT_AFTER_ROWS) collectGarbage();
}

const now = () => performance.now();

async function audit(
  args: Extract<ReturnType<typeof parseCliArgs>, { command: "audit" }>,
  language: Language,
  io: CliIo,
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const path = args.file !== undefined ? resolve(cwd, args.file) : EXAMPLE_FILE;
  const file = args.file ?? displayName(EXAMPLE_FILE, cwd);
  const words = WORDS[language];
  const timings: CliTimings = io.timings ?? {};
  try {
    if (args.out !== undefined && isSameFile(resolve(cwd, args.out), path)) throw new CannotAuditError("out-is-input");
    if (args.out !== undefined) checkCopyTarget(resolve(cwd, args.out));
    // A rates file that cannot be used stops the command before the plan is read.
    const rates = args.rates === undefined ? undefined : await readRatesFile(resolve(cwd, args.rates), args.rates, language);

    let start = now();
    let checked: CheckedPackage | undefined = await readPackage(path);
    timings.read = now() - start;
    // The copy needs exceljs's full model: refused before any of the work when the plan is too large for it.
    if (args.out !== undefined) checkCopySize(checked.inspection);

    start = now();
    const grid = await readGrid(checked.bytes, checked.inspection);
    timings.convert = now() - start;
    // The packed file is read again only for the copy: let its bytes go during the audit otherwise.
    if (args.out === undefined) checked = undefined;
    // Every Excel workbook has a worksheet: a zip without one (a .docx renamed) is no workbook.
    if (grid.sheets.length === 0) throw new CannotAuditError("not-xlsx");
    if (isEmptyGrid(grid)) throw new CannotAuditError("empty-workbook");

    start = now();
    // The grid of a big plan is hundreds of MB: once its rows are typed, only the text report's row headings need
    // anything of it (the name column), so the rest goes before the rules run.
    let rowLabel: ((sheet: string, row: number) => string | undefined) | undefined;
    const rowsRead = (tables: readonly { sheet: SheetGrid; layout: TableLayout }[]) => {
      if (!args.json) rowLabel = rowLabels(tables);
      releaseRows(grid);
    };
    const report = auditWorkbook(grid, { language, project: args.project, keepActivities: args.budget === true, rowsRead });
    timings.audit = now() - start;
    if (report.tables.length === 0) throw new CannotAuditError("no-table");

    const budget = args.budget ? planBudget(report, rates) : undefined;
    if (args.out !== undefined) {
      start = now();
      const addSheets = budget && ((copy: Workbook) => void addBudgetSheet(copy, budget, language));
      await writeAuditedCopy(await loadPackageWorkbook(checked as CheckedPackage), report, resolve(cwd, args.out), language, addSheets);
      timings.write = now() - start;
    }

    start = now();
    // Written piece by piece: the report of a plan with an issue on each of a million rows is hundreds of MB.
    if (args.json) await writeJson(report, file, io.stdout, budget && jsonBudget(budget, language));
    else {
      const after = budget ? budgetText(budget, language, rowLabel).map((line) => `${printable(line)}\n`) : [];
      await writeText(report, { file, language, color: colorWanted(io.stdout.isTTY, env), rowLabel }, io.stdout, after);
    }
    timings.format = now() - start;
    if (args.out !== undefined) {
      // With --json, stdout is the report alone.
      (args.json ? io.stderr : io.stdout).write(`${printable(words.copyWritten(args.out))}\n`);
      if (isMacroWorkbookName(path)) io.stderr.write(`${PROGRAM}: ${printable(words.macrosNotCopied(args.out, file))}\n`);
    }
    return report.summary.errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof RatesFileError) {
      io.stderr.write(`${PROGRAM}: ${printable(error.message)}\n`);
      return 2;
    }
    if (!(error instanceof CannotAuditError)) throw error;
    const reason = reasonText(language, error.reason, error.facts) + (error.detail ? ` (${error.detail})` : "");
    const line = error instanceof CannotWriteError ? words.cannotWrite(args.out as string, reason) : words.cannotAudit(file, reason);
    io.stderr.write(`${PROGRAM}: ${printable(line)}\n`);
    return 2;
  }
}

/** --template: a new plan workbook, never over an existing file. */
async function template(
  args: Extract<ReturnType<typeof parseCliArgs>, { command: "template" }>,
  language: Language,
  io: CliIo,
): Promise<number> {
  const target = resolve(io.cwd ?? process.cwd(), args.out);
  const words = WORDS[language];
  try {
    if (existsSync(target)) throw new CannotWriteError("exists");
    checkCopyTarget(target);
    // exceljs, which writing needs, loads only now: the audit itself never loads it.
    const { writeTemplate } = await import("./write-template");
    await writeTemplate(target, { language, project: args.project });
    io.stdout.write(`${printable(words.templateWritten(args.out))}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof CannotAuditError)) throw error;
    const reason = reasonText(language, error.reason, error.facts) + (error.detail ? ` (${error.detail})` : "");
    io.stderr.write(`${PROGRAM}: ${printable(words.cannotWrite(args.out, reason))}\n`);
    return 2;
  }
}

/** The command. Never throws and never exits the process: returns the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  try {
    let args: ReturnType<typeof parseCliArgs>;
    try {
      args = parseCliArgs(argv);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      // One line, as every refusal: the usage is a --help away.
      io.stderr.write(`${PROGRAM}: ${printable(error.message)} (${PROGRAM} --help shows the usage)\n`);
      return 2;
    }
    if (args.command === "help") {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    const language = args.language ?? defaultLanguage(env);
    if (args.command === "template") return await template(args, language, io);
    if (args.command === "rules") {
      io.stdout.write(args.json ? formatRulesJson() : formatRulesText(language));
      return 0;
    }
    return await audit(args, language, io, env);
  } catch (error) {
    // Whatever else goes wrong (an exceljs crash while writing, a bug): one line, no stack.
    io.stderr.write(`${PROGRAM}: ${printable(shortDetail(error))}\n`);
    return 2;
  }
}

/**
 * The folder the user ran the command in: `npm run audit` (and `npm --prefix …`) runs it in the package's folder and
 * says where it was called from in INIT_CWD, so that `plan.xlsx` and `--out copy.xlsx` are the user's files.
 */
export function invocationDir(env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  const init = env.INIT_CWD;
  return init !== undefined && isAbsolute(init) ? init : cwd;
}

/** The process entry (npm run audit, bin/mobility-audit.js). */
export function runCli(): void {
  const fail = (error: unknown) => {
    removePendingCopies();
    process.stderr.write(`${PROGRAM}: ${printable(shortDetail(error))}\n`);
    process.exit(2);
  };
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  // Stopped (Ctrl-C, kill, a closed terminal) while writing --out: remove the temporary file, exit as the shell expects.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      removePendingCopies();
      process.exit(128 + constants.signals[signal]);
    });
  }
  // EPIPE (output piped into `head`): stop quietly.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: invocationDir(process.env, process.cwd()) }).then(
    (code) => {
      process.exitCode = code;
    },
    fail,
  );
}

if (require.main === module) runCli();
