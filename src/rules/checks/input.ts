/**
 * What a row or a project setting says that the audit cannot use: an unreadable value or an Excel error (found by
 * src/audit and the custom functions, and by the date checks), and labels prepare.ts cannot resolve (rules-2026.md §4,
 * first rows). These rules have no check of their own: prepare.ts and src/audit report them.
 */
import { FORMULA_WITHOUT_RESULT } from "../cell-values";
import { rule, type ActivityRef, type RuleModule } from "../rule";
import type { Field, ProjectSetting, Sector } from "../types";

type Suggested = { value: string; suggestion?: string };

const EXPECTED = {
  en: { date: "a date", number: "a number", "yes-no": "yes or no", text: "text", period: "a period (two dates), such as 5–9 Oct 2026" },
  lv: {
    date: "datums",
    number: "skaitlis",
    "yes-no": "jā vai nē",
    text: "teksts",
    period: "periods (divi datumi), piemēram, 05.10.–09.10.2026",
  },
} as const;

export default {
  rules: {
    "value-unreadable": rule<{ field: Field | ProjectSetting; value: string; expected: keyof (typeof EXPECTED)["en"] }>({
      severity: "error",
      scope: "input",
      source: "audit: a value that cannot be read cannot be checked",
      example: { field: "start", value: "30/02/2026", expected: "date" },
      messages: {
        en: (p, f) => `The ${f.field(p.field)} ${f.quote(p.value)} cannot be read: expected ${EXPECTED.en[p.expected]}.`,
        lv: (p, f) => `Lauka “${f.field(p.field)}” vērtību ${f.quote(p.value)} nevar nolasīt: gaidīts ${EXPECTED.lv[p.expected]}.`,
      },
    }),
    "cell-error": rule<{ field: Field | ProjectSetting; value: string }>({
      severity: "error",
      scope: "input",
      source: "audit: an Excel error value in the plan, or a formula saved without its result",
      example: { field: "end", value: "#VALUE!" },
      // A formula saved without its result comes as the error FORMULA_WITHOUT_RESULT: Excel computes it on opening.
      messages: {
        en: (p, f) =>
          p.value === FORMULA_WITHOUT_RESULT
            ? `The ${f.field(p.field)} is a formula without a saved result (the file was saved by a program that does not calculate): open the file in Excel, save it, and audit it again.`
            : `The ${f.field(p.field)} holds the Excel error ${p.value}: fix the formula or enter the value.`,
        lv: (p, f) =>
          p.value === FORMULA_WITHOUT_RESULT
            ? `Laukā “${f.field(p.field)}” ir formula bez saglabāta rezultāta (failu saglabājusi programma, kas formulas neaprēķina): atveriet failu programmā Excel, saglabājiet to un pārbaudiet vēlreiz.`
            : `Laukā “${f.field(p.field)}” ir Excel kļūda ${p.value}: izlabojiet formulu vai ievadiet vērtību.`,
      },
    }),
    "sector-unknown": rule<Suggested>({
      severity: "error",
      scope: "activity",
      field: "sector",
      source: "rules-2026.md §4; PG26 p.82",
      example: { value: "VTE", suggestion: "VET" },
      messages: {
        en: (p, f) => `Unknown sector ${f.quote(p.value)}: expected VET, SCH or ADU.${f.suggestion(p.suggestion)}`,
        lv: (p, f) => `Nezināms sektors ${f.quote(p.value)}: gaidīts VET, SCH vai ADU.${f.suggestion(p.suggestion)}`,
      },
    }),
    "activity-missing": rule<Record<string, never>>({
      severity: "error",
      scope: "activity",
      field: "activity",
      source: "rules-2026.md §4",
      example: {},
      messages: {
        en: () => "The activity type is missing.",
        lv: () => "Nav norādīts aktivitātes veids.",
      },
    }),
    "activity-unknown": rule<Suggested>({
      severity: "error",
      scope: "activity",
      field: "activity",
      source: "rules-2026.md §4",
      example: { value: "Ernošana", suggestion: "Ēnošana" },
      messages: {
        en: (p, f) => `Unknown activity type ${f.quote(p.value)}.${f.suggestion(p.suggestion)}`,
        lv: (p, f) => `Nezināms aktivitātes veids ${f.quote(p.value)}.${f.suggestion(p.suggestion)}`,
      },
    }),
    // The message names the entry of the sector the label belongs to, with that sector: the Latvian names of learner
    // entries are the same in every sector, so the name alone could be the plan's own sector's activity.
    "activity-not-in-sector": rule<{ value: string; activity: ActivityRef; sector: Sector }>({
      severity: "error",
      scope: "activity",
      field: "activity",
      source: "PG26 p.86–91, 106–112, 126–132; rules-2026.md §1",
      example: { value: "Skills competitions", activity: { family: "skills-competition", sector: "VET" }, sector: "SCH" },
      messages: {
        en: (p, f) =>
          p.activity.sector
            ? `${f.quote(p.value)} is an activity of the ${p.activity.sector} sector (${f.activity(p.activity)}), not of the ${p.sector} sector.`
            : `${f.quote(p.value)} (${f.activity(p.activity)}) is not an activity of the ${p.sector} sector.`,
        lv: (p, f) =>
          p.activity.sector
            ? `${f.quote(p.value)} ir ${p.activity.sector} sektora aktivitāte (${f.activity(p.activity)}), nevis ${p.sector} sektora.`
            : `${f.quote(p.value)} (${f.activity(p.activity)}) nav ${p.sector} sektora aktivitāte.`,
      },
    }),
    "country-unknown": rule<{ field: Field | ProjectSetting; value: string; suggestion?: string }>({
      severity: "error",
      scope: "activity",
      field: "hostCountry",
      source: "PG26 p.33–34",
      example: { field: "hostCountry", value: "Vacia", suggestion: "Vācija" },
      messages: {
        en: (p, f) => `Unknown country ${f.quote(p.value)} in ${f.field(p.field)}.${f.suggestion(p.suggestion)}`,
        lv: (p, f) => `Nezināma valsts ${f.quote(p.value)} laukā “${f.field(p.field)}”.${f.suggestion(p.suggestion)}`,
      },
    }),
    "role-unknown": rule<Suggested>({
      severity: "warning",
      scope: "activity",
      field: "role",
      source: "rules-2026.md §1 (roles)",
      example: { value: "Šoferis" },
      messages: {
        en: (p, f) =>
          `Unknown role ${f.quote(p.value)}: expected learner, staff, accompanying person, expert or teacher in training.${f.suggestion(p.suggestion)}`,
        lv: (p, f) =>
          `Nezināma loma ${f.quote(p.value)}: gaidīts izglītojamais, personāls, pavadošā persona, eksperts vai skolotājs praktikants.${f.suggestion(p.suggestion)}`,
      },
    }),
    "call-unknown": rule<Suggested>({
      severity: "error",
      scope: "project",
      field: "call",
      source: "PG26 p.92",
      example: { value: "2026-R3", suggestion: "2026-R2" },
      messages: {
        en: (p, f) => `Unknown call round ${f.quote(p.value)}: expected 2026 round 1 or round 2.${f.suggestion(p.suggestion)}`,
        lv: (p, f) => `Nezināma konkursa kārta ${f.quote(p.value)}: gaidīta 2026. gada 1. vai 2. kārta.${f.suggestion(p.suggestion)}`,
      },
    }),
    "action-unknown": rule<Suggested>({
      severity: "warning",
      scope: "project",
      field: "action",
      source: "rules-2026.md scope: KA121 and KA122; a plan is KA122 unless it says KA121",
      example: { value: "KA131", suggestion: "KA121" },
      messages: {
        en: (p, f) =>
          `Unknown action ${f.quote(p.value)}: this audit covers KA121 and KA122, and applies the KA122 project rules.${f.suggestion(p.suggestion)}`,
        lv: (p, f) =>
          `Nezināma pamatdarbība ${f.quote(p.value)}: audits aptver KA121 un KA122, un tiek piemēroti KA122 projekta noteikumi.${f.suggestion(p.suggestion)}`,
      },
    }),
  },
} satisfies RuleModule;
