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
const ENDINGS = [
  "ajiem",
  "ajam",
  "iem",
  "ais",
  "ies",
  "as",
  "es",
  "is",
  "us",
  "os",
  "am",
  "em",
  "im",
  "um",
  "ie",
  "a",
  "e",
  "i",
  "u",
  "s",
  "o",
];

function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}

function words(text: string): string[] {
  return text
    .split(/[\s/,;:.\-_–—+&]+/)
    .map((word) => labelKey(word))
    .filter((word) => word !== "")
    .map(stem);
}

/** The words of a header or label, normalised and stemmed. Brackets go: they hold units and formats. */
export function headerWords(text: string): string[] {
  return words(text.replace(BRACKETS, " "));
}

/** The words in a header's brackets: units and formats ("(dienas)", "(jā/nē)"), or a qualifier ("Country (sending)"). */
function bracketWords(text: string): string[] {
  return (text.match(BRACKETS) ?? []).flatMap((part) => words(part.slice(1, -1)));
}

export interface HeaderMatch<K extends string> {
  readonly field: K;
  /** How many of the label's words matched: more words is a more specific match. */
  readonly strength: number;
}

/**
 * A matcher for a label table: a text names key K when all the words of one of K's labels are in it and every other
 * word is filler; the label with the most words wins ("Sending organisation country" is the sending country, not the
 * host country's "country"). Words in brackets never stop a match, but they may complete a label whose other words
 * stand outside them: "Country (sending)" is the sending country, "Ilgums (dienas)" still the duration.
 */
export function headerMatcher<K extends string>(
  labelsByKey: Readonly<Record<K, readonly string[]>>,
  fillerWords: readonly string[],
): (text: string) => HeaderMatch<K> | undefined {
  const filler = new Set(fillerWords.flatMap(headerWords));
  const labels = (Object.entries(labelsByKey) as [K, readonly string[]][]).flatMap(([field, list]) =>
    list
      .map((label) => {
        const words = new Set(headerWords(label));
        return { field, words, wordList: [...words] };
      })
      .filter((label) => label.words.size > 0),
  );
  return (text) => {
    const outside = headerWords(text);
    if (outside.length === 0) return undefined;
    const present = new Set(outside);
    const qualifiers = new Set(bracketWords(text));
    let best: HeaderMatch<K> | undefined;
    // Indexed: every cell of the first rows is matched against every label, and a for-of step allocates until V8
    // optimises the matcher.
    for (let l = 0; l < labels.length; l++) {
      const label = labels[l];
      if (best && label.words.size <= best.strength) continue;
      let all = true;
      let anchored = false;
      for (let i = 0; i < label.wordList.length; i++) {
        const w = label.wordList[i];
        if (present.has(w)) anchored = true;
        else if (!qualifiers.has(w)) all = false;
      }
      if (all && anchored && outside.every((w) => label.words.has(w) || filler.has(w)))
        best = { field: label.field, strength: label.words.size };
    }
    return best;
  };
}

/** The activity field a column header names, or undefined. */
export const matchHeader = headerMatcher<AuditField>(HEADER_LABELS, FILLER_WORDS);
