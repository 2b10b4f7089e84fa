/**
 * Preparatory visits (src/rules/checks/preparatory-visits.ts; rules-2026.md §1, §4): at most 3 persons per visit, one
 * visit per hosting organisation, never to a host that only receives courses and training.
 * The host "Berufskolleg Köln" receives job shadowing (2026-09-07 – 2026-09-11) in every case unless stated.
 */
import { activity, at, check, issuesOf, runRuleTable } from "../helpers";

let people = 0;
/** A preparatory visit to Berufskolleg Köln, 2026-07-06 – 2026-07-07, by a new person each time. */
const visit = (overrides = {}) =>
  activity({ participant: `Person ${++people}`, activity: "Preparatory visit", start: "2026-07-06", end: "2026-07-07", ...overrides });
const shadowing = activity({ participant: "Anna" });
const secondDates = { start: "2026-08-03", end: "2026-08-04" };
const course = (host: string) =>
  activity({ participant: `Person ${++people}`, activity: "Courses and training", course: "Digital classroom", hostOrganisation: host });

describe("preparatory visits", () => {
  runRuleTable(["prep-visit-too-many", "prep-visit-second", "prep-visit-courses-only"], {
    valid: [
      { name: "1 person", rows: [shadowing, visit()] },
      { name: "3 persons on one visit", rows: [shadowing, visit(), visit(), visit()] },
      {
        name: "3 persons whose dates overlap by a day",
        rows: [shadowing, visit(), visit({ start: "2026-07-07", end: "2026-07-08" }), visit()],
      },
      {
        name: "visits to two different hosts at other dates",
        rows: [
          shadowing,
          activity({ participant: "Baiba", hostOrganisation: "Schule Bonn" }),
          visit(),
          visit({ hostOrganisation: "Schule Bonn", ...secondDates }),
        ],
      },
      { name: "a host receiving courses and job shadowing", rows: [course("Berufskolleg Köln"), shadowing, visit()] },
      {
        name: "two visited hosts, the second's other activity on the last row",
        rows: [
          visit(),
          visit({ hostOrganisation: "Schule Bonn", ...secondDates }),
          shadowing,
          course("Schule Bonn"),
          activity({ hostOrganisation: "Schule Bonn" }),
        ],
      },
      { name: "a host that the plan does not otherwise name", rows: [shadowing, visit({ hostOrganisation: "Future partner Oy" })] },
      {
        name: "Latvian label",
        rows: [shadowing, visit({ activity: "Sagatavošanās vizīte" }), visit({ activity: "sagatavosanas vizite" })],
      },
    ],
    invalid: [
      {
        name: "4 persons on one visit",
        rows: [shadowing, visit(), visit(), visit(), visit()],
        expected: at("prep-visit-too-many", ["r2", "r3", "r4", "r5"]),
      },
      {
        name: "4 persons, host written differently",
        rows: [
          shadowing,
          visit(),
          visit({ hostOrganisation: "berufskolleg koln" }),
          visit({ hostOrganisation: "BERUFSKOLLEG KÖLN" }),
          visit(),
        ],
        expected: at("prep-visit-too-many", ["r2", "r3", "r4", "r5"]),
      },
      {
        name: "a second visit to the same host at other dates",
        rows: [shadowing, visit(), visit(secondDates)],
        expected: ["prep-visit-second@r3"],
      },
      {
        name: "a second visit listed first is still the second in time",
        rows: [shadowing, visit(secondDates), visit()],
        expected: ["prep-visit-second@r2"],
      },
      {
        name: "a visit to a host that only receives courses",
        rows: [course("Europass Firenze"), visit({ hostOrganisation: "Europass Firenze" })],
        expected: ["prep-visit-courses-only@r2"],
      },
      {
        name: "a visit to a course-only host while another host receives shadowing",
        rows: [
          shadowing,
          course("Europass Firenze"),
          visit({ hostOrganisation: "Europass Firenze" }),
          visit({ hostOrganisation: "Europass Firenze" }),
        ],
        expected: at("prep-visit-courses-only", ["r3", "r4"]),
      },
      {
        name: "every host but the last visited one receives shadowing before its courses are read",
        rows: [
          visit(),
          visit({ hostOrganisation: "Europass Firenze", ...secondDates }),
          shadowing,
          course("Europass Firenze"),
          course("Europass Firenze"),
        ],
        expected: ["prep-visit-courses-only@r2"],
      },
    ],
  });

  test("too many is an error on the host organisation with the count and the maximum 3", () => {
    const [issue] = issuesOf(check([shadowing, visit(), visit(), visit(), visit()]), "prep-visit-too-many");
    expect(issue).toMatchObject({ severity: "error", field: "hostOrganisation", params: { host: "Berufskolleg Köln", count: 4, max: 3 } });
  });

  test("a second visit is an error naming the first visit's start", () => {
    const [issue] = issuesOf(check([shadowing, visit(), visit(secondDates)]), "prep-visit-second");
    expect(issue).toMatchObject({
      severity: "error",
      field: "hostOrganisation",
      params: { host: "Berufskolleg Köln", first: "2026-07-06" },
    });
  });

  test("a visit to a course-only host is an error", () => {
    const [issue] = issuesOf(
      check([course("Europass Firenze"), visit({ hostOrganisation: "Europass Firenze" })]),
      "prep-visit-courses-only",
    );
    expect(issue).toMatchObject({ severity: "error", field: "hostOrganisation", params: { host: "Europass Firenze" } });
  });

  test("preparatory visits have no duration limit", () => {
    const issues = check([shadowing, visit({ start: "2026-07-06", end: "2026-07-06" })]);
    expect(issues).toEqual([]);
  });
});
