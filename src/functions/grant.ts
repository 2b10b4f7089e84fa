/**
 * MOBILITY_GRANT and MOBILITY_DISTANCE_BAND: one activity's grant and a distance's travel band, over
 * src/rules/funding (the same activityLines the plan's estimate prices each row with). The arguments are read as
 * Excel passes them (inputs.ts, grant-inputs.ts); a wrong one is a FunctionInputError naming it, in the display
 * language. functions.ts loads this module lazily, as its own chunk, and hands it what it needs of the functions
 * every workbook loads (shared.ts): the funding data stays out of functions.js.
 *
 * The formula prices one participant as the first of their activity type (the 350 EUR organisational support, not
 * the 200 EUR after the 100th) and leaves out the linguistic support that depends on Online Language Support (a plan
 * says where it cannot serve; a formula does not): the reinforced support of long-term learners is in.
 */
import type { Language } from "../rules";
import { fundingGroupOf } from "../rules/funding/country-groups";
import { bandOfKm } from "../rules/funding/distance";
import { activityLines, type PricedRow } from "../rules/funding/estimate";
import type { AgencyRates } from "../rules/funding/rates-file";
import {
  COUNTRY_GROUPS,
  DAILY_RATE_RANGES,
  DAILY_RATE_SOURCES,
  LEARNER_RATE_CATEGORY,
  MAX_TRAVEL_DAYS,
  RATE_CATEGORIES,
  type CountryGroup,
  type RateCategory,
} from "../rules/funding/unit-costs";
import { FUNDING_WORDS } from "../rules/funding/words";
import { grantProblem, grantReaders, isAnyProblem, type GrantProblem } from "./grant-inputs";
import type { Problem } from "./problems";
import type { Shared } from "./shared";

/** The receiving country group and whether the venue is a third country not associated to the Programme. */
interface Venue {
  readonly group: CountryGroup;
  readonly thirdCountry: boolean;
}

/** Every category and group at one daily rate: the formula's rate is for its row's category and group only. */
function flatRates(rate: number): AgencyRates {
  const groups = { 1: rate, 2: rate, 3: rate };
  return { individualSupport: Object.fromEntries(RATE_CATEGORIES.map((c) => [c, groups])) as AgencyRates["individualSupport"] };
}

function rateProblem(rate: number, category: RateCategory, group: CountryGroup): GrantProblem | undefined {
  const { min, max } = DAILY_RATE_RANGES[category][group - 1];
  if (Number.isInteger(rate) && rate >= min && rate <= max) return undefined;
  return grantProblem("rate-out-of-range", { value: rate, min, max, category, group, source: DAILY_RATE_SOURCES[category] });
}

/** The two functions, as fundingFunctions makes them. */
export type FundingFunctions = ReturnType<typeof fundingFunctions>;

/** The two functions, over what `shared` gives (functions.ts passes shared.ts's SHARED; so do the tests). */
export function fundingFunctions(shared: Shared) {
  const { activityTypeOf, isProblem, readLabel, readYesNo, resolveCountry, functionProblem, ruleProblem } = shared;
  const { readCount, readBound, readAccompanying, failWith: fail } = grantReaders(shared);
  // Declared with its type, so that TypeScript knows code after a call to it does not run.
  const failWith: (problem: Problem | GrantProblem, language: Language) => never = fail;

  /** A country (name or code) or a group number 1–3. */
  function readVenue(value: unknown): Venue | Problem | GrantProblem {
    if (typeof value === "number" && (COUNTRY_GROUPS as readonly number[]).includes(value)) {
      return { group: value as CountryGroup, thirdCountry: false };
    }
    const text = readLabel(value, "hostCountry");
    if (isProblem(text)) return text;
    if (text === "") return functionProblem("country-required", {});
    if (/^[123]$/.test(text)) return { group: Number(text) as CountryGroup, thirdCountry: false };
    // A number is a group, never a country's name or code.
    if (/^[+-]?\d+(?:[.,]\d+)?$/.test(text)) return grantProblem("group-unknown", { value: text });
    const found = resolveCountry(text);
    if (found.value === undefined)
      return ruleProblem("country-unknown", { field: "hostCountry", value: text, suggestion: found.suggestion });
    const funding = fundingGroupOf(found.value.code);
    if (funding === undefined) return grantProblem("country-no-group", { value: text });
    return { group: funding.group, thirdCountry: found.value.status === "not-associated" };
  }

  /**
   * One activity's grant in euros: organisational support, travel, individual support (full rate to the 14th day,
   * travel days included, 70 % from the 15th), inclusion support for organisations, course fees, preparatory visit,
   * reinforced linguistic support, at the Guide's minimum or maximum daily rate or at the given one.
   */
  function grant(
    sector: unknown,
    activity: unknown,
    days: unknown,
    countryOrGroup: unknown,
    distanceKm: unknown,
    travelDays: unknown,
    greenTravel: unknown,
    fewerOpportunities: unknown,
    bound: unknown,
    role: unknown,
    language: Language,
  ): number {
    // Every reader returns its value or a problem; the first problem is the answer.
    const check = <T>(value: T | Problem | GrantProblem): T => (isAnyProblem(value) ? failWith(value, language) : value);
    const type = activityTypeOf(sector, activity);
    if (type.problem) failWith(type.problem, language);
    const { family, participant } = type.value;
    const learners = participant === "learner";
    const dayCount = check(readCount(days, "durationDays", 1, true));
    if (dayCount === undefined) failWith(grantProblem("value-required", { field: "durationDays" }), language);
    const venue = check(readVenue(countryOrGroup));
    const km = check(readCount(distanceKm, "distanceKm", 0, false));
    if (km === undefined) failWith(grantProblem("value-required", { field: "distanceKm" }), language);
    const givenTravelDays = check(readCount(travelDays, "travelDays", 0, true));
    const green = check(readYesNo(greenTravel, "greenTravel"));
    const fewer = check(readYesNo(fewerOpportunities, "fewerOpportunities"));
    const at = check(readBound(bound));
    const accompanying = check(readAccompanying(role, learners));

    const band = bandOfKm(km);
    const rateCategory: RateCategory = learners && !accompanying ? LEARNER_RATE_CATEGORY[type.value.sector] : "staff";
    let rates: AgencyRates | undefined;
    if (typeof at === "number") {
      const problem = rateProblem(at, rateCategory, venue.group);
      if (problem) failWith(problem, language);
      rates = flatRates(at);
    }
    // As in the plan's estimate: 2 travel days unless given; more than are funded count as the most (2, green 6).
    const most = green ? MAX_TRAVEL_DAYS.green : MAX_TRAVEL_DAYS.standard;
    const row: PricedRow = {
      sector: type.value.sector,
      family,
      accompanying,
      rateCategory,
      days: dayCount,
      group: venue.group,
      thirdCountry: venue.thirdCountry,
      band,
      travelDays: givenTravelDays === undefined ? (band === "none" ? 0 : MAX_TRAVEL_DAYS.standard) : Math.min(givenTravelDays, most),
      green,
      fewerOpportunities: fewer,
      linguisticSupport: false,
      position: 1,
    };
    const { lines } = activityLines(row, rates ? { rates } : {});
    const cents = lines.reduce((sum, line) => sum + (at === "max" ? line.amount.max : line.amount.min), 0);
    return cents / 100;
  }

  /** The Guide's travel band of a one-way distance in km ("100–499 km"), "under 10 km" below the first band. */
  function distanceBand(km: unknown, language: Language): string {
    const distance = readCount(km, "distanceKm", 0, false);
    if (isAnyProblem(distance)) failWith(distance, language);
    if (distance === undefined) failWith(grantProblem("value-required", { field: "distanceKm" }), language);
    const band = bandOfKm(distance);
    const words = FUNDING_WORDS[language];
    return band === "none" || band === undefined ? words.underFirstBand : words.band(band.from, band.to);
  }

  return { grant, distanceBand };
}
