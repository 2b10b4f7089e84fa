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
import { labelKey } from "../text";
import { LabelKeys } from "./intervals";

/** For groups whose sector's entry is unknown: the catalog's minimum, the same in every sector. */
const GROUP_MIN = familyLimit("group-mobility", "groupMin");

interface Group {
  readonly name: string;
  readonly learners: PreparedActivity[];
  readonly companions: PreparedActivity[];
  /** The learners' first and last day, once they are all collected; undefined when none has dates in order. */
  dates?: { readonly start: number; readonly end: number };
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

/**
 * Groups by the key of their name, found through the name as written first: a group's rows repeat one label, so most
 * rows cost one look-up of a label seen before rather than a key look-up and a group look-up.
 */
class GroupsByName {
  readonly byKey = new Map<string, Group>();
  private readonly byLabel = new Map<string, Group>();

  find(label: string): Group | undefined {
    let group = this.byLabel.get(label);
    if (group === undefined) {
      group = this.byKey.get(labelKey(label));
      if (group) this.byLabel.set(label, group);
    }
    return group;
  }

  /** The group of a learner's row, made if it is the first of its group. */
  add(label: string, learner: PreparedActivity): void {
    let group = this.byLabel.get(label);
    if (group === undefined) {
      // A label not seen as written: its key finds the group, or makes it (the key worked out once).
      const key = labelKey(label);
      group = this.byKey.get(key);
      if (!group) this.byKey.set(key, (group = { name: label, learners: [], companions: [], dates: undefined }));
      this.byLabel.set(label, group);
    }
    group.learners.push(learner);
  }
}

function collectGroups(activities: readonly PreparedActivity[]): GroupsByName {
  const groups = new GroupsByName();
  // Indexed loops over all rows, here and below: these run once per audit, mostly before V8 optimises them, and a
  // for-of step there allocates an iterator result per row.
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i];
    if (a.family !== "group-mobility" || a.role === "accompanying") continue;
    const name = groupName(a);
    if (name !== undefined) groups.add(name, a);
  }
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i];
    if (a.role !== "accompanying" || a.activity.group === undefined) continue;
    groups.find(a.activity.group)?.companions.push(a);
  }
  for (const group of groups.byKey.values()) group.dates = span(group.learners);
  return groups;
}

/** True for a row whose dates are both known and in order. */
function hasDates(a: PreparedActivity): a is PreparedActivity & { startDay: number; endDay: number } {
  return a.startDay !== undefined && a.endDay !== undefined && a.endDay >= a.startDay;
}

/** The first and last day of a set of rows (no array or wrapper per row: a group may have thousands of rows). */
function span(rows: readonly PreparedActivity[]): { start: number; end: number } | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i];
    if (!hasDates(a)) continue;
    if (a.startDay < start) start = a.startDay;
    if (a.endDay > end) end = a.endDay;
  }
  return start <= end ? { start, end } : undefined;
}

/** True when the companions' dates, together, cover every day from `start` to `end`. */
function covers(companions: readonly PreparedActivity[], start: number, end: number): boolean {
  // In start order, each companion must begin by the day after those before them end (most groups have one companion).
  const dated = companions.filter(hasDates);
  if (dated.length > 1) dated.sort((x, y) => x.startDay - y.startDay);
  let coveredUntil = start - 1;
  for (let i = 0; i < dated.length && dated[i].startDay <= coveredUntil + 1; i++) {
    if (dated[i].endDay > coveredUntil) coveredUntil = dated[i].endDay;
  }
  return coveredUntil >= end;
}

/** Accompanying persons without a group name join the groups they travel with: same host, overlapping dates. */
function attachUnnamedCompanions(groups: GroupsByName, activities: readonly PreparedActivity[]) {
  const unnamed = activities.filter(
    (a) =>
      a.role === "accompanying" &&
      a.activity.group === undefined &&
      a.activity.hostOrganisation !== undefined &&
      a.startDay !== undefined &&
      a.endDay !== undefined,
  );
  // Groups are indexed by host only when someone needs it: most plans name every companion's group.
  if (unnamed.length === 0) return;
  const keys = new LabelKeys();
  const groupsByHost = new Map<string, Group[]>();
  for (const group of groups.byKey.values()) {
    const host = group.learners[0].activity.hostOrganisation;
    if (host === undefined || !group.dates) continue;
    const key = keys.of(host);
    const atHost = groupsByHost.get(key);
    if (atHost) atHost.push(group);
    else groupsByHost.set(key, [group]);
  }
  for (const a of unnamed) {
    const { startDay, endDay } = a as PreparedActivity & { startDay: number; endDay: number };
    for (const group of groupsByHost.get(keys.of(a.activity.hostOrganisation as string)) ?? []) {
      const { start, end } = group.dates as { start: number; end: number };
      if (startDay <= end && start <= endDay) group.companions.push(a);
    }
  }
}

const checkGroups: CrossActivityCheck = (activities, _project, report) => {
  const groups = collectGroups(activities);
  if (groups.byKey.size === 0) return;
  const sheetRecordsCompanions = activities.some((a) => a.role === "accompanying");
  if (sheetRecordsCompanions) attachUnnamedCompanions(groups, activities);

  for (const group of groups.byKey.values()) {
    const { learners, companions, name, dates } = group;
    const min = learners.find((l) => l.limits?.groupMin)?.limits?.groupMin ?? GROUP_MIN;
    if (min !== null && learners.length < min) {
      for (const a of learners) report.activity("group-too-small", a, { group: name, learners: learners.length, min });
    }
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
