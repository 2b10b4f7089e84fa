/**
 * The overlap arithmetic behind the mentor, course, group and visit checks (src/rules/checks/intervals.ts), against a
 * day-by-day count on random intervals; and the group check's "accompanied for the whole dates" against the same.
 */
import fc from "fast-check";
import { crowded, overlapRuns, type Dated } from "../../../src/rules/checks/intervals";
import { check, companion, issuesOf, learner, plusDays } from "../helpers";

const interval = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 6 }))
  .map(([start, length]) => ({ start, end: start + length }));
const intervals = fc.array(interval, { maxLength: 12 });

function items(list: readonly { start: number; end: number }[]): Dated<number>[] {
  return list.map((d, i) => ({ item: i, ...d }));
}

/** For each item: the most items together on any of its days, if more than `limit`; counted day by day. */
function bruteForceCrowded(list: readonly Dated<number>[], limit: number): Map<number, number> {
  const result = new Map<number, number>();
  for (const a of list) {
    let most = 0;
    for (let day = a.start; day <= a.end; day++) {
      const together = list.filter((b) => b.start <= day && day <= b.end).length;
      if (together > limit) most = Math.max(most, together);
    }
    if (most > 0) result.set(a.item, most);
  }
  return result;
}

describe("crowded", () => {
  test("agrees with a day-by-day count", () => {
    fc.assert(
      fc.property(intervals, fc.integer({ min: 1, max: 4 }), (list, limit) => {
        const dated = items(list);
        expect(new Map([...crowded(dated, limit)].sort((x, y) => x[0] - y[0]))).toEqual(bruteForceCrowded(dated, limit));
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    [
      [
        [0, 4],
        [0, 4],
      ],
      2,
      [],
    ],
    [
      [
        [0, 4],
        [0, 4],
        [4, 8],
      ],
      2,
      [
        [0, 3],
        [1, 3],
        [2, 3],
      ],
    ],
    [
      [
        [0, 4],
        [0, 4],
        [5, 8],
      ],
      2,
      [],
    ],
  ])("%j with limit %d → %j", (list, limit, expected) => {
    const dated = items((list as number[][]).map(([start, end]) => ({ start, end })));
    expect([...crowded(dated, limit)].sort((x, y) => x[0] - y[0])).toEqual(expected);
  });
});

describe("overlapRuns", () => {
  test("splits into runs connected by overlap, in start order, keeping every item once", () => {
    fc.assert(
      fc.property(intervals, (list) => {
        const runs = overlapRuns(items(list));
        expect(
          runs
            .flat()
            .map((d) => d.item)
            .sort((x, y) => x - y),
        ).toEqual(list.map((_, i) => i));
        for (let r = 0; r < runs.length; r++) {
          const end = Math.max(...runs[r].map((d) => d.end));
          // The next run starts after every interval of this run has ended: no overlap across runs.
          if (r + 1 < runs.length) expect(runs[r + 1][0].start).toBeGreaterThan(end);
          // Within a run, each interval starts no later than the run so far ends.
          let soFar = runs[r][0].end;
          for (const d of runs[r].slice(1)) {
            expect(d.start).toBeLessThanOrEqual(soFar);
            soFar = Math.max(soFar, d.end);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("group accompanied for its whole dates", () => {
  const base = "2026-09-01";
  test("is reported exactly when some day of the group's dates has no accompanying person", () => {
    fc.assert(
      fc.property(fc.array(interval, { minLength: 1, maxLength: 4 }), (companions) => {
        // The group: two learners, days 5–15 after the base date.
        const rows = [
          learner({ group: "A", start: plusDays(base, 5), end: plusDays(base, 15) }),
          learner({ group: "A", start: plusDays(base, 5), end: plusDays(base, 15) }),
          ...companions.map((c) => companion({ group: "A", start: plusDays(base, c.start), end: plusDays(base, c.end) })),
        ];
        let covered = true;
        for (let day = 5; day <= 15; day++) if (!companions.some((c) => c.start <= day && day <= c.end)) covered = false;
        expect(issuesOf(check(rows, { start: "2026-06-01", end: "2027-05-31" }), "group-not-accompanied").length).toBe(covered ? 0 : 2);
      }),
      { numRuns: 300 },
    );
  });
});
