/** Cases of the 30-activity cap (src/rules/checks/cap.ts). */
import { activity, type CaseTable, type Row } from "../helpers";

const staff = (n: number): Row[] => Array.from({ length: n }, (_, i) => activity({ participant: `Person ${i + 1}` }));

export default {
  "project-cap-exceeded": {
    valid: [{ name: "30 activities", rows: staff(30) }],
    invalid: [{ name: "31 activities", rows: staff(31), expected: ["project-cap-exceeded@r31"], params: { position: 31, count: 31, max: 30 } }],
  },
} satisfies CaseTable;
