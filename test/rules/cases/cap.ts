/** Cases of the 30-activity cap (src/rules/checks/cap.ts): one finding, on the 31st counted row; none in KA121. */
import { activity, type CaseTable, type Row } from "../helpers";

const staff = (n: number): Row[] => Array.from({ length: n }, (_, i) => activity({ participant: `Person ${i + 1}` }));

export default {
  "project-cap-exceeded": {
    valid: [
      { name: "30 activities", rows: staff(30) },
      { name: "31 activities in an accredited project (KA121)", rows: staff(31), project: { action: "KA121", end: "2027-08-31" } },
    ],
    invalid: [
      { name: "31 activities", rows: staff(31), expected: ["project-cap-exceeded@r31"], params: { position: 31, count: 31, max: 30 } },
      {
        name: "45 activities: one finding",
        rows: staff(45),
        expected: ["project-cap-exceeded@r31"],
        params: { position: 31, count: 45, max: 30 },
      },
      { name: "31 activities, written KA122", rows: staff(31), project: { action: "KA122-SCH" }, expected: ["project-cap-exceeded@r31"] },
    ],
  },
} satisfies CaseTable;
