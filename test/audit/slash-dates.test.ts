/**
 * Slash dates through the audit (src/audit/slash-dates.ts, rules "date-ambiguous" and "date-month-first"): each sheet
 * decides whether "03/04/2026" is 3 April or 4 March, its settings and its table alike.
 */
import { auditWorkbook, type CellValue } from "../../src/audit";
import { BASIC_FIELDS, PROJECT, cellsOf, issuesOf, located, message, sheet, staff, table, type RowValues } from "./helpers";

const audit = (rows: readonly RowValues[], ...more: { name: string; rows: CellValue[][] }[]) =>
  auditWorkbook({ sheets: [sheet("Plāns", table(BASIC_FIELDS, rows)), ...more.map((s) => sheet(s.name, s.rows))] }, { project: PROJECT });

/** Dates of a row: start and end in C and D of row 2 on. */
const dated = (start: CellValue, end: CellValue, participant = "Anna Bērziņa") => staff({ participant, start, end });

describe("a sheet's slash dates", () => {
  test("read two ways with nothing to decide: day first, a warning on each ambiguous date naming both readings", () => {
    const report = audit([dated("07/09/2026", "11/09/2026")]);
    expect(located(report)).toEqual(["date-ambiguous@Plāns!C2", "date-ambiguous@Plāns!D2"]);
    expect(report.issues[0].message).toBe(
      message("date-ambiguous", { field: "start", value: "07/09/2026", dayFirst: "2026-09-07", monthFirst: "2026-07-09" }),
    );
    expect(report.issues[0].message).toContain("7 Sep 2026 or 9 Jul 2026");
    // The checks use the day-first reading: 7–11 September is a valid 5-day job shadowing, no other issue.
    expect(report.issues.map((i) => i.severity)).toEqual(["warning", "warning"]);
  });

  test("the warning in Latvian names both readings as Latvian dates", () => {
    const report = auditWorkbook(
      { sheets: [sheet("Plāns", table(BASIC_FIELDS, [dated("03/04/2026", "03/04/2026")]))] },
      { project: PROJECT, language: "lv" },
    );
    expect(issuesOf(report, "date-ambiguous")[0].message).toContain("03.04.2026. vai 04.03.2026.");
  });

  test("a date whose parts are equal (06/06/2026) reads one way: no warning", () => {
    expect(audit([dated("06/06/2026", "07/07/2026")]).issues).toEqual([]);
  });

  test("one date that reads only day first (25/09/2026) settles the sheet day first: no warning", () => {
    const report = audit([dated("07/09/2026", "11/09/2026"), dated("21/09/2026", "25/09/2026", "Jānis Ozols")]);
    expect(report.issues).toEqual([]);
  });

  test("one date that reads only month first (09/21/2026) settles the sheet month first, said once as info on it", () => {
    const report = audit([dated("09/07/2026", "09/11/2026"), dated("09/21/2026", "09/25/2026", "Jānis Ozols")]);
    expect(located(report)).toEqual(["date-month-first@Plāns!C3"]);
    expect(report.issues[0].severity).toBe("info");
    expect(report.issues[0].message).toBe(message("date-month-first", { field: "start", value: "09/21/2026", monthFirst: "2026-09-21" }));
    // Read month first, 09/07–09/11 is 7–11 September: valid. Day first it would be 9 July – 9 November.
    expect(cellsOf(report, "duration-above-max")).toEqual([]);
  });

  test("dates that read only day first and only month first: day first wins, the other is unreadable", () => {
    const report = audit([dated("07/09/2026", "11/09/2026"), dated("21/09/2026", "09/25/2026", "Jānis Ozols")]);
    expect(located(report)).toEqual(["value-unreadable@Plāns!D3"]);
  });

  test("dotted and hyphenated dates never read two ways, and do not decide slash dates", () => {
    expect(audit([dated("07.09.2026", "11-09-2026")]).issues).toEqual([]);
    expect(located(audit([dated("07.09.2026", "11/09/2026")]))).toEqual(["date-ambiguous@Plāns!D2"]);
  });

  test("each sheet decides for itself", () => {
    const other = { name: "Otrs", rows: table(BASIC_FIELDS, [dated("09/21/2026", "09/25/2026")]) };
    const report = audit([dated("07/09/2026", "11/09/2026")], other);
    expect(located(report)).toEqual(["date-ambiguous@Plāns!C2", "date-ambiguous@Plāns!D2", "date-month-first@Otrs!C2"]);
  });

  test("two-digit years read two ways too", () => {
    expect(cellsOf(audit([dated("07/09/26", "11/09/26")]), "date-ambiguous")).toEqual(["Plāns!C2", "Plāns!D2"]);
  });
});

describe("slash dates in the project settings", () => {
  const withSettings = (start: string, end: string, rows: readonly RowValues[]) =>
    auditWorkbook({
      sheets: [
        sheet("Plāns", [
          ["Sektors", "VET"],
          ["Konkursa kārta", "2026-R1"],
          ["Projekta sākums", start],
          ["Projekta beigas", end],
          ["Valsts", "Latvija"],
          ...table(BASIC_FIELDS, rows),
        ]),
      ],
    });

  test("settings on the table's sheet follow its decision: month first", () => {
    const report = withSettings("06/01/2026", "05/31/2027", [dated("09/07/2026", "09/11/2026")]);
    expect(report.project).toMatchObject({ start: "2026-06-01", end: "2027-05-31" });
    expect(located(report)).toEqual(["date-month-first@Plāns!B4"]);
  });

  test("settings that read two ways are warned about on their cell", () => {
    const report = withSettings("01/06/2026", "01/05/2027", [dated("07.09.2026", "11.09.2026")]);
    expect(report.project).toMatchObject({ start: "2026-06-01", end: "2027-05-01" });
    expect(located(report)).toEqual(["date-ambiguous@Plāns!B3", "date-ambiguous@Plāns!B4"]);
    expect(issuesOf(report, "date-ambiguous")[0].field).toBe("start");
  });

  test("a table date that reads only day first settles the settings too", () => {
    const report = withSettings("01/06/2026", "31/05/2027", [dated("07/09/2026", "11/09/2026")]);
    expect(report.issues).toEqual([]);
  });
});

describe("a period column", () => {
  const PERIOD_FIELDS = ["participant", "activity", "period", "hostCountry", "hostOrganisation"] as const;
  const periodPlan = (periods: readonly CellValue[], headers: { period?: string } = {}) =>
    auditWorkbook(
      {
        sheets: [
          sheet(
            "Plāns",
            table(
              PERIOD_FIELDS,
              periods.map((period, i) => ({ ...staff({ participant: `P${i}` }), period })),
              headers,
            ),
          ),
        ],
      },
      { project: PROJECT },
    );

  test.each([
    "07.09.–11.09.2026.",
    "7.–11. septembris 2026",
    "2026. gada 7.–11. septembrī",
    "7–11 September 2026",
    "7 Sep – 11 Sep 2026",
    "Sep 7–11, 2026",
    "no 7. septembra līdz 11. septembrim 2026",
  ])("%j gives the start and end", (period) => {
    const report = periodPlan([period]);
    expect(report.issues).toEqual([]);
    expect(report.tables[0].columns).toMatchObject({ period: "C" });
  });

  test.each(["Mobility period", "Dates of mobility", "Periods", "Mobilitātes datumi"])("headed %j", (header) => {
    const report = periodPlan(["07.09.–11.09.2026."], { period: header });
    expect(report.issues).toEqual([]);
    expect(report.summary.rows).toBe(1);
  });

  test("an unreadable period is one issue on its cell, expecting a period", () => {
    const report = periodPlan(["nākamajā rudenī"]);
    expect(located(report)).toEqual(["value-unreadable@Plāns!C2"]);
    expect(report.issues[0].message).toContain("expected a period");
  });

  test("an end before the start is shown on the period cell", () => {
    expect(located(periodPlan(["11.–7. septembris 2026"]))).toEqual(["date-order@Plāns!C2"]);
  });

  test("a period with slash dates that read two ways warns on both", () => {
    expect(located(periodPlan(["07/09/2026 – 11/09/2026"]))).toEqual(["date-ambiguous@Plāns!C2", "date-ambiguous@Plāns!C2"]);
  });

  test("a period column beside start and end columns is not read", () => {
    const fields = ["participant", "activity", "start", "end", "period", "hostCountry", "hostOrganisation"] as const;
    const report = auditWorkbook({ sheets: [sheet("Plāns", table(fields, [staff({ period: "whenever" })]))] }, { project: PROJECT });
    expect(report.issues).toEqual([]);
  });
});
