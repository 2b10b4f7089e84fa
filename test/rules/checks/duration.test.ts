/**
 * Duration of one activity (src/rules/checks/duration.ts; rules-2026.md §1, §4): min − 1, min, max, max + 1 for every
 * sector × activity type of the catalog, the fewer-opportunities exception, and a stated duration that disagrees.
 * The same boundaries against the numbers copied by hand from the specification are in spec-numbers.test.ts.
 */
import { ACTIVITY_TYPES, type ActivityType, type Issue } from "../../../src/rules";
import { activity, checkOne, issuesOf, lasting, rulesOf } from "../helpers";

const DURATION_RULES = ["duration-below-min", "duration-above-max", "fewer-opportunities-short", "date-order"];

/** The duration issues of `days` days of `type`, in its sector. */
function durationIssues(type: Pick<ActivityType, "code" | "sector">, days: number, extra: object = {}): Issue[] {
  const dates = days >= 1 ? lasting(days) : { start: "2026-09-07", end: "2026-09-06" };
  const issues = checkOne(activity({ activity: type.code, hostCountry: undefined, ...dates, ...extra }), { sector: type.sector });
  return issues.filter((i) => DURATION_RULES.includes(i.rule));
}

const limited = ACTIVITY_TYPES.filter((t) => t.minDays !== null && t.maxDays !== null).map(
  (t) => [`${t.sector} ${t.code} (${t.minDays}–${t.maxDays})`, t, t.minDays as number, t.maxDays as number] as const,
);

describe("every sector × activity type with limits", () => {
  test.each(limited)("%s: min − 1 days is below the minimum", (_name, type, min) => {
    const issues = durationIssues(type, min - 1);
    if (min - 1 < 1) {
      // A 1-day minimum: one day less is an end before the start.
      expect(rulesOf(issues)).toEqual(["date-order"]);
      return;
    }
    expect(rulesOf(issues)).toEqual(["duration-below-min"]);
    expect(issuesOf(issues, "duration-below-min")[0].params).toEqual({
      activity: { family: type.family, sector: type.sector },
      days: min - 1,
      min,
    });
  });

  test.each(limited)("%s: min days passes", (_name, type, min) => {
    expect(durationIssues(type, min)).toEqual([]);
  });

  test.each(limited)("%s: max days passes", (_name, type, _min, max) => {
    expect(durationIssues(type, max)).toEqual([]);
  });

  test.each(limited)("%s: max + 1 days is above the maximum", (_name, type, _min, max) => {
    const issues = durationIssues(type, max + 1);
    expect(rulesOf(issues)).toEqual(["duration-above-max"]);
    expect(issuesOf(issues, "duration-above-max")[0]).toMatchObject({
      severity: "error",
      activityId: "r1",
      params: { days: max + 1, max },
    });
  });

  test.each(limited)("%s: the duration issues are errors", (_name, type, min, max) => {
    const issues = [...durationIssues(type, Math.max(min - 1, 1)), ...durationIssues(type, max + 1)];
    for (const i of issues) if (i.rule !== "date-order") expect(i.severity).toBe("error");
  });
});

describe("entries with no duration set (preparatory visit)", () => {
  const unlimited = ACTIVITY_TYPES.filter((t) => t.minDays === null || t.maxDays === null).map(
    (t) => [`${t.sector} ${t.code}`, t] as const,
  );

  test("are the preparatory visits of the three sectors", () => {
    expect(unlimited.map(([name]) => name).sort()).toEqual(["ADU PREP-VISIT", "SCH PREP-VISIT", "VET PREP-VISIT"]);
  });

  test.each(unlimited)("%s: 1 day and 400 days report no duration issue", (_name, type) => {
    expect(durationIssues(type, 1)).toEqual([]);
    expect(durationIssues(type, 400)).toEqual([]);
  });
});

describe("fewer opportunities (rules-2026.md §1, §4: short-term VET and school learners, minimum 2 if justified)", () => {
  const cases: readonly (readonly [
    name: string,
    code: string,
    sector: "VET" | "SCH" | "ADU",
    days: number,
    fo: boolean | undefined,
    expected: string[],
  ])[] = [
    ["VET 1 day with FO is below the reduced minimum", "LM-SHORT-VET", "VET", 1, true, ["duration-below-min"]],
    ["VET 2 days with FO needs a justification", "LM-SHORT-VET", "VET", 2, true, ["fewer-opportunities-short"]],
    ["VET 9 days with FO needs a justification", "LM-SHORT-VET", "VET", 9, true, ["fewer-opportunities-short"]],
    ["VET 9 days without FO is below the minimum", "LM-SHORT-VET", "VET", 9, undefined, ["duration-below-min"]],
    ["VET 9 days with FO marked no is below the minimum", "LM-SHORT-VET", "VET", 9, false, ["duration-below-min"]],
    ["VET 10 days with FO is plain", "LM-SHORT-VET", "VET", 10, true, []],
    ["VET 10 days without FO is plain", "LM-SHORT-VET", "VET", 10, undefined, []],
    ["VET 90 days with FO is still above the maximum", "LM-SHORT-VET", "VET", 90, true, ["duration-above-max"]],
    ["SCH 1 day with FO is below the reduced minimum", "LM-SHORT-PUPIL", "SCH", 1, true, ["duration-below-min"]],
    ["SCH 2 days with FO needs a justification", "LM-SHORT-PUPIL", "SCH", 2, true, ["fewer-opportunities-short"]],
    ["SCH 9 days with FO needs a justification", "LM-SHORT-PUPIL", "SCH", 9, true, ["fewer-opportunities-short"]],
    ["SCH 9 days without FO is below the minimum", "LM-SHORT-PUPIL", "SCH", 9, undefined, ["duration-below-min"]],
    ["SCH 10 days is plain", "LM-SHORT-PUPIL", "SCH", 10, true, []],
    ["ADU short-term has no exception: 1 day with FO", "LM-SHORT-ADU", "ADU", 1, true, ["duration-below-min"]],
    ["ADU short-term 2 days with FO is plain", "LM-SHORT-ADU", "ADU", 2, true, []],
    ["VET long-term has no exception: 89 days with FO", "LM-LONG-VET", "VET", 89, true, ["duration-below-min"]],
    ["SCH long-term has no exception: 29 days with FO", "LM-LONG-PUPILS", "SCH", 29, true, ["duration-below-min"]],
    ["VET group mobility has no exception: 1 day with FO", "LM-GRP-VET", "VET", 1, true, ["duration-below-min"]],
  ];

  test.each(cases)("%s", (_name, code, sector, days, fo, expected) => {
    expect(rulesOf(durationIssues({ code, sector }, days, { fewerOpportunities: fo }))).toEqual(expected);
  });

  test("below the reduced minimum, the minimum shown is 2 days", () => {
    const [issue] = durationIssues({ code: "LM-SHORT-VET", sector: "VET" }, 1, { fewerOpportunities: true });
    expect(issue).toMatchObject({ rule: "duration-below-min", severity: "error", params: { days: 1, min: 2 } });
    const [adult] = durationIssues({ code: "LM-SHORT-ADU", sector: "ADU" }, 1, { fewerOpportunities: true });
    expect(adult).toMatchObject({ rule: "duration-below-min", params: { days: 1, min: 2 } });
  });

  test("without fewer opportunities, the minimum shown is 10 days", () => {
    const [issue] = durationIssues({ code: "LM-SHORT-PUPIL", sector: "SCH" }, 9);
    expect(issue).toMatchObject({ rule: "duration-below-min", params: { days: 9, min: 10 } });
  });

  test("the reminder is info with the usual and the reduced minimum", () => {
    const [issue] = durationIssues({ code: "LM-SHORT-PUPIL", sector: "SCH" }, 2, { fewerOpportunities: true });
    expect(issue).toEqual({
      rule: "fewer-opportunities-short",
      severity: "info",
      activityId: "r1",
      field: "end",
      params: { activity: { family: "short-term-learners", sector: "SCH" }, days: 2, min: 10, reducedMin: 2 },
    });
  });
});

describe("a stated duration", () => {
  test.each([
    [5, 5, []],
    [6, 5, ["duration-mismatch"]],
    [4, 5, ["duration-mismatch"]],
    [7, 5, ["duration-mismatch"]],
  ])("of %d days with dates of %d days", (stated, days, expected) => {
    const issues = checkOne(activity({ ...lasting(days), durationDays: stated }), { sector: "VET" });
    expect(rulesOf(issues)).toEqual(expected);
    for (const i of issues) expect(i).toMatchObject({ severity: "warning", field: "durationDays", params: { stated, days } });
  });
});

describe("limits without a sector, and rows that are not held to them", () => {
  test("job shadowing is 2–60 days in every sector, so it is checked without a sector", () => {
    expect(rulesOf(checkOne(activity(lasting(61))))).toEqual(["duration-above-max"]);
    expect(rulesOf(checkOne(activity(lasting(1))))).toEqual(["duration-below-min"]);
    expect(checkOne(activity(lasting(60)))).toEqual([]);
  });

  test("short-term learners differ by sector, so no limit applies without a sector", () => {
    const issues = checkOne(activity({ activity: "Short-term learning mobility", ...lasting(40) }));
    expect(issues.filter((i) => DURATION_RULES.includes(i.rule))).toEqual([]);
  });

  test("the row's sector wins over the project's", () => {
    const row = activity({ activity: "Short-term learning mobility", sector: "SCH", ...lasting(40) });
    expect(rulesOf(checkOne(row, { sector: "VET" }))).toEqual(["duration-above-max"]);
    expect(rulesOf(checkOne({ ...row, sector: "VET" }, { sector: "SCH" }))).toEqual([]);
  });

  test("an accompanying person may go for part of the activity", () => {
    const row = activity({ role: "Accompanying person", activity: "Group mobility", ...lasting(1) });
    expect(checkOne(row, { sector: "VET" })).toEqual([]);
  });
});
