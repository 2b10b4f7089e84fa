import type { Issue, RuleId } from "../rules";
import type { Language } from "../types";
import { EN, EN_WORDS } from "./en";
import { formatterFor, type Formatter, type Message, type MessageCatalog } from "./format";
import { LV, LV_WORDS } from "./lv";

export { latvianCount } from "./lv";

export type { Formatter, MessageCatalog } from "./format";

export const MESSAGES: Readonly<Record<Language, MessageCatalog>> = { en: EN, lv: LV };

export const FORMATTERS: Readonly<Record<Language, Formatter>> = { en: formatterFor(EN_WORDS), lv: formatterFor(LV_WORDS) };

/** The sentence that explains `issue` to a person, in `language`. */
export function formatIssue(issue: Issue, language: Language): string {
  const message = MESSAGES[language][issue.rule] as Message<RuleId>;
  return message(issue.params as never, FORMATTERS[language]);
}

/** A field's name in `language`, for reports and the task pane. */
export function fieldName(field: Parameters<Formatter["field"]>[0], language: Language): string {
  return FORMATTERS[language].field(field);
}
