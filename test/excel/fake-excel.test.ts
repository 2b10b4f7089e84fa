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

describe("the fake Excel's new sheets, tables, names and data validation (what a new plan sheet needs)", () => {
  /** Runs one batch and returns the code its sync failed with (undefined: it succeeded). */
  async function failure(excel: ReturnType<typeof sample>, queue: (context: Excel.RequestContext) => void): Promise<string | undefined> {
    return excel.run(async (context) => {
      queue(context);
      try {
        await context.sync();
        return undefined;
      } catch (error) {
        return (error as { code: string }).code;
      }
    });
  }

  it("adds sheets at the end under names Excel takes, refusing one taken in any case", async () => {
    const excel = sample();
    const codes = [];
    for (const name of ["plan", "a:b", "'quoted", "x".repeat(32), "History"])
      codes.push(await failure(excel, (context) => context.workbook.worksheets.add(name)));
    expect(codes).toEqual(["ItemAlreadyExists", "InvalidArgument", "InvalidArgument", "InvalidArgument", "InvalidArgument"]);
    await excel.run(async (context) => {
      const added = context.workbook.worksheets.add("New");
      const unnamed = context.workbook.worksheets.add();
      expect(() => added.name).toThrow(/not available/);
      added.load("name,visibility");
      unnamed.load("name");
      await context.sync();
      expect([added.name, added.visibility, unnamed.name]).toEqual(["New", "Visible", "Sheet1"]);
    });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Plan", "New", "Sheet1"]);
  });

  it("keeps one sheet visible", async () => {
    const excel = sample();
    expect(await failure(excel, (context) => (context.workbook.worksheets.getItem("Plan").visibility = "Hidden"))).toBe("InvalidOperation");
  });

  it("makes a table of a header row, with one empty row, and keeps table names unique among tables and names", async () => {
    const excel = sample();
    excel.workbook.sheets[0].values.push(["", "", ""], ["Role", "", "Role"]);
    excel.workbook.names = [{ name: "Taken", formula: "=1" }];
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan");
      const table = sheet.tables.add("A4:C4", true);
      const body = table.getDataBodyRange();
      const column = table.columns.getItem("Column2").getDataBodyRange();
      table.load("name");
      body.load("address");
      column.load("address");
      await context.sync();
      expect([table.name, body.address, column.address]).toEqual(["Table1", "Plan!A5:C5", "Plan!B5"]);
    });
    expect(excel.workbook.tables?.[0].headers).toEqual(["Role", "Column2", "Role2"]);
    const rename = (name: string) => (context: Excel.RequestContext) => (context.workbook.tables.getItemOrNullObject("table1").name = name);
    expect(await failure(excel, rename("taken"))).toBe("InvalidArgument");
    expect(await failure(excel, rename("AB12"))).toBe("InvalidArgument");
    expect(await failure(excel, rename("Has space"))).toBe("InvalidArgument");
    expect(await failure(excel, rename("MobilityPlan"))).toBeUndefined();
    expect(await failure(excel, (context) => context.workbook.worksheets.getItem("Plan").tables.add("B5:B6", true))).toBe(
      "InvalidOperation",
    );
  });

  it("adds names in their scope: a sheet's may repeat a workbook name, never one of its own scope's", async () => {
    const excel = sample();
    const add = (scope: "workbook" | "sheet", name: string) => (context: Excel.RequestContext) => {
      const names = scope === "workbook" ? context.workbook.names : context.workbook.worksheets.getItem("Plan").names;
      names.add(name, context.workbook.worksheets.getItem("Plan").getRange("A1:A2"));
    };
    expect(await failure(excel, add("workbook", "List_roles"))).toBeUndefined();
    expect(await failure(excel, add("workbook", "LIST_ROLES"))).toBe("ItemAlreadyExists");
    expect(await failure(excel, add("sheet", "List_roles"))).toBeUndefined();
    expect(await failure(excel, add("sheet", "List_roles"))).toBe("ItemAlreadyExists");
    expect(excel.workbook.sheets[0].names).toEqual([{ name: "List_roles", formula: "=Plan!$A$1:$A$2" }]);
  });

  it("takes data validation rules of one criterion, and reads them back only once loaded", async () => {
    const excel = sample();
    const rule = (value: Excel.DataValidationRule) => (context: Excel.RequestContext) =>
      (context.workbook.worksheets.getItem("Plan").getRange("B2:B9").dataValidation.rule = value);
    expect(await failure(excel, rule({ list: { inCellDropDown: true, source: "=L" }, custom: { formula: "=TRUE" } }))).toBe(
      "InvalidArgument",
    );
    expect(await failure(excel, rule({ custom: { formula: "ISNUMBER(B2)" } }))).toBe("InvalidArgument");
    expect(await failure(excel, rule({ custom: { formula: "=ISNUMBER(B2)" } }))).toBeUndefined();
    await excel.run(async (context) => {
      const validation = context.workbook.worksheets.getItem("Plan").getRange("B2:B9").dataValidation;
      validation.errorAlert = { showAlert: true, style: "Warning", title: "T", message: "M" };
      expect(() => validation.type).toThrow(/not available/);
      validation.load("type,rule,errorAlert");
      await context.sync();
      expect([validation.type, validation.rule, validation.errorAlert.style]).toEqual([
        "Custom",
        { custom: { formula: "=ISNUMBER(B2)" } },
        "Warning",
      ]);
    });
    const old = createFakeExcel(fakeWorkbook([fakeSheet("Plan")]), { apiVersion: "1.7" });
    expect(await failure(old, rule({ custom: { formula: "=TRUE" } }))).toBe("ApiNotFound");
  });

  it("refuses an array that does not fit the range, and a formula naming a missing table or this row outside one", async () => {
    const excel = sample();
    const write = (address: string, formulas: string[][]) => (context: Excel.RequestContext) =>
      (context.workbook.worksheets.getItem("Plan").getRange(address).formulas = formulas);
    expect(await failure(excel, write("A1:A2", [["x"]]))).toBe("InvalidArgument");
    expect(await failure(excel, write("D1", [["=ROWS(Missing[Role])"]]))).toBe("InvalidArgument");
    expect(await failure(excel, write("D1", [["=[@Role]"]]))).toBe("InvalidArgument");
    expect(await failure(excel, write("D1:D2", [["=1"], ["=2"]]))).toBeUndefined();
  });

  it("freezes rows", async () => {
    const excel = sample();
    expect(await failure(excel, (context) => context.workbook.worksheets.getItem("Plan").freezePanes.freezeRows(11))).toBeUndefined();
    expect(excel.workbook.sheets[0].frozenRows).toBe(11);
  });
});

describe("the fake Excel's change events and row moves (what checks as you type need)", () => {
  it("registers a change handler at the next sync and removes it at the next; edits, insertions and deletions raise events", async () => {
    const excel = sample();
    const seen: unknown[] = [];
    const handler = async (args: Excel.WorksheetChangedEventArgs) => void seen.push({ ...args });
    const registration = await excel.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(handler);
      expect(excel.changeHandlers()).toBe(0);
      await context.sync();
      return result;
    });
    expect(excel.changeHandlers()).toBe(1);
    const id = excel.workbook.sheets[0].id;
    await excel.edit("Plan", "A2:B2", [["Līga", 46300]]);
    await excel.insertRows("Plan", 2, 2);
    await excel.deleteRows("Plan", 3);
    const common = { type: "WorksheetChanged", worksheetId: id, source: "Local", triggerSource: "Unknown" };
    expect(seen).toEqual([
      { ...common, address: "A2:B2", changeType: "RangeEdited" },
      { ...common, address: "A2:XFD3", changeType: "RowInserted" },
      { ...common, address: "A3:XFD3", changeType: "RowDeleted" },
    ]);
    registration.remove();
    expect(excel.changeHandlers()).toBe(1);
    await registration.context.sync();
    expect(excel.changeHandlers()).toBe(0);
    await excel.edit("Plan", "A1", [["Vārds"]]);
    expect(seen).toHaveLength(3);
  });

  it("raises events for the add-in's own value writes, marked ThisLocalAddin, once the sync succeeded", async () => {
    const excel = sample();
    const seen: string[] = [];
    await excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => void seen.push(`${args.address} ${args.triggerSource}`));
      await context.sync();
      context.workbook.worksheets.getItem("Plan").getRange("C1:C2").values = [["x"], ["y"]];
      expect(seen).toEqual([]);
      await context.sync();
    });
    expect(seen).toEqual(["C1:C2 ThisLocalAddin"]);
  });

  it("moves values, formats, fills and notes below an inserted or deleted row; a deleted row's go with it", async () => {
    const excel = sample();
    const sheet = excel.workbook.sheets[0];
    sheet.notes.set(cellKey(1, 0), { content: "Anna's note", author: "Coordinator" });
    await excel.insertRows("Plan", 2);
    expect(sheet.values).toEqual([["Name", "Start"], [], ["Anna", 46266]]);
    expect([...sheet.formats.keys()]).toEqual([cellKey(2, 1)]);
    expect([...sheet.notes.keys()]).toEqual([cellKey(2, 0)]);
    expect([...sheet.fills.keys()]).toEqual([cellKey(0, 0)]);
    await excel.deleteRows("Plan", 3);
    expect(sheet.values).toEqual([["Name", "Start"], []]);
    expect(sheet.notes.size).toBe(0);
    expect(sheet.formats.size).toBe(0);
    await excel.deleteRows("Plan", 1);
    expect(sheet.fills.size).toBe(0);
  });

  it("moves cells with columns inserted and deleted, and says so to the change handlers", async () => {
    const excel = sample();
    const sheet = excel.workbook.sheets[0];
    const seen: string[] = [];
    await excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => void seen.push(`${args.changeType} ${args.address}`));
      await context.sync();
    });
    sheet.notes.set(cellKey(1, 1), { content: "Start note", author: "Coordinator" });
    await excel.insertColumns("Plan", 2, 2);
    expect(sheet.values[1]).toEqual(["Anna", "", "", 46266]);
    expect([...sheet.formats.keys()]).toEqual([cellKey(1, 3)]);
    expect([...sheet.notes.keys()]).toEqual([cellKey(1, 3)]);
    await excel.deleteColumns("Plan", 4);
    expect(sheet.values[1]).toEqual(["Anna", "", ""]);
    expect(sheet.notes.size).toBe(0);
    expect(seen).toEqual(["ColumnInserted B1:C1048576", "ColumnDeleted D1:D1048576"]);
  });
});
