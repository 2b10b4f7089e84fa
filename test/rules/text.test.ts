/**
 * Label normalisation and lookup (src/rules/text.ts): the comparison key ignores case, diacritics, quotes, hyphens
 * and spacing; the edit distance is bounded; a Vocabulary finds labels by key and suggests the closest on a miss.
 */
import fc from "fast-check";
import { Vocabulary, editDistance, labelKey } from "../../src/rules";
import { SUGGESTION_SEARCHES, resetSuggestionSearches } from "../../src/rules/text";

describe("labelKey", () => {
  test.each([
    ["Job shadowing", "jobshadowing"],
    ["  JOB-shadowing  ", "jobshadowing"],
    ["“Ēnošana” darbā", "enosanadarba"],
    ['"Ēnošana" darbā', "enosanadarba"],
    ["„Ēnošana“ Darbā", "enosanadarba"],
    ["Īstermiņa audzēkņu mobilitāte", "isterminaaudzeknumobilitate"],
    ["Šveicē", "sveice"],
    ["Ķekava, Ģipka, Ļaudona", "kekavagipkalaudona"],
    ["SM-COUR-TRAIN", "smcourtrain"],
    ["sm_cour train", "smcourtrain"],
    ["KA122-VET", "ka122vet"],
    ["Türkiye", "turkiye"],
    ["—", ""],
    ["", ""],
  ])("%j → %j", (label, key) => {
    expect(labelKey(label)).toBe(key);
  });

  test("keys are idempotent and contain only a–z and 0–9", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const key = labelKey(text);
        expect(key).toMatch(/^[a-z0-9]*$/);
        expect(labelKey(key)).toBe(key);
      }),
    );
  });
});

describe("labelKey, character by character, keeps the definition", () => {
  // The definition, written out here: decompose, drop combining marks, lower-case, keep a–z and 0–9.
  const definition = (text: string) =>
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "");

  test.each([
    "İSTANBUL İzmir", // İ lower-cases to i and a combining dot
    "\u212A\u00C5ngstr\u00F6m \u2126", // Kelvin sign, Å, ö, Ohm sign
    "Straße Æsir ﬁnal", // letters that leave nothing (ß, æ) and a ligature that only decomposes compatibly
    "𝐀bc 😀 Ąž", // astral characters
    "Ēnošana darbā ".repeat(30), // longer than the key buffer
    "e\u0301 a\u0308\u0323 ḉ", // already decomposed, and stacked marks
    "ΣΊΣΥΦΟΣ Москва",
  ])("%j", (text) => {
    expect(labelKey(text)).toBe(definition(text));
  });

  test("any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        expect(labelKey(text)).toBe(definition(text));
      }),
      { seed: 2026, numRuns: 2000 },
    );
  });

  test("every character of the Basic Multilingual Plane", () => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = `A${String.fromCharCode(code)}b`;
      if (labelKey(text) !== definition(text)) expect([code, labelKey(text)]).toEqual([code, definition(text)]);
    }
  });
});

describe("editDistance", () => {
  test.each([
    ["", "", 0],
    ["abc", "abc", 0],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
    ["ernosana", "enosana", 1],
    ["vacia", "vacija", 1],
    ["flaw", "lawn", 2],
  ])("%j ↔ %j = %d", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  test("a bound stops early with bound + 1 when the distance is larger", () => {
    expect(editDistance("kitten", "sitting", 2)).toBe(3);
    expect(editDistance("abcdefgh", "a", 3)).toBe(4);
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
  });

  test("a bound never changes a distance within it, and a distance beyond it stays beyond it", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(12), (a, b, limit) => {
        const exact = editDistance(a, b);
        if (exact <= limit) expect(editDistance(a, b, limit)).toBe(exact);
        else expect(editDistance(a, b, limit)).toBeGreaterThan(limit);
      }),
    );
  });
});

describe("Vocabulary", () => {
  const colours = () => new Vocabulary<string>().add("red", ["Red", "Sarkans"]).add("green", ["Green", "Zaļš"]);

  test("finds a value by any of its labels, in any case, with or without diacritics", () => {
    const vocabulary = colours();
    expect(vocabulary.get("RED")).toBe("red");
    expect(vocabulary.get("zals")).toBe("green");
    expect(vocabulary.get("Zaļš")).toBe("green");
    expect(vocabulary.get("blue")).toBeUndefined();
  });

  test("the first value given for a key keeps it", () => {
    const vocabulary = new Vocabulary<number>().add(1, ["Same"]).add(2, ["same", "Other"]);
    expect(vocabulary.get("SAME")).toBe(1);
    expect(vocabulary.get("other")).toBe(2);
  });

  test("a label missed before it was added is found after", () => {
    const vocabulary = colours();
    expect(vocabulary.get("Blue")).toBeUndefined();
    vocabulary.add("blue", ["Blue"]);
    expect(vocabulary.get("Blue")).toBe("blue");
  });

  test("keeps answering correctly past its memory of labels as written", () => {
    const vocabulary = colours();
    for (let i = 0; i < 10_050; i++) expect(vocabulary.get(`unknown ${i}`)).toBeUndefined();
    expect(vocabulary.get("Red")).toBe("red");
    expect(vocabulary.get("unknown 3")).toBeUndefined();
  });

  test.each([
    ["Redd", "Red"],
    ["Gren", "Green"],
    ["Sarkns", "Sarkans"],
    ["Sark", "Sarkans"],
  ])("suggests %j → %j", (label, suggestion) => {
    expect(colours().suggest(label)).toBe(suggestion);
  });

  test.each(["xyzzy", "Purple", "", "!!"])("suggests nothing for %j", (label) => {
    expect(colours().suggest(label)).toBeUndefined();
  });

  test("searches at most SUGGESTION_SEARCHES fresh labels per check: then none, a label searched before keeps its answer", () => {
    const vocabulary = colours();
    resetSuggestionSearches();
    for (let i = 0; i < SUGGESTION_SEARCHES - 1; i++) vocabulary.suggest(`filler ${i}`);
    expect(vocabulary.suggest("Redd")).toBe("Red");
    expect(vocabulary.suggest("Gren")).toBeUndefined();
    expect(vocabulary.suggest("Redd")).toBe("Red");
    // The next check (check.ts resets) searches again.
    resetSuggestionSearches();
    expect(vocabulary.suggest("Gren")).toBe("Green");
  });
});
