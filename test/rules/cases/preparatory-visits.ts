/** Cases of the preparatory-visit rules (src/rules/checks/preparatory-visits.ts); the host also receives job shadowing. */
import { activity, type CaseTable } from "../helpers";

let people = 0;
const visit = (overrides = {}) =>
  activity({ participant: `Person ${++people}`, activity: "Preparatory visit", start: "2026-07-06", end: "2026-07-07", ...overrides });
const shadowing = activity({ participant: "Anna" });
const course = activity({
  participant: "Baiba",
  activity: "Courses and training",
  course: "Digital classroom",
  hostOrganisation: "Academy",
});

export default {
  "prep-visit-too-many": {
    valid: [{ name: "3 persons", rows: [shadowing, visit(), visit(), visit()] }],
    invalid: [
      {
        name: "4 persons",
        rows: [shadowing, visit(), visit(), visit(), visit()],
        expected: ["prep-visit-too-many@r2", "prep-visit-too-many@r3", "prep-visit-too-many@r4", "prep-visit-too-many@r5"],
        params: { count: 4, max: 3 },
      },
    ],
  },
  "prep-visit-second": {
    valid: [{ name: "one visit", rows: [shadowing, visit()] }],
    invalid: [
      {
        name: "a second visit a month later",
        rows: [shadowing, visit(), visit({ start: "2026-08-03", end: "2026-08-04" })],
        expected: ["prep-visit-second@r3"],
      },
    ],
  },
  "prep-visit-courses-only": {
    valid: [{ name: "a host of job shadowing", rows: [shadowing, visit()] }],
    invalid: [
      { name: "a host of courses only", rows: [course, visit({ hostOrganisation: "Academy" })], expected: ["prep-visit-courses-only@r2"] },
    ],
  },
} satisfies CaseTable;
