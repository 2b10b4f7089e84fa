/**
 * One person on two activities at overlapping dates: they cannot be in two places at once (the audit's own reasoning).
 * A person is the participant label compared by labelKey. Two rows at the same host where one of them is an
 * accompanying person's are one place (a teacher who accompanies pupils and shadows a colleague there); a preparatory
 * visit is a trip like any other. Rows without a participant, without dates, or with no activity known are not compared.
 */
import { latvianCount } from "../messages/lv";
import { rule, type RuleModule } from "../rule";
import { labelKey } from "../text";
import type { CrossActivityCheck, PreparedActivity } from "./context";
import { dated, type Dated } from "./intervals";
import { labelGroupPositions, participantHashes } from "./label-groups";

/** Up to this many rows of one person are compared pair by pair; more are counted by binary search. */
const PAIRWISE_UP_TO = 8;

const accompanying = (a: PreparedActivity) => a.role === "accompanying";

/** The host's comparison key, or undefined when the row names none (then it is no known place). */
function placeOf(a: PreparedActivity, keys: Map<string, string>): string | undefined {
  const host = a.activity.hostOrganisation;
  if (host === undefined) return undefined;
  let key = keys.get(host);
  if (key === undefined) keys.set(host, (key = labelKey(host)));
  return key === "" ? undefined : key;
}

/** Counts the intervals of a set that share a day with [start, end]: those starting by `end` minus those ended before `start`. */
class OverlapCounter {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;

  constructor(items: readonly Dated<unknown>[]) {
    this.starts = Float64Array.from(items, (d) => d.start).sort();
    this.ends = Float64Array.from(items, (d) => d.end).sort();
  }

  count(start: number, end: number): number {
    return below(this.starts, end + 1) - below(this.ends, start);
  }
}

/** How many of the sorted `values` are below `limit`. */
function below(values: Float64Array, limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For each row of one person, how many of their other rows put them somewhere else at the same time. */
function conflicts(rows: readonly Dated<PreparedActivity>[], keys: Map<string, string>): number[] {
  const places = rows.map((r) => placeOf(r.item, keys));
  const excused = (i: number, j: number) =>
    places[i] !== undefined && places[i] === places[j] && (accompanying(rows[i].item) || accompanying(rows[j].item));

  if (rows.length <= PAIRWISE_UP_TO) {
    return rows.map((r, i) => {
      let n = 0;
      for (let j = 0; j < rows.length; j++) if (j !== i && r.start <= rows[j].end && rows[j].start <= r.end && !excused(i, j)) n++;
      return n;
    });
  }
  // Overlaps with anyone, less the excused ones: everyone at the row's host when the row is an accompanying person's,
  // else the accompanying persons at its host.
  const everyone = new OverlapCounter(rows);
  const atPlace = new Map<string, { all: Dated<unknown>[]; companions: Dated<unknown>[] }>();
  rows.forEach((r, i) => {
    const place = places[i];
    if (place === undefined) return;
    let at = atPlace.get(place);
    if (!at) atPlace.set(place, (at = { all: [], companions: [] }));
    at.all.push(r);
    if (accompanying(r.item)) at.companions.push(r);
  });
  const counters = new Map<string, { all: OverlapCounter; companions: OverlapCounter }>();
  for (const [place, at] of atPlace)
    counters.set(place, { all: new OverlapCounter(at.all), companions: new OverlapCounter(at.companions) });
  return rows.map((r, i) => {
    const others = everyone.count(r.start, r.end) - 1;
    const place = places[i];
    if (others === 0 || place === undefined) return others;
    const at = counters.get(place) as { all: OverlapCounter; companions: OverlapCounter };
    return others - (accompanying(r.item) ? at.all.count(r.start, r.end) - 1 : at.companions.count(r.start, r.end));
  });
}

/** A row compared: it names a participant, its activity is known (or it is an accompanying person's), its dates are in order. */
function isCompared(a: PreparedActivity): boolean {
  if (a.activity.participant === undefined || (a.family === undefined && !accompanying(a))) return false;
  return a.startDay !== undefined && a.endDay !== undefined && a.endDay >= a.startDay;
}

const checkOverlaps: CrossActivityCheck = (activities, _project, report) => {
  // The rows are grouped where they stand (a row not compared has no label): no list of 100,000 compared rows.
  const flagged: { index: number; count: number }[] = [];
  const places = new Map<string, string>();
  const hashes = participantHashes(activities).map((hash, i) => (isCompared(activities[i]) ? hash : -1));
  for (const rows of labelGroupPositions(activities, (a) => a.activity.participant, 2, hashes)) {
    const counts = conflicts(dated(rows.map((i) => activities[i])), places);
    rows.forEach((index, k) => counts[k] > 0 && flagged.push({ index, count: counts[k] + 1 }));
  }
  // In the plan's row order, as every other check reports.
  flagged.sort((x, y) => x.index - y.index);
  for (const { index, count } of flagged) {
    const a = activities[index];
    report.activity("participant-overlap", a, { participant: a.activity.participant as string, count });
  }
};

export default {
  rules: {
    "participant-overlap": rule<{ participant: string; count: number }>({
      severity: "warning",
      scope: "cross-activity",
      field: "participant",
      source: "audit: one person cannot be in two places at once",
      example: { participant: "Anna Bērziņa", count: 2 },
      messages: {
        en: (p, f) =>
          `${f.quote(p.participant)} is on ${p.count} activities at overlapping dates: one person cannot be in two places at once.`,
        lv: (p, f) =>
          `Dalībniekam ${f.quote(p.participant)} ir ${latvianCount(p.count, "aktivitāte", "aktivitātes")} ar datumiem, kas pārklājas: viens cilvēks nevar vienlaikus būt divās vietās.`,
      },
    }),
  },
  crossActivity: checkOverlaps,
} satisfies RuleModule;
