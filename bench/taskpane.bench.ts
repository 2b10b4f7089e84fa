/**
 * taskpane.click_to_list_ms.rows_20000: the task pane in headless Chromium (the browser test's harness,
 * test/taskpane/harness.ts: production build, the fake Excel API injected), a 20,000-row plan in the active sheet;
 * from the click on "Audit sheet" to the painted issue list. It includes the whole audit through the fake Excel
 * (reading, checking, marking cells) and the list's rendering. Median of 3, each in a fresh page.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildPane, clickToList, launchChromium, median, openPane, serve } from "../test/taskpane/harness";
import type { BenchFigure } from "./run";

const RUNS = 3;
export const BENCH_ROWS = 20_000;

export async function run(): Promise<BenchFigure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mobility-pane-bench-"));
  try {
    await buildPane(dir);
    const server = await serve(dir);
    const browser = await launchChromium();
    try {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const pane = await openPane(browser, server.origin, { query: `rows=${BENCH_ROWS}` });
        times.push(await clickToList(pane.page));
        await pane.close();
      }
      return [{ key: `taskpane.click_to_list_ms.rows_${BENCH_ROWS}`, value: Math.round(median(times)), unit: "ms" }];
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
