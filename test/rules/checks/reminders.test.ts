/**
 * Info-level reminders (rules-2026.md §4, last rows): pre-departure training for long-term pupil mobility, and learners
 * from at least two countries in VET and school group mobility.
 */
import { activity, check, issuesOf, learner, runRuleTable } from "../helpers";

const longPupil = (overrides = {}) =>
  activity({ role: "Learner", activity: "LM-LONG-PUPILS", start: "2026-09-01", end: "2026-11-30", ...overrides });

describe("pre-departure training for long-term pupil mobility", () => {
  runRuleTable(["long-pupil-pre-departure"], {
    valid: [
      {
        name: "VET long-term (ErasmusPro)",
        rows: [activity({ role: "Learner", activity: "ErasmusPro", start: "2026-09-01", end: "2026-11-30" })],
      },
      {
        name: "ADU long-term",
        rows: [activity({ role: "Learner", activity: "Long-term learning mobility", start: "2026-09-01", end: "2026-11-30" })],
        project: { sector: "ADU" },
      },
      {
        name: "SCH short-term",
        rows: [activity({ role: "Learner", activity: "Short-term learning mobility", start: "2026-09-01", end: "2026-09-20" })],
        project: { sector: "SCH" },
      },
    ],
    invalid: [
      { name: "SCH long-term by code", rows: [longPupil()], project: { sector: "SCH" }, expected: ["long-pupil-pre-departure@r1"] },
      {
        name: "SCH long-term by the Latvian name",
        rows: [longPupil({ activity: "Izglītojamo ilgtermiņa mācību mobilitāte" })],
        project: { sector: "SCH" },
        expected: ["long-pupil-pre-departure@r1"],
      },
    ],
  });

  test("is info, and the only issue of a valid long-term pupil mobility", () => {
    const issues = check([longPupil()], { sector: "SCH" });
    expect(issues).toEqual([{ rule: "long-pupil-pre-departure", severity: "info", activityId: "r1", field: "activity", params: {} }]);
  });
});

describe("learners from two countries in group mobility", () => {
  runRuleTable(["group-two-countries"], {
    valid: [
      { name: "ADU group mobility", rows: [learner({ group: "A" }), learner({ group: "A" })], project: { sector: "ADU" } },
      { name: "no group mobility", rows: [activity()] },
    ],
    invalid: [
      {
        name: "VET: once per group",
        rows: [learner({ group: "A" }), learner({ group: "A" }), learner({ group: "B" }), learner({ group: "B" })],
        expected: ["group-two-countries@r1", "group-two-countries@r3"],
      },
      {
        name: "SCH",
        rows: [learner({ group: "A" }), learner({ group: "A" })],
        project: { sector: "SCH" },
        expected: ["group-two-countries@r1"],
      },
    ],
  });

  test("is info naming the group", () => {
    const [issue] = issuesOf(check([learner({ group: "Grupa A" }), learner({ group: "Grupa A" })]), "group-two-countries");
    expect(issue).toMatchObject({ severity: "info", field: "group", params: { group: "Grupa A" } });
  });
});
