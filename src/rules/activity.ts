/**
 * What the checks take: an activity (one row of a plan: one participant in one activity) and the project settings.
 * Labels stay as written (the checks resolve them and report unknown ones); dates are ISO calendar dates ("YYYY-MM-DD";
 * a date that is no calendar date is reported, not trusted), numbers are numbers, yes/no are booleans. Turning
 * spreadsheet cells into these is src/audit's job.
 */
import type { Field } from "./types";

/** The caller's reference for an activity: any text or number (the audit packs sheet and row into one number). */
export type ActivityId = string | number;

// Type aliases, not interfaces: src/audit builds an activity as a record of field values and casts it.
export type Activity = {
  /** The caller's reference for the activity (the audit uses the sheet row); issues point back with it. */
  id: ActivityId;
  participant?: string;
  /** learner, staff, accompanying person, expert, teacher in training, in English or Latvian. */
  role?: string;
  /** The row's own sector, if the sheet has a sector column; otherwise the project's sector applies. */
  sector?: string;
  activity?: string;
  start?: string;
  end?: string;
  /** A duration the sheet states; checked against the dates. */
  durationDays?: number;
  travelDays?: number;
  greenTravel?: boolean;
  /** Where the participant comes from; for outgoing mobility the project's country applies when empty. */
  sendingCountry?: string;
  hostCountry?: string;
  hostOrganisation?: string;
  group?: string;
  mentor?: string;
  course?: string;
  fewerOpportunities?: boolean;
  recentGraduate?: boolean;
  graduationDate?: string;
  /** One-way distance in km from the place of origin to the venue (the grant estimate's travel band). */
  distanceKm?: number;
  /** The distance band as written ("100–499 km"), where the plan gives a band rather than km. */
  distanceBand?: string;
  /** Yes: Online Language Support cannot serve the participant, so linguistic support is asked for (PG26 p.101). */
  linguisticSupport?: boolean;
};

export type Project = {
  sector?: string;
  /** Call round id or label ("2026-R1", "1. kārta"). */
  call?: string;
  start?: string;
  end?: string;
  /** The beneficiary's (sending organisation's) country. */
  country?: string;
  /** KA121 or KA122, as written ("KA121-VET", "Accredited projects"); without it the KA122 rules apply. */
  action?: string;
};

export type Plan = {
  project: Project;
  activities: Activity[];
  /**
   * The fields the plan's tables have a column for. Checks of a value that is blank only when the sheet has its
   * column (a job shadowing row without a mentor) run only when this is given and holds the field.
   */
  recordedFields?: ReadonlySet<Field>;
};
