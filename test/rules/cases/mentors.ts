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
} satisfies CaseTable;
