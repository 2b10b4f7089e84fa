/**
 * The label groups behind participant-overlap, courses and mentors (src/rules/checks/label-groups.ts): the same groups
 * as a map by labelKey would give, whatever the labels; their hash agrees with labelKey; and the sort keys stay exact.
 */
import fc from "fast-check";
import { groupByLabel } from "../../../src/rules/checks/intervals";
import { labelGroups, positionsFor } from "../../../src/rules/checks/label-groups";
import { labelKey, labelKeyHash } from "../../../src/rules/text";

// Latin letters with and without marks, combining marks, quotes, spaces, Cyrillic, an astral character.
const LETTERS = ["a", "A", "ā", "Ā", "e", "ē", "\u0301", "ß", "’", " ", "-", "1", "Ж", "ǆ", "😀", "İ"];
const label = fc.array(fc.constantFrom(...LETTERS), { maxLength: 6 }).map((parts) => parts.join(""));

describe("labelKeyHash", () => {
  test("labels with the same key have the same hash", () => {
    fc.assert(
      fc.property(label, label, (a, b) => {
        if (labelKey(a) === labelKey(b)) expect(labelKeyHash(a)).toBe(labelKeyHash(b));
      }),
      { seed: 2026, numRuns: 3000 },
    );
  });

  test("a seed continues the hash of the key before: host then mentor is the hash of both keys in a row", () => {
    fc.assert(
      fc.property(label, label, (a, b) => {
        expect(labelKeyHash(b, labelKeyHash(a))).toBe(labelKeyHash(labelKey(a) + labelKey(b)));
      }),
      { seed: 2026, numRuns: 1000 },
    );
  });

  test("any text: the hash of the label is the hash of its key", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 20 }), (text) => {
        expect(labelKeyHash(text)).toBe(labelKeyHash(labelKey(text)));
      }),
      { seed: 2026, numRuns: 2000 },
    );
  });

  test("every Latin letter with marks, U+0080 to U+024F (hashed from a table): the hash of the label is the hash of its key", () => {
    for (let code = 0x80; code < 0x250; code++) {
      const text = `A${String.fromCharCode(code)}b`;
      // The table holds one character or none per letter: a letter whose key were longer would not fit it.
      expect(labelKey(String.fromCharCode(code)).length).toBeLessThanOrEqual(1);
      expect(labelKeyHash(text)).toBe(labelKeyHash(labelKey(text)));
    }
  });
});

describe("labelGroups", () => {
  test("the groups of groupByLabel with at least minSize items, in the order of their first items", () => {
    fc.assert(
      fc.property(fc.array(fc.option(label, { nil: undefined }), { maxLength: 30 }), fc.integer({ min: 1, max: 3 }), (labels, minSize) => {
        const items = labels.map((text, position) => ({ text, position }));
        const expected = [...groupByLabel(items, (item) => item.text).values()].filter((group) => group.length >= minSize);
        expect(labelGroups(items, (item) => item.text, minSize)).toEqual(expected);
      }),
      { seed: 2026, numRuns: 1000 },
    );
  });

  test("labels whose keys are empty are no label", () => {
    expect(labelGroups(["—", "-", "Anna", " anna "], (text) => text, 2)).toEqual([["Anna", " anna "]]);
  });
});

describe("positionsFor", () => {
  test.each([2, 2 ** 21 - 1, 2 ** 21, 2 ** 22, 3_000_000, 2 ** 24])(
    "%i rows: every key is below 2^53 and rows never share a slot",
    (rows) => {
      const { positions, shift } = positionsFor(rows);
      expect(positions).toBeGreaterThan(rows - 1);
      const largestKey = ((2 ** 32 - 1) >>> shift) * positions + (rows - 1);
      expect(largestKey).toBeLessThan(2 ** 53);
    },
  );

  test("up to 2^21 − 1 rows the whole 32-bit hash is kept; from 2^21 one bit less per doubling", () => {
    expect(positionsFor(2 ** 21 - 1)).toEqual({ positions: 2 ** 21, shift: 0 });
    expect(positionsFor(2 ** 21)).toEqual({ positions: 2 ** 22, shift: 1 });
  });
});
