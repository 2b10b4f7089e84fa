/** Cases of the mentor rule (src/rules/checks/mentors.ts): at most 2 shadow one mentor at a time. */
import { activity, type CaseTable } from "../helpers";

let people = 0;
const shadow = (overrides = {}) => activity({ participant: `Person ${++people}`, mentor: "Dr. Müller", ...overrides });

export default {
  "mentor-overbooked": {
    valid: [{ name: "2 together, a third the week after", rows: [shadow(), shadow(), shadow({ start: "2026-09-14", end: "2026-09-18" })] }],
    invalid: [
      {
        name: "3 together",
        rows: [shadow(), shadow(), shadow()],
        expected: ["mentor-overbooked@r1", "mentor-overbooked@r2", "mentor-overbooked@r3"],
        params: { count: 3, max: 2 },
      },
    ],
  },
  "mentor-missing": {
    valid: [
      { name: "a mentor named, the sheet has a mentor column", rows: [shadow()], recordedFields: ["mentor"] },
      { name: "no mentor column in the sheet", rows: [activity({ mentor: undefined })], recordedFields: ["participant", "activity"] },
      { name: "the sheet's columns not known (a row alone)", rows: [activity({ mentor: undefined })] },
      {
        name: "a course without a mentor",
        rows: [activity({ activity: "Courses and training", mentor: undefined })],
        recordedFields: ["mentor"],
      },
    ],
    invalid: [
      {
        name: "job shadowing without a mentor, the sheet has a mentor column",
        rows: [shadow(), activity({ participant: "Ilze", mentor: undefined })],
        recordedFields: ["mentor"],
        expected: ["mentor-missing@r2"],
      },
    ],
  },
} satisfies CaseTable;
