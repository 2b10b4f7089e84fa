/**
 * The stale-build guard (scripts/build-cli.js, jest's globalSetup and `npm run audit`): the compiled command is
 * rebuilt whenever a source, a tsconfig or package.json is newer than the last build, or a file was added or removed.
 */
import { mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import buildCli from "../../scripts/build-cli";
import { tempDir } from "./helpers";

const BUILT = new Date("2026-06-01T12:00:00Z");
const BEFORE = new Date("2026-06-01T11:00:00Z");
const AFTER = new Date("2026-06-01T13:00:00Z");

const packages = tempDir();
let root: string;
let count = 0;
/** A package built at BUILT from sources all older than it. */
function builtPackage(): string {
  const dir = join(packages, `package-${++count}`);
  const files = ["src/cli/main.ts", "src/rules/dates.ts", "tsconfig.json", "tsconfig.cli.json", "package.json"];
  for (const file of files) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), "");
    utimesSync(join(dir, file), BEFORE, BEFORE);
  }
  for (const folder of ["src/cli", "src/rules", "src"]) utimesSync(join(dir, folder), BEFORE, BEFORE);
  mkdirSync(join(dir, "build", "cli"), { recursive: true });
  writeFileSync(join(dir, "build", "cli", "main.js"), "");
  writeFileSync(join(dir, "build", "cli.tsbuildinfo"), "");
  utimesSync(join(dir, "build", "cli.tsbuildinfo"), BUILT, BUILT);
  return dir;
}

beforeEach(() => {
  root = builtPackage();
});

test("a build newer than every source is current", () => {
  expect(buildCli.isStale(root)).toBe(false);
});

test.each(["src/rules/dates.ts", "tsconfig.json", "tsconfig.cli.json", "package.json"])("%s changed after the build: stale", (file) => {
  utimesSync(join(root, file), AFTER, AFTER);
  expect(buildCli.isStale(root)).toBe(true);
});

test("a file added to src (its folder's time changes): stale", () => {
  writeFileSync(join(root, "src", "cli", "new-part.ts"), "");
  expect(buildCli.isStale(root)).toBe(true);
});

test.each(["build/cli/main.js", "build/cli.tsbuildinfo"])("%s missing: stale", (file) => {
  rmSync(join(root, file));
  expect(buildCli.isStale(root)).toBe(true);
});

test("this package's build is current once jest's globalSetup has run", () => {
  expect(buildCli.isStale()).toBe(false);
});
