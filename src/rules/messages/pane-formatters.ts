/**
 * What the task pane formats, apart from the rule table and from every country's names: field names, and formatters
 * that name the Programme's countries only (the beneficiary's country in the settings).
 */
import { programmeCountryByCode } from "../programme-countries";
import type { Language } from "../types";
import { EN_WORDS } from "./en";
import { formatterFor, type Formatter, type LanguageWords } from "./format";
import { LV_WORDS } from "./lv";

const WORDS: Readonly<Record<Language, LanguageWords>> = { en: EN_WORDS, lv: LV_WORDS };

export const PROGRAMME_FORMATTERS: Readonly<Record<Language, Formatter>> = {
  en: formatterFor(EN_WORDS, programmeCountryByCode),
  lv: formatterFor(LV_WORDS, programmeCountryByCode),
};

/** A field's name in `language`, for reports and the task pane. */
export function fieldName(field: Parameters<Formatter["field"]>[0], language: Language): string {
  return WORDS[language].fields[field];
}
