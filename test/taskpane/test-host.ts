/**
 * The browser test's host (bundled to test-host.js by harness.ts and loaded by test.html before the pane): an
 * in-memory fake of the Excel API over a test workbook, handed to the pane through its test seam
 * (window.__MOBILITY_TEST_HOST__, src/taskpane/host.ts), and window.__TEST__ for the test to look at the workbook.
 *
 * Query string: rows=N (the bench's generated N-row plan instead of the small plan), notes=0 (an Excel without
 * ExcelApi 1.18: no notes), protected=1 (the plan sheet is protected), plan=unlabelled (headers the audit does not
 * recognise: no table is found), plan=example (the README's example plan, examples/planning-2026.xlsx).
 */
import type { WorkbookGrid } from "../../src/audit";
import type { ExcelHost } from "../../src/excel/types";
import { createFakeExcel, keyCell } from "../excel/fake-excel";
import { bigWorkbook, planWorkbook, toFakeWorkbook, unlabelledWorkbook } from "./workbooks";

/** What the test reads from the page (plain data: it crosses to Node). */
export interface TestApi {
  /** "Sheet!A1" of the selection, or null. */
  selection(): string | null;
  activeSheet(): string;
  /** A1 address → "color/pattern" of every filled cell of a sheet. */
  fills(sheet: string): Record<string, string>;
  /** A1 address → note text. */
  notes(sheet: string): Record<string, string>;
  /** The workbook's settings (workbook.settings), as stored. */
  settings(): Record<string, unknown>;
  /** Each sheet's name and visibility, in order; each table's name and sheet. */
  sheets(): { name: string; visibility: string }[];
  tables(): { name: string; sheet: string }[];
  /** The coordinator types `values` at `address` of a sheet (a change event follows, as in Excel). */
  edit(sheet: string, address: string, values: (string | number)[][]): Promise<void>;
  /** Change handlers registered (checks as you type). */
  changeHandlers(): number;
}

declare global {
  interface Window {
    __TEST__?: TestApi;
  }
}

function a1(key: number): string {
  const { row, column } = keyCell(key);
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

const params = new URLSearchParams(window.location.search);
const rows = Number(params.get("rows") ?? 0);
/** The README's example plan (examples/planning-2026.xlsx), as harness.ts wrote it beside the page. */
function exampleWorkbook(): WorkbookGrid {
  const request = new XMLHttpRequest();
  request.open("GET", "/example-grid.json", false);
  request.send();
  return JSON.parse(request.responseText) as WorkbookGrid;
}

const PLANS: Record<string, () => WorkbookGrid> = { unlabelled: unlabelledWorkbook, example: exampleWorkbook };
const grid = rows > 0 ? bigWorkbook(rows) : (PLANS[params.get("plan") ?? ""] ?? planWorkbook)();
const data = toFakeWorkbook(grid, { protected: params.get("protected") === "1" });
const fake = createFakeExcel(data, { apiVersion: params.get("notes") === "0" ? "1.17" : "1.18" });

const sheetNamed = (name: string) => {
  const sheet = data.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

const host: ExcelHost = { run: fake.run, isSetSupported: fake.isSetSupported };
window.__MOBILITY_TEST_HOST__ = host;
window.__TEST__ = {
  selection() {
    const selection = data.selection;
    if (!selection) return null;
    const sheet = data.sheets.find((s) => s.id === selection.sheetId);
    return `${sheet?.name ?? "?"}!${selection.address}`;
  },
  activeSheet: () => data.sheets.find((s) => s.id === data.activeSheetId)?.name ?? "",
  fills: (name) => Object.fromEntries([...sheetNamed(name).fills].map(([key, fill]) => [a1(key), `${fill.color}/${fill.pattern}`])),
  notes: (name) => Object.fromEntries([...sheetNamed(name).notes].map(([key, note]) => [a1(key), note.content])),
  settings: () => Object.fromEntries(data.settings),
  sheets: () => data.sheets.map((s) => ({ name: s.name, visibility: s.visibility ?? "Visible" })),
  edit: (sheet, address, values) => fake.edit(sheet, address, values),
  changeHandlers: () => fake.changeHandlers(),
  tables: () => (data.tables ?? []).map((t) => ({ name: t.name, sheet: data.sheets.find((s) => s.id === t.sheetId)?.name ?? "?" })),
};
