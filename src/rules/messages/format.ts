/**
 * The formatter messages are written with: dates, activities, countries, call rounds and field names the way each
 * language writes them. Each rule's messages are functions of its parameters and of this formatter.
 */
import { activityTypeFor } from "../catalog";
import type { Country } from "../programme-countries";
import { dayNumber } from "../dates";
import { CALL_ROUNDS } from "../project-rules";
import type { ActivityRef } from "../rule";
import type { RuleId, RuleParams } from "../rules";
import type { ActivityFamily, Field, Language, ProjectSetting } from "../types";

export interface Formatter {
  readonly language: Language;
  /**
   * A calendar date as the language writes it: "1 Jun 2026" in English, "01.06.2026." in Latvian (the year's ordinal
   * dot included, so a Latvian message never adds a full stop right after a date). Anything but an ISO date as written.
   */
  date(iso: string): string;
  activity(ref: ActivityRef): string;
  /** A country code as its name; anything else as written. */
  country(codeOrLabel: string): string;
  field(field: Field | ProjectSetting): string;
  /** A call round id as its name. */
  call(id: string): string;
  /** Text the coordinator wrote, quoted so that it reads as theirs. */
  quote(text: string): string;
  /** " Did you mean …?" or nothing. */
  suggestion(suggestion: string | undefined): string;
}

export type Message<R extends RuleId> = (params: RuleParams[R], format: Formatter) => string;
export type MessageCatalog = { readonly [R in RuleId]: Message<R> };

export interface LanguageWords {
  readonly language: Language;
  readonly dateFormat: (year: string, month: string, day: string) => string;
  readonly fields: Readonly<Record<Field | ProjectSetting, string>>;
  readonly families: Readonly<Record<ActivityFamily, string>>;
  readonly quote: (text: string) => string;
  readonly suggestion: (label: string) => string;
}

/** Long cell text is cut in messages: a message names the value, it does not repeat a paragraph. */
const MAX_QUOTED = 60;

/**
 * The formatter of a language; `countryOf` names the countries it knows (every country for messages, the Programme's
 * for the task pane's settings).
 */
export function formatterFor(words: LanguageWords, countryOf: (code: string) => Country | undefined): Formatter {
  const name = (en: string, lv: string) => (words.language === "lv" ? lv : en);
  return {
    language: words.language,
    date(iso) {
      // A date dayNumber reads is already normalised (YYYY-MM-DD, a real day): its fields are at fixed places.
      if (dayNumber(iso) === undefined) return iso;
      return words.dateFormat(iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10));
    },
    activity(ref) {
      const type = ref.sector ? activityTypeFor(ref.sector, ref.family) : undefined;
      return type ? name(type.en, type.lv) : words.families[ref.family];
    },
    country(codeOrLabel) {
      const country = countryOf(codeOrLabel);
      return country ? name(country.en, country.lv) : codeOrLabel;
    },
    field: (field) => words.fields[field],
    call(id) {
      const round = CALL_ROUNDS.find((r) => r.id === id);
      return round ? name(round.en, round.lv) : id;
    },
    quote(text) {
      const short = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
      return words.quote(short);
    },
    suggestion: (label) => (label ? words.suggestion(label) : ""),
  };
}
