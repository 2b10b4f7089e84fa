/** Which Excel the pane talks to: Office's, or the test seam window.__MOBILITY_TEST_HOST__ (docs/architecture.md). */
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
