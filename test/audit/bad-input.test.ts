/**
 * Hostile and broken input to the whole audit: HTML and script text, 30,000-character cells, duplicate and merged
 * headers, blank and hidden rows, error values everywhere, odd numbers, ragged rows, 100,000 rows. Each gives the
 * correct reading or a clear issue on its cell, and never an exception.
 */
import { auditWorkbook, type CellValue } from "../../src/audit";
import { BASIC_FIELDS, PROJECT, cellsOf, issuesOf, located, message, sheet, staff, table } from "./helpers";

const audit = (rows: CellValue[][], language: "en" | "lv" = "en") =>
  auditWorkbook({ sheets: [sheet("Plāns", rows)] }, { project: PROJECT, language });

describe("HTML and script text is data", () => {
  const html = "<img src=x onerror=alert(1)>";
  const script = "<script>alert('x')</script>";

  test("it comes back verbatim inside messages and reports, for the UI to escape", () => {
    const rows = table(
      [...BASIC_FIELDS, "mentor"],
      [
        staff({ participant: html, activity: script, hostCountry: `<b>DE</b>` }),
        ...["A", "B", "C"].map((p) => staff({ participant: `${p}${html}`, mentor: html })),
      ],
    );
    rows[0].push(`<th onclick="x()">Piezīmes</th>`);
    const report = audit(rows);
    const messages = report.issues.map((i) => i.message);
    expect(cellsOf(report, "activity-unknown")).toEqual(["Plāns!B2"]);
    expect(issuesOf(report, "activity-unknown")[0].message).toContain(`"${script}"`);
    expect(messages.some((m) => m.includes(`"<b>DE</b>"`))).toBe(true);
    expect(issuesOf(report, "mentor-overbooked").every((i) => i.message.includes(`"${html}"`))).toBe(true);
    expect(report.tables[0].unrecognised).toEqual([{ column: "H", header: `<th onclick="x()">Piezīmes</th>` }]);
    expect(report.summary.rows).toBe(4);
  });

  test("in Latvian too", () => {
    const report = audit(table(BASIC_FIELDS, [staff({ activity: html })]), "lv");
    const [unknown] = issuesOf(report, "activity-unknown");
    expect(unknown.message).toBe(message("activity-unknown", { value: html }, "lv"));
    expect(unknown.message).toContain(html);
  });

  test("in a sheet name", () => {
    const report = auditWorkbook({ sheets: [sheet(html, table(BASIC_FIELDS, [staff({ start: "x" })]))] }, { project: PROJECT });
    expect(report.issues.map((i) => i.sheet)).toEqual([html]);
    expect(report.tables[0].sheet).toBe(html);
  });
});

describe("30,000-character cells", () => {
  const long = (ch: string) => ch.repeat(30_000);

  test("quoted in messages cut to 60 characters; the rest of the audit is unaffected", () => {
    const rows = table(
      [...BASIC_FIELDS, "course"],
      [
        staff({ activity: long("A") }),
        staff({ participant: long("B"), start: long("1") }),
        staff({ participant: "C", hostCountry: long("Ā") }),
        ...[1, 2, 3, 4].map((n) => staff({ participant: `K${n}`, activity: "Kursi un apmācības", course: long("K") })),
      ],
    );
    const report = audit(rows);
    expect(report.summary.rows).toBe(7);
    expect(located(report)).toEqual([
      "activity-unknown@Plāns!B2",
      "value-unreadable@Plāns!C3",
      "country-unknown@Plāns!E4",
      ...[5, 6, 7, 8].map((r) => `course-too-many-together@Plāns!G${r}`),
    ]);
    for (const { message } of report.issues) {
      expect(message.length).toBeLessThan(300);
      expect(message).toMatch(/(.)\1{59}…/u); // 60 characters of the cell, then the ellipsis
      expect(message).not.toMatch(/(.)\1{60}/u);
    }
  });

  test("a long header is not recognised and the table around it is still found", () => {
    const rows = table(BASIC_FIELDS, [staff()]);
    rows[0].push(long("H"));
    rows[1].push(long("n"));
    const report = audit(rows);
    expect(report.tables[0].unrecognised).toEqual([{ column: "G", header: long("H") }]);
    expect(report.issues).toEqual([]);
  });

  test("a long note below the table is not an activity", () => {
    const report = audit([...table(BASIC_FIELDS, [staff()]), [long("p")], [null, long("q")]]);
    expect(report.summary.rows).toBe(1);
  });

  test("a long text in every cell of a row", () => {
    const rows: CellValue[][] = [table(BASIC_FIELDS, [])[0], BASIC_FIELDS.map(() => long("ž"))];
    const report = audit(rows);
    expect(report.summary.rows).toBe(1);
    expect(report.issues.every((i) => (i.cell === null || i.row === 2) && i.message.length < 300)).toBe(true);
    expect(cellsOf(report, "value-unreadable")).toEqual(["Plāns!C2", "Plāns!D2"]);
  });
});

describe("headers", () => {
  test("a duplicate header: the first column is read and the second reported", () => {
    const rows: CellValue[][] = [
      ["Vārds, uzvārds", "Aktivitātes veids", "Sākuma datums", "Beigu datums", "Sākuma datums", "Uzņemošā valsts"],
      ["Anna", "Ēnošana darbā", "07.09.2026", "11.09.2026", "xx", "DE"],
    ];
    const report = audit(rows);
    expect(report.tables[0].columns.start).toBe("C");
    expect(report.tables[0].unrecognised).toEqual([{ column: "E", header: "Sākuma datums", duplicateOf: "start" }]);
    expect(report.issues).toEqual([]); // the duplicate column is not read
  });

  test("merged header cells: the value in the first cell, the rest empty", () => {
    const rows: CellValue[][] = [
      ["Erasmus+ mobilitātes plāns", null, null, null, null, null, null],
      ["Dalībnieks", null, "Aktivitātes veids", "Sākuma datums", "Beigu datums", "Uzņemošā valsts", "Uzņemošā organizācija"],
      ["Anna", "Bērziņa", "Ēnošana darbā", "07.09.2026", "11.09.2026", "DE", "Schule"],
      ["Jānis", "Ozols", "Ēnošana darbā", "07.09.2026", "31.02.2026", "DE", "Schule"],
    ];
    const report = audit(rows);
    expect(report.tables[0]).toMatchObject({ headerRow: 2, columns: { participant: "A", activity: "C" }, unrecognised: [], rows: 2 });
    expect(located(report)).toEqual(["value-unreadable@Plāns!E4"]);
  });

  test("a header row below a title and blank rows, in a range that starts at B3", () => {
    const rows: CellValue[][] = [["Mobilitātes plāns"], [], [], ...table(BASIC_FIELDS, [staff({ end: "#N/A" })])];
    const report = auditWorkbook({ sheets: [sheet("Plāns", rows, { firstRow: 3, firstColumn: 2 })] }, { project: PROJECT });
    expect(report.tables[0].headerRow).toBe(6);
    expect(located(report)).toEqual(["cell-error@Plāns!E7"]);
  });
});

describe("blank, hidden and odd rows", () => {
  test("blank rows of every kind inside the table are skipped and later rows keep their addresses", () => {
    const header = table(BASIC_FIELDS, [])[0];
    const rows: CellValue[][] = [
      header,
      BASIC_FIELDS.map((f) => staff()[f] ?? null),
      [],
      [null, null, null],
      ["", "  ", "\t", "\u00a0"],
      [undefined, undefined],
      BASIC_FIELDS.map((f) => staff({ start: "xx" })[f] ?? null),
    ];
    const report = audit(rows);
    expect(report.summary.rows).toBe(2);
    expect(located(report)).toEqual(["value-unreadable@Plāns!C7"]);
  });

  test("hidden rows are part of the grid and audited like any other", () => {
    // A grid holds every row of the used range; hiding a row in Excel does not take it out of the plan.
    const report = audit(table(BASIC_FIELDS, [staff(), staff({ participant: "Slēpts", end: "xx" })]));
    expect(located(report)).toEqual(["value-unreadable@Plāns!D3"]);
  });

  test("ragged rows: shorter and longer than the header", () => {
    const rows: CellValue[][] = [
      table(BASIC_FIELDS, [])[0],
      ["Anna", "Ēnošana darbā", "07.09.2026"],
      [...BASIC_FIELDS.map((f) => staff()[f] ?? null), "x", "y", 1, 2],
    ];
    const report = audit(rows);
    expect(report.summary.rows).toBe(2);
    expect(located(report)).toEqual(["date-missing@Plāns!D2"]);
  });

  test("odd numbers in every column", () => {
    const odd: CellValue[] = [Number.NaN, Number.POSITIVE_INFINITY, -0, -1, 1e308, Number.MIN_VALUE];
    const rows: CellValue[][] = [
      table([...BASIC_FIELDS, "durationDays", "fewerOpportunities"], [])[0],
      ...odd.map((n) => Array.from({ length: 8 }, () => n)),
    ];
    const report = audit(rows);
    expect(report.summary.rows).toBe(odd.length);
    expect(report.issues.every((i) => i.cell === null || (i.row !== null && i.row >= 2 && i.row <= 7))).toBe(true);
    expect(cellsOf(report, "value-unreadable")).toContain("Plāns!C2"); // NaN is no date
  });
});

describe("formulas that errored", () => {
  const errors: CellValue[] = [
    { error: "#N/A" },
    { error: "#REF!" },
    "#VALUE!",
    "#DIV/0!",
    "#NAME?",
    { error: "#SPILL!" },
    "#NUM!",
    "#NULL!",
  ];

  test("an error in any column is a cell-error on that cell, and nothing else about it", () => {
    const fields = [...BASIC_FIELDS, "durationDays", "fewerOpportunities", "greenTravel", "travelDays"] as const;
    const rows: CellValue[][] = [table(fields, [])[0], ...errors.map((e) => fields.map(() => e))];
    const report = audit(rows);
    expect(report.summary.rows).toBe(errors.length);
    expect(report.issues.filter((i) => i.cell !== null).every((i) => i.rule === "cell-error")).toBe(true);
    expect(issuesOf(report, "cell-error")).toHaveLength(errors.length * fields.length);
    expect(issuesOf(report, "cell-error")[0]).toMatchObject({ cell: "A2", row: 2, field: "participant", severity: "error" });
    expect(
      issuesOf(report, "cell-error")
        .map((i) => i.message.match(/#[A-Z/0!?]+/)?.[0])
        .slice(0, 1),
    ).toEqual(["#N/A"]);
  });

  test("a template row of formulas that errored because nothing is filled in is not an activity", () => {
    const rows: CellValue[][] = [
      ["Nr.", ...table([...BASIC_FIELDS, "durationDays"], [])[0]],
      [1, ...[...BASIC_FIELDS, "durationDays"].map((f) => (f === "durationDays" ? 5 : (staff() as Record<string, CellValue>)[f]))],
      [2, null, null, null, null, null, null, { error: "#VALUE!" }],
      [3, null, null, null, null, null, null, "#VALUE!"],
    ];
    const report = audit(rows);
    expect(report.summary.rows).toBe(1);
    expect(report.issues).toEqual([]);
  });
});

describe("size", () => {
  test("100,000 rows are audited and counted", () => {
    const fields = [...BASIC_FIELDS, "mentor", "durationDays"] as const;
    const rows = table(
      fields,
      Array.from({ length: 100_000 }, (_, i) =>
        staff({
          participant: `Dalībnieks ${i}`,
          start: i % 3 === 0 ? 46_272 : i % 3 === 1 ? "07.09.2026" : "2026-09-07",
          mentor: `Mentors ${i % 1_000}`,
          hostOrganisation: `Host ${i % 1_000}`,
          durationDays: i === 99_999 ? "x" : 5,
        }),
      ),
    );
    rows.splice(50_001, 0, [], ["Kopā", null, null, null, null, null, null, 500_000]); // a blank row and totals halfway
    const report = audit(rows);
    expect(report.summary.rows).toBe(100_000);
    expect(report.tables[0].rows).toBe(100_000);
    // One cap finding, on the 31st activity, naming 100,000; each mentor shadowed by 100 people at once; one unreadable duration.
    expect(issuesOf(report, "project-cap-exceeded").map((i) => [i.cell, i.message.match(/has (\d+) mobility/)?.[1]])).toEqual([
      ["B32", "100000"],
    ]);
    expect(issuesOf(report, "mentor-overbooked")).toHaveLength(100_000);
    expect(cellsOf(report, "value-unreadable")).toEqual(["Plāns!H100003"]);
    expect(report.summary).toEqual({ errors: 100_002, warnings: 0, info: 0, rows: 100_000 });
  });
});
