/** --rules: the activity catalog of the 2026 call, as a text table or as JSON { activities: [...] }. */
import { ACTIVITY_TYPES, type Language } from "../rules";
import { WORDS } from "./language";
import type { RulesCatalog } from "./report-schema";

/** One activity type of the catalog, as --rules --json prints it. */
export type RuleRow = RulesCatalog["activities"][number];

export function ruleRows(): RuleRow[] {
  return ACTIVITY_TYPES.map(({ sector, code, en, lv, minDays, maxDays, officialCode }) => ({
    sector,
    code,
    en,
    lv,
    minDays,
    maxDays,
    officialCode,
  }));
}

export function formatRulesJson(): string {
  const catalog: RulesCatalog = { activities: ruleRows() };
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

export function formatRulesText(language: Language): string {
  const words = WORDS[language];
  const days = (n: number | null) => (n === null ? "—" : String(n));
  const rows = ACTIVITY_TYPES.map((t) => [t.sector, t.officialCode ? t.code : `${t.code}*`, t.en, t.lv, days(t.minDays), days(t.maxDays)]);
  const table = [[...words.rulesColumns], ...rows];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const numeric = new Set([4, 5]);
  const line = (row: readonly string[]) =>
    row
      .map((text, c) => (numeric.has(c) ? text.padStart(widths[c]) : text.padEnd(widths[c])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return `${[line(table[0]), rule, ...rows.map(line), "", words.ownCode].join("\n")}\n`;
}
