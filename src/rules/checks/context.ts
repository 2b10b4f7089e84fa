/** What the checks work on: activities and the project with their labels resolved and dates as day numbers. */
import type { Activity, ActivityId, Project } from "../activity";
import type { ActivityType } from "../catalog";
import type { Country } from "../countries";
import type { CallRound } from "../project-rules";
import type { Issue, RuleId, RuleParams } from "../rules";
import type { Action, ActivityFamily, Field, ProjectSetting, Role, Sector } from "../types";

export interface PreparedActivity {
  readonly activity: Activity;
  readonly id: ActivityId;
  /** The row's sector, else the project's. */
  readonly sector?: Sector;
  /** Known even when the sector is not, so sector-independent checks still run. */
  readonly family?: ActivityFamily;
  /** The catalog entry, when both the activity and the sector are known and match. */
  readonly type?: ActivityType;
  /**
   * The entry whose day limits apply: the catalog entry, or, when the sector is unknown, any entry of the family if
   * all sectors agree on the limits (job shadowing is 2–60 days everywhere), so durations are still checked.
   */
  readonly limits?: ActivityType;
  readonly role?: Role;
  readonly startDay?: number;
  readonly endDay?: number;
  /** Days of activity, start and end included; set only when both dates are known and in order. */
  readonly days?: number;
  readonly hostCountry?: Country;
  readonly sendingCountry?: Country;
}

export interface PreparedProject {
  readonly project: Project;
  readonly sector?: Sector;
  readonly call?: CallRound;
  readonly startDay?: number;
  readonly endDay?: number;
  readonly country?: Country;
  /** The action whose project rules apply: KA122 unless the project says KA121 (rules-2026.md scope). */
  readonly action: Action;
  /** The fields the plan has columns for, when the caller knows (Plan.recordedFields). */
  readonly recordedFields?: ReadonlySet<Field>;
}

/** Reports an issue by rule id; severity and default field come from the rule table. */
export interface Reporter {
  activity<R extends RuleId>(rule: R, target: { readonly id: ActivityId }, params: RuleParams[R], field?: Field): void;
  project<R extends RuleId>(rule: R, params: RuleParams[R], field?: ProjectSetting): void;
  readonly issues: Issue[];
}

export type ActivityCheck = (activity: PreparedActivity, project: PreparedProject, report: Reporter) => void;
export type CrossActivityCheck = (activities: readonly PreparedActivity[], project: PreparedProject, report: Reporter) => void;

/** True for the rows that are participants in their own right (accompanying persons travel with them). */
export function isParticipant(a: PreparedActivity): boolean {
  return a.role !== "accompanying";
}
