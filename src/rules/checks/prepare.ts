/**
 * Resolves what a row says (labels, dates) into what the checks need, and reports the labels it cannot resolve:
 * unknown sector, activity, country or role, and an activity type the sector does not offer (rules-2026.md §4, first rows).
 */
import type { Activity, ActivityId, Project } from "../activity";
import { dayNumber, inclusiveDays } from "../dates";
import { ACTIVITY_TYPES, type ActivityType } from "../catalog";
import type { Country } from "../countries";
import { resolveAction, resolveActivity, resolveCallRound, resolveRole, resolveSector } from "../resolve";
import { resolveCountry } from "../resolve-country";
import { DEFAULT_ACTION, type Action, type ActivityFamily, type Field, type ParticipantKind, type Role, type Sector } from "../types";
import type { PreparedActivity, PreparedProject, Reporter } from "./context";

const LEARNER_FAMILIES: ReadonlySet<ActivityFamily> = new Set(
  ACTIVITY_TYPES.filter((t) => t.participant === "learner").map((t) => t.family),
);

const ROLE_OF_PARTICIPANT: Readonly<Record<ParticipantKind, Role>> = {
  staff: "staff",
  learner: "learner",
  "incoming-expert": "expert",
  "incoming-teacher-in-training": "teacher-in-training",
};

export function prepareProject(project: Project, report: Reporter, recordedFields?: ReadonlySet<Field>): PreparedProject {
  let sector: Sector | undefined;
  if (project.sector !== undefined) {
    const found = resolveSector(project.sector);
    if (found.value) sector = found.value;
    else report.project("sector-unknown", { value: project.sector, suggestion: found.suggestion }, "sector");
  }
  const call = project.call === undefined ? undefined : resolveCallRound(project.call);
  if (project.call !== undefined && call?.value === undefined) {
    report.project("call-unknown", { value: project.call, suggestion: call?.suggestion }, "call");
  }
  let country: Country | undefined;
  if (project.country !== undefined) {
    const found = resolveCountry(project.country);
    if (found.value) country = found.value;
    else report.project("country-unknown", { field: "country", value: project.country, suggestion: found.suggestion }, "country");
  }
  let action: Action = DEFAULT_ACTION;
  if (project.action !== undefined) {
    const found = resolveAction(project.action);
    if (found.value) action = found.value;
    else report.project("action-unknown", { value: project.action, suggestion: found.suggestion }, "action");
  }
  return {
    project,
    sector,
    action,
    recordedFields,
    call: call?.value,
    startDay: project.start === undefined ? undefined : dayNumber(project.start),
    endDay: project.end === undefined ? undefined : dayNumber(project.end),
    country,
  };
}

/**
 * What a row's labels (sector, role, activity, countries) resolve to, shared by every row that writes the same labels
 * (a plan repeats a few activity types, roles and countries down 100,000 rows): worked out, with their issues, once.
 */
interface Kind {
  readonly sector?: Sector;
  readonly family?: ActivityFamily;
  readonly type?: ActivityType;
  readonly limits?: ActivityType;
  readonly role?: Role;
  readonly hostCountry?: Country;
  readonly sendingCountry?: Country;
  /** The label issues, reported again for each row that writes the labels. */
  readonly issues: readonly ((report: Reporter, target: { id: ActivityId }) => void)[];
}

/** Kinds remembered per project; forgotten past this many (a hostile sheet's every row different). */
const MAX_KINDS = 4_096;

/** A tree of maps, one level per label, in KIND_LABELS order: no key string built per row. */
type KindTree = Map<string | undefined, KindTree | Kind>;
const KIND_LABELS = ["sector", "role", "activity", "hostCountry", "sendingCountry"] as const;

const KINDS = new WeakMap<PreparedProject, KindTree>();
let kindCount = 0;

function kindOf(activity: Activity, project: PreparedProject): Kind {
  let tree = KINDS.get(project);
  if (!tree || kindCount >= MAX_KINDS) {
    KINDS.set(project, (tree = new Map()));
    kindCount = 0;
  }
  for (let level = 0; level < KIND_LABELS.length - 1; level++) {
    const label = activity[KIND_LABELS[level]];
    let next = tree.get(label) as KindTree | undefined;
    if (!next) tree.set(label, (next = new Map()));
    tree = next;
  }
  const label = activity[KIND_LABELS[KIND_LABELS.length - 1]];
  let kind = tree.get(label) as Kind | undefined;
  if (!kind) {
    tree.set(label, (kind = resolveKind(activity, project)));
    kindCount++;
  }
  return kind;
}

/** The activity's own sector label wins over the project's (a sheet may have a sector column). */
function resolveKind(activity: Activity, project: PreparedProject): Kind {
  const { sector: sectorLabel, role: roleLabel, activity: label } = activity;
  const issues: Kind["issues"][number][] = [];
  let sector = project.sector;
  if (sectorLabel !== undefined) {
    const found = resolveSector(sectorLabel);
    if (found.value) sector = found.value;
    else issues.push((report, target) => report.activity("sector-unknown", target, { value: sectorLabel, suggestion: found.suggestion }));
  }

  let role: Role | undefined;
  if (roleLabel !== undefined) {
    const found = resolveRole(roleLabel);
    if (found.value) role = found.value;
    else issues.push((report, target) => report.activity("role-unknown", target, { value: roleLabel, suggestion: found.suggestion }));
  }

  let type: ActivityType | undefined;
  let limits: ActivityType | undefined;
  let family: ActivityFamily | undefined;
  if (label === undefined) {
    // An accompanying person's row need not name an activity: they go with the participants they accompany.
    if (role !== "accompanying") issues.push((report, target) => report.activity("activity-missing", target, {}));
  } else {
    const found = resolveActivity(label, sector);
    if (found.kind === "unknown") {
      issues.push((report, target) => report.activity("activity-unknown", target, { value: label, suggestion: found.suggestion }));
    } else if (found.kind === "not-in-sector") {
      family = found.label.family;
      const params = { value: label, activity: found.label, sector: sector as Sector };
      issues.push((report, target) => report.activity("activity-not-in-sector", target, params));
    } else if (found.kind === "needs-sector") {
      family = found.label.family;
      limits = unanimousLimits(found.types);
    } else {
      type = limits = found.type;
      family = found.type.family;
    }
  }
  if (role === undefined && type) role = ROLE_OF_PARTICIPANT[type.participant];
  // Staff on a learner activity's row are the learners' accompanying persons (a teacher listed on a group's row).
  if (role === "staff" && family !== undefined && LEARNER_FAMILIES.has(family)) role = "accompanying";
  const hostCountry = countryOf(activity.hostCountry, "hostCountry", issues);
  const sendingCountry = countryOf(activity.sendingCountry, "sendingCountry", issues);
  return { sector, family, type, limits, role, hostCountry, sendingCountry, issues };
}

function countryOf(label: string | undefined, field: "hostCountry" | "sendingCountry", issues: Kind["issues"][number][]) {
  if (label === undefined) return undefined;
  const found = resolveCountry(label);
  if (!found.value) {
    const params = { field, value: label, suggestion: found.suggestion };
    issues.push((report, target) => report.activity("country-unknown", target, params, field));
  }
  return found.value;
}

function unanimousLimits(types: readonly ActivityType[]): ActivityType | undefined {
  const [first] = types;
  const same = types.every(
    (t) => t.minDays === first.minDays && t.maxDays === first.maxDays && t.fewerOpportunitiesMinDays === first.fewerOpportunitiesMinDays,
  );
  return same ? first : undefined;
}

/**
 * A prepared row: its own dates and countries, and its labels' shared kind read through getters. One small object per
 * row: over 100,000 rows each field more is 800 KB for the garbage collector to copy.
 */
class Prepared implements PreparedActivity {
  constructor(
    readonly activity: Activity,
    private readonly kind: Kind,
    readonly startDay: number | undefined,
    readonly endDay: number | undefined,
  ) {}

  get id(): ActivityId {
    return this.activity.id;
  }
  get sector(): Sector | undefined {
    return this.kind.sector;
  }
  get family(): ActivityFamily | undefined {
    return this.kind.family;
  }
  get type(): ActivityType | undefined {
    return this.kind.type;
  }
  get limits(): ActivityType | undefined {
    return this.kind.limits;
  }
  get role(): Role | undefined {
    return this.kind.role;
  }
  get hostCountry(): Country | undefined {
    return this.kind.hostCountry;
  }
  get sendingCountry(): Country | undefined {
    return this.kind.sendingCountry;
  }
  get days(): number | undefined {
    const { startDay, endDay } = this;
    return startDay !== undefined && endDay !== undefined && endDay >= startDay ? inclusiveDays(startDay, endDay) : undefined;
  }
}

export function prepareActivity(activity: Activity, project: PreparedProject, report: Reporter): PreparedActivity {
  const kind = kindOf(activity, project);
  // The activity is the issues' target (it has the id): no object per row for it.
  for (let i = 0; i < kind.issues.length; i++) kind.issues[i](report, activity);
  return new Prepared(
    activity,
    kind,
    activity.start === undefined ? undefined : dayNumber(activity.start),
    activity.end === undefined ? undefined : dayNumber(activity.end),
  );
}
