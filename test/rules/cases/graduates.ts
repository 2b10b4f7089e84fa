/** Cases of the recent-graduate rules (src/rules/checks/graduates.ts): 12 months, never in VET group mobility. */
import { activity, learner, type CaseTable } from "../helpers";

const graduate = (start: string, end: string) =>
  activity({ role: "Learner", activity: "Short-term learning mobility", recentGraduate: true, graduationDate: "2025-09-15", start, end });

export default {
  "recent-graduate-in-group": {
    valid: [{ name: "a group of enrolled learners", rows: [learner({ group: "A" }), learner({ group: "A" })] }],
    invalid: [
      {
        name: "a recent graduate in a group",
        rows: [learner({ group: "A", recentGraduate: true }), learner({ group: "A" })],
        expected: ["recent-graduate-in-group@r1"],
      },
    ],
  },
  "recent-graduate-too-late": {
    valid: [{ name: "starting exactly 12 months after graduation", rows: [graduate("2026-09-15", "2026-10-04")] }],
    invalid: [
      {
        name: "starting 12 months and a day after graduation",
        rows: [graduate("2026-09-16", "2026-10-05")],
        expected: ["recent-graduate-too-late@r1"],
        params: { months: 12 },
      },
    ],
  },
} satisfies CaseTable;
