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

/** The activity's own sector label wins over the project's (a sheet may have a sector column). */
function sectorOf(activity: Activity, project: PreparedProject, report: Reporter, target: { id: ActivityId }): Sector | undefined {
  if (activity.sector === undefined) return project.sector;
  const found = resolveSector(activity.sector);
  if (found.value) return found.value;
  report.activity("sector-unknown", target, { value: activity.sector, suggestion: found.suggestion });
  return project.sector;
}

function countryOf(label: string | undefined, field: "hostCountry" | "sendingCountry", target: { id: ActivityId }, report: Reporter) {
  if (label === undefined) return undefined;
  const found = resolveCountry(label);
  if (!found.value) {
    report.activity("country-unknown", target, { field, value: label, suggestion: found.suggestion }, field);
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

export function prepareActivity(activity: Activity, project: PreparedProject, report: Reporter): PreparedActivity {
  // The activity is the issues' target (it has the id): no object per row for it.
  const target = activity;
  const sector = sectorOf(activity, project, report, target);

  let role: Role | undefined;
  if (activity.role !== undefined) {
    const found = resolveRole(activity.role);
    if (found.value) role = found.value;
    else report.activity("role-unknown", target, { value: activity.role, suggestion: found.suggestion });
  }

  let type: PreparedActivity["type"];
  let limits: PreparedActivity["limits"];
  let family: PreparedActivity["family"];
  if (activity.activity === undefined) {
    // An accompanying person's row need not name an activity: they go with the participants they accompany.
    if (role !== "accompanying") report.activity("activity-missing", target, {});
  } else {
    const found = resolveActivity(activity.activity, sector);
    if (found.kind === "unknown") {
      report.activity("activity-unknown", target, { value: activity.activity, suggestion: found.suggestion });
    } else if (found.kind === "not-in-sector") {
      family = found.label.family;
      report.activity("activity-not-in-sector", target, {
        value: activity.activity,
        activity: found.label,
        sector: sector as Sector,
      });
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

  const startDay = activity.start === undefined ? undefined : dayNumber(activity.start);
  const endDay = activity.end === undefined ? undefined : dayNumber(activity.end);
  const days = startDay !== undefined && endDay !== undefined && endDay >= startDay ? inclusiveDays(startDay, endDay) : undefined;

  return {
    activity,
    id: activity.id,
    sector,
    family,
    type,
    limits,
    role,
    startDay,
    endDay,
    days,
    hostCountry: countryOf(activity.hostCountry, "hostCountry", target, report),
    sendingCountry: countryOf(activity.sendingCountry, "sendingCountry", target, report),
  };
}
