/** Cases of the country rules (src/rules/checks/countries.ts); the beneficiary is in Latvia. */
import { activity, type CaseTable } from "../helpers";

const expert = (sendingCountry: string) =>
  activity({ activity: "Invited experts", hostCountry: undefined, hostOrganisation: undefined, sendingCountry });

export default {
  "country-not-eligible": {
    valid: [{ name: "Norway", rows: [activity({ hostCountry: "NO" })] }],
    invalid: [
      {
        name: "courses in the United States, KA121 VET",
        rows: [activity({ activity: "Courses and training", hostCountry: "US" })],
        project: { action: "KA121" },
        expected: ["country-not-eligible@r1"],
      },
      {
        name: "the United States, KA121 school education",
        rows: [activity({ hostCountry: "US" })],
        project: { action: "KA121", sector: "SCH" },
        expected: ["country-not-eligible@r1"],
      },
      {
        name: "Switzerland",
        rows: [activity({ hostCountry: "CH" })],
        expected: ["country-not-eligible@r1"],
        params: { associated: "IS, LI, NO, MK, RS, TR" },
      },
      {
        name: "Canada, written in the locative, KA122",
        rows: [activity({ hostCountry: "Kanādā" })],
        expected: ["country-not-eligible@r1"],
        params: { country: "CA" },
      },
      { name: "Japan, KA122", rows: [activity({ hostCountry: "Japan" })], expected: ["country-not-eligible@r1"] },
      {
        name: "Antarctica (in no region of PG26 Part A), KA121 VET job shadowing",
        rows: [activity({ hostCountry: "Antarktika" })],
        project: { action: "KA121" },
        expected: ["country-not-eligible@r1"],
        params: { country: "AQ" },
      },
    ],
  },
  "country-excluded": {
    valid: [
      { name: "Ukraine, for a KA121 VET project", rows: [activity({ hostCountry: "UA" })], project: { action: "KA121" } },
      { name: "Serbia", rows: [activity({ hostCountry: "RS" })] },
    ],
    invalid: [
      {
        name: "Russia, KA121 VET job shadowing",
        rows: [activity({ hostCountry: "RU" })],
        project: { action: "KA121" },
        expected: ["country-excluded@r1"],
      },
      {
        name: "Russia in the locative, KA122",
        rows: [activity({ hostCountry: "Krievijā" })],
        expected: ["country-excluded@r1"],
        params: { country: "RU" },
      },
      {
        name: "Belarus, KA122",
        rows: [activity({ hostCountry: "Baltkrievija" })],
        expected: ["country-excluded@r1"],
        params: { country: "BY" },
      },
    ],
  },
  "third-country-venue": {
    valid: [
      { name: "Germany, KA121", rows: [activity()], project: { action: "KA121" } },
      // KA122 has no third-country venues: Switzerland is not eligible there (an error, not this warning).
      { name: "Switzerland, KA122", rows: [activity({ hostCountry: "CH" })] },
      {
        name: "the United States, KA121 school education",
        rows: [activity({ hostCountry: "US" })],
        project: { action: "KA121", sector: "SCH" },
      },
      {
        name: "courses in the United States, KA121 VET (not an activity that may go there)",
        rows: [activity({ activity: "Courses and training", hostCountry: "US" })],
        project: { action: "KA121" },
      },
    ],
    invalid: [
      {
        name: "job shadowing in the United States, KA121 VET",
        rows: [activity({ hostCountry: "US" })],
        project: { action: "KA121" },
        expected: ["third-country-venue@r1"],
        params: { country: "US", maxPercent: 20 },
      },
      {
        name: "a short-term learner in Ukraine, written KA121-VET",
        rows: [
          activity({
            role: "Learner",
            activity: "Izglītojamo īstermiņa mācību mobilitāte",
            hostCountry: "Ukrainā",
            ...{ start: "2026-09-07", end: "2026-09-20" },
          }),
        ],
        project: { action: "KA121-VET" },
        expected: ["third-country-venue@r1"],
      },
      {
        name: "job shadowing in Canada, written in the locative, KA121 VET",
        rows: [activity({ hostCountry: "Kanādā" })],
        project: { action: "KA121" },
        expected: ["third-country-venue@r1"],
        params: { country: "CA" },
      },
      {
        name: "job shadowing in Japan, written JPN, KA121 VET",
        rows: [activity({ hostCountry: "JPN" })],
        project: { action: "KA121" },
        expected: ["third-country-venue@r1"],
        params: { country: "JP" },
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
