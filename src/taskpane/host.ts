/**
 * Which Excel the pane talks to. In Office: officeHost() (Excel.run and Office's requirement sets).
 *
 * Test seam: a page may set `window.__MOBILITY_TEST_HOST__` to an ExcelHost before the pane's script runs; the pane
 * then uses it instead of Office. The browser test (test/taskpane) injects the in-memory fake of the Excel API this
 * way, from a separate script that the production page never loads. Nothing else is read from the test host.
 */
import { officeHost } from "../excel";
import type { ExcelHost } from "../excel/types";

declare global {
  interface Window {
    __MOBILITY_TEST_HOST__?: ExcelHost;
  }
}

export function paneHost(): ExcelHost {
  const injected = typeof window !== "undefined" ? window.__MOBILITY_TEST_HOST__ : undefined;
  return injected ?? officeHost();
}
