/**
 * Group mobility (src/rules/checks/groups.ts; rules-2026.md §1, §4): at least 2 learners per group, and accompanying
 * persons covering the group's whole dates when the sheet records accompanying persons at all.
 * Learners here: group mobility in Germany 2026-09-07 – 2026-09-11.
 */
import { check, companion, issuesOf, learner, runRuleTable, summary, at } from "../helpers";

const RULES = ["group-too-small", "group-not-accompanied"] as const;

describe("group size", () => {
  runRuleTable(["group-too-small"], {
    valid: [
      { name: "a named group of 2", rows: [learner({ group: "A" }), learner({ group: "a" })] },
      { name: "an unnamed group of 2 (same host and start)", rows: [learner(), learner()] },
      { name: "2 in SCH", rows: [learner({ group: "A" }), learner({ group: "A" })], project: { sector: "SCH" } },
      { name: "2 in ADU", rows: [learner({ group: "A" }), learner({ group: "A" })], project: { sector: "ADU" } },
      {
        name: "an accompanying person is not a learner but does not make a group small",
        rows: [learner({ group: "A" }), learner({ group: "A" }), companion({ group: "A" })],
      },
    ],
    invalid: [
      { name: "a named group of 1", rows: [learner({ group: "A" })], expected: ["group-too-small@r1"] },
      {
        name: "1 learner + 1 accompanying person",
        rows: [learner({ group: "A" }), companion({ group: "A" })],
        expected: ["group-too-small@r1"],
      },
      {
        name: "two groups of 1",
        rows: [learner({ group: "A" }), learner({ group: "B" })],
        expected: ["group-too-small@r1", "group-too-small@r2"],
      },
      {
        name: "unnamed learners leaving on different days are different groups",
        rows: [learner(), learner({ start: "2026-09-08" })],
        expected: ["group-too-small@r1", "group-too-small@r2"],
      },
      { name: "1 in SCH", rows: [learner({ group: "A" })], project: { sector: "SCH" }, expected: ["group-too-small@r1"] },
      { name: "1 in ADU", rows: [learner({ group: "A" })], project: { sector: "ADU" }, expected: ["group-too-small@r1"] },
    ],
  });

  test("is an error on the group field with the count and the minimum 2", () => {
    const [issue] = issuesOf(check([learner({ group: "A" })]), "group-too-small");
    expect(issue).toMatchObject({ severity: "error", field: "group", params: { group: "A", learners: 1, min: 2 } });
  });
});

describe("accompanying persons for the whole duration", () => {
  const pair = [learner({ group: "A" }), learner({ group: "A", participant: "Pēteris" })];

  runRuleTable(RULES, {
    valid: [
      { name: "no accompanying rows in the sheet at all", rows: pair },
      { name: "one person for the whole dates", rows: [...pair, companion({ group: "A" })] },
      { name: "one person from before to after", rows: [...pair, companion({ group: "A", start: "2026-09-06", end: "2026-09-12" })] },
      {
        name: "two people in sequence",
        rows: [
          ...pair,
          companion({ group: "A", start: "2026-09-07", end: "2026-09-09" }),
          companion({ group: "A", start: "2026-09-10", end: "2026-09-11" }),
        ],
      },
      {
        name: "two people overlapping, listed in reverse order",
        rows: [
          ...pair,
          companion({ group: "A", start: "2026-09-09", end: "2026-09-11" }),
          companion({ group: "A", start: "2026-09-07", end: "2026-09-09" }),
        ],
      },
      { name: "an unnamed person at the same host on the group's dates", rows: [...pair, companion()] },
      {
        name: "learners with staggered dates covered by one person",
        rows: [
          learner({ group: "A" }),
          learner({ group: "A", start: "2026-09-08", end: "2026-09-13" }),
          companion({ group: "A", end: "2026-09-13" }),
        ],
      },
      { name: "Latvian role label", rows: [...pair, companion({ group: "A", role: "Pavadošā persona" })] },
    ],
    invalid: [
      {
        name: "a person for part of the dates",
        rows: [...pair, companion({ group: "A", end: "2026-09-09" })],
        expected: at("group-not-accompanied", ["r1", "r2"]),
      },
      {
        name: "a person leaving a day early",
        rows: [...pair, companion({ group: "A", end: "2026-09-10" })],
        expected: at("group-not-accompanied", ["r1", "r2"]),
      },
      {
        name: "two people in sequence, the second leaving a day early",
        rows: [
          ...pair,
          companion({ group: "A", start: "2026-09-07", end: "2026-09-09" }),
          companion({ group: "A", start: "2026-09-10", end: "2026-09-10" }),
        ],
        expected: at("group-not-accompanied", ["r1", "r2"]),
      },
      {
        name: "a person arriving a day late",
        rows: [...pair, companion({ group: "A", start: "2026-09-08" })],
        expected: at("group-not-accompanied", ["r1", "r2"]),
      },
      {
        name: "two people with a day between them",
        rows: [
          ...pair,
          companion({ group: "A", start: "2026-09-07", end: "2026-09-08" }),
          companion({ group: "A", start: "2026-09-10", end: "2026-09-11" }),
        ],
        expected: at("group-not-accompanied", ["r1", "r2"]),
      },
      {
        name: "the sheet has accompanying persons, but for another group",
        rows: [
          ...pair,
          learner({ group: "B", hostOrganisation: "Lycée Lyon", hostCountry: "FR" }),
          learner({ group: "B", hostOrganisation: "Lycée Lyon", hostCountry: "FR" }),
          companion({ group: "B", hostOrganisation: "Lycée Lyon", hostCountry: "FR" }),
        ],
        expected: at("group-not-accompanied", ["r1", "r2"]),
      },
      {
        name: "an unnamed person at another host",
        rows: [...pair, companion({ hostOrganisation: "Lycée Lyon", hostCountry: "FR" })],
        expected: at("group-not-accompanied", ["r1", "r2"]),
      },
      {
        name: "staggered learners: the person leaves with the first",
        rows: [learner({ group: "A" }), learner({ group: "A", start: "2026-09-08", end: "2026-09-13" }), companion({ group: "A" })],
        expected: at("group-not-accompanied", ["r1", "r2"]),
      },
    ],
  });

  test("is an error on the group field with the group's dates", () => {
    const [issue] = issuesOf(check([...pair, companion({ group: "A", end: "2026-09-09" })]), "group-not-accompanied");
    expect(issue).toMatchObject({ severity: "error", field: "group", params: { group: "A", start: "2026-09-07", end: "2026-09-11" } });
  });

  test("a complete accompanied group has no issue but the two-countries reminder", () => {
    expect(summary(check([...pair, companion({ group: "A" })]))).toEqual(["group-two-countries@r1"]);
  });
});

describe("which rows are one group", () => {
  const GROUP_RULES = ["group-too-small", "group-not-accompanied", "group-two-countries"] as const;
  const sch = { sector: "SCH" };
  // In report order (summary sorts).
  const only = (issues: ReturnType<typeof check>) =>
    issues.filter((i) => GROUP_RULES.some((r) => r === i.rule)).map((i) => `${i.rule}@${i.activityId}`);

  test("an accompanying person listed before the learners accompanies them, and the group is in its first learner's place", () => {
    const rows = [companion({ group: "B" }), learner({ group: "A" }), learner({ group: "B" }), learner({ group: "B" })];
    expect(only(check(rows, sch))).toEqual([
      "group-too-small@r2",
      "group-not-accompanied@r2",
      "group-two-countries@r2",
      "group-two-countries@r3",
    ]);
  });

  test("group names with no letters or digits are one group, as the key of each is empty", () => {
    expect(only(check([learner({ group: "-" }), learner({ group: "—" }), companion({ group: "–" })], sch))).toEqual([
      "group-two-countries@r1",
    ]);
  });

  test("an accompanying person naming a group no learner is in makes no group", () => {
    const rows = [learner({ group: "A" }), learner({ group: "A" }), companion({ group: "A" }), companion({ group: "Z" })];
    expect(only(check(rows, sch))).toEqual(["group-two-countries@r1"]);
  });

  test("learners of one group written differently (case, marks, spacing) are one group named as its first row is", () => {
    const rows = [learner({ group: "Grupa Ā" }), learner({ group: "grupa a" }), learner({ group: "GRUPA  A" })];
    const [issue] = issuesOf(check(rows, sch), "group-two-countries");
    expect(only(check(rows, sch))).toEqual(["group-two-countries@r1"]);
    expect(issue.params).toEqual({ group: "Grupa Ā" });
  });
});
