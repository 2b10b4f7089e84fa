/** The project rules of rules-2026.md §2–§3 as data: call rounds, duration, the activity cap, travel days, KA121. */
import type { ActivityFamily, Sector } from "./types";

export interface CallRound {
  /** Stable id used in settings and on the command line. */
  readonly id: string;
  /** The call year: accredited projects (KA121) of the call start on 1 June of it. */
  readonly year: number;
  readonly en: string;
  readonly lv: string;
  /** Other labels accepted for the round. */
  readonly aliases: readonly string[];
  /** Application deadline, Brussels time, as written in the Guide. */
  readonly deadline: string;
  /** The project must start between these dates (ISO, inclusive). */
  readonly startFrom: string;
  readonly startTo: string;
  /** Only where the national agency opens it. */
  readonly optional: boolean;
  readonly source: string;
}

export const CALL_ROUNDS: readonly CallRound[] = [
  {
    id: "2026-R1",
    year: 2026,
    en: "2026 call, round 1",
    lv: "2026. gada konkurss, 1. kārta",
    aliases: [
      "2026-1",
      "2026 R1",
      "2026/1",
      "Round 1",
      "R1",
      "1. kārta",
      "1 kārta",
      "2026 1. kārta",
      "2026. gada 1. kārta",
      "2026. gada konkursa 1. kārta",
      "1",
    ],
    deadline: "2026-02-19 12:00 CET",
    startFrom: "2026-06-01",
    startTo: "2026-12-31",
    optional: false,
    source: "PG26 p.92; SEED-003",
  },
  {
    id: "2026-R2",
    year: 2026,
    en: "2026 call, round 2",
    lv: "2026. gada konkurss, 2. kārta",
    aliases: [
      "2026-2",
      "2026 R2",
      "2026/2",
      "Round 2",
      "R2",
      "2. kārta",
      "2 kārta",
      "2026 2. kārta",
      "2026. gada 2. kārta",
      "2026. gada konkursa 2. kārta",
      "2",
    ],
    deadline: "2026-10-01 12:00 CEST",
    startFrom: "2027-01-01",
    startTo: "2027-05-31",
    optional: true,
    source: "PG26 p.92",
  },
];

export const PROJECT_RULES = {
  /** Short-term projects last 6 to 18 months (PG26 p.93). */
  minMonths: 6,
  maxMonths: 18,
  durationSource: "PG26 p.93",
  /**
   * At most 30 mobility activities: 1 participant = 1 activity, a group of N learners = N, the same person going
   * twice = 2; accompanying persons and preparatory visits do not count (PG26 p.92–93; SEED-003's reading, §5.4).
   */
  maxMobilityActivities: 30,
  capSource: "PG26 p.92–93; SEED-003",
  /** At least one staff or learner mobility activity (PG26 p.92). */
  contentSource: "PG26 p.92",
  /** Activities take place between the project's start and end dates (PG26 p.93). */
  periodSource: "PG26 p.93",
  /** At most 3 short-term grants in the same field in any 5 consecutive call years (PG26 p.93): not a sheet check. */
  maxGrantsPerFiveYears: 3,
} as const;

/** Accredited projects (rules-2026.md §2b): no cap, 15 months (24 with a prolongation), start on 1 June. */
export const ACCREDITED_RULES = {
  /** The project lasts 15 months; shorter is a warning, longer needs the national agency's prolongation. */
  months: 15,
  /** With a prolongation, at most 24 months; beyond is an error. */
  maxProlongedMonths: 24,
  durationSource: "PG26 p.95, 117, 137",
  /** Projects of a call start on 1 June of the call year ("MM-DD"), in round 1 only. */
  startMonthDay: "06-01",
  startSource: "PG26 p.95, 117, 137",
  /** Participants are not limited: no 30-activity cap. */
  capSource: "PG26 p.96, 117, 137",
  /**
   * Third countries not associated to the Programme (PG26 Part A, regions 1–3 and 5–14) may host these activities of
   * accredited VET projects, with at most 20 % of the grant; Belarus and Russia never (PG26 p.87, 89).
   */
  thirdCountryVenues: {
    sectors: ["VET"] as readonly Sector[],
    families: [
      "job-shadowing",
      "teaching-assignment",
      "short-term-learners",
      "long-term-learners",
      "skills-competition",
    ] as readonly ActivityFamily[],
    /** PG26 Part A regions (p.34–36) that may host them: 1–3 and 5–14 (region 4 is Russia). */
    regions: [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] as readonly number[],
    maxGrantPercent: 20,
    source: "PG26 p.87, 89, 96",
  },
} as const;

export const TRAVEL_RULES = {
  /** Travel days: at most 2, or 6 with green travel (PG26 p.99, 120, 140). */
  maxTravelDays: 2,
  maxGreenTravelDays: 6,
  source: "PG26 p.99, 120, 140",
} as const;

export const PARTICIPANT_RULES = {
  /** VET recent graduates take part up to 12 months after graduation (PG26 p.89), not in group mobility. */
  recentGraduateMonths: 12,
  recentGraduateSource: "PG26 p.89",
  /** Extended by obligatory civil or military service after graduation (PG26 p.89; hosted teachers: footnote 98, p.91). */
  serviceExtensionSource: "PG26 p.89; footnotes 98, 117, 132 (p.91, 111, 131)",
  /** Host country differs from the sending country (PG26 p.85, 446). */
  abroadSource: "PG26 p.85, 446",
  eligibleCountriesSource: "PG26 p.33–34",
} as const;
