/**
 * The new plan sheet's description (src/audit/plan-template.ts): every header and label is one the audit reads, and
 * every drop-down value is one the rules resolve to what it stands for, in both languages and every sector.
 */
import { HEADER_SEARCH_ROWS, auditWorkbook, matchHeader, type CellValue } from "../../src/audit";
import { dateInPeriodFormula, listName, planTemplate, settingValueCell, templateColumnLetter } from "../../src/audit/plan-template";
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
