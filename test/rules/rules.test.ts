/**
 * The rule table (src/rules/rules.ts, derived from the rule modules) against rules-2026.md §4: the severity of each
 * check, copied by hand from the specification, and the issue builder.
 */
import { RULES, RULE_IDS, issue, type RuleId, type Severity } from "../../src/rules";

// rules-2026.md §4, row by row, as the rule ids that implement each row.
const SPEC_SEVERITIES: readonly (readonly [RuleId, Severity])[] = [
  ["sector-unknown", "error"],
  ["activity-unknown", "error"],
  ["activity-not-in-sector", "error"],
  ["date-missing", "error"],
  ["date-order", "error"],
  ["duration-below-min", "error"],
  ["duration-above-max", "error"],
  ["fewer-opportunities-short", "info"],
  ["duration-mismatch", "warning"],
  ["outside-project-period", "error"],
  ["country-not-eligible", "error"],
  ["host-same-as-sending", "error"],
  ["incoming-from-own-country", "error"],
  ["group-too-small", "error"],
  ["group-not-accompanied", "error"],
  ["recent-graduate-in-group", "error"],
  ["recent-graduate-too-late", "error"],
  ["course-too-many-together", "error"],
  ["course-too-many-same-title", "warning"],
  ["course-repeated", "error"],
  ["mentor-overbooked", "error"],
  ["prep-visit-too-many", "error"],
  ["prep-visit-second", "error"],
  ["prep-visit-courses-only", "error"],
  ["project-cap-exceeded", "error"],
  ["project-no-mobility", "error"],
  ["project-duration", "error"],
  ["project-start-outside-call", "error"],
  ["travel-days-exceeded", "warning"],
  ["mentor-missing", "warning"],
  ["ka121-duration-prolongation", "warning"],
  ["ka121-duration-too-long", "error"],
  ["ka121-duration-short", "warning"],
  ["ka121-start", "error"],
  ["ka121-call-round", "error"],
  ["third-country-venue", "warning"],
  ["long-pupil-pre-departure", "info"],
  ["group-two-countries", "info"],
];

describe("§4 severities", () => {
  test.each(SPEC_SEVERITIES)("%s is %s", (rule, severity) => {
    expect(RULES[rule].severity).toBe(severity);
  });

  test("every rule of the table has an id, a severity, a scope and a source", () => {
    for (const id of RULE_IDS) {
      expect(RULES[id].id).toBe(id);
      expect(["error", "warning", "info"]).toContain(RULES[id].severity);
      expect(["input", "activity", "cross-activity", "project"]).toContain(RULES[id].scope);
      expect(RULES[id].source.trim()).not.toBe("");
    }
  });
});

describe("issue()", () => {
  test("an activity issue takes the rule's severity and default field", () => {
    expect(issue("mentor-overbooked", { mentor: "M", count: 3, max: 2 }, { activityId: "r4" })).toEqual({
      rule: "mentor-overbooked",
      severity: "error",
      activityId: "r4",
      field: "mentor",
      params: { mentor: "M", count: 3, max: 2 },
    });
  });

  test("a field given overrides the default", () => {
    expect(issue("date-missing", { field: "end" }, { activityId: "r1", field: "end" }).field).toBe("end");
  });

  test("a project issue has no activity and points at a project setting", () => {
    expect(issue("project-start-outside-call", { start: "2026-05-31", call: "2026-R1", from: "2026-06-01", to: "2026-12-31" })).toEqual({
      rule: "project-start-outside-call",
      severity: "error",
      projectField: "start",
      params: { start: "2026-05-31", call: "2026-R1", from: "2026-06-01", to: "2026-12-31" },
    });
  });
});
