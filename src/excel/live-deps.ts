/**
 * What checks as you type use of the rest of the add-in, handed to the live-check chunk as one object: the pane imports
 * this module as a namespace and passes it (src/taskpane/actions.ts). A chunk that imported these modules itself would
 * keep webpack from inlining them into taskpane.js (about 3 KB more). Tests and the bench pass this same module.
 */
export { columnNumber, isBlank } from "../audit";
export { cellA1, cellKey, chunkAddresses, columnRuns, keyCell, parseAddress, rectAddress } from "./address";
export { auditInThread } from "./audit-in-thread";
export { Batch, SYNC_BUDGET, packOps, runReadOps, yieldToPane } from "./batch";
export { FILL_BYTES, queueFillLoads } from "./fill-checks";
export { applyFill, fillKey, showsMark } from "./fills";
export { serializeRecord } from "./mark-record";
export { noteListOps, textHash } from "./notes";
export { cellValue, isDateFormat } from "./read-grid";
export { session } from "./session";
export { storedReaders } from "./stored-readers";
export { gridPrints } from "./row-prints";
export { markTargets } from "./targets";
export { queueRecord } from "./write-marks";

export type LiveDeps = typeof import("./live-deps");
