/** Cell marks (src/audit/cell-marks.ts): the one model of which cells a report marks, with what fill and note. */
import { cellMarks, cellPosition, MARK_FILLS, NOTE_MAX, noteText, type AuditIssue, type AuditReport, type CellMark } from "../../src/audit";
import type { Language, RuleId, Severity } from "../../src/rules";

function issue(sheet: string | null, cell: string | null, severity: Severity, message: string, rule = "date-order"): AuditIssue {
  const row = cell === null ? null : Number(/\d+/.exec(cell)![0]);
  return { sheet, cell, row, field: null, rule: rule as RuleId, severity, message };
}

function report(issues: AuditIssue[], language: Language = "en"): AuditReport {
  return { language, tables: [], project: {}, projectSources: {}, issues, summary: { errors: 0, warnings: 0, info: 0, rows: 0 } };
}

/** Issues in the order an audit might give them: sheets interleaved, rows and columns out of order. */
const ISSUES: AuditIssue[] = [
  issue("Plan", "E12", "warning", "The stated duration (6 days) differs from the dates (5 days)."),
  issue(null, null, "error", "The project has no sector."),
  issue("Plan", "C5", "info", "Host country written as “Vacija”; read as Germany."),
  issue("Visits", "B3", "error", "The end date is before the start date."),
  issue("Plan", "E12", "error", "The end date is before the start date."),
  issue("Plan", "AA5", "warning", "Green travel is not stated."),
  issue("Plan", "E12", "warning", "The stated duration (6 days) differs from the dates (5 days)."),
  issue("Plan", "B5", "info", "Sector read as school education."),
  issue("Visits", "B3", "info", "Start date read as 2026-09-01."),
];

describe("cellMarks", () => {
  test("one mark per flagged cell: worst severity, distinct messages in report order, by sheet as first met, row, column", () => {
    const expected: CellMark[] = [
      {
        sheet: "Plan",
        cell: "B5",
        row: 5,
        column: 2,
        severity: "info",
        fill: "#DDEBF7",
        note: "Erasmus+ plan audit:\n• Sector read as school education.",
        messages: ["Sector read as school education."],
      },
      {
        sheet: "Plan",
        cell: "C5",
        row: 5,
        column: 3,
        severity: "info",
        fill: "#DDEBF7",
        note: "Erasmus+ plan audit:\n• Host country written as “Vacija”; read as Germany.",
        messages: ["Host country written as “Vacija”; read as Germany."],
      },
      {
        sheet: "Plan",
        cell: "AA5",
        row: 5,
        column: 27,
        severity: "warning",
        fill: "#FFEB9C",
        note: "Erasmus+ plan audit:\n• Green travel is not stated.",
        messages: ["Green travel is not stated."],
      },
      {
        sheet: "Plan",
        cell: "E12",
        row: 12,
        column: 5,
        severity: "error",
        fill: "#FFC7CE",
        note: "Erasmus+ plan audit:\n• The stated duration (6 days) differs from the dates (5 days).\n• The end date is before the start date.",
        messages: ["The stated duration (6 days) differs from the dates (5 days).", "The end date is before the start date."],
      },
      {
        sheet: "Visits",
        cell: "B3",
        row: 3,
        column: 2,
        severity: "error",
        fill: "#FFC7CE",
        note: "Erasmus+ plan audit:\n• The end date is before the start date.\n• Start date read as 2026-09-01.",
        messages: ["The end date is before the start date.", "Start date read as 2026-09-01."],
      },
    ];
    expect(cellMarks(report(ISSUES))).toEqual(expected);
  });

  test("the sheet order is the order sheets are first met in the report, not alphabetical", () => {
    const marks = cellMarks(
      report([issue("Zeta", "A2", "info", "z"), issue("Alpha", "A1", "info", "a"), issue("Zeta", "A1", "info", "z1")]),
    );
    expect(marks.map((m) => `${m.sheet}!${m.cell}`)).toEqual(["Zeta!A1", "Zeta!A2", "Alpha!A1"]);
  });

  test("a report without located issues marks nothing", () => {
    expect(cellMarks(report([]))).toEqual([]);
    expect(cellMarks(report([issue(null, null, "error", "The project has no sector.")]))).toEqual([]);
  });

  test("the note is in the report's language", () => {
    const [mark] = cellMarks(report([issue("Plāns", "D7", "warning", "Zaļais ceļojums nav norādīts.")], "lv"));
    expect(mark.note).toBe("Erasmus+ plāna audits:\n• Zaļais ceļojums nav norādīts.");
  });

  test("shownAt moves issues to the cell that shows them and joins those that meet there", () => {
    // D5:D7 is one merged cell shown at D5.
    const shownAt = (sheet: string, cell: string) => (sheet === "Plan" && ["D6", "D7"].includes(cell) ? "D5" : cell);
    const marks = cellMarks(
      report([
        issue("Plan", "D7", "warning", "Group G1 has 2 mentors."),
        issue("Plan", "D6", "error", "Group G1 is unknown."),
        issue("Plan", "E6", "info", "e"),
      ]),
      { shownAt },
    );
    expect(marks).toEqual([
      {
        sheet: "Plan",
        cell: "D5",
        row: 5,
        column: 4,
        severity: "error",
        fill: "#FFC7CE",
        note: "Erasmus+ plan audit:\n• Group G1 has 2 mentors.\n• Group G1 is unknown.",
        messages: ["Group G1 has 2 mentors.", "Group G1 is unknown."],
      },
      {
        sheet: "Plan",
        cell: "E6",
        row: 6,
        column: 5,
        severity: "info",
        fill: "#DDEBF7",
        note: "Erasmus+ plan audit:\n• e",
        messages: ["e"],
      },
    ]);
  });
});

describe("MARK_FILLS", () => {
  test("Excel's Bad and Neutral cell-style fills, and light blue for info", () => {
    expect(MARK_FILLS).toEqual({ error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" });
  });
});

describe("noteText", () => {
  test("a title line, then one bullet per distinct message", () => {
    expect(noteText(["a", "b", "a"], "en")).toBe("Erasmus+ plan audit:\n• a\n• b");
    expect(noteText(["a"], "lv")).toBe("Erasmus+ plāna audits:\n• a");
  });

  test("a note of exactly NOTE_MAX characters is kept whole; one more is cut to NOTE_MAX with an ellipsis", () => {
    const title = "Erasmus+ plan audit:\n• ";
    const fits = "x".repeat(2_000 - title.length);
    expect(NOTE_MAX).toBe(2_000);
    expect(noteText([fits], "en")).toBe(title + fits);
    const cut = noteText([`${fits}y`], "en");
    expect(cut).toHaveLength(2_000);
    expect(cut).toBe(`${title}${fits.slice(0, -1)}…`);
  });

  test("the cut never splits a surrogate pair", () => {
    const title = "Erasmus+ plan audit:\n• ";
    // The emoji's high surrogate would be the last character kept.
    const text = `${"x".repeat(2_000 - title.length - 2)}😀tail`;
    const cut = noteText([text], "en");
    expect(cut).toBe(`${title}${"x".repeat(2_000 - title.length - 2)}…`);
    expect(cut).toHaveLength(1_999);
  });
});

describe("cellPosition", () => {
  test.each([
    ["A1", 1, 1],
    ["e12", 12, 5],
    ["$AA$5", 5, 27],
    ["XFD1048576", 1_048_576, 16_384],
  ])("%s is row %i, column %i", (address, row, column) => {
    expect(cellPosition(address)).toEqual({ row, column });
  });

  test.each(["", "A0", "5A", "A1:B2", "ABCD1", "Sheet!A1"])("%j is not a cell address", (address) => {
    expect(() => cellPosition(address)).toThrow("Not a cell address");
  });
});
