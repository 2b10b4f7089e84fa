/** The reports: text grouped by sheet and row (src/cli/format-text.ts) and JSON in the documented shape (format-json.ts). */
import { auditWorkbook, type AuditReport, type WorkbookGrid } from "../../src/audit";
import { formatJson } from "../../src/cli/format-json";
import { colorWanted, formatText } from "../../src/cli/format-text";

/** No project period (a project-level issue without a cell); row 6 ends before it starts; row 7 is fine; row 8 too short. */
const GRID: WorkbookGrid = {
  sheets: [
    {
      name: "Plāns",
      rows: [
        ["Sektors", "VET"],
        ["Valsts", "Latvija"],
        [],
        ["Vārds, uzvārds", "Aktivitātes veids", "Sākuma datums", "Beigu datums", "Uzņemošā valsts", "Piezīmes"],
        [],
        ["Anna Bērziņa", "Ēnošana darbā", "12.10.2026.", "05.10.2026.", "Vācija", ""],
        ["Jānis Ozols", "Ēnošana darbā", { date: "2026-10-05" }, { date: "2026-10-09" }, "Itālija", ""],
        ["Ilze Kalniņa", "Kursi un apmācības", { date: "2026-11-02" }, { date: "2026-11-02" }, "Šveice", ""],
      ],
    },
  ],
};

function report(language: "en" | "lv" = "en"): AuditReport {
  return auditWorkbook(GRID, { language });
}

describe("JSON report", () => {
  const json = JSON.parse(formatJson(report(), "plan.xlsx"));

  test("has exactly the documented keys", () => {
    expect(Object.keys(json)).toEqual([
      "file",
      "tables",
      "project",
      "projectSources",
      "projectNumber",
      "settingsNotFound",
      "issues",
      "summary",
    ]);
    expect(json.file).toBe("plan.xlsx");
    expect(json.tables).toHaveLength(1);
    expect(Object.keys(json.tables[0])).toEqual(["sheet", "headerRow", "columns", "unrecognised"]);
    expect(json.tables[0]).toMatchObject({
      sheet: "Plāns",
      headerRow: 4,
      columns: { participant: "A", activity: "B", start: "C", end: "D", hostCountry: "E" },
      unrecognised: [{ column: "F", header: "Piezīmes" }],
    });
    expect(json.project).toEqual({ sector: "VET", country: "Latvija" });
    for (const issue of json.issues) expect(Object.keys(issue)).toEqual(["sheet", "cell", "row", "field", "rule", "severity", "message"]);
    expect(Object.keys(json.summary)).toEqual(["errors", "warnings", "info", "rows"]);
    expect(json.summary).toMatchObject({ rows: 3 });
  });

  test("project-level issues have null cell and row; row issues have their cell", () => {
    const project = json.issues.find((i: { rule: string }) => i.rule === "project-period-missing");
    expect(project).toMatchObject({ cell: null, row: null, sheet: null, severity: "info" });
    expect(json.issues).toContainEqual(
      expect.objectContaining({ sheet: "Plāns", cell: "D6", row: 6, field: "end", rule: "date-order", severity: "error" }),
    );
    expect(json.issues).toContainEqual(expect.objectContaining({ cell: "E8", row: 8, rule: "country-not-eligible" }));
  });

  test("summary counts match the issues", () => {
    const count = (severity: string) => json.issues.filter((i: { severity: string }) => i.severity === severity).length;
    expect(json.summary).toEqual({ errors: count("error"), warnings: count("warning"), info: count("info"), rows: 3 });
  });
});

describe("text report", () => {
  const text = formatText(report(), {
    file: "plan.xlsx",
    language: "en",
    rowLabel: (_sheet, row) => (row === 6 ? "Anna Bērziņa" : undefined),
  });
  const lines = text.trimEnd().split("\n");

  test("title, project, table and unread columns first", () => {
    expect(lines[0]).toBe("Mobility plan audit: plan.xlsx");
    // No action given: the KA122 rules apply, and the report says it assumed so.
    expect(lines[1]).toBe("Project: action KA122 (assumed) · sector VET · country Latvija");
    expect(lines[2]).toBe('Sheet "Plāns": header on row 4, 3 activity rows');
    expect(lines[3]).toBe('  Columns not read: F "Piezīmes"');
  });

  test("project issues come first, then each sheet's rows in order, each issue as `  cell  severity  field: message`", () => {
    const project = lines.indexOf("== Project ==");
    const sheet = lines.indexOf("== Plāns ==");
    expect(project).toBeGreaterThan(0);
    expect(sheet).toBeGreaterThan(project);
    expect(lines[project + 1]).toMatch(/^ {2}info +project start: The project start and end dates are not given/);
    const row6 = lines.indexOf("Row 6 · Anna Bērziņa");
    const row8 = lines.indexOf("Row 8");
    expect(row6).toBeGreaterThan(sheet);
    expect(row8).toBeGreaterThan(row6);
    expect(lines[row6 + 1]).toMatch(/^ {2}D6 {2}error +end date: The end date 5 Oct 2026 is before the start date 12 Oct 2026\.$/);
    expect(lines.slice(row8 + 1)).toContainEqual(
      expect.stringMatching(/^ {2}E8 {2}error +host country: Switzerland is not an eligible country/),
    );
    expect(lines).not.toContain("Row 7");
  });

  test("ends with the summary line", () => {
    const { errors, warnings, info } = report().summary;
    expect(lines[lines.length - 1]).toBe(
      `${errors} errors, ${warnings} ${warnings === 1 ? "warning" : "warnings"}, ${info} info in 3 rows`,
    );
  });

  test("in Latvian with --lang lv", () => {
    const lv = formatText(report("lv"), { file: "plan.xlsx", language: "lv" });
    expect(lv).toContain("Mobilitāšu plāna pārbaude: plan.xlsx");
    expect(lv).toContain("== Projekts ==");
    expect(lv).toMatch(/^ {2}D6 {2}kļūda +beigu datums: /m);
    expect(lv).toContain("6. rinda");
    expect(lv.trimEnd().split("\n").pop()).toMatch(/^\d+ kļūd(a|as), \d+ brīdinājum(s|i), \d+ informatīv(s ziņojums|i ziņojumi) 3 rindās$/);
  });

  test("the project line names the action as read, resolved to its code, in either language", () => {
    const withAction = (action: string, language: "en" | "lv") =>
      formatText(auditWorkbook({ sheets: [{ ...GRID.sheets[0], rows: [["Pasākums", action], ...GRID.sheets[0].rows] }] }, { language }), {
        file: "f.xlsx",
        language,
      }).split("\n")[1];
    expect(withAction("KA121-VET", "en")).toBe("Project: action KA121 · sector VET · country Latvija");
    expect(withAction("Īstermiņa projekts", "lv")).toBe("Projekts: pamatdarbība KA122 · sektors VET · valsts Latvija");
    expect(formatText(report("lv"), { file: "f.xlsx", language: "lv" }).split("\n")[1]).toBe(
      "Projekts: pamatdarbība KA122 (pieņemts) · sektors VET · valsts Latvija",
    );
  });

  test("the project period is written the language's way in text, and stays ISO in JSON", () => {
    const withPeriod = (language: "en" | "lv"): AuditReport => {
      const base = report(language);
      return { ...base, project: { ...base.project, start: "2026-09-01", end: "2027-08-31" } };
    };
    expect(formatText(withPeriod("en"), { file: "f.xlsx", language: "en" }).split("\n")[1]).toContain("1 Sep 2026 – 31 Aug 2027");
    expect(formatText(withPeriod("lv"), { file: "f.xlsx", language: "lv" }).split("\n")[1]).toContain("01.09.2026. – 31.08.2027.");
    const json = JSON.parse(formatJson(withPeriod("lv"), "f.xlsx"));
    expect(json.project).toMatchObject({ start: "2026-09-01", end: "2027-08-31" });
    const dateOrder = json.issues.find((i: { rule: string }) => i.rule === "date-order");
    expect(dateOrder.message).toBe("Beigu datums (05.10.2026.) ir pirms sākuma datuma (12.10.2026.).");
  });

  test("no issues: says so", () => {
    const clean = auditWorkbook({
      sheets: [
        {
          name: "S",
          rows: [
            ["Sektors", "VET"],
            ["Projekta sākums", "01.09.2026"],
            ["Projekta beigas", "31.08.2027"],
            ["Valsts", "LV"],
            ["Konkursa kārta", "2026-R1"],
            [],
            GRID.sheets[0].rows[3],
            GRID.sheets[0].rows[6],
          ],
        },
      ],
    });
    expect(clean.issues).toEqual([]);
    expect(formatText(clean, { file: "f.xlsx", language: "en" })).toMatch(/No issues found\.\n0 errors, 0 warnings, 0 info in 1 row\n$/);
  });

  test("colours only when asked for", () => {
    expect(text).not.toContain("\u001b[");
    const coloured = formatText(report(), { file: "plan.xlsx", language: "en", color: true });
    expect(coloured).toContain("\u001b[31merror\u001b[0m");
    expect(coloured).toContain("\u001b[36minfo\u001b[0m");
  });
});

describe("colorWanted", () => {
  test.each([
    [true, {}, true],
    [false, {}, false],
    [undefined, {}, false],
    [true, { NO_COLOR: "1" }, false],
    [true, { NO_COLOR: "" }, true],
    [true, { TERM: "dumb" }, false],
  ])("TTY %s, env %j → %s", (isTTY, env, expected) => {
    expect(colorWanted(isTTY, env)).toBe(expected);
  });
});
