/**
 * Dates of one activity (src/rules/checks/dates.ts; rules-2026.md §2, §4): start and end present and readable, the end
 * not before the start, and the activity inside the project period (project 2026-06-01 – 2027-05-31 here).
 */
import { activity, check, checkOne, issuesOf, runRuleTable } from "../helpers";

const RULES = ["date-missing", "date-order", "outside-project-period", "value-unreadable"] as const;

describe("dates of an activity", () => {
  runRuleTable(RULES, {
    valid: [
      { name: "inside the project", rows: [activity({ start: "2026-09-07", end: "2026-09-11" })] },
      {
        name: "a one-day activity (end = start)",
        rows: [activity({ activity: "Skills competitions", start: "2026-09-07", end: "2026-09-07" })],
      },
      { name: "on the project's first day", rows: [activity({ start: "2026-06-01", end: "2026-06-05" })] },
      { name: "up to the project's last day", rows: [activity({ start: "2027-05-27", end: "2027-05-31" })] },
      {
        name: "no project period: nothing to compare with",
        rows: [activity({ start: "2030-01-07", end: "2030-01-11" })],
        project: { start: undefined, end: undefined },
      },
    ],
    invalid: [
      { name: "start missing", rows: [activity({ start: undefined })], expected: ["date-missing@r1"] },
      { name: "end missing", rows: [activity({ end: undefined })], expected: ["date-missing@r1"] },
      { name: "both missing", rows: [activity({ start: undefined, end: undefined })], expected: ["date-missing@r1", "date-missing@r1"] },
      { name: "end before start", rows: [activity({ start: "2026-09-11", end: "2026-09-10" })], expected: ["date-order@r1"] },
      {
        name: "starts the day before the project",
        rows: [activity({ start: "2026-05-31", end: "2026-06-04" })],
        expected: ["outside-project-period@r1"],
      },
      {
        name: "ends the day after the project",
        rows: [activity({ start: "2027-05-28", end: "2027-06-01" })],
        expected: ["outside-project-period@r1"],
      },
      {
        name: "entirely after the project",
        rows: [activity({ start: "2027-09-06", end: "2027-09-10" })],
        expected: ["outside-project-period@r1"],
      },
      { name: "a start that is no calendar date", rows: [activity({ start: "2026-02-30" })], expected: ["value-unreadable@r1"] },
      { name: "an end that is no calendar date", rows: [activity({ end: "11.09.2026" })], expected: ["value-unreadable@r1"] },
    ],
  });

  test("a missing date points at its own field", () => {
    expect(issuesOf(check([activity({ start: undefined })]), "date-missing")[0]).toMatchObject({
      severity: "error",
      field: "start",
      params: { field: "start" },
    });
    expect(issuesOf(check([activity({ end: undefined })]), "date-missing")[0]).toMatchObject({
      severity: "error",
      field: "end",
      params: { field: "end" },
    });
  });

  test("an unreadable date is an error on its field, naming the value", () => {
    const [issue] = issuesOf(checkOne(activity({ end: "2026-09-31" })), "value-unreadable");
    expect(issue).toMatchObject({ severity: "error", field: "end", params: { field: "end", value: "2026-09-31", expected: "date" } });
  });

  test("end before start is an error with both dates", () => {
    const [issue] = issuesOf(checkOne(activity({ start: "2026-09-11", end: "2026-09-07" })), "date-order");
    expect(issue).toMatchObject({ severity: "error", params: { start: "2026-09-11", end: "2026-09-07" } });
  });

  test("outside the period points at the date that is out, with the project period", () => {
    const early = issuesOf(check([activity({ start: "2026-05-31", end: "2026-06-04" })]), "outside-project-period")[0];
    expect(early).toMatchObject({
      severity: "error",
      field: "start",
      params: { start: "2026-05-31", end: "2026-06-04", projectStart: "2026-06-01", projectEnd: "2027-05-31" },
    });
    const late = issuesOf(check([activity({ start: "2027-05-28", end: "2027-06-01" })]), "outside-project-period")[0];
    expect(late.field).toBe("end");
  });
});
