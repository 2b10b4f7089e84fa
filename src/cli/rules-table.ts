/** --rules: the activity catalog of the 2026 call, as a text table or as JSON { activities: [...] }. */
import { ACTIVITY_TYPES, type Language } from "../rules";
import { WORDS } from "./language";

export interface RuleRow {
  readonly sector: string;
  readonly code: string;
  readonly en: string;
  readonly lv: string;
  readonly minDays: number | null;
  readonly maxDays: number | null;
  /** False where no official Beneficiary Module code was found and the code is this project's own (rules-2026.md §1). */
  readonly officialCode: boolean;
}

export function ruleRows(): RuleRow[] {
  return ACTIVITY_TYPES.map(({ sector, code, en, lv, minDays, maxDays, officialCode }) => ({ sector, code, en, lv, minDays, maxDays, officialCode }));
}

export function formatRulesJson(): string {
  return `${JSON.stringify({ activities: ruleRows() }, null, 2)}\n`;
}

export function formatRulesText(language: Language): string {
  const words = WORDS[language];
  const days = (n: number | null) => (n === null ? "—" : String(n));
  const rows = ACTIVITY_TYPES.map((t) => [t.sector, t.officialCode ? t.code : `${t.code}*`, t.en, t.lv, days(t.minDays), days(t.maxDays)]);
  const table = [[...words.rulesColumns], ...rows];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const numeric = new Set([4, 5]);
  const line = (row: readonly string[]) =>
    row.map((text, c) => (numeric.has(c) ? text.padStart(widths[c]) : text.padEnd(widths[c]))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return `${[line(table[0]), rule, ...rows.map(line), "", words.ownCode].join("\n")}\n`;
}
