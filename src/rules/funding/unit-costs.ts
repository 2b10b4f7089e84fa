/**
 * The 2026 unit costs of KA1 mobility in VET, school and adult education, as data (rules-2026.md §6). Every figure
 * names the page it is read from: PG26 = Erasmus+ Programme Guide 2026 v1, pages as in
 * ../shared/reference/programme-guide-2026-ka1-excerpt.txt. Amounts are whole euros.
 */
import type { ActivityFamily, Sector } from "../types";

/** The budget lines an estimate has: the Guide's budget categories, split where their rules differ. */
export const BUDGET_CATEGORIES = [
  "organisational-support",
  "travel",
  "individual-support",
  "inclusion-support-organisations",
  "preparatory-visits",
  "course-fees",
  "linguistic-support",
  // Paid on real costs: never estimated, always listed as such.
  "inclusion-support-participants",
  "exceptional-costs",
] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

/** The categories paid on real costs, which the National Agency assesses one request at a time (PG26 p.118, 138). */
export const REAL_COST_CATEGORIES: readonly BudgetCategory[] = ["inclusion-support-participants", "exceptional-costs"];

/** Where each category's rule is written, per sector. */
export const CATEGORY_SOURCES: Readonly<Record<Sector, Readonly<Record<BudgetCategory, string>>>> = {
  VET: {
    "organisational-support": "PG26 p.98",
    travel: "PG26 p.98–99",
    "individual-support": "PG26 p.99–100",
    "inclusion-support-organisations": "PG26 p.100",
    "preparatory-visits": "PG26 p.100",
    "course-fees": "PG26 p.101",
    "linguistic-support": "PG26 p.101",
    "inclusion-support-participants": "PG26 p.100",
    "exceptional-costs": "PG26 p.101–102",
  },
  SCH: {
    "organisational-support": "PG26 p.119",
    travel: "PG26 p.119–120",
    "individual-support": "PG26 p.120",
    "inclusion-support-organisations": "PG26 p.120",
    "preparatory-visits": "PG26 p.121",
    "course-fees": "PG26 p.121",
    "linguistic-support": "PG26 p.121",
    "inclusion-support-participants": "PG26 p.120–121",
    "exceptional-costs": "PG26 p.122",
  },
  ADU: {
    "organisational-support": "PG26 p.138–139",
    travel: "PG26 p.139",
    "individual-support": "PG26 p.140",
    "inclusion-support-organisations": "PG26 p.140",
    "preparatory-visits": "PG26 p.141",
    "course-fees": "PG26 p.141",
    "linguistic-support": "PG26 p.141",
    "inclusion-support-participants": "PG26 p.140–141",
    "exceptional-costs": "PG26 p.141–142",
  },
};

export interface TravelBand {
  /** One-way distance in km: the band holds `from` ≤ km < `to` (`to` null: no upper end). */
  readonly from: number;
  readonly to: number | null;
  /** EUR per person, return trip. */
  readonly green: number;
  readonly standard: number;
}

/**
 * Travel per participant or accompanying person, return trip, by one-way distance band; the same in the three
 * sectors (PG26 p.98–99, 119, 139). Under 10 km there is no travel grant (the first band starts at 10 km). The Guide
 * writes the bands as "10 – 99 km", "100 – 499 km" …: a distance of 99.5 km is in the first band, 100 km in the second.
 */
export const TRAVEL_BANDS: readonly TravelBand[] = [
  { from: 10, to: 100, green: 56, standard: 28 },
  { from: 100, to: 500, green: 285, standard: 211 },
  { from: 500, to: 2000, green: 417, standard: 309 },
  { from: 2000, to: 3000, green: 535, standard: 395 },
  { from: 3000, to: 4000, green: 785, standard: 580 },
  { from: 4000, to: 8000, green: 1188, standard: 1188 },
  { from: 8000, to: null, green: 1735, standard: 1735 },
];

/** The travel band of a one-way distance; undefined under 10 km (no travel grant). */
export function travelBandOf(km: number): TravelBand | undefined {
  for (const band of TRAVEL_BANDS) if (km >= band.from && (band.to === null || km < band.to)) return band;
  return undefined;
}

/** Who a daily rate is for: the rows of the Guide's individual-support tables. */
export const RATE_CATEGORIES = ["staff", "vet-learners", "school-pupils", "adult-learners"] as const;
export type RateCategory = (typeof RATE_CATEGORIES)[number];

/** Receiving country groups 1, 2 and 3 (PG26 p.99–100, 120, 140). */
export const COUNTRY_GROUPS = [1, 2, 3] as const;
export type CountryGroup = (typeof COUNTRY_GROUPS)[number];

export interface RateRange {
  readonly min: number;
  readonly max: number;
}

/**
 * Individual support: the ranges within which each National Agency sets its base rates, EUR per day, by category and
 * receiving country group. Accompanying persons take the staff rates (PG26 p.99 footnote 106, p.120 fn. 125, p.140 fn. 139).
 */
export const DAILY_RATE_RANGES: Readonly<Record<RateCategory, readonly [RateRange, RateRange, RateRange]>> = {
  // PG26 p.99 (VET), p.120 (SCH), p.140 (ADU): the same staff ranges in the three chapters.
  staff: [
    { min: 107, max: 191 },
    { min: 95, max: 169 },
    { min: 84, max: 148 },
  ],
  // PG26 p.99.
  "vet-learners": [
    { min: 48, max: 127 },
    { min: 41, max: 110 },
    { min: 36, max: 93 },
  ],
  // PG26 p.120.
  "school-pupils": [
    { min: 48, max: 85 },
    { min: 41, max: 74 },
    { min: 36, max: 64 },
  ],
  // PG26 p.140 ("Learners" in the adult education table).
  "adult-learners": [
    { min: 48, max: 127 },
    { min: 41, max: 110 },
    { min: 36, max: 93 },
  ],
};

export const DAILY_RATE_SOURCES: Readonly<Record<RateCategory, string>> = {
  staff: "PG26 p.99, 120, 140",
  "vet-learners": "PG26 p.99",
  "school-pupils": "PG26 p.120",
  "adult-learners": "PG26 p.140",
};

/** The learners' rate category of each sector. */
export const LEARNER_RATE_CATEGORY: Readonly<Record<Sector, RateCategory>> = {
  VET: "vet-learners",
  SCH: "school-pupils",
  ADU: "adult-learners",
};

/**
 * The base rate is payable up to the 14th day of activity, travel days included; from the 15th day the payable rate
 * is 70 % of the base rate, rounded to the nearest whole euro (PG26 p.100, 120, 140).
 */
export const FULL_RATE_DAYS = 14;
export const REDUCED_RATE_PERCENT = 70;

/** Subsistence for travel days: at most 2 with a standard travel grant, 6 with a green one (PG26 p.99, 120, 140). */
export const MAX_TRAVEL_DAYS = { standard: 2, green: 6 } as const;

/**
 * An accompanying person's subsistence beyond the 60th day is paid as inclusion support, on real costs (PG26 p.99
 * footnote 106, p.120 fn. 125, p.140 fn. 139): the estimate counts their individual support up to the 60th day.
 */
export const ACCOMPANYING_MAX_DAYS = 60;

/**
 * Organisational support per participant, EUR, by sector and activity family (PG26 p.98 VET, p.119 SCH, p.138–139
 * ADU). `after100` is the rate from the 101st participant of the same activity type. Accompanying persons are not
 * participants and get none; preparatory visits have their own unit cost and none.
 */
export interface OrganisationalRate {
  readonly amount: number;
  readonly after100?: number;
}
const FLAT_100: OrganisationalRate = { amount: 100 };
const TIERED: OrganisationalRate = { amount: 350, after100: 200 };
const LONG_TERM: OrganisationalRate = { amount: 500 };

export const ORGANISATIONAL_SUPPORT: Readonly<Record<Sector, Partial<Record<ActivityFamily, OrganisationalRate>>>> = {
  VET: {
    "skills-competition": FLAT_100,
    "group-mobility": FLAT_100,
    course: FLAT_100,
    "invited-expert": FLAT_100,
    "hosted-teacher": FLAT_100,
    "short-term-learners": TIERED,
    "job-shadowing": TIERED,
    "teaching-assignment": TIERED,
    "long-term-learners": LONG_TERM,
  },
  SCH: {
    "group-mobility": FLAT_100,
    course: FLAT_100,
    "invited-expert": FLAT_100,
    "hosted-teacher": FLAT_100,
    "short-term-learners": TIERED,
    "job-shadowing": TIERED,
    "teaching-assignment": TIERED,
    "long-term-learners": LONG_TERM,
  },
  ADU: {
    course: FLAT_100,
    "invited-expert": FLAT_100,
    "hosted-teacher": FLAT_100,
    "group-mobility": { amount: 125 },
    "short-term-learners": TIERED,
    "job-shadowing": TIERED,
    "teaching-assignment": TIERED,
    "long-term-learners": LONG_TERM,
  },
};

/** "200 EUR after one hundred participants in the same type of activity": the 101st is the first at the lower rate. */
export const TIER_PARTICIPANTS = 100;

/**
 * VET only: 500 EUR per participant in any individual activity taking place in a third country not associated to
 * the Programme (PG26 p.98). Group activities (group mobility, skills competitions) are not individual.
 */
export const THIRD_COUNTRY_INDIVIDUAL: Readonly<Partial<Record<Sector, OrganisationalRate>>> = { VET: LONG_TERM };
export const GROUP_FAMILIES: ReadonlySet<ActivityFamily> = new Set(["group-mobility", "skills-competition"]);

/** Inclusion support for organisations: per participant with fewer opportunities (PG26 p.100, 120, 140). */
export const INCLUSION_SUPPORT_ORGANISATIONS = 125;

/** Preparatory visits: per participant, covering travel and subsistence (PG26 p.100, 121, 141). */
export const PREPARATORY_VISIT = 680;

/**
 * Course fees: per participant per day of the course (PG26 p.101, 121, 141), for at most the 10 days a course may
 * last (PG26 p.86, 106, 126: courses and training 2 to 10 days).
 */
export const COURSE_FEE_PER_DAY = 80;
export const COURSE_FEE_MAX_DAYS = 10;

/**
 * Linguistic support: 150 EUR per participant in the activity types each sector's table lists, payable only where
 * Online Language Support cannot serve the participant; and 150 EUR of reinforced support per long-term learner,
 * without that condition (PG26 p.101 VET, p.121 SCH, p.141 ADU: the same families in the three sectors).
 */
export const LINGUISTIC_SUPPORT = 150;
export const LINGUISTIC_SUPPORT_FAMILIES: ReadonlySet<ActivityFamily> = new Set([
  "job-shadowing",
  "teaching-assignment",
  "hosted-teacher",
  "short-term-learners",
  "long-term-learners",
]);
export const REINFORCED_LINGUISTIC_SUPPORT = 150;
export const REINFORCED_LINGUISTIC_FAMILIES: ReadonlySet<ActivityFamily> = new Set(["long-term-learners"]);

/**
 * The limit on the grant for courses and training (PG26 p.86 VET, p.107 SCH; footnotes 89, 109: inclusion support
 * for participants does not count towards it): at most 50 % of the project grant, or 20,000 EUR where the grant is up
 * to 40,000 EUR. Adult education has none (PG26 p.126 sets no such limit).
 */
export interface CoursesLimit {
  readonly percent: number;
  readonly smallGrantUpTo: number;
  readonly smallGrantLimit: number;
  readonly source: string;
}
export const COURSES_LIMIT: Readonly<Partial<Record<Sector, CoursesLimit>>> = {
  VET: { percent: 50, smallGrantUpTo: 40_000, smallGrantLimit: 20_000, source: "PG26 p.86" },
  SCH: { percent: 50, smallGrantUpTo: 40_000, smallGrantLimit: 20_000, source: "PG26 p.107" },
};

/**
 * What the data takes where the Guide's excerpt (PG26 p.86, 98–102, 107, 118–122, 138–142) does not say it outright:
 * each decision, and what it rests on. The estimate repeats the ones a plan's rows touch in its own assumptions.
 */
export const FUNDING_ASSUMPTIONS: readonly { readonly id: string; readonly assumption: string; readonly basis: string }[] = [
  {
    id: "course-fee-days",
    assumption: "Course fees are paid for at most 10 days per participant.",
    basis: "Fees are per day of the course (PG26 p.101, 121, 141); a course lasts 2 to 10 days (PG26 p.86, 106, 126).",
  },
  {
    id: "incoming-rates",
    assumption: "Invited experts and hosted teachers in training get the staff daily rates of the beneficiary's country.",
    basis: "Their venue is always the beneficiary (PG26 p.91, 111, 131); the tables name no rate category for them.",
  },
  {
    id: "third-country-ranges",
    assumption: "Third countries not associated to the Programme take the same ranges as the Programme's countries of their group.",
    basis: "The individual-support table gives one range per country group; footnote 107 lists both sets of groups (PG26 p.99–100).",
  },
  {
    id: "tier-counting",
    assumption:
      "The 100 participants before the 200 EUR rate are the project's participants of the activity type by start date, then row, " +
      "third-country participants included; accompanying persons are not counted.",
    basis:
      '"200 EUR after one hundred participants in the same type of activity"; accompanying persons are not participants (PG26 p.98, 119, 139).',
  },
  {
    id: "territories",
    assumption: "A territory (Greenland, Réunion …) takes the receiving group of the country it belongs to.",
    basis: "Overseas countries and territories take part as their Member State (PG26 p.33, footnote 41).",
  },
  {
    id: "courses-limit-grant",
    assumption:
      "The courses-and-training limit is checked against the estimated grant; every line of the course rows counts, inclusion " +
      "support for organisations included.",
    basis:
      "The limit is on the awarded grant; only inclusion support for participants is left out of it (PG26 p.86 fn. 89, p.107 fn. 109).",
  },
  {
    id: "whole-euro-rates",
    assumption: "An agency's daily rates are whole euros.",
    basis: "Payable rates are rounded to the nearest whole euro (PG26 p.100, 120, 140).",
  },
  {
    id: "accompanying-days",
    assumption: "An accompanying person's individual support is counted up to the 60th day, travel days included.",
    basis: "Beyond the 60th day it is inclusion support, on real costs (PG26 p.99 footnote 106, p.120 fn. 125, p.140 fn. 139).",
  },
];
