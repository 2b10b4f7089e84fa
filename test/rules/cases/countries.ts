/** Cases of the country rules (src/rules/checks/countries.ts); the beneficiary is in Latvia. */
import { activity, type CaseTable } from "../helpers";

const expert = (sendingCountry: string) =>
  activity({ activity: "Invited experts", hostCountry: undefined, hostOrganisation: undefined, sendingCountry });

export default {
  "country-not-eligible": {
    valid: [{ name: "Norway", rows: [activity({ hostCountry: "NO" })] }],
    invalid: [
      {
        name: "Switzerland",
        rows: [activity({ hostCountry: "CH" })],
        expected: ["country-not-eligible@r1"],
        params: { associated: "IS, LI, NO, MK, RS, TR" },
      },
    ],
  },
  "host-same-as-sending": {
    valid: [{ name: "Germany from Latvia", rows: [activity()] }],
    invalid: [{ name: "Latvia from Latvia", rows: [activity({ hostCountry: "LV" })], expected: ["host-same-as-sending@r1"] }],
  },
  "incoming-from-own-country": {
    valid: [{ name: "an expert from Germany", rows: [expert("DE")] }],
    invalid: [{ name: "an expert from Latvia", rows: [expert("LV")], expected: ["incoming-from-own-country@r1"] }],
  },
} satisfies CaseTable;
