/**
 * The Budget view's text (src/taskpane/budget-model.ts) over the README's example plan (examples/planning-2026.xlsx,
 * the plan test/cli/example-budget.test.ts checks line by line): the same estimate as the command's, in English and
 * Latvian, a minimum–maximum without rates and one figure with them; and its word catalogue is complete.
 */
import * as path from "node:path";
import { auditWorkbook, type AuditReport } from "../../src/audit";
import { loadWorkbook, workbookGrid } from "../../src/cli/read-xlsx";
import type { Language } from "../../src/rules";
import { readRates } from "../../src/rules/funding/rates-file";
import type { AgencyRates } from "../../src/rules/funding";
import { budgetModel } from "../../src/taskpane/budget-model";
import { bt, type BudgetKey } from "../../src/taskpane/budget-words";
import { RATES_FILE } from "../fixtures/rates";

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "planning-2026.xlsx");
const reports: Partial<Record<Language, AuditReport>> = {};

beforeAll(async () => {
  const grid = workbookGrid(await loadWorkbook(EXAMPLE));
  for (const language of ["en", "lv"] as const) reports[language] = auditWorkbook(grid, { language, keepActivities: true });
});

const report = (language: Language) => reports[language] as AuditReport;
const rates = (): AgencyRates => {
  const read = readRates(RATES_FILE);
  if (!read.ok) throw new Error("the test's rates file does not pass");
  return read.rates;
};

describe("the example plan's Budget view", () => {
  test("the total and the categories, a minimum–maximum from the Guide's ranges (as the command's 26,506–35,932 EUR)", () => {
    const model = budgetModel(report("en"), undefined, "en");
    expect(model.total).toBe("26,506–35,932 EUR");
    expect(model.exact).toBe(false);
    expect(model.basis).toMatch(/^A minimum–maximum/);
    expect(model.categories).toEqual([
      { name: "Organisational support", amount: "4,050 EUR" },
      { name: "Travel", amount: "7,066 EUR" },
      { name: "Individual support", amount: "12,035–21,461 EUR" },
      { name: "Inclusion support for organisations", amount: "125 EUR" },
      { name: "Preparatory visits", amount: "680 EUR" },
      { name: "Course fees", amount: "2,400 EUR" },
      { name: "Linguistic support", amount: "150 EUR" },
    ]);
    expect(model.coursesWarning).toBeNull();
  });

  test("each row's lines with quantity, unit, amount and page; rows as sheet · row", () => {
    const model = budgetModel(report("en"), undefined, "en");
    expect(model.rows.map((r) => r.row)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
    const row12 = model.rows.find((r) => r.row === 12);
    expect(row12?.title).toBe("Mobilitātes · row 12");
    expect(row12?.lines).toEqual([
      { line: "Organisational support", quantity: "1 participant", amount: "100 EUR", source: "PG26 p.119" },
      { line: "Travel (100–499 km, green)", quantity: "1 return trip", amount: "285 EUR", source: "PG26 p.119–120" },
      { line: "Individual support (staff, country group 1)", quantity: "14 days", amount: "1,498–2,674 EUR", source: "PG26 p.120" },
      { line: "Course fees", quantity: "10 course days", amount: "800 EUR", source: "PG26 p.121" },
    ]);
  });

  test("what is not estimated, and the assumptions", () => {
    const model = budgetModel(report("en"), undefined, "en");
    expect(model.missing).toEqual([
      "Mobilitātes · row 22 — Individual support: left out: the row's start and end dates are missing or out of order",
      "Project — Inclusion support for participants: not estimated: paid on real costs, as the National Agency approves each request",
      "Project — Exceptional costs: not estimated: paid on real costs, as the National Agency approves each request",
    ]);
    expect(model.assumptions.some((a) => /without travel days: 2 travel days counted/.test(a))).toBe(true);
    expect(model.assumptions.some((a) => /rates file|No rates file/.test(a))).toBe(false);
  });

  test("with a rates file: one figure per line and in total, said to be the agency's", () => {
    const model = budgetModel(report("en"), rates(), "en");
    expect(model.exact).toBe(true);
    expect(model.total).toMatch(/^[\d,]+ EUR$/);
    expect(model.basis).toBe("At the daily rates of the rates file (LV01).");
    for (const row of model.rows) for (const line of row.lines) expect(line.amount).not.toContain("–");
    // Row 24: a pupil in Lyon, 14 days at 70 and 7 days at 49 (70 % of 70).
    expect(model.rows.find((r) => r.row === 24)?.lines.slice(2, 4)).toEqual([
      { line: "Individual support (school pupils, country group 1)", quantity: "14 days", amount: "980 EUR", source: "PG26 p.120" },
      { line: "Individual support (school pupils, country group 1)", quantity: "7 days at 70 %", amount: "343 EUR", source: "PG26 p.120" },
    ]);
  });

  test("in Latvian", () => {
    const model = budgetModel(report("lv"), undefined, "lv");
    expect(model.total).toBe("26 506–35 932 EUR");
    // Latvian groups digits from five on (Intl: 4050, 12 035).
    expect(model.categories[0]).toEqual({ name: "Organizatoriskais atbalsts", amount: "4050 EUR" });
    expect(model.rows[1].title).toBe("Mobilitātes · 12. rinda");
    expect(model.rows[1].lines[2]).toEqual({
      line: "Individuālais atbalsts (personāls, 1. valstu grupa)",
      quantity: "14 dienas",
      amount: "1498–2674 EUR",
      source: "PG26 p.120",
    });
    expect(model.missing[1]).toMatch(/^Projekts — Iekļaušanas atbalsts dalībniekiem: nav aprēķināts/);
    expect(budgetModel(report("lv"), rates(), "lv").basis).toBe("Pēc likmju faila dienas likmēm (LV01).");
  });

  test("a plan without activities kept has no lines (the view asks for them first)", () => {
    const { activities: _kept, ...without } = report("en");
    const model = budgetModel(without, undefined, "en");
    expect(model.rows).toEqual([]);
    expect(model.total).toBe("0 EUR");
  });
});

describe("the Budget view's words", () => {
  test("every key has its text in both languages, placeholders alike", () => {
    const keys: BudgetKey[] = ["heading", "ratesRefused", "moreRows", "agencyBasis", "ratesStored"];
    for (const key of keys) for (const language of ["en", "lv"] as const) expect(bt(language, key)).not.toBe("");
    expect(bt("en", "ratesRefused", { problem: "individualSupport.staff.group1: missing" })).toBe(
      "The rates file was not loaded: individualSupport.staff.group1: missing",
    );
    expect(bt("lv", "moreRows", { count: "3" })).toBe("Rādīt vairāk rindu (vēl 3)");
    // A placeholder without a value stays as written (never "undefined").
    expect(bt("en", "ratesStored")).toBe("Rates file in this workbook: {agency}.");
  });
});
