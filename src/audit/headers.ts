/**
 * Column recognition: a header matches a field when its words, after normalisation, contain all the words of one of
 * the field's labels and nothing else but filler. Normalisation ignores case, diacritics, punctuation, units in
 * brackets ("Ilgums (dienas)"), word order, and Latvian and English endings ("Uzņemošās organizācijas" is
 * "Uzņemošā organizācija").
 */
import { labelKey } from "../rules";
import { FILLER_WORDS, HEADER_LABELS, type AuditField } from "./header-labels";

const BRACKETS = /[([{][^)\]}]*[)\]}]/g;
/** Latvian case and number endings, longest first; English plurals fall out of the same list. */
const ENDINGS = ["ajiem", "ajam", "iem", "ais", "ies", "as", "es", "is", "us", "os", "am", "em", "im", "um", "ie", "a", "e", "i", "u", "s", "o"];

function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}

/** The words of a header or label, normalised and stemmed. Brackets go: they hold units and formats. */
export function headerWords(text: string): string[] {
  return text
    .replace(BRACKETS, " ")
    .split(/[\s/,;:.\-_–—+&]+/)
    .map((word) => labelKey(word))
    .filter((word) => word !== "")
    .map(stem);
}

export interface HeaderMatch<K extends string> {
  readonly field: K;
  /** How many of the label's words matched: more words is a more specific match. */
  readonly strength: number;
}

/**
 * A matcher for a label table: a text names key K when all the words of one of K's labels are in it and every other
 * word is filler; the label with the most words wins ("Sending organisation country" is the sending country, not the
 * host country's "country").
 */
export function headerMatcher<K extends string>(
  labelsByKey: Readonly<Record<K, readonly string[]>>,
  fillerWords: readonly string[],
): (text: string) => HeaderMatch<K> | undefined {
  const filler = new Set(fillerWords.flatMap(headerWords));
  const labels = (Object.entries(labelsByKey) as [K, readonly string[]][]).flatMap(([field, list]) =>
    list.map((label) => ({ field, words: new Set(headerWords(label)) })).filter((label) => label.words.size > 0),
  );
  return (text) => {
    const words = headerWords(text);
    if (words.length === 0) return undefined;
    const present = new Set(words);
    let best: HeaderMatch<K> | undefined;
    for (const label of labels) {
      if (best && label.words.size <= best.strength) continue;
      let all = true;
      for (const w of label.words) if (!present.has(w)) all = false;
      if (all && words.every((w) => label.words.has(w) || filler.has(w))) best = { field: label.field, strength: label.words.size };
    }
    return best;
  };
}

/** The activity field a column header names, or undefined. */
export const matchHeader = headerMatcher<AuditField>(HEADER_LABELS, FILLER_WORDS);
