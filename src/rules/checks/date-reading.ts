/**
 * How slash dates were read (rules-2026.md §4; the decision is in ../slash-dates.ts): a date that reads two ways with
 * nothing on its sheet to decide, and a sheet read month first. No check of its own: src/audit reports them, on the
 * cell, because only a sheet shows what decides.
 */
import { rule, type RuleModule } from "../rule";
import type { Field, ProjectSetting } from "../types";

export default {
  rules: {
    "date-ambiguous": rule<{ field: Field | ProjectSetting; value: string; dayFirst: string; monthFirst: string }>({
      severity: "warning",
      scope: "input",
      source: "rules-2026.md §4: a date that reads two ways; the checks use the day-first reading",
      example: { field: "start", value: "03/04/2026", dayFirst: "2026-04-03", monthFirst: "2026-03-04" },
      messages: {
        en: (p, f) =>
          `The ${f.field(p.field)} ${f.quote(p.value)} reads two ways: ${f.date(p.dayFirst)} or ${f.date(p.monthFirst)}. ` +
          `The checks use ${f.date(p.dayFirst)} (day first); write the month as a word to settle it.`,
        lv: (p, f) =>
          `Lauka “${f.field(p.field)}” vērtību ${f.quote(p.value)} var lasīt divējādi: ${f.date(p.dayFirst)} vai ${f.date(p.monthFirst)} ` +
          `Pārbaudēs izmantots ${f.date(p.dayFirst)} (diena pirmajā vietā); lai novērstu šaubas, rakstiet datumu ar punktiem: ${f.date(p.dayFirst)}`,
      },
    }),
    "date-month-first": rule<{ field: Field | ProjectSetting; value: string; monthFirst: string }>({
      severity: "info",
      scope: "input",
      source: "audit: a sheet whose slash dates read only month first is read month first (rules-2026.md §4)",
      example: { field: "start", value: "12/25/2026", monthFirst: "2026-12-25" },
      messages: {
        en: (p, f) => `Dates with slashes on this sheet are read month first: ${f.quote(p.value)} can only be ${f.date(p.monthFirst)}.`,
        lv: (p, f) =>
          `Šīs lapas datumi ar slīpsvītrām lasīti ar mēnesi pirmajā vietā: ${f.quote(p.value)} var būt tikai ${f.date(p.monthFirst)}`,
      },
    }),
  },
} satisfies RuleModule;
