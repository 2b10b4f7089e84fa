/**
 * The installed command: bin/mobility-audit.js runs the compiled command (build/cli, which `prepare` builds on npm
 * install and jest's globalSetup rebuilds when a source changed) from any folder, without TypeScript at run time,
 * and says in one line when the build is missing.
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { tempDir } from "./helpers";

const ROOT = resolve(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "mobility-audit.js");
const dir = tempDir();

/** The environment of a shell, not of npm: INIT_CWD is set only when npm runs the command (npm test sets it). */
function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: "en_US.UTF-8", ...extra };
  delete env.INIT_CWD;
  return env;
}

function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}) {
  return spawnSync(command, args, { cwd: dir, encoding: "utf8", timeout: 120_000, env: shellEnv(), ...options }) as ReturnType<
    typeof spawnSync
  > & { stdout: string; stderr: string };
}

beforeAll(() => {
  copyFileSync(join(ROOT, "examples", "planning-2026.xlsx"), join(dir, "plan.xlsx"));
});

test("from another folder, a relative path is read there and the JSON is clean", () => {
  const result = run(process.execPath, [BIN, "plan.xlsx", "--json"]);
  expect(result.stderr).toBe("");
  // The example plan has errors.
  expect(result.status).toBe(1);
  const report = JSON.parse(result.stdout) as { file: string; summary: { rows: number } };
  expect(report.file).toBe("plan.xlsx");
  expect(report.summary.rows).toBeGreaterThan(0);
});

test("never loads TypeScript or ts-node", () => {
  const guard = join(dir, "no-typescript.js");
  writeFileSync(
    guard,
    `const Module = require("node:module");
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/^(ts-node|typescript)(\\/|$)/.test(request)) throw new Error("loaded " + request);
  return load.call(this, request, ...rest);
};
`,
  );
  const result = run(process.execPath, ["--require", guard, BIN, "plan.xlsx", "--json"]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(1);
  expect(JSON.parse(result.stdout).file).toBe("plan.xlsx");
});

test("linked onto the PATH as npm link does it, `mobility-audit plan.xlsx --json` runs by its name", () => {
  const binDir = join(dir, "global-bin");
  mkdirSync(binDir);
  symlinkSync(BIN, join(binDir, "mobility-audit"));
  const result = run("mobility-audit", ["plan.xlsx", "--json"], { env: shellEnv({ PATH: `${binDir}${delimiter}${process.env.PATH}` }) });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(1);
  expect(JSON.parse(result.stdout).file).toBe("plan.xlsx");
});

test("without a file it audits the example plan shipped with the package, found from the compiled command", () => {
  const result = run(process.execPath, [BIN, "--json"]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(1);
  expect(JSON.parse(result.stdout).file).toBe(join(ROOT, "examples", "planning-2026.xlsx"));
});

test("a missing build is one line saying to run npm install, exit status 2", () => {
  const unbuilt = join(dir, "unbuilt");
  mkdirSync(join(unbuilt, "bin"), { recursive: true });
  copyFileSync(BIN, join(unbuilt, "bin", "mobility-audit.js"));
  chmodSync(join(unbuilt, "bin", "mobility-audit.js"), 0o755);
  const result = run(process.execPath, [join(unbuilt, "bin", "mobility-audit.js"), "plan.xlsx"]);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^mobility-audit: the command is not built \(.*main\.js is missing\): run npm install in .*unbuilt\n$/);
});
