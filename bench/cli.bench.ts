/**
 * The command on a 50,000-row .xlsx, in-process: main() with the text report written to a sink. Its phases
 * (CliIo.timings): read = the file read and its pre-flight (every part unpacked and scanned once); convert = the
 * streaming reader, parts → grid (stream-xlsx.ts); audit; format. cli.rows_50000.audit_share is the share of the
 * command's time spent after the file is a grid (audit, report: total − read − convert), median of 3 runs after a
 * warm-up. (While exceljs read the file, read included the grid conversion's slow part and the share was ≤ 0.20; the
 * streaming reader reads several times faster, so the audit's share is larger now.) The
 * full-height figures (cli.rows_1048575.*) come from full-height.bench.ts, in a process of their own.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { isCellDate, type CellValue } from "../src/audit";
import { main, type CliTimings } from "../src/cli/main";
import type { BenchFigure } from "./run";
import { COLUMNS, HEADER_ROW, median, planRows, topRows } from "./plan-generator";

const ROWS = 50_000;
const RUNS = 3;

/** A grid value as a spreadsheet cell: dates as Date cells, the duration as =F−E+1 where both dates are date cells. */
function excelValue(value: CellValue): unknown {
  return isCellDate(value) ? new Date(`${value.date}T00:00:00Z`) : (value ?? null);
}

export async function writePlanXlsx(path: string, rows: number): Promise<void> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("Mobilitātes");
  for (const cells of topRows()) sheet.addRow(cells.map(excelValue));
  planRows(rows).forEach((cells, i) => {
    const r = HEADER_ROW + 1 + i;
    const row = sheet.addRow(cells.map(excelValue));
    const start = cells[COLUMNS.start];
    const end = cells[COLUMNS.end];
    if (isCellDate(start) && isCellDate(end)) {
      row.getCell(COLUMNS.duration + 1).value = { formula: `F${r}-E${r}+1`, result: cells[COLUMNS.duration] as number };
    }
    for (const c of [COLUMNS.start, COLUMNS.end]) if (isCellDate(cells[c])) row.getCell(c + 1).numFmt = "dd.mm.yyyy";
  });
  await workbook.xlsx.writeFile(path);
}

const sink = { write: () => true, isTTY: false };

async function runOnce(file: string): Promise<{ total: number; timings: CliTimings }> {
  const timings: CliTimings = {};
  const start = performance.now();
  const code = await main([file], { stdout: sink, stderr: { write: (text: string) => process.stderr.write(text) }, env: {}, timings });
  const total = performance.now() - start;
  if (code === 2) throw new Error("the benchmark plan could not be audited");
  return { total, timings };
}

export async function run(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), "mobility-audit-bench-"));
  try {
    const file = join(dir, `plan-${ROWS}.xlsx`);
    await writePlanXlsx(file, ROWS);
    await runOnce(file);
    const runs: { total: number; timings: CliTimings }[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runOnce(file));
    const phase = (name: keyof CliTimings) => Math.round(median(runs.map((r) => r.timings[name] ?? 0)));
    const share = median(runs.map((r) => (r.total - (r.timings.read ?? 0) - (r.timings.convert ?? 0)) / r.total));
    return [
      { key: `cli.rows_${ROWS}.read_ms`, value: phase("read"), unit: "ms" },
      // The rest, phase by phase: the streamed parts → grid, the audit, the text report.
      { key: `cli.rows_${ROWS}.convert_ms`, value: phase("convert"), unit: "ms" },
      { key: `cli.rows_${ROWS}.audit_ms`, value: phase("audit"), unit: "ms" },
      { key: `cli.rows_${ROWS}.format_ms`, value: phase("format"), unit: "ms" },
      { key: `cli.rows_${ROWS}.total_ms`, value: Math.round(median(runs.map((r) => r.total))), unit: "ms" },
      { key: `cli.rows_${ROWS}.audit_share`, value: share, unit: "" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
