/**
 * The exceljs adapter (src/cli/read-xlsx.ts): cells as Excel holds them → the audit's grid values. Workbooks are
 * written with exceljs and read back, as the command reads files.
 */
import { join } from "node:path";
import { ValueType, Workbook } from "exceljs";
import { VALUE_TYPE, gridValue, loadWorkbook, workbookGrid } from "../../src/cli/read-xlsx";
import { FORMULA_WITHOUT_RESULT } from "../../src/rules";
import { day, tempDir } from "./helpers";

const dir = tempDir();

async function roundTrip(name: string, build: (workbook: Workbook) => void) {
  const workbook = new Workbook();
  build(workbook);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return workbookGrid(await loadWorkbook(path));
}

describe("gridValue", () => {
  test.each([
    [null, null],
    [undefined, null],
    ["Anna", "Anna"],
    [12, 12],
    [Number.NaN, null],
    [true, true],
    [day("2026-09-01"), { date: "2026-09-01" }],
    [new Date("2026-09-01T23:59:59.999Z"), { date: "2026-09-01" }],
    [new Date(Number.NaN), { date: "invalid date" }],
    [{ error: "#N/A" }, { error: "#N/A" }],
    [{ formula: "F8-E8+1", result: 5 }, 5],
    [{ formula: "E8+4", result: day("2026-09-05") }, { date: "2026-09-05" }],
    [{ formula: "NA()", result: { error: "#N/A" } }, { error: "#N/A" }],
    // No saved result: the audit says so (not "missing").
    [{ formula: "A1" }, { error: FORMULA_WITHOUT_RESULT }],
    [{ sharedFormula: "G8" }, { error: FORMULA_WITHOUT_RESULT }],
    [{ formula: "A1", result: "" }, ""],
    [{ sharedFormula: "G8", result: 7 }, 7],
    [{ richText: [{ text: "Ēno" }, { text: "šana", font: { bold: true } }] }, "Ēnošana"],
    [{ text: "Schule Köln", hyperlink: "https://schule.example" }, "Schule Köln"],
    [{ text: { richText: [{ text: "IES " }, { text: "Valencia" }] }, hyperlink: "https://ies.example" }, "IES Valencia"],
  ])("%j → %j", (value, expected) => {
    expect(gridValue(value as never)).toEqual(expected);
  });
});

describe("workbookGrid", () => {
  test("values, formulas by their cached result (0 too), shared formulas, dates in the 1900 system", async () => {
    const grid = await roundTrip("values.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Plāns");
      sheet.getCell("A1").value = "Vārds";
      sheet.getCell("B2").value = day("2026-10-05");
      sheet.getCell("C2").value = day("2026-10-09");
      sheet.getCell("D2").value = { formula: "C2-B2+1", result: 5, shareType: "shared", ref: "D2:D3" } as never;
      sheet.getCell("D3").value = { sharedFormula: "D2", result: 6 } as never;
      sheet.getCell("E2").value = 46300;
      sheet.getCell("F2").value = 46300;
      sheet.getCell("F2").numFmt = "dd.mm.yyyy";
      sheet.getCell("G2").value = { formula: "B2+1", result: day("2026-10-06") };
      sheet.getCell("H2").value = { formula: "C2-C2", result: 0 };
    });
    expect(grid.date1904).toBe(false);
    expect(grid.sheets).toHaveLength(1);
    const [sheet] = grid.sheets;
    expect(sheet).toMatchObject({ name: "Plāns", firstRow: 1, firstColumn: 1 });
    expect(sheet.rows[0]).toEqual(["Vārds"]);
    expect(sheet.rows[1]).toEqual([
      null,
      { date: "2026-10-05" },
      { date: "2026-10-09" },
      5,
      46300,
      { date: "2026-10-05" },
      { date: "2026-10-06" },
      0,
    ]);
    expect(sheet.rows[2][3]).toBe(6);
  });

  test("a formula saved without its result (by a tool that does not calculate) reads as FORMULA_WITHOUT_RESULT", async () => {
    const grid = await roundTrip("no-result.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("S");
      sheet.getCell("A1").value = day("2026-10-05");
      sheet.getCell("B1").value = { formula: "A1+4" } as never;
      sheet.getCell("C1").value = { formula: "A1-A1", result: 0 };
    });
    expect(grid.sheets[0].rows[0]).toEqual([{ date: "2026-10-05" }, { error: FORMULA_WITHOUT_RESULT }, 0]);
  });

  test("empty rows stay in place, so row numbers hold", async () => {
    const grid = await roundTrip("gaps.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("S");
      sheet.getCell("A1").value = "top";
      sheet.getCell("C5").value = "below";
    });
    const rows = grid.sheets[0].rows;
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual([]);
    expect(rows[4]).toEqual([null, null, "below"]);
  });

  test("a vertical merge repeats its value down its first column; elsewhere merged cells are empty", async () => {
    const grid = await roundTrip("merges.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("S");
      sheet.getCell("A1").value = "Projekta sākums";
      sheet.mergeCells("A1:B1");
      sheet.getCell("C1").value = day("2026-09-01");
      sheet.getCell("D2").value = "8.b";
      sheet.mergeCells("D2:D4");
      sheet.getCell("E2").value = "IES Valencia";
      sheet.mergeCells("E2:F3");
    });
    const rows = grid.sheets[0].rows;
    // A label merged across two cells: its value is still the next filled cell to the right.
    expect(rows[0]).toEqual(["Projekta sākums", null, { date: "2026-09-01" }]);
    expect(rows.map((row) => row[3] ?? null)).toEqual([null, "8.b", "8.b", "8.b"]);
    expect([rows[1][4], rows[1][5], rows[2][4], rows[2][5]]).toEqual(["IES Valencia", null, "IES Valencia", null]);
  });

  test("the 1904 date system: exceljs reads date cells right, and the grid says so for serials", async () => {
    const grid = await roundTrip("mac.xlsx", (workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet("S");
      sheet.getCell("A1").value = day("2026-09-01");
      sheet.getCell("B1").value = 44845;
    });
    expect(grid.date1904).toBe(true);
    expect(grid.sheets[0].rows[0]).toEqual([{ date: "2026-09-01" }, 44845]);
  });

  test("every worksheet, in the workbook's order", async () => {
    const grid = await roundTrip("sheets.xlsx", (workbook) => {
      workbook.addWorksheet("Projekts").getCell("A1").value = "Sektors";
      workbook.addWorksheet("Mobilitātes").getCell("A1").value = "Vārds";
    });
    expect(grid.sheets.map((s) => s.name)).toEqual(["Projekts", "Mobilitātes"]);
  });
});

test("the ValueType numbers the adapter uses are exceljs's own (it imports exceljs only for --out)", () => {
  expect(VALUE_TYPE).toEqual({ Null: ValueType.Null, Merge: ValueType.Merge, Formula: ValueType.Formula });
});
