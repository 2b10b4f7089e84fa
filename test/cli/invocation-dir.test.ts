/**
 * Relative paths are the user's: `npm run audit` runs the command in the package's folder, and npm says in INIT_CWD
 * where the user called it from (src/cli/main.ts invocationDir).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { invocationDir } from "../../src/cli/main";

const ROOT = resolve(__dirname, "..", "..");

describe("invocationDir", () => {
  test.each([
    [{ INIT_CWD: "/home/anna/plans" }, "/repo", "/home/anna/plans"],
    [{}, "/home/anna/plans", "/home/anna/plans"],
    [{ INIT_CWD: "" }, "/repo", "/repo"],
    [{ INIT_CWD: "relative/dir" }, "/repo", "/repo"],
  ])("env %j in %s reads relative paths from %s", (env, cwd, expected) => {
    expect(invocationDir(env, cwd)).toBe(expected);
  });
});

describe("npm run audit from another folder", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "mobility-audit-cwd-"));
    copyFileSync(join(ROOT, "examples", "planning-2026.xlsx"), join(dir, "plan.xlsx"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("reads plan.xlsx and writes --out copy.xlsx in that folder, and prints clean JSON", () => {
    const run = spawnSync("npm", ["--prefix", ROOT, "run", "--silent", "audit", "--", "plan.xlsx", "--json", "--out", "copy.xlsx"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).file).toBe("plan.xlsx");
    expect(existsSync(join(dir, "copy.xlsx"))).toBe(true);
    expect(existsSync(join(ROOT, "copy.xlsx"))).toBe(false);
  });
});
