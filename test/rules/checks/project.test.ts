/**
 * The project as a whole (src/rules/checks/project.ts; rules-2026.md §2): 6 to 18 months, a start inside the call
 * round's window (round 1: 2026-06-01 – 2026-12-31; round 2: 2027-01-01 – 2027-05-31), at least one staff or learner
 * mobility activity, and the settings the other checks need.
 */
import { activity, check, issuesOf, learner, runRuleTable, summary, type Row } from "../helpers";

/** One job-shadowing row inside any of the periods used below (activities are checked against the period elsewhere). */
const rows: Row[] = [activity({ start: "2027-06-07", end: "2027-06-11" })];
const period = (start: string, end: string, call?: string) => ({ start, end, ...(call === undefined ? {} : { call }) });

describe("project duration: 6 to 18 months", () => {
  runRuleTable(["project-duration"], {
    valid: [
      { name: "6 months exactly (2026-06-01 – 2026-11-30)", rows, project: period("2026-06-01", "2026-11-30") },
      { name: "18 months exactly (2026-06-01 – 2027-11-30)", rows, project: period("2026-06-01", "2027-11-30") },
      { name: "12 months", rows, project: period("2026-06-01", "2027-05-31") },
      { name: "6 months from mid-month (2026-09-15 – 2027-03-14)", rows, project: period("2026-09-15", "2027-03-14") },
      {
        name: "18 months from round 2's last start (2027-05-01 – 2028-10-31)",
        rows,
        project: period("2027-05-01", "2028-10-31", "2026-R2"),
      },
    ],
    invalid: [
      {
        name: "one day less than 6 months (2026-06-01 – 2026-11-29)",
        rows,
        project: period("2026-06-01", "2026-11-29"),
        expected: ["project-duration"],
      },
      {
        name: "one day more than 18 months (2026-06-01 – 2027-12-01)",
        rows,
        project: period("2026-06-01", "2027-12-01"),
        expected: ["project-duration"],
      },
      {
        name: "one day less than 6 months from mid-month",
        rows,
        project: period("2026-09-15", "2027-03-13"),
        expected: ["project-duration"],
      },
      { name: "end before start", rows, project: period("2026-09-01", "2026-08-31"), expected: ["project-duration"] },
    ],
  });

  test("is a project error with the period and 6 and 18 months", () => {
    const [issue] = issuesOf(check(rows, period("2026-06-01", "2026-11-29")), "project-duration");
    expect(issue).toEqual({
      rule: "project-duration",
      severity: "error",
      projectField: "end",
      params: { start: "2026-06-01", end: "2026-11-29", min: 6, max: 18 },
    });
  });
});

describe("project start inside the call round's window", () => {
  runRuleTable(["project-start-outside-call"], {
    valid: [
      { name: "round 1, 2026-06-01", rows, project: period("2026-06-01", "2027-05-31", "2026-R1") },
      { name: "round 1, 2026-12-31", rows, project: period("2026-12-31", "2027-12-31", "2026-R1") },
      { name: "round 2, 2027-01-01", rows, project: period("2027-01-01", "2027-12-31", "2026-R2") },
      { name: "round 2, 2027-05-31", rows, project: period("2027-05-31", "2028-05-31", "2026-R2") },
      { name: "round 1 in Latvian (1. kārta)", rows, project: period("2026-09-01", "2027-08-31", "1. kārta") },
      { name: "no round given, start in round 1's window", rows, project: { ...period("2026-06-01", "2027-05-31"), call: undefined } },
      { name: "no round given, start in round 2's window", rows, project: { ...period("2027-01-01", "2027-12-31"), call: undefined } },
    ],
    invalid: [
      {
        name: "round 1, 2026-05-31",
        rows,
        project: period("2026-05-31", "2027-05-31", "2026-R1"),
        expected: ["project-start-outside-call"],
      },
      {
        name: "round 1, 2027-01-01",
        rows,
        project: period("2027-01-01", "2027-12-31", "2026-R1"),
        expected: ["project-start-outside-call"],
      },
      {
        name: "round 2, 2026-12-31",
        rows,
        project: period("2026-12-31", "2027-12-31", "2026-R2"),
        expected: ["project-start-outside-call"],
      },
      {
        name: "round 2, 2027-06-01",
        rows,
        project: period("2027-06-01", "2028-05-31", "2026-R2"),
        expected: ["project-start-outside-call"],
      },
      {
        name: "no round given, start before both windows",
        rows,
        project: { ...period("2026-05-31", "2027-05-31"), call: undefined },
        expected: ["project-start-outside-call"],
      },
      {
        name: "no round given, start after both windows",
        rows,
        project: { ...period("2027-06-01", "2028-05-31"), call: undefined },
        expected: ["project-start-outside-call"],
      },
    ],
  });

  test("is a project error on the start naming the round and its window", () => {
    const [issue] = issuesOf(check(rows, period("2027-01-01", "2027-12-31", "2026-R1")), "project-start-outside-call");
    expect(issue).toEqual({
      rule: "project-start-outside-call",
      severity: "error",
      projectField: "start",
      params: { start: "2027-01-01", call: "2026-R1", from: "2026-06-01", to: "2026-12-31" },
    });
  });

  test("an unknown round is an error with a suggestion", () => {
    const [issue] = issuesOf(check(rows, { call: "2026-R3" }), "call-unknown");
    expect(issue).toMatchObject({ severity: "error", projectField: "call", params: { value: "2026-R3" } });
    expect(issue.params.suggestion).toMatch(/2026-R[12]/);
  });
});

describe("at least one staff or learner mobility activity", () => {
  const expert = activity({ activity: "Invited experts", hostCountry: undefined, sendingCountry: "DE" });
  const teacher = activity({
    activity: "OA-HOS-TTT",
    hostCountry: undefined,
    sendingCountry: "ES",
    start: "2026-09-07",
    end: "2026-09-18",
  });
  const visit = activity({ activity: "Preparatory visit" });

  runRuleTable(["project-no-mobility"], {
    valid: [
      { name: "job shadowing", rows: [activity()] },
      { name: "an invited expert and a course", rows: [expert, activity({ activity: "Courses and training" })] },
      { name: "a group of learners", rows: [learner({ group: "A" }), learner({ group: "A" })] },
      {
        name: "a staff activity whose sector is not known",
        rows: [activity({ activity: "Job shadowing" })],
        project: { sector: undefined },
      },
    ],
    invalid: [
      { name: "no rows", rows: [], expected: ["project-no-mobility"] },
      { name: "an invited expert only", rows: [expert], expected: ["project-no-mobility"] },
      {
        name: "invited experts, hosted teachers and preparatory visits",
        rows: [expert, teacher, visit],
        expected: ["project-no-mobility"],
      },
      {
        name: "only accompanying persons",
        rows: [activity({ role: "Accompanying person", activity: undefined })],
        expected: ["project-no-mobility"],
      },
      { name: "only unknown activities", rows: [activity({ activity: "Football" })], expected: ["project-no-mobility"] },
      {
        name: "an invited expert and a visit whose sector is not known",
        rows: [expert, visit],
        project: { sector: undefined },
        expected: ["project-no-mobility"],
      },
    ],
  });

  test("is a project error", () => {
    const [issue] = issuesOf(check([visit]), "project-no-mobility");
    expect(issue).toMatchObject({ severity: "error", params: {} });
    expect(issue.activityId).toBeUndefined();
  });
});

describe("project settings", () => {
  test("a valid project with one valid activity has no issue at all", () => {
    expect(check([activity()])).toEqual([]);
  });

  test("without a period: a reminder, and activities are not compared with it", () => {
    const issues = check([activity({ start: "2030-01-07", end: "2030-01-11" })], { start: undefined, end: undefined });
    expect(summary(issues)).toEqual(["project-period-missing"]);
    expect(issues[0].severity).toBe("info");
  });

  test("without a sector anywhere: a warning; a sector on every row is enough", () => {
    const missing = check([activity()], { sector: undefined });
    expect(summary(missing)).toEqual(["sector-missing"]);
    expect(missing[0].severity).toBe("warning");
    expect(check([activity({ sector: "SCH" })], { sector: undefined })).toEqual([]);
  });

  test("an unknown project sector is an error with a suggestion", () => {
    const issues = issuesOf(check([activity()], { sector: "Profesionala izglitib" }), "sector-unknown");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "error", projectField: "sector", params: { value: "Profesionala izglitib" } });
    expect(issues[0].params.suggestion).toBeDefined();
  });
});

describe("labels a row cannot be checked without", () => {
  runRuleTable(["activity-unknown", "activity-missing", "activity-not-in-sector", "sector-unknown", "role-unknown"], {
    valid: [
      {
        name: "an accompanying person's row names no activity",
        rows: [activity(), activity({ role: "Accompanying person", activity: undefined })],
      },
      {
        name: "a skills competition in VET",
        rows: [activity({ role: "Learner", activity: "Skills competitions", ...{ start: "2026-09-07", end: "2026-09-07" } })],
      },
    ],
    invalid: [
      { name: "an unknown activity", rows: [activity({ activity: "Ernošana" })], expected: ["activity-unknown@r1"] },
      { name: "no activity", rows: [activity({ activity: undefined })], expected: ["activity-missing@r1"] },
      {
        name: "a skills competition in SCH",
        rows: [activity({ role: "Learner", activity: "Skills competitions" })],
        project: { sector: "SCH" },
        expected: ["activity-not-in-sector@r1"],
      },
      {
        name: "a VET code in an ADU row",
        rows: [activity({ role: "Learner", activity: "LM-SHORT-VET", sector: "ADU" })],
        expected: ["activity-not-in-sector@r1"],
      },
      { name: "an unknown row sector", rows: [activity({ sector: "Augstākā izglītība" })], expected: ["sector-unknown@r1"] },
      { name: "an unknown role", rows: [activity({ role: "Šoferis" })], expected: ["role-unknown@r1"] },
    ],
  });

  test("an unknown activity is an error suggesting a job shadowing label", () => {
    const [issue] = issuesOf(check([activity({ activity: "Ernošana" })]), "activity-unknown");
    expect(issue).toMatchObject({ severity: "error", field: "activity", params: { value: "Ernošana", suggestion: "Ēnošana" } });
  });

  test("an activity not offered in the sector is an error naming activity and sector", () => {
    const [issue] = issuesOf(
      check([activity({ role: "Learner", activity: "Skills competitions" })], { sector: "SCH" }),
      "activity-not-in-sector",
    );
    expect(issue).toMatchObject({
      severity: "error",
      field: "activity",
      params: { activity: { family: "skills-competition", sector: "VET" }, sector: "SCH" },
    });
  });
});
