/**
 * Recent graduates (src/rules/checks/graduates.ts; rules-2026.md §3, §4, §5.5): VET learners up to 12 months after
 * graduation, never in VET group mobility; teachers in training graduated at most 12 months ago (§1).
 */
import { activity, check, issuesOf, learner, runRuleTable } from "../helpers";

const RULES = ["recent-graduate-in-group", "recent-graduate-too-late"] as const;

const shortTerm = (overrides = {}) =>
  activity({
    role: "Learner",
    activity: "Short-term learning mobility",
    recentGraduate: true,
    graduationDate: "2025-09-15",
    start: "2026-09-15",
    end: "2026-10-04",
    ...overrides,
  });
/** A teacher in training from Spain at the beneficiary, 2026-09-07 – 2026-09-18. */
const teacherInTraining = (graduationDate: string) =>
  activity({
    activity: "OA-HOS-TTT",
    hostCountry: undefined,
    sendingCountry: "ES",
    graduationDate,
    start: "2026-09-07",
    end: "2026-09-18",
  });

describe("recent graduates", () => {
  runRuleTable(RULES, {
    valid: [
      { name: "VET short-term, starting exactly 12 months after graduation", rows: [shortTerm()] },
      {
        name: "VET short-term, starting 1 month after graduation",
        rows: [shortTerm({ start: "2026-06-15", end: "2026-07-04", graduationDate: "2026-05-15" })],
      },
      {
        name: "VET long-term (ErasmusPro) within 12 months",
        rows: [shortTerm({ activity: "ErasmusPro", start: "2026-09-01", end: "2026-12-15", graduationDate: "2025-10-01" })],
      },
      { name: "VET group mobility of enrolled learners", rows: [learner({ group: "A", recentGraduate: false }), learner({ group: "A" })] },
      {
        name: "VET group mobility of a learner who graduates after it (still enrolled)",
        rows: [learner({ group: "A", graduationDate: "2027-06-15" }), learner({ group: "A" })],
      },
      {
        name: "school group mobility: the exclusion is VET's",
        rows: [learner({ group: "A", recentGraduate: true }), learner({ group: "A" })],
        project: { sector: "SCH" },
      },
      {
        name: "teacher in training graduated 12 months before",
        rows: [teacherInTraining("2025-09-07")],
      },
    ],
    invalid: [
      {
        name: "VET short-term, starting 12 months and 1 day after graduation",
        rows: [shortTerm({ start: "2026-09-16", end: "2026-10-05" })],
        expected: ["recent-graduate-too-late@r1"],
      },
      {
        name: "VET short-term, starting 2 years after graduation",
        rows: [shortTerm({ graduationDate: "2024-09-15" })],
        expected: ["recent-graduate-too-late@r1"],
      },
      {
        name: "recent graduate in VET group mobility",
        rows: [learner({ group: "A", recentGraduate: true }), learner({ group: "A" })],
        expected: ["recent-graduate-in-group@r1"],
      },
      {
        name: "VET group mobility of a learner who graduated before it, not marked as a recent graduate",
        rows: [learner({ group: "A", graduationDate: "2026-06-15" }), learner({ group: "A" })],
        expected: ["recent-graduate-in-group@r1"],
      },
      {
        name: "teacher in training graduated 12 months and 1 day before",
        rows: [teacherInTraining("2025-09-06")],
        expected: ["recent-graduate-too-late@r1"],
      },
    ],
  });

  test("too late is an error on the graduation date, with both dates and the 12 months", () => {
    const [issue] = issuesOf(check([shortTerm({ start: "2026-09-16", end: "2026-10-05" })]), "recent-graduate-too-late");
    expect(issue).toMatchObject({
      severity: "error",
      field: "graduationDate",
      params: { graduation: "2025-09-15", start: "2026-09-16", months: 12 },
    });
  });

  test("a recent graduate in VET group mobility is an error on the recent-graduate field", () => {
    const [issue] = issuesOf(check([learner({ group: "A", recentGraduate: true }), learner({ group: "A" })]), "recent-graduate-in-group");
    expect(issue).toMatchObject({ severity: "error", field: "recentGraduate" });
  });

  test("12 months from the end of February end on the last day of February", () => {
    const rows = (start: string) => [shortTerm({ graduationDate: "2024-02-29", start, end: "2025-03-20" })];
    expect(issuesOf(check(rows("2025-02-28"), { start: "2024-12-01", end: "2025-12-31" }), "recent-graduate-too-late")).toEqual([]);
    expect(issuesOf(check(rows("2025-03-01"), { start: "2024-12-01", end: "2025-12-31" }), "recent-graduate-too-late")).toHaveLength(1);
  });
});

test("a graduation date that is no calendar date is reported, not moved to another day", () => {
  const issues = check([shortTerm({ graduationDate: "2025-02-30" })]);
  expect(issuesOf(issues, "recent-graduate-too-late")).toEqual([]);
  expect(issuesOf(issues, "value-unreadable")).toEqual([
    {
      rule: "value-unreadable",
      severity: "error",
      activityId: "r1",
      field: "graduationDate",
      params: { field: "graduationDate", value: "2025-02-30", expected: "date" },
    },
  ]);
});
