/*
 * The compiled command (tsconfig.cli.json: src/cli and what it imports, into build/), rebuilt only when a source is
 * newer than the last build, so that tests and `npm run audit` never run an old build and cost nothing when it is
 * current (tsc, even incremental and with nothing to do, takes seconds).
 *
 *   node scripts/build-cli.js   build if stale (npm run audit runs it first)
 *   jest globalSetup            the exported function, the same
 *
 * `npm run build:cli` (and `prepare`, on npm install and npm ci) always runs tsc.
 */
"use strict";

const { execFileSync } = require("node:child_process");
const { existsSync, readdirSync, statSync, utimesSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
/** Written by tsc last (tsconfig.cli.json tsBuildInfoFile): the time of the last build. */
const STAMP = path.join("build", "cli.tsbuildinfo");
const MAIN = path.join("build", "cli", "main.js");
/** All of src, not only what the command imports today: an import added tomorrow must not be missed. Folders count
 * too: adding or removing a file changes its folder's time. */
const INPUTS = ["src", "tsconfig.json", "tsconfig.cli.json", "package.json"];

/** The newest modification time (ms) of a file, or of a folder and everything in it. */
function newest(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let time = stat.mtimeMs;
  for (const name of readdirSync(entry)) time = Math.max(time, newest(path.join(entry, name)));
  return time;
}

/** @param {string} [root] the package folder */
function isStale(root = ROOT) {
  const stamp = path.join(root, STAMP);
  if (!existsSync(path.join(root, MAIN)) || !existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return INPUTS.some((input) => newest(path.join(root, input)) > built);
}

/** Builds the command if a source changed since the last build. tsc's output goes to stderr: stdout may be JSON. */
function buildCliIfStale() {
  if (!isStale()) return;
  const tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  execFileSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.cli.json")], {
    cwd: ROOT,
    stdio: ["ignore", 2, 2],
  });
  // tsc leaves the stamp alone when nothing it emits changed (a source saved unchanged): mark the build current.
  const now = new Date();
  utimesSync(path.join(ROOT, STAMP), now, now);
}

module.exports = async () => buildCliIfStale();
module.exports.isStale = isStale;

if (require.main === module) {
  try {
    buildCliIfStale();
  } catch (error) {
    // A failed tsc has printed its reason; anything else (no TypeScript installed) is one line here.
    if (typeof error?.status !== "number")
      process.stderr.write(`build-cli: ${error instanceof Error ? error.message.split("\n")[0] : error}\n`);
    process.exit(1);
  }
}
