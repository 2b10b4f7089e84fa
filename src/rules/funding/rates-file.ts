/**
 * A rates file: one National Agency's exact daily rates of individual support, as JSON, checked against the Guide's
 * ranges (unit-costs.ts DAILY_RATE_RANGES). The only zod in src/rules (zod/mini, small in a bundle), apart from the
 * rest of src/rules/funding so that the estimate does not carry it. A file that does not fit is refused with the key
 * at fault, never partly used.
 *
 *   { "agency": "LV01", "individualSupport": { "staff": { "group1": 180, "group2": 160, "group3": 140 }, … } }
 */
import * as z from "zod/mini";
import { COUNTRY_GROUPS, DAILY_RATE_RANGES, DAILY_RATE_SOURCES, RATE_CATEGORIES, type CountryGroup, type RateCategory } from "./unit-costs";

/** One agency's base rates, EUR per day, by category and receiving country group. */
export interface AgencyRates {
  readonly agency?: string;
  readonly individualSupport: Readonly<Record<RateCategory, Readonly<Record<CountryGroup, number>>>>;
}

export type RatesProblem =
  | { readonly kind: "not-json"; readonly key: ""; readonly detail: string }
  | { readonly kind: "unknown-key"; readonly key: string }
  | { readonly kind: "missing"; readonly key: string }
  | { readonly kind: "not-whole-euros"; readonly key: string; readonly value: unknown }
  | {
      readonly kind: "out-of-range";
      readonly key: string;
      readonly value: number;
      readonly min: number;
      readonly max: number;
      readonly source: string;
    };

export type RatesReading = { readonly ok: true; readonly rates: AgencyRates } | { readonly ok: false; readonly problem: RatesProblem };

const groupKey = (group: CountryGroup) => `group${group}` as const;
type GroupKey = ReturnType<typeof groupKey>;

const rate = z.int().check(z.minimum(0));
const groupsSchema = z.strictObject(Object.fromEntries(COUNTRY_GROUPS.map((g) => [groupKey(g), rate])) as Record<GroupKey, typeof rate>);
/** The file's shape; the ranges are checked after it, so that the message can give the range and its page. */
export const RatesFileSchema = z.strictObject({
  agency: z.optional(z.string()),
  individualSupport: z.strictObject(
    Object.fromEntries(RATE_CATEGORIES.map((c) => [c, groupsSchema])) as Record<RateCategory, typeof groupsSchema>,
  ),
});

function problemOf(issue: z.core.$ZodIssue, value: unknown): RatesProblem {
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") return { kind: "unknown-key", key: [...path, issue.keys[0]].join(".") };
  const key = path.join(".");
  const found = path.reduce<unknown>(
    (at, part) => (at !== null && typeof at === "object" ? (at as Record<string, unknown>)[part] : undefined),
    value,
  );
  if (found === undefined) return { kind: "missing", key };
  return { kind: "not-whole-euros", key, value: found };
}

/** A parsed JSON value as rates, or the first problem with it. */
export function readRates(value: unknown): RatesReading {
  const parsed = z.safeParse(RatesFileSchema, value);
  if (!parsed.success) return { ok: false, problem: problemOf(parsed.error.issues[0], value) };
  const { individualSupport } = parsed.data;
  const rates = {} as Record<RateCategory, Record<CountryGroup, number>>;
  for (const category of RATE_CATEGORIES) {
    rates[category] = {} as Record<CountryGroup, number>;
    for (const group of COUNTRY_GROUPS) {
      const found = individualSupport[category][groupKey(group)];
      const { min, max } = DAILY_RATE_RANGES[category][group - 1];
      if (found < min || found > max) {
        const key = `individualSupport.${category}.${groupKey(group)}`;
        return { ok: false, problem: { kind: "out-of-range", key, value: found, min, max, source: DAILY_RATE_SOURCES[category] } };
      }
      rates[category][group] = found;
    }
  }
  return { ok: true, rates: { ...(parsed.data.agency !== undefined ? { agency: parsed.data.agency } : {}), individualSupport: rates } };
}

/** A rates file's text (JSON) as rates, or the first problem with it. */
export function parseRatesText(text: string): RatesReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: "not-json", key: "", detail: error instanceof Error ? error.message : String(error) } };
  }
  return readRates(value);
}

/** The problem in words, naming the key: one line (the command's refusal, the pane's notice). */
export function ratesProblemText(problem: RatesProblem, language: "en" | "lv"): string {
  const en = language === "en";
  switch (problem.kind) {
    case "not-json":
      return en ? `not JSON (${problem.detail})` : `tas nav JSON (${problem.detail})`;
    case "unknown-key":
      return en ? `${problem.key}: unknown key` : `${problem.key}: nezināma atslēga`;
    case "missing":
      return en ? `${problem.key}: missing` : `${problem.key}: nav norādīts`;
    case "not-whole-euros":
      return en
        ? `${problem.key}: ${JSON.stringify(problem.value)} is not a rate in whole euros`
        : `${problem.key}: ${JSON.stringify(problem.value)} nav likme veselos eiro`;
    case "out-of-range":
      return en
        ? `${problem.key}: ${problem.value} EUR is outside the Guide's range ${problem.min}–${problem.max} EUR (${problem.source})`
        : `${problem.key}: ${problem.value} EUR ir ārpus Programmas ceļveža diapazona ${problem.min}–${problem.max} EUR (${problem.source})`;
  }
}
