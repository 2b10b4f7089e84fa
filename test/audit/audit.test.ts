/**
 * The whole audit (src/audit/audit.ts): grids in, a report out. Where the tables are, which rows are audited, the
 * project read from the workbook or given, every issue on its cell (sheet, A1 address, row, field) with its rule,
 * severity and message in the requested language, and the summary.
 */
import { auditWorkbook, workbookProject, type AuditField, type CellValue, type SheetGrid } from "../../src/audit";
import { SUGGESTION_SEARCHES } from "../../src/rules/text";
import { BASIC_FIELDS, LV_HEADERS, PROJECT, cellsOf, issuesOf, located, message, sheet, staff, table, type RowValues } from "./helpers";

/** A plan as coordinators send it: a title, a project block, the header on row 7, a blank row, totals and a note. */
function fullPlan(): SheetGrid {
  return sheet("Plāns", [
    ["Erasmus+ KA122 mobilitātes plāns 2026", null, null, null, null, null, null, null, null],
    [],
    ["Sektors", "PIA"],
    ["Konkursa kārta", "1. kārta"],
    ["Projekta sākums", "01.06.2026.", "Projekta beigas", "31.05.2027."],
    ["Valsts:", "Latvija"],
    [
      "Nr.",
      "Vārds, uzvārds",
      "Aktivitātes veids",
      "Sākuma datums",
      "Beigu datums",
      "Ilgums (dienas)",
      "Uzņemošā valsts",
      "Uzņemošā organizācija",
      "Piezīmes",
    ],
    [1, "Anna Bērziņa", "Ēnošana darbā", "07.09.2026", "11.09.2026", 5, "Vācija", "Berufskolleg Köln", ""],
    [2, "Jānis Ozols", "Kursi un apmācības", 46_300, { date: "2026-10-09" }, "5", "FI", "Omnia", null],
    [],
    [3, "Līga Kalniņa", "Ēnošana darbā", "2026-11-02", "2026-11-06.", "6 dienas", "Somija", "Omnia", "jāprecizē"],
    [null, "Kopā", null, null, null, 16],
    ["Piezīme: ceļa dienas ilgumā nav ieskaitītas; pavadošās personas plānā nav iekļautas."],
  ]);
}

describe("a plan with a title, a project block, a blank row, totals and a note", () => {
  const report = auditWorkbook({ sheets: [fullPlan()] });

  test("the table is found on row 7, its columns named, the unknown ones listed", () => {
    expect(report.tables).toEqual([
      {
        sheet: "Plāns",
        headerRow: 7,
        columns: { participant: "B", activity: "C", start: "D", end: "E", durationDays: "F", hostCountry: "G", hostOrganisation: "H" },
        unrecognised: [
          { column: "A", header: "Nr." },
          { column: "I", header: "Piezīmes" },
        ],
        rows: 3,
      },
    ]);
  });

  test("the project is read from the cells above the table, each with its cell", () => {
    expect(report.project).toEqual({ sector: "PIA", call: "1. kārta", start: "2026-06-01", end: "2027-05-31", country: "Latvija" });
    expect(report.projectSources).toEqual({
      sector: { sheet: "Plāns", cell: "B3", row: 3 },
      call: { sheet: "Plāns", cell: "B4", row: 4 },
      start: { sheet: "Plāns", cell: "B5", row: 5 },
      end: { sheet: "Plāns", cell: "D5", row: 5 },
      country: { sheet: "Plāns", cell: "B6", row: 6 },
    });
  });

  test("three activity rows are checked: the totals and the note are not audited", () => {
    expect(report.summary.rows).toBe(3);
    expect(report.issues.every((i) => i.row === 11)).toBe(true);
  });

  test("the one issue is on its cell, with every part of it", () => {
    expect(report.issues).toEqual([
      {
        sheet: "Plāns",
        cell: "F11",
        row: 11,
        field: "durationDays",
        rule: "duration-mismatch",
        severity: "warning",
        message: message("duration-mismatch", { stated: 6, days: 5 }),
      },
    ]);
    expect(report.summary).toEqual({ errors: 0, warnings: 1, info: 0, rows: 3 });
  });

  test("English is the default language; Latvian on request", () => {
    expect(report.language).toBe("en");
    const lv = auditWorkbook({ sheets: [fullPlan()] }, { language: "lv" });
    expect(lv.language).toBe("lv");
    expect(lv.issues.map((i) => i.message)).toEqual([message("duration-mismatch", { stated: 6, days: 5 }, "lv")]);
    expect(lv.issues[0].message).not.toBe(report.issues[0].message);
  });
});

describe("several sheets are one project", () => {
  const twenty = (sheetName: string) =>
    sheet(
      sheetName,
      table(
        BASIC_FIELDS,
        Array.from({ length: 20 }, (_, i) => staff({ participant: `${sheetName} ${i + 1}`, hostOrganisation: `Host ${sheetName} ${i}` })),
      ),
    );

  test("the 30-activity cap spans both sheets: one finding, on the 31st activity, on the second sheet", () => {
    const report = auditWorkbook({ sheets: [twenty("Darbinieki"), twenty("Skolotāji")] }, { project: PROJECT });
    expect(report.summary.rows).toBe(40);
    expect(report.tables.map((t) => [t.sheet, t.rows])).toEqual([
      ["Darbinieki", 20],
      ["Skolotāji", 20],
    ]);
    // Data rows are sheet rows 2–21; the second sheet's 11th row is sheet row 12, activity column B.
    expect(cellsOf(report, "project-cap-exceeded")).toEqual(["Skolotāji!B12"]);
    expect(issuesOf(report, "project-cap-exceeded").map((i) => i.message.match(/has (\d+) mobility activities/)?.[1])).toEqual(["40"]);
    expect(report.issues).toHaveLength(1);
  });

  test("a sheet without a plan is left out; issues are ordered by sheet, row and column", () => {
    const notes = sheet("Piezīmes", [["Šajā lapā ir tikai piezīmes."]]);
    const first = sheet("A", table(BASIC_FIELDS, [staff({ start: "xx" }), staff({ hostCountry: "Atlantīda" })]));
    const second = sheet("B", table(BASIC_FIELDS, [staff({ end: "yy" })]));
    const report = auditWorkbook({ sheets: [notes, second, first] }, { project: PROJECT });
    expect(report.tables.map((t) => t.sheet)).toEqual(["B", "A"]);
    expect(located(report)).toEqual(["value-unreadable@B!D2", "value-unreadable@A!C2", "country-unknown@A!E3"]);
  });

  test("a person twice on courses, once on each sheet, is flagged on both", () => {
    const course = (name: string, start: string, end: string) =>
      sheet(name, table(BASIC_FIELDS, [staff({ activity: "Kursi un apmācības", start, end, hostOrganisation: "Europass" })]));
    const report = auditWorkbook(
      { sheets: [course("Rudens", "05.10.2026", "09.10.2026"), course("Pavasaris", "05.04.2027", "09.04.2027")] },
      { project: PROJECT },
    );
    expect(cellsOf(report, "course-repeated")).toEqual(["Rudens!A2", "Pavasaris!A2"]);
  });
});

describe("cross-row issues appear on every row they concern", () => {
  const fields: AuditField[] = [...BASIC_FIELDS, "mentor", "course", "group", "role"];

  test("three participants shadowing one mentor at once: all three rows", () => {
    const rows = ["Anna", "Jānis", "Līga"].map((participant) => staff({ participant, mentor: "Dr. Weber" }));
    const report = auditWorkbook(
      {
        sheets: [
          sheet(
            "Plāns",
            table(fields, [staff({ participant: "Ilze", start: "01.10.2026", end: "05.10.2026", mentor: "Dr. Weber" }), ...rows]),
          ),
        ],
      },
      { project: PROJECT },
    );
    expect(cellsOf(report, "mentor-overbooked")).toEqual(["Plāns!G3", "Plāns!G4", "Plāns!G5"]);
    expect(issuesOf(report, "mentor-overbooked").every((i) => i.field === "mentor" && i.message.includes('"Dr. Weber"'))).toBe(true);
  });

  test("four persons on one course together: all four rows, in the course column", () => {
    const rows = ["Anna", "Jānis", "Līga", "Ilze"].map((participant) =>
      staff({ participant, activity: "Kursi un apmācības", course: "Digital classroom", hostOrganisation: "Europass" }),
    );
    const report = auditWorkbook({ sheets: [sheet("Plāns", table(fields, rows))] }, { project: PROJECT });
    expect(cellsOf(report, "course-too-many-together")).toEqual(["Plāns!H2", "Plāns!H3", "Plāns!H4", "Plāns!H5"]);
  });

  test("without a course column the host organisation is not taken for the course (a provider runs many)", () => {
    const rows = ["Anna", "Jānis", "Līga", "Ilze"].map((participant) =>
      staff({ participant, activity: "Kursi un apmācības", hostOrganisation: "Europass" }),
    );
    const report = auditWorkbook({ sheets: [sheet("Plāns", table(BASIC_FIELDS, rows))] }, { project: PROJECT });
    expect(cellsOf(report, "course-too-many-together")).toEqual([]);
  });

  test("first names and surnames in two columns are one participant each: two Annas are two people", () => {
    const fields: AuditField[] = ["participant", "surname", "activity", "start", "end", "course"];
    const rows = [
      { participant: "Anna", surname: "Bērziņa", activity: "Kursi", start: "07.09.2026", end: "11.09.2026", course: "CLIL" },
      { participant: "Anna", surname: "Ozola", activity: "Kursi", start: "05.10.2026", end: "09.10.2026", course: "STEAM" },
      { participant: "Anna", surname: "Ozola", activity: "Kursi", start: "02.11.2026", end: "06.11.2026", course: "ICT" },
    ];
    const report = auditWorkbook({ sheets: [sheet("Plāns", table(fields, rows))] }, { project: PROJECT });
    expect(report.tables[0].columns).toMatchObject({ participant: "A", surname: "B" });
    expect(cellsOf(report, "course-repeated")).toEqual(["Plāns!A3", "Plāns!A4"]);
    expect(issuesOf(report, "course-repeated")[0].message).toContain('"Anna Ozola"');
  });

  test("a person on two courses, without a course column: shown on the participant", () => {
    const rows = ["Anna", "Anna"].map((participant, i) =>
      staff({
        participant,
        activity: "Kursi un apmācības",
        hostOrganisation: "Europass",
        start: i ? "05.10.2026" : "07.09.2026",
        end: i ? "09.10.2026" : "11.09.2026",
      }),
    );
    const report = auditWorkbook({ sheets: [sheet("Plāns", table(BASIC_FIELDS, rows))] }, { project: PROJECT });
    expect(cellsOf(report, "course-repeated")).toEqual(["Plāns!A2", "Plāns!A3"]);
  });

  test("a group of one learner: its row, in the group column", () => {
    const rows = [
      staff({
        participant: "Pēteris",
        activity: "Izglītojamo grupu mobilitāte",
        role: "Izglītojamais",
        group: "A",
        start: "07.09.2026",
        end: "11.09.2026",
      }),
      staff({ participant: "Skolotāja", activity: "Izglītojamo grupu mobilitāte", role: "Pavadošā persona", group: "A" }),
    ];
    const report = auditWorkbook({ sheets: [sheet("Plāns", table(fields, rows))] }, { project: PROJECT });
    expect(cellsOf(report, "group-too-small")).toEqual(["Plāns!I2"]);
  });
});

describe("a caller's mapping overrides detection", () => {
  // Estonian headers, which the audit does not know (it knows German, French, Italian and Lithuanian ones).
  const estonian = sheet("Plan", [
    ["Liikuvuskava"],
    ["Nimi", "Tegevus", "Algus", "Lõpp", "Riik"],
    ["Anna", "Job shadowing", "07.09.2026", "11.09.2026", "DE"],
    ["Jānis", "Job shadowing", "07.09.2026", "xx", "FI"],
  ]);

  test("without a mapping the sheet has no plan", () => {
    expect(auditWorkbook({ sheets: [estonian] }).tables).toEqual([]);
  });

  test("a header row and columns given per sheet name are used", () => {
    const report = auditWorkbook(
      { sheets: [estonian] },
      {
        project: PROJECT,
        mappings: { Plan: { headerRow: 2, columns: { participant: "A", activity: "B", start: "C", end: "D", hostCountry: "E" } } },
      },
    );
    expect(report.tables).toEqual([
      {
        sheet: "Plan",
        headerRow: 2,
        columns: { participant: "A", activity: "B", start: "C", end: "D", hostCountry: "E" },
        unrecognised: [],
        rows: 2,
      },
    ]);
    expect(located(report)).toEqual(["value-unreadable@Plan!D4"]);
  });

  test("a mapping for another sheet name changes nothing", () => {
    const report = auditWorkbook(
      { sheets: [estonian] },
      { mappings: { Other: { headerRow: 2, columns: { activity: "B", start: "C", end: "D" } } } },
    );
    expect(report.tables).toEqual([]);
  });

  test("a different unknown country on every row: each is reported, the first SUGGESTION_SEARCHES with a suggestion", () => {
    const rows = Array.from({ length: SUGGESTION_SEARCHES + 50 }, (_, i) => staff({ hostCountry: `France${i}` }));
    const issues = issuesOf(
      auditWorkbook({ sheets: [sheet("Plāns", table(BASIC_FIELDS, rows))] }, { project: PROJECT }),
      "country-unknown",
    );
    expect(issues).toHaveLength(rows.length);
    const suggested = issues.filter((i) => /Did you mean|Vai domājāt/.test(i.message));
    expect(suggested.map((i) => i.row)).toEqual(rows.slice(0, SUGGESTION_SEARCHES).map((_, i) => i + 2));
    // Audited again, the next audit has its own searches: the same answer.
    const again = issuesOf(
      auditWorkbook({ sheets: [sheet("Plāns", table(BASIC_FIELDS, rows.slice(SUGGESTION_SEARCHES)))] }, { project: PROJECT }),
      "country-unknown",
    );
    expect(again.every((i) => /Did you mean|Vai domājāt/.test(i.message))).toBe(true);
  });

  test("a column mapped to null is not read", () => {
    const rows = table(BASIC_FIELDS, [staff({ hostCountry: "Atlantīda" })]);
    expect(cellsOf(auditWorkbook({ sheets: [sheet("Plāns", rows)] }, { project: PROJECT }), "country-unknown")).toEqual(["Plāns!E2"]);
    const report = auditWorkbook(
      { sheets: [sheet("Plāns", rows)] },
      { project: PROJECT, mappings: { Plāns: { columns: { hostCountry: null } } } },
    );
    expect(cellsOf(report, "country-unknown")).toEqual([]);
    expect(report.tables[0].unrecognised).toEqual([{ column: "E", header: LV_HEADERS.hostCountry }]);
  });
});

describe("project settings", () => {
  const plan = (rows: readonly RowValues[] = [staff()]) => sheet("Plāns", table(BASIC_FIELDS, rows));
  const settings = sheet("Projekts", [
    ["Projekta informācija"],
    ["Sektors", "SCH"],
    ["Konkursa kārta", "2026-R1"],
    ["Projekta sākums", 46_174],
    ["Projekta beigas", "31.05.2027."],
    ["Valsts", "LV"],
  ]);

  test("from a “Projekts” sheet, wherever it stands among the sheets", () => {
    const report = auditWorkbook({ sheets: [plan(), settings] });
    expect(report.project).toEqual({ sector: "SCH", call: "2026-R1", start: "2026-06-01", end: "2027-05-31", country: "LV" });
    expect(report.projectSources.start).toEqual({ sheet: "Projekts", cell: "B4", row: 4 });
    expect(report.issues).toEqual([]);
  });

  test("from an English “Project” sheet, dates in the 1904 system", () => {
    const project = sheet("Project", [
      ["Sector:", "Adult education"],
      ["Project start date", 44_712],
      ["Project end date", 45_076],
      ["Country", "Latvia"],
    ]);
    const report = auditWorkbook({ sheets: [project, plan()], date1904: true });
    expect(report.project).toEqual({ sector: "Adult education", start: "2026-06-01", end: "2027-05-31", country: "Latvia" });
  });

  test("the settings sheet wins over cells above the table", () => {
    const above = sheet("Plāns", [["Sektors", "VET"], [], ...table(BASIC_FIELDS, [staff()])]);
    const report = auditWorkbook({ sheets: [above, settings] });
    expect(report.project.sector).toBe("SCH");
    expect(report.projectSources.sector).toEqual({ sheet: "Projekts", cell: "B2", row: 2 });
  });

  test("workbookProject (the pane's settings form) reads the same project and source cells without auditing", () => {
    const above = sheet("Plāns", [["Sektors", "VET"], ["Projekta beigas", "30.06.2027"], [], ...table(BASIC_FIELDS, [staff()])]);
    const { project, sources } = workbookProject({ sheets: [above, settings] });
    expect(project).toEqual({ sector: "SCH", call: "2026-R1", start: "2026-06-01", end: "2027-05-31", country: "LV" });
    expect(sources.sector).toEqual({ sheet: "Projekts", cell: "B2", row: 2 });
    // Only the table's sheet: the cells above its header.
    expect(workbookProject({ sheets: [above] })).toEqual({
      project: { sector: "VET", end: "2027-06-30" },
      sources: { sector: { sheet: "Plāns", cell: "B1", row: 1 }, end: { sheet: "Plāns", cell: "B2", row: 2 } },
      emptyLabels: {},
    });
    // A label with nothing beside it: the form says where to fill it in.
    const emptyStart = sheet("Plāns", [["Sektors", "VET"], ["Projekta sākums", ""], [], ...table(BASIC_FIELDS, [staff()])]);
    expect(workbookProject({ sheets: [emptyStart] }).emptyLabels).toEqual({ start: { sheet: "Plāns", cell: "A2", row: 2 } });
  });

  test("the caller's settings win over the workbook's, and have no source cell", () => {
    const report = auditWorkbook({ sheets: [plan(), settings] }, { project: { sector: "VET", start: "2026-07-01" } });
    expect(report.project).toEqual({ sector: "VET", call: "2026-R1", start: "2026-07-01", end: "2027-05-31", country: "LV" });
    expect(report.projectSources.sector).toBeUndefined();
    expect(report.projectSources.start).toBeUndefined();
    expect(report.projectSources.end).toEqual({ sheet: "Projekts", cell: "B5", row: 5 });
  });

  test("an unreadable setting is an issue on its cell and is not used", () => {
    const broken = sheet("Projekts", [
      ["Sektors", "VET"],
      ["Projekta sākums", "jūnijs"],
      ["Projekta beigas", { error: "#REF!" }],
    ]);
    const report = auditWorkbook({ sheets: [plan(), broken] });
    expect(report.project).toEqual({ sector: "VET" });
    const cells = report.issues.filter((i) => i.cell !== null).map((i) => [i.rule, `${i.sheet}!${i.cell}`, i.row, i.field]);
    expect(cells).toEqual([
      ["value-unreadable", "Projekts!B2", 2, "start"],
      ["cell-error", "Projekts!B3", 3, "end"],
    ]);
    expect(located(report)).toContain("project-period-missing");
  });

  test("an unknown sector from the workbook is a project-level issue without a cell", () => {
    const report = auditWorkbook({ sheets: [plan()] }, { project: { ...PROJECT, sector: "Augstākā izglītība" } });
    expect(report.issues.map((i) => [i.rule, i.sheet, i.cell, i.row])).toEqual([["sector-unknown", null, null, null]]);
  });
});

describe("the sector missing", () => {
  const noSector = { ...PROJECT, sector: undefined };

  test("is said once, at project level, and what does not depend on it is still checked", () => {
    const rows = [
      staff(),
      staff({ participant: "Jānis", end: "06.11.2026" }), // 61 days of job shadowing: 2–60 in every sector
      staff({ participant: "Līga", start: "xx" }),
      staff({ participant: "Ilze", hostCountry: "Šveice" }),
      // 2 days of short-term learner mobility: 10–89 days in VET, 10–29 in SCH, 2–29 in ADU, so not checked.
      staff({ participant: "Pēteris", activity: "Izglītojamo īstermiņa mācību mobilitāte", role: "Izglītojamais", end: "08.09.2026" }),
    ];
    const report = auditWorkbook({ sheets: [sheet("Plāns", table([...BASIC_FIELDS, "role"], rows))] }, { project: noSector });
    const missing = issuesOf(report, "sector-missing");
    expect(missing).toEqual([
      {
        sheet: null,
        cell: null,
        row: null,
        field: "sector",
        rule: "sector-missing",
        severity: "warning",
        message: message("sector-missing", {}),
      },
    ]);
    expect(report.issues[0].rule).toBe("sector-missing"); // project issues come first
    expect(located(report)).toEqual([
      "sector-missing",
      "duration-above-max@Plāns!D3",
      "value-unreadable@Plāns!C4",
      "country-not-eligible@Plāns!E5",
    ]);
  });

  test("is not said when every row names its sector", () => {
    const rows = [staff({ sector: "VET" }), staff({ participant: "Jānis", sector: "SCH" })];
    const report = auditWorkbook({ sheets: [sheet("Plāns", table([...BASIC_FIELDS, "sector"], rows))] }, { project: noSector });
    expect(issuesOf(report, "sector-missing")).toEqual([]);
  });
});

describe("cells that cannot be read", () => {
  const fields: AuditField[] = [...BASIC_FIELDS, "durationDays", "fewerOpportunities", "role", "accompanying"];
  const audit = (rows: RowValues[], language: "en" | "lv" = "en") =>
    auditWorkbook({ sheets: [sheet("Plāns", table(fields, rows))] }, { project: PROJECT, language });

  test("each is an issue on its own cell, with no second issue for the same cell", () => {
    const report = audit([
      staff({ start: "jūnijs", end: { error: "#N/A" } }),
      staff({ participant: "Jānis", start: "31.02.2026", durationDays: "pieci", fewerOpportunities: "varbūt" }),
      staff({ participant: "Līga", activity: { error: "#REF!" }, hostCountry: "#N/A" }),
      staff({ participant: "Ilze", start: null }),
    ]);
    expect(report.issues.map((i) => `${i.rule}@${i.cell}:${i.field}`)).toEqual([
      "value-unreadable@C2:start",
      "cell-error@D2:end",
      "value-unreadable@C3:start",
      "value-unreadable@G3:durationDays",
      "value-unreadable@H3:fewerOpportunities",
      "cell-error@B4:activity",
      "cell-error@E4:hostCountry",
      "date-missing@C5:start", // a start date really missing is still reported
    ]);
    expect(report.issues.map((i) => i.row)).toEqual([2, 2, 3, 3, 3, 4, 4, 5]);
  });

  test("an unreadable “accompanying person” cell is shown on that column, not on the role", () => {
    const report = audit([staff({ role: "Personāls", accompanying: "varbūt" })]);
    expect(report.issues.map((i) => `${i.rule}@${i.cell}`)).toEqual(["value-unreadable@J2"]);
  });

  test("the messages quote the cell and say what was expected, in either language", () => {
    const rows = [staff({ start: "jūnijs", end: "#N/A" })];
    for (const language of ["en", "lv"] as const) {
      const messages = audit(rows, language).issues.map((i) => i.message);
      expect(messages).toEqual([
        message("value-unreadable", { field: "start", value: "jūnijs", expected: "date" }, language),
        message("cell-error", { field: "end", value: "#N/A" }, language),
      ]);
      expect(messages[0]).toContain("jūnijs");
      expect(messages[1]).toContain("#N/A");
    }
    expect(audit(rows, "lv").issues[0].message).not.toBe(audit(rows, "en").issues[0].message);
  });

  test("every yes/no form reaches the rules as a yes or a no", () => {
    // 5 days of short-term VET learner mobility: below 10, allowed from 2 with fewer opportunities (an info), else an error.
    // A learner of their own per row: one person on every row would be one person in many places at once.
    const learner = (fewerOpportunities: CellValue, i: number) =>
      staff({ participant: `Learner ${i + 1}`, activity: "Īstermiņa audzēkņu mobilitāte", role: "Izglītojamais", fewerOpportunities });
    const yes: CellValue[] = ["jā", "JĀ", "ja", "yes", "x", "✓", true, 1, "1", "TRUE"];
    const no: CellValue[] = ["nē", "ne", "no", "NO", false, 0, "0", "FALSE", null];
    const report = audit([...yes, ...no].map(learner));
    const ruleOfRow = (row: number) => report.issues.filter((i) => i.row === row).map((i) => i.rule);
    yes.forEach((_, i) => expect(ruleOfRow(2 + i)).toEqual(["fewer-opportunities-short"]));
    no.forEach((_, i) => expect(ruleOfRow(2 + yes.length + i)).toEqual(["duration-below-min"]));
  });

  test("every date form reaches the rules as the same date", () => {
    const forms: [CellValue, CellValue][] = [
      ["07.09.2026", "11.09.2026"],
      ["07.09.2026.", "11.09.2026."],
      ["7.9.2026", "11.9.2026"],
      ["2026-09-07", "2026-09-11"],
      // 14/09 reads only day first, and so settles the sheet's slash dates: 07/09 is 7 September, without a warning.
      ["07/09/2026", "11/09/2026"],
      ["14/09/2026", "18/09/2026"],
      [46_272, 46_276],
      ["46272", "46276"],
      [{ date: "2026-09-07" }, { date: "2026-09-11" }],
    ];
    const report = audit(forms.map(([start, end], i) => staff({ participant: `Person ${i + 1}`, start, end, durationDays: 5 })));
    expect(report.issues).toEqual([]);
    expect(report.summary.rows).toBe(forms.length);
  });
});

describe("addresses when the used range does not start at A1", () => {
  test("a grid that starts at C5 gives sheet addresses for rows, settings and the table", () => {
    const rows: CellValue[][] = [
      ["Sektors", "VET"],
      ["Projekta sākums", "xx"],
      ...table(BASIC_FIELDS, [staff(), staff({ participant: "Jānis", end: "31.02.2026" })]),
    ];
    const report = auditWorkbook(
      { sheets: [sheet("Plāns", rows, { firstRow: 5, firstColumn: 3 })] },
      { project: { call: "2026-R1", end: "2027-05-31", country: "LV" } },
    );
    expect(report.tables[0]).toMatchObject({
      headerRow: 7,
      columns: { participant: "C", activity: "D", start: "E", end: "F", hostCountry: "G", hostOrganisation: "H" },
    });
    expect(report.projectSources.sector).toEqual({ sheet: "Plāns", cell: "D5", row: 5 });
    expect(report.issues.filter((i) => i.cell !== null).map((i) => [i.rule, i.cell, i.row])).toEqual([
      ["value-unreadable", "D6", 6],
      ["value-unreadable", "F9", 9],
    ]);
  });
});

describe("a workbook with no plan", () => {
  test.each<[string, SheetGrid[]]>([
    ["no sheets", []],
    ["an empty sheet", [sheet("Lapa1", [])]],
    ["a sheet of notes", [sheet("Lapa1", [["Piezīmes"], ["Plāns vēl nav gatavs."]])]],
    ["a settings sheet only", [sheet("Projekts", [["Sektors", "VET"]])]],
  ])("%s: no table, no rows, and the project said to have no mobility", (_name, sheets) => {
    const report = auditWorkbook({ sheets });
    expect(report.tables).toEqual([]);
    expect(report.summary.rows).toBe(0);
    expect(report.issues.every((i) => i.cell === null && i.row === null)).toBe(true);
    expect(report.issues.map((i) => i.rule)).toContain("project-no-mobility");
  });

  test("a table with a header and no rows", () => {
    const report = auditWorkbook({ sheets: [sheet("Plāns", table(BASIC_FIELDS, []))] }, { project: PROJECT });
    expect(report.tables.map((t) => t.rows)).toEqual([0]);
    expect(located(report)).toEqual(["project-no-mobility"]);
  });
});

describe("the summary", () => {
  test("counts errors, warnings and info, and the rows checked", () => {
    const rows = [
      staff({ start: "xx" }), // error
      staff({ participant: "Jānis", durationDays: 9 }), // warning
      staff({ participant: "Līga", activity: "Izglītojamo ilgtermiņa mācību mobilitāte", end: "30.11.2026" }), // info (SCH long-term pupils)
      staff({ participant: "Ilze" }),
    ];
    const report = auditWorkbook(
      { sheets: [sheet("Plāns", table([...BASIC_FIELDS, "durationDays"], rows))] },
      { project: { ...PROJECT, sector: "SCH" } },
    );
    expect(report.issues.map((i) => `${i.severity}:${i.rule}`)).toEqual([
      "error:value-unreadable",
      "warning:duration-mismatch",
      "info:long-pupil-pre-departure",
    ]);
    expect(report.summary).toEqual({ errors: 1, warnings: 1, info: 1, rows: 4 });
  });
});

describe("a caller that lets the rows go once they are read", () => {
  test("rowsRead is called once, with each table's sheet and layout; emptying the rows there changes nothing", () => {
    const grid = () => ({ sheets: [sheet("Projekts", [["Sektors", "PIA"]]), fullPlan()] });
    const expected = auditWorkbook(grid(), { language: "lv", keepActivities: true });
    const given = grid();
    const calls: { sheet: string; participant: number | undefined; rows: number }[][] = [];
    const report = auditWorkbook(given, {
      language: "lv",
      keepActivities: true,
      rowsRead: (tables) => {
        calls.push(
          tables.map((t) => ({ sheet: t.sheet.name, participant: t.layout.columns.get("participant"), rows: t.sheet.rows.length })),
        );
        for (const s of given.sheets) (s.rows as unknown[]).length = 0;
      },
    });
    expect(calls).toEqual([[{ sheet: "Plāns", participant: 1, rows: 13 }]]);
    expect(report).toEqual(expected);
    expect(report.issues.length).toBeGreaterThan(0);
  });
});
