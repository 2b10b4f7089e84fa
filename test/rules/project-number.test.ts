/** The Erasmus+ project number (src/rules/project-number.ts): its parts, what it gives, and what contradicts it. */
import { findProjectNumber, numberConflicts, parseProjectNumber, settingsOfNumber, type ProjectNumber } from "../../src/rules";

const NUMBER = "2026-1-LV01-KA122-VET-000042917";

describe("parseProjectNumber", () => {
  test("reads each part of a 2021–2027 number", () => {
    expect(parseProjectNumber(NUMBER)).toEqual({
      text: NUMBER,
      year: 2026,
      round: 1,
      agency: "LV01",
      country: "LV",
      action: "KA122",
      sector: "VET",
      serial: "000042917",
    });
  });

  test.each([
    ["6 digits", "2026-1-LV01-KA122-VET-042917", "2026-1-LV01-KA122-VET-042917"],
    ["7 digits", "2026-1-LV01-KA122-VET-0042917", "2026-1-LV01-KA122-VET-0042917"],
    ["8 digits", "2026-1-LV01-KA122-VET-00042917", "2026-1-LV01-KA122-VET-00042917"],
    ["9 digits", NUMBER, NUMBER],
    ["lower case", "2026-1-lv01-ka122-vet-000042917", NUMBER],
    ["spaces around the hyphens", "2026 - 1 - LV01 - KA122 - VET - 000042917", NUMBER],
    ["en dashes", "2026–1–LV01–KA122–VET–000042917", NUMBER],
    ["spaces around it", `  ${NUMBER} `, NUMBER],
    ["Greece's agency", "2026-2-EL01-KA121-SCH-000123456", "2026-2-EL01-KA121-SCH-000123456"],
    ["another action", "2026-1-DE02-KA131-HED-000123456", "2026-1-DE02-KA131-HED-000123456"],
  ])("accepts %s", (_name, text, canonical) => {
    expect(parseProjectNumber(text)?.text).toBe(canonical);
  });

  test.each([
    ["5 digits", "2026-1-LV01-KA122-VET-42917"],
    ["10 digits", "2026-1-LV01-KA122-VET-0000429170"],
    ["no round", "2026-LV01-KA122-VET-000042917"],
    ["a KA2 action", "2026-1-LV01-KA220-VET-000042917"],
    ["an agency without its number", "2026-1-LV-KA122-VET-000042917"],
    ["a two-letter sector", "2026-1-LV01-KA122-VE-000042917"],
    ["text around it", `Nr. ${NUMBER}`],
    ["nothing", ""],
  ])("refuses %s", (_name, text) => {
    expect(parseProjectNumber(text)).toBeUndefined();
  });
});

describe("findProjectNumber", () => {
  test("finds the number in a title", () => {
    expect(findProjectNumber(`Erasmus+ projekts Nr. ${NUMBER} „Prasmes Eiropā”`)?.text).toBe(NUMBER);
    expect(findProjectNumber(`Projekts (${NUMBER.toLowerCase()})`)?.text).toBe(NUMBER);
  });

  test("not inside a longer word or number", () => {
    expect(findProjectNumber(`x${NUMBER}`)).toBeUndefined();
    expect(findProjectNumber(`${NUMBER}0`)).toBeUndefined();
    expect(findProjectNumber("KA122 projekta plāns 2026")).toBeUndefined();
  });
});

describe("settingsOfNumber", () => {
  const of = (text: string) => settingsOfNumber(parseProjectNumber(text) as ProjectNumber);

  test("gives the call round, the country, the action and the sector", () => {
    expect(of(NUMBER)).toEqual({ call: "2026-R1", country: "LV", action: "KA122", sector: "VET" });
    expect(of("2026-2-EL01-KA121-ADU-000000001")).toEqual({ call: "2026-R2", country: "EL", action: "KA121", sector: "ADU" });
  });

  test("gives no action and no sector for an action the audit does not cover", () => {
    expect(of("2026-1-LV01-KA131-HED-000042917")).toEqual({ call: "2026-R1", country: "LV" });
  });
});

describe("numberConflicts", () => {
  const number = parseProjectNumber(NUMBER) as ProjectNumber;

  test("settings that say the same in other words agree", () => {
    expect(
      numberConflicts(
        { sector: "Profesionālā izglītība", call: "2026. gada 1. kārta", country: "Latvija", action: "Īstermiņa projekts" },
        number,
      ),
    ).toEqual([]);
  });

  test("each contradiction, with what the number says", () => {
    expect(numberConflicts({ sector: "SCH", call: "2026-R2", country: "Igaunija", action: "KA121" }, number)).toEqual([
      { field: "sector", value: "SCH", expected: "VET" },
      { field: "call", value: "2026-R2", expected: "2026-R1" },
      { field: "country", value: "Igaunija", expected: "LV" },
      { field: "action", value: "KA121", expected: "KA122" },
    ]);
  });

  test("an unknown label is no contradiction (it is reported as unknown)", () => {
    expect(numberConflicts({ sector: "VTE", country: "Atlantīda" }, number)).toEqual([]);
  });

  test("Greece as GR agrees with EL01", () => {
    expect(numberConflicts({ country: "GR" }, parseProjectNumber("2026-1-EL01-KA122-SCH-000000001") as ProjectNumber)).toEqual([]);
  });
});
