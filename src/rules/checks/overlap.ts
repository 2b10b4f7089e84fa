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
import { dated, groupByLabel, type Dated } from "./intervals";

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

/**
 * What labelKey makes of each character from U+0080 to U+024F (Latin letters with marks: "ē" → "e", "“" → ""), so
 * a person's key can be hashed in one pass over the label without building it. Other characters fall back to labelKey.
 */
const FOLDED: readonly string[] = Array.from({ length: 0x250 - 0x80 }, (_, i) => labelKey(String.fromCharCode(0x80 + i)));

/** FNV-1a of `text`'s characters from `from` on. */
function hashFrom(text: string, from: number, hash: number): number {
  for (let i = from; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash;
}

/** A hash of labelKey(label), equal for labels with equal keys; computed without building the key for Latin text. */
function personHash(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    let c = label.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 65 && c <= 90) c += 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) hash = Math.imul(hash ^ c, 16777619);
    } else if (c >= 0x300 && c <= 0x36f) {
      // A combining mark: labelKey drops it.
    } else if (c < 0x250) {
      hash = hashFrom(FOLDED[c - 0x80], 0, hash);
    } else {
      return hashFrom(labelKey(label), 0, 0x811c9dc5) >>> 0;
    }
  }
  return hash >>> 0;
}

/**
 * Rows per hash in one sorted typed array (hash · positions + position, exact below 2^53): no map or array per row of
 * a 100,000-row plan. Past 2^21 rows the hash gives up low bits; rows that only share a hash are told apart by key.
 */
export function positionsFor(rows: number): { positions: number; shift: number } {
  const shift = Math.max(0, Math.ceil(Math.log2(rows + 1)) - 21);
  return { positions: 2 ** (21 + shift), shift };
}

const checkOverlaps: CrossActivityCheck = (activities, _project, report) => {
  const compared = dated(activities.filter((a) => a.activity.participant !== undefined && (a.family !== undefined || accompanying(a))));
  if (compared.length < 2) return;
  const { positions, shift } = positionsFor(compared.length);
  const order = new Float64Array(compared.length);
  for (let i = 0; i < compared.length; i++)
    order[i] = (personHash(compared[i].item.activity.participant as string) >>> shift) * positions + i;
  order.sort();

  const flagged: { index: number; count: number }[] = [];
  const places = new Map<string, string>();
  for (let from = 0; from < order.length;) {
    const hash = Math.floor(order[from] / positions);
    let to = from + 1;
    while (to < order.length && Math.floor(order[to] / positions) === hash) to++;
    if (to - from > 1) {
      // The same hash: one person, or labels that only share a hash; their keys tell.
      const indices = Array.from(order.subarray(from, to), (v) => v % positions);
      const people = groupByLabel(indices, (i) => compared[i].item.activity.participant);
      for (const rows of people.values()) {
        if (rows.length < 2) continue;
        const counts = conflicts(
          rows.map((i) => compared[i]),
          places,
        );
        rows.forEach((index, k) => counts[k] > 0 && flagged.push({ index, count: counts[k] + 1 }));
      }
    }
    from = to;
  }
  // In the plan's row order, as every other check reports.
  flagged.sort((x, y) => x.index - y.index);
  for (const { index, count } of flagged) {
    const { item } = compared[index];
    report.activity("participant-overlap", item, { participant: item.activity.participant as string, count });
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
