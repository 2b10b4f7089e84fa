/**
 * Accredited projects (KA121) through the sheet audit (rules-2026.md §2b, §4, §5.9): the action read from a project
 * block, a 60-activity plan that is valid as KA121 and has one cap finding as KA122, the third-country venues of
 * accredited VET, and job shadowing without a mentor where the sheet has a mentor column.
 */
import { auditWorkbook, type CellValue } from "../../src/audit";
import { BASIC_FIELDS, cellsOf, issuesOf, located, sheet, staff, table } from "./helpers";

/** A project block as a coordinator writes one above the plan, with the action under one of its usual labels. */
function block(
  actionLabel: string | undefined,
  action: string | undefined,
  dates: [string, string] = ["01.06.2026", "31.08.2027"],
): CellValue[][] {
  return [
    ...(actionLabel ? [[actionLabel, action ?? null]] : []),
    ["Sektors", "VET"],
    ["Konkursa kārta", "2026-R1"],
    ["Projekta sākums", dates[0]],
    ["Projekta beigas", dates[1]],
    ["Valsts", "Latvija"],
    [],
  ];
}

// The block is 7 rows with an action row (6 without), the header follows: the first activity is on row 9 (8 without).

/** 60 job-shadowing rows by 60 people, one at a time in September–December 2026, each with its own mentor. */
const SIXTY = Array.from({ length: 60 }, (_, i) =>
  staff({
    participant: `Dalībnieks ${i + 1}`,
    hostOrganisation: `Host ${i + 1}`,
    start: `${String(1 + (i % 25)).padStart(2, "0")}.10.2026`,
    end: `${String(3 + (i % 25)).padStart(2, "0")}.10.2026`,
  }),
);

function plan(rows: CellValue[][]) {
  return { sheets: [sheet("Plāns", rows)] };
}

describe("the action in the project block", () => {
  test.each([
    ["Action", "KA121"],
    ["Pasākums", "KA121"],
    ["Darbība", "KA121-VET"],
    ["Key action", "Accredited projects"],
    ["Pamatdarbība:", "Akreditētie projekti"],
  ])("%s %j: the project is KA121, and the report says where it was read", (label, value) => {
    const report = auditWorkbook(plan([...block(label, value), ...table(BASIC_FIELDS, SIXTY)]));
    expect(report.project.action).toBe(value);
    expect(report.projectSources.action).toEqual({ sheet: "Plāns", cell: "B1", row: 1 });
    expect(report.summary.errors).toBe(0);
  });

  test("a valid 60-activity KA121 plan has no error; the same rows under KA122 have one cap finding, on the 31st row", () => {
    const rows = table(BASIC_FIELDS, SIXTY);
    const accredited = auditWorkbook(plan([...block("Action", "KA121"), ...rows]));
    expect(accredited.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(accredited.summary.rows).toBe(60);

    // The same rows, the same 15 months, as a short-term project: the cap is one finding naming 60.
    const shortTerm = auditWorkbook(plan([...block("Action", "KA122"), ...rows]));
    expect(issuesOf(shortTerm, "project-cap-exceeded").map((i) => [i.cell, i.message])).toEqual([
      [
        "B39",
        "The project has 60 mobility activities; a short-term project (KA122) has at most 30 (accompanying persons and preparatory visits not counted). This is no. 31, the first beyond the limit.",
      ],
    ]);
    expect(shortTerm.summary.errors).toBe(1);

    // Without an action, KA122 applies.
    expect(cellsOf(auditWorkbook(plan([...block(undefined, undefined), ...rows])), "project-cap-exceeded")).toEqual(["Plāns!B38"]); // no action row: one row higher
  });

  test("KA121 dates: a project of 24 months and a day is an error, of 16 months a warning; a start on 1 September an error", () => {
    const rows = table(BASIC_FIELDS, [staff()]);
    expect(located(auditWorkbook(plan([...block("Action", "KA121", ["01.06.2026", "01.06.2028"]), ...rows])))).toEqual([
      "ka121-duration-too-long",
    ]);
    expect(located(auditWorkbook(plan([...block("Action", "KA121", ["01.06.2026", "30.09.2027"]), ...rows])))).toEqual([
      "ka121-duration-prolongation",
    ]);
    expect(located(auditWorkbook(plan([...block("Action", "KA121", ["01.09.2026", "30.11.2027"]), ...rows])))).toEqual(["ka121-start"]);
  });

  test("an unknown action is a warning on its cell's setting; the KA122 rules apply", () => {
    const report = auditWorkbook(plan([...block("Action", "KA131"), ...table(BASIC_FIELDS, SIXTY)]));
    expect(issuesOf(report, "action-unknown").map((i) => [i.field, i.severity])).toEqual([["action", "warning"]]);
    expect(issuesOf(report, "project-cap-exceeded")).toHaveLength(1);
  });

  test("the --action override wins over the workbook's", () => {
    const report = auditWorkbook(plan([...block("Action", "KA122"), ...table(BASIC_FIELDS, SIXTY)]), { project: { action: "KA121" } });
    expect(report.project.action).toBe("KA121");
    expect(report.projectSources.action).toBeUndefined();
    expect(issuesOf(report, "project-cap-exceeded")).toEqual([]);
  });
});

describe("KA121 VET venues", () => {
  test("job shadowing in the United States is a warning, in Russia an error; a course there is not eligible", () => {
    const rows = table(BASIC_FIELDS, [
      staff({ hostCountry: "ASV" }),
      staff({ participant: "Jānis", hostCountry: "Krievija" }),
      staff({ participant: "Ilze", activity: "Kursi un apmācības", hostCountry: "ASV" }),
    ]);
    const report = auditWorkbook(plan([...block("Pasākums", "KA121"), ...rows]));
    expect(located(report)).toEqual(["third-country-venue@Plāns!E9", "country-excluded@Plāns!E10", "country-not-eligible@Plāns!E11"]);
    expect(issuesOf(report, "third-country-venue")[0].severity).toBe("warning");
  });
});

describe("job shadowing without a mentor", () => {
  const fields = [...BASIC_FIELDS, "mentor"] as const;

  test("is a warning on the mentor cell when the sheet has a mentor column", () => {
    const rows = table(fields, [staff({ mentor: "Dr. Müller" }), staff({ participant: "Jānis", hostOrganisation: "Other" })]);
    const report = auditWorkbook(plan([...block(undefined, undefined, ["01.09.2026", "31.08.2027"]), ...rows]));
    expect(located(report)).toEqual(["mentor-missing@Plāns!G9"]);
    expect(issuesOf(report, "mentor-missing")[0].severity).toBe("warning");
  });

  test("says nothing when the sheet has no mentor column", () => {
    const rows = table(BASIC_FIELDS, [staff()]);
    expect(located(auditWorkbook(plan([...block(undefined, undefined, ["01.09.2026", "31.08.2027"]), ...rows])))).toEqual([]);
  });
});
