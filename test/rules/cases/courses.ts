/** Cases of the course rules (src/rules/checks/courses.ts): 3 per course together, one course per person. */
import { activity, type CaseTable } from "../helpers";

let people = 0;
const course = (overrides = {}) =>
  activity({ participant: `Person ${++people}`, activity: "Courses and training", course: "Digital classroom", ...overrides });
const nextWeek = { start: "2026-09-14", end: "2026-09-18" };

export default {
  "course-too-many-together": {
    valid: [{ name: "3 together", rows: [course(), course(), course()] }],
    invalid: [
      {
        name: "4 together",
        rows: [course(), course(), course(), course()],
        expected: [
          "course-too-many-together@r1",
          "course-too-many-together@r2",
          "course-too-many-together@r3",
          "course-too-many-together@r4",
        ],
        params: { count: 4, max: 3 },
      },
    ],
  },
  "course-too-many-same-title": {
    valid: [{ name: "3 on the title", rows: [course(), course(), course(nextWeek)] }],
    invalid: [
      {
        name: "4 on the title, never more than 3 together",
        rows: [course(), course(), course(), course(nextWeek)],
        expected: [
          "course-too-many-same-title@r1",
          "course-too-many-same-title@r2",
          "course-too-many-same-title@r3",
          "course-too-many-same-title@r4",
        ],
        params: { count: 4, max: 3 },
      },
    ],
  },
  "course-repeated": {
    valid: [{ name: "two people on one course each", rows: [course(), course({ course: "Inclusion" })] }],
    invalid: [
      {
        name: "one person on two courses",
        rows: [course({ participant: "Anna" }), course({ participant: "Anna", course: "Inclusion", ...nextWeek })],
        expected: ["course-repeated@r1", "course-repeated@r2"],
      },
    ],
  },
} satisfies CaseTable;
