/** Shared checks for the Excel layer's tests. */
import type { ExcelAuditResult } from "../../src/excel";
import { ERROR_FILL, WARNING_FILL } from "../../src/excel";
import { parseAddress } from "../../src/excel/address";
import { type FakeExcel, type FakeSheetData, type FakeWorkbookData, FAKE_PAYLOAD_LIMIT, cellKey } from "./fake-excel";

/** Values and formulas of every sheet, to compare before and after. */
export function contents(data: FakeWorkbookData): string {
  return JSON.stringify(data.sheets.map((s) => ({ name: s.name, values: s.values, formulas: [...s.formulas], formats: [...s.formats] })));
}

/** Fills of a sheet as sorted entries (absent = no fill). */
export function fills(sheet: FakeSheetData): [number, unknown][] {
  return [...sheet.fills].sort((a, b) => a[0] - b[0]);
}

export function notes(sheet: FakeSheetData): [number, string][] {
  return [...sheet.notes].map(([k, n]) => [k, n.content] as [number, string]).sort((a, b) => a[0] - b[0]);
}

/** Flagged cells of a result (errors and warnings), keyed "sheet!key" → colour. */
export function flagged(result: ExcelAuditResult): Map<string, string> {
  const cells = new Map<string, string>();
  for (const issue of result.report.issues) {
    if (issue.sheet === null || issue.cell === null || issue.severity === "info") continue;
    const rect = parseAddress(issue.cell);
    const id = `${issue.sheet}!${cellKey(rect.row, rect.column)}`;
    if (issue.severity === "error" || !cells.has(id)) cells.set(id, issue.severity === "error" ? ERROR_FILL : WARNING_FILL);
  }
  return cells;
}

/** Every sync stayed under Excel on the web's limits. */
export function expectWithinLimits(fake: FakeExcel): void {
  for (const sync of fake.stats.log) {
    if (sync.error) continue;
    expect(sync.requestBytes).toBeLessThan(FAKE_PAYLOAD_LIMIT);
    expect(sync.responseBytes).toBeLessThan(FAKE_PAYLOAD_LIMIT);
    expect(sync.maxAddressChars).toBeLessThan(8_192);
  }
}

/** Every sync that wrote fills or notes had calculation suspended, and none wrote a value. */
export function expectCleanWrites(fake: FakeExcel): void {
  for (const sync of fake.stats.log) {
    if (sync.markWrites > 0) expect(sync.calculationSuspended).toBe(true);
    expect(sync.valueWrites).toBe(0);
  }
}
