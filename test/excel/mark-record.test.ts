/** The mark record kept in the workbook's settings: round trip, older records, and tampered text ignored, never thrown. */
import fc from "fast-check";
import { cellKey } from "../../src/excel/address";
import type { Prior } from "../../src/excel/fills";
import { MAX_RECORD_CELLS, type MarkRecord, serializeRecord } from "../../src/excel/mark-record";
import { joinRecord, parseRecord } from "../../src/excel/read-record";
import { MARK_CHUNK_CHARS, splitRecord } from "../../src/excel/record-chunks";
import { textHash } from "../../src/excel/notes";

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
      cells: fc.array(
        fc.record({
          row: fc.integer({ min: 0, max: 2_000 }),
          column: fc.integer({ min: 0, max: 30 }),
          fill: fc.constantFrom("#FFC7CE", "#FFEB9C", "#DDEBF7"),
          prior,
        }),
      ),
      notes: fc.array(fc.string({ maxLength: 50 }).map(textHash)),
    }),
    { maxLength: 3 },
  )
  .map((sheets) => {
    const result: MarkRecord = new Map();
    for (const s of sheets) {
      const cells = new Map(s.cells.map((c) => [cellKey(c.row, c.column), { fill: c.fill, prior: c.prior }] as const));
      if (cells.size > 0 || s.notes.length > 0) result.set(s.id, { name: s.name, cells, notes: new Set(s.notes) });
    }
    return result;
  });

/** A valid record's text with one value somewhere in it replaced. */
function tamper(text: string, at: number, by: unknown): string {
  const json = JSON.parse(text) as unknown;
  const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      slots.push({ parent: value as Record<string, unknown>, key: Array.isArray(value) ? Number(key) : key });
      walk(child);
    }
  };
  walk(json);
  const slot = slots[at % slots.length];
  (slot.parent as Record<string | number, unknown>)[slot.key] = by;
  return JSON.stringify(json);
}

describe("the mark record", () => {
  it("survives writing and reading, cell by cell, no fill apart from white", () => {
    fc.assert(
      fc.property(record, (r) => expect(parseRecord(serializeRecord(r))).toEqual(r)),
      { seed: 801, numRuns: 100 },
    );
  });

  it("is empty text when empty", () => {
    expect(serializeRecord(new Map())).toBe("");
    expect(parseRecord("")?.size).toBe(0);
  });

  it("keeps runs compact", () => {
    const cells = new Map(Array.from({ length: 5_000 }, (_, i) => [cellKey(10 + i, 2), { fill: "#FFC7CE", prior: null }] as const));
    const text = serializeRecord(new Map([["id", { name: "Plan", cells, notes: new Set<string>() }]]));
    expect(text).toBe('{"v":2,"s":{"id":{"n":"Plan","g":[{"p":null,"f":"#FFC7CE","a":"C11:C5010"}]}}}');
  });

  it("keeps each marked row's print and the columns it covers; a record written before prints reads as it did", () => {
    const cells = new Map([
      [cellKey(12, 6), { fill: "#FFEB9C", prior: null }],
      [cellKey(12, 7), { fill: "#FFEB9C", prior: null }],
      [cellKey(20, 6), { fill: "#FFEB9C", prior: null }],
    ]);
    const source = { span: { first: 0, last: 13 }, print: (row: number) => (row === 20 ? undefined : `p${row}`) };
    const text = serializeRecord(new Map([["id", { name: "Plan", cells, notes: new Set<string>() }]]), new Map([["id", source]]));
    expect(JSON.parse(text)).toEqual({
      v: 2,
      s: { id: { n: "Plan", g: [{ p: null, f: "#FFEB9C", a: "G13,G21,H13" }], c: "A:N", r: "p12," } },
    });
    const back = parseRecord(text)?.get("id");
    expect(back?.prints).toEqual({ span: { first: 0, last: 13 }, rows: new Map([[12, "p12"]]) });
    // Written again without a source, the prints read back are kept.
    expect(serializeRecord(parseRecord(text) as MarkRecord)).toBe(text);
    expect(parseRecord('{"v":2,"s":{"id":{"n":"Plan","g":[{"p":null,"f":"#FFEB9C","a":"G13"}]}}}')?.get("id")?.prints).toBeUndefined();
  });

  it("ignores prints it did not write: the whole record is unreadable, as for any other tampering", () => {
    const record = (prints: string) => `{"v":2,"s":{"id":{"n":"Plan","g":[{"p":null,"f":"#FFEB9C","a":"G13"}],${prints}}}}`;
    for (const prints of [
      '"c":"A:N","r":"ABC"',
      '"c":"A:N","r":"13:abc"',
      '"c":"A1:N","r":"abc"',
      '"c":"A:N","r":"abcdefghij"',
      '"c":"A:N","r":7',
    ])
      expect(parseRecord(record(prints))).toBeUndefined();
    // A span running backwards, or not one print per marked row: the prints alone are dropped (Clear then finds marks
    // only where they were recorded).
    for (const prints of ['"c":"N:A","r":"abc"', '"c":"A:N","r":"abc,def"'])
      expect(parseRecord(record(prints))?.get("id")?.prints).toBeUndefined();
  });

  it("reads the first format (v1), whose marks 'e' and 'w' were that version's red and amber", () => {
    const v1 =
      '{"v":1,"s":{"{A1}":{"n":"Plan","g":[{"p":null,"m":"e","a":"C5:C6"},{"p":{"c":"#FFFFFF","p":"Solid"},"m":"w","a":"D5"}],"h":["abc"]}}}';
    expect(parseRecord(v1)).toEqual(
      new Map([
        [
          "{A1}",
          {
            name: "Plan",
            cells: new Map([
              [cellKey(4, 2), { fill: "#F4B6B6", prior: null }],
              [cellKey(5, 2), { fill: "#F4B6B6", prior: null }],
              [cellKey(4, 3), { fill: "#FFE699", prior: { color: "#FFFFFF", pattern: "Solid" } }],
            ]),
            notes: new Set(["abc"]),
          },
        ],
      ]),
    );
  });

  it("ignores text it did not write: an unknown version, a wrong kind, a bad address, a fill pattern Excel lacks", () => {
    for (const text of [
      "not json",
      "null",
      '{"v":3,"s":{}}',
      '{"v":1,"s":{"x":{"n":"A","g":[{"p":null,"m":"i","a":"A1"}]}}}',
      '{"v":2,"s":{"x":{"n":"A","g":[{"p":null,"f":"red","a":"A1"}]}}}',
      '{"v":2,"s":{"x":{"n":"A","g":[{"p":null,"f":"#FFC7CE","a":"A1;B2"}]}}}',
      '{"v":2,"s":{"x":{"n":"A","g":[{"p":null,"f":"#FFC7CE","a":"A0"}]}}}',
      '{"v":2,"s":{"x":{"n":"A","g":[{"p":{"c":"#FFFFFF","p":"Evil"},"f":"#FFC7CE","a":"A1"}]}}}',
    ]) {
      expect([text, parseRecord(text)]).toEqual([text, undefined]);
    }
  });

  it("ignores an area naming more cells than a record can hold, without expanding it", () => {
    expect(parseRecord('{"v":2,"s":{"x":{"n":"A","g":[{"p":null,"f":"#FFC7CE","a":"A1:XFD1048576"}]}}}')).toBeUndefined();
    const just = Math.floor(MAX_RECORD_CELLS / 10);
    expect(parseRecord(`{"v":2,"s":{"x":{"n":"A","g":[{"p":null,"f":"#FFC7CE","a":"A1:J${just}"}]}}}`)?.get("x")?.cells.size).toBe(
      MAX_RECORD_CELLS,
    );
  });

  it("never throws on arbitrary JSON or text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string(),
        ),
        (text) => {
          const parsed = parseRecord(text);
          expect(parsed === undefined || parsed instanceof Map).toBe(true);
        },
      ),
      { seed: 802, numRuns: 500 },
    );
  });

  it("never throws on a valid record with one value replaced, and reads it whole or not at all", () => {
    const replacement = fc.oneof(fc.jsonValue(), fc.constantFrom("e", "w", "i", "#FFC7CE", "A1:B2", "ZZZZ1", 2, null));
    fc.assert(
      fc.property(
        record.filter((r) => r.size > 0),
        fc.nat(),
        replacement,
        (r, at, by) => {
          const parsed = parseRecord(tamper(serializeRecord(r), at, by));
          if (parsed !== undefined)
            for (const sheet of parsed.values()) for (const cell of sheet.cells.values()) expect(cell.fill).toMatch(/^#[0-9A-F]{6}$/);
        },
      ),
      { seed: 803, numRuns: 300 },
    );
  });
});

describe("the record's settings chunks", () => {
  it("split and join back, in any order of keys", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3 * MARK_CHUNK_CHARS }).filter((s) => s.length > 0),
        fc.integer({ min: 1, max: 4 }),
        (text, shuffle) => {
          const chunks = splitRecord(text);
          const values: (string | null)[] = [...chunks, null, null];
          const rotated = values.slice(shuffle % values.length).concat(values.slice(0, shuffle % values.length));
          expect(joinRecord(rotated)).toBe(text);
        },
      ),
      { seed: 804, numRuns: 20 },
    );
    expect(joinRecord([null, null])).toBe("");
  });

  it("are ignored when missing, repeated, inconsistent or not chunks at all", () => {
    expect(joinRecord(["0/2:abc"])).toBeUndefined();
    expect(joinRecord(["0/3:a", "2/3:c", null])).toBeUndefined();
    expect(joinRecord(["0/2:a", "0/2:a"])).toBeUndefined();
    expect(joinRecord(["0/2:a", "1/3:b"])).toBeUndefined();
    expect(joinRecord(["hello"])).toBeUndefined();
    expect(joinRecord([42, null])).toBeUndefined();
    expect(joinRecord(["0/1:x"])).toBe("x");
  });
});
