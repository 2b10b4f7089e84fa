/**
 * Overlap arithmetic for cross-activity checks, by sweeping sorted interval ends: O(n log n) per group of rows,
 * never pairwise, so a plan of 100,000 rows under one mentor costs no more than sorting it.
 */
import { labelKey } from "../text";
import type { PreparedActivity } from "./context";

export interface Dated<T> {
  readonly item: T;
  readonly start: number;
  readonly end: number;
}

/** The rows with both dates known and in order, as day intervals. */
export function dated(activities: readonly PreparedActivity[]): Dated<PreparedActivity>[] {
  // A loop, not flatMap: no throw-away array per row (the checks call this on every group of rows).
  const result: Dated<PreparedActivity>[] = [];
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i];
    if (a.startDay !== undefined && a.endDay !== undefined && a.endDay >= a.startDay)
      result.push({ item: a, start: a.startDay, end: a.endDay });
  }
  return result;
}

/**
 * For each item that is present on a day when more than `limit` items are together, the highest number together
 * it shares a day with. Items never part of such a day are absent from the map.
 */
export function crowded<T>(items: readonly Dated<T>[], limit: number): Map<T, number> {
  const result = new Map<T, number>();
  if (items.length <= limit) return result;
  const events: [day: number, delta: number][] = [];
  for (const { start, end } of items) events.push([start, 1], [end + 1, -1]);
  events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);

  // Segments [from, to) on which more than `limit` items are together, in day order.
  const peaks: { from: number; to: number; count: number }[] = [];
  let count = 0;
  for (let i = 0; i < events.length; i++) {
    count += events[i][1];
    const day = events[i][0];
    const next = i + 1 < events.length ? events[i + 1][0] : day;
    if (count > limit && next > day) peaks.push({ from: day, to: next, count });
  }
  if (peaks.length === 0) return result;

  for (const { item, start, end } of items) {
    // First peak that ends after this item starts.
    let lo = 0;
    let hi = peaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (peaks[mid].to <= start) lo = mid + 1;
      else hi = mid;
    }
    let most = 0;
    for (let p = lo; p < peaks.length && peaks[p].from <= end; p++) most = Math.max(most, peaks[p].count);
    if (most > 0) result.set(item, most);
  }
  return result;
}

/** Splits items into runs of overlapping intervals (connected by overlap), in start order. */
export function overlapRuns<T>(items: readonly Dated<T>[]): Dated<T>[][] {
  const sorted = [...items].sort((x, y) => x.start - y.start);
  const runs: Dated<T>[][] = [];
  let runEnd = -Infinity;
  for (const interval of sorted) {
    if (interval.start > runEnd) runs.push([]);
    runs[runs.length - 1].push(interval);
    runEnd = Math.max(runEnd, interval.end);
  }
  return runs;
}

/**
 * Labels' comparison keys, each worked out once: the same label repeats down a plan (a host, a mentor, a group).
 * One per check run, so it holds no more labels than the plan has.
 */
export class LabelKeys {
  private readonly keys = new Map<string, string>();

  of(label: string): string {
    let key = this.keys.get(label);
    if (key === undefined) this.keys.set(label, (key = labelKey(label)));
    return key;
  }
}

/** Groups items by the comparison key of a label (case, diacritics, spacing ignored); items without one are left out. */
export function groupByLabel<T>(items: readonly T[], labelOf: (item: T) => string | undefined, keys = new LabelKeys()): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const label = labelOf(item);
    if (label === undefined) continue;
    const key = keys.of(label);
    if (key === "") continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
