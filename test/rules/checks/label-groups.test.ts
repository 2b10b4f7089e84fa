/**
 * The label groups behind groups, participant-overlap, courses and mentors (src/rules/checks/label-groups.ts): the same
 * groups as a map by labelKey would give, whatever the labels and however often their hashes collide; and their hash
 * agrees with labelKey.
 */
import fc from "fast-check";
import type { PreparedActivity } from "../../../src/rules/checks";
import { groupByLabel } from "../../../src/rules/checks/intervals";
import { keyGroupPositions, labelGroups, labelHashes, participantHashes } from "../../../src/rules/checks/label-groups";
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

describe("keyGroupPositions", () => {
  const EMPTY = labelKeyHash("");
  /** The positions of groupByLabel's groups of at least minSize, as keyGroupPositions should give them. */
  const expected = (labels: readonly (string | undefined)[], minSize: number) =>
    [
      ...groupByLabel(
        labels.map((text, position) => ({ text, position })),
        (item) => item.text,
      ).values(),
    ]
      .filter((group) => group.length >= minSize)
      .map((group) => group.map((item) => item.position));

  test("hashes that collide (3 of them for every label) are told apart by key", () => {
    fc.assert(
      fc.property(fc.array(fc.option(label, { nil: undefined }), { maxLength: 30 }), fc.integer({ min: 1, max: 3 }), (labels, minSize) => {
        // Equal keys, equal hashes, and a key "" hashes as labelKeyHash("") does: all keyGroupPositions asks.
        const hashes = Float64Array.from(labels, (text) =>
          text === undefined ? -1 : labelKey(text) === "" ? EMPTY : labelKey(text).length % 3,
        );
        const groups = keyGroupPositions(
          hashes,
          (i) => labelKey(labels[i] as string),
          minSize,
          (i) => labels[i] as string,
        );
        expect(groups).toEqual(expected(labels, minSize));
      }),
      { seed: 2026, numRuns: 1000 },
    );
  });

  test("rows whose labels are written alike are one group without their keys being built", () => {
    const labels = ["Anna", "Pēteris", "Anna", "Anna"];
    const keyOf = () => {
      throw new Error("no key needed");
    };
    const hashes = Float64Array.from(labels, labelKeyHash);
    expect(keyGroupPositions(hashes, keyOf, 2, (i) => labels[i])).toEqual([[0, 2, 3]]);
  });

  test("labels written alike whose key is empty are no group; written differently, their keys join them", () => {
    const labels = ["—", "—", "ANNA", "anna", "Ānna"];
    const hashes = Float64Array.from(labels, labelKeyHash);
    expect(
      keyGroupPositions(
        hashes,
        (i) => labelKey(labels[i]),
        2,
        (i) => labels[i],
      ),
    ).toEqual([[2, 3, 4]]);
  });

  test("groups split by key keep the order of their first rows, their rows in row order", () => {
    const keys = ["a", "b", "c", "b", "a"];
    const hashes = Float64Array.from([7, 5, 7, 5, 7]);
    expect(keyGroupPositions(hashes, (i) => keys[i], 1)).toEqual([[0, 4], [1, 3], [2]]);
  });

  test("rows hashed −1 are left out; no rows, no groups", () => {
    expect(keyGroupPositions(Float64Array.from([-1, 3, -1, 3]), () => "x", 2)).toEqual([[1, 3]]);
    expect(keyGroupPositions(new Float64Array(0), () => "x", 1)).toEqual([]);
  });
});

describe("participantHashes", () => {
  const rows = ["Anna", undefined, "ANNA"].map((participant) => ({ activity: { participant } }) as unknown as PreparedActivity);

  test("the participants' labelHashes, −1 for rows without one", () => {
    const hashes = participantHashes(rows);
    expect([...hashes]).toEqual([labelKeyHash("Anna"), -1, labelKeyHash("anna")]);
    expect(hashes).toEqual(labelHashes(["Anna", undefined, "ANNA"]));
  });

  test("worked out once per plan: the same rows give the same array, other rows their own", () => {
    expect(participantHashes(rows)).toBe(participantHashes(rows));
    expect(participantHashes([...rows])).not.toBe(participantHashes(rows));
  });
});
