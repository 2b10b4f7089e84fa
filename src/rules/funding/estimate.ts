/**
 * The grant estimate of a plan under the 2026 unit costs (rules-2026.md §6): per activity row, each budget line with
 * its quantity, unit and amount; totals per category and per activity type; what could not be estimated and why;
 * the assumptions made. Without an agency's rates, each amount is a minimum–maximum from the Guide's ranges; with
 * them, min = max. Money is integer cents; payable daily rates are whole euros (PG26 p.100, 120, 140).
 *
 * `activityLines` prices one resolved row on its own (what a custom function needs); `estimatePlan` resolves a plan's
 * rows the way the checks do (checks/prepare.ts), orders participants for the 100-participant tier, and adds up.
 */
import type { ActivityId, Plan } from "../activity";
import { prepareActivity, prepareProject, type PreparedActivity, type Reporter } from "../checks";
import type { ActivityFamily, Role, Sector } from "../types";
import { fundingGroupOf } from "./country-groups";
import { bandOfKm, readDistanceBand, type BandReading } from "./distance";
import type { AgencyRates } from "./rates-file";
import {
  ACCOMPANYING_MAX_DAYS,
  BUDGET_CATEGORIES,
  CATEGORY_SOURCES,
  COURSE_FEE_MAX_DAYS,
  COURSE_FEE_PER_DAY,
  COURSES_LIMIT,
  DAILY_RATE_RANGES,
  FULL_RATE_DAYS,
  GROUP_FAMILIES,
  INCLUSION_SUPPORT_ORGANISATIONS,
  LEARNER_RATE_CATEGORY,
  LINGUISTIC_SUPPORT,
  LINGUISTIC_SUPPORT_FAMILIES,
  MAX_TRAVEL_DAYS,
  ORGANISATIONAL_SUPPORT,
  PREPARATORY_VISIT,
  REAL_COST_CATEGORIES,
  REDUCED_RATE_PERCENT,
  REINFORCED_LINGUISTIC_FAMILIES,
  REINFORCED_LINGUISTIC_SUPPORT,
  THIRD_COUNTRY_INDIVIDUAL,
  TIER_PARTICIPANTS,
  type BudgetCategory,
  type CountryGroup,
  type RateCategory,
  type TravelBand,
} from "./unit-costs";

/** An amount in euro cents at the lowest and highest rates (equal with an agency's rates). */
export interface Bounds {
  readonly min: number;
  readonly max: number;
}

/** What a line counts: return trips, days at the base rate, days at 70 %, participants, course days. */
export const BUDGET_UNITS = ["return-trip", "day", "day-70", "participant", "reinforced-participant", "course-day"] as const;
export type BudgetUnit = (typeof BUDGET_UNITS)[number];

export interface BudgetLine {
  readonly category: BudgetCategory;
  readonly quantity: number;
  readonly unit: BudgetUnit;
  /** Cents per unit. */
  readonly rate: Bounds;
  /** Cents. */
  readonly amount: Bounds;
  /** Where the unit cost is written ("PG26 p.98–99"). */
  readonly source: string;
  /** Travel: the band and whether green; individual support: the rate category and receiving country group. */
  readonly band?: TravelBand;
  readonly green?: boolean;
  readonly rateCategory?: RateCategory;
  readonly group?: CountryGroup;
}

/** Why a row's line (or a project's category) is not in the estimate. */
export const MISSING_REASONS = [
  "sector-unknown",
  "activity-unknown",
  "distance-missing",
  "distance-unreadable",
  "dates-missing",
  "country-missing",
  "country-group-unknown",
  "linguistic-support-not-stated",
  "real-costs",
] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

export interface Missing {
  /** The row; absent for a project-wide entry (the categories paid on real costs). */
  readonly id?: ActivityId;
  readonly category: BudgetCategory;
  readonly why: MissingReason;
}

/** What the estimate took for granted, with how many rows it concerns. Worded by words.ts. */
export const ASSUMPTIONS = [
  "guide-ranges",
  "agency-rates",
  "travel-days-assumed",
  "standard-travel-assumed",
  "travel-days-capped",
  "incoming-staff-rates",
  "third-country-groups",
  "tier-order",
  "course-days-capped",
  "accompanying-60-days",
] as const;
export type AssumptionId = (typeof ASSUMPTIONS)[number];
export interface Assumption {
  readonly id: AssumptionId;
  /** Rows concerned (0 for project-wide assumptions). */
  readonly rows: number;
  /** The agency named in the rates file (agency-rates). */
  readonly agency?: string;
}

export interface ActivityEstimate {
  readonly id: ActivityId;
  /** The activity type's code ("SM-JOB-SHDW"), or "accompanying" for an accompanying person's row without one. */
  readonly code?: string;
  readonly lines: readonly BudgetLine[];
}

export interface CoursesLimitCheck {
  readonly sector: Sector;
  readonly courses: Bounds;
  readonly limit: Bounds;
  readonly grant: Bounds;
  readonly exceeded: boolean;
  readonly source: string;
}

export interface Estimate {
  readonly currency: "EUR";
  readonly total: Bounds;
  readonly categories: readonly { readonly category: BudgetCategory; readonly amount: Bounds }[];
  readonly byActivityType: readonly { readonly code: string; readonly amount: Bounds }[];
  readonly activities: readonly ActivityEstimate[];
  readonly missing: readonly Missing[];
  readonly assumptions: readonly Assumption[];
  /** VET and SCH: the courses-and-training limit, worked out (exceeded: the plan's courses ask for more). */
  readonly coursesLimit?: CoursesLimitCheck;
  /** True when an agency's rates were used (min = max everywhere). */
  readonly exact: boolean;
}

/** The daily base rates in use: an agency's, or the Guide's range ends. */
export interface RateBounds {
  readonly rates?: AgencyRates;
}

/** The base rate of a category and group at each bound, whole euros. */
export function baseRates(category: RateCategory, group: CountryGroup, rates?: AgencyRates): Bounds {
  if (rates) {
    const rate = rates.individualSupport[category][group];
    return { min: rate, max: rate };
  }
  return DAILY_RATE_RANGES[category][group - 1];
}

/** 70 % of a whole-euro base rate, rounded half up to whole euros in integer arithmetic (0.7 × 85 = 59.5 → 60). */
export function reducedRate(base: number): number {
  return Math.floor((base * REDUCED_RATE_PERCENT + 50) / 100);
}

const euros = (amount: number): Bounds => ({ min: amount * 100, max: amount * 100 });
const times = (rate: Bounds, quantity: number): Bounds => ({ min: rate.min * quantity, max: rate.max * quantity });
const plus = (a: Bounds, b: Bounds): Bounds => ({ min: a.min + b.min, max: a.max + b.max });
const ZERO: Bounds = { min: 0, max: 0 };

/** One row, resolved: what its lines depend on. */
export interface PricedRow {
  readonly sector: Sector;
  /** Unknown only for an accompanying person's row that names no activity. */
  readonly family?: ActivityFamily;
  /** An accompanying person travels and stays at staff rates; no other line is theirs (PG26 p.98 "not participants"). */
  readonly accompanying: boolean;
  /** The daily-rate category: learners of the sector, or staff (staff, accompanying persons, invited experts, hosted teachers). */
  readonly rateCategory: RateCategory;
  /** Days of activity, start and end included; undefined when the dates are not known. */
  readonly days?: number;
  /** The venue's receiving country group; undefined when not known. */
  readonly group?: CountryGroup;
  /** The venue is a third country not associated to the Programme (VET: 500 EUR organisational support). */
  readonly thirdCountry?: boolean;
  /** The travel band; "none" under 10 km; undefined when the distance is not known. */
  readonly band?: BandReading;
  /** Counted travel days: the plan's, capped (2, green 6), or the assumed 2. */
  readonly travelDays: number;
  readonly green: boolean;
  readonly fewerOpportunities: boolean;
  /** Whether Online Language Support cannot serve the participant; undefined when the plan does not say. */
  readonly linguisticSupport?: boolean;
  /** 1-based position among the project's participants of the same activity type (the 100-participant tier). */
  readonly position: number;
}

export interface RowLines {
  readonly lines: readonly BudgetLine[];
  /** The categories the row could not be priced in, and why. */
  readonly missing: readonly { readonly category: BudgetCategory; readonly why: MissingReason }[];
}

/** A row's budget lines, and the categories it could not price. */
export function activityLines(row: PricedRow, bounds: RateBounds = {}): RowLines {
  const sources = CATEGORY_SOURCES[row.sector];
  const lines: BudgetLine[] = [];
  const missing: RowLines["missing"][number][] = [];
  const skip = (category: BudgetCategory, why: MissingReason) => missing.push({ category, why });
  const line = (category: BudgetCategory, quantity: number, unit: BudgetUnit, rate: Bounds, extra: Partial<BudgetLine> = {}) => {
    if (quantity > 0) lines.push({ category, quantity, unit, rate, amount: times(rate, quantity), source: sources[category], ...extra });
  };

  if (row.family === "preparatory-visit") {
    line("preparatory-visits", 1, "participant", euros(PREPARATORY_VISIT));
    return { lines, missing };
  }

  if (!row.accompanying) {
    const table = row.family === undefined ? undefined : ORGANISATIONAL_SUPPORT[row.sector][row.family];
    const individual = row.family !== undefined && !GROUP_FAMILIES.has(row.family);
    const third = row.thirdCountry && individual ? THIRD_COUNTRY_INDIVIDUAL[row.sector] : undefined;
    const rate = third ?? table;
    if (rate) {
      const amount = rate.after100 !== undefined && row.position > TIER_PARTICIPANTS ? rate.after100 : rate.amount;
      line("organisational-support", 1, "participant", euros(amount));
    }
  }

  if (row.band === undefined) skip("travel", "distance-missing");
  else if (row.band !== "none") {
    const amount = row.green ? row.band.green : row.band.standard;
    line("travel", 1, "return-trip", euros(amount), { band: row.band, green: row.green });
  }

  if (row.days === undefined) skip("individual-support", "dates-missing");
  else if (row.group === undefined) skip("individual-support", "country-group-unknown");
  else {
    let total = row.days + row.travelDays;
    if (row.accompanying) total = Math.min(total, ACCOMPANYING_MAX_DAYS);
    const base = baseRates(row.rateCategory, row.group, bounds.rates);
    const detail = { rateCategory: row.rateCategory, group: row.group };
    line("individual-support", Math.min(total, FULL_RATE_DAYS), "day", { min: base.min * 100, max: base.max * 100 }, detail);
    const reduced = { min: reducedRate(base.min) * 100, max: reducedRate(base.max) * 100 };
    line("individual-support", Math.max(0, total - FULL_RATE_DAYS), "day-70", reduced, detail);
  }

  if (row.accompanying) return { lines, missing };

  if (row.fewerOpportunities) line("inclusion-support-organisations", 1, "participant", euros(INCLUSION_SUPPORT_ORGANISATIONS));

  if (row.family === "course") {
    if (row.days === undefined) skip("course-fees", "dates-missing");
    else line("course-fees", Math.min(row.days, COURSE_FEE_MAX_DAYS), "course-day", euros(COURSE_FEE_PER_DAY));
  }

  if (row.family !== undefined && LINGUISTIC_SUPPORT_FAMILIES.has(row.family)) {
    if (row.linguisticSupport === undefined) skip("linguistic-support", "linguistic-support-not-stated");
    else if (row.linguisticSupport) line("linguistic-support", 1, "participant", euros(LINGUISTIC_SUPPORT));
  }
  if (row.family !== undefined && REINFORCED_LINGUISTIC_FAMILIES.has(row.family)) {
    line("linguistic-support", 1, "reinforced-participant", euros(REINFORCED_LINGUISTIC_SUPPORT));
  }
  return { lines, missing };
}

/** A reporter that keeps nothing: the audit reports unresolved labels; the estimate only skips those rows. */
const SILENT: Reporter = { issues: [], activity: () => undefined, project: () => undefined };

const INCOMING_ROLES: ReadonlySet<Role> = new Set(["expert", "teacher-in-training"]);

interface RowContext {
  readonly prepared: PreparedActivity;
  readonly index: number;
}

/** The estimate of a whole plan. */
export function estimatePlan(plan: Plan, rates?: AgencyRates): Estimate {
  const project = prepareProject(plan.project, SILENT);
  const rows: RowContext[] = plan.activities.map((activity, index) => ({ prepared: prepareActivity(activity, project, SILENT), index }));
  const positions = tierPositions(rows);

  const counts = new Map<AssumptionId, number>();
  const count = (id: AssumptionId) => counts.set(id, (counts.get(id) ?? 0) + 1);
  const missing: Missing[] = [];
  const activities: ActivityEstimate[] = [];
  for (const { prepared, index } of rows) {
    const { activity, family } = prepared;
    const accompanying = prepared.role === "accompanying";
    const unknown: MissingReason | undefined =
      prepared.sector === undefined ? "sector-unknown" : family === undefined && !accompanying ? "activity-unknown" : undefined;
    if (unknown) {
      missing.push({ id: activity.id, category: "organisational-support", why: unknown });
      activities.push({ id: activity.id, lines: [] });
      continue;
    }
    const { row, venueMissing, distanceUnreadable } = pricedRow(prepared, project.country?.code, positions.get(index) ?? 1, count);
    const priced = activityLines(row, { rates });
    for (const { category, why } of priced.missing) {
      // Said as the plan lacks it: no venue country, a band that names no band.
      const reason =
        why === "country-group-unknown" && venueMissing
          ? "country-missing"
          : why === "distance-missing" && distanceUnreadable
            ? "distance-unreadable"
            : why;
      missing.push({ id: activity.id, category, why: reason });
    }
    activities.push({ id: activity.id, code: prepared.type?.code ?? (accompanying ? "accompanying" : undefined), lines: priced.lines });
  }
  for (const category of REAL_COST_CATEGORIES) missing.push({ category, why: "real-costs" });

  const totals = new Map<BudgetCategory, Bounds>();
  const byType = new Map<string, Bounds>();
  let total = ZERO;
  for (const { code, lines } of activities) {
    for (const l of lines) {
      totals.set(l.category, plus(totals.get(l.category) ?? ZERO, l.amount));
      if (code !== undefined) byType.set(code, plus(byType.get(code) ?? ZERO, l.amount));
      total = plus(total, l.amount);
    }
  }

  const assumptions: Assumption[] = [
    rates ? { id: "agency-rates", rows: 0, ...(rates.agency ? { agency: rates.agency } : {}) } : { id: "guide-ranges", rows: 0 },
  ];
  for (const id of ASSUMPTIONS) {
    const rowsConcerned = counts.get(id);
    if (rowsConcerned) assumptions.push({ id, rows: rowsConcerned });
  }
  const coursesLimit = coursesLimitOf(project.sector ?? soleSector(rows), rows, activities, total);
  return {
    currency: "EUR",
    total,
    categories: BUDGET_CATEGORIES.filter((c) => totals.has(c)).map((category) => ({ category, amount: totals.get(category) as Bounds })),
    byActivityType: [...byType].map(([code, amount]) => ({ code, amount })),
    activities,
    missing,
    assumptions,
    ...(coursesLimit ? { coursesLimit } : {}),
    exact: rates !== undefined,
  };
}

function soleSector(rows: readonly RowContext[]): Sector | undefined {
  const sectors = new Set(rows.map((r) => r.prepared.sector).filter((s) => s !== undefined));
  return sectors.size === 1 ? [...sectors][0] : undefined;
}

interface RowResult {
  readonly row: PricedRow;
  readonly venueMissing: boolean;
  readonly distanceUnreadable: boolean;
}

function pricedRow(
  prepared: PreparedActivity,
  beneficiaryCountry: string | undefined,
  position: number,
  count: (id: AssumptionId) => void,
): RowResult {
  const { activity, family } = prepared;
  const sector = prepared.sector as Sector;
  const accompanying = prepared.role === "accompanying";
  const incoming = prepared.role !== undefined && INCOMING_ROLES.has(prepared.role);
  const learner = !accompanying && prepared.type?.participant === "learner";
  if (incoming) count("incoming-staff-rates");
  // Invited experts and hosted teachers come to the beneficiary: its country is their venue.
  const venue = incoming || prepared.type?.venue === "beneficiary" ? beneficiaryCountry : prepared.hostCountry?.code;
  const funding = venue === undefined ? undefined : fundingGroupOf(venue);
  if (funding && !funding.programme) count("third-country-groups");

  let band: BandReading;
  let distanceUnreadable = false;
  if (activity.distanceKm !== undefined) band = bandOfKm(activity.distanceKm);
  else if (activity.distanceBand !== undefined) {
    band = readDistanceBand(activity.distanceBand);
    distanceUnreadable = band === undefined;
  }

  const green = activity.greenTravel === true;
  // A preparatory visit's unit cost covers its travel and subsistence: nothing about travel is assumed for it.
  const travels = band !== "none" && family !== "preparatory-visit";
  if (activity.greenTravel === undefined && travels) count("standard-travel-assumed");
  let travelDays: number;
  const max = green ? MAX_TRAVEL_DAYS.green : MAX_TRAVEL_DAYS.standard;
  if (activity.travelDays === undefined) {
    travelDays = band === "none" ? 0 : MAX_TRAVEL_DAYS.standard;
    if (travels) count("travel-days-assumed");
  } else {
    travelDays = Math.max(0, Math.min(Math.floor(activity.travelDays), max));
    if (activity.travelDays > max) count("travel-days-capped");
  }
  if (family === "course" && prepared.days !== undefined && prepared.days > COURSE_FEE_MAX_DAYS) count("course-days-capped");
  if (accompanying && prepared.days !== undefined && prepared.days + travelDays > ACCOMPANYING_MAX_DAYS) count("accompanying-60-days");
  if (position > TIER_PARTICIPANTS && family !== undefined && ORGANISATIONAL_SUPPORT[sector][family]?.after100 !== undefined)
    count("tier-order");

  const row: PricedRow = {
    sector,
    family,
    accompanying,
    rateCategory: learner ? LEARNER_RATE_CATEGORY[sector] : "staff",
    days: prepared.days,
    group: funding?.group,
    // Incoming people come to the beneficiary: a host country on their row is not their venue.
    thirdCountry: !incoming && prepared.hostCountry?.status === "not-associated",
    band,
    travelDays,
    green,
    fewerOpportunities: activity.fewerOpportunities === true,
    linguisticSupport: activity.linguisticSupport,
    position,
  };
  return { row, venueMissing: venue === undefined, distanceUnreadable };
}

/**
 * Each participant's position among the project's participants of the same activity type, in order of start date
 * (rows without one last), then row: "200 EUR after one hundred participants in the same type of activity".
 * Accompanying persons are not participants (PG26 p.98).
 */
function tierPositions(rows: readonly RowContext[]): Map<number, number> {
  const byType = new Map<string, RowContext[]>();
  for (const row of rows) {
    const { type, role } = row.prepared;
    if (!type || role === "accompanying") continue;
    const list = byType.get(type.code) ?? [];
    list.push(row);
    byType.set(type.code, list);
  }
  const positions = new Map<number, number>();
  for (const list of byType.values()) {
    list.sort((a, b) => (a.prepared.startDay ?? Infinity) - (b.prepared.startDay ?? Infinity) || a.index - b.index);
    list.forEach((row, i) => positions.set(row.index, i + 1));
  }
  return positions;
}

/**
 * The courses-and-training limit (PG26 p.86, 107): every line of the course participants' rows counts (inclusion
 * support for participants, which is never estimated, would not). 50 % of the grant, compared in cents as 2 × courses
 * > grant; 20,000 EUR where the grant is up to 40,000 EUR.
 */
function coursesLimitOf(
  sector: Sector | undefined,
  rows: readonly RowContext[],
  activities: readonly ActivityEstimate[],
  grant: Bounds,
): CoursesLimitCheck | undefined {
  if (sector === undefined) return undefined;
  let courses = ZERO;
  activities.forEach((a, i) => {
    if (rows[i].prepared.family !== "course" || rows[i].prepared.role === "accompanying") return;
    for (const l of a.lines) if (l.category !== "inclusion-support-participants") courses = plus(courses, l.amount);
  });
  return coursesLimitFor(sector, courses, grant);
}

/**
 * The courses-and-training limit of a sector for a grant (cents), and whether `courses` (cents) exceed it: 50 % of
 * the grant, compared as 100 × courses > 50 × grant so that no half cent is rounded; 20,000 EUR where the grant is up
 * to 40,000 EUR. Undefined for adult education, which has no such limit.
 */
export function coursesLimitFor(sector: Sector, courses: Bounds, grant: Bounds): CoursesLimitCheck | undefined {
  const rule = COURSES_LIMIT[sector];
  if (!rule) return undefined;
  const small = (g: number) => g <= rule.smallGrantUpTo * 100;
  const limitOf = (g: number) => (small(g) ? rule.smallGrantLimit * 100 : Math.floor((g * rule.percent) / 100));
  const over = (c: number, g: number) => (small(g) ? c > rule.smallGrantLimit * 100 : c * 100 > g * rule.percent);
  const limit = { min: limitOf(grant.min), max: limitOf(grant.max) };
  return { sector, courses, limit, grant, exceeded: over(courses.min, grant.min) || over(courses.max, grant.max), source: rule.source };
}
