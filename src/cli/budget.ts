/**
 * `--budget` and `--rates`: the grant estimate of the audited plan (src/rules/funding), as the JSON report's `budget`
 * and as the text report's last section. The estimate works on activity ids; here they become sheets and rows.
 */
import { readFile, stat } from "node:fs/promises";
import type { PlanBudget } from "../audit/plan-budget";
import type { Language } from "../rules";
import { FUNDING_WORDS, formatBounds, lineDetail, type AgencyRates, type Bounds, type BudgetLine } from "../rules/funding";
import { parseRatesText, ratesProblemText } from "../rules/funding/rates-file";
import type { JsonBudget } from "./report-schema";

export { planBudget, type PlanBudget } from "../audit/plan-budget";

/** A rates file that cannot be used: the command says why in one line and exits 2. */
export class RatesFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RatesFileError";
  }
}

/** Rates files are a few hundred bytes: a larger one is no rates file. */
const MAX_RATES_BYTES = 1_000_000;

/** Reads and checks a rates file; throws RatesFileError naming the file and, for a bad rate, the key. */
export async function readRatesFile(path: string, shown: string, language: Language): Promise<AgencyRates> {
  const info = await stat(path).catch(() => undefined);
  const fail = (en: string, lv: string) => new RatesFileError(`${shown}: ${language === "lv" ? lv : en}`);
  if (!info) throw fail("no such rates file", "šāda likmju faila nav");
  if (!info.isFile()) throw fail("the rates file is not a regular file", "likmju fails nav parasts fails");
  if (info.size > MAX_RATES_BYTES) throw fail("too large for a rates file", "pārāk liels likmju failam");
  const text = await readFile(path, "utf8").catch(() => undefined);
  if (text === undefined) throw fail("the rates file cannot be read", "likmju failu nevar nolasīt");
  const read = parseRatesText(text.replace(/^\uFEFF/, ""));
  if (!read.ok) throw new RatesFileError(`${shown}: ${ratesProblemText(read.problem, language)}`);
  return read.rates;
}

const euros = (b: Bounds) => ({ min: b.min / 100, max: b.max / 100 });

/** The JSON report's `budget`: amounts in euros, rows as sheet and row, assumptions and warnings in the report's language. */
export function jsonBudget({ estimate, where }: PlanBudget, language: Language): JsonBudget {
  const words = FUNDING_WORDS[language];
  const at = (id: number | string | undefined) => (id === undefined ? undefined : where.get(id));
  const money = (b: Bounds) => formatBounds(b, language);
  return {
    currency: "EUR",
    total: euros(estimate.total),
    categories: estimate.categories.map(({ category, amount }) => ({ category, amount: euros(amount) })),
    byActivityType: estimate.byActivityType.map(({ code, amount }) => ({ code, amount: euros(amount) })),
    activities: estimate.activities.map(({ id, lines }) => ({
      sheet: at(id)?.sheet ?? "",
      row: at(id)?.row ?? 0,
      lines: lines.map(({ category, quantity, unit, amount }) => ({ category, quantity, unit, amount: euros(amount) })),
    })),
    missing: estimate.missing.map(({ id, category, why }) => ({ sheet: at(id)?.sheet ?? null, row: at(id)?.row ?? null, category, why })),
    assumptions: estimate.assumptions.map((a) => words.assumption(a)),
    warnings:
      estimate.coursesLimit?.exceeded === true
        ? [
            {
              rule: "courses-limit-exceeded" as const,
              message: words.coursesLimit(estimate.coursesLimit, money),
              courses: euros(estimate.coursesLimit.courses),
              limit: euros(estimate.coursesLimit.limit),
              grant: euros(estimate.coursesLimit.grant),
            },
          ]
        : [],
  };
}

const HEADINGS = {
  en: {
    title: (exact: boolean) =>
      `Grant estimate (2026 unit costs${exact ? ", the rates file's daily rates" : ", minimum–maximum of the Guide's ranges"})`,
    row: (row: number) => `Row ${row}`,
    byCategory: "By budget category:",
    byType: "By activity type:",
    missing: "Not in the estimate:",
    assumptions: "Assumptions:",
    warning: "warning",
    total: "Total",
    nothing: "no budget line",
    project: "Project",
  },
  lv: {
    title: (exact: boolean) =>
      `Granta aprēķins (2026. gada vienības izmaksas${exact ? ", likmju faila dienas likmes" : ", ceļveža diapazonu minimums–maksimums"})`,
    row: (row: number) => `${row}. rinda`,
    byCategory: "Pa budžeta kategorijām:",
    byType: "Pa aktivitāšu veidiem:",
    missing: "Aprēķinā nav:",
    assumptions: "Pieņēmumi:",
    warning: "brīdinājums",
    total: "Kopā",
    nothing: "nav budžeta pozīciju",
    project: "Projekts",
  },
} as const;

/** One budget line: "Travel (500–1999 km, standard): 1 return trip × 309 EUR = 309 EUR (PG26 p.119–120)". */
export function budgetLineText(line: BudgetLine, language: Language): string {
  const words = FUNDING_WORDS[language];
  const detail = lineDetail(line, language);
  const label = words.categories[line.category] + (detail ? ` (${detail})` : "");
  const amount = formatBounds(line.amount, language);
  return `${label}: ${words.unit(line.unit, line.quantity)} × ${formatBounds(line.rate, language)} = ${amount} (${line.source})`;
}

/**
 * The text report's budget section: each row's lines with their pages, what is missing on the row, then the totals
 * per category and activity type, the categories not estimated, the assumptions, a warning over the courses limit,
 * and the total. Lines come back unprintable-safe only after the caller's printable().
 */
export function budgetText(
  { estimate, where }: PlanBudget,
  language: Language,
  rowLabel?: (sheet: string, row: number) => string | undefined,
): string[] {
  const words = FUNDING_WORDS[language];
  const h = HEADINGS[language];
  const money = (b: Bounds) => formatBounds(b, language);
  const lines: string[] = ["", `== ${h.title(estimate.exact)} ==`];
  const missingOf = new Map<number | string, string[]>();
  const projectMissing: string[] = [];
  for (const m of estimate.missing) {
    const text = `${words.categories[m.category]}: ${words.missing[m.why]}`;
    if (m.id === undefined) projectMissing.push(text);
    else missingOf.set(m.id, [...(missingOf.get(m.id) ?? []), text]);
  }
  let sheet: string | undefined;
  for (const activity of estimate.activities) {
    const place = where.get(activity.id);
    if (!place) continue;
    if (place.sheet !== sheet) {
      sheet = place.sheet;
      lines.push(`-- ${sheet} --`);
    }
    const label = rowLabel?.(place.sheet, place.row);
    const code = activity.code === "accompanying" ? words.accompanying : activity.code;
    lines.push([h.row(place.row), label, code].filter((part) => part).join(" · "));
    for (const line of activity.lines) lines.push(`  ${budgetLineText(line, language)}`);
    for (const text of missingOf.get(activity.id) ?? []) lines.push(`  ${text}`);
    if (activity.lines.length === 0 && !missingOf.has(activity.id)) lines.push(`  ${h.nothing}`);
  }
  lines.push("", h.byCategory);
  for (const { category, amount } of estimate.categories) lines.push(`  ${words.categories[category]}: ${money(amount)}`);
  lines.push(h.byType);
  for (const { code, amount } of estimate.byActivityType)
    lines.push(`  ${code === "accompanying" ? words.accompanying : code}: ${money(amount)}`);
  lines.push(h.missing);
  for (const text of projectMissing) lines.push(`  ${text}`);
  lines.push(h.assumptions);
  for (const a of estimate.assumptions) lines.push(`  - ${words.assumption(a)}`);
  if (estimate.coursesLimit?.exceeded) lines.push(`${h.warning}: ${words.coursesLimit(estimate.coursesLimit, money)}`);
  lines.push(`${h.total}: ${money(estimate.total)}`);
  return lines;
}
