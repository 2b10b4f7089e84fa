/**
 * bundle.<name>.kb: the size of each browser bundle of the production build (webpack.config.js in production mode,
 * built once into a temporary folder, not dist/), before gzip, in KB of 1,024 bytes. Targets: taskpane ≤ 150,
 * functions ≤ 100, audit-worker ≤ 120 (the pane's lazy chunks have none: audit-engine, the in-thread fallback, and
 * stored-readers, zod and the readers of what the workbook stores). Sizes are exact, not timings.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import webpack from "webpack";
import type { BenchFigure } from "./run";

const ROOT = path.resolve(__dirname, "..");
export const BUNDLES = ["taskpane", "functions", "audit-worker", "audit-engine", "stored-readers"] as const;

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: "production" }) => Promise<webpack.Configuration>;

/** The production build into `outDir`; rejects on any build error. */
export async function buildInto(outDir: string): Promise<webpack.Stats> {
  const { default: makeConfig } = (await import(path.join(ROOT, "webpack.config.js"))) as { default: ConfigFactory };
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  config.output = { ...config.output, path: outDir };
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((error, result) => {
      compiler.close(() => (error ? reject(error) : result ? resolve(result) : reject(new Error("webpack returned no stats"))));
    });
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return stats;
}

export async function run(): Promise<BenchFigure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mobility-bundle-bench-"));
  try {
    await buildInto(dir);
    return BUNDLES.map((name) => ({
      key: `bundle.${name}.kb`,
      value: Math.round((fs.statSync(path.join(dir, `${name}.js`)).size / 1024) * 10) / 10,
      unit: "KB",
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
