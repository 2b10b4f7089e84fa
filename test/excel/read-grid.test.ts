import fc from "fast-check";
import { cellCount } from "../../src/excel/address";
import { FIRST_PIECES, cellValue, isDateFormat, planBlocks, subtractRects } from "../../src/excel/read-grid";

describe("number formats", () => {
  it.each([
    "dd.mm.yyyy",
    "d/m/yy",
    "m/d/yyyy",
    "yyyy-mm-dd",
    "[$-426]dd.mm.yyyy;@",
    "d. mmmm yyyy",
    "mmm-yy",
    "dd.mm.yyyy hh:mm",
    "[Red]dd/mm/yyyy",
  ])("%s is a date", (format) => expect(isDateFormat(format)).toBe(true));

  it.each(["General", "0", "0.00", "#,##0", "@", "h:mm", "[h]:mm:ss", "mm:ss", '0 "days"', '0" m"', "0.00E+00", "", "hh:mm AM/PM"])(
    "%s is no date",
    (format) => expect(isDateFormat(format)).toBe(false),
  );

  it("reads numbers with a date format as dates, in either date system", () => {
    expect(cellValue(46266, true, false)).toEqual({ date: "2026-09-01" });
    expect(cellValue(46266 - 1462, true, true)).toEqual({ date: "2026-09-01" });
    expect(cellValue(46266, false, false)).toBe(46266);
    expect(cellValue("", false, false)).toBe("");
    expect(cellValue("#N/A", false, false)).toBe("#N/A");
  });
});

describe("blocks", () => {
  const rect = fc
    .record({
      row: fc.integer({ min: 0, max: 30_000 }),
      column: fc.integer({ min: 0, max: 200 }),
      rows: fc.integer({ min: 1, max: 150_000 }),
      columns: fc.integer({ min: 1, max: 150 }),
    })
    .map((r) => r);

  it("the used range minus the first pieces is covered exactly once", () => {
    fc.assert(
      fc.property(rect, (used) => {
        const rest = subtractRects(used, FIRST_PIECES);
        const pieces = FIRST_PIECES.map((p) => {
          const row = Math.max(p.row, used.row);
          const column = Math.max(p.column, used.column);
          const rows = Math.min(p.row + p.rows, used.row + used.rows) - row;
          const columns = Math.min(p.column + p.columns, used.column + used.columns) - column;
          return rows > 0 && columns > 0 ? rows * columns : 0;
        });
        expect(rest.reduce((n, r) => n + cellCount(r), 0) + pieces.reduce((a, b) => a + b, 0)).toBe(cellCount(used));
        for (const r of rest) {
          expect(r.row).toBeGreaterThanOrEqual(used.row);
          expect(r.row + r.rows).toBeLessThanOrEqual(used.row + used.rows);
          for (const p of FIRST_PIECES) {
            const overlap =
              Math.min(r.row + r.rows, p.row + p.rows) > Math.max(r.row, p.row) &&
              Math.min(r.column + r.columns, p.column + p.columns) > Math.max(r.column, p.column);
            expect(overlap).toBe(false);
          }
        }
      }),
      { seed: 824 },
    );
  });

  it("a plan of 20,000 rows and 16 columns under a title and header needs no block after the first read", () => {
    expect(subtractRects({ row: 0, column: 0, rows: 20_010, columns: 16 }, FIRST_PIECES)).toEqual([]);
  });

  it("plans blocks under the budget that cover the rectangles", () => {
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 4 }), fc.double({ min: 4, max: 200, noNaN: true }), (rects, bytesPerCell) => {
        const blocks = planBlocks(rects, bytesPerCell, 4_000_000);
        expect(blocks.reduce((n, b) => n + cellCount(b), 0)).toBe(rects.reduce((n, r) => n + cellCount(r), 0));
        for (const block of blocks) if (block.rows > 1) expect(block.rows * block.columns * bytesPerCell).toBeLessThanOrEqual(4_000_000);
      }),
      { seed: 825 },
    );
  });
});
