/**
 * The 30-activity cap (src/rules/checks/cap.ts; rules-2026.md §2, §5.4): 1 participant = 1 activity, a group of N
 * learners = N, the same person twice = 2; accompanying persons and preparatory visits do not count.
 * One finding (rules-2026.md §4, §5.9): on the 31st counted activity, naming the count; accredited projects (KA121)
 * have no cap (§2b).
 */
import fc from "fast-check";
import { activity, check, companion, issuesOf, learner, runRuleTable, type Row } from "../helpers";

/** n job-shadowing rows by different people. */
const staff = (n: number, from = 1): Row[] =>
  Array.from({ length: n }, (_, i) => activity({ participant: `Person ${from + i}`, mentor: undefined }));
const visits = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) =>
    activity({
      participant: `Visitor ${i}`,
      activity: "Preparatory visit",
      start: "2026-07-06",
      end: "2026-07-07",
      hostOrganisation: `Host ${i}`,
    }),
  );

describe("at most 30 mobility activities", () => {
  runRuleTable(["project-cap-exceeded"], {
    valid: [
      { name: "30 activities", rows: staff(30) },
      { name: "30 activities and accompanying persons", rows: [...staff(30), companion(), companion({ participant: "Otra skolotāja" })] },
      {
        name: "28 staff, a group of 2 learners and its accompanying person, who names the activity",
        rows: [...staff(28), learner({ group: "A" }), learner({ group: "A" }), companion({ group: "A", activity: "Group mobility" })],
      },
      { name: "30 activities and preparatory visits", rows: [...staff(30), ...visits(3)] },
      { name: "28 staff and a group of 2 learners", rows: [...staff(28), learner({ group: "A" }), learner({ group: "A" })] },
      {
        name: "rows with an unknown activity are reported as unknown, not counted",
        rows: [...staff(30), activity({ activity: "Football" })],
      },
    ],
    invalid: [
      { name: "31 activities", rows: staff(31), expected: ["project-cap-exceeded@r31"] },
      { name: "32 activities: one finding, on the 31st", rows: staff(32), expected: ["project-cap-exceeded@r31"] },
      {
        name: "the same person 31 times",
        rows: Array.from({ length: 31 }, () => activity({ participant: "Anna" })),
        expected: ["project-cap-exceeded@r31"],
      },
      {
        name: "29 staff and a group of 2 learners",
        rows: [...staff(29), learner({ group: "A" }), learner({ group: "A" })],
        expected: ["project-cap-exceeded@r31"],
      },
      {
        name: "31 activities with accompanying persons and visits listed between them",
        rows: [...staff(15), companion(), ...visits(2), ...staff(16, 16)],
        // r1–r15 staff, r16 accompanying, r17–r18 visits, r19–r34 staff: the 31st counted activity is row r34.
        expected: ["project-cap-exceeded@r34"],
      },
    ],
  });

  test("the 31st activity is an error at position 31 of 31, maximum 30", () => {
    const issues = issuesOf(check(staff(31)), "project-cap-exceeded");
    expect(issues).toEqual([
      {
        rule: "project-cap-exceeded",
        severity: "error",
        activityId: "r31",
        field: "activity",
        params: { position: 31, count: 31, max: 30 },
      },
    ]);
  });

  test("the rows past the 31st carry no cap issue: one finding names the count", () => {
    const issues = issuesOf(check(staff(33)), "project-cap-exceeded");
    expect(issues.map((i) => [i.activityId, i.params.position, i.params.count])).toEqual([["r31", 31, 33]]);
  });

  test("an accredited project (KA121) has no cap; the same rows as KA122, or with no action, have one finding", () => {
    const rows = staff(60);
    const accredited = { action: "KA121", start: "2026-06-01", end: "2027-08-31" };
    expect(issuesOf(check(rows, accredited), "project-cap-exceeded")).toEqual([]);
    expect(issuesOf(check(rows, { ...accredited, action: "KA122" }), "project-cap-exceeded")).toHaveLength(1);
    expect(issuesOf(check(rows, { ...accredited, action: undefined }), "project-cap-exceeded")).toHaveLength(1);
  });

  test("any mix of counted and uncounted rows: one finding exactly when more than 30 count, on the 31st counted; none in KA121", () => {
    // Each row: a counted activity, an accompanying person or a preparatory visit (neither counted).
    const kinds = fc.array(fc.constantFrom("staff", "companion", "visit"), { maxLength: 80 });
    fc.assert(
      fc.property(kinds, (list) => {
        const rows = list.map((kind, i) =>
          kind === "staff"
            ? activity({ participant: `P${i}`, mentor: undefined })
            : kind === "companion"
              ? companion({ participant: `C${i}` })
              : visits(1)[0],
        );
        const counted = list.flatMap((kind, i) => (kind === "staff" ? [`r${i + 1}`] : []));
        const found = issuesOf(check(rows), "project-cap-exceeded").map((i) => [i.activityId, i.params.count]);
        expect(found).toEqual(counted.length > 30 ? [[counted[30], counted.length]] : []);
        expect(issuesOf(check(rows, { action: "KA121" }), "project-cap-exceeded")).toEqual([]);
      }),
      { seed: 2121, numRuns: 150 },
    );
  });
});
