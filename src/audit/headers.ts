/**
 * Column recognition: a header matches a field when its words, after normalisation, contain all the words of one of
 * the field's labels and nothing else but filler. Normalisation ignores case, diacritics, punctuation, units in
 * brackets ("Ilgums (dienas)"), word order, and Latvian and English endings ("Uzņemošās organizācijas" is
 * "Uzņemošā organizācija").
 */
import { labelKey } from "../rules";
import { FILLER_WORDS, HEADER_LABELS, STAND_IN_LABELS, type AuditField } from "./header-labels";

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
  /** How many of the label's words matched: more words is a more specific match. A stand-in's is below any label's. */
  readonly strength: number;
}

/** Takes a stand-in label's strength below every label's: a direct label of its field wins a duplicate column. */
const STAND_IN_RANK = 1000;

/**
 * A matcher for a label table: a text names key K when all the words of one of K's labels are in it and every other
 * word is filler; the label with the most words wins ("Sending organisation country" is the sending country, not the
 * host country's "country"). Words in brackets never stop a match, but they may complete a label whose other words
 * stand outside them: "Country (sending)" is the sending country, "Ilgums (dienas)" still the duration.
 */
export function headerMatcher<K extends string>(
  labelsByKey: Readonly<Record<K, readonly string[]>>,
  fillerWords: readonly string[],
  standInsByKey: Readonly<Partial<Record<K, readonly string[]>>> = {} as Partial<Record<K, readonly string[]>>,
): (text: string) => HeaderMatch<K> | undefined {
  const filler = new Set(fillerWords.flatMap(headerWords));
  const labelsOf = (byKey: Readonly<Partial<Record<K, readonly string[]>>>, rank: number) =>
    (Object.entries(byKey) as [K, readonly string[]][]).flatMap(([field, list]) =>
      list
        .map((label) => {
          const words = new Set(headerWords(label));
          return { field, words, wordList: [...words], strength: words.size - rank };
        })
        .filter((label) => label.words.size > 0),
    );
  const labels = [...labelsOf(labelsByKey, 0), ...labelsOf(standInsByKey, STAND_IN_RANK)];
  // Every word outside brackets must be a label's or filler: a text with any other word (most cells of the first
  // rows: titles, names, dates) is rejected before any label is tried; the rest try the labels sharing a word.
  const labelsByWord = new Map<string, number[]>();
  labels.forEach((label, l) => {
    for (const word of label.wordList) labelsByWord.set(word, [...(labelsByWord.get(word) ?? []), l]);
  });
  return (text) => {
    const outside = headerWords(text);
    if (outside.length === 0 || !outside.every((w) => labelsByWord.has(w) || filler.has(w))) return undefined;
    const present = new Set(outside);
    const qualifiers = new Set(bracketWords(text));
    // In label order, so that of labels as strong the first wins.
    const tried = [...new Set(outside.flatMap((w) => labelsByWord.get(w) ?? []))].sort((a, b) => a - b);
    let best: HeaderMatch<K> | undefined;
    // Indexed: every cell of the first rows is matched, and a for-of step allocates until V8 optimises the matcher.
    for (let t = 0; t < tried.length; t++) {
      const label = labels[tried[t]];
      if (best && label.strength <= best.strength) continue;
      let all = true;
      let anchored = false;
      for (let i = 0; i < label.wordList.length; i++) {
        const w = label.wordList[i];
        if (present.has(w)) anchored = true;
        else if (!qualifiers.has(w)) all = false;
      }
      if (all && anchored && outside.every((w) => label.words.has(w) || filler.has(w)))
        best = { field: label.field, strength: label.strength };
    }
    return best;
  };
}

/** The activity field a column header names, or undefined. */
export const matchHeader = headerMatcher<AuditField>(HEADER_LABELS, FILLER_WORDS, STAND_IN_LABELS);
