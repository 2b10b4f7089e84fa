/** Cases of the project rules (src/rules/checks/project.ts); the default project is VET, round 1, 12 months, Latvia. */
import { activity, type CaseTable } from "../helpers";

const rows = [activity()];

export default {
  "sector-missing": {
    valid: [{ name: "a sector on every row", rows: [activity({ sector: "SCH" })], project: { sector: undefined } }],
    invalid: [{ name: "no sector anywhere", rows, project: { sector: undefined }, expected: ["sector-missing"] }],
  },
  "project-no-mobility": {
    valid: [{ name: "job shadowing", rows }],
    invalid: [
      {
        name: "an invited expert only",
        rows: [activity({ activity: "Invited experts", hostCountry: undefined, sendingCountry: "DE" })],
        expected: ["project-no-mobility"],
      },
    ],
  },
  "project-period-missing": {
    valid: [{ name: "a period", rows }],
    invalid: [{ name: "no period", rows, project: { start: undefined, end: undefined }, expected: ["project-period-missing"] }],
  },
  "project-duration": {
    valid: [{ name: "6 months exactly", rows, project: { end: "2026-11-30" } }],
    invalid: [
      {
        name: "a day less than 6 months",
        rows,
        project: { end: "2026-11-29" },
        expected: ["project-duration"],
        params: { min: 6, max: 18 },
      },
    ],
  },
  "project-start-outside-call": {
    valid: [{ name: "round 1's last start", rows, project: { start: "2026-12-31", end: "2027-12-31" } }],
    invalid: [
      { name: "a day before round 1", rows, project: { start: "2026-05-31", end: "2027-05-31" }, expected: ["project-start-outside-call"] },
    ],
  },
  "sending-country-missing": {
    valid: [{ name: "a sending country on the row", rows: [activity({ sendingCountry: "LV" })], project: { country: undefined } }],
    invalid: [{ name: "no country anywhere", rows, project: { country: undefined }, expected: ["sending-country-missing"] }],
  },
} satisfies CaseTable;
