/** Cases of the reminders (src/rules/checks/reminders.ts). */
import { activity, type CaseTable } from "../helpers";

const longPupil = activity({ role: "Learner", activity: "LM-LONG-PUPILS", start: "2026-09-01", end: "2026-11-30" });

export default {
  "long-pupil-pre-departure": {
    valid: [{ name: "job shadowing in school education", rows: [activity()], project: { sector: "SCH" } }],
    invalid: [
      { name: "long-term pupil mobility", rows: [longPupil], project: { sector: "SCH" }, expected: ["long-pupil-pre-departure@r1"] },
    ],
  },
} satisfies CaseTable;
