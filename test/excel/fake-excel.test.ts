/** The fake behaves like Office.js where src/excel's correctness depends on it. */
import { FAKE_PAYLOAD_LIMIT, cellKey, createFakeExcel, fakeSheet, fakeWorkbook } from "./fake-excel";

function sample() {
  const sheet = fakeSheet("Plan", [
    ["Name", "Start"],
    ["Anna", 46266],
  ]);
  sheet.formats.set(cellKey(1, 1), "dd.mm.yyyy");
  sheet.fills.set(cellKey(0, 0), { color: "#FFFFFF", pattern: "Solid" });
  return createFakeExcel(fakeWorkbook([sheet]));
}

describe("the fake Excel", () => {
  it("throws PropertyNotLoaded for a property read before load and sync, and counts syncs", async () => {
    const excel = sample();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
      expect(() => range.values).toThrow(/not available/);
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["Name", "Start"],
        ["Anna", 46266],
      ]);
      expect(() => range.numberFormat).toThrow(/not available/);
    });
    expect(excel.stats.syncs).toBe(1);
  });

  it("runs a batch in order: a load queued before a write returns the state before it", async () => {
    const excel = sample();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const before = sheet.getRange("B2");
      before.load("format/fill/color,format/fill/pattern");
      sheet.getRanges("B2").format.fill.color = "#FF0000";
      const after = sheet.getRange("B2");
      after.load("format/fill/color,format/fill/pattern");
      await context.sync();
      expect([before.format.fill.color, before.format.fill.pattern]).toEqual(["#FFFFFF", "None"]);
      expect([after.format.fill.color, after.format.fill.pattern]).toEqual(["#FF0000", "Solid"]);
    });
  });

  it("tells no fill from white through the pattern, and reports mixed fills as null", async () => {
    const excel = sample();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const white = sheet.getRange("A1").format.fill;
      const none = sheet.getRange("B1").format.fill;
      const mixed = sheet.getRange("A1:B1").format.fill;
      for (const fill of [white, none, mixed]) fill.load("color,pattern");
      await context.sync();
      expect([white.color, white.pattern]).toEqual(["#FFFFFF", "Solid"]);
      expect([none.color, none.pattern]).toEqual(["#FFFFFF", "None"]);
      expect([mixed.color, mixed.pattern]).toEqual(["#FFFFFF", null]);
    });
  });

  it("gives null objects, whose children read as null too", async () => {
    const excel = sample();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const none = sheet.getRange("A1:A2").getSpecialCellsOrNullObject("Formulas", "Numbers");
      none.load("areaCount");
      none.areas.load("items/address");
      const numbers = sheet.getRange("A1:B2").getSpecialCellsOrNullObject("Constants", "Numbers");
      numbers.load("areaCount");
      numbers.areas.load("items/address,items/numberFormat");
      const setting = context.workbook.settings.getItemOrNullObject("missing");
      setting.load("value");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(numbers.isNullObject).toBe(false);
      expect(numbers.areas.items.map((a) => [a.address, a.numberFormat])).toEqual([["Plan!B2", [["dd.mm.yyyy"]]]]);
      expect(setting.isNullObject).toBe(true);
    });
  });

  it("measures each request and fails one over 5 MB, as Excel on the web does", async () => {
    const big = fakeSheet(
      "Big",
      Array.from({ length: 60_000 }, (_, i) => [`row ${i} ${"x".repeat(80)}`]),
    );
    const excel = createFakeExcel(fakeWorkbook([big]));
    await excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getUsedRange(true).load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    });
    expect(excel.stats.log[0].responseBytes).toBeGreaterThan(FAKE_PAYLOAD_LIMIT);
    await excel.run(async (context) => {
      context.workbook.settings.add("k", "y".repeat(FAKE_PAYLOAD_LIMIT));
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
  });

  it("refuses getRanges addresses over 8,192 characters, writes to protected sheets, and notes below ExcelApi 1.18", async () => {
    const excel = sample();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRanges(Array.from({ length: 2_000 }, (_, i) => `A${i + 1}`).join(",")).format.fill.clear();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    excel.workbook.sheets[0].protected = true;
    await excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRanges("A1").format.fill.color = "#00FF00";
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    const old = createFakeExcel(fakeWorkbook([fakeSheet("Plan", [["x"]])]), { apiVersion: "1.17" });
    expect(old.isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(old.isSetSupported("ExcelApi", "1.9")).toBe(true);
    await old.run(async (context) => {
      const count = context.workbook.notes.getCount();
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
      expect(() => count.value).toThrow();
    });
  });

  it("keeps notes and settings in the workbook data, for the next context", async () => {
    const excel = sample();
    await excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().notes.add("B2", "Why");
      context.workbook.settings.add("k", "v");
      await context.sync();
    });
    const again = createFakeExcel(excel.workbook);
    await again.run(async (context) => {
      const note = context.workbook.notes.getItemAt(0);
      note.load("content");
      const where = note.getLocation();
      where.load("address");
      const setting = context.workbook.settings.getItem("k");
      setting.load("value");
      const count = context.workbook.notes.getCount();
      await context.sync();
      expect([note.content, where.address, setting.value, count.value]).toEqual(["Why", "Plan!B2", "v", 1]);
      context.workbook.worksheets.getActiveWorksheet().notes.add("B2", "Again");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("answers DATE(1904,1,1) by the workbook's date system", async () => {
    for (const [date1904, expected] of [
      [false, 1462],
      [true, 0],
    ] as const) {
      const excel = createFakeExcel(fakeWorkbook([fakeSheet("A")], { date1904 }));
      await excel.run(async (context) => {
        const result = context.workbook.functions.date(1904, 1, 1);
        result.load("value");
        await context.sync();
        expect(result.value).toBe(expected);
      });
    }
  });
});
