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
import { keyGroupPositions, labelHashes } from "./label-groups";

/** For groups whose sector's entry is unknown: the catalog's minimum, the same in every sector. */
const GROUP_MIN = familyLimit("group-mobility", "groupMin");

/**
 * A learner's group: the group column if the sheet has one, else the host and dates, which is how a group without a
 * name shows in a plan (everyone leaves together for the same host). Undefined for rows that are no learner's.
 */
function groupName(a: PreparedActivity): string | undefined {
  if (a.family !== "group-mobility" || a.role === "accompanying") return undefined;
  if (a.activity.group !== undefined) return a.activity.group;
  if (a.activity.hostOrganisation === undefined || a.activity.start === undefined) return undefined;
  return `${a.activity.hostOrganisation} ${a.activity.start}`;
}

/** True for a row whose dates are both known and in order. */
function hasDates(a: PreparedActivity): a is PreparedActivity & { startDay: number; endDay: number } {
  return a.startDay !== undefined && a.endDay !== undefined && a.endDay >= a.startDay;
}

/**
 * The rows numbered for grouping: the rows, then the accompanying persons again (their place among them plus the
 * rows), so that a group's positions are its learners', then its accompanying persons', and groups without a learner
 * come last; with each one's group name (a learner's group, the group an accompanying person names), read once.
 */
class Numbered {
  readonly accompanying: PreparedActivity[];
  readonly names: (string | undefined)[];

  constructor(readonly activities: readonly PreparedActivity[]) {
    this.accompanying = activities.filter((a) => a.role === "accompanying");
    this.names = activities.map(groupName).concat(this.accompanying.map((a) => a.activity.group));
  }
}

/** True when the accompanying persons at rows[from…] cover, together, every day from `start` to `end`. */
function covers(rows: readonly number[], from: number, { activities, accompanying }: Numbered, start: number, end: number): boolean {
  // In start order, each must begin by the day after those before them end (most groups have one).
  const dated: (PreparedActivity & { startDay: number; endDay: number })[] = [];
  for (let k = from; k < rows.length; k++) {
    const a = accompanying[rows[k] - activities.length];
    if (hasDates(a)) dated.push(a);
  }
  if (dated.length > 1) dated.sort((x, y) => x.startDay - y.startDay);
  let coveredUntil = start - 1;
  for (let i = 0; i < dated.length && dated[i].startDay <= coveredUntil + 1; i++) {
    if (dated[i].endDay > coveredUntil) coveredUntil = dated[i].endDay;
  }
  return coveredUntil >= end;
}

/** The first and last day of a group's learners (rows[0…learners − 1]), undefined when none has dates in order. */
function span(rows: readonly number[], learners: number, activities: readonly PreparedActivity[]) {
  let start = Infinity;
  let end = -Infinity;
  for (let k = 0; k < learners; k++) {
    const a = activities[rows[k]];
    if (!hasDates(a)) continue;
    if (a.startDay < start) start = a.startDay;
    if (a.endDay > end) end = a.endDay;
  }
  return start <= end ? { start, end } : undefined;
}

/** How many of a group's positions are learners' (they come first). */
function learnerCount(rows: readonly number[], activities: readonly PreparedActivity[]): number {
  let learners = 0;
  while (learners < rows.length && rows[learners] < activities.length) learners++;
  return learners;
}

/** Accompanying persons without a group name join the groups they travel with: same host, overlapping dates. */
function attachUnnamedCompanions(groups: readonly number[][], numbered: Numbered) {
  const { activities, accompanying, names } = numbered;
  const unnamed: number[] = [];
  // The names read already tell the unnamed: no second look at every accompanying person's row.
  accompanying.forEach(({ activity, startDay, endDay }, place) => {
    if (
      names[activities.length + place] === undefined &&
      activity.hostOrganisation !== undefined &&
      startDay !== undefined &&
      endDay !== undefined
    )
      unnamed.push(place);
  });
  // Groups are indexed by host only when someone needs it: most plans name every companion's group.
  if (unnamed.length === 0) return;
  const keys = new LabelKeys();
  const byHost = new Map<string, { rows: number[]; start: number; end: number }[]>();
  for (const rows of groups) {
    if (rows[0] >= activities.length) break;
    const host = activities[rows[0]].activity.hostOrganisation;
    const dates = span(rows, learnerCount(rows, activities), activities);
    if (host === undefined || !dates) continue;
    const key = keys.of(host);
    const atHost = byHost.get(key) ?? [];
    byHost.set(key, atHost);
    atHost.push({ rows, ...dates });
  }
  for (const place of unnamed) {
    const { activity, startDay, endDay } = accompanying[place] as PreparedActivity & { startDay: number; endDay: number };
    for (const { rows, start, end } of byHost.get(keys.of(activity.hostOrganisation as string)) ?? []) {
      if (startDay <= end && start <= endDay) rows.push(activities.length + place);
    }
  }
}

const checkGroups: CrossActivityCheck = (activities, _project, report) => {
  const numbered = new Numbered(activities);
  const groups = keyGroupPositions(
    labelHashes(numbered.names),
    // A name of no letters or digits is a group too, one for all such names ("-" is no key).
    (i) => labelKey(numbered.names[i] as string) || "-",
    1,
    (i) => numbered.names[i] as string,
  );
  const sheetRecordsCompanions = numbered.accompanying.length > 0;
  if (sheetRecordsCompanions) attachUnnamedCompanions(groups, numbered);

  for (const rows of groups) {
    if (rows[0] >= activities.length) break;
    const learners = learnerCount(rows, activities);
    const first = activities[rows[0]];
    const group = numbered.names[rows[0]] as string;
    let min: number | null | undefined;
    for (let k = 0; k < learners && !min; k++) min = activities[rows[k]].limits?.groupMin;
    min ||= GROUP_MIN;
    if (min !== null && learners < min) {
      for (let k = 0; k < learners; k++) report.activity("group-too-small", activities[rows[k]], { group, learners, min });
    }
    const dates = sheetRecordsCompanions && span(rows, learners, activities);
    if (dates && !covers(rows, learners, numbered, dates.start, dates.end)) {
      const [start, end] = [isoFromDayNumber(dates.start), isoFromDayNumber(dates.end)];
      for (let k = 0; k < learners; k++) report.activity("group-not-accompanied", activities[rows[k]], { group, start, end });
    }
    // The Guide asks for learners from two countries (the host's learners count), which a sending plan cannot show.
    if (first.sector === "VET" || first.sector === "SCH") report.activity("group-two-countries", first, { group });
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
