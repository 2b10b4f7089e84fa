/**
 * A full garbage collection, asked for once the grid of a big plan is let go. V8 sets its next collection's threshold
 * at the last one, from what was live then: collected while the grid was being read, the heap may grow to about three
 * times that before V8 looks again, so the grid's hundreds of MB would stay counted through the audit (a full-height
 * plan peaked at 1.55 GB instead of 1.15 GB in one run of two). Collecting now sets the threshold from what is live.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Rows let go above which a collection is worth its time (tens of ms); below, V8's own timing is fine. */
export const COLLECT_AFTER_ROWS = 100_000;

export function collectGarbage(): void {
  // `gc` is exposed to contexts made after the flag is set; the command's own context is left as it is.
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}
