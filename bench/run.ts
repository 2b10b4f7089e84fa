/**
 * npm run bench: runs every bench/*.bench.ts in one process, one after the other, and prints one figure per line as
 * `key: value unit`. Figures are medians of several runs taken by each bench; absolute times depend on the machine
 * (these are shared, noisy machines): compare ratios printed side by side in the same run.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

export interface BenchFigure {
  readonly key: string;
  readonly value: number;
  readonly unit: string;
}

type BenchResult = readonly BenchFigure[] | Readonly<Record<string, number>>;

/** Benches may return figures, or a plain key → value record whose unit is read off the key's last part. */
function figures(result: BenchResult): BenchFigure[] {
  if (Array.isArray(result)) return [...result];
  return Object.entries(result).map(([key, value]) => ({ key, value, unit: unitOf(key) }));
}

function unitOf(key: string): string {
  const last = key.split(".").pop() ?? "";
  if (last.endsWith("_s") || last.includes("per_s")) return "calls/s";
  if (last.endsWith("ms")) return "ms";
  if (last.startsWith("syncs") || key.includes(".syncs.")) return "syncs";
  return "";
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value >= 100 ? value.toFixed(0) : value.toFixed(3);
}

async function main() {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
    .sort();
  for (const file of files) {
    const bench = (await import(join(__dirname, file))) as { run: () => Promise<BenchResult> };
    for (const { key, value, unit } of figures(await bench.run())) console.log(`${key}: ${format(value)}${unit ? ` ${unit}` : ""}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
