/**
 * The in-memory audit of generated plans (10,000, 50,000 and 100,000 rows): median of 5 timed runs after a warm-up
 * (and, for 100,000 rows, the best of them).
 * audit.rows_100000.vs_read_pass compares it with one plain pass over the same grid that reads every cell as its
 * column's type (readDate, readNumber, readText from src/audit): the floor any audit must pay. The two are timed in
 * turn, and the figure is the median of the pair-by-pair ratios; vs_read_pass_cpu is the same by CPU time.
 */
import { auditWorkbook, readDate, readNumber, readText, type WorkbookGrid } from "../src/audit";
import type { BenchFigure } from "./run";
import { COLUMNS, HEADER_ROW, median, planGrid } from "./plan-generator";

const RUNS = 5;

/** Median and best of `runs` timed runs after a warm-up. */
function time(run: () => unknown, runs = RUNS): { median: number; best: number } {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return { median: median(times), best: Math.min(...times) };
}

const PAIRS = 7;

/** The process's CPU time in ms (user and system, every thread: the garbage collector's helpers too). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * A against B, run in turn (A B A B …) after a warm-up of each: the median of the pair-by-pair ratios, by wall time and
 * by CPU time, and B's median wall time. Taken in turn, both see the same machine load and the same heap (garbage the
 * audit leaves is collected during either); timed apart, a 300 ms read pass swung from 185 to 460 ms between runs of
 * this bench. The CPU-time ratio does not count the time other processes take the cores away (the wall-time one
 * swung from 2.6 to 3.8 between runs on a loaded 2-core machine).
 */
function pairedRatio(a: () => unknown, b: () => unknown): { ratio: number; cpuRatio: number; b: number } {
  a();
  b();
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const bTimes: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    let start = performance.now();
    let cpu = cpuMs();
    a();
    const aTime = performance.now() - start;
    const aCpu = cpuMs() - cpu;
    start = performance.now();
    cpu = cpuMs();
    b();
    const bTime = performance.now() - start;
    const bCpu = cpuMs() - cpu;
    ratios.push(aTime / bTime);
    cpuRatios.push(aCpu / bCpu);
    bTimes.push(bTime);
  }
  return { ratio: median(ratios), cpuRatio: median(cpuRatios), b: median(bTimes) };
}

/** One pass that parses every table cell: dates as dates, the duration as a number, the rest as text. */
function readPass(grid: WorkbookGrid): number {
  let read = 0;
  for (const sheet of grid.sheets) {
    for (let r = HEADER_ROW; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r];
      for (let c = 0; c < cells.length; c++) {
        const value = cells[c];
        const reading =
          c === COLUMNS.start || c === COLUMNS.end ? readDate(value, false) : c === COLUMNS.duration ? readNumber(value) : readText(value);
        if (reading.ok) read++;
      }
    }
  }
  return read;
}

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const rows of [10_000, 50_000, 100_000]) {
    const grid = planGrid(rows);
    const audit = time(() => auditWorkbook(grid, { language: "en" }));
    figures.push({ key: `audit.rows_${rows}.ms`, value: Math.round(audit.median), unit: "ms" });
    if (rows === 100_000) {
      // The best run says what the code costs when the (shared) machine leaves it alone.
      figures.push({ key: `audit.rows_${rows}.best_ms`, value: Math.round(audit.best), unit: "ms" });
      const paired = pairedRatio(
        () => auditWorkbook(grid, { language: "en" }),
        () => readPass(grid),
      );
      figures.push({ key: `audit.rows_${rows}.read_pass_ms`, value: Math.round(paired.b), unit: "ms" });
      figures.push({ key: `audit.rows_${rows}.vs_read_pass`, value: paired.ratio, unit: "x" });
      figures.push({ key: `audit.rows_${rows}.vs_read_pass_cpu`, value: paired.cpuRatio, unit: "x" });
    }
  }
  return figures;
}
