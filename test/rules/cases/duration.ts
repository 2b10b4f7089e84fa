/** Cases of the duration rules (src/rules/checks/duration.ts); job shadowing lasts 2–60 days. */
import { activity, lasting, type CaseTable } from "../helpers";

const shortTerm = (days: number, fewerOpportunities?: boolean) =>
  activity({ role: "Learner", activity: "Short-term learning mobility", ...lasting(days), fewerOpportunities });

export default {
  "duration-below-min": {
    valid: [{ name: "2 days of job shadowing", rows: [activity(lasting(2))] }],
    invalid: [{ name: "1 day of job shadowing", rows: [activity(lasting(1))], expected: ["duration-below-min@r1"], params: { min: 2 } }],
  },
  "duration-above-max": {
    valid: [{ name: "60 days of job shadowing", rows: [activity(lasting(60))] }],
    invalid: [
      { name: "61 days of job shadowing", rows: [activity(lasting(61))], expected: ["duration-above-max@r1"], params: { max: 60 } },
    ],
  },
  "fewer-opportunities-short": {
    valid: [{ name: "10 days of VET short-term mobility", rows: [shortTerm(10, true)] }],
    invalid: [
      {
        name: "9 days with fewer opportunities",
        rows: [shortTerm(9, true)],
        expected: ["fewer-opportunities-short@r1"],
        params: { min: 10, reducedMin: 2 },
      },
    ],
  },
  "duration-mismatch": {
    valid: [{ name: "5 days stated for 5 days", rows: [activity({ ...lasting(5), durationDays: 5 })] }],
    invalid: [
      { name: "7 days stated for 5 days", rows: [activity({ ...lasting(5), durationDays: 7 })], expected: ["duration-mismatch@r1"] },
    ],
  },
} satisfies CaseTable;
