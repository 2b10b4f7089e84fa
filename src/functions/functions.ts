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
import { currentLanguage, excelError } from "./runtime";

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
