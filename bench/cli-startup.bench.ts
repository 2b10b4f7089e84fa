/**
 * The command as a user runs it: `node bin/mobility-audit.js examples/planning-2026.xlsx --json` as a child process,
 * start-up included (loading the compiled command and exceljs, reading the file, the audit, the JSON). Goal: ≤ 600 ms.
 * cli.example.node_ms is a bare `node -e 0` on the same machine in the same run, for comparison on a noisy machine.
 * Medians of 7 runs after a warm-up; the compiled command is rebuilt first if a source changed.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import buildCliIfStale from "../scripts/build-cli";
import { median } from "./plan-generator";
import type { BenchFigure } from "./run";

const ROOT = resolve(__dirname, "..");
const RUNS = 7;

function timeNode(args: readonly string[], expectedStatus: number): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8" } });
  const elapsed = performance.now() - start;
  if (child.status !== expectedStatus) throw new Error(`node ${args.join(" ")} exited ${child.status}: ${child.stderr}`);
  return elapsed;
}

function medianOf(args: readonly string[], expectedStatus: number): number {
  timeNode(args, expectedStatus);
  return Math.round(median(Array.from({ length: RUNS }, () => timeNode(args, expectedStatus))));
}

export async function run(): Promise<BenchFigure[]> {
  await buildCliIfStale();
  // The example plan has errors: exit status 1.
  const command = [join(ROOT, "bin", "mobility-audit.js"), join(ROOT, "examples", "planning-2026.xlsx"), "--json"];
  return [
    { key: "cli.example.total_ms", value: medianOf(command, 1), unit: "ms" },
    { key: "cli.example.node_ms", value: medianOf(["-e", "0"], 0), unit: "ms" },
  ];
}
