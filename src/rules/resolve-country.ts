/**
 * Any country as a coordinator writes it: ISO code (alpha-2, alpha-3, EL, UK), English or Latvian name, Latvian case
 * form ("Kanādā", "Amerikas Savienotajās Valstīs"). Apart from resolve.ts, which the task pane uses: only the audit,
 * the custom functions and the command carry every country's names.
 */
import { CODES_NOT_READ, COUNTRIES, alpha3Of, type Country } from "./countries";
import { countryVocabularyOf, resolveWith, type Resolution } from "./resolve";
import type { Vocabulary } from "./text";

let countries: Vocabulary<Country> | undefined;

/** Built on the first country resolved: some 3,000 labels. */
export function resolveCountry(label: string): Resolution<Country> {
  countries ??= countryVocabularyOf(COUNTRIES, alpha3Of, CODES_NOT_READ);
  return resolveWith(countries, label);
}
