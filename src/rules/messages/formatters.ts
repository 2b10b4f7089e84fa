/** Each language's formatter, and field names: apart from the rule table, so the pane can name fields without the checks. */
import type { Language } from "../types";
import { EN_WORDS } from "./en";
import { formatterFor, type Formatter } from "./format";
import { LV_WORDS } from "./lv";

export const FORMATTERS: Readonly<Record<Language, Formatter>> = { en: formatterFor(EN_WORDS), lv: formatterFor(LV_WORDS) };

/** A field's name in `language`, for reports and the task pane. */
export function fieldName(field: Parameters<Formatter["field"]>[0], language: Language): string {
  return FORMATTERS[language].field(field);
}
