/**
 * Cases of the accredited-project rules (src/rules/checks/accredited.ts; rules-2026.md §2b, §4, §5.8): KA121 projects
 * start on 1 June of the call year, in round 1, and last 15 months (to 24 with a prolongation).
 */
import { activity, type CaseTable } from "../helpers";

const rows = [activity()];
// From 1 June 2026, 15 months end on 31 August 2027 and 24 months on 31 May 2028 (§5.8: addMonths(S, N) − 1 day).
const ka121 = (end: string, start = "2026-06-01") => ({ action: "KA121", start, end });

export default {
  "ka121-call-round": {
    valid: [
      { name: "round 1", rows, project: ka121("2027-08-31") },
      { name: "no round given", rows, project: { ...ka121("2027-08-31"), call: undefined } },
      { name: "round 2 of a KA122 project", rows, project: { call: "2026-R2", start: "2027-01-01", end: "2027-12-31" } },
    ],
    invalid: [{ name: "round 2", rows, project: { ...ka121("2027-08-31"), call: "2026-R2" }, expected: ["ka121-call-round"] }],
  },
  "ka121-start": {
    valid: [{ name: "1 June 2026", rows, project: ka121("2027-08-31") }],
    invalid: [
      {
        name: "2 June 2026",
        rows,
        project: ka121("2027-09-01", "2026-06-02"),
        expected: ["ka121-start"],
        params: { expected: "2026-06-01" },
      },
      { name: "31 May 2026", rows, project: ka121("2027-08-30", "2026-05-31"), expected: ["ka121-start"] },
      { name: "1 September 2026 (a KA122 start)", rows, project: ka121("2027-11-30", "2026-09-01"), expected: ["ka121-start"] },
    ],
  },
  "ka121-duration-short": {
    valid: [{ name: "15 months exactly", rows, project: ka121("2027-08-31") }],
    invalid: [
      { name: "15 months less a day", rows, project: ka121("2027-08-30"), expected: ["ka121-duration-short"], params: { months: 15 } },
    ],
  },
  "ka121-duration-prolongation": {
    valid: [
      { name: "15 months exactly", rows, project: ka121("2027-08-31") },
      { name: "15 months less a day (short, not prolonged)", rows, project: ka121("2027-08-30") },
      { name: "24 months and a day (too long, not prolonged)", rows, project: ka121("2028-06-01") },
    ],
    invalid: [
      {
        name: "15 months and a day",
        rows,
        project: ka121("2027-09-01"),
        expected: ["ka121-duration-prolongation"],
        params: { months: 15, max: 24 },
      },
      { name: "24 months exactly", rows, project: ka121("2028-05-31"), expected: ["ka121-duration-prolongation"] },
    ],
  },
  "ka121-duration-too-long": {
    valid: [{ name: "24 months exactly", rows, project: ka121("2028-05-31") }],
    invalid: [
      { name: "24 months and a day", rows, project: ka121("2028-06-01"), expected: ["ka121-duration-too-long"], params: { max: 24 } },
    ],
  },
} satisfies CaseTable;
