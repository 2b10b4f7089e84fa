/**
 * The activity catalog of rules-2026.md §1, as data: one entry per sector and activity type.
 *
 * Durations count days of physical activity, start and end day included, travel days excluded (PG26 p.86).
 * Sources: PG26 = Erasmus+ Programme Guide 2026 v1 (page markers of programme-guide-2026-ka1-excerpt.txt);
 * SEED-003 = the Latvian national agency's 2026 presentation (Latvian terminology).
 */
import type { Accompanying, ActivityCategory, ActivityFamily, ParticipantKind, Sector, Venue } from "./types";

export interface ActivityType {
  /** Beneficiary Module activity type code, or this project's own where none was found (see `officialCode`). */
  readonly code: string;
  /** False for codes this project made up because no official Beneficiary Module code was found (rules-2026.md §1 (*)). */
  readonly officialCode: boolean;
  readonly sector: Sector;
  readonly family: ActivityFamily;
  readonly category: ActivityCategory;
  /** The English name as the Programme Guide writes it for this sector. */
  readonly en: string;
  /** Other English labels accepted in a sheet for this sector's entry. */
  readonly enAliases: readonly string[];
  /** The Latvian name the national agency uses (SEED-003 first). */
  readonly lv: string;
  readonly lvAliases: readonly string[];
  readonly participant: ParticipantKind;
  /** Minimum and maximum days of physical activity; null where the Guide sets no limit. */
  readonly minDays: number | null;
  readonly maxDays: number | null;
  /** The lower minimum allowed, if justified, for participants with fewer opportunities. */
  readonly fewerOpportunitiesMinDays: number | null;
  /** The least number of learners in one group (group mobility). */
  readonly groupMin: number | null;
  readonly accompanying: Accompanying;
  /** Whether the same person may do this activity more than once in a project (courses: no). */
  readonly repeatable: boolean;
  readonly venue: Venue;
  /** Whether a preparatory visit may prepare this activity (never for courses and training). */
  readonly preparatoryVisitAllowed: boolean;
  /** At most this many persons on the same course together, or shadowing the same mentor at the same time. */
  readonly maxTogether: number | null;
  /** Where the rule is written. */
  readonly source: string;
  /** Where sources disagree or a detail matters, the decision taken (rules-2026.md §5). */
  readonly note?: string;
}

type Entry = Omit<ActivityType, "sector" | "source"> & { readonly sources: Readonly<Record<Sector, string>> };

/** Defaults for the fields most entries share; each entry states what differs. */
const BASE = {
  officialCode: true,
  enAliases: [],
  lvAliases: [],
  fewerOpportunitiesMinDays: null,
  groupMin: null,
  accompanying: "not-applicable",
  repeatable: true,
  venue: "host-abroad",
  preparatoryVisitAllowed: true,
  maxTogether: null,
} as const;

/** Staff and other activities are the same in the three sectors; only the page of each chapter differs. */
const ALL_SECTORS: readonly Entry[] = [
  {
    ...BASE,
    code: "SM-JOB-SHDW",
    family: "job-shadowing",
    category: "staff-mobility",
    en: "Job shadowing",
    enAliases: ["Job-shadowing", "Shadowing"],
    lv: "“Ēnošana” darbā",
    lvAliases: ["Ēnošana", "Ēnošana darbā", "Darba ēnošana", "Darba vērošana"],
    participant: "staff",
    minDays: 2,
    maxDays: 60,
    maxTogether: 2,
    note: "A main mentor at the host is named; at most two participants shadow the same mentor at the same time.",
    sources: { VET: "PG26 p.86", SCH: "PG26 p.106", ADU: "PG26 p.126" },
  },
  {
    ...BASE,
    code: "SM-TTA",
    family: "teaching-assignment",
    category: "staff-mobility",
    en: "Teaching or training assignments",
    enAliases: ["Teaching or training assignment", "Teaching assignment", "Training assignment", "Teaching assignments"],
    lv: "Norīkošana mācīšanai vai apmācībai",
    lvAliases: ["Nodarbību vadīšana", "Mācīšanas norīkojums"],
    participant: "staff",
    minDays: 2,
    maxDays: 365,
    sources: { VET: "PG26 p.86", SCH: "PG26 p.106", ADU: "PG26 p.126" },
  },
  {
    ...BASE,
    code: "SM-COUR-TRAIN",
    family: "course",
    category: "staff-mobility",
    en: "Courses and training",
    enAliases: ["Courses", "Course", "Training course", "Structured course", "Courses and trainings"],
    lv: "Kursi un apmācības",
    lvAliases: ["Kursi un mācības", "Kursi", "Apmācības"],
    participant: "staff",
    minDays: 2,
    maxDays: 10,
    repeatable: false,
    preparatoryVisitAllowed: false,
    maxTogether: 3,
    note:
      "SEED-000 says 2–30 days (older guides); PG26 and SEED-003 say 2–10: 2–10 is encoded. At most 3 persons from the " +
      "same sending organisation on the same course together; one course per person per project (SEED-003).",
    sources: { VET: "PG26 p.86", SCH: "PG26 p.106", ADU: "PG26 p.126" },
  },
  {
    ...BASE,
    code: "OA-INV-EXP",
    family: "invited-expert",
    category: "other-activity",
    en: "Invited experts",
    enAliases: ["Invited expert", "Inviting experts", "Experts"],
    lv: "Ekspertu uzaicināšana",
    lvAliases: ["Ekspertu uzņemšana", "Uzaicinātie eksperti", "Uzaicināts eksperts"],
    participant: "incoming-expert",
    minDays: 2,
    maxDays: 60,
    venue: "beneficiary",
    note: "The expert comes from another eligible country; the venue is always the beneficiary.",
    sources: { VET: "PG26 p.90–91", SCH: "PG26 p.110–111", ADU: "PG26 p.130–131" },
  },
  {
    ...BASE,
    code: "OA-HOS-TTT",
    family: "hosted-teacher",
    category: "other-activity",
    en: "Hosting teachers and educators in training",
    enAliases: ["Hosting teachers in training", "Hosted teachers", "Teachers in training"],
    lv: "Apmācības jomas skolotāju un izglītotāju uzņemšana praksē",
    lvAliases: ["Skolotāju uzņemšana praksē"],
    participant: "incoming-teacher-in-training",
    minDays: 10,
    maxDays: 365,
    venue: "beneficiary",
    note:
      "SEED-003 says 2–365 days; PG26 (three chapters) and SEED-000 say 10–365: 10–365 is encoded. For people " +
      "enrolled in, or graduated up to 12 months ago from, teacher education in another eligible country.",
    sources: { VET: "PG26 p.90", SCH: "PG26 p.110", ADU: "PG26 p.130" },
  },
  {
    ...BASE,
    code: "PREP-VISIT",
    officialCode: false,
    family: "preparatory-visit",
    category: "support-activity",
    en: "Preparatory visit",
    enAliases: ["Preparatory visits", "Prep visit", "PV"],
    lv: "Sagatavošanās vizīte",
    lvAliases: ["Sagatavošanas vizīte", "Sagatavošanās vizītes"],
    participant: "staff",
    minDays: null,
    maxDays: null,
    maxTogether: 3,
    note:
      "No duration is set. At most 3 persons per visit; one visit per hosting organisation; never to prepare courses " +
      "and training. Staff, exceptionally long-term learners and participants with fewer opportunities.",
    sources: { VET: "PG26 p.91", SCH: "PG26 p.111–112", ADU: "PG26 p.131–132" },
  },
];

/** Learner activities differ by sector; each is written out where it applies. */
const LEARNERS: readonly (Omit<ActivityType, "sector"> & { readonly only: Sector })[] = [
  {
    ...BASE,
    only: "VET",
    code: "LM-SKILL-VET",
    family: "skills-competition",
    category: "learner-mobility",
    en: "Participation in VET skills competitions",
    enAliases: ["Skills competitions", "Skills competition", "VET skills competitions"],
    lv: "Dalība PIA prasmju konkursos",
    lvAliases: ["Dalība prasmju (Skills) konkursos", "Dalība prasmju konkursos", "Prasmju konkursi"],
    participant: "learner",
    minDays: 1,
    maxDays: 10,
    accompanying: "when-needed",
    note: "Accompanying staff, mentors and experts are funded too.",
    source: "PG26 p.88",
  },
  {
    ...BASE,
    only: "VET",
    code: "LM-GRP-VET",
    officialCode: false,
    family: "group-mobility",
    category: "learner-mobility",
    en: "Group mobility of VET learners",
    enAliases: ["VET group mobility"],
    lv: "Izglītojamo grupu mobilitāte",
    lvAliases: ["PIA apguvēju grupu mobilitāte"],
    participant: "learner",
    minDays: 2,
    maxDays: 30,
    groupMin: 2,
    accompanying: "mandatory-whole-duration",
    note:
      "At least 2 learners per group; accompanying staff for the whole duration; learners enrolled in initial VET only " +
      "(no recent graduates, PG26 p.89); learners from at least two countries take part.",
    source: "PG26 p.88–90",
  },
  {
    ...BASE,
    only: "VET",
    code: "LM-SHORT-VET",
    family: "short-term-learners",
    category: "learner-mobility",
    en: "Short-term learning mobility of VET learners",
    enAliases: ["Short-term VET learner mobility"],
    lv: "Izglītojamo īstermiņa mācību mobilitāte",
    lvAliases: ["Īstermiņa audzēkņu mobilitāte"],
    participant: "learner",
    minDays: 10,
    maxDays: 89,
    fewerOpportunitiesMinDays: 2,
    accompanying: "when-needed",
    note: "Minimum 2 days for participants with fewer opportunities, if justified.",
    source: "PG26 p.88–89",
  },
  {
    ...BASE,
    only: "VET",
    code: "LM-LONG-VET",
    family: "long-term-learners",
    category: "learner-mobility",
    en: "Long-term learning mobility of VET learners (ErasmusPro)",
    enAliases: ["Long-term learning mobility of VET learners", "Long-term learning mobility (ErasmusPro)", "ErasmusPro", "Erasmus Pro"],
    lv: "Izglītojamo ilgtermiņa mācību mobilitāte",
    lvAliases: ["Ilgtermiņa audzēkņu mobilitāte"],
    participant: "learner",
    minDays: 90,
    maxDays: 365,
    accompanying: "when-needed",
    source: "PG26 p.88–89",
  },
  {
    ...BASE,
    only: "SCH",
    code: "LM-GRP-PUPIL",
    family: "group-mobility",
    category: "learner-mobility",
    en: "Group mobility of school pupils",
    enAliases: ["Group mobility of pupils", "Pupil group mobility"],
    lv: "Izglītojamo grupu mobilitāte",
    lvAliases: ["Skolēnu grupu mobilitāte"],
    participant: "learner",
    minDays: 2,
    maxDays: 30,
    groupMin: 2,
    accompanying: "mandatory-whole-duration",
    note: "At least 2 pupils per group; accompanying staff for the whole duration; pupils from at least two countries take part.",
    source: "PG26 p.108–110",
  },
  {
    ...BASE,
    only: "SCH",
    code: "LM-SHORT-PUPIL",
    family: "short-term-learners",
    category: "learner-mobility",
    en: "Short-term learning mobility of pupils",
    enAliases: ["Short-term learning mobility of school pupils", "Short-term pupil mobility"],
    lv: "Izglītojamo īstermiņa mācību mobilitāte",
    lvAliases: ["Skolēnu īstermiņa mobilitāte"],
    participant: "learner",
    minDays: 10,
    maxDays: 29,
    fewerOpportunitiesMinDays: 2,
    accompanying: "when-needed",
    note: "Minimum 2 days for participants with fewer opportunities, if justified.",
    source: "PG26 p.109",
  },
  {
    ...BASE,
    only: "SCH",
    code: "LM-LONG-PUPILS",
    family: "long-term-learners",
    category: "learner-mobility",
    en: "Long-term learning mobility of pupils",
    enAliases: ["Long-term learning mobility of school pupils", "Long-term pupil mobility"],
    lv: "Izglītojamo ilgtermiņa mācību mobilitāte",
    lvAliases: ["Skolēnu ilgtermiņa mobilitāte"],
    participant: "learner",
    minDays: 30,
    maxDays: 365,
    accompanying: "when-needed",
    note: "Pre-departure training is compulsory.",
    source: "PG26 p.109",
  },
  {
    ...BASE,
    only: "ADU",
    code: "LM-GRP-ADU",
    officialCode: false,
    family: "group-mobility",
    category: "learner-mobility",
    en: "Group mobility of adult learners",
    enAliases: ["Adult learner group mobility"],
    lv: "Izglītojamo grupu mobilitāte",
    lvAliases: ["Pieaugušo izglītojamo grupu mobilitāte"],
    participant: "learner",
    minDays: 2,
    maxDays: 30,
    groupMin: 2,
    accompanying: "mandatory-whole-duration",
    note: "At least 2 learners per group; qualified trainers accompany the group for the whole duration.",
    source: "PG26 p.128–129",
  },
  {
    ...BASE,
    only: "ADU",
    code: "LM-SHORT-ADU",
    officialCode: false,
    family: "short-term-learners",
    category: "learner-mobility",
    en: "Short-term learning mobility of adult learners",
    enAliases: ["Short-term adult learner mobility"],
    lv: "Izglītojamo īstermiņa mācību mobilitāte",
    lvAliases: [],
    participant: "learner",
    minDays: 2,
    maxDays: 29,
    accompanying: "when-needed",
    source: "PG26 p.128",
  },
  {
    ...BASE,
    only: "ADU",
    code: "LM-LONG-ADU",
    officialCode: false,
    family: "long-term-learners",
    category: "learner-mobility",
    en: "Long-term learning mobility of adult learners",
    enAliases: ["Long-term adult learner mobility"],
    lv: "Izglītojamo ilgtermiņa mācību mobilitāte",
    lvAliases: [],
    participant: "learner",
    minDays: 30,
    maxDays: 365,
    accompanying: "when-needed",
    source: "PG26 p.128",
  },
];

/**
 * Family-level labels: the ones that name an activity without naming a sector (the Latvian learner labels, which
 * the national agency uses in every sector, and the English short forms rules-2026.md §1 asks to accept). Every
 * Latvian learner wording is sector-neutral (rules-2026.md §1): coordinators write *audzēknis* and *skolēns* for
 * pupils and VET learners alike, so "Audzēkņu grupu mobilitāte" is the group mobility of the project's own sector.
 * The Latvian names and aliases of the catalog's learner entries are added here too (resolve.ts).
 */
export const FAMILY_LABELS: Readonly<Record<ActivityFamily, readonly string[]>> = {
  "job-shadowing": [],
  "teaching-assignment": [],
  course: [],
  "skills-competition": [],
  "group-mobility": [
    "Group mobility",
    "Learner group mobility",
    "Izglītojamo grupu mobilitāte",
    "Grupu mobilitāte",
    "Audzēkņu grupu mobilitāte",
    "Skolēnu grupu mobilitāte",
  ],
  "short-term-learners": [
    "Short-term learning mobility",
    "Short-term mobility",
    "Izglītojamo īstermiņa mācību mobilitāte",
    "Īstermiņa mācību mobilitāte",
    "Īstermiņa mobilitāte",
    "Īstermiņa audzēkņu mobilitāte",
    "Audzēkņu īstermiņa mobilitāte",
    "Audzēkņu īstermiņa mācību mobilitāte",
    "Skolēnu īstermiņa mobilitāte",
    "Īstermiņa skolēnu mobilitāte",
  ],
  "long-term-learners": [
    "Long-term learning mobility",
    "Long-term mobility",
    "Izglītojamo ilgtermiņa mācību mobilitāte",
    "Ilgtermiņa mācību mobilitāte",
    "Ilgtermiņa mobilitāte",
    "Ilgtermiņa audzēkņu mobilitāte",
    "Audzēkņu ilgtermiņa mobilitāte",
    "Audzēkņu ilgtermiņa mācību mobilitāte",
    "Skolēnu ilgtermiņa mobilitāte",
    "Ilgtermiņa skolēnu mobilitāte",
  ],
  "invited-expert": [],
  "hosted-teacher": [],
  "preparatory-visit": [],
};

function expand(entry: Entry, sector: Sector): ActivityType {
  const { sources, ...rest } = entry;
  return { ...rest, sector, source: sources[sector] };
}

/** Every activity type of the 2026 call, per sector. */
export const ACTIVITY_TYPES: readonly ActivityType[] = (["VET", "SCH", "ADU"] as const).flatMap((sector) => [
  ...LEARNERS.filter((entry) => entry.only === sector).map(({ only: _only, ...entry }) => ({ ...entry, sector })),
  ...ALL_SECTORS.map((entry) => expand(entry, sector)),
]);

/** Sector → family → entry: two lookups and no key string to build (called for every row of a plan). */
const BY_SECTOR_AND_FAMILY = new Map<string, Map<string, ActivityType>>();
for (const type of ACTIVITY_TYPES) {
  let families = BY_SECTOR_AND_FAMILY.get(type.sector);
  if (!families) BY_SECTOR_AND_FAMILY.set(type.sector, (families = new Map()));
  families.set(type.family, type);
}

/** The sector's entry for an activity family, or undefined when the sector does not offer it. */
export function activityTypeFor(sector: Sector, family: ActivityFamily): ActivityType | undefined {
  return BY_SECTOR_AND_FAMILY.get(sector)?.get(family);
}

/** The activity types a sector offers, in catalog order. */
export function activitiesOfSector(sector: Sector): readonly ActivityType[] {
  return ACTIVITY_TYPES.filter((type) => type.sector === sector);
}

/**
 * A limit every sector's entry of a family agrees on (job shadowing: 2 per mentor everywhere), for rows whose own entry
 * is unknown (an activity the row's sector does not offer); null when the sectors differ or set none.
 */
export function familyLimit(family: ActivityFamily, limit: "maxTogether" | "groupMin"): number | null {
  const values = new Set(ACTIVITY_TYPES.filter((type) => type.family === family).map((type) => type[limit]));
  return values.size === 1 ? [...values][0] : null;
}

/** The smallest limit any entry of a family sets (Infinity when none does): groups up to it are never too many. */
export function smallestFamilyLimit(family: ActivityFamily, limit: "maxTogether" | "groupMin"): number {
  let smallest = Infinity;
  for (const type of ACTIVITY_TYPES) {
    const value = type[limit];
    if (type.family === family && value !== null && value < smallest) smallest = value;
  }
  return smallest;
}
