/** The pane's logic that needs no browser: grouping and filtering issues, the settings form, column corrections. */
import type { AuditIssue, AuditReport, TableReport } from "../../src/audit";
import { groupByRule, groupIssues, worstSeverity } from "../../src/taskpane/groups";
import { mappingFrom } from "../../src/taskpane/mapping-view";
import { headerTexts, likelyHeaderRow, sharedColumn } from "../../src/taskpane/mapping-form";
import { FORMATTERS } from "../../src/rules";
import { displayValue } from "../../src/taskpane/settings-form";
import { canonical, formValue, lookedForText, sameProject, withEdit, workbookProjectAfter } from "../../src/taskpane/project-values";
import { t } from "../../src/taskpane/i18n";
import { fieldLabel } from "../../src/taskpane/labels";

const issue = (sheet: string | null, row: number | null, severity: AuditIssue["severity"], cell: string | null = null): AuditIssue => ({
  sheet,
  row,
  cell,
  field: "start",
  rule: "date-missing",
  severity,
  message: "m",
});

describe("groupIssues", () => {
  const issues = [
    issue(null, null, "info"),
    issue("A", 5, "error", "C5"),
    issue("A", 5, "warning", "D5"),
    issue("A", 7, "info", "C7"),
    issue("B", 5, "error", "C5"),
  ];
  const all = { error: true, warning: true, info: true };

  test("one group per sheet row, project issues first, then the rows with errors, with warnings, with info, each in report order", () => {
    const groups = groupIssues(issues, all);
    expect(groups.map((g) => [g.sheet, g.row, g.issues])).toEqual([
      [null, null, [0]],
      ["A", 5, [1, 2]],
      ["B", 5, [4]],
      ["A", 7, [3]],
    ]);
    expect(worstSeverity(issues, groups[1].issues)).toBe("error");
  });

  test("the worst rows come first however far down the plan they are (a row's worst issue decides)", () => {
    // 300 rows of info, a warning on row 250, an error on row 299: both on the first page of 100 groups.
    const many = [
      ...Array.from({ length: 300 }, (_, i) => issue("P", i + 2, "info", `A${i + 2}`)),
      issue("P", 251, "warning", "B251"),
      issue("P", 300, "error", "C300"),
    ];
    const rows = groupIssues(many, all).map((g) => g.row);
    expect(rows.slice(0, 3)).toEqual([300, 251, 2]);
    expect(rows.slice(3, 5)).toEqual([3, 4]);
    expect(rows).toHaveLength(300);
    // Without errors shown, the warning's row leads.
    expect(groupIssues(many, { error: false, warning: true, info: true }).map((g) => g.row)[0]).toBe(251);
  });

  test("the severity filter drops issues and the groups left empty", () => {
    const groups = groupIssues(issues, { error: true, warning: false, info: false });
    expect(groups.map((g) => [g.sheet, g.row, g.issues])).toEqual([
      ["A", 5, [1]],
      ["B", 5, [4]],
    ]);
    expect(groupIssues(issues, { error: false, warning: false, info: false })).toEqual([]);
  });
});

describe("project settings form", () => {
  const workbook = { call: "1. kārta", sector: "Profesionālā izglītība", start: "2026-06-01", country: "Latvija" };

  test("shows workbook labels as the catalog's ids and codes", () => {
    expect(canonical("call", "1. kārta")).toBe("2026-R1");
    expect(canonical("sector", "Profesionālā izglītība")).toBe("VET");
    expect(canonical("country", "Latvija")).toBe("LV");
    expect(canonical("country", "Narnia")).toBe("Narnia");
    expect(canonical("action", "Akreditētie projekti")).toBe("KA121");
    expect(canonical("action", "KA122-SCH")).toBe("KA122");
    expect(canonical("action", "KA131")).toBe("KA131");
    expect(canonical("start", " 2026-06-01 ")).toBe("2026-06-01");
    expect(formValue({}, workbook, "call")).toBe("2026-R1");
    expect(formValue({ call: "2026-R2" }, workbook, "call")).toBe("2026-R2");
    expect(formValue({}, workbook, "end")).toBe("");
  });

  test("a change is an override; putting the workbook's value back removes it", () => {
    let overrides = withEdit({}, workbook, "sector", "SCH");
    expect(overrides).toEqual({ sector: "SCH" });
    overrides = withEdit(overrides, workbook, "end", "2027-05-31");
    expect(overrides).toEqual({ sector: "SCH", end: "2027-05-31" });
    overrides = withEdit(overrides, workbook, "sector", "VET");
    expect(overrides).toEqual({ end: "2027-05-31" });
    expect(withEdit(overrides, workbook, "end", "")).toEqual({});
    expect(sameProject({ end: "2027-05-31" }, overrides)).toBe(true);
    expect(sameProject({}, overrides)).toBe(false);
  });

  test("an audit updates the workbook values it read, not the overridden ones", () => {
    const report = {
      project: { sector: "SCH", start: "2026-07-01" },
      projectSources: { start: { sheet: "P", cell: "B2", row: 2 } },
    } as unknown as AuditReport;
    const before = {
      project: { start: "2026-06-01", sector: "VET" },
      sources: { sector: { sheet: "P", cell: "B1", row: 1 } },
      emptyLabels: {},
    };
    const after = workbookProjectAfter(report, { sector: "SCH" }, before);
    expect(after.project).toEqual({ start: "2026-07-01", sector: "VET" });
    expect(after.sources).toEqual({ start: { sheet: "P", cell: "B2", row: 2 }, sector: { sheet: "P", cell: "B1", row: 1 } });
  });
});

describe("where a setting came from", () => {
  test("a setting not found names the first labels looked for, quoted the language's way", () => {
    expect(lookedForText("sector", "en")).toBe('"Sektors", "Sector", "Joma"');
    expect(lookedForText("action", "lv")).toBe("“Pamatdarbība”, “Action”, “Key action”");
  });

  test("a setting taken from the project number keeps its source through an audit", () => {
    const via = { sheet: "Plāns", cell: "A1", row: 1, via: "number" as const };
    const report = { project: { sector: "VET" }, projectSources: { sector: via } } as unknown as AuditReport;
    expect(workbookProjectAfter(report, {}, { project: {}, sources: {}, emptyLabels: {} }).sources).toEqual({ sector: via });
  });

  test("a label the audit found empty is known as such until the audit reads a value there", () => {
    const label = { sheet: "Plāns", cell: "A7", row: 7 };
    const empty = {
      project: {},
      projectSources: {},
      settingsNotFound: [
        { setting: "start", lookedFor: [], emptyLabel: label },
        { setting: "number", lookedFor: [], emptyLabel: { sheet: "Plāns", cell: "A6", row: 6 } },
        { setting: "end", lookedFor: [] },
      ],
    } as unknown as AuditReport;
    const after = workbookProjectAfter(empty, {}, { project: {}, sources: {}, emptyLabels: {} });
    expect(after.emptyLabels).toEqual({ start: label });
    // Overridden in the pane: the audit did not look at the cell.
    expect(workbookProjectAfter(empty, { start: "2026-06-01" }, { project: {}, sources: {}, emptyLabels: {} }).emptyLabels).toEqual({});
    const filled = { project: { start: "2026-06-01" }, projectSources: { start: { ...label, cell: "B7" } } } as unknown as AuditReport;
    expect(workbookProjectAfter(filled, {}, after).emptyLabels).toEqual({});
  });

  test("the hints exist in both languages", () => {
    expect(t("en", "settings.fromNumber", { sheet: "Plāns", cell: "A1" })).toBe("From the project number in Plāns!A1");
    expect(t("lv", "settings.fromNumber", { sheet: "Plāns", cell: "A1" })).toBe("No projekta numura šūnā Plāns!A1");
    expect(t("en", "settings.emptyLabel", { sheet: "Plāns", cell: "A7" })).toBe(
      "Its label is in Plāns!A7, with no value beside it: fill it in there, or here",
    );
    expect(t("lv", "settings.emptyLabel", { sheet: "Plāns", cell: "A7" })).toBe(
      "Etiķete ir šūnā Plāns!A7, bet blakus tai nav vērtības: aizpildiet to tur vai šeit",
    );
    expect(t("lv", "settings.notFound", { labels: "“Sektors”" })).toBe(
      "Darbgrāmatā šī iestatījuma nav; meklētas etiķetes, piemēram, “Sektors”",
    );
  });
});

describe("column corrections", () => {
  const table: TableReport = {
    sheet: "Plāns",
    headerRow: 4,
    columns: { participant: "A", activity: "B", start: "C", end: "D" },
    unrecognised: [{ column: "E", header: "Valsts?" }],
    rows: 10,
  };
  const detected = { participant: "A", activity: "B", start: "C", end: "D" };

  test("no change, no correction", () => {
    expect(mappingFrom(table, undefined, detected, 4)).toEqual({});
  });

  test("a moved column, a dropped one and a new header row", () => {
    expect(mappingFrom(table, undefined, { ...detected, end: undefined, hostCountry: "E" }, 5)).toEqual({
      headerRow: 5,
      columns: { end: null, hostCountry: "E" },
    });
  });

  test("a period column (start and end in one cell) can be chosen, and is named in both languages", () => {
    expect(mappingFrom(table, undefined, { ...detected, start: undefined, end: undefined, period: "C" }, 4)).toEqual({
      columns: { start: null, end: null, period: "C" },
    });
    expect(fieldLabel("period", "en")).toBe("Period (start and end in one cell)");
    expect(fieldLabel("period", "lv")).toBe("Periods (sākums un beigas vienā šūnā)");
  });

  test("earlier corrections are kept", () => {
    const saved = { columns: { participant: "A" } };
    expect(mappingFrom(table, saved, { ...detected, hostCountry: "E" }, 4)).toEqual({ columns: { participant: "A", hostCountry: "E" } });
  });
});

describe("the settings form's dates", () => {
  test("are shown by the messages' formatter: 5 Oct 2026 in English, 05.10.2026. in Latvian", () => {
    expect(displayValue("start", "2026-10-05", "en")).toBe("5 Oct 2026");
    expect(displayValue("end", "2027-01-01", "lv")).toBe("01.01.2027.");
    // Sector and call by name, not by code.
    expect(displayValue("sector", "SCH", "lv")).toBe("Skolu izglītība (SCH)");
    expect(displayValue("sector", "XYZ", "en")).toBe("XYZ");
    expect(displayValue("call", "2026-R1", "en")).not.toBe("2026-R1");
    for (const language of ["en", "lv"] as const)
      expect(displayValue("end", "2026-12-31", language)).toBe(FORMATTERS[language].date("2026-12-31"));
  });
});

describe("the column form's logic", () => {
  const preview = { sheet: "S", firstRow: 3, firstColumn: 2, rows: [["Title"], [], ["Kas", "", "Sāk", "Beidz"], ["Anna", "x", "1", "2"]] };

  test("headerTexts: the header row's text by column letter, from the preview's first row and column", () => {
    expect([...headerTexts(preview, 5)]).toEqual([
      ["B", "Kas"],
      ["D", "Sāk"],
      ["E", "Beidz"],
    ]);
    expect(headerTexts(preview, 2).size).toBe(0);
    expect(headerTexts(undefined, 5).size).toBe(0);
  });

  test("likelyHeaderRow: the first row nearly as wide as the widest (not a title above, not the data below)", () => {
    expect(likelyHeaderRow(preview)).toBe(5);
    expect(
      likelyHeaderRow({
        ...preview,
        rows: [
          ["a", "b"],
          ["c", "d"],
        ],
      }),
    ).toBe(3);
    expect(likelyHeaderRow({ ...preview, rows: [["a"], ["b", "c"], ["x", "y", "z", "w"]] })).toBe(5);
    expect(likelyHeaderRow({ ...preview, rows: [] })).toBe(3);
  });

  test("sharedColumn: a column chosen for two fields is found with both; distinct columns pass", () => {
    expect(sharedColumn({ start: "D", end: "D", participant: "A" })).toEqual({ column: "D", fields: ["start", "end"] });
    expect(sharedColumn({ start: "D", end: "E" })).toBeNull();
    expect(sharedColumn({})).toBeNull();
  });
});

describe("groupByRule", () => {
  const rule = (r: string, severity: AuditIssue["severity"]): AuditIssue => ({
    ...issue("A", 1, severity, "C1"),
    rule: r as AuditIssue["rule"],
  });
  const issues = [
    rule("w1", "warning"),
    rule("e1", "error"),
    rule("w2", "warning"),
    rule("w2", "warning"),
    rule("e2", "error"),
    rule("i1", "info"),
  ];
  const all = { error: true, warning: true, info: true };

  test("one group per rule: errors first, then by count, ties in report order", () => {
    expect(groupByRule(issues, all).map((g) => [g.rule, g.severity, g.issues])).toEqual([
      ["e1", "error", [1]],
      ["e2", "error", [4]],
      ["w2", "warning", [2, 3]],
      ["w1", "warning", [0]],
      ["i1", "info", [5]],
    ]);
  });

  test("the severity filter applies", () => {
    expect(groupByRule(issues, { error: false, warning: true, info: false }).map((g) => g.rule)).toEqual(["w2", "w1"]);
  });
});
