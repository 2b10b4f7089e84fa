/**
 * The command on a full-height plan (1,048,575 activity rows, the 14 columns of the widest plan, valid or not: about
 * 1 row in 50 has a mistake), run as its own process so that its peak memory is its own:
 * cli.rows_1048575.peak_mb (the child's maxRSS) and cli.rows_1048575.total_ms (start to exit); then the same plan
 * with a country outside the programme on every row (cli.rows_1048575_errors.*: an issue per row, one message for
 * all), and with a stated duration that disagrees by a different number of days on every row
 * (cli.rows_1048575_distinct.*: an issue per row, each worded its own way). The command runs as JavaScript, as it is
 * installed: src/ is transpiled into the temporary folder first (ts-node alone would add its compiler's ~200 MB to the
 * peak). Each plan is written there by exceljs's streaming writer (about 3 minutes) and removed after. One run each:
 * the figures are for gross regressions against the 1.5 GB and 120 s budget (issue 10).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import type { BenchFigure } from "./run";
import { FULL_HEIGHT_ROWS, MAX_COLUMNS, writeTallPlanXlsx } from "./full-height";

const ROOT = join(__dirname, "..");

/** Every .ts file under src/ as CommonJS JavaScript under `out`, with the repository's node_modules beside it. */
function transpileSources(out: string): void {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(folder, entry.name)) : entry.name.endsWith(".ts") ? [join(folder, entry.name)] : [],
    );
  for (const file of walk(join(ROOT, "src"))) {
    const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    });
    const target = join(out, relative(ROOT, file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  symlinkSync(join(ROOT, "node_modules"), join(out, "node_modules"), "dir");
}

/** The child prints its own peak (maxRSS, in KB) on stderr after the command's exit status is set. */
const PEAK_PROBE = 'process.on("exit",()=>process.stderr.write("\\npeak_kb="+process.resourceUsage().maxRSS+"\\n"));';

/** The command's peak memory and time on `file`, in a process of its own. */
function measure(main: string, file: string, key: string): BenchFigure[] {
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    ["-e", `${PEAK_PROBE}process.argv.splice(1,0,${JSON.stringify(main)});require(${JSON.stringify(main)}).runCli();`, file, "--json"],
    {
      encoding: "utf8",
      // The report (tens to hundreds of MB of JSON) goes nowhere: the figures are the command's, not the bench's.
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  const total = performance.now() - start;
  const peak = /peak_kb=(\d+)/.exec(child.stderr ?? "");
  if (child.status === 2 || !peak) throw new Error(`the full-height plan could not be audited: ${child.stderr?.slice(0, 300)}`);
  return [
    { key: `${key}.peak_mb`, value: Math.round(Number(peak[1]) / 1024), unit: "MB" },
    { key: `${key}.total_ms`, value: Math.round(total), unit: "ms" },
  ];
}

export async function run(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), "mobility-audit-full-height-"));
  try {
    transpileSources(join(dir, "js"));
    const main = join(dir, "js", "src", "cli", "main.js");
    const file = join(dir, "full-height.xlsx");
    await writeTallPlanXlsx(file, FULL_HEIGHT_ROWS, MAX_COLUMNS);
    const figures = measure(main, file, `cli.rows_${FULL_HEIGHT_ROWS}`);
    // The worst case for the report: an error on every row, so an issue per row and a JSON report of ~380 MB.
    await writeTallPlanXlsx(file, FULL_HEIGHT_ROWS, MAX_COLUMNS, "every-row");
    figures.push(...measure(main, file, `cli.rows_${FULL_HEIGHT_ROWS}_errors`));
    // And with each row's message its own (no two issues share their words): the most the report's issues hold.
    await writeTallPlanXlsx(file, FULL_HEIGHT_ROWS, MAX_COLUMNS, "every-row-distinct");
    return figures.concat(measure(main, file, `cli.rows_${FULL_HEIGHT_ROWS}_distinct`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
