/**
 * MOBILITY_GRANT's and MOBILITY_DISTANCE_BAND's own arguments (numbers, the bound, the role) and what they say when
 * one is wrong, English and Latvian. Here, not in inputs.ts and problems.ts, so that they load with the funding chunk
 * and not with the functions every workbook uses; what they need of those comes in `shared` (shared.ts says why).
 */
import type { Field, Language } from "../rules";
import type { RateCategory } from "../rules/funding/unit-costs";
import { FUNDING_WORDS } from "../rules/funding/words";
import type { Problem } from "./problems";
import type { Shared } from "./shared";

export interface GrantMessageParams {
  "value-required": { field: Field };
  "number-out-of-range": { field: Field; value: number; least: 0 | 1; whole: boolean };
  "country-no-group": { value: string };
  "group-unknown": { value: string };
  "bound-unknown": { value: string };
  "rate-out-of-range": { value: number; min: number; max: number; category: RateCategory; group: number; source: string };
}
type GrantMessageId = keyof GrantMessageParams;

export type GrantProblem = {
  readonly [M in GrantMessageId]: { readonly from: "grant"; readonly id: M; readonly params: GrantMessageParams[M] };
}[GrantMessageId];

export function grantProblem<M extends GrantMessageId>(id: M, params: GrantMessageParams[M]): GrantProblem {
  return { from: "grant", id, params } as GrantProblem;
}

/** Either kind of problem: src/rules' or a function's (both have `from`), or one of these. */
export function isAnyProblem(value: unknown): value is Problem | GrantProblem {
  return typeof value === "object" && value !== null && "from" in value;
}

const NUMBER_RULE = {
  en: (least: number, whole: boolean) => `${whole ? "a whole number" : "a number"}, ${least} or more`,
  lv: (least: number, whole: boolean) => `${whole ? "vesels skaitlis" : "skaitlis"}, ne mazāks par ${least}`,
};

type Messages = { readonly [M in GrantMessageId]: (params: GrantMessageParams[M], field: (f: Field) => string) => string };

const MESSAGES: Readonly<Record<Language, Messages>> = {
  en: {
    "value-required": (p, field) => `The ${field(p.field)} is missing.`,
    "number-out-of-range": (p, field) => `The ${field(p.field)} must be ${NUMBER_RULE.en(p.least, p.whole)}, not ${p.value}.`,
    "country-no-group": (p) => `"${p.value}" is in none of the Guide's receiving country groups (PG26 p.99–100): it has no grant.`,
    "group-unknown": (p) => `There is no country group ${p.value}: expected 1, 2 or 3, or a country.`,
    "bound-unknown": (p) => `"${p.value}" is not a bound: expected "min", "max" or a daily rate in whole euros.`,
    "rate-out-of-range": (p) =>
      `The daily rate ${p.value} EUR is not a whole-euro rate within the Guide's range ${p.min}–${p.max} EUR for ` +
      `${FUNDING_WORDS.en.rateCategories[p.category]} in ${FUNDING_WORDS.en.group(p.group)} (${p.source}).`,
  },
  lv: {
    "value-required": (p, field) => `Nav norādīts lauks “${field(p.field)}”.`,
    "number-out-of-range": (p, field) => `Laukā “${field(p.field)}” jābūt: ${NUMBER_RULE.lv(p.least, p.whole)}, nevis ${p.value}.`,
    "country-no-group": (p) => `“${p.value}” nav nevienā ceļveža uzņēmējvalstu grupā (PG26 99.–100. lpp.): tai granta nav.`,
    "group-unknown": (p) => `Valstu grupas ${p.value} nav: gaidīts 1, 2 vai 3 vai valsts.`,
    "bound-unknown": (p) => `“${p.value}” nav robeža: gaidīts “min”, “max” vai dienas likme veselos eiro.`,
    "rate-out-of-range": (p) =>
      `Dienas likme ${p.value} EUR nav likme veselos eiro ceļveža diapazonā ${p.min}–${p.max} EUR ` +
      `(${FUNDING_WORDS.lv.rateCategories[p.category]}, ${FUNDING_WORDS.lv.group(p.group)}; ${p.source}).`,
  },
};

/** "12", "12,5", "1 215,4 km": digits (grouped by spaces, as Latvians write thousands), a decimal comma or point, "km". */
const NUMBER_TEXT = /^([+-]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+))([.,]\d+)?\s*(?:km)?$/i;

/** The readers of the funding functions' arguments, over what `shared` gives. */
export function grantReaders(shared: Shared) {
  const { errorText, isEmptyArgument, isProblem, readLabel, resolveRole, ruleProblem } = shared;

  /** Throws the problem's sentence as a FunctionInputError (#VALUE! in Excel; #N/A where the problem says so). */
  function failWith(problem: Problem | GrantProblem, language: Language): never {
    if (problem.from !== "grant") throw new shared.FunctionInputError(shared.formatProblem(problem, language), problem.kind);
    const message = MESSAGES[language][problem.id] as (params: unknown, field: (f: Field) => string) => string;
    throw new shared.FunctionInputError(message(problem.params, (f) => shared.FORMATTERS[language].field(f)));
  }

  /**
   * A number argument: undefined when empty (null, omitted, blank text), else the number or a problem. Unlike a
   * label, 0 is a value here (0 km, 0 travel days).
   */
  function readNumber(value: unknown, at: Field): number | undefined | Problem {
    if (value === null || value === undefined) return undefined;
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (typeof value === "string") {
      const text = value.trim();
      if (text === "") return undefined;
      const match = NUMBER_TEXT.exec(text);
      if (match) return Number(match[1].replace(/[ \u00a0\u202f]/g, "") + (match[2] ?? "").replace(",", "."));
    }
    const error = errorText(value);
    if (error !== undefined) return ruleProblem("cell-error", { field: at, value: error }, at);
    return ruleProblem("value-unreadable", { field: at, value: String(value).trim(), expected: "number" }, at);
  }

  /** A number of at least `least` (whole, where `whole`); undefined when empty. */
  function readCount(
    value: unknown,
    at: "durationDays" | "travelDays" | "distanceKm",
    least: 0 | 1,
    whole: boolean,
  ): number | undefined | Problem | GrantProblem {
    const n = readNumber(value, at);
    if (isProblem(n) || n === undefined) return n;
    if (n < least || (whole && !Number.isInteger(n))) return grantProblem("number-out-of-range", { field: at, value: n, least, whole });
    return n;
  }

  /** "min" (also empty), "max" ("maks"), or a daily rate in euros (a number, or its text). */
  function readBound(value: unknown): "min" | "max" | number | GrantProblem {
    if (typeof value === "number" && value !== 0) return value;
    if (isEmptyArgument(value)) return "min";
    const text = typeof value === "string" ? value.trim() : (errorText(value) ?? String(value));
    const word = text.toLowerCase();
    if (word === "min") return "min";
    if (word === "max" || word === "maks") return "max";
    const n = typeof value === "string" ? readNumber(text, "durationDays") : undefined;
    return typeof n === "number" ? n : grantProblem("bound-unknown", { value: text });
  }

  /** Whether the role makes the row an accompanying person's (staff on a learners' activity are too, as in the audit). */
  function readAccompanying(value: unknown, learners: boolean): boolean | Problem {
    const text = readLabel(value, "role");
    if (isProblem(text)) return text;
    if (text === "") return false;
    const found = resolveRole(text);
    if (found.value === undefined) return ruleProblem("role-unknown", { value: text, suggestion: found.suggestion }, "role");
    return found.value === "accompanying" || (found.value === "staff" && learners);
  }

  return { failWith, readNumber, readCount, readBound, readAccompanying };
}
