/**
 * Every check of rules-2026.md §4, plus the input problems the audit reports, as a table: a stable id, a severity,
 * where it looks (one activity, several activities, the project, or the sheet's cells), the field it points at, and its
 * source. The check functions in checks/ report by id; the severity comes from here, the wording from messages/.
 */
import type { ActivityFamily, Field, ProjectField, Sector, Severity } from "./types";

/** An activity named in a message: its family, and the sector's entry when known. */
export interface ActivityRef {
  readonly family: ActivityFamily;
  readonly sector?: Sector;
}

/** The parameters each rule's message takes. */
export interface RuleParams {
  "value-unreadable": { field: Field | ProjectField; value: string; expected: "date" | "number" | "yes-no" | "text" };
  "cell-error": { field: Field | ProjectField; value: string };
  "sector-missing": Record<string, never>;
  "sector-unknown": { value: string; suggestion?: string };
  "activity-missing": Record<string, never>;
  "activity-unknown": { value: string; suggestion?: string };
  "activity-not-in-sector": { activity: ActivityRef; sector: Sector };
  "country-unknown": { field: Field | ProjectField; value: string; suggestion?: string };
  "role-unknown": { value: string; suggestion?: string };
  "call-unknown": { value: string; suggestion?: string };
  "date-missing": { field: Field };
  "date-order": { start: string; end: string };
  "duration-below-min": { activity: ActivityRef; days: number; min: number };
  "duration-above-max": { activity: ActivityRef; days: number; max: number };
  "fewer-opportunities-short": { activity: ActivityRef; days: number; min: number; reducedMin: number };
  "duration-mismatch": { stated: number; days: number };
  "outside-project-period": { start: string; end: string; projectStart: string; projectEnd: string };
  "country-not-eligible": { field: Field; country: string };
  "host-same-as-sending": { country: string };
  "incoming-from-own-country": { activity: ActivityRef; country: string };
  "travel-days-exceeded": { days: number; max: number; green: boolean };
  "group-too-small": { group: string; learners: number; min: number };
  "group-not-accompanied": { group: string; start: string; end: string };
  "group-two-countries": { group: string };
  "recent-graduate-in-group": Record<string, never>;
  "recent-graduate-too-late": { graduation: string; start: string; months: number };
  "course-too-many-together": { course: string; count: number; max: number };
  "course-too-many-same-title": { course: string; count: number; max: number };
  "course-repeated": { participant: string; count: number };
  "mentor-overbooked": { mentor: string; count: number; max: number };
  "prep-visit-too-many": { host: string; count: number; max: number };
  "prep-visit-second": { host: string; first: string };
  "prep-visit-courses-only": { host: string };
  "long-pupil-pre-departure": Record<string, never>;
  "project-cap-exceeded": { position: number; count: number; max: number };
  "project-no-mobility": Record<string, never>;
  "project-period-missing": Record<string, never>;
  "project-duration": { start: string; end: string; min: number; max: number };
  "project-start-outside-call": { start: string; call: string; from: string; to: string };
  "sending-country-missing": Record<string, never>;
}

export type RuleId = keyof RuleParams;

/**
 * input: a cell the audit could not read; activity: one row alone; cross-activity: rows together (mentor, course,
 * group, visits, cap); project: the project as a whole.
 */
export type RuleScope = "input" | "activity" | "cross-activity" | "project";

export interface RuleMeta {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly scope: RuleScope;
  /** The field an issue points at (the audit highlights its cell). Project issues have none. */
  readonly field?: Field;
  readonly projectField?: ProjectField;
  readonly source: string;
}

type RuleRow = readonly [id: RuleId, severity: Severity, scope: RuleScope, field: Field | ProjectField | null, source: string];

/** The table. Sources: PG26 page, or "audit" for input problems that are this tool's own. */
const RULE_ROWS: readonly RuleRow[] = [
  ["value-unreadable", "error", "input", null, "audit: a value that cannot be read cannot be checked"],
  ["cell-error", "error", "input", null, "audit: an Excel error value in the plan"],
  ["sector-missing", "warning", "project", "sector", "rules-2026.md §1: the sector decides the activity limits"],
  ["sector-unknown", "error", "activity", "sector", "rules-2026.md §4; PG26 p.82"],
  ["activity-missing", "error", "activity", "activity", "rules-2026.md §4"],
  ["activity-unknown", "error", "activity", "activity", "rules-2026.md §4"],
  ["activity-not-in-sector", "error", "activity", "activity", "PG26 p.86–91, 106–112, 126–132"],
  ["country-unknown", "error", "activity", "hostCountry", "PG26 p.33–34"],
  ["role-unknown", "warning", "activity", "role", "rules-2026.md §1 (roles)"],
  ["call-unknown", "error", "project", "call", "PG26 p.92"],
  ["date-missing", "error", "activity", "start", "rules-2026.md §4"],
  ["date-order", "error", "activity", "end", "rules-2026.md §4"],
  ["duration-below-min", "error", "activity", "end", "PG26 p.86–91, 106–112, 126–132 (per activity)"],
  ["duration-above-max", "error", "activity", "end", "PG26 p.86–91, 106–112, 126–132 (per activity)"],
  ["fewer-opportunities-short", "info", "activity", "end", "PG26 p.88–89, 109"],
  ["duration-mismatch", "warning", "activity", "durationDays", "rules-2026.md §1: end − start + 1"],
  ["outside-project-period", "error", "activity", "start", "PG26 p.93"],
  ["country-not-eligible", "error", "activity", "hostCountry", "PG26 p.33–34"],
  ["host-same-as-sending", "error", "activity", "hostCountry", "PG26 p.85, 446"],
  ["incoming-from-own-country", "error", "activity", "sendingCountry", "PG26 p.91, 111, 131"],
  ["travel-days-exceeded", "error", "activity", "travelDays", "PG26 p.99, 120, 140"],
  ["group-too-small", "error", "cross-activity", "group", "PG26 p.88, 108, 128"],
  ["group-not-accompanied", "error", "cross-activity", "group", "PG26 p.88, 109, 129"],
  ["group-two-countries", "info", "cross-activity", "group", "PG26 p.89, 109"],
  ["recent-graduate-in-group", "error", "activity", "recentGraduate", "PG26 p.89"],
  ["recent-graduate-too-late", "error", "activity", "graduationDate", "PG26 p.89, footnote 98"],
  ["course-too-many-together", "error", "cross-activity", "course", "PG26 p.86, 106, 126"],
  ["course-too-many-same-title", "warning", "cross-activity", "course", "PG26 p.86, 106, 126; rules-2026.md §5.3"],
  ["course-repeated", "error", "cross-activity", "participant", "SEED-003 (one course per person per project)"],
  ["mentor-overbooked", "error", "cross-activity", "mentor", "PG26 p.86, 106, 126; SEED-003"],
  ["prep-visit-too-many", "error", "cross-activity", "hostOrganisation", "PG26 p.91, 111, 131"],
  ["prep-visit-second", "error", "cross-activity", "hostOrganisation", "PG26 p.91, 111, 131; SEED-003"],
  ["prep-visit-courses-only", "error", "cross-activity", "hostOrganisation", "PG26 p.91, 111, 131"],
  ["long-pupil-pre-departure", "info", "activity", "activity", "PG26 p.109"],
  ["project-cap-exceeded", "error", "cross-activity", "activity", "PG26 p.92–93; SEED-003"],
  ["project-no-mobility", "error", "project", null, "PG26 p.92"],
  ["project-period-missing", "info", "project", "start", "PG26 p.93"],
  ["project-duration", "error", "project", "end", "PG26 p.93"],
  ["project-start-outside-call", "error", "project", "start", "PG26 p.92; SEED-003"],
  ["sending-country-missing", "info", "project", "country", "PG26 p.85"],
];

function meta([id, severity, scope, field, source]: RuleRow): RuleMeta {
  if (field === null) return { id, severity, scope, source };
  return scope === "project"
    ? { id, severity, scope, projectField: field as ProjectField, source }
    : { id, severity, scope, field: field as Field, source };
}

export const RULES: Readonly<Record<RuleId, RuleMeta>> = Object.fromEntries(RULE_ROWS.map((row) => [row[0], meta(row)])) as Record<
  RuleId,
  RuleMeta
>;

export const RULE_IDS = RULE_ROWS.map(([id]) => id);

/** One finding. `activityId` is absent for project-level issues; `field` overrides the rule's default field. */
export interface Issue<R extends RuleId = RuleId> {
  readonly rule: R;
  readonly severity: Severity;
  readonly activityId?: string;
  readonly field?: Field;
  readonly projectField?: ProjectField;
  readonly params: RuleParams[R];
}

/** Builds an issue with the severity and default field of its rule. */
export function issue<R extends RuleId>(
  rule: R,
  params: RuleParams[R],
  where: { activityId?: string; field?: Field; projectField?: ProjectField } = {},
): Issue<R> {
  const { severity, field, projectField } = RULES[rule];
  // Literals rather than spreads: a 100,000-row plan builds 100,000 issues, and V8 spreads small objects slowly.
  if (where.activityId === undefined) return { rule, severity, projectField: where.projectField ?? projectField, params };
  return { rule, severity, activityId: where.activityId, field: where.field ?? field, params };
}
