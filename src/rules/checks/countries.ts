/**
 * Where an activity happens and where its participant comes from (PG26 p.33–34, 85, 91). Outgoing mobility goes to
 * another eligible country; invited experts and teachers in training come from another eligible country to the
 * beneficiary.
 */
import { ASSOCIATED_COUNTRY_CODES, type Country } from "../countries";
import { ACCREDITED_RULES } from "../project-rules";
import { rule, type ActivityRef, type RuleModule } from "../rule";
import type { Field } from "../types";
import type { ActivityCheck, PreparedActivity, PreparedProject } from "./context";

// The eligible third countries, as the message lists them: data of countries.ts, passed to the message as a parameter.
const associated = ASSOCIATED_COUNTRY_CODES;
const { thirdCountryVenues } = ACCREDITED_RULES;

/**
 * A third country not associated to the Programme may host this row: an allowed activity of an accredited VET project,
 * in a region that may host it (not Antarctica or Western Sahara, in no region).
 */
function thirdCountryAllowed(host: Country, a: PreparedActivity, project: PreparedProject): boolean {
  return (
    project.action === "KA121" &&
    host.region !== undefined &&
    thirdCountryVenues.regions.includes(host.region) &&
    a.sector !== undefined &&
    thirdCountryVenues.sectors.includes(a.sector) &&
    a.family !== undefined &&
    thirdCountryVenues.families.includes(a.family)
  );
}

/** A host outside the Programme: never Belarus or Russia; a warning where KA121 VET allows it; else not eligible. */
function checkOutsideProgramme(host: Country, a: PreparedActivity, project: PreparedProject, report: Parameters<ActivityCheck>[2]) {
  if (host.status === "excluded") report.activity("country-excluded", a, { country: host.code }, "hostCountry");
  else if (thirdCountryAllowed(host, a, project)) {
    const activity = { family: a.family as NonNullable<PreparedActivity["family"]>, sector: a.sector };
    report.activity("third-country-venue", a, { country: host.code, activity, maxPercent: thirdCountryVenues.maxGrantPercent });
  } else report.activity("country-not-eligible", a, { field: "hostCountry", country: host.code, associated }, "hostCountry");
}

const checkCountries: ActivityCheck = (a, project, report) => {
  if (a.type?.venue === "beneficiary") {
    const origin = a.sendingCountry;
    if (!origin) return;
    if (!origin.eligible)
      report.activity("country-not-eligible", a, { field: "sendingCountry", country: origin.code, associated }, "sendingCountry");
    else if (project.country && origin.code === project.country.code) {
      report.activity("incoming-from-own-country", a, { activity: { family: a.type.family, sector: a.sector }, country: origin.code });
    }
    return;
  }
  const host = a.hostCountry;
  if (!host) return;
  if (!host.eligible) {
    checkOutsideProgramme(host, a, project, report);
    return;
  }
  const sending = a.sendingCountry ?? project.country;
  if (sending && sending.code === host.code) report.activity("host-same-as-sending", a, { country: host.code });
};

export default {
  rules: {
    "country-not-eligible": rule<{ field: Field; country: string; associated: string }>({
      severity: "error",
      scope: "activity",
      field: "hostCountry",
      source: "PG26 p.33–34",
      example: { field: "hostCountry", country: "CH", associated: "IS, LI, NO, MK, RS, TR" },
      messages: {
        en: (p, f) => `${f.country(p.country)} is not an eligible country for KA1 mobility (EU Member States and ${p.associated} only).`,
        lv: (p, f) => `${f.country(p.country)} nav atbilstīga valsts KA1 mobilitātei (tikai ES dalībvalstis un ${p.associated}).`,
      },
    }),
    "country-excluded": rule<{ country: string }>({
      severity: "error",
      scope: "activity",
      field: "hostCountry",
      source: "PG26 p.87, 89 (Nota bene)",
      example: { country: "RU" },
      messages: {
        en: (p, f) => `${f.country(p.country)} cannot host any mobility: mobility activities to Belarus and Russia are not eligible.`,
        lv: (p, f) =>
          `${f.country(p.country)} nevar uzņemt nevienu mobilitāti: mobilitātes aktivitātes uz Baltkrieviju un Krieviju nav atbilstīgas.`,
      },
    }),
    "third-country-venue": rule<{ country: string; activity: ActivityRef; maxPercent: number }>({
      severity: "warning",
      scope: "activity",
      field: "hostCountry",
      source: "PG26 p.87, 89, 96; rules-2026.md §2b",
      example: { country: "US", activity: { family: "job-shadowing", sector: "VET" }, maxPercent: 20 },
      messages: {
        en: (p, f) =>
          `${f.country(p.country)} is a third country not associated to the Programme: an accredited VET project (KA121) may send ${f.activity(p.activity)} there, with at most ${p.maxPercent} % of the grant going to such countries.`,
        lv: (p, f) =>
          `${f.country(p.country)} ir ar programmu neasociēta trešā valsts: akreditēts PIA projekts (KA121) drīkst tur sūtīt dalībniekus (${f.activity(p.activity)}), šādām valstīm izlietojot ne vairāk kā ${p.maxPercent} % no finansējuma.`,
      },
    }),
    "host-same-as-sending": rule<{ country: string }>({
      severity: "error",
      scope: "activity",
      field: "hostCountry",
      source: "PG26 p.85, 446",
      example: { country: "LV" },
      messages: {
        en: (p, f) => `The host country ${f.country(p.country)} is the sending country: the mobility must go abroad.`,
        lv: (p, f) => `Uzņēmējvalsts ${f.country(p.country)} ir arī nosūtītājvalsts: mobilitātei jānotiek ārvalstīs.`,
      },
    }),
    "incoming-from-own-country": rule<{ activity: ActivityRef; country: string }>({
      severity: "error",
      scope: "activity",
      field: "sendingCountry",
      source: "PG26 p.91, 111, 131",
      example: { activity: { family: "invited-expert", sector: "SCH" }, country: "LV" },
      messages: {
        en: (p, f) =>
          `${f.activity(p.activity)}: the participant must come from another eligible country, not from ${f.country(p.country)}.`,
        lv: (p, f) =>
          `${f.activity(p.activity)}: dalībniekam jāierodas no citas atbilstīgas valsts, nevis no projekta īstenotāja valsts (${f.country(p.country)}).`,
      },
    }),
  },
  activity: checkCountries,
} satisfies RuleModule;
