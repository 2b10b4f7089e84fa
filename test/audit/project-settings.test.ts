/**
 * Project settings from a key/value block (src/audit/project-settings.ts): labels in English or Latvian, the value to
 * the right or after a colon, where each was read, dates read as dates, and the caller's overrides.
 */
import { findSettings, type CellValue } from "../../src/audit";
import {
  SETTINGS_SHEET,
  projectFrom,
  readSettings,
  readWorkbookSettings,
  settingSources,
  settingsNotFound,
  type FoundSetting,
} from "../../src/audit/project-settings";
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

  test.each(["Sākuma datums", "Beigu datums", "Projekta nosaukums", "Organizācija", "Projekta ilgums", "Piezīmes"])(
    "%j names no setting",
    (label) => {
      expect(found([[label, "x"]])).toEqual({});
    },
  );

  test("a label without a value is not a setting", () => {
    expect(found([["Sektors"], ["Sektors:", "", "  "]])).toEqual({});
  });

  test("a value more than three cells to the right is not the label's", () => {
    expect(found([["Konkursa kārta", null, null, null, "2026-R1"]])).toEqual({});
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
    expect(found([[`Sektors ${"ļoti ".repeat(20)}garš teksts`, "ABC"]])).toEqual({});
    expect(found([["x".repeat(30_000), "ABC"]])).toEqual({});
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

describe("the settings vocabulary (issue 9)", () => {
  test.each([
    ["Joma", "sector"],
    ["Izglītības joma", "sector"],
    ["Field of education", "sector"],
    ["Līguma Nr.", "number"],
    ["Līguma Nr.:", "number"],
    ["Grant agreement No.", "number"],
    ["Grant Agreement No.", "number"],
    ["Projekta numurs", "number"],
    ["Erasmus+ grant agreement number", "number"],
    ["Erasmus+ Fördervereinbarungsnummer", "number"],
    ["Numéro d'accord de subvention Erasmus+", "number"],
    ["Αριθμός συμφωνίας επιχορήσησης Erasmus+", "number"],
    ["agreement no grant", "number"],
    ["Pamatdarbība", "action"],
    ["Beneficiary country", "country"],
  ])("%j names the %s", (label, field) => {
    const value = field === "number" ? "2026-1-LV01-KA122-VET-000042917" : "x";
    expect(Object.keys(found([[label, value]]))).toEqual([field]);
  });

  test("a period in one cell with its label gives the start and the end", () => {
    expect(found([["Projekta īstenošanas periods: 01.09.2026.–31.08.2027."]])).toEqual({
      start: ["A1", { date: "2026-09-01" }],
      end: ["A1", { date: "2027-08-31" }],
    });
  });

  test("a period's label in one cell, the range in the next", () => {
    expect(found([["Project period", "05.10.2026 - 09.10.2027"]])).toEqual({
      start: ["B1", { date: "2026-10-05" }],
      end: ["B1", { date: "2027-10-09" }],
    });
  });

  test("a period that is not two dates is an unreadable start", () => {
    const settings = readSettings(findSettings(sheet("Projekts", [["Projekta periods", "2026. gada rudens"]])), false);
    expect(settings.map((s) => [s.field, s.reading.ok])).toEqual([["start", false]]);
  });

  test("a table's start and end headers name the project's, with a date beside them", () => {
    expect(
      found([
        ["Sākuma datums", "01.09.2026."],
        ["Beigu datums:", "31.08.2027."],
        ["From", 46_266],
      ]),
    ).toEqual({
      start: ["B1", "01.09.2026."],
      end: ["B2", "31.08.2027."],
    });
  });

  test("a table's start header beside no date is no setting", () => {
    expect(
      found([
        ["From", "Rīgas Valsts tehnikums"],
        ["Līdz:", "pavasarim"],
      ]),
    ).toEqual({});
  });

  test("a label above its value", () => {
    const rows: CellValue[][] = [
      ["Sektors", "Konkursa kārta", "Projekta sākums", "Projekta beigas", "Līguma Nr."],
      ["PIA", "2026-R1", "01.09.2026.", "31.08.2027.", "2026-1-LV01-KA122-VET-000042917"],
    ];
    expect(found(rows)).toEqual({
      sector: ["A2", "PIA"],
      call: ["B2", "2026-R1"],
      start: ["C2", "01.09.2026."],
      end: ["D2", "31.08.2027."],
      number: ["E2", "2026-1-LV01-KA122-VET-000042917"],
    });
  });

  test("a value to the right wins over one below", () => {
    expect(found([["Sektors", "VET"], ["SCH"]])).toEqual({ sector: ["B1", "VET"] });
  });

  test("the value below is looked for only inside the block: never in the row where the table starts", () => {
    expect(
      found(
        [
          ["Sektors", "Kārta"],
          ["SCH", "2026-R1"],
        ],
        {},
        0,
        1,
      ),
    ).toEqual({});
  });

  test("in a column of labels, the label below one left empty is not its value", () => {
    expect(
      found([
        ["Sektors", null],
        ["Piezīmes", "jāprecizē"],
        ["Kārta", "2026-R1"],
      ]),
    ).toEqual({ call: ["B3", "2026-R1"] });
  });

  test("a project number under an unknown label, or in a title, is taken", () => {
    expect(found([["Mūsu kods", "2026-1-LV01-KA122-VET-000042917"]])).toEqual({
      number: ["B1", "2026-1-LV01-KA122-VET-000042917"],
    });
    const title = `Erasmus+ projekts Nr. 2026-1-LV01-KA122-VET-000042917 „Prasmes Eiropā”${" un vēl".repeat(10)}`;
    expect(found([[title]])).toEqual({ number: ["A1", title] });
  });

  test("a sector's or an action's name under an unknown label is taken; a label anywhere wins", () => {
    expect(
      found([
        ["Nozare", "Profesionālā izglītība"],
        ["Veids", "KA121"],
      ]),
    ).toEqual({
      sector: ["B1", "Profesionālā izglītība"],
      action: ["B2", "KA121"],
    });
    expect(found([["Profesionālā izglītība"], ["Sektors", "SCH"]])).toEqual({ sector: ["B2", "SCH"] });
  });

  test("names of people and places are no settings", () => {
    expect(
      found([
        ["Koordinators", "Anna Bērziņa"],
        ["Skola", "Rīgas 1. ģimnāzija"],
        ["Adrese", "Brīvības iela 1, Rīga"],
      ]),
    ).toEqual({});
  });
});

describe("readWorkbookSettings and the project number", () => {
  const NUMBER = "2026-1-LV01-KA122-VET-000042917";
  const table = ["Vārds, uzvārds", "Aktivitātes veids", "Sākuma datums", "Beigu datums"];

  test("a number in the title alone gives the call round, the country, the action and the sector", () => {
    const plan = sheet("Plāns", [
      [`Erasmus+ projekts Nr. ${NUMBER} „Prasmes Eiropā”`],
      table,
      ["Anna", "Job shadowing", "05.10.2026", "09.10.2026"],
    ]);
    const readings = readWorkbookSettings({ sheets: [plan] }, [{ sheet: plan, headerIndex: 1 }]);
    expect(projectFrom(readings)).toEqual({ call: "2026-R1", country: "LV", action: "KA122", sector: "VET" });
    const via = { sheet: "Plāns", cell: "A1", row: 1, via: "number" };
    expect(settingSources(readings)).toEqual({ call: via, country: via, action: via, sector: via });
    expect(settingsNotFound(readings).map((s) => s.setting)).toEqual(["start", "end"]);
  });

  test("a setting written wins over the number; the caller's wins over both", () => {
    const plan = sheet("Plāns", [[NUMBER], ["Sektors", "SCH"], table]);
    const readings = readWorkbookSettings({ sheets: [plan] }, [{ sheet: plan, headerIndex: 2 }]);
    expect(projectFrom(readings, { country: "EE" })).toMatchObject({ sector: "SCH", country: "EE", call: "2026-R1" });
    expect(settingSources(readings, { country: "EE" })).toEqual({
      sector: { sheet: "Plāns", cell: "B2", row: 2 },
      call: { sheet: "Plāns", cell: "A1", row: 1, via: "number" },
      action: { sheet: "Plāns", cell: "A1", row: 1, via: "number" },
    });
  });

  test("the table's header row and rows are never read as settings", () => {
    const plan = sheet("Plāns", [
      ["Sektors", "Sākuma datums", "Beigu datums", "Līguma Nr."],
      ["VET", "05.10.2026", "09.10.2026", NUMBER],
      ["Profesionālā izglītība", "05.10.2026", "09.10.2026", NUMBER],
    ]);
    const readings = readWorkbookSettings({ sheets: [plan] }, [{ sheet: plan, headerIndex: 0 }]);
    expect(readings).toEqual([]);
  });

  test("a label found anywhere wins over a value found alone on another sheet", () => {
    const info = sheet("Projekts", [["Profesionālā izglītība"]]);
    const plan = sheet("Plāns", [["Sektors", "SCH"], table]);
    const readings = readWorkbookSettings({ sheets: [info, plan] }, [{ sheet: plan, headerIndex: 1 }]);
    expect(projectFrom(readings)).toEqual({ sector: "SCH" });
  });

  test("a label left empty says where it is, and gives way to a value found elsewhere", () => {
    const plan = sheet("Plāns", [["Sektors", ""], ["Projekta sākums"], ["Projekta periods", ""], ["Profesionālā izglītība"], table]);
    const readings = readWorkbookSettings({ sheets: [plan] }, [{ sheet: plan, headerIndex: 4 }]);
    // The sector's name alone fills the sector; the start's label and the period's are empty.
    expect(projectFrom(readings)).toEqual({ sector: "Profesionālā izglītība" });
    expect(settingSources(readings)).toEqual({ sector: { sheet: "Plāns", cell: "A4", row: 4 } });
    const missing = settingsNotFound(readings);
    expect(missing.find((s) => s.setting === "sector")).toBeUndefined();
    expect(missing.find((s) => s.setting === "start")?.emptyLabel).toEqual({ sheet: "Plāns", cell: "A2", row: 2 });
    expect(missing.find((s) => s.setting === "end")?.emptyLabel).toEqual({ sheet: "Plāns", cell: "A3", row: 3 });
    expect(missing.find((s) => s.setting === "country")?.emptyLabel).toBeUndefined();
  });

  test("an empty label never hides a value under another label", () => {
    const info = sheet("Projekts", [["Sektors"], ["Nozare"]]);
    const plan = sheet("Plāns", [["Sector", "SCH"], table]);
    const readings = readWorkbookSettings({ sheets: [info, plan] }, [{ sheet: plan, headerIndex: 1 }]);
    expect(projectFrom(readings)).toEqual({ sector: "SCH" });
    expect(settingsNotFound(readings).find((s) => s.setting === "sector")).toBeUndefined();
  });

  test("what is not found says which words were looked for", () => {
    const missing = settingsNotFound([]);
    expect(missing.map((s) => s.setting)).toEqual(["number", "action", "sector", "call", "start", "end", "country"]);
    expect(missing.find((s) => s.setting === "sector")?.lookedFor).toEqual(expect.arrayContaining(["Sektors", "Joma", "Sector"]));
    expect(missing.find((s) => s.setting === "start")?.lookedFor).toEqual(
      expect.arrayContaining(["Projekta sākums", "Projekta īstenošanas periods"]),
    );
    expect(missing.find((s) => s.setting === "number")?.lookedFor).toEqual(expect.arrayContaining(["Līguma Nr.", "Grant agreement No."]));
  });
});
