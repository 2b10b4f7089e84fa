import { HEADER_SEARCH_ROWS } from "../../src/audit";
import { PREVIEW_COLUMNS, PREVIEW_TEXT, sheetPreview } from "../../src/excel/preview";

describe("sheetPreview: a sheet's first rows as text, for the pane's column picker", () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [`r${i + 1}`, null, { date: "2026-10-05" }, ""]);

  it("keeps the rows the header is searched in, as text, without trailing empty cells", () => {
    const preview = sheetPreview({ name: "Plāns", rows: rows(40), firstRow: 1, firstColumn: 1 });
    expect(preview.rows).toHaveLength(HEADER_SEARCH_ROWS);
    expect(preview.rows[0]).toEqual(["r1", "", "2026-10-05"]);
    expect(preview).toMatchObject({ sheet: "Plāns", firstRow: 1, firstColumn: 1 });
  });

  it("reaches down to a header row below the searched rows, and no further than the sheet", () => {
    expect(sheetPreview({ name: "S", rows: rows(40), firstRow: 1, firstColumn: 1 }, 35).rows).toHaveLength(35);
    expect(sheetPreview({ name: "S", rows: rows(40), firstRow: 1, firstColumn: 1 }, 80).rows).toHaveLength(40);
    // A used range that starts on row 3: rows 3 to 30.
    expect(sheetPreview({ name: "S", rows: rows(40), firstRow: 3, firstColumn: 2 }).rows).toHaveLength(HEADER_SEARCH_ROWS - 2);
  });

  it("cuts long texts and wide rows short", () => {
    const wide = [Array.from({ length: PREVIEW_COLUMNS + 5 }, () => "x".repeat(PREVIEW_TEXT + 1))];
    const [row] = sheetPreview({ name: "S", rows: wide }).rows;
    expect(row).toHaveLength(PREVIEW_COLUMNS);
    expect(row[0]).toHaveLength(PREVIEW_TEXT);
    expect(row[0].endsWith("…")).toBe(true);
    expect(sheetPreview({ name: "S", rows: [["x".repeat(PREVIEW_TEXT)]] }).rows[0][0]).toHaveLength(PREVIEW_TEXT);
  });
});
