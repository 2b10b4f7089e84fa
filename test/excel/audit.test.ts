/** Auditing in Excel: scopes, date systems, safety, settings and the small host functions. */
import {
  type AuditProgress,
  ExcelAuditError,
  auditInExcel,
  clearAuditMarks,
  loadStoredSettings,
  notesSupported,
  readWorkbookProject,
  saveStoredSettings,
  selectCell,
} from "../../src/excel";
import { cellKey, cloneWorkbook, createFakeExcel, fakeSheet, fakeWorkbook } from "./fake-excel";
import { contents, expectCleanWrites, fills, flagged } from "./helpers";
import { planSheet, serial } from "./plans";

describe("audit scope", () => {
  it("'Audit sheet' audits the active sheet only; 'Audit workbook' every sheet", async () => {
    const data = fakeWorkbook(
      [planSheet("Plan A", 20, { mistakeEvery: 3 }), planSheet("Plan B", 20, { mistakeEvery: 4 }), fakeSheet("Notes", [["Just notes"]])],
      {
        active: "Plan B",
      },
    );
    const fake = createFakeExcel(data);
    const sheet = await auditInExcel(fake, { scope: "sheet", language: "en" });
    expect(sheet.report.tables.map((t) => t.sheet)).toEqual(["Plan B"]);
    expect(new Set(sheet.report.issues.map((i) => i.sheet))).toEqual(new Set(["Plan B"]));
    expect(data.sheets[0].fills.size).toBe(0);
    expect(data.sheets[1].fills.size).toBe(sheet.highlighted);

    const workbook = await auditInExcel(fake, { scope: "workbook", language: "en" });
    expect(workbook.report.tables.map((t) => t.sheet)).toEqual(["Plan A", "Plan B"]);
    const marked = flagged(workbook);
    const bySheet = (name: string) => [...marked.keys()].filter((k) => k.startsWith(`${name}!`)).length;
    expect(bySheet("Plan A")).toBeGreaterThan(0);
    expect(bySheet("Plan B")).toBeGreaterThan(0);
    expect(data.sheets[0].fills.size).toBe(bySheet("Plan A"));
    expect(data.sheets[1].fills.size).toBe(bySheet("Plan B"));
    // Plan B's cells are flagged again: they keep their marks (and recorded fills) rather than being restored.
    expect(workbook.restored).toBe(0);
    expectCleanWrites(fake);

    await clearAuditMarks(fake);
    expect(data.sheets.map((s) => s.fills.size + s.notes.size)).toEqual([0, 0, 0]);
  });

  it("reports progress while reading, auditing and highlighting", async () => {
    const events: AuditProgress[] = [];
    await auditInExcel(createFakeExcel(fakeWorkbook([planSheet("Plan", 40, { mistakeEvery: 5 })])), {
      scope: "sheet",
      language: "en",
      onProgress: (p) => events.push(p),
    });
    expect(events.map((e) => e.phase)).toEqual(expect.arrayContaining(["reading", "auditing", "highlighting"]));
    expect(events.find((e) => e.phase === "auditing")).toEqual({ phase: "auditing", done: 47, total: 47 });
  });

  it("passes the pane's project and column mapping to the audit", async () => {
    const sheet = planSheet("Plan", 10);
    sheet.values[6][9] = "Where to";
    const fake = createFakeExcel(fakeWorkbook([sheet]));
    const result = await auditInExcel(fake, {
      scope: "sheet",
      language: "lv",
      project: { sector: "SCH" },
      mappings: { Plan: { headerRow: 7, columns: { hostCountry: "J" } } },
    });
    expect(result.report.project.sector).toBe("SCH");
    expect(result.report.projectSources.sector).toBeUndefined();
    expect(result.report.tables[0].columns.hostCountry).toBe("J");
    expect(result.report.language).toBe("lv");
  });
});

describe("dates", () => {
  it("reads dates by their number format, in the 1904 date system too", async () => {
    const results = [];
    for (const date1904 of [false, true]) {
      const data = fakeWorkbook([planSheet("Plan", 30, { mistakeEvery: 4, date1904 })], { date1904 });
      results.push(await auditInExcel(createFakeExcel(data), { scope: "sheet", language: "en" }));
    }
    const [r1900, r1904] = results;
    expect(r1904.report.project.start).toBe("2026-09-01");
    expect(r1904.report.project.end).toBe("2027-08-31");
    expect(r1904.report.issues).toEqual(r1900.report.issues);
    expect(r1904.report.issues.length).toBeGreaterThan(0);
  });

  it("reads a number formatted as a date as a date, and a plain number as a number", async () => {
    const sheet = planSheet("Plan", 3);
    sheet.values[7][5] = serial("2026-10-09");
    sheet.formats.set(cellKey(7, 5), "dd.mm.yyyy"); // a date typed into "Duration days"
    const result = await auditInExcel(createFakeExcel(fakeWorkbook([sheet])), { scope: "sheet", language: "en" });
    const issue = result.report.issues.find((i) => i.cell === "F8");
    expect(issue?.rule).toBe("value-unreadable");
    expect(issue?.message).toContain("2026-10-09");
  });

  it("reads formula results and never changes a value or formula", async () => {
    const sheet = planSheet("Plan", 12, { mistakeEvery: 3 });
    for (let row = 7; row < 19; row++) sheet.formulas.set(cellKey(row, 5), `=E${row + 1}-D${row + 1}+1`);
    const data = fakeWorkbook([sheet]);
    const before = contents(data);
    const fake = createFakeExcel(data);
    const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
    expect(result.highlighted).toBeGreaterThan(0);
    expect(contents(data)).toBe(before);
    await auditInExcel(fake, { scope: "workbook", language: "lv" });
    await clearAuditMarks(fake);
    expect(contents(data)).toBe(before);
    expectCleanWrites(fake);
  });
});

describe("safety", () => {
  it("refuses a protected sheet with a clear message and writes nothing", async () => {
    const data = fakeWorkbook([planSheet("Plan", 30, { mistakeEvery: 3, protected: true })]);
    const before = JSON.stringify(cloneWorkbook(data), (_, v: unknown) => (v instanceof Map ? [...v] : v));
    const fake = createFakeExcel(data);
    const error = await auditInExcel(fake, { scope: "sheet", language: "en" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAuditError);
    expect(error).toMatchObject({ reason: "protected-sheet", params: { sheets: ["Plan"] } });
    expect(fake.stats.log.reduce((n, s) => n + s.writes, 0)).toBe(0);
    expect(JSON.stringify(cloneWorkbook(data), (_, v: unknown) => (v instanceof Map ? [...v] : v))).toBe(before);
    await expect(auditInExcel(fake, { scope: "workbook", language: "en" })).rejects.toMatchObject({ reason: "protected-sheet" });
    expect(fake.stats.log.reduce((n, s) => n + s.writes, 0)).toBe(0);
  });

  it("audits the workbook past a protected sheet that has nothing to mark", async () => {
    const lookup = fakeSheet("Lists", [["Countries"], ["LV"], ["IT"]], { protected: true });
    const data = fakeWorkbook([planSheet("Plan", 20, { mistakeEvery: 3 }), lookup]);
    const result = await auditInExcel(createFakeExcel(data), { scope: "workbook", language: "en" });
    expect(result.highlighted).toBeGreaterThan(0);
    expect(lookup.fills.size + lookup.notes.size).toBe(0);
  });

  it("refuses to clear, or to audit over, marks on a sheet protected since, and writes nothing", async () => {
    const data = fakeWorkbook([planSheet("Plan", 30, { mistakeEvery: 3 }), planSheet("Other", 10, { mistakeEvery: 2 })]);
    const fake = createFakeExcel(data);
    await auditInExcel(fake, { scope: "sheet", language: "en" });
    data.sheets[0].protected = true;
    data.activeSheetId = data.sheets[1].id;
    const marked = fills(data.sheets[0]);
    fake.stats.reset();
    await expect(clearAuditMarks(fake)).rejects.toMatchObject({ reason: "protected-sheet" });
    await expect(auditInExcel(fake, { scope: "sheet", language: "en" })).rejects.toMatchObject({ reason: "protected-sheet" });
    expect(fake.stats.log.reduce((n, s) => n + s.writes, 0)).toBe(0);
    data.sheets[0].protected = false;
    await clearAuditMarks(fake);
    expect(data.sheets[0].fills.size).toBe(0);
    expect(marked.length).toBeGreaterThan(0);
  });

  it("says so when no plan table is found, and writes nothing", async () => {
    const fake = createFakeExcel(
      fakeWorkbook([
        fakeSheet("Budget", [
          ["Item", "Cost"],
          ["Travel", 1200],
        ]),
      ]),
    );
    await expect(auditInExcel(fake, { scope: "sheet", language: "en" })).rejects.toMatchObject({
      reason: "no-plan-table",
      // The sheet's first rows, for the pane to let the coordinator name the header row and the columns.
      params: {
        sheet: "Budget",
        rows: 30,
        preview: {
          sheet: "Budget",
          firstRow: 1,
          firstColumn: 1,
          rows: [
            ["Item", "Cost"],
            ["Travel", "1200"],
          ],
        },
      },
    });
    await expect(auditInExcel(fake, { scope: "workbook", language: "en" })).rejects.toMatchObject({
      reason: "no-plan-table",
      params: { sheet: null, rows: 30 },
    });
    expect(fake.stats.log.reduce((n, s) => n + s.writes, 0)).toBe(0);
  });

  it("refuses a used range beyond what it reads, and writes nothing", async () => {
    const sheet = planSheet("Plan", 10);
    sheet.values[400_000] = [];
    sheet.values[400_000][20] = "stray";
    const fake = createFakeExcel(fakeWorkbook([sheet]));
    // Rows 1 to 400,001 by columns A to U.
    await expect(auditInExcel(fake, { scope: "sheet", language: "en" })).rejects.toMatchObject({
      reason: "too-large",
      params: { sheet: "Plan", rows: 400_001, columns: 21, cells: 8_400_021, limit: 4_000_000 },
    });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.log[0].writes).toBe(0);
  });

  it("needs ExcelApi 1.9", async () => {
    const fake = createFakeExcel(fakeWorkbook([planSheet("Plan", 3)]), { apiVersion: "1.8" });
    await expect(auditInExcel(fake, { scope: "sheet", language: "en" })).rejects.toMatchObject({
      reason: "excel-too-old",
      params: { requirement: "ExcelApi 1.9" },
    });
    expect(notesSupported(fake)).toBe(false);
  });
});

describe("settings", () => {
  it("saves the project form and column mappings in the workbook and loads them after reopening", async () => {
    const data = fakeWorkbook([planSheet("Plan", 3)]);
    expect(await loadStoredSettings(createFakeExcel(data))).toEqual({ project: {}, mappings: {}, marked: false });
    const settings = {
      project: { call: "2026-R1", sector: "VET", start: "2026-09-01", end: "2027-08-31", country: "LV" },
      mappings: { Plan: { headerRow: 7, columns: { hostCountry: "J", group: null } } },
      language: "lv" as const,
    };
    await saveStoredSettings(createFakeExcel(data), settings);
    expect(await loadStoredSettings(createFakeExcel(cloneWorkbook(data)))).toEqual({ ...settings, marked: false });
  });

  it("says whether the workbook holds marks for Clear to take away: after an audit yes, after Clear no", async () => {
    const data = fakeWorkbook([planSheet("Plan", 6, { mistakeEvery: 2 })]);
    const fake = createFakeExcel(data);
    expect((await loadStoredSettings(createFakeExcel(data))).marked).toBe(false);
    const { highlighted } = await auditInExcel(fake, { scope: "sheet", language: "en" });
    expect(highlighted).toBeGreaterThan(0);
    expect((await loadStoredSettings(createFakeExcel(data))).marked).toBe(true);
    await clearAuditMarks(fake);
    expect((await loadStoredSettings(createFakeExcel(data))).marked).toBe(false);
  });

  it("loads what it can use of a damaged stored value, and says part was ignored", async () => {
    const stored = { project: { sector: 3, call: " 2026-R1 " }, mappings: { A: { headerRow: -1, columns: { end: "e" } } } };
    const data = fakeWorkbook([planSheet("Plan", 3)], { settings: new Map([["mobilityAudit.settings", JSON.stringify(stored)]]) });
    expect(await loadStoredSettings(createFakeExcel(data))).toEqual({
      project: { call: "2026-R1" },
      mappings: { A: { columns: { end: "E" } } },
      ignored: true,
      marked: false,
    });
  });

  it("reads the project block from the workbook for the form's prefill", async () => {
    const project = fakeSheet("Projekts", [
      ["Projekta sākums", serial("2026-06-01")],
      ["Projekta beigas", serial("2027-05-31")],
      ["Sektors", "SCH"],
      ["Konkursa kārta", "2026-R1"],
      ["Valsts", "LV"],
    ]);
    const fake = createFakeExcel(fakeWorkbook([planSheet("Plan", 5), project]));
    const { project: read, sources } = await readWorkbookProject(fake);
    expect(read).toEqual({ start: "2026-06-01", end: "2027-05-31", sector: "SCH", call: "2026-R1", country: "LV" });
    expect(sources.start).toEqual({ sheet: "Projekts", cell: "B1", row: 1 });
    expect(fake.stats.syncs).toBe(2);
  });
});

describe("selecting a cell", () => {
  it("activates the sheet and selects the cell", async () => {
    const data = fakeWorkbook([planSheet("Plan", 3), planSheet("Other", 3)]);
    await selectCell(createFakeExcel(data), "Other", "F9");
    expect(data.activeSheetId).toBe(data.sheets[1].id);
    expect(data.selection).toEqual({ sheetId: data.sheets[1].id, address: "F9" });
  });
});
