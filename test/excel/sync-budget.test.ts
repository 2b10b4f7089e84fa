/** Round trips: one read and one write for a sheet up to 20,000 rows; 5 MB row blocks beyond. */
import { auditInExcel, clearAuditMarks } from "../../src/excel";
import { cellKey, createFakeExcel, fakeWorkbook } from "./fake-excel";
import { expectCleanWrites, expectWithinLimits, flagged } from "./helpers";
import { planSheet } from "./plans";

jest.setTimeout(60_000);

describe("sync budget", () => {
  it.each([100, 20_000])("audits a %i-row sheet in one read and one write, and clears it in one read and one write", async (rows) => {
    const fake = createFakeExcel(fakeWorkbook([planSheet("Plan", rows, { mistakeEvery: 25 })]));
    const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
    expect(result.highlighted).toBeGreaterThan(0);
    expect(result.syncs).toBe(2);
    expect(fake.stats.syncs).toBe(2);
    expect(result.reads).toEqual(expect.objectContaining({ syncs: 1, blocks: 0 }));
    expectWithinLimits(fake);
    expectCleanWrites(fake);

    fake.stats.reset();
    const again = await auditInExcel(fake, { scope: "sheet", language: "en" });
    expect(again.syncs).toBe(2);
    expect(again.highlighted).toBe(result.highlighted);

    fake.stats.reset();
    const cleared = await clearAuditMarks(fake);
    expect(cleared.syncs).toBe(2);
    expect(cleared.restored).toBe(result.highlighted);
    expect(fake.workbook.sheets[0].fills.size).toBe(0);
    expectWithinLimits(fake);
  });

  it("reads a 100,000-row sheet in the first read plus the 5 MB row blocks the plan predicts, then writes once", async () => {
    const sheet = planSheet("Plan", 100_000, { mistakeEvery: 50 });
    const fake = createFakeExcel(fakeWorkbook([sheet]));
    const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
    const reads = result.reads as { syncs: number; blocks: number; bytesPerCell: number };
    // By hand: 100,007 rows (the table starts on row 8) × 14 columns. The first read covers rows 1–20,500; the other
    // 79,507 rows go in blocks of floor(4,000,000 / (14 columns × bytes per cell)) rows. The first read measures
    // about 18.2 bytes per cell (padded by 1.25), so a block is 15,688 rows and 79,507 rows take 6 blocks.
    expect(sheet.values.length).toBe(100_007);
    expect(reads.bytesPerCell).toBeCloseTo(18.2, 1);
    expect(reads).toEqual({ syncs: 7, blocks: 6, bytesPerCell: reads.bytesPerCell });
    expect(result.syncs).toBe(8);
    expect(fake.stats.syncs).toBe(result.syncs);
    expectWithinLimits(fake);
    expectCleanWrites(fake);
    // Every row was read: the last rows' mistakes are flagged too.
    expect(result.report.summary.rows).toBe(100_000);
    const marked = flagged(result);
    expect(result.highlighted).toBe(marked.size);
    const last = [...marked.keys()].map((k) => Number(k.split("!")[1])).sort((a, b) => b - a)[0];
    expect(last).toBeGreaterThan(cellKey(99_000, 0));
    expect(sheet.fills.get(last)).toBeDefined();
  });

  it("reads a wide export (up to 300 rows, 116 columns) in the first read", async () => {
    const sheet = planSheet("Export", 200, { mistakeEvery: 20 });
    for (const row of sheet.values) while (row.length < 110) row.push(row.length % 3 === 0 ? "" : `extra ${row.length}`);
    const fake = createFakeExcel(fakeWorkbook([sheet]));
    const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
    expect(result.syncs).toBe(2);
    expect(result.highlighted).toBeGreaterThan(0);
  });

  it("falls back to smaller reads when the first read would be over 5 MB, every successful request staying under it", async () => {
    const sheet = planSheet("Dense", 15_000, { mistakeEvery: 40 });
    for (const row of sheet.values.slice(7)) row[10] = `${row[10]} ${"Organisation name ".repeat(20)}`;
    const fake = createFakeExcel(fakeWorkbook([sheet]));
    const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
    expect(fake.stats.log[0].error).toBe("ResponsePayloadSizeLimitExceeded");
    expect(result.highlighted).toBe(flagged(result).size);
    expect(result.report.summary.rows).toBe(15_000);
    expectWithinLimits(fake);
  });
});
