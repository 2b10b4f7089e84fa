/**
 * Group mobility of learners (PG26 p.88–90, 108–110, 128–129): at least 2 learners per group; accompanying persons
 * for the whole duration (checked when the sheet records accompanying persons at all); and, in VET and school
 * education, a reminder that learners from at least two countries take part.
 */
import { familyLimit } from "../catalog";
import { isoFromDayNumber } from "../dates";
import { englishCount } from "../messages/en";
import { latvianCount } from "../messages/lv";
import { rule, type RuleModule } from "../rule";
import type { CrossActivityCheck, PreparedActivity } from "./context";
import { LabelKeys, dated, overlapRuns } from "./intervals";

/** For groups whose sector's entry is unknown: the catalog's minimum, the same in every sector. */
const GROUP_MIN = familyLimit("group-mobility", "groupMin");

interface Group {
  readonly name: string;
  readonly learners: PreparedActivity[];
  readonly companions: PreparedActivity[];
}

/**
 * A row's group: the group column if the sheet has one, else the host and dates, which is how a group without a name
 * shows in a plan (everyone leaves together for the same host).
 */
function groupName(a: PreparedActivity): string | undefined {
  if (a.activity.group !== undefined) return a.activity.group;
  if (a.activity.hostOrganisation === undefined || a.activity.start === undefined) return undefined;
  return `${a.activity.hostOrganisation} ${a.activity.start}`;
}

function collectGroups(activities: readonly PreparedActivity[], keys: LabelKeys): Map<string, Group> {
  const groups = new Map<string, Group>();
  // Indexed loops over all rows, here and below: these run once per audit, mostly before V8 optimises them, and a
  // for-of step there allocates an iterator result per row.
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i];
    if (a.family !== "group-mobility" || a.role === "accompanying") continue;
    const name = groupName(a);
    if (name === undefined) continue;
    const key = keys.of(name);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { name, learners: [], companions: [] }));
    group.learners.push(a);
  }
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i];
    if (a.role !== "accompanying" || a.activity.group === undefined) continue;
    const group = groups.get(keys.of(a.activity.group));
    if (group) group.companions.push(a);
  }
  return groups;
}

/** The first and last day of a set of rows (spread-free: a group may have thousands of rows). */
function span(rows: readonly PreparedActivity[]): { start: number; end: number } | undefined {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const { start: s, end: e } of dated(rows)) {
    if (s < start) start = s;
    if (e > end) end = e;
  }
  return start <= end ? { start, end } : undefined;
}

/** True when the companions' dates, together, cover every day from `start` to `end`. */
function covers(companions: readonly PreparedActivity[], start: number, end: number): boolean {
  let coveredUntil = start - 1;
  for (const run of overlapRuns(dated(companions))) {
    if (run[0].start > coveredUntil + 1) break;
    for (const r of run) if (r.end > coveredUntil) coveredUntil = r.end;
  }
  return coveredUntil >= end;
}

/** Accompanying persons without a group name join the groups they travel with: same host, overlapping dates. */
function attachUnnamedCompanions(groups: Map<string, Group>, activities: readonly PreparedActivity[], keys: LabelKeys) {
  const groupsByHost = new Map<string, { group: Group; start: number; end: number }[]>();
  for (const group of groups.values()) {
    const host = group.learners[0].activity.hostOrganisation;
    const dates = span(group.learners);
    if (host === undefined || !dates) continue;
    const key = keys.of(host);
    const atHost = groupsByHost.get(key);
    if (atHost) atHost.push({ group, ...dates });
    else groupsByHost.set(key, [{ group, ...dates }]);
  }
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i];
    const { startDay, endDay } = a;
    if (a.role !== "accompanying" || a.activity.group !== undefined || a.activity.hostOrganisation === undefined) continue;
    if (startDay === undefined || endDay === undefined) continue;
    for (const { group, start, end } of groupsByHost.get(keys.of(a.activity.hostOrganisation)) ?? []) {
      if (startDay <= end && start <= endDay) group.companions.push(a);
    }
  }
}

const checkGroups: CrossActivityCheck = (activities, _project, report) => {
  const keys = new LabelKeys();
  const groups = collectGroups(activities, keys);
  if (groups.size === 0) return;
  const sheetRecordsCompanions = activities.some((a) => a.role === "accompanying");
  if (sheetRecordsCompanions) attachUnnamedCompanions(groups, activities, keys);

  for (const group of groups.values()) {
    const { learners, companions, name } = group;
    const min = learners.find((l) => l.limits?.groupMin)?.limits?.groupMin ?? GROUP_MIN;
    if (min !== null && learners.length < min) {
      for (const a of learners) report.activity("group-too-small", a, { group: name, learners: learners.length, min });
    }
    const dates = span(learners);
    if (sheetRecordsCompanions && dates) {
      const { start, end } = dates;
      if (!covers(companions, start, end)) {
        for (const a of learners) {
          report.activity("group-not-accompanied", a, { group: name, start: isoFromDayNumber(start), end: isoFromDayNumber(end) });
        }
      }
    }
    // The Guide asks for learners from two countries (the host's learners count), which a sending plan cannot show.
    const sector = learners[0].sector;
    if (sector === "VET" || sector === "SCH") report.activity("group-two-countries", learners[0], { group: name });
  }
};

export default {
  rules: {
    "group-too-small": rule<{ group: string; learners: number; min: number }>({
      severity: "error",
      scope: "cross-activity",
      field: "group",
      source: "PG26 p.88, 108, 128",
      example: { group: "Grupa A", learners: 1, min: 2 },
      messages: {
        en: (p, f) =>
          `Group ${f.quote(p.group)} has ${englishCount(p.learners, "learner", "learners")}; group mobility needs at least ${p.min}.`,
        lv: (p, f) =>
          `Grupā ${f.quote(p.group)} ir ${latvianCount(p.learners, "izglītojamais", "izglītojamie")}; grupu mobilitātei vajag vismaz ${latvianCount(p.min, "izglītojamo", "izglītojamos")}.`,
      },
    }),
    "group-not-accompanied": rule<{ group: string; start: string; end: string }>({
      severity: "error",
      scope: "cross-activity",
      field: "group",
      source: "PG26 p.88, 109, 129",
      example: { group: "Grupa A", start: "2026-09-07", end: "2026-09-18" },
      messages: {
        en: (p, f) =>
          `Group ${f.quote(p.group)} (${f.date(p.start)} – ${f.date(p.end)}) has no accompanying person for its whole duration.`,
        lv: (p, f) => `Grupai ${f.quote(p.group)} (${f.date(p.start)} – ${f.date(p.end)}) nav pavadošās personas visā mobilitātes laikā.`,
      },
    }),
    "group-two-countries": rule<{ group: string }>({
      severity: "info",
      scope: "cross-activity",
      field: "group",
      source: "PG26 p.89, 109",
      example: { group: "Grupa A" },
      messages: {
        en: (p, f) => `Reminder for group ${f.quote(p.group)}: learners from at least two countries must take part in group mobility.`,
        lv: (p, f) => `Atgādinājums grupai ${f.quote(p.group)}: grupu mobilitātē obligāti piedalās izglītojamie no vismaz divām valstīm.`,
      },
    }),
  },
  crossActivity: checkGroups,
} satisfies RuleModule;
