#!/usr/bin/env node
/*
 * The mobility-audit command: runs the compiled command, build/cli/main.js (compiled from src/cli by
 * `npm run build:cli`, which `npm install` and `npm ci` run through the `prepare` script). No TypeScript at run time.
 */
"use strict";

const { existsSync } = require("node:fs");
const path = require("node:path");

const main = path.join(__dirname, "..", "build", "cli", "main.js");
if (!existsSync(main)) {
  const root = path.dirname(__dirname);
  process.stderr.write(`mobility-audit: the command is not built (${main} is missing): run npm install in ${root}\n`);
  process.exit(2);
}
// Node 22.1 and later keep V8's compiled code of the modules between runs (a faster start); Node 20 has no such cache.
require("node:module").enableCompileCache?.();
require(main).runCli();
