/**
 * The project number through the sheet audit (src/audit/project-settings.ts, src/rules/project-number.ts): what it
 * gives, where the report says each setting came from, settings that contradict it ("project-number-conflict" on the
 * setting's cell), a number of an action the audit does not cover ("project-number-action"), and a number's label
 * holding no number ("project-number-unreadable").
 */
import { auditWorkbook, type CellValue } from "../../src/audit";
import { BASIC_FIELDS, located, message, sheet, staff, table } from "./helpers";

const NUMBER = "2026-1-LV01-KA122-VET-000042917";
const plan = (rows: CellValue[][]) => ({ sheets: [sheet("Plāns", rows)] });
const period: CellValue[][] = [["Projekta īstenošanas periods: 01.09.2026.–31.08.2027."]];

describe("a plan whose only settings are a project number in its title", () => {
  const report = auditWorkbook(
    plan([[`Erasmus+ projekts Nr. ${NUMBER} „Prasmes Eiropā”`], ...period, [], ...table(BASIC_FIELDS, [staff()])]),
  );

  test("audits with the sector, country, call round and action taken from it", () => {
    expect(report.project).toEqual({
      call: "2026-R1",
      country: "LV",
      action: "KA122",
      sector: "VET",
      start: "2026-09-01",
      end: "2027-08-31",
    });
    expect(report.issues).toEqual([]);
  });

  test("and says so in the report", () => {
    expect(report.projectNumber).toEqual({
      number: NUMBER,
      at: { sheet: "Plāns", cell: "A1", row: 1 },
      gave: ["sector", "call", "country", "action"],
    });
    expect(report.projectSources.sector).toEqual({ sheet: "Plāns", cell: "A1", row: 1, via: "number" });
    expect(report.projectSources.start).toEqual({ sheet: "Plāns", cell: "A2", row: 2 });
    expect(report.settingsNotFound).toEqual([]);
  });
});

describe("project-number-conflict", () => {
  test("a setting written that contradicts the number is a warning on its cell, and the setting written is used", () => {
    const report = auditWorkbook(plan([[NUMBER], ["Sektors", "SCH"], ["Valsts", "Latvija"], ...period, ...table(BASIC_FIELDS, [staff()])]));
    expect(located(report)).toEqual(["project-number-conflict@Plāns!B2"]);
    expect(report.project.sector).toBe("SCH");
    expect(report.issues[0].message).toBe(
      message("project-number-conflict", { field: "sector", value: "SCH", number: NUMBER, expected: "VET" }),
    );
    expect(report.issues[0].severity).toBe("warning");
  });

  test("settings that say the same in other words are no conflict", () => {
    const rows: CellValue[][] = [
      [NUMBER],
      ["Sektors", "PIA"],
      ["Kārta", "2026. gada 1. kārta"],
      ["Valsts", "Latvija"],
      ["Pamatdarbība", "KA122"],
    ];
    const report = auditWorkbook(plan([...rows, ...period, ...table(BASIC_FIELDS, [staff()])]));
    expect(report.issues).toEqual([]);
  });

  test("a caller's setting that contradicts it is a warning without a cell", () => {
    const report = auditWorkbook(plan([[NUMBER], ...period, ...table(BASIC_FIELDS, [staff()])]), { project: { call: "2026-R2" } });
    expect(located(report)).toContain("project-number-conflict");
  });

  test("in Latvian, naming both values", () => {
    const report = auditWorkbook(plan([[NUMBER], ["Valsts", "Igaunija"], ...period, ...table(BASIC_FIELDS, [staff()])]), {
      language: "lv",
    });
    const found = report.issues.find((i) => i.rule === "project-number-conflict");
    expect(found?.message).toContain("Igaunija");
    expect(found?.message).toContain("Latvija");
    expect(found?.cell).toBe("B2");
  });
});

describe("project-number-action", () => {
  test("a KA131 number is a warning on its cell; the activities are still checked", () => {
    const other = "2026-1-LV01-KA131-HED-000042917";
    const report = auditWorkbook(
      plan([
        [`Projekts ${other}`],
        ["Sektors", "VET"],
        ...period,
        ...table(BASIC_FIELDS, [staff({ start: "07.09.2026", end: "07.08.2026" })]),
      ]),
    );
    expect(located(report)).toEqual(["project-number-action@Plāns!A1", "date-order@Plāns!D5"]);
    expect(report.project).toMatchObject({ call: "2026-R1", country: "LV", sector: "VET" });
    expect(report.project.action).toBeUndefined();
  });

  test("a KA121 or KA122 number is none", () => {
    const report = auditWorkbook(plan([[NUMBER], ...period, ...table(BASIC_FIELDS, [staff()])]));
    expect(located(report)).not.toContain("project-number-action@Plāns!A1");
  });
});

describe("project-number-unreadable", () => {
  test("a number's label whose value is no project number is a warning on the value", () => {
    const report = auditWorkbook(
      plan([["Līguma Nr.", "2026-LV01-KA122-42917"], ["Sektors", "VET"], ...period, ...table(BASIC_FIELDS, [staff()])]),
    );
    expect(located(report)).toEqual(["sending-country-missing", "project-number-unreadable@Plāns!B1"]);
    expect(report.settingsNotFound?.map((s) => s.setting)).toEqual(["number", "action", "call", "country"]);
  });

  test("a readable number under the label is none", () => {
    const report = auditWorkbook(plan([["Līguma Nr.", NUMBER], ...period, ...table(BASIC_FIELDS, [staff()])]));
    expect(report.issues).toEqual([]);
  });
});
