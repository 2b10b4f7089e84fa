/** The project number's rules are reported by the audit, which reads the number from a cell (src/audit/project-settings.ts). */
import type { CaseTable } from "../helpers";

export default {
  "project-number-conflict": { testedIn: "test/audit/project-number.test.ts" },
  "project-number-action": { testedIn: "test/audit/project-number.test.ts" },
  "project-number-unreadable": { testedIn: "test/audit/project-number.test.ts" },
} satisfies CaseTable;
