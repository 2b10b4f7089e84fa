/**
 * Job shadowing (src/rules/checks/mentors.ts; rules-2026.md §1, §4): at most 2 participants shadow the same mentor
 * on overlapping dates.
 */
import { activity, at, check, issuesOf, runRuleTable } from "../helpers";

let people = 0;
/** Job shadowing of Dr. Müller in Köln, 2026-09-07 – 2026-09-11, by a new person each time. */
const shadow = (overrides = {}) => activity({ participant: `Person ${++people}`, mentor: "Dr. Müller", ...overrides });

describe("participants shadowing the same mentor", () => {
  runRuleTable(["mentor-overbooked"], {
    valid: [
      { name: "2 overlapping", rows: [shadow(), shadow()] },
      {
        name: "3 not overlapping",
        rows: [shadow(), shadow({ start: "2026-09-14", end: "2026-09-18" }), shadow({ start: "2026-09-21", end: "2026-09-25" })],
      },
      {
        name: "3 where the third starts the day after the first ends",
        rows: [shadow(), shadow({ start: "2026-09-09", end: "2026-09-15" }), shadow({ start: "2026-09-12", end: "2026-09-16" })],
      },
      {
        name: "3 overlapping, each with their own mentor",
        rows: [shadow(), shadow({ mentor: "Ms Schmidt" }), shadow({ mentor: "Herr Weber" })],
      },
      {
        name: "3 overlapping with a mentor of the same name at two hosts",
        rows: [shadow(), shadow(), shadow({ hostOrganisation: "Schule Bonn" })],
      },
      {
        name: "3 overlapping without a mentor named",
        rows: [shadow({ mentor: undefined }), shadow({ mentor: undefined }), shadow({ mentor: undefined })],
      },
      { name: "3 overlapping, but one is on a course", rows: [shadow(), shadow(), shadow({ activity: "Courses and training" })] },
      { name: "an accompanying person is not a participant", rows: [shadow(), shadow(), shadow({ role: "Accompanying person" })] },
    ],
    invalid: [
      { name: "3 overlapping", rows: [shadow(), shadow(), shadow()], expected: at("mentor-overbooked", ["r1", "r2", "r3"]) },
      {
        name: "3 sharing a single day",
        rows: [shadow(), shadow({ start: "2026-09-11", end: "2026-09-15" }), shadow({ start: "2026-09-11", end: "2026-09-11" })],
        expected: at("mentor-overbooked", ["r1", "r2", "r3"]),
      },
      {
        name: "mentor written differently",
        rows: [shadow(), shadow({ mentor: "dr muller" }), shadow({ mentor: "DR. MÜLLER" })],
        expected: at("mentor-overbooked", ["r1", "r2", "r3"]),
      },
      {
        name: "3 overlapping and a 4th at other dates",
        rows: [shadow(), shadow(), shadow(), shadow({ start: "2026-10-05", end: "2026-10-09" })],
        expected: at("mentor-overbooked", ["r1", "r2", "r3"]),
      },
      {
        name: "Latvian label",
        rows: [shadow({ activity: "“Ēnošana” darbā" }), shadow({ activity: "Ēnošana" }), shadow({ activity: "SM-JOB-SHDW" })],
        expected: at("mentor-overbooked", ["r1", "r2", "r3"]),
      },
    ],
  });

  test("is an error on the mentor field with the count and the maximum 2", () => {
    const [issue] = issuesOf(check([shadow(), shadow(), shadow()]), "mentor-overbooked");
    expect(issue).toMatchObject({ severity: "error", field: "mentor", params: { mentor: "Dr. Müller", count: 3, max: 2 } });
  });
});
