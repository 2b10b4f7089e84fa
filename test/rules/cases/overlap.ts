/**
 * Cases of the overlap rule (src/rules/checks/overlap.ts): one person on two activities at overlapping dates, except an
 * accompanying person at the same host. Rows default to Anna Bērziņa's job shadowing at Berufskolleg Köln, 7–11 Sep
 * 2026. Persons with more than 8 rows take the counting path of the check: the "(many rows)" cases.
 */
import { activity, companion, plusDays, type CaseTable, type Row } from "../helpers";

/** Monday to Friday of week `n` after 7 September 2026. */
const week = (n: number) => ({ start: plusDays("2026-09-07", 7 * n), end: plusDays("2026-09-07", 7 * n + 4) });
const bonn = { hostOrganisation: "Schule Bonn" };
/** Ilze's own job shadowing in weeks 1–`n` at hosts of their own: no overlap among them. */
const ilzeLater = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => activity({ participant: "Ilze", ...week(i + 1), hostOrganisation: `Host ${i}` }));
const at = (rows: readonly number[]) => rows.map((r) => `participant-overlap@r${r}`);

export default {
  "participant-overlap": {
    valid: [
      { name: "one activity after another", rows: [activity(), activity({ ...week(1), ...bonn })] },
      { name: "two people at the same dates", rows: [activity(), activity({ participant: "Baiba Kalniņa", ...bonn })] },
      {
        name: "an accompanying person who does their own activity at the same host",
        rows: [companion({ participant: "Ilze" }), activity({ participant: "Ilze" })],
      },
      {
        name: "the same host written differently",
        rows: [companion({ participant: "Ilze", hostOrganisation: "BERUFSKOLLEG KOLN" }), activity({ participant: "Ilze" })],
      },
      {
        name: "an accompanying person with two groups at the same host",
        rows: [companion({ participant: "Ilze", group: "A" }), companion({ participant: "Ilze", group: "B" })],
      },
      { name: "a row without dates", rows: [activity(), activity({ start: undefined, end: undefined, ...bonn })] },
      { name: "rows without a participant", rows: [activity({ participant: undefined }), activity({ participant: undefined, ...bonn })] },
      { name: "a row whose activity is unknown", rows: [activity(), activity({ activity: "Football", ...bonn })] },
      {
        name: "names that differ in one letter",
        rows: [activity({ participant: "Ilze Kalniņa" }), activity({ participant: "Ilze Kalniņš", ...bonn })],
      },
      { name: "ten activities one after another (many rows)", rows: [activity({ participant: "Ilze" }), ...ilzeLater(9)] },
      {
        name: "accompanying and own activity at the same host, five weeks running (many rows)",
        rows: [0, 1, 2, 3, 4].flatMap((n) => [
          companion({ participant: "Ilze", ...week(n) }),
          activity({ participant: "Ilze", ...week(n) }),
        ]),
      },
    ],
    invalid: [
      {
        name: "two activities at overlapping dates",
        rows: [activity(), activity({ start: "2026-09-10", end: "2026-09-14", ...bonn })],
        expected: at([1, 2]),
        params: { participant: "Anna Bērziņa", count: 2 },
      },
      {
        name: "sharing only a day",
        rows: [activity(), activity({ start: "2026-09-11", end: "2026-09-15", ...bonn })],
        expected: at([1, 2]),
      },
      {
        name: "the name written differently",
        rows: [activity(), activity({ participant: "anna berzina", ...bonn })],
        expected: at([1, 2]),
      },
      {
        name: "the name with its marks as separate characters",
        rows: [activity(), activity({ participant: "ANNA BE\u0304RZIN\u0327A", ...bonn })],
        expected: at([1, 2]),
      },
      {
        name: "two own activities at the same host",
        rows: [activity(), activity({ activity: "Teaching or training assignments" })],
        expected: at([1, 2]),
      },
      {
        name: "a preparatory visit at the same dates",
        rows: [activity(), activity({ activity: "Preparatory visit" })],
        expected: at([1, 2]),
      },
      {
        name: "an accompanying person at another host",
        rows: [companion({ participant: "Ilze" }), activity({ participant: "Ilze", ...bonn })],
        expected: at([1, 2]),
      },
      {
        name: "an accompanying person's row that names no host",
        rows: [companion({ participant: "Ilze", hostOrganisation: undefined }), activity({ participant: "Ilze" })],
        expected: at([1, 2]),
      },
      {
        name: "three at once, one pair excused",
        rows: [companion({ participant: "Ilze" }), activity({ participant: "Ilze" }), activity({ participant: "Ilze", ...bonn })],
        expected: at([1, 2, 3]),
      },
      {
        name: "three at once, one pair excused (many rows)",
        rows: [
          companion({ participant: "Ilze" }),
          activity({ participant: "Ilze" }),
          activity({ participant: "Ilze", ...bonn }),
          ...ilzeLater(7),
        ],
        expected: at([1, 2, 3]),
      },
      {
        name: "one overlap among ten activities (many rows)",
        rows: [activity({ participant: "Ilze" }), ...ilzeLater(8), activity({ participant: "Ilze", ...week(4), ...bonn })],
        expected: at([5, 10]),
        params: { participant: "Ilze", count: 2 },
      },
    ],
  },
} satisfies CaseTable;
