/**
 * The case forms of a Latvian country name, as coordinators write them in a plan: "Kanāda" (nominative), "Kanādā"
 * (locative, "in Canada": the most common), "Kanādas" (genitive), "Kanādu" (accusative, "uz Kanādu"), "Kanādai"
 * (dative). The endings are data: a noun's ending by declension, and the definite adjectives that agree with it
 * ("Amerikas Savienotās Valstis" → "Amerikas Savienotajās Valstīs"). Genitives in a name stay as they are.
 */

/** Locative, genitive, accusative and dative endings, in that order. */
type CaseEndings = readonly [locative: string, genitive: string, accusative: string, dative: string];
type Declension = readonly [nominative: string, cases: CaseEndings];

/** Nouns by nominative ending, longest first (a name's last word, and a word before "un"). */
const NOUN_DECLENSIONS: readonly Declension[] = [
  ["as", ["ās", "u", "as", "ām"]], // feminine plural: Filipīnas, Bahamu salas
  ["es", ["ēs", "u", "es", "ēm"]], // feminine plural, 5th declension
  ["is", ["īs", "u", "is", "īm"]], // feminine plural, 6th declension: Valstis
  ["a", ["ā", "as", "u", "ai"]], // feminine: Kanāda, Lietuva
  ["e", ["ē", "es", "i", "ei"]], // feminine: Šveice, Nīderlande
  ["s", ["ā", "a", "u", "am"]], // masculine: Vatikāns, Gibraltārs
  ["i", ["os", "u", "us", "iem"]], // masculine plural: Emirāti (a one-word name in -i is foreign: Haiti, Mali)
];

/** A one-word name in -i is a foreign name that does not decline. */
const ONE_WORD_NOUN_DECLENSIONS = NOUN_DECLENSIONS.filter(([ending]) => ending !== "i");

/** Definite adjectives by nominative ending, longest first: they agree with the noun. */
const ADJECTIVE_DECLENSIONS: readonly Declension[] = [
  ["ās", ["ajās", "o", "ās", "ajām"]], // feminine plural: Savienotās
  ["ā", ["ajā", "ās", "o", "ajai"]], // feminine: Apvienotā, Ekvatoriālā
  ["ie", ["ajos", "o", "os", "ajiem"]], // masculine plural: Apvienotie
];

const CASES = 4;

function declensionOf(word: string, table: readonly Declension[]): Declension | undefined {
  return table.find(([ending]) => word.length > ending.length && word.endsWith(ending));
}

/** The word in case `index` (0 locative … 3 dative), or the word itself when it does not decline. */
function inCase(word: string, declension: Declension | undefined, index: number): string {
  if (!declension) return word;
  const [ending, cases] = declension;
  return word.slice(0, -ending.length) + cases[index];
}

/**
 * Every form of a Latvian country name: the nominative, then the locative, genitive, accusative and dative; a
 * multi-word name also with only its last word declined ("Bosnija un Hercegovinā"), as people write it too. A name
 * that does not decline (ASV, Kongo, Peru, Haiti) has its nominative only.
 */
export function latvianForms(nominative: string): string[] {
  const words = nominative.split(" ");
  const last = words.length - 1;
  const declensions = words.map((word, i) => {
    if (i === last) return declensionOf(word, last > 0 ? NOUN_DECLENSIONS : ONE_WORD_NOUN_DECLENSIONS);
    if (words[i + 1] === "un") return declensionOf(word, NOUN_DECLENSIONS);
    return declensionOf(word, ADJECTIVE_DECLENSIONS);
  });
  const forms = [nominative];
  if (!declensions[last]) return forms;
  const add = (form: string) => {
    if (!forms.includes(form)) forms.push(form);
  };
  for (let c = 0; c < CASES; c++) add(words.map((word, i) => inCase(word, declensions[i], c)).join(" "));
  for (let c = 0; c < CASES; c++) add(words.map((word, i) => (i === last ? inCase(word, declensions[i], c) : word)).join(" "));
  return forms;
}
