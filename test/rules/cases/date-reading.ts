/** Cases of the slash-date rules (src/rules/checks/date-reading.ts): the audit reports them, since a sheet decides. */
import type { CaseTable } from "../helpers";

export default {
  "date-ambiguous": { testedIn: "test/audit/slash-dates.test.ts" },
  "date-month-first": { testedIn: "test/audit/slash-dates.test.ts" },
} satisfies CaseTable;
