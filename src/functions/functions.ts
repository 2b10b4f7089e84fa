/*
 * Excel custom functions: the 2026 Erasmus+ KA1 rules in formulas. Thin wrappers over logic.ts (pure, tested without
 * Office), which works over src/rules.
 *
 * custom-functions-metadata-plugin (webpack.config.js) builds functions.json from the JSDoc of the top-level
 * `function` declarations here that carry `@customfunction ID`, and appends the CustomFunctions.associate(...) calls
 * itself: never write them by hand. Parameters are `unknown` (functions.json type "any") because Excel passes an empty
 * cell as null, 0 or "" and dates as serials or text: logic.ts reads them. Optional parameters arrive as null.
 * functions-lv.json (Latvian names and descriptions, same ids) is written at build from translations-lv.json.
 */
import { activities, activityCode, check, countryOk, days, maxDays, minDays } from "./logic";
import type { FundingFunctions } from "./grant";
import { currentLanguage, excelError } from "./runtime";
import { SHARED } from "./shared";

// The funding functions (grant.ts with src/rules/funding) load on their first call, as their own chunk: a workbook
// that never prices an activity does not carry the unit costs. Their answers are promises (#BUSY! until loaded).
let fundingModule: Promise<FundingFunctions> | undefined;
function funding(): Promise<FundingFunctions> {
  fundingModule ??= import(/* webpackChunkName: "grant-functions" */ "./grant")
    .then(({ fundingFunctions }) => fundingFunctions(SHARED))
    .catch((error: unknown) => {
      fundingModule = undefined; // a failed load is tried again on the next call
      throw error;
    });
  return fundingModule;
}

/**
 * Maximum days of an Erasmus+ KA1 activity type in a sector (start and end day included, travel days not counted), by the 2026 Programme Guide.
 * @customfunction MOBILITY_MAX_DAYS
 * @param sector Sector: VET, SCH or ADU, or its English or Latvian name (e.g. "PIA", "Skolu izglītība").
 * @param activity Activity type: English or Latvian name, or code (e.g. "Job shadowing", "Ēnošana darbā", "SM-JOB-SHDW").
 * @returns The maximum number of days.
 */
export function mobilityMaxDays(sector: unknown, activity: unknown): number {
  try {
    return maxDays(sector, activity, currentLanguage());
  } catch (error) {
    throw excelError(error);
  }
}

/**
 * Minimum days of an Erasmus+ KA1 activity type in a sector (start and end day included, travel days not counted); with fewer opportunities, the lower minimum allowed if justified.
 * @customfunction MOBILITY_MIN_DAYS
 * @param sector Sector: VET, SCH or ADU, or its English or Latvian name (e.g. "PIA", "Skolu izglītība").
 * @param activity Activity type: English or Latvian name, or code (e.g. "Job shadowing", "Ēnošana darbā", "SM-JOB-SHDW").
 * @param [fewerOpportunities] TRUE (or "jā", "yes", 1, "x") for a participant with fewer opportunities; empty means no.
 * @returns The minimum number of days.
 */
export function mobilityMinDays(sector: unknown, activity: unknown, fewerOpportunities?: unknown): number {
  try {
    return minDays(sector, activity, fewerOpportunities, currentLanguage());
  } catch (error) {
    throw excelError(error);
  }
}

/**
 * Days from start to end, both included. Dates as Excel dates or as text (dd.mm.yyyy, yyyy-mm-dd, dd/mm/yyyy).
 * @customfunction MOBILITY_DAYS
 * @param start First day of the activity.
 * @param end Last day of the activity.
 * @returns The number of days, start and end included.
 */
export function mobilityDays(start: unknown, end: unknown): number {
  try {
    return days(start, end, currentLanguage());
  } catch (error) {
    throw excelError(error);
  }
}

/**
 * Checks one planned activity against the 2026 rules: "OK", or its first problem as one sentence in Excel's display language (English or Latvian).
 * @customfunction MOBILITY_CHECK
 * @param sector Sector: VET, SCH or ADU, or its English or Latvian name (e.g. "PIA", "Skolu izglītība").
 * @param activity Activity type: English or Latvian name, or code (e.g. "Job shadowing", "Ēnošana darbā", "SM-JOB-SHDW").
 * @param start First day of the activity: an Excel date or text (dd.mm.yyyy, yyyy-mm-dd).
 * @param end Last day of the activity: an Excel date or text (dd.mm.yyyy, yyyy-mm-dd).
 * @param [fewerOpportunities] TRUE (or "jā", "yes", 1, "x") for a participant with fewer opportunities; empty means no.
 * @param [hostCountry] Country of the host organisation: name in English or Latvian, or code (e.g. "DE", "Vācija").
 * @param [sendingCountry] Country of the beneficiary (the sending organisation): name or code (e.g. "LV", "Latvija"); the host cannot be the same.
 * @param [action] KA121 (accredited project) or KA122 (short-term project); empty means KA122.
 * @returns "OK" or the first problem found.
 */
export function mobilityCheck(
  sector: unknown,
  activity: unknown,
  start: unknown,
  end: unknown,
  fewerOpportunities?: unknown,
  hostCountry?: unknown,
  sendingCountry?: unknown,
  action?: unknown,
): string {
  try {
    return check(sector, activity, start, end, fewerOpportunities, hostCountry, currentLanguage(), sendingCountry ?? null, action ?? null);
  } catch (error) {
    throw excelError(error);
  }
}

/**
 * The activity type code (e.g. SM-JOB-SHDW) of an activity label written in English or Latvian.
 * @customfunction MOBILITY_ACTIVITY_CODE
 * @param label Activity label in English or Latvian, or a code (e.g. "Ēnošana darbā", "Courses and training").
 * @param [sector] Sector, for labels that name a different activity in each sector (e.g. "Izglītojamo grupu mobilitāte").
 * @returns The activity type code.
 */
export function mobilityActivityCode(label: unknown, sector?: unknown): string {
  try {
    return activityCode(label, sector, currentLanguage());
  } catch (error) {
    throw excelError(error);
  }
}

/**
 * Table of a sector's activity types, one per row: code, English name, Latvian name, minimum days, maximum days (empty where there is no limit).
 * @customfunction MOBILITY_ACTIVITIES
 * @param sector Sector: VET, SCH or ADU, or its English or Latvian name (e.g. "PIA", "Skolu izglītība").
 * @returns The sector's activity types, spilled into five columns.
 */
export function mobilityActivities(sector: unknown): Array<Array<string | number>> {
  try {
    return activities(sector, currentLanguage());
  } catch (error) {
    throw excelError(error);
  }
}

/**
 * TRUE when the country may host a KA122 mobility activity (EU Member States and IS, LI, NO, MK, RS, TR), FALSE for other countries; with KA121 also third countries not associated to the Programme (accredited VET), never Belarus or Russia.
 * @customfunction MOBILITY_COUNTRY_OK
 * @param country Country name in English or Latvian, or its code (e.g. "DE", "Vācija", "Šveice").
 * @param [action] KA121 (accredited project, also "KA121-VET") or KA122; empty means KA122.
 * @returns TRUE or FALSE.
 */
export function mobilityCountryOk(country: unknown, action?: unknown): boolean {
  try {
    return countryOk(country, currentLanguage(), action ?? null);
  } catch (error) {
    throw excelError(error);
  }
}

/**
 * The grant of one Erasmus+ KA1 activity in euros under the 2026 unit costs: organisational support, travel, individual support (full rate to the 14th day, travel days included, 70 % from the 15th), inclusion support for organisations, course fees, preparatory visit; at the Guide's minimum or maximum daily rates, or at a given daily rate.
 * @customfunction MOBILITY_GRANT
 * @param sector Sector: VET, SCH or ADU, or its English or Latvian name (e.g. "PIA", "Skolu izglītība").
 * @param activity Activity type: English or Latvian name, or code (e.g. "Job shadowing", "Ēnošana darbā", "SM-JOB-SHDW"); learners' activities are at learners' rates, others at staff rates.
 * @param days Days of the activity, start and end included, travel days not counted (e.g. MOBILITY_DAYS of the dates).
 * @param countryOrGroup Receiving country (name or code, e.g. "DE", "Vācija"; for invited experts and hosted teachers the beneficiary's) or its country group 1, 2 or 3.
 * @param distanceKm One-way distance in km (the EU distance calculator's); under 10 km there is no travel grant.
 * @param [travelDays] Travel days counted for individual support: at most 2, with green travel 6; empty means 2.
 * @param [greenTravel] TRUE (or "jā", "yes", 1, "x") for green travel; empty means standard travel.
 * @param [fewerOpportunities] TRUE (or "jā", "yes", 1, "x") for a participant with fewer opportunities (inclusion support for organisations); empty means no.
 * @param [bound] "min" (the Guide's lowest daily rates, also when empty), "max" (the highest), or the National Agency's daily rate in whole euros.
 * @param [role] "accompanying" (or "Pavadošā persona") for an accompanying person of the activity: travel and individual support at staff rates only; empty means a participant.
 * @returns The grant in euros.
 */
export function mobilityGrant(
  sector: unknown,
  activity: unknown,
  days: unknown,
  countryOrGroup: unknown,
  distanceKm: unknown,
  travelDays?: unknown,
  greenTravel?: unknown,
  fewerOpportunities?: unknown,
  bound?: unknown,
  role?: unknown,
): Promise<number> {
  return funding().then(({ grant }) => {
    try {
      return grant(
        sector,
        activity,
        days,
        countryOrGroup,
        distanceKm,
        travelDays ?? null,
        greenTravel ?? null,
        fewerOpportunities ?? null,
        bound ?? null,
        role ?? null,
        currentLanguage(),
      );
    } catch (error) {
      throw excelError(error);
    }
  });
}

/**
 * The Programme Guide's travel band of a one-way distance: "10–99 km", "100–499 km" … "8000 km or more", or "under 10 km" (no travel grant).
 * @customfunction MOBILITY_DISTANCE_BAND
 * @param km One-way distance in km, decimals allowed (e.g. 99.5 is in 10–99 km, 100 in 100–499 km).
 * @returns The distance band, in Excel's display language.
 */
export function mobilityDistanceBand(km: unknown): Promise<string> {
  return funding().then(({ distanceBand }) => {
    try {
      return distanceBand(km, currentLanguage());
    } catch (error) {
      throw excelError(error);
    }
  });
}
