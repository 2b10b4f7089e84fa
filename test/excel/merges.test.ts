/** Merged cells: a group written once over its pupils' rows reads as the command line reads it (one value per row). */
import { Workbook } from "exceljs";
import { type AuditReport, auditWorkbook } from "../../src/audit";
import { sheetGrid } from "../../src/cli/read-xlsx";
import { auditInExcel } from "../../src/excel";
import { SheetReader, fillMerges } from "../../src/excel/read-grid";
import { type FakeValue, cellKey, createFakeExcel, fakeSheet, fakeWorkbook } from "./fake-excel";
import { expectWithinLimits } from "./helpers";

const HEADER = ["Participant", "Role", "Activity type", "Start date", "End date", "Host country", "Host organisation", "Group"];
const PROJECT = { sector: "SCH" as const };

/** A plan whose group "8.b" stands once, in H3, over the 4 pupils' rows (H3:H6); the teacher's row names it too. */
function groupRows(repeat: boolean): FakeValue[][] {
  const pupil = (name: string, i: number): FakeValue[] => [
    name,
    "Learner",
    "Group mobility of school pupils",
    "05.10.2026",
    "09.10.2026",
    "IT",
    "Istituto Comprensivo Roma",
    repeat || i === 0 ? "8.b" : "",
  ];
  return [
    ["Erasmus+ KA122 mobility plan", "", "", ""],
    HEADER,
    ...["Anna", "Jānis", "Līga", "Pēteris"].map(pupil),
    [
      "Ilze Krūmiņa",
      "Accompanying person",
      "Group mobility of school pupils",
      "05.10.2026",
      "09.10.2026",
      "IT",
      "Istituto Comprensivo Roma",
      "8.b",
    ],
  ];
}
/** The title merged across A1:D1: only a column's own rows are filled, so it stays in A1 alone. */
const MERGES = ["H3:H6", "A1:D1"];

function issuesOf(report: AuditReport): string[] {
  return report.issues.map((i) => `${i.rule}@${i.cell ?? ""}:${i.severity}`).sort();
}

async function cliGrid() {
  const workbook = new Workbook();
  const worksheet = workbook.addWorksheet("Plan");
  groupRows(false).forEach((row, r) => row.forEach((value, c) => value !== "" && (worksheet.getCell(r + 1, c + 1).value = value)));
  for (const merge of MERGES) worksheet.mergeCells(merge);
  return { sheets: [sheetGrid(worksheet)] };
}

describe("merged cells", () => {
  it("fills a merged group down its first column in the pane, as the command line does", async () => {
    const expected = auditWorkbook(
      { sheets: [{ name: "Plan", rows: groupRows(true), firstRow: 1, firstColumn: 1 }] },
      { language: "en", project: PROJECT },
    );
    const cli = auditWorkbook(await cliGrid(), { language: "en", project: PROJECT });
    expect(issuesOf(cli)).toEqual(issuesOf(expected));

    const fake = createFakeExcel(fakeWorkbook([fakeSheet("Plan", groupRows(false), { merges: MERGES })]));
    const result = await auditInExcel(fake, { scope: "sheet", language: "en", project: PROJECT });
    const codes = result.report.issues.map((i) => i.rule);
    expect(codes).not.toContain("group-too-small");
    expect(codes).not.toContain("group-not-accompanied");
    expect(issuesOf(result.report)).toEqual(issuesOf(expected));
    expect(result.syncs).toBe(fake.stats.syncs);
    expect(result.reads).toEqual(expect.objectContaining({ syncs: 1, blocks: 0 }));
    expectWithinLimits(fake);

    const workbook = await auditInExcel(createFakeExcel(fakeWorkbook([fakeSheet("Plan", groupRows(false), { merges: MERGES })])), {
      scope: "workbook",
      language: "en",
      project: PROJECT,
    });
    expect(issuesOf(workbook.report)).toEqual(issuesOf(expected));
  });

  it("marks a merged area once, on the top cell Excel shows, as --out does", async () => {
    const rows = groupRows(false);
    rows[6][4] = "08.10.2026"; // the teacher leaves a day before the pupils: the group is not accompanied
    const sheet = fakeSheet("Plan", rows, { merges: MERGES });
    const result = await auditInExcel(createFakeExcel(fakeWorkbook([sheet])), { scope: "sheet", language: "en", project: PROJECT });
    const flaggedInGroup = result.report.issues.filter((i) => i.rule === "group-not-accompanied").map((i) => i.cell);
    expect(flaggedInGroup).toEqual(["H3", "H4", "H5", "H6"]);
    // H3:H6 is one merged cell: one fill and one note, on H3 (row 3, column H = zero-based 2, 7).
    const marked = [...sheet.fills.keys()].filter((key) => key % 16_384 === 7);
    expect(marked).toEqual([cellKey(2, 7)]);
    expect(sheet.notes.get(cellKey(2, 7))?.content).toMatch(/^Erasmus\+ plan audit:\n• /);
  });

  it("without ExcelApi 1.13 reads the sheet as Office gives it (no fill-down)", async () => {
    const fake = createFakeExcel(fakeWorkbook([fakeSheet("Plan", groupRows(false), { merges: MERGES })]), { apiVersion: "1.12" });
    const result = await auditInExcel(fake, { scope: "sheet", language: "en", project: PROJECT });
    const unmerged = auditWorkbook(
      { sheets: [{ name: "Plan", rows: groupRows(false), firstRow: 1, firstColumn: 1 }] },
      { language: "en", project: PROJECT },
    );
    expect(issuesOf(result.report)).toEqual(issuesOf(unmerged));
    expect(result.report.issues.map((i) => i.rule)).toContain("group-too-small");
    expect(result.syncs).toBe(2);
  });

  it('the fake gives the non-top cells of a merged area as "", and its areas only to a load', async () => {
    const fake = createFakeExcel(fakeWorkbook([fakeSheet("Plan", groupRows(true), { merges: MERGES })]));
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("H2:H7");
      range.load("values");
      const merged = range.getMergedAreasOrNullObject();
      expect(() => merged.address).toThrow(/not available/);
      merged.load("address");
      await context.sync();
      expect(range.values.map((row) => row[0])).toEqual(["Group", "8.b", "", "", "", "8.b"]);
      expect(merged.isNullObject).toBe(false);
      expect(merged.address).toBe("Plan!H3:H6");
      const none = context.workbook.worksheets.getItem("Plan").getRange("E3:E4").getMergedAreasOrNullObject();
      none.load("address");
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
    expect(fake.stats.log[0].responseBytes).toBeGreaterThan(0);
  });

  it("fills only blank cells, down the area's first column, within the used range", () => {
    const rows = [
      ["a", "b", ""],
      ["", "", ""],
      ["", "", "x"],
      [{ date: "2026-10-05" }, "", ""],
      ["", "", ""],
    ];
    fillMerges(rows, { row: 1, column: 1, rows: 5, columns: 3 }, [
      { row: 1, column: 1, rows: 3, columns: 2 },
      { row: 2, column: 3, rows: 3, columns: 1 },
      { row: 4, column: 1, rows: 9, columns: 1 },
      { row: 0, column: 2, rows: 3, columns: 1 },
    ]);
    expect(rows).toEqual([
      ["a", "b", ""],
      ["a", "", ""],
      ["a", "", "x"],
      [{ date: "2026-10-05" }, "", ""],
      [{ date: "2026-10-05" }, "", ""],
    ]);
  });
});

test("merged areas are read from a RangeAreas address, also when the sheet's name has a comma or quotes", () => {
  const reader = new SheetReader("1", "Plan, 2026");
  reader.setMerges("'Plan, 2026'!H3:H6,'Plan, 2026'!$A$1:$D$1,'Plan, 2026'!K9");
  expect(reader.mergedAreas).toEqual([
    { row: 2, column: 7, rows: 4, columns: 1 },
    { row: 0, column: 0, rows: 1, columns: 4 },
    { row: 8, column: 10, rows: 1, columns: 1 },
  ]);
});
