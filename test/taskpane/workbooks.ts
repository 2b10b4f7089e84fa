/**
 * The workbooks of the browser test and the bench, as grids of cell values (src/audit's SheetGrid). Free of Node
 * APIs: test-host.ts bundles them for the browser, and the jest test reads them to know what the pane must show.
 *
 * PLAN: a small VET plan on sheet "Plāns" with its project block above the table and a few mistakes, one of them a
 * participant whose name is markup (`<img src=x onerror=alert(1)>`) booked on two courses, so that the name appears
 * in a message; a host country written as markup; an unknown role (a warning) and a short stay with fewer
 * opportunities (info). The coordinator's own yellow fill on E11 (a flagged cell) must come back after Clear.
 * BIG: the bench's generated plan (bench/plan-generator.ts). toFakeWorkbook turns a grid into the fake Excel's data.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/audit";
import { planGrid } from "../../bench/plan-generator";
import { cellKey, fakeSheet, fakeWorkbook, type FakeFill, type FakeValue, type FakeWorkbookData } from "../excel/fake-excel";

export const HOSTILE_NAME = "<img src=x onerror=alert(1)>";
export const HOSTILE_COUNTRY = "<b>Narnia</b>";
export const PLAN_SHEET = "Plāns";
export const OTHER_SHEET = "Piezīmes";

const d = (iso: string): CellValue => ({ date: iso });

/** Row 9 onwards: the plan table's data; row 8 its header. */
const PLAN_ROWS: CellValue[][] = [
  ["Erasmus+ KA122-VET mobilitātes plāns"],
  ["Sektors", "VET"],
  ["Konkursa kārta", "2026. gada konkurss, 1. kārta"],
  ["Projekta sākums", d("2026-09-01")],
  ["Projekta beigas", d("2027-08-31")],
  ["Valsts", "Latvija"],
  [],
  [
    "Dalībnieks",
    "Loma",
    "Aktivitātes veids",
    "Sākuma datums",
    "Beigu datums",
    "Uzņēmējvalsts",
    "Uzņemošā organizācija",
    "Kursa nosaukums",
    "Mazākas iespējas",
  ],
  [HOSTILE_NAME, "Skolotājs", "Kursi", d("2026-10-05"), d("2026-10-09"), "Itālija", "Scuola Roma", "CLIL methodology"],
  [HOSTILE_NAME, "Skolotājs", "Kursi", d("2026-11-02"), d("2026-11-06"), "Somija", "Koulu Oulu", "Outdoor education"],
  ["Anna Bērziņa", "Skolotāja", "Ēnošana darbā", d("2026-10-20"), d("2026-10-10"), "Vācija", "Berufsschule Köln", null],
  ["Jānis Ozols", "Šoferis", "Ēnošana darbā", d("2026-11-01"), d("2026-11-05"), "Šveice", "Berufsschule Bern", null],
  ["Līga Kalniņa", "Izglītojamais", "Nezināma aktivitāte", d("2027-03-01"), d("2027-03-10"), HOSTILE_COUNTRY, "Colegio Sevilla", null],
  [
    "Roberts Liepa",
    "Izglītojamais",
    "Izglītojamo īstermiņa mācību mobilitāte",
    d("2027-02-01"),
    d("2027-02-05"),
    "Spānija",
    "Colegio Sevilla",
    null,
    "Jā",
  ],
];

/** The plan's header row in words the audit does not recognise as plan columns (the "no table" dead end). */
export const UNLABELLED_HEADER: readonly string[] = ["Kas", "Statuss", "Ko dara", "Sāk", "Beidz", "Kurp", "Pie kā", "Temats", "MI"];
export const UNLABELLED_HEADER_ROW = 8;

/** The plan with UNLABELLED_HEADER as its header row: no table is found until the coordinator names the columns. */
export function unlabelledWorkbook(): WorkbookGrid {
  const rows = PLAN_ROWS.map((row, index) => (index === UNLABELLED_HEADER_ROW - 1 ? [...UNLABELLED_HEADER] : row));
  const { sheets } = planWorkbook();
  return { sheets: [{ ...sheets[0], rows }, sheets[1]] };
}

export function planWorkbook(): WorkbookGrid {
  const plan: SheetGrid = { name: PLAN_SHEET, rows: PLAN_ROWS, firstRow: 1, firstColumn: 1 };
  const notes: SheetGrid = {
    name: OTHER_SHEET,
    rows: [["Piezīmes koordinatoram"], ["Nav plāna tabulas šajā lapā."]],
    firstRow: 1,
    firstColumn: 1,
  };
  return { sheets: [plan, notes] };
}

export function bigWorkbook(rows: number): WorkbookGrid {
  return planGrid(rows);
}

/** The coordinator's own fill on a cell the audit flags (E11: an end date before the start). */
export const OWN_FILL: { readonly cell: string; readonly row: number; readonly column: number; readonly fill: FakeFill } = {
  cell: "E11",
  row: 10,
  column: 4,
  fill: { color: "#FFFF00", pattern: "Solid" },
};

/** Excel serial of an ISO date (1900 system). */
function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** The fake Excel's workbook for a grid: dates become date-formatted serials, empty cells "". */
export function toFakeWorkbook(grid: WorkbookGrid, options: { protected?: boolean } = {}): FakeWorkbookData {
  const sheets = grid.sheets.map((sheet) => {
    const formats = new Map<number, string>();
    const values: FakeValue[][] = sheet.rows.map((row, r) =>
      row.map((value, c): FakeValue => {
        if (value === null || value === undefined) return "";
        if (typeof value === "object") {
          if ("date" in value) {
            formats.set(cellKey(r, c), "dd.mm.yyyy");
            return serial(value.date);
          }
          return value.error;
        }
        return value;
      }),
    );
    const fills = new Map<number, FakeFill>();
    if (sheet.name === PLAN_SHEET) fills.set(cellKey(OWN_FILL.row, OWN_FILL.column), { ...OWN_FILL.fill });
    return fakeSheet(sheet.name, values, { formats, fills, protected: options.protected ?? false });
  });
  return fakeWorkbook(sheets);
}
