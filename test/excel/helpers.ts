/** Shared checks for the Excel layer's tests. */
import type { ExcelAuditResult } from "../../src/excel";
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

/** The palette as issue 8 specifies it (Excel's "Bad" and "Neutral" fills, a light blue), written out as the oracle. */
export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";
export const INFO_FILL = "#DDEBF7";
const RANKED: readonly [string, string][] = [
  ["error", ERROR_FILL],
  ["warning", WARNING_FILL],
  ["info", INFO_FILL],
];

/** Cells every issue with a cell marks (plans without merged cells), keyed "sheet!key" → the worst severity's colour. */
export function flagged(result: ExcelAuditResult): Map<string, string> {
  const severities = new Map<string, Set<string>>();
  for (const issue of result.report.issues) {
    if (issue.sheet === null || issue.cell === null) continue;
    const rect = parseAddress(issue.cell);
    const id = `${issue.sheet}!${cellKey(rect.row, rect.column)}`;
    severities.set(id, (severities.get(id) ?? new Set()).add(issue.severity));
  }
  return new Map([...severities].map(([id, found]) => [id, (RANKED.find(([severity]) => found.has(severity)) as [string, string])[1]]));
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
