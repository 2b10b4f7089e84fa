/** Cases of the date rules (src/rules/checks/dates.ts). */
import { activity, type CaseTable } from "../helpers";

export default {
  "date-missing": {
    valid: [{ name: "both dates", rows: [activity()] }],
    invalid: [{ name: "no start", rows: [activity({ start: undefined })], expected: ["date-missing@r1"], params: { field: "start" } }],
  },
  "date-order": {
    valid: [{ name: "a one-day activity", rows: [activity({ start: "2026-09-07", end: "2026-09-07" })] }],
    invalid: [{ name: "end before start", rows: [activity({ start: "2026-09-11", end: "2026-09-07" })], expected: ["date-order@r1"] }],
  },
  "outside-project-period": {
    valid: [{ name: "ending on the project's last day", rows: [activity({ start: "2027-05-27", end: "2027-05-31" })] }],
    invalid: [
      {
        name: "a day after the project",
        rows: [activity({ start: "2027-05-28", end: "2027-06-01" })],
        expected: ["outside-project-period@r1"],
      },
    ],
  },
} satisfies CaseTable;
