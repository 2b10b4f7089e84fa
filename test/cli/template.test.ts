/**
 * --template (src/cli/write-template.ts): a new plan workbook the audit reads with no mapping — its structure (table,
 * frozen header, drop-downs from the hidden lists sheet, date checks), its refusals, and a round trip: filled in as a
 * coordinator fills it, the audit reports exactly the faults put in.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook, type Worksheet } from "exceljs";
import { columnLetter } from "../../src/audit";
import { listName, planTemplate, templateColumnLetter } from "../../src/audit/plan-template";
import { activityTypeFor, type Language } from "../../src/rules";
import { day, run, sha256, tempDir } from "./helpers";

const dir = tempDir();

async function read(path: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** exceljs keeps a sheet's validations by address (lib/doc/data-validations.js), outside its types. */
function validations(sheet: Worksheet): Record<string, { type: string; formulae: unknown[]; errorStyle?: string }> {
  return (sheet as unknown as { dataValidations: { model: Record<string, never> } }).dataValidations.model;
}

describe("the template's structure", () => {
  const path = join(dir, "structure.xlsx");
  const template = planTemplate({ language: "lv", project: { sector: "SCH" } });

  beforeAll(async () => {
    const result = await run(["--template", path, "--lang", "lv", "--sector", "SCH"]);
    expect(result).toEqual({
      code: 0,
      stdout: `Jauns plāns saglabāts: ${path}; aizpildiet projekta datus un tabulu, tad pārbaudiet to\n`,
      stderr: "",
    });
  });

  test("a plan sheet with the table, frozen under its header, and a hidden lists sheet", async () => {
    const workbook = await read(path);
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Mobilitātes plāns", "visible"],
      ["Saraksti", "hidden"],
    ]);
    const sheet = workbook.getWorksheet("Mobilitātes plāns")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: template.headerRow });
    const table = sheet.getTable("MobilityPlan") as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    // One empty row: a table has at least one, and it grows as the coordinator types below it.
    expect(table.table.tableRef).toBe(`A${template.headerRow}:${columnLetter(template.columns.length)}${template.headerRow + 1}`);
    expect(table.table.columns.map((c) => c.name)).toEqual(template.columns.map((c) => c.header));
    expect(template.columns.map((_, i) => sheet.getRow(template.headerRow).getCell(i + 1).value)).toEqual(
      template.columns.map((c) => c.header),
    );
  });

  test("each list is on the lists sheet under its defined name, as long as the list", async () => {
    const workbook = await read(path);
    const lists = workbook.getWorksheet("Saraksti")!;
    const names = workbook.definedNames.model;
    for (const [list, values] of Object.entries(template.lists)) {
      const defined = names.find((n) => n.name === listName(list as never));
      expect(defined?.ranges).toHaveLength(1);
      const [, column, last] = /^'?Saraksti'?!\$([A-Z]+)\$1:\$[A-Z]+\$(\d+)$/.exec(defined!.ranges[0]) ?? [];
      expect([list, Number(last)]).toEqual([list, values.length]);
      expect(values.map((_, row) => lists.getCell(`${column}${row + 1}`).value)).toEqual(values);
    }
  });

  test("every checked column has its check over the table's rows, warning rather than stopping", async () => {
    const sheet = (await read(path)).getWorksheet("Mobilitātes plāns")!;
    const model = validations(sheet);
    const first = template.headerRow + 1;
    const last = template.headerRow + template.checkedRows;
    for (const column of template.columns) {
      const letter = templateColumnLetter(template, column.field)!;
      // exceljs reads a range of validations back cell by cell: its first and last cells stand for it.
      const [top, bottom] = [model[`${letter}${first}`], model[`${letter}${last}`]];
      if (!column.check) {
        expect([column.field, top, bottom]).toEqual([column.field, undefined, undefined]);
        continue;
      }
      expect([column.field, top?.errorStyle, bottom?.type]).toEqual([column.field, "warning", top?.type]);
      if (column.check.kind === "list") expect(top.formulae).toEqual([listName(column.check.list)]);
      if (column.check.kind === "date-in-period")
        expect(String(top.formulae[0])).toMatch(new RegExp(`^AND\\(ISNUMBER\\(${letter}${first}\\),`));
    }
    expect(model[`A${first}`]).toBeUndefined();
    expect(model[`B${first}`]?.formulae).toEqual(["List_roles"]);
    expect(model[`C${first}`]?.formulae).toEqual(["List_activities"]);
    // The project block: drop-downs for the action, sector, call and country; date checks for the period.
    expect(["B3", "B4", "B5", "B9"].map((cell) => model[cell]?.formulae)).toEqual([
      ["List_actions"],
      ["List_sectors"],
      ["List_calls"],
      ["List_countries"],
    ]);
    expect(["B7", "B8"].map((cell) => model[cell]?.type)).toEqual(["custom", "custom"]);
  });

  test("its project block holds what was given, and the audit finds its table with nothing to report on the rows", async () => {
    const result = await run([path, "--json"]);
    const report = JSON.parse(result.stdout);
    expect(report.tables.map((t: { sheet: string; headerRow: number }) => [t.sheet, t.headerRow])).toEqual([
      ["Mobilitātes plāns", template.headerRow],
    ]);
    expect(report.summary.rows).toBe(0);
    expect(report.project).toEqual({ action: "KA122", sector: "SCH" });
    expect(report.issues.filter((i: { sheet: string | null }) => i.sheet !== null)).toEqual([]);
  });
});

describe("a template's project block not yet filled in", () => {
  test("each empty setting is named by its label's cell, in the JSON and the text report", async () => {
    const path = join(dir, "empty-block.xlsx");
    const template = planTemplate({ language: "en", project: {} });
    expect((await run(["--template", path])).code).toBe(0);
    const report = JSON.parse((await run([path, "--json"])).stdout);
    const labelCell = (setting: string) => {
      const row = template.settings.findIndex((s) => s.setting === setting);
      return `${template.sheetName}!A${template.settingsRow + row}`;
    };
    const empty = report.settingsNotFound.map((s: { setting: string; emptyLabel?: unknown }) => [s.setting, s.emptyLabel]);
    expect(empty).toEqual(["number", "sector", "call", "start", "end", "country"].map((setting) => [setting, labelCell(setting)]));
    const text = (await run([path])).stdout;
    expect(text).toContain(`Project start: not filled in (its label is in ${labelCell("start")}, with no value beside it)`);
    expect(text).not.toContain("looked for");
  });
});

describe("refusals", () => {
  test("an existing file is never written over", async () => {
    const path = join(dir, "mine.xlsx");
    writeFileSync(path, "a coordinator's own file");
    const before = sha256(path);
    const result = await run(["--template", path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `mobility-audit: cannot write ${path}: a file of that name exists; a new plan is never written over a file, so choose a new name\n`,
    );
    expect(sha256(path)).toBe(before);
  });

  test.each([
    [["--template", "new.xlsx", "plan.xlsx"], "--template takes no plan to audit: it writes a new one"],
    [["--template", "new.xlsx", "--out", "copy.xlsx"], "--template writes a workbook: --out, --json, --budget and --rates do not apply"],
    [["--template", "new.xlsx", "--json"], "--template writes a workbook: --out, --json, --budget and --rates do not apply"],
    [["--template", "new.xlsx", "--budget"], "--template writes a workbook: --out, --json, --budget and --rates do not apply"],
    [["--template", " "], "option --template needs a value"],
    [["--template", "new.xlsx", "--sector", "XYZ"], '--sector: unknown sector "XYZ" (VET, SCH or ADU)'],
  ])("%j is a usage error", async (argv, message) => {
    const result = await run(argv, { cwd: dir });
    expect(result).toEqual({ code: 2, stdout: "", stderr: `mobility-audit: ${message} (mobility-audit --help shows the usage)\n` });
    expect(existsSync(join(dir, "new.xlsx"))).toBe(false);
  });

  test("a macro workbook's name is refused (the template has no macros)", async () => {
    const result = await run(["--template", join(dir, "new.xlsm")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^mobility-audit: cannot write .*new\.xlsm: .*name it new\.xlsx\n$/);
  });
});

/** A coordinator's rows, by field, from the lists the drop-downs offer. */
type Row = Partial<Record<string, unknown>>;

async function fillIn(path: string, language: Language, rows: readonly Row[]): Promise<void> {
  const template = planTemplate({ language, project: { sector: "SCH" } });
  const workbook = await read(path);
  const sheet = workbook.getWorksheet(template.sheetName)!;
  rows.forEach((row, index) => {
    template.columns.forEach((column, c) => {
      const value = row[column.field];
      if (value !== undefined) sheet.getRow(template.headerRow + 1 + index).getCell(c + 1).value = value as never;
    });
  });
  // The table grows over the rows typed below it, as Excel grows it (exceljs keeps no rows of a table it read).
  const table = (sheet.getTable(template.tableName) as unknown as { table: { tableRef: string; autoFilterRef: string } }).table;
  table.tableRef =
    table.autoFilterRef = `A${template.headerRow}:${columnLetter(template.columns.length)}${template.headerRow + rows.length}`;
  await workbook.xlsx.writeFile(path);
}

describe.each(["lv", "en"] as const)("a round trip in %s: the template, filled in, audited with no mapping", (language) => {
  const template = planTemplate({ language, project: { sector: "SCH" } });
  const name = (family: Parameters<typeof activityTypeFor>[1]) => activityTypeFor("SCH", family)![language];
  const [learner, staff, accompanying] = template.lists.roles;
  const [yes] = template.lists.yesNo;
  const finland = language === "lv" ? "Somija" : "Finland";
  const russia = language === "lv" ? "Krievija" : "Russia";
  const italy = language === "lv" ? "Itālija" : "Italy";
  /** A row of group A: pupils and their accompanying teacher, one week in Helsinki. */
  const groupRow = (participant: string, role: string, extra: Row = {}): Row => ({
    participant,
    role,
    activity: name("group-mobility"),
    start: day("2027-03-08"),
    end: day("2027-03-12"),
    hostCountry: finland,
    hostOrganisation: "Helsingin koulu",
    group: "A",
    ...extra,
  });
  const valid: Row[] = [
    {
      participant: "Anna Bērziņa",
      role: staff,
      activity: name("job-shadowing"),
      start: day("2026-10-05"),
      end: day("2026-10-09"),
      travelDays: 2,
      hostCountry: finland,
      hostOrganisation: "Helsingin koulu",
      mentor: "Aino Virtanen",
    },
    {
      participant: "Jānis Ozols",
      role: staff,
      activity: name("course"),
      start: day("2026-11-02"),
      end: day("2026-11-06"),
      hostCountry: italy,
      hostOrganisation: "Europass",
      course: "Digital classroom",
      greenTravel: yes,
    },
    groupRow("Līga Kalniņa", learner),
    groupRow("Roberts Liepa", learner, { fewerOpportunities: yes }),
    groupRow("Inese Zariņa", accompanying),
  ];
  const faults: Row[] = [
    // One day of job shadowing (at least 2), in a country outside the Programme, ending after the project.
    {
      participant: "Dace Vītola",
      role: staff,
      activity: name("job-shadowing"),
      start: day("2027-08-31"),
      end: day("2027-08-31"),
      hostCountry: russia,
      hostOrganisation: "Школа 1",
      mentor: "Olga",
    },
    {
      participant: "Māris Kalns",
      role: staff,
      activity: name("job-shadowing"),
      start: day("2027-09-01"),
      end: day("2027-09-03"),
      hostCountry: finland,
      hostOrganisation: "Helsingin koulu",
      mentor: "Aino Virtanen",
    },
  ];
  const args = (path: string) => [
    path,
    "--json",
    "--lang",
    language,
    "--project-start",
    "2026-09-01",
    "--project-end",
    "2027-08-31",
    "--sending-country",
    "LV",
  ];

  test("a valid plan has no error and no issue on its rows but the group's reminder", async () => {
    const path = join(dir, `valid-${language}.xlsx`);
    expect((await run(["--template", path, "--lang", language, "--sector", "SCH"])).code).toBe(0);
    await fillIn(path, language, valid);
    const report = JSON.parse((await run(args(path))).stdout);
    expect(report.summary.rows).toBe(valid.length);
    expect(report.issues.filter((i: { severity: string }) => i.severity === "error").map((i: { message: string }) => i.message)).toEqual(
      [],
    );
    expect(report.issues.filter((i: { sheet: string | null }) => i.sheet !== null).map((i: { rule: string }) => i.rule)).toEqual([
      "group-two-countries",
    ]);
  });

  test("the faults put in are exactly the issues on the rows", async () => {
    const path = join(dir, `faults-${language}.xlsx`);
    expect((await run(["--template", path, "--lang", language, "--sector", "SCH"])).code).toBe(0);
    await fillIn(path, language, faults);
    const result = await run(args(path));
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const first = template.headerRow + 1;
    const at = (field: string, row: number) => `${templateColumnLetter(template, field as never)}${row}`;
    expect(
      report.issues
        .filter((i: { sheet: string | null }) => i.sheet !== null)
        .map((i: { rule: string; cell: string }) => `${i.rule}@${i.cell}`),
    ).toEqual([
      `duration-below-min@${at("end", first)}`,
      `country-excluded@${at("hostCountry", first)}`,
      `outside-project-period@${at("end", first + 1)}`,
    ]);
  });
});
