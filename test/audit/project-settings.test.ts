/**
 * Project settings from a key/value block (src/audit/project-settings.ts): labels in English or Latvian, the value to
 * the right or after a colon, where each was read, dates read as dates, and the caller's overrides.
 */
import { findSettings, type CellValue } from "../../src/audit";
import { SETTINGS_SHEET, projectFrom, readSettings, type FoundSetting } from "../../src/audit/project-settings";
import { sheet } from "./helpers";

/** field → [cell, value] of what findSettings found. */
function found(rows: CellValue[][], at: { firstRow?: number; firstColumn?: number } = {}, from?: number, to?: number) {
  const settings = findSettings(sheet("Projekts", rows, at), from, to);
  return Object.fromEntries(settings.map((s) => [s.field, [s.at.cell, s.value]]));
}

describe("findSettings", () => {
  test("a Latvian block: labels in column A, values in column B", () => {
    const rows: CellValue[][] = [
      ["Projekta dati"],
      ["Sektors", "PIA"],
      ["Konkursa kārta", "2026. gada 1. kārta"],
      ["Projekta sākums", "01.06.2026."],
      ["Projekta beigas", 46_537],
      ["Nosūtītājvalsts", "Latvija"],
    ];
    expect(found(rows)).toEqual({
      sector: ["B2", "PIA"],
      call: ["B3", "2026. gada 1. kārta"],
      start: ["B4", "01.06.2026."],
      end: ["B5", 46_537],
      country: ["B6", "Latvija"],
    });
  });

  test("an English block with colons and the values a few cells to the right", () => {
    const rows: CellValue[][] = [
      ["Sector:", null, "VET"],
      ["Call round:", null, null, "2026-R1"],
      ["Project start date:", { date: "2026-06-01" }],
      ["Project end date:", "2027-05-31"],
      ["Country of the beneficiary:", "LV"],
    ];
    expect(found(rows)).toEqual({
      sector: ["C1", "VET"],
      call: ["D2", "2026-R1"],
      start: ["B3", { date: "2026-06-01" }],
      end: ["B4", "2027-05-31"],
      country: ["B5", "LV"],
    });
  });

  test("a label and its value in one cell, after a colon", () => {
    expect(found([["Sektors: VET"], ["Projekta sākums: 01.06.2026", "Projekta beigas: 31.05.2027"]])).toEqual({
      sector: ["A1", "VET"],
      start: ["A2", "01.06.2026"],
      end: ["B2", "31.05.2027"],
    });
  });

  test("labels side by side in one row", () => {
    expect(found([["Sektors", "SCH", "Projekta sākums", "01.09.2026", "Projekta beigas", "28.02.2028"]])).toEqual({
      sector: ["B1", "SCH"],
      start: ["D1", "01.09.2026"],
      end: ["F1", "28.02.2028"],
    });
  });

  test.each([
    ["Izglītības sektors", "sector"],
    ["Projekta sektors", "sector"],
    ["Sector (VET/SCH/ADU)", "sector"],
    ["Kārta", "call"],
    ["Call", "call"],
    ["Projekta sākuma datums", "start"],
    ["Projekta sākums (dd.mm.gggg)", "start"],
    ["Projekta īstenošanas sākums", "start"],
    ["PROJEKTA SĀKUMS", "start"],
    ["projekta sakums", "start"],
    ["Start of project", "start"],
    ["Projekts līdz", "end"],
    ["Projekta īstenošanas beigas", "end"],
    ["End of project", "end"],
    ["Valsts", "country"],
    ["Organizācijas valsts", "country"],
    ["Beneficiary country", "country"],
  ])("the label %j names the %s", (label, field) => {
    expect(Object.keys(found([[label, "x"]]))).toEqual([field]);
  });

  test.each(["Sākuma datums", "Beigu datums", "Projekta numurs", "Projekta nosaukums", "Organizācija", "Projekta ilgums", "Piezīmes"])(
    "%j names no setting",
    (label) => {
      expect(found([[label, "x"]])).toEqual({});
    },
  );

  test("a label without a value is not a setting", () => {
    expect(found([["Sektors"], ["Sektors:", "", "  "]])).toEqual({});
  });

  test("a value more than three cells to the right is not the label's", () => {
    expect(found([["Sektors", null, null, null, "VET"]])).toEqual({});
  });

  test("a label is no value: a missing value is not filled with the next label", () => {
    expect(found([["Sektors", null, "Konkursa kārta", "2026-R1"]])).toEqual({ call: ["D1", "2026-R1"] });
  });

  test("the first label found for a setting wins", () => {
    expect(
      found([
        ["Sektors", "VET"],
        ["Sektors", "SCH"],
      ]),
    ).toEqual({ sector: ["B1", "VET"] });
  });

  test("text longer than a label is not read as one", () => {
    expect(found([[`Sektors ${"ļoti ".repeat(20)}garš teksts`, "VET"]])).toEqual({});
    expect(found([["x".repeat(30_000), "VET"]])).toEqual({});
  });

  test("addresses are the sheet's when the range starts at C5", () => {
    expect(found([["Sektors", "VET"]], { firstRow: 5, firstColumn: 3 })).toEqual({ sector: ["D5", "VET"] });
  });

  test("only rows [from, to) are looked at", () => {
    const rows: CellValue[][] = [
      ["Sektors", "VET"],
      ["Valsts", "LV"],
      ["Kārta", "2026-R1"],
    ];
    expect(Object.keys(found(rows, {}, 1, 2))).toEqual(["country"]);
  });

  test("labels are looked for in the first 12 columns and 60 rows", () => {
    const far: CellValue[] = [...Array.from({ length: 12 }, () => null), "Sektors", "VET"];
    expect(found([far])).toEqual({});
    const low: CellValue[][] = [...Array.from({ length: 60 }, () => []), ["Sektors", "VET"]];
    expect(found(low)).toEqual({});
  });

  test("HTML in a value is kept as written", () => {
    expect(found([["Sektors", "<script>alert(1)</script>"]])).toEqual({ sector: ["B1", "<script>alert(1)</script>"] });
  });
});

describe("readSettings and projectFrom", () => {
  const at = { sheet: "Projekts", cell: "B1", row: 1 };
  const setting = (field: FoundSetting["field"], value: CellValue): FoundSetting => ({ field, value, at });

  test("dates are read as dates (either date system), the rest as text", () => {
    const readings = readSettings(
      [setting("start", 44_712), setting("end", "31.05.2027."), setting("sector", " VET "), setting("call", 1)],
      true,
    );
    expect(readings.map((r) => [r.field, r.reading])).toEqual([
      ["start", { ok: true, value: "2026-06-01" }],
      ["end", { ok: true, value: "2027-05-31" }],
      ["sector", { ok: true, value: "VET" }],
      ["call", { ok: true, value: "1" }],
    ]);
    expect(projectFrom(readings)).toEqual({ start: "2026-06-01", end: "2027-05-31", sector: "VET", call: "1" });
  });

  test("unreadable and error values are problems and stay out of the project", () => {
    const readings = readSettings([setting("start", "jūnijs"), setting("end", "#N/A"), setting("sector", { error: "#REF!" })], false);
    expect(readings.map((r) => r.reading)).toEqual([
      { ok: false, problem: "unreadable", expected: "date", text: "jūnijs" },
      { ok: false, problem: "error", text: "#N/A" },
      { ok: false, problem: "error", text: "#REF!" },
    ]);
    expect(projectFrom(readings)).toEqual({});
  });

  test("the caller's settings win; an undefined override does not erase a setting", () => {
    const readings = readSettings([setting("sector", "VET"), setting("country", "LV")], false);
    expect(projectFrom(readings, { sector: "SCH", country: undefined, call: "2026-R2" })).toEqual({
      sector: "SCH",
      country: "LV",
      call: "2026-R2",
    });
  });
});

describe("settings sheets", () => {
  test.each(["Projekts", "Project", "Projekta dati", "Project info", "Iestatījumi", "Settings", "Pamatdati", "PROJEKTS"])(
    "%j is a settings sheet",
    (name) => {
      expect(SETTINGS_SHEET.test(name)).toBe(true);
    },
  );

  test.each(["Plāns", "Mobilitātes", "Sheet1", "Dalībnieki"])("%j is not", (name) => {
    expect(SETTINGS_SHEET.test(name)).toBe(false);
  });
});
