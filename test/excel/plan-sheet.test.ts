/**
 * "New plan" in the pane (src/excel/plan-sheet.ts): the same sheet the command's --template writes, made in two syncs
 * under free names, never touching a sheet of the user's; the audit reads it with no mapping, and the pane's own
 * columns (duration, check) and the activity count make it report nothing about themselves.
 */
import type { Worksheet } from "exceljs";
import { columnLetter, matchHeader } from "../../src/audit";
import { listName, planTemplate, templateColumnLetter, type PlanTemplate } from "../../src/audit/plan-template";
import { templateWorkbook } from "../../src/cli/write-template";
import { ExcelAuditError, auditInExcel, createPlanSheet } from "../../src/excel";
import { activityTypeFor, isoToSerial, type Language, type Project } from "../../src/rules";
import {
  type FakeSheetData,
  type FakeValidation,
  type FakeValue,
  type FakeWorkbookData,
  cellKey,
  createFakeExcel,
  fakeSheet,
  fakeWorkbook,
} from "./fake-excel";
import { contents } from "./helpers";

/** The columns both writers share, then the pane's duration and check columns (zero-based index, letters). */
const SHARED = planTemplate({ language: "en" }).columns.length;
const DURATION = columnLetter(SHARED + 1);
const CHECK = columnLetter(SHARED + 2);
const PROJECT: Project = { sector: "SCH", start: "2026-09-01", end: "2027-08-31", country: "LV" };
const LANGUAGES: readonly Language[] = ["en", "lv"];

function sheetNamed(data: FakeWorkbookData, name: string): FakeSheetData {
  const sheet = data.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** A user's workbook: a plan of their own and notes, with a name and a table of their own. */
function usersWorkbook(): FakeWorkbookData {
  const own = fakeSheet("Mūsu plāns", [
    ["Vārds uzvārds", "Aktivitāte"],
    ["Anna", "Ēnošana darbā"],
  ]);
  const data = fakeWorkbook([own, fakeSheet("Notes", [["Call KA122 in February"]])]);
  data.names = [{ name: "Budget", formula: "=Notes!$A$1" }];
  data.tables = [{ name: "Ours", sheetId: own.id, address: "A1:B2", headers: ["Vārds uzvārds", "Aktivitāte"] }];
  return data;
}

describe("a new plan sheet", () => {
  test.each(LANGUAGES)("in %s: two syncs, new sheets only, the sheet shown at its first data cell", async (language) => {
    const data = usersWorkbook();
    const before = contents({ ...data, sheets: data.sheets.slice() });
    const fake = createFakeExcel(data);
    const template = planTemplate({ language, project: PROJECT });
    const result = await createPlanSheet(fake, { language, project: PROJECT });

    expect(result).toEqual({ sheet: template.sheetName, table: "MobilityPlan", listsSheet: template.listsSheetName, syncs: 2 });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.log.map((sync) => sync.error)).toEqual([undefined, undefined]);
    // The first sync only reads; the second writes, and only to the sheets it made.
    expect(fake.stats.log[0].writes).toBe(0);
    // Well under Excel on the web's 5 MB: the checks and formats of 1,000 rows are ranges, not cells.
    expect(fake.stats.maxRequest).toBeLessThan(100_000);
    const made = new Set([sheetNamed(data, result.sheet).id, sheetNamed(data, result.listsSheet).id]);
    expect([...fake.stats.log[1].valueSheets].every((id) => made.has(id))).toBe(true);
    expect(contents({ ...data, sheets: data.sheets.slice(0, 2) })).toBe(before);
    expect(data.names).toEqual([{ name: "Budget", formula: "=Notes!$A$1" }]);
    expect(data.tables?.[0]).toMatchObject({ name: "Ours", address: "A1:B2" });

    const plan = sheetNamed(data, result.sheet);
    expect(data.sheets.map((s) => [s.name, s.visibility ?? "Visible"])).toEqual([
      ["Mūsu plāns", "Visible"],
      ["Notes", "Visible"],
      [template.sheetName, "Visible"],
      [template.listsSheetName, "Hidden"],
    ]);
    expect(data.activeSheetId).toBe(plan.id);
    expect(data.selection).toEqual({ sheetId: plan.id, address: `A${template.headerRow + 1}` });
    expect(plan.frozenRows).toBe(template.headerRow);
  });

  test("free names: a sheet, a lists sheet, a table and list names already there are left alone", async () => {
    const data = usersWorkbook();
    const taken = fakeSheet("MOBILITY PLAN", [["a plan of mine"]]);
    data.sheets.push(taken, fakeSheet("Mobility plan 2"), fakeSheet("lists", [["mine"]]));
    data.tables!.push({ name: "mobilityplan", sheetId: taken.id, address: "A1:A2", headers: ["a plan of mine"] });
    // A workbook name takes a table's name too; the list names of an earlier template are workbook-wide.
    data.names!.push({ name: "MobilityPlan2", formula: "=1" }, { name: "List_roles", formula: "=lists!$A$1:$A$1" });
    const before = contents(data);
    const fake = createFakeExcel(data);
    const result = await createPlanSheet(fake, { language: "en" });

    expect(result).toEqual({ sheet: "Mobility plan 3", table: "MobilityPlan3", listsSheet: "Lists 2", syncs: 2 });
    expect(contents({ ...data, sheets: data.sheets.slice(0, 5) })).toBe(before);
    expect(data.names?.map((n) => n.name)).toEqual(["Budget", "MobilityPlan2", "List_roles"]);
    expect(data.tables?.map((t) => t.name)).toEqual(["Ours", "mobilityplan", "MobilityPlan3"]);
    // The new sheet's lists are named on the sheet itself: its drop-downs' "=List_roles" is its own list.
    const plan = sheetNamed(data, "Mobility plan 3");
    expect(plan.names?.find((n) => n.name === "List_roles")?.formula).toBe("='Lists 2'!$F$1:$F$5");
    expect(plan.formulas.get(cellKey(2, 4))).toMatch(/^=COUNTIFS\(MobilityPlan3\[Activity type\],/);
  });

  test("an Excel without the data validation and freeze-panes APIs is told so, and nothing is written", async () => {
    const data = usersWorkbook();
    const fake = createFakeExcel(data, { apiVersion: "1.8" });
    await expect(createPlanSheet(fake, { language: "en" })).rejects.toEqual(
      new ExcelAuditError({ reason: "excel-too-old", params: { requirement: "ExcelApi 1.9" } }),
    );
    expect(fake.stats.syncs).toBe(0);
    expect(data.sheets).toHaveLength(2);
  });
});

/** A check as both writers' common terms: the rule's kind and formulae, the warning and the prompt. */
interface Check {
  readonly type: string;
  readonly formulae: readonly (string | number)[];
  readonly style: string;
  readonly title: string;
  readonly error: string;
  readonly prompt?: string;
}

function fromFake(v: FakeValidation): Check {
  const rule = v.rule ?? {};
  const [type, formulae]: [string, (string | number)[]] = rule.list
    ? ["list", [String(rule.list.source).slice(1)]]
    : rule.custom
      ? ["custom", [rule.custom.formula.slice(1)]]
      : ["whole", [rule.wholeNumber?.formula1 as number, rule.wholeNumber?.formula2 as number]];
  return {
    type,
    formulae,
    style: String(v.errorAlert?.style).toLowerCase(),
    title: String(v.errorAlert?.title),
    error: String(v.errorAlert?.message),
    ...(v.prompt ? { prompt: v.prompt.message } : {}),
  };
}

type ExcelJsValidation = {
  type: string;
  formulae: (string | number)[];
  errorStyle: string;
  errorTitle: string;
  error: string;
  prompt?: string;
};

function fromExcelJs(v: ExcelJsValidation): Check {
  return {
    type: v.type,
    formulae: v.formulae,
    style: v.errorStyle,
    title: v.errorTitle,
    error: v.error,
    ...(v.prompt ? { prompt: v.prompt } : {}),
  };
}

/** Excel's points for a width in characters, as plan-sheet.ts converts them. */
const points = (characters: number) => (characters * 7 + 5) * 0.75;

function cellOf(sheet: Worksheet, address: string): unknown {
  const value = sheet.getCell(address).value;
  if (value instanceof Date) return isoToSerial(value.toISOString().slice(0, 10));
  return value ?? "";
}

describe.each(LANGUAGES)("in %s, the same sheet as the command's template", (language) => {
  const template = planTemplate({ language, project: PROJECT });
  const command = templateWorkbook({ language, project: PROJECT });
  const commandSheet = command.getWorksheet(template.sheetName)!;
  let data: FakeWorkbookData;
  let plan: FakeSheetData;

  beforeAll(async () => {
    data = fakeWorkbook([fakeSheet("Sheet1")]);
    await createPlanSheet(createFakeExcel(data), { language, project: PROJECT });
    plan = sheetNamed(data, template.sheetName);
  });

  test("the title, the project block and the table's headers, then the pane's two columns", () => {
    const { settingsRow, settings, headerRow, columns, paneColumns } = template;
    const rows = [1, ...settings.map((_, i) => settingsRow + i)];
    for (const row of rows) {
      for (const letter of ["A", "B"]) {
        const key = cellKey(row - 1, letter.charCodeAt(0) - 65);
        expect([`${letter}${row}`, plan.values[row - 1]?.[letter.charCodeAt(0) - 65] ?? ""]).toEqual([
          `${letter}${row}`,
          cellOf(commandSheet, `${letter}${row}`),
        ]);
        if (letter === "B" && commandSheet.getCell(`B${row}`).numFmt)
          expect(plan.formats.get(key)).toBe(commandSheet.getCell(`B${row}`).numFmt);
      }
    }
    const headers = plan.values[headerRow - 1];
    expect(headers.slice(0, columns.length)).toEqual(columns.map((_, i) => commandSheet.getRow(headerRow).getCell(i + 1).value));
    expect(headers.slice(columns.length)).toEqual(paneColumns.map((c) => c.header));
    expect(data.tables).toEqual([
      {
        name: "MobilityPlan",
        sheetId: plan.id,
        address: `A${headerRow}:${CHECK}${headerRow + 1}`,
        headers: [...columns, ...paneColumns].map((c) => c.header),
        style: "TableStyleMedium2",
      },
    ]);
    expect(plan.frozenRows).toBe((commandSheet.views[0] as { ySplit?: number }).ySplit);
  });

  test("the lists, in the same columns under the same names", () => {
    const lists = sheetNamed(data, template.listsSheetName);
    const commandLists = command.getWorksheet(template.listsSheetName)!;
    Object.values(template.lists).forEach((values, index) => {
      expect(lists.values.slice(0, values.length).map((row) => row[index])).toEqual(values);
      expect(values.map((_, row) => commandLists.getCell(row + 1, index + 1).value)).toEqual(values);
    });
    const unquoted = (formula: string) => formula.replace(/^=/, "").replace(/'/g, "");
    expect(plan.names?.map((n) => [n.name, unquoted(n.formula)])).toEqual(
      command.definedNames.model.map((n: { name: string; ranges: string[] }) => [n.name, unquoted(n.ranges[0])]),
    );
    expect(plan.names?.map((n) => n.name)).toEqual(Object.keys(template.lists).map((list) => listName(list as never)));
  });

  test("the same checks over the same cells, and the same date formats and widths", () => {
    const commandChecks = (commandSheet as unknown as { dataValidations: { model: Record<string, ExcelJsValidation> } }).dataValidations
      .model;
    const checks = Object.fromEntries((plan.validations ?? []).map((v) => [v.address, fromFake(v)]));
    expect(checks).toEqual(Object.fromEntries(Object.entries(commandChecks).map(([address, v]) => [address, fromExcelJs(v)])));
    expect(Object.values(checks).every((c) => c.style === "warning")).toBe(true);

    const first = template.headerRow + 1;
    const last = template.headerRow + template.checkedRows;
    template.columns.forEach((column, index) => {
      const format = commandSheet.getColumn(index + 1).numFmt;
      const formats = new Set(Array.from({ length: last - first + 1 }, (_, r) => plan.formats.get(cellKey(first - 1 + r, index))));
      expect([column.field, [...formats]]).toEqual([column.field, [format ?? undefined]]);
      expect(plan.columnWidths?.get(index)).toBe(points(commandSheet.getColumn(index + 1).width!));
    });
  });

  test("the pane's formulas: duration and check as calculated columns, the count against the cap", () => {
    const row = template.headerRow; // zero-based: the first data row
    const formulas = [
      plan.formulas.get(cellKey(row, SHARED)),
      plan.formulas.get(cellKey(row, SHARED + 1)),
      plan.formulas.get(cellKey(2, 4)),
    ];
    expect(formulas).toEqual(
      language === "en"
        ? [
            '=IFERROR(MOBILITY_DAYS([@[Start date]],[@[End date]]),"")',
            '=IF([@[Participant]]&[@[Activity type]]&[@[Start date]]&[@[End date]]="","",MOBILITY_CHECK($B$4,[@[Activity type]],[@[Start date]],[@[End date]],[@[Fewer opportunities]],[@[Host country]],$B$9,$B$3))',
            '=COUNTIFS(MobilityPlan[Activity type],"<>",MobilityPlan[Role],"<>Accompanying person",MobilityPlan[Activity type],"<>Preparatory visit")',
          ]
        : [
            '=IFERROR(MOBILITY_DAYS([@[Sākuma datums]],[@[Beigu datums]]),"")',
            '=IF([@[Dalībnieka vārds, uzvārds]]&[@[Aktivitātes veids]]&[@[Sākuma datums]]&[@[Beigu datums]]="","",MOBILITY_CHECK($B$4,[@[Aktivitātes veids]],[@[Sākuma datums]],[@[Beigu datums]],[@[Mazāk iespēju]],[@[Uzņemošā valsts]],$B$9,$B$3))',
            '=COUNTIFS(MobilityPlan[Aktivitātes veids],"<>",MobilityPlan[Loma],"<>Pavadošā persona",MobilityPlan[Aktivitātes veids],"<>Sagatavošanās vizīte")',
          ],
    );
    expect(plan.values[2][3]).toBe(template.activityCount.label);
    expect(plan.formats.get(cellKey(2, 4))).toBe('0" / 30"');
    // The command writes none of them.
    expect(commandSheet.getCell(`${DURATION}11`).value).toBeNull();
    expect(commandSheet.getCell("E3").value).toBeNull();
  });
});

/** Values a coordinator types, by field; the fake computes no formula, so each test gives the results Excel would. */
type Row = Partial<Record<string, FakeValue>>;

function typeRows(plan: FakeSheetData, template: PlanTemplate, rows: readonly { row: Row; days: FakeValue; check: string }[]): void {
  rows.forEach(({ row, days, check }, index) => {
    const cells = (plan.values[template.headerRow + index] ??= []);
    template.columns.forEach((column, c) => {
      const value = row[column.field];
      if (value !== undefined) cells[c] = typeof value === "string" && /^\d{4}-\d\d-\d\d$/.test(value) ? isoToSerial(value)! : value;
    });
    cells[template.columns.length] = days;
    cells[template.columns.length + 1] = check;
  });
}

describe.each(LANGUAGES)("in %s, the audit reads the new sheet with no mapping", (language) => {
  const template = planTemplate({ language, project: PROJECT });
  const name = (family: Parameters<typeof activityTypeFor>[1]) => activityTypeFor("SCH", family)![language];
  const [, staff] = template.lists.roles;
  const finland = language === "lv" ? "Somija" : "Finland";

  test("the pane's headers: the duration is read as the duration, the check as no field", () => {
    const [days, check] = template.paneColumns;
    expect([matchHeader(days.header)?.field, matchHeader(check.header)]).toEqual(["durationDays", undefined]);
  });

  test("empty, it has the project and the table and nothing to report on a sheet", async () => {
    const data = fakeWorkbook([fakeSheet("Sheet1")]);
    const fake = createFakeExcel(data);
    await createPlanSheet(fake, { language, project: PROJECT });
    const result = await auditInExcel(fake, { scope: "sheet", language });
    expect(result.report.tables).toEqual([
      {
        sheet: template.sheetName,
        headerRow: template.headerRow,
        columns: expect.objectContaining({ participant: "A", durationDays: DURATION }),
        unrecognised: [{ column: CHECK, header: template.paneColumns[1].header }],
        rows: 0,
      },
    ]);
    // The beneficiary country as the cell shows it: by its name in the language.
    expect(result.report.project).toEqual({ action: "KA122", ...PROJECT, country: language === "lv" ? "Latvija" : "Latvia" });
    expect(result.report.issues.filter((i) => i.sheet !== null)).toEqual([]);
  });

  test("filled in, the duration and check columns add no issue: only the faults put in are reported", async () => {
    const data = fakeWorkbook([fakeSheet("Sheet1")], { date1904: language === "lv" });
    const fake = createFakeExcel(data);
    await createPlanSheet(fake, { language, project: PROJECT });
    const plan = sheetNamed(data, template.sheetName);
    const date1904 = data.date1904;
    const shadowing = (participant: string, start: string, end: string): Row => ({
      participant,
      role: staff,
      activity: name("job-shadowing"),
      start: isoToSerial(start, date1904),
      end: isoToSerial(end, date1904),
      hostCountry: finland,
      hostOrganisation: "Helsingin koulu",
      mentor: "Aino Virtanen",
    });
    typeRows(plan, template, [
      { row: shadowing("Anna Bērziņa", "2026-10-05", "2026-10-09"), days: 5, check: "OK" },
      // One day of job shadowing: the check column says so too, but only the audit's own issue is reported.
      { row: shadowing("Dace Vītola", "2026-11-02", "2026-11-02"), days: 1, check: "Job shadowing lasts 1 day; the minimum is 2 days." },
      // No end date yet: MOBILITY_DAYS fails and IFERROR leaves the duration blank.
      { row: { ...shadowing("Māris Kalns", "2027-01-11", "2027-01-15"), end: "" }, days: "", check: "The end date is missing." },
    ]);
    const result = await auditInExcel(fake, { scope: "sheet", language });
    const first = template.headerRow + 1;
    const at = (field: string, row: number) => `${templateColumnLetter(template, field as never)}${row}`;
    expect(result.report.project.start).toBe("2026-09-01");
    expect(result.report.tables[0].rows).toBe(3);
    expect(result.report.issues.filter((i) => i.sheet !== null).map((i) => `${i.rule}@${i.cell}`)).toEqual([
      `duration-below-min@${at("end", first + 1)}`,
      `date-missing@${at("end", first + 2)}`,
    ]);
    expect(result.report.issues.some((i) => i.cell?.startsWith(DURATION) || i.cell?.startsWith(CHECK) || i.field === "durationDays")).toBe(
      false,
    );
  });

  test("a duration typed over the calculated column is the one thing it reports", async () => {
    const data = fakeWorkbook([fakeSheet("Sheet1")]);
    const fake = createFakeExcel(data);
    await createPlanSheet(fake, { language, project: PROJECT });
    const plan = sheetNamed(data, template.sheetName);
    typeRows(plan, template, [
      {
        row: {
          participant: "Anna",
          role: staff,
          activity: name("job-shadowing"),
          start: "2026-10-05",
          end: "2026-10-09",
          hostCountry: finland,
          mentor: "Aino Virtanen",
        },
        days: 7,
        check: "OK",
      },
    ]);
    plan.formulas.delete(cellKey(template.headerRow, SHARED));
    const result = await auditInExcel(fake, { scope: "sheet", language });
    expect(result.report.issues.filter((i) => i.sheet !== null).map((i) => `${i.rule}@${i.cell}`)).toEqual([
      `duration-mismatch@${DURATION}${template.headerRow + 1}`,
    ]);
  });
});
