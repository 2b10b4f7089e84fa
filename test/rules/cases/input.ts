/** Cases of the input rules (src/rules/checks/input.ts): values and labels the audit cannot use. */
import { activity, companion, type CaseTable } from "../helpers";

export default {
  "value-unreadable": {
    valid: [{ name: "calendar dates", rows: [activity()] }],
    invalid: [
      { name: "30 February", rows: [activity({ start: "2026-02-30" })], expected: ["value-unreadable@r1"], params: { field: "start" } },
    ],
  },
  "cell-error": { testedIn: "test/audit/audit.test.ts" },
  "sector-unknown": {
    valid: [{ name: "VET on the row", rows: [activity({ sector: "VET" })] }],
    invalid: [
      { name: "a misspelt sector on the row", rows: [activity({ sector: "VTE" })], expected: ["sector-unknown@r1"] },
      { name: "a misspelt project sector", rows: [activity()], project: { sector: "VTE" }, expected: ["sector-unknown"] },
    ],
  },
  "activity-missing": {
    valid: [{ name: "an accompanying person need not name one", rows: [activity(), companion()] }],
    invalid: [{ name: "a staff row without an activity", rows: [activity({ activity: undefined })], expected: ["activity-missing@r1"] }],
  },
  "activity-unknown": {
    valid: [{ name: "a Latvian label", rows: [activity({ activity: "Ēnošana" })] }],
    invalid: [{ name: "football", rows: [activity({ activity: "Football" })], expected: ["activity-unknown@r1"] }],
  },
  "activity-not-in-sector": {
    valid: [
      { name: "skills competitions in VET", rows: [activity({ activity: "Participation in VET skills competitions" })] },
      // rules-2026.md §1: every Latvian learner wording is the sector's own entry, audzēkņu and skolēnu forms too.
      ...[
        "Audzēkņu grupu mobilitāte",
        "Īstermiņa audzēkņu mobilitāte",
        "Ilgtermiņa audzēkņu mobilitāte",
        "Skolēnu grupu mobilitāte",
      ].flatMap((label) =>
        (["VET", "SCH", "ADU"] as const).map((sector) => ({
          name: `${label} in ${sector}`,
          rows: [activity({ role: "Learner", activity: label })],
          project: { sector },
        })),
      ),
    ],
    invalid: [
      {
        name: "skills competitions in school education",
        rows: [activity({ activity: "Participation in VET skills competitions" })],
        project: { sector: "SCH" },
        expected: ["activity-not-in-sector@r1"],
        params: {
          value: "Participation in VET skills competitions",
          activity: { family: "skills-competition", sector: "VET" },
          sector: "SCH",
        },
      },
      {
        name: "a VET code in a school plan",
        rows: [activity({ role: "Learner", activity: "LM-GRP-VET", group: "A" })],
        project: { sector: "SCH" },
        expected: ["activity-not-in-sector@r1"],
        params: { activity: { family: "group-mobility", sector: "VET" } },
      },
    ],
  },
  "country-unknown": {
    valid: [{ name: "Vācija", rows: [activity({ hostCountry: "Vācija" })] }],
    invalid: [{ name: "Atlantis", rows: [activity({ hostCountry: "Atlantis" })], expected: ["country-unknown@r1"] }],
  },
  "role-unknown": {
    valid: [{ name: "staff", rows: [activity({ role: "Staff" })] }],
    invalid: [{ name: "a driver", rows: [activity({ role: "Šoferis" })], expected: ["role-unknown@r1"] }],
  },
  "call-unknown": {
    valid: [{ name: "round 1 in Latvian", rows: [activity()], project: { call: "1. kārta" } }],
    invalid: [{ name: "a third round", rows: [activity()], project: { call: "2026-R3" }, expected: ["call-unknown"] }],
  },
  "action-unknown": {
    valid: [
      { name: "KA121-VET", rows: [activity()], project: { action: "KA121-VET" } },
      { name: "Akreditētie projekti", rows: [activity()], project: { action: "Akreditētie projekti" } },
      { name: "no action (KA122)", rows: [activity()] },
    ],
    invalid: [
      { name: "KA131", rows: [activity()], project: { action: "KA131" }, expected: ["action-unknown"], params: { value: "KA131" } },
    ],
  },
} satisfies CaseTable;
