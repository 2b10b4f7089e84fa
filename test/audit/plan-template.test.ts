/**
 * The new plan sheet's description (src/audit/plan-template.ts): every header and label is one the audit reads, and
 * every drop-down value is one the rules resolve to what it stands for, in both languages and every sector.
 */
import { HEADER_SEARCH_ROWS, auditWorkbook, matchHeader, type CellValue } from "../../src/audit";
import {
  activityCountFormula,
  dateInPeriodFormula,
  listName,
  planTemplate,
  settingValueCell,
  structuredName,
  templateColumnLetter,
} from "../../src/audit/plan-template";
import {
  ACTIONS,
  CALL_ROUNDS,
  ELIGIBLE_COUNTRIES,
  LANGUAGES,
  ROLES,
  SECTORS,
  activitiesOfSector,
  resolveActivity,
  resolveCallRound,
  resolveCountry,
  resolveRole,
  type Language,
  type Sector,
} from "../../src/rules";
import { yesNoText } from "../../src/rules/cell-values";

const CASES: [Language, Sector | undefined][] = LANGUAGES.flatMap((language) =>
  [...SECTORS, undefined].map((sector): [Language, Sector | undefined] => [language, sector]),
);

describe.each(CASES)("the %s template for sector %s", (language, sector) => {
  const template = planTemplate({ language, project: sector ? { sector } : {} });

  test("each column's header is read as its field", () => {
    expect(template.columns.map((c) => [c.header, matchHeader(c.header)?.field])).toEqual(template.columns.map((c) => [c.header, c.field]));
  });

  test("the header row is within the rows the audit searches, below the project block", () => {
    expect(template.headerRow).toBeLessThanOrEqual(HEADER_SEARCH_ROWS);
    expect(template.headerRow).toBeGreaterThan(template.settingsRow + template.settings.length - 1);
  });

  test("the activity list is the sector's activity types by their names in the language", () => {
    const types = sector ? activitiesOfSector(sector) : SECTORS.flatMap(activitiesOfSector);
    expect(new Set(template.lists.activities)).toEqual(new Set(types.map((t) => t[language])));
    for (const name of template.lists.activities) {
      const found = resolveActivity(name, sector);
      expect([name, found.kind === "unknown" || found.kind === "not-in-sector"]).toEqual([name, false]);
    }
  });

  test("the other lists resolve to what they stand for", () => {
    expect(template.lists.roles.map((name) => resolveRole(name).value)).toEqual([...ROLES]);
    expect(template.lists.countries.map((name) => resolveCountry(name).value?.eligible)).toEqual(ELIGIBLE_COUNTRIES.map(() => true));
    expect(template.lists.countries).toHaveLength(ELIGIBLE_COUNTRIES.length);
    expect(template.lists.calls.map((id) => resolveCallRound(id).value?.id)).toEqual(CALL_ROUNDS.map((r) => r.id));
    expect(template.lists.yesNo.map((text) => yesNoText(text))).toEqual([true, false]);
    expect(template.lists.actions).toEqual([...ACTIONS]);
    expect(template.lists.sectors).toEqual([...SECTORS]);
  });
});

test("the project block's labels are read as settings, with the values given", () => {
  for (const language of LANGUAGES) {
    const template = planTemplate({
      language,
      project: { sector: "Skolu izglītība", action: "KA121", call: "2026-R1", start: "2026-09-01", end: "2027-08-31", country: "LV" },
    });
    // The block as a sheet: labels in A, values in B, then the table's header.
    const rows: CellValue[][] = [[template.title], []];
    for (const setting of template.settings) {
      const value =
        setting.value === undefined
          ? null
          : setting.setting === "start" || setting.setting === "end"
            ? { date: setting.value }
            : setting.value;
      rows.push([setting.label, value]);
    }
    rows.push(
      [],
      template.columns.map((c) => c.header),
    );
    const report = auditWorkbook({ sheets: [{ name: template.sheetName, rows }] }, { language });
    expect(report.project).toMatchObject({
      sector: "SCH",
      action: "KA121",
      call: "2026-R1",
      start: "2026-09-01",
      end: "2027-08-31",
      country: "LV",
    });
    expect(report.tables.map((t) => [t.sheet, t.headerRow, t.unrecognised.length])).toEqual([[template.sheetName, template.headerRow, 0]]);
  }
});

test("without a sector or an action: KA122, and every sector's activity types (each name once)", () => {
  const template = planTemplate({ language: "en" });
  expect(template.settings.find((s) => s.setting === "action")?.value).toBe("KA122");
  expect(template.settings.find((s) => s.setting === "sector")?.value).toBeUndefined();
  expect(new Set(template.lists.activities).size).toBe(template.lists.activities.length);
});

test("a date column's check: a date inside the project period, each end left open while its cell is empty", () => {
  const template = planTemplate({ language: "lv" });
  const start = settingValueCell(template, "start");
  const end = settingValueCell(template, "end");
  expect([start, end]).toEqual([`$B$${template.settingsRow + 4}`, `$B$${template.settingsRow + 5}`]);
  expect(dateInPeriodFormula(template, "D12")).toBe(`AND(ISNUMBER(D12),OR(${start}="",D12>=${start}),OR(${end}="",D12<=${end}))`);
  expect(templateColumnLetter(template, "start")).toBe("D");
  expect(templateColumnLetter(template, "surname")).toBeUndefined();
  expect(listName("activities")).toBe("List_activities");
});

describe.each(LANGUAGES)("the pane's own parts in %s", (language) => {
  const template = planTemplate({ language, project: { sector: "VET" } });

  test("the duration column is read as the duration, the check column as no field, and neither repeats a header", () => {
    expect(template.paneColumns.map((c) => [c.id, matchHeader(c.header)?.field])).toEqual([
      ["duration", "durationDays"],
      ["check", undefined],
    ]);
    const headers = [...template.columns, ...template.paneColumns].map((c) => c.header.toLowerCase());
    expect(new Set(headers).size).toBe(headers.length);
  });

  test("the formulas name this row's cells by the template's own headers, and the project's cells", () => {
    const header = (field: string) => template.columns.find((c) => c.field === field)!.header;
    const [duration, check] = template.paneColumns;
    expect(duration.formula).toBe(`=IFERROR(MOBILITY_DAYS([@[${header("start")}]],[@[${header("end")}]]),"")`);
    expect(check.formula).toContain(`MOBILITY_CHECK(${settingValueCell(template, "sector")},[@[${header("activity")}]],`);
    expect(check.formula).toMatch(new RegExp(`,\\$B\\$9,\\$B\\$3\\)\\)$`));
    expect([settingValueCell(template, "country"), settingValueCell(template, "action")]).toEqual(["$B$9", "$B$3"]);
  });

  test("the activity count leaves out accompanying persons and preparatory visits, by their names in the language", () => {
    const formula = activityCountFormula(template, "Plan2");
    const [accompanying] = template.lists.roles.filter((name) => resolveRole(name).value === "accompanying");
    const visit = activitiesOfSector("VET").find((t) => t.family === "preparatory-visit")![language];
    expect(formula).toBe(
      `=COUNTIFS(Plan2[${header(template, "activity")}],"<>",Plan2[${header(template, "role")}],"<>${accompanying}",Plan2[${header(template, "activity")}],"<>${visit}")`,
    );
    expect(template.activityCount.numberFormat).toBe('0" / 30"');
  });
});

function header(template: ReturnType<typeof planTemplate>, field: string): string {
  return template.columns.find((c) => c.field === field)!.header;
}

test("a structured reference escapes the characters Excel requires", () => {
  expect(structuredName("Cost [EUR] #1 'net'")).toBe("Cost '[EUR'] '#1 ''net''");
  expect(structuredName("Dalībnieka vārds, uzvārds")).toBe("Dalībnieka vārds, uzvārds");
});
