/**
 * The project number against the settings (src/rules/project-number.ts): a setting that contradicts the number, a
 * number of an action this audit does not cover, and a number's label whose value is no number. The audit reports
 * them on the cells they are about (src/audit/project-settings.ts reads the number); no check runs here.
 */
import type { Formatter } from "../messages/format";
import { rule, type RuleModule } from "../rule";
import type { ProjectSetting } from "../types";

type Conflict = { field: Exclude<ProjectSetting, "start" | "end">; value: string; number: string; expected: string };

/** What the number says, as a person reads it: a call round's or a country's name, else the code. */
function expectedText(p: Conflict, f: Formatter): string {
  if (p.field === "call") return f.call(p.expected);
  if (p.field === "country") return f.country(p.expected);
  return p.expected;
}

export default {
  rules: {
    "project-number-conflict": rule<Conflict>({
      severity: "warning",
      scope: "project",
      source: "audit: the project number (YYYY-R-CCnn-KA1xx-SSS-nnnnnnnnn) names the call round, country, action and sector",
      example: { field: "sector", value: "SCH", number: "2026-1-LV01-KA122-VET-000042917", expected: "VET" },
      messages: {
        en: (p, f) =>
          `The ${f.field(p.field)} ${f.quote(p.value)} does not match the project number ${p.number}, which says ${expectedText(p, f)}: the ${f.field(p.field)} written is used.`,
        lv: (p, f) =>
          `Lauka “${f.field(p.field)}” vērtība ${f.quote(p.value)} neatbilst projekta numuram ${p.number}, kurā norādīts ${expectedText(p, f)}; tiek izmantota ierakstītā vērtība.`,
      },
    }),
    "project-number-action": rule<{ number: string; action: string }>({
      severity: "warning",
      scope: "project",
      field: "action",
      source: "rules-2026.md scope: KA121 and KA122",
      example: { number: "2026-1-LV01-KA131-HED-000042917", action: "KA131" },
      messages: {
        en: (p) =>
          `The project number ${p.number} is of action ${p.action}: this audit covers KA121 and KA122; the activities are checked with the KA122 rules.`,
        lv: (p) =>
          `Projekta numurs ${p.number} ir pamatdarbībai ${p.action}: audits aptver KA121 un KA122; aktivitātes tiek pārbaudītas pēc KA122 noteikumiem.`,
      },
    }),
    "project-number-unreadable": rule<{ value: string }>({
      severity: "warning",
      scope: "project",
      source: "audit: an Erasmus+ project number is YYYY-R-CCnn-KA1xx-SSS-nnnnnnnnn",
      example: { value: "2026-LV01-KA122-42917" },
      messages: {
        en: (p, f) =>
          `The project number ${f.quote(p.value)} cannot be read: expected the form 2026-1-LV01-KA122-VET-000042917 (year, round, agency, action, sector, number).`,
        lv: (p, f) =>
          `Projekta numuru ${f.quote(p.value)} nevar nolasīt: gaidīts veidā 2026-1-LV01-KA122-VET-000042917 (gads, kārta, aģentūra, pamatdarbība, sektors, numurs).`,
      },
    }),
  },
} satisfies RuleModule;
