/** Cases of the group rules (src/rules/checks/groups.ts); learners on group mobility in Germany, 2026-09-07 – 2026-09-11. */
import { companion, learner, type CaseTable } from "../helpers";

const pair = [learner({ group: "A" }), learner({ group: "A" })];

export default {
  "group-too-small": {
    valid: [{ name: "a group of 2", rows: pair }],
    invalid: [{ name: "a group of 1", rows: [learner({ group: "A" })], expected: ["group-too-small@r1"], params: { learners: 1, min: 2 } }],
  },
  "group-not-accompanied": {
    valid: [{ name: "accompanied throughout", rows: [...pair, companion({ group: "A" })] }],
    invalid: [
      {
        name: "accompanied for 3 of 5 days",
        rows: [...pair, companion({ group: "A", end: "2026-09-09" })],
        expected: ["group-not-accompanied@r1", "group-not-accompanied@r2"],
      },
    ],
  },
  "group-two-countries": {
    valid: [{ name: "adult education asks for no reminder", rows: pair, project: { sector: "ADU" } }],
    invalid: [{ name: "a VET group", rows: pair, expected: ["group-two-countries@r1"] }],
  },
} satisfies CaseTable;
