import fc from "fast-check";
import { cellKey } from "../../src/excel/address";
import {
  MARK_CHUNK_CHARS,
  type MarkRecord,
  type Prior,
  fillOf,
  isMarkFill,
  joinRecord,
  noteText,
  parseRecord,
  serializeRecord,
  sheetOfAddress,
  splitRecord,
  textHash,
  ERROR_FILL,
} from "../../src/excel/marks";

const prior: fc.Arbitrary<Prior> = fc.oneof(
  fc.constant(null),
  fc.constant({ color: "#FFFFFF", pattern: "Solid" }),
  fc.integer({ min: 0, max: 0xffffff }).map((n) => ({ color: `#${n.toString(16).padStart(6, "0").toUpperCase()}`, pattern: "Solid" })),
  fc.constant({ color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" }),
);

const record: fc.Arbitrary<MarkRecord> = fc
  .array(
    fc.record({
      id: fc.uuid(),
      name: fc.string({ minLength: 1, maxLength: 20 }),
      cells: fc.array(fc.record({ row: fc.integer({ min: 0, max: 2_000 }), column: fc.integer({ min: 0, max: 30 }), mark: fc.constantFrom("e" as const, "w" as const), prior })),
      notes: fc.array(fc.string({ maxLength: 50 }).map(textHash)),
    }),
    { maxLength: 3 },
  )
  .map((sheets) => {
    const result: MarkRecord = new Map();
    for (const s of sheets) {
      const cells = new Map(s.cells.map((c) => [cellKey(c.row, c.column), { mark: c.mark, prior: c.prior }] as const));
      if (cells.size > 0 || s.notes.length > 0) result.set(s.id, { name: s.name, cells, notes: new Set(s.notes) });
    }
    return result;
  });

describe("the marks record", () => {
  it("survives writing and reading, cell by cell, no fill apart from white", () => {
    fc.assert(
      fc.property(record, (r) => {
        const back = parseRecord(serializeRecord(r));
        expect(back).toEqual(r);
      }),
    );
  });

  it("is empty text when empty, and refuses text it did not write", () => {
    expect(serializeRecord(new Map())).toBe("");
    expect(parseRecord("").size).toBe(0);
    expect(() => parseRecord('{"v":2}')).toThrow();
    expect(() => parseRecord('{"v":1,"s":{"x":{"n":"A","g":[{"p":null,"m":"x","a":"A1"}]}}}')).toThrow();
  });

  it("keeps runs compact", () => {
    const cells = new Map(Array.from({ length: 5_000 }, (_, i) => [cellKey(10 + i, 2), { mark: "e" as const, prior: null }] as const));
    const text = serializeRecord(new Map([["id", { name: "Plan", cells, notes: new Set<string>() }]]));
    expect(text).toContain('"a":"C11:C5010"');
    expect(text.length).toBeLessThan(100);
  });

  it("splits into settings chunks and joins back, in any order of keys", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 * MARK_CHUNK_CHARS }).filter((s) => s.length > 0), fc.integer({ min: 1, max: 4 }), (text, shuffle) => {
        const chunks = splitRecord(text);
        const values: (string | null)[] = [...chunks, null, null];
        const rotated = values.slice(shuffle % values.length).concat(values.slice(0, shuffle % values.length));
        expect(joinRecord(rotated)).toBe(text);
      }),
      { numRuns: 20 },
    );
    expect(joinRecord([null, null])).toBe("");
    expect(() => joinRecord(["0/2:abc"])).toThrow(/Incomplete/);
  });
});

describe("fills", () => {
  it("tells no fill from white", () => {
    expect(fillOf("#FFFFFF", "None", "#000000")).toBeNull();
    expect(fillOf("#FFFFFF", "Solid", "#000000")).toEqual({ color: "#FFFFFF", pattern: "Solid" });
    expect(fillOf("#ffff00", "Gray25", "#ff0000")).toEqual({ color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" });
    expect(fillOf(null, null)).toBeUndefined();
  });

  it("recognises the add-in's own colour", () => {
    expect(isMarkFill({ color: ERROR_FILL, pattern: "Solid" }, "e")).toBe(true);
    expect(isMarkFill({ color: ERROR_FILL, pattern: "Solid" }, "w")).toBe(false);
    expect(isMarkFill(null, "e")).toBe(false);
  });
});

describe("notes", () => {
  it("say why, once per message, in the pane's language", () => {
    expect(noteText(["Too long.", "Too long.", "Wrong country."], "en")).toBe("Erasmus+ plan audit:\n• Too long.\n• Wrong country.");
    expect(noteText(["Par garu."], "lv")).toBe("Erasmus+ plāna audits:\n• Par garu.");
    expect(noteText(["x".repeat(5_000)], "en").length).toBe(2_000);
  });

  it("are recognised by a hash of their exact text", () => {
    expect(textHash("a")).toBe(textHash("a"));
    expect(textHash("a")).not.toBe(textHash("a "));
  });

  it("name their sheet in the address", () => {
    expect(sheetOfAddress("Plan!C5")).toBe("Plan");
    expect(sheetOfAddress("'Plāns 2026''s'!C5")).toBe("Plāns 2026's");
  });
});
