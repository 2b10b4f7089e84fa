/**
 * Countries of one activity (src/rules/checks/countries.ts; rules-2026.md §3): the host is an eligible country other
 * than the sending one; invited experts and teachers in training come from another eligible country to the
 * beneficiary (the project is sent from Latvia here).
 */
import { activity, check, issuesOf, runRuleTable } from "../helpers";

const RULES = ["country-not-eligible", "host-same-as-sending", "incoming-from-own-country", "country-unknown"] as const;

// Written from rules-2026.md §3.
const ELIGIBLE_HOSTS = "AT BE BG HR CY CZ DK EE FI FR DE EL GR HU IE IT LT LU MT NL PL PT RO SK SI ES SE IS LI NO MK RS TR".split(" ");

const expert = (overrides = {}) =>
  activity({ activity: "Invited experts", hostCountry: undefined, hostOrganisation: undefined, ...overrides });
const hostedTeacher = (overrides = {}) =>
  activity({
    activity: "Hosting teachers and educators in training",
    hostCountry: undefined,
    hostOrganisation: undefined,
    start: "2026-09-07",
    end: "2026-09-18",
    ...overrides,
  });

describe("host and sending countries", () => {
  runRuleTable(RULES, {
    valid: [
      ...ELIGIBLE_HOSTS.map((code) => ({ name: `host ${code}`, rows: [activity({ hostCountry: code })] })),
      { name: "host in Latvian, locative", rows: [activity({ hostCountry: "Vācijā" })] },
      { name: "host EL written as Greece in Latvian", rows: [activity({ hostCountry: "Grieķija" })] },
      { name: "the row's own sending country differs from the host", rows: [activity({ hostCountry: "LV", sendingCountry: "EE" })] },
      { name: "invited expert from Germany", rows: [expert({ sendingCountry: "DE" })] },
      { name: "invited expert from Norway", rows: [expert({ sendingCountry: "Norvēģija" })] },
      { name: "teacher in training from Spain", rows: [hostedTeacher({ sendingCountry: "ES" })] },
      {
        name: "an invited expert's host country is the beneficiary's own: not a mobility abroad",
        rows: [expert({ sendingCountry: "DE", hostCountry: "LV" })],
      },
    ],
    invalid: [
      { name: "host Switzerland", rows: [activity({ hostCountry: "CH" })], expected: ["country-not-eligible@r1"] },
      { name: "host Šveicē", rows: [activity({ hostCountry: "Šveicē" })], expected: ["country-not-eligible@r1"] },
      { name: "host United Kingdom", rows: [activity({ hostCountry: "United Kingdom" })], expected: ["country-not-eligible@r1"] },
      { name: "host UK", rows: [activity({ hostCountry: "UK" })], expected: ["country-not-eligible@r1"] },
      { name: "host Ukraine", rows: [activity({ hostCountry: "UA" })], expected: ["country-not-eligible@r1"] },
      {
        name: "host Latvia, project sent from Latvia",
        rows: [activity({ hostCountry: "Latvija" })],
        expected: ["host-same-as-sending@r1"],
      },
      {
        name: "host equal to the row's own sending country",
        rows: [activity({ hostCountry: "EE", sendingCountry: "Igaunija" })],
        expected: ["host-same-as-sending@r1"],
      },
      { name: "invited expert from Latvia", rows: [expert({ sendingCountry: "LV" })], expected: ["incoming-from-own-country@r1"] },
      {
        name: "teacher in training from Latvia",
        rows: [hostedTeacher({ sendingCountry: "Latvijas" })],
        expected: ["incoming-from-own-country@r1"],
      },
      { name: "invited expert from Switzerland", rows: [expert({ sendingCountry: "CH" })], expected: ["country-not-eligible@r1"] },
      { name: "unknown host country", rows: [activity({ hostCountry: "Atlantīda" })], expected: ["country-unknown@r1"] },
    ],
  });

  test("a host that is not eligible is an error on the host country, naming it", () => {
    const [issue] = issuesOf(check([activity({ hostCountry: "Šveice" })]), "country-not-eligible");
    expect(issue).toMatchObject({ severity: "error", field: "hostCountry", params: { field: "hostCountry", country: "CH" } });
  });

  test("an expert from a country that is not eligible is an error on the sending country", () => {
    const [issue] = issuesOf(check([expert({ sendingCountry: "CH" })]), "country-not-eligible");
    expect(issue).toMatchObject({ severity: "error", field: "sendingCountry", params: { field: "sendingCountry", country: "CH" } });
  });

  test("the same country is an error naming it; an expert from the own country names the activity", () => {
    expect(issuesOf(check([activity({ hostCountry: "LV" })]), "host-same-as-sending")[0]).toMatchObject({
      severity: "error",
      params: { country: "LV" },
    });
    expect(issuesOf(check([expert({ sendingCountry: "LV" })]), "incoming-from-own-country")[0]).toMatchObject({
      severity: "error",
      field: "sendingCountry",
      params: { activity: { family: "invited-expert", sector: "VET" }, country: "LV" },
    });
  });

  test("an unknown country suggests a close name", () => {
    const [issue] = issuesOf(check([activity({ hostCountry: "Vacia" })]), "country-unknown");
    expect(issue).toMatchObject({
      severity: "error",
      field: "hostCountry",
      params: { field: "hostCountry", value: "Vacia", suggestion: "Vācija" },
    });
  });

  test("without the beneficiary's country, hosts are not compared and the project is reminded to give it", () => {
    const issues = check([activity({ hostCountry: "LV" })], { country: undefined });
    expect(issuesOf(issues, "host-same-as-sending")).toEqual([]);
    expect(issuesOf(issues, "sending-country-missing")).toHaveLength(1);
    expect(issuesOf(issues, "sending-country-missing")[0].severity).toBe("info");
  });
});
