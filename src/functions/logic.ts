/**
 * What the custom functions compute, over src/rules, without Office: functions.ts only adds the Excel error type and
 * the display language. Each function takes the arguments exactly as Excel passes them (see inputs.ts) and the
 * language of its messages, and returns the answer or throws FunctionInputError with one sentence saying what is wrong.
 *
 * Recalculation calls these once per cell, so what depends only on labels is resolved once and remembered: the
 * activity type of a (sector, activity) pair, a sector's table, and MOBILITY_CHECK's answer for a row's arguments.
 */
import {
  ACCREDITED_RULES,
  activitiesOfSector,
  checkActivity,
  dayNumber,
  formatIssue,
  inclusiveDays,
  resolveAction,
  resolveActivity,
  resolveCountry,
  resolveSector,
  type Activity,
  type ActivityType,
  type Issue,
  type Language,
  type Project,
  type Sector,
} from "../rules";
import { CheckCache, PairCache, rememberable } from "./caches";
import { isEmptyArgument, isProblem, readDate, readLabel, readYesNo } from "./inputs";
import { fail, formatProblem, functionProblem, ruleProblem, type Problem } from "./problems";

export { FunctionInputError } from "./problems";

/** Bound on remembered argument combinations, so a sheet of 100,000 different rows cannot grow memory without end. */
export const MAX_REMEMBERED = 20_000;

// ---- Sector and activity labels ----

type Resolved<T> = { readonly value: T; readonly problem?: undefined } | { readonly value?: undefined; readonly problem: Problem };

function resolveSectorText(text: string): Resolved<Sector> {
  if (text === "") return { problem: functionProblem("sector-required", {}) };
  const found = resolveSector(text);
  if (found.value !== undefined) return { value: found.value };
  return { problem: ruleProblem("sector-unknown", { value: text, suggestion: found.suggestion }, "sector") };
}

function resolvePair(sectorText: string, activityText: string): Resolved<ActivityType> {
  const sector = resolveSectorText(sectorText);
  if (sector.problem) return sector;
  if (activityText === "") return { problem: ruleProblem("activity-missing", {}) };
  const found = resolveActivity(activityText, sector.value);
  switch (found.kind) {
    case "found":
      return { value: found.type };
    case "unknown":
      return { problem: ruleProblem("activity-unknown", { value: activityText, suggestion: found.suggestion }) };
    case "not-in-sector":
      return { problem: ruleProblem("activity-not-in-sector", { value: activityText, activity: found.label, sector: sector.value }) };
    default:
      // A sector is given, so the label cannot need one.
      throw new Error(`unexpected resolution ${found.kind}`);
  }
}

const pairs = new PairCache<Resolved<ActivityType>>(MAX_REMEMBERED);

export function activityTypeOf(sector: unknown, activity: unknown): Resolved<ActivityType> {
  const sectorText = readLabel(sector, "sector");
  if (isProblem(sectorText)) return { problem: sectorText };
  const activityText = readLabel(activity, "activity");
  if (isProblem(activityText)) return { problem: activityText };
  return pairs.get(sectorText, activityText) ?? pairs.remember(sectorText, activityText, resolvePair(sectorText, activityText));
}

// ---- MOBILITY_MAX_DAYS, MOBILITY_MIN_DAYS ----

/** The most days of physical activity, start and end included; #N/A where the Guide sets none (preparatory visits). */
export function maxDays(sector: unknown, activity: unknown, language: Language): number {
  const type = activityTypeOf(sector, activity);
  if (type.problem) fail(type.problem, language);
  const { maxDays: max, family } = type.value;
  if (max === null)
    fail(functionProblem("no-limit", { activity: { family, sector: type.value.sector }, bound: "max" }, "notAvailable"), language);
  return max;
}

/** The fewest days; with fewer opportunities, the lower minimum the Guide allows (if justified) where it has one. */
export function minDays(sector: unknown, activity: unknown, fewerOpportunities: unknown, language: Language): number {
  const type = activityTypeOf(sector, activity);
  if (type.problem) fail(type.problem, language);
  const fewer = readYesNo(fewerOpportunities, "fewerOpportunities");
  if (isProblem(fewer)) fail(fewer, language);
  const { minDays: min, fewerOpportunitiesMinDays: reduced, family } = type.value;
  if (fewer && reduced !== null) return reduced;
  if (min === null)
    fail(functionProblem("no-limit", { activity: { family, sector: type.value.sector }, bound: "min" }, "notAvailable"), language);
  return min;
}

// ---- MOBILITY_DAYS ----

/** Days from start to end, both included (the same day is 1). */
export function days(start: unknown, end: unknown, language: Language): number {
  const startIso = readDate(start, "start");
  if (isProblem(startIso)) fail(startIso, language);
  const endIso = readDate(end, "end");
  if (isProblem(endIso)) fail(endIso, language);
  if (startIso === undefined) fail(ruleProblem("date-missing", { field: "start" }, "start"), language);
  if (endIso === undefined) fail(ruleProblem("date-missing", { field: "end" }, "end"), language);
  const startDay = dayNumber(startIso) as number;
  const endDay = dayNumber(endIso) as number;
  if (endDay < startDay) fail(ruleProblem("date-order", { start: startIso, end: endIso }), language);
  return inclusiveDays(startDay, endDay);
}

// ---- MOBILITY_CHECK ----

/** The answer of MOBILITY_CHECK when src/rules finds no error and no warning. */
export const CHECK_OK = "OK";

/**
 * The problem MOBILITY_CHECK reports: the first error, else the first warning. Information (a reminder, a short stay
 * allowed with fewer opportunities if justified) does not make an activity ineligible, so alone it gives "OK".
 */
export function firstProblem(issues: readonly Issue[]): Issue | undefined {
  return issues.find((i) => i.severity === "error") ?? issues.find((i) => i.severity === "warning");
}

/** The project settings a row's optional arguments give (the beneficiary's country, the action), or a problem. */
export function projectFromArguments(sendingCountry: unknown, action: unknown): Project | Problem {
  const country = readLabel(sendingCountry, "sendingCountry");
  if (isProblem(country)) return country;
  const actionText = readLabel(action, "action");
  if (isProblem(actionText)) return actionText;
  const project: { -readonly [K in keyof Project]: Project[K] } = {};
  if (country !== "") project.country = country;
  if (actionText !== "") project.action = actionText;
  return project;
}

/** The Activity of src/rules for a row's arguments, or the first argument that cannot be read. */
export function activityFromArguments(
  sector: unknown,
  activity: unknown,
  start: unknown,
  end: unknown,
  fewerOpportunities: unknown,
  hostCountry: unknown,
): Activity | Problem {
  const sectorText = readLabel(sector, "sector");
  if (isProblem(sectorText)) return sectorText;
  // src/rules checks one activity against its own sector or the project's; a formula has no project, so it needs one.
  if (sectorText === "") return functionProblem("sector-required", {});
  const activityText = readLabel(activity, "activity");
  if (isProblem(activityText)) return activityText;
  const startIso = readDate(start, "start");
  if (isProblem(startIso)) return startIso;
  const endIso = readDate(end, "end");
  if (isProblem(endIso)) return endIso;
  const fewer = readYesNo(fewerOpportunities, "fewerOpportunities");
  if (isProblem(fewer)) return fewer;
  const host = readLabel(hostCountry, "hostCountry");
  if (isProblem(host)) return host;
  const row: { -readonly [K in keyof Activity]: Activity[K] } = { id: "1", sector: sectorText };
  if (activityText !== "") row.activity = activityText;
  if (startIso !== undefined) row.start = startIso;
  if (endIso !== undefined) row.end = endIso;
  row.fewerOpportunities = fewer;
  if (host !== "") row.hostCountry = host;
  return row;
}

function computeCheck(
  sector: unknown,
  activity: unknown,
  start: unknown,
  end: unknown,
  fewerOpportunities: unknown,
  hostCountry: unknown,
  sendingCountry: unknown,
  action: unknown,
  language: Language,
): string {
  // A row whose sector, activity and dates are all empty is past the plan's end: a blank answer.
  if (isEmptyArgument(sector) && isEmptyArgument(activity) && isEmptyArgument(start) && isEmptyArgument(end)) return "";
  const row = activityFromArguments(sector, activity, start, end, fewerOpportunities, hostCountry);
  if (isProblem(row)) return formatProblem(row, language);
  const project = projectFromArguments(sendingCountry, action);
  if (isProblem(project)) return formatProblem(project, language);
  // The project's own checks (period, cap) are not the row's: checkActivity uses the settings, it does not check them.
  const problem = firstProblem(checkActivity(row, project));
  return problem ? formatIssue(problem, language) : CHECK_OK;
}

const checks = new CheckCache(MAX_REMEMBERED);

/**
 * The first level of the cache: the language, and the project arguments when given. Their answer depends only on the
 * text readLabel makes of them (a number or TRUE becomes its text), so their text is the key; without them (the usual
 * call) the key is the language alone and nothing is built.
 */
function contextKey(language: Language, sendingCountry: unknown, action: unknown): string {
  if ((sendingCountry === null || sendingCountry === undefined) && (action === null || action === undefined)) return language;
  return `${language}\u0000${String(sendingCountry ?? "")}\u0000${String(action ?? "")}`;
}

/**
 * "OK", or the first problem of the activity as one sentence in `language`: what src/rules' checkActivity finds for
 * one row (labels, dates, duration, host country), after the arguments themselves are read. A row whose sector,
 * activity and dates are all empty gives "" (a blank cell), so the column can be filled down past the plan's end.
 * The sending country (the beneficiary's) and the action (KA121 or KA122, KA122 when empty) are the project settings
 * the audit would use: a host in the sending country, a KA121 third-country venue, answer as the audit does.
 * They come after the language so that callers written before them keep working.
 */
export function check(
  sector: unknown,
  activity: unknown,
  start: unknown,
  end: unknown,
  fewerOpportunities: unknown,
  hostCountry: unknown,
  language: Language,
  sendingCountry: unknown = null,
  action: unknown = null,
): string {
  const remember =
    rememberable(sector) &&
    rememberable(activity) &&
    rememberable(start) &&
    rememberable(end) &&
    rememberable(fewerOpportunities) &&
    rememberable(hostCountry) &&
    rememberable(sendingCountry) &&
    rememberable(action);
  if (!remember) return computeCheck(sector, activity, start, end, fewerOpportunities, hostCountry, sendingCountry, action, language);
  const context = contextKey(language, sendingCountry, action);
  const known = checks.get(context, sector, activity, start, end, fewerOpportunities, hostCountry);
  if (known !== undefined) return known;
  const answer = computeCheck(sector, activity, start, end, fewerOpportunities, hostCountry, sendingCountry, action, language);
  return checks.remember(context, sector, activity, start, end, fewerOpportunities, hostCountry, answer);
}

// ---- MOBILITY_ACTIVITY_CODE ----

/**
 * The catalog code of an activity label (English, Latvian or a code). Labels that name a different entry in each
 * sector (the Latvian learner labels, "Group mobility") need the sector; labels with the same code everywhere
 * ("Job shadowing") do not.
 */
export function activityCode(label: unknown, sector: unknown, language: Language): string {
  const text = readLabel(label, "activity");
  if (isProblem(text)) fail(text, language);
  if (text === "") fail(ruleProblem("activity-missing", {}), language);
  const sectorText = readLabel(sector, "sector");
  if (isProblem(sectorText)) fail(sectorText, language);
  let inSector: Sector | undefined;
  if (sectorText !== "") {
    const resolved = resolveSectorText(sectorText);
    if (resolved.problem) fail(resolved.problem, language);
    inSector = resolved.value;
  }
  const found = resolveActivity(text, inSector);
  switch (found.kind) {
    case "found":
      return found.type.code;
    case "unknown":
      return fail(ruleProblem("activity-unknown", { value: text, suggestion: found.suggestion }), language);
    case "not-in-sector":
      return fail(ruleProblem("activity-not-in-sector", { value: text, activity: found.label, sector: inSector as Sector }), language);
    case "needs-sector": {
      const codes = [...new Set(found.types.map((t) => t.code))];
      if (codes.length === 1) return codes[0];
      return fail(functionProblem("activity-ambiguous", { value: text, codes }), language);
    }
  }
}

// ---- MOBILITY_ACTIVITIES ----

/** One row of MOBILITY_ACTIVITIES: code, English name, Latvian name, min days, max days ("" where there is no limit). */
export type ActivityRow = [code: string, en: string, lv: string, minDays: number | "", maxDays: number | ""];

export const ACTIVITY_TABLE_COLUMNS = 5;

const tables = new Map<Sector, readonly ActivityRow[]>();

function tableOf(sector: Sector): readonly ActivityRow[] {
  let table = tables.get(sector);
  if (!table) {
    table = activitiesOfSector(sector).map((t): ActivityRow => [t.code, t.en, t.lv, t.minDays ?? "", t.maxDays ?? ""]);
    tables.set(sector, table);
  }
  return table;
}

/** The sector's activity types in catalog order, as rows to spill. A fresh array each call: callers may keep it. */
export function activities(sector: unknown, language: Language): ActivityRow[] {
  const text = readLabel(sector, "sector");
  if (isProblem(text)) fail(text, language);
  const resolved = resolveSectorText(text);
  if (resolved.problem) fail(resolved.problem, language);
  return tableOf(resolved.value).map((row) => [...row]);
}

// ---- MOBILITY_COUNTRY_OK ----

/**
 * TRUE for the EU Member States and the associated third countries (PG26 p.33–34), FALSE for other known countries.
 * With the action KA121 (or KA121-VET), also TRUE for third countries not associated to the Programme, which may host
 * some activities of accredited VET projects (with a warning in the audit), never for Belarus and Russia; KA121-SCH
 * and KA121-ADU projects have no such venues (rules-2026.md §2b). The action comes after the language, as in check().
 */
export function countryOk(country: unknown, language: Language, action: unknown = null): boolean {
  const text = readLabel(country, "hostCountry");
  if (isProblem(text)) fail(text, language);
  if (text === "") fail(functionProblem("country-required", {}), language);
  const actionText = readLabel(action, "action");
  if (isProblem(actionText)) fail(actionText, language);
  const found = resolveCountry(text);
  if (found.value === undefined) {
    fail(ruleProblem("country-unknown", { field: "hostCountry", value: text, suggestion: found.suggestion }, "hostCountry"), language);
  }
  if (found.value.status !== "not-associated" || actionText === "") return found.value.eligible;
  const resolved = resolveAction(actionText);
  if (resolved.value === undefined) {
    fail(ruleProblem("action-unknown", { value: actionText, suggestion: resolved.suggestion }), language);
  }
  if (resolved.value !== "KA121") return false;
  const { sectors, regions } = ACCREDITED_RULES.thirdCountryVenues;
  const sector = resolveSector(actionText).value;
  const region = found.value.region;
  return (sector === undefined || sectors.includes(sector)) && region !== undefined && regions.includes(region);
}
