import { RULE_DEFINITIONS, RULE_IDS, type Issue, type RuleId } from "../rules";
import { LANGUAGES, type Language } from "../types";
import type { Message, MessageCatalog } from "./format";
import { FORMATTERS } from "./formatters";

export { latvianCount } from "./lv";
export { englishCount } from "./en";

export type { Formatter, MessageCatalog } from "./format";

function catalog(language: Language): MessageCatalog {
  return Object.fromEntries(RULE_IDS.map((id) => [id, RULE_DEFINITIONS[id].messages[language]])) as unknown as MessageCatalog;
}

/** Each language's messages, keyed by rule id, gathered from the rule modules. */
export const MESSAGES = Object.fromEntries(LANGUAGES.map((language) => [language, catalog(language)])) as Readonly<
  Record<Language, MessageCatalog>
>;

export { FORMATTERS } from "./formatters";
export { PROGRAMME_FORMATTERS, fieldName } from "./pane-formatters";

/** The sentence that explains `issue` to a person, in `language`. */
export function formatIssue(issue: Issue, language: Language): string {
  const message = MESSAGES[language][issue.rule] as Message<RuleId>;
  return message(issue.params as never, FORMATTERS[language]);
}
