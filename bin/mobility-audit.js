#!/usr/bin/env node
/*
 * The mobility-audit command: runs src/cli/main.ts through ts-node (transpile only, no build step), as
 * `npm run audit` does.
 */
"use strict";

const path = require("node:path");

require("ts-node").register({ transpileOnly: true, project: path.join(__dirname, "..", "tsconfig.json") });
require("../src/cli/main.ts").runCli();
