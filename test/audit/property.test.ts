/**
 * Properties of the whole audit over random workbooks (fast-check): it never throws, and every issue with a cell points
 * at a cell inside its sheet's grid (an unreadable or error cell at a cell that holds something); project-level issues
 * carry no cell and no row; the summary adds up. With a header row fixed, the table is found and every row is audited.
 */
import fc from "fast-check";
import {
  auditWorkbook,
  cellError,
  columnNumber,
  isBlank,
  matchHeader,
  type AuditField,
  type AuditReport,
  type CellValue,
  type SheetGrid,
  type WorkbookGrid,
} from "../../src/audit";
import { LV_HEADERS } from "./helpers";

/** Cells that make the engine work: header words, settings labels, totals, activity labels, dates, numbers, errors. */
const POOL: readonly CellValue[] = [
  ...Object.values(LV_HEADERS),
  "Start Date",
  "End Date",
  "Activity Type",
  "Receiving Country",
  "Participant Group",
  "Nr.",
  "Sektors",
  "Sektors: VET",
  "Sector:",
  "Projekta sākums",
  "Projekta beigas: 31.05.2027",
  "Konkursa kārta",
  "Valsts:",
  "VET",
  "SCH",
  "ADU",
  "Kopā",
  "Total",
  "Piezīme: teksts",
  "* zemsvītra",
  "Ēnošana darbā",
  "Kursi un apmācības",
  "Izglītojamo grupu mobilitāte",
  "Job shadowing",
  "LM-SHORT-VET",
  "Sagatavošanās vizīte",
  "Pavadošā persona",
  "Izglītojamais",
  "Anna",
  "Dr. Weber",
  "A grupa",
  "DE",
  "LV",
  "Vācija",
  "CH",
  "Atlantīda",
  "07.09.2026",
  "11.09.2026.",
  "2026-09-07",
  "31.02.2026",
  "1.6.2026",
  "46272",
  46_272,
  46_276,
  44_810,
  60,
  0,
  1,
  5,
  -1,
  2.5,
  1e9,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  "12 dienas",
  "jā",
  "nē",
  "x",
  "✓",
  "maybe",
  true,
  false,
  null,
  undefined,
  "",
  "   ",
  { date: "2026-09-07" },
  { date: "2026-02-31" },
  { error: "#N/A" },
  { error: "#REF!" },
  "#VALUE!",
  "#DIV/0!",
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "ž".repeat(3_000),
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...POOL) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.record({ error: fc.constantFrom("#N/A", "#NAME?", "#SPILL!", "") }) },
  { weight: 1, arbitrary: fc.record({ date: fc.string({ maxLength: 12 }) }) },
);

const rows = (maxRows: number, maxWidth: number) => fc.array(fc.array(cell, { maxLength: maxWidth }), { maxLength: maxRows });

const SHEET_NAMES = ["Plāns", "Projekts", "Project", "Sheet1", "Dalībnieki", "<b>Lapa</b>", ""];

const position = {
  firstRow: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined }),
  firstColumn: fc.option(fc.integer({ min: 1, max: 16_000 }), { nil: undefined }),
};

const workbook: fc.Arbitrary<WorkbookGrid> = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...SHEET_NAMES), { maxLength: 3 }), fc.boolean())
  .chain(([names, date1904]) =>
    fc
      .tuple(...names.map((name) => fc.record({ name: fc.constant(name), rows: rows(40, 12), ...position })))
      .map((sheets) => ({ sheets: sheets as SheetGrid[], date1904 })),
  );

const options = fc.record(
  {
    language: fc.constantFrom("en" as const, "lv" as const),
    project: fc.record(
      {
        sector: fc.constantFrom("VET", "SCH", "ADU", "Augstākā"),
        start: fc.constantFrom("2026-06-01", "2027-01-01"),
        end: fc.constantFrom("2027-05-31", "2026-07-01"),
        country: fc.constantFrom("LV", "DE", "Marss"),
        call: fc.constantFrom("2026-R1", "2026-R2", "9"),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const A1 = /^([A-Z]{1,3})([1-9]\d*)$/;

/**
 * What is wrong with a report, as sentences (none for a good one): a cell outside its grid, a project issue with a
 * cell, a summary that does not add up. Collected rather than asserted one by one: jest's expect is slow in a loop.
 */
function faults(report: AuditReport, book: WorkbookGrid): string[] {
  const found: string[] = [];
  const fault = (issue: unknown, what: string) => found.push(`${what}: ${JSON.stringify(issue)}`);
  for (const issue of report.issues) {
    if (typeof issue.message !== "string" || issue.message === "") fault(issue, "no message");
    if (!["error", "warning", "info"].includes(issue.severity)) fault(issue, "unknown severity");
    if (issue.cell === null) {
      if (issue.row !== null || issue.sheet !== null) fault(issue, "a sheet or row without a cell");
      continue;
    }
    const grid = book.sheets.find((s) => s.name === issue.sheet);
    const match = A1.exec(issue.cell);
    if (!grid || !match) {
      fault(issue, "no such sheet or not an A1 address");
      continue;
    }
    const firstRow = grid.firstRow ?? 1;
    const firstColumn = grid.firstColumn ?? 1;
    const width = Math.max(0, ...grid.rows.map((r) => r.length));
    const row = Number(match[2]);
    const column = columnNumber(match[1]);
    if (issue.row !== row) fault(issue, "row and address disagree");
    if (row < firstRow || row >= firstRow + grid.rows.length) fault(issue, "row outside the grid");
    if (column < firstColumn || column >= firstColumn + width) fault(issue, "column outside the grid");
    if (issue.rule !== "value-unreadable" && issue.rule !== "cell-error") continue;
    // A cell said to be unreadable or an error holds something, and an error cell holds an error (or, for a setting
    // written "Label: #N/A" in one cell, text with the error after the colon).
    const value = grid.rows[row - firstRow]?.[column - firstColumn];
    if (isBlank(value)) fault(issue, "an unreadable cell that is blank");
    const inline = typeof value === "string" && value.includes(":");
    if (issue.rule === "cell-error" && !inline && cellError(value) === undefined) fault(issue, "an error cell without an error");
  }
  const { errors, warnings, info, rows: checked } = report.summary;
  if (errors + warnings + info !== report.issues.length) found.push("the summary does not count every issue");
  if (checked !== report.tables.reduce((n, t) => n + t.rows, 0)) found.push("the summary's rows are not the tables' rows");
  return found;
}

describe("random workbooks", () => {
  test("never make the audit throw, and every issue points at a cell inside its grid", () => {
    fc.assert(
      fc.property(workbook, options, (book, opts) => {
        expect(faults(auditWorkbook(book, opts), book)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("random rows under a fixed header", () => {
  const FIELDS = Object.keys(LV_HEADERS) as AuditField[];

  const plan = fc
    .record({
      // The participant column first, so that every data row starts with a name; the dates make it a table.
      fields: fc
        .shuffledSubarray(FIELDS.filter((f) => !["participant", "start", "end"].includes(f)))
        .map((rest) => ["participant", "start", "end", ...rest] as AuditField[]),
      above: rows(8, 6),
      data: fc.array(fc.array(cell, { maxLength: 12 }), { minLength: 1, maxLength: 15 }),
      firstRow: fc.integer({ min: 1, max: 10 }),
      firstColumn: fc.integer({ min: 1, max: 500 }),
      date1904: fc.boolean(),
    })
    .filter(({ above, firstRow }) => firstRow - 1 + above.length < 29);

  test("the table is found on its row and every data row is audited", () => {
    fc.assert(
      fc.property(plan, options, ({ fields, above: aboveRows, data, firstRow, firstColumn, date1904 }, opts) => {
        // No other cell names a field, so that the header row is the one that names the most.
        const quiet = (c: CellValue) => (typeof c === "string" && matchHeader(c) ? `x ${c}` : c);
        const above = aboveRows.map((r) => r.map(quiet));
        const header = fields.map((f) => LV_HEADERS[f]);
        const body = data.map((r, i) => [`Dalībnieks ${i + 1}`, ...r.slice(1).map(quiet)]);
        const book: WorkbookGrid = { sheets: [{ name: "Plāns", rows: [...above, header, ...body], firstRow, firstColumn }], date1904 };
        const report = auditWorkbook(book, opts);

        const headerRow = firstRow + above.length;
        expect(report.tables).toHaveLength(1);
        expect(report.tables[0].headerRow).toBe(headerRow);
        expect(Object.keys(report.tables[0].columns).sort()).toEqual([...fields].sort());
        expect(report.summary.rows).toBe(body.length);
        const misplaced = report.issues.filter((issue) => {
          if (issue.cell === null) return false;
          // Settings issues stand above the header; row issues on data rows, in a column of the table.
          if (issue.row !== null && issue.row > headerRow)
            return columnNumber(issue.cell.replace(/\d+$/, "")) - firstColumn >= fields.length;
          return issue.rule !== "value-unreadable" && issue.rule !== "cell-error";
        });
        expect(misplaced).toEqual([]);
        expect(faults(report, book)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
