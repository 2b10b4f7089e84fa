/*
 * The command as bin/mobility-audit.js runs it (runCli), for test/cli/out-signals.test.ts, with one change: the rename
 * of the --out copy's temporary file never happens, so the process is still running, with its temporary file on disk,
 * whenever the test's signal arrives. The signal handlers under test are the real ones.
 */
"use strict";

const promises = require("node:fs/promises");

// A pending promise alone would let the process end: the timer keeps it alive until the signal.
promises.rename = () => new Promise(() => setTimeout(() => undefined, 2 ** 31 - 1));

// The compiled command, as bin/mobility-audit.js runs it (jest's globalSetup has rebuilt it if a source changed).
require("../../build/cli/main.js").runCli();
