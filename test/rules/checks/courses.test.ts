/**
 * Courses and training (src/rules/checks/courses.ts; rules-2026.md §1, §4, §5.3): at most 3 persons on the same course
 * together (same course, overlapping dates: error), more than 3 on courses of the same title at other dates (warning),
 * and one course per person per project (error).
 */
import { activity, at, check, companion, issuesOf, runRuleTable } from "../helpers";

const RULES = ["course-too-many-together", "course-too-many-same-title", "course-repeated"] as const;

let people = 0;
/** A course row for a new person each time: 2026-09-07 – 2026-09-11, "Digital classroom" in Florence. */
const course = (overrides = {}) =>
  activity({
    participant: `Person ${++people}`,
    activity: "Courses and training",
    course: "Digital classroom",
    hostCountry: "IT",
    hostOrganisation: "Europass Firenze",
    ...overrides,
  });
const later = { start: "2026-10-05", end: "2026-10-09" };

describe("persons on the same course together", () => {
  runRuleTable(RULES, {
    valid: [
      { name: "3 persons together", rows: [course(), course(), course()] },
      {
        name: "3 together and others on other courses",
        rows: [course(), course(), course(), course({ course: "Inclusion" }), course({ course: "Inclusion" })],
      },
      {
        name: "3 together, 1 on a different course at the same host",
        rows: [course(), course(), course(), course({ course: "Green school" })],
      },
      {
        name: "accompanying persons are not counted",
        rows: [course(), course(), course(), companion({ activity: "Courses and training", course: "Digital classroom" })],
      },
      {
        name: "4 persons on job shadowing, not a course",
        rows: [1, 2, 3, 4].map((n) => activity({ participant: `P${n}`, course: "Digital classroom" })),
      },
      {
        name: "3 at a time, without a course column (the host names the course)",
        rows: [course({ course: undefined }), course({ course: undefined }), course({ course: undefined })],
      },
      {
        name: "4 together without a course title: one provider runs many courses, so nothing is guessed",
        rows: [course({ course: undefined }), course({ course: undefined }), course({ course: undefined }), course({ course: undefined })],
      },
    ],
    invalid: [
      {
        name: "4 persons together",
        rows: [course(), course(), course(), course()],
        expected: at("course-too-many-together", ["r1", "r2", "r3", "r4"]),
      },
      {
        name: "4 on the same title, case and spacing differing",
        rows: [
          course(),
          course({ course: "digital  classroom" }),
          course({ course: "DIGITAL CLASSROOM" }),
          course({ course: "Digital-classroom" }),
        ],
        expected: at("course-too-many-together", ["r1", "r2", "r3", "r4"]),
      },
      {
        name: "4 overlapping on one day only",
        rows: [course(), course(), course(), course({ start: "2026-09-11", end: "2026-09-15" })],
        expected: at("course-too-many-together", ["r1", "r2", "r3", "r4"]),
      },
      {
        name: "3 together and a 4th on the same title later: a warning for everyone",
        rows: [course(), course(), course(), course(later)],
        expected: at("course-too-many-same-title", ["r1", "r2", "r3", "r4"]),
      },
      {
        name: "4 together and a 5th later: errors for the 4, a warning for the 5th",
        rows: [course(), course(), course(), course(), course(later)],
        expected: [...at("course-too-many-together", ["r1", "r2", "r3", "r4"]), "course-too-many-same-title@r5"],
      },
    ],
  });

  test("together is an error on the course field naming the course, the count and the maximum 3", () => {
    const [issue] = issuesOf(check([course(), course(), course(), course()]), "course-too-many-together");
    expect(issue).toMatchObject({ severity: "error", field: "course", params: { course: "Digital classroom", count: 4, max: 3 } });
  });

  test("the same title at other dates is a warning", () => {
    const [issue] = issuesOf(check([course(), course(), course(), course(later)]), "course-too-many-same-title");
    expect(issue).toMatchObject({ severity: "warning", field: "course", params: { course: "Digital classroom", count: 4, max: 3 } });
  });

  test("the count is the most persons on the course on one day", () => {
    const rows = [course(), course(), course(), course(), course({ start: "2026-09-10", end: "2026-09-14" })];
    const counts = issuesOf(check(rows), "course-too-many-together").map((i) => i.params.count);
    expect(counts).toEqual([5, 5, 5, 5, 5]);
  });
});

describe("one course per person per project", () => {
  runRuleTable(["course-repeated"], {
    valid: [
      { name: "two people, one course each", rows: [course({ participant: "Anna" }), course({ participant: "Baiba" })] },
      {
        name: "one course and one job shadowing for the same person",
        rows: [course({ participant: "Anna" }), activity({ participant: "Anna" })],
      },
      {
        name: "an accompanying person on two courses' trips",
        rows: [course({ participant: "Anna" }), companion({ participant: "Anna", activity: "Courses and training" })],
      },
    ],
    invalid: [
      {
        name: "the same person on two courses",
        rows: [course({ participant: "Anna" }), course({ participant: "Anna", course: "Inclusion", ...later })],
        expected: at("course-repeated", ["r1", "r2"]),
      },
      {
        name: "the same person written differently",
        rows: [course({ participant: "Anna Bērziņa" }), course({ participant: "anna berzina", course: "Inclusion", ...later })],
        expected: at("course-repeated", ["r1", "r2"]),
      },
    ],
  });

  test("is an error on the participant with the number of courses", () => {
    const rows = [
      course({ participant: "Anna" }),
      course({ participant: "Anna", ...later }),
      course({ participant: "Anna", course: "Inclusion", start: "2026-11-02", end: "2026-11-06" }),
    ];
    const issues = issuesOf(check(rows), "course-repeated");
    expect(issues).toHaveLength(3);
    expect(issues[0]).toMatchObject({ severity: "error", field: "participant", params: { participant: "Anna", count: 3 } });
  });
});
