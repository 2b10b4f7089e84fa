import fc from "fast-check";
import {
  CHUNK_AREAS,
  CHUNK_CHARS,
  cellA1,
  chunkAddresses,
  columnRuns,
  intersect,
  parseAddress,
  rectAddress,
} from "../../src/excel/address";

describe("addresses", () => {
  it("parses what Excel returns, sheet names and $ included", () => {
    expect(parseAddress("C5")).toEqual({ row: 4, column: 2, rows: 1, columns: 1 });
    expect(parseAddress("Plan!C5:D9")).toEqual({ row: 4, column: 2, rows: 5, columns: 2 });
    expect(parseAddress("'My plan'!$AA$10:$AB$12")).toEqual({ row: 9, column: 26, rows: 3, columns: 2 });
    expect(() => parseAddress("nonsense")).toThrow(/Not a cell address/);
  });

  it("writes rectangles back as A1", () => {
    expect(rectAddress({ row: 4, column: 2, rows: 1, columns: 1 })).toBe("C5");
    expect(rectAddress({ row: 4, column: 2, rows: 5, columns: 1 })).toBe("C5:C9");
    expect(cellA1(0, 16_383)).toBe("XFD1");
  });

  it("round-trips rectangles", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 16_000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (row, column, rows, columns) => {
          const rect = { row, column, rows, columns };
          expect(parseAddress(rectAddress(rect))).toEqual(rect);
        },
      ),
      { seed: 821 },
    );
  });

  it("intersects rectangles", () => {
    expect(intersect({ row: 0, column: 0, rows: 10, columns: 10 }, { row: 5, column: 8, rows: 10, columns: 10 })).toEqual({
      row: 5,
      column: 8,
      rows: 5,
      columns: 2,
    });
    expect(intersect({ row: 0, column: 0, rows: 10, columns: 10 }, { row: 10, column: 0, rows: 1, columns: 1 })).toBeUndefined();
  });

  it("merges cells into vertical runs that cover exactly the cells", () => {
    expect(
      columnRuns([
        { row: 4, column: 2 },
        { row: 5, column: 2 },
        { row: 6, column: 2 },
        { row: 8, column: 2 },
        { row: 4, column: 3 },
      ]).map(rectAddress),
    ).toEqual(["C5:C7", "C9", "D5"]);
    fc.assert(
      fc.property(fc.array(fc.record({ row: fc.integer({ min: 0, max: 60 }), column: fc.integer({ min: 0, max: 5 }) })), (cells) => {
        const covered = new Set<string>();
        for (const run of columnRuns(cells)) {
          expect(run.columns).toBe(1);
          for (let r = 0; r < run.rows; r++) covered.add(`${run.row + r}:${run.column}`);
        }
        expect(covered).toEqual(new Set(cells.map((c) => `${c.row}:${c.column}`)));
      }),
      { seed: 822 },
    );
  });

  it("chunks address lists under the character and area limits, keeping every address once and in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ row: fc.integer({ min: 0, max: 1_048_000 }), column: fc.integer({ min: 0, max: 16_000 }) }), {
          maxLength: 3_000,
        }),
        (cells) => {
          const addresses = cells.map((c) => cellA1(c.row, c.column));
          const chunks = chunkAddresses(addresses);
          for (const chunk of chunks) {
            expect(chunk.length).toBeLessThanOrEqual(CHUNK_CHARS);
            expect(chunk.split(",").length).toBeLessThanOrEqual(CHUNK_AREAS);
          }
          expect(chunks.flatMap((c) => c.split(","))).toEqual(addresses);
        },
      ),
      { seed: 823, numRuns: 50 },
    );
  });
});
