/** Cases of the travel-days rule (src/rules/checks/travel.ts): at most 2 funded, or 6 with green travel. */
import { activity, type CaseTable } from "../helpers";

export default {
  "travel-days-exceeded": {
    valid: [
      { name: "2 days", rows: [activity({ travelDays: 2 })] },
      { name: "6 days of green travel", rows: [activity({ travelDays: 6, greenTravel: true })] },
      { name: "3 days of green travel", rows: [activity({ travelDays: 3, greenTravel: true })] },
    ],
    invalid: [
      { name: "3 days", rows: [activity({ travelDays: 3 })], expected: ["travel-days-exceeded@r1"], params: { max: 2, greenMax: 6 } },
      { name: "7 days of green travel", rows: [activity({ travelDays: 7, greenTravel: true })], expected: ["travel-days-exceeded@r1"] },
    ],
  },
} satisfies CaseTable;
