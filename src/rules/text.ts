/**
 * Label normalisation shared by every resolver: coordinators write the same label with or without
 * Latvian diacritics, in any case, with typographic quotes ("Ēnošana" darbā), hyphens or extra spaces.
 * Comparing keys made of letters and digits only makes all of those the same label.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;
/** Bound on remembered labels, so hostile input (100,000 different strings) cannot grow memory without end. */
const MAX_REMEMBERED = 10_000;
const MAX_SUGGESTED_LENGTH = 120;

/**
 * Fresh "did you mean" searches one check of a plan may make. Each compares the label with every known one (about
 * 3 ms against the 3,000 country labels), so a sheet with a different unknown name on each of a million rows would
 * take most of an hour; past this many, a miss is still reported, without a suggestion.
 */
export const SUGGESTION_SEARCHES = 2_000;
let searchesLeft = SUGGESTION_SEARCHES;

/** A fresh budget of searches: called as each check of a plan or of one activity begins (check.ts). */
export function resetSuggestionSearches(): void {
  searchesLeft = SUGGESTION_SEARCHES;
}

/** True when every character is ASCII, where NFD changes nothing and no combining marks can be. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** The comparison key of a label by its definition: lower case, no diacritics, letters and digits only. */
function definedKey(label: string): string {
  const plain = isAscii(label) ? label : label.normalize("NFD").replace(COMBINING_MARKS, "");
  return plain.toLowerCase().replace(NOT_ALPHANUMERIC, "");
}

/** Per character, what it leaves in a key: its code, NONE, or MORE (several characters: left to definedKey). */
const NONE = -1;
const MORE = -2;
const UNKNOWN = 0;
/** Latin, Greek and Cyrillic in a table; other characters in a map. */
const TABLED = 0x800;
let tabled: Int16Array | undefined;
const mapped = new Map<number, number>();
/** Keys are built in here (reused: no array per label); longer labels take definedKey. */
const KEY_CODES: number[] = [];
const MAX_BUILT = 256;

function keyCodeByDefinition(code: number): number {
  const key = definedKey(String.fromCharCode(code));
  return key.length === 0 ? NONE : key.length === 1 ? key.charCodeAt(0) : MORE;
}

/** What a character leaves in a key: its code, NONE, or MORE (several characters, or half a surrogate pair). */
function keyCode(code: number): number {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? code : code >= 65 && code <= 90 ? code + 32 : NONE;
  if (code >= 0xd800 && code <= 0xdfff) return MORE;
  if (code < TABLED) {
    tabled ??= new Int16Array(TABLED);
    let key = tabled[code];
    if (key === UNKNOWN) tabled[code] = key = keyCodeByDefinition(code);
    return key;
  }
  let key = mapped.get(code);
  if (key === undefined) mapped.set(code, (key = keyCodeByDefinition(code)));
  return key;
}

/**
 * The comparison key of a label: lower case, no diacritics, letters and digits only. Character by character, each
 * non-ASCII character's part worked out once by the definition (decomposition, case and the letters-and-digits filter
 * each act on one character at a time, so a key is its characters' parts in order); 3–4 times faster than normalising
 * every label, which the cross-row checks do for 100,000 names and hosts. Surrogate pairs take the definition.
 */
export function labelKey(label: string): string {
  if (label.length > MAX_BUILT) return definedKey(label);
  KEY_CODES.length = 0;
  let unchanged = true;
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    const key = keyCode(code);
    if (key === MORE) return definedKey(label);
    if (key !== code) unchanged = false;
    if (key !== NONE) KEY_CODES.push(key);
  }
  return unchanged ? label : String.fromCharCode.apply(null, KEY_CODES);
}

/** FNV-1a's offset basis and prime: a hash over 32 bits, computed with Math.imul, no allocation. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/**
 * A 32-bit hash of labelKey(label), equal for labels with equal keys, computed without building the key (but for
 * labels with a character that makes several): the cross-row checks hash 100,000 names, hosts and titles to find the
 * few that repeat. Hashes of different keys may be equal, so compare keys after.
 */
export function labelKeyHash(label: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < label.length; i++) {
    const key = keyCode(label.charCodeAt(i));
    if (key >= 0) hash = Math.imul(hash ^ key, FNV_PRIME);
    else if (key === MORE) return labelKeyHash(labelKey(label));
  }
  return hash >>> 0;
}

/** Levenshtein distance, bounded: returns `limit + 1` as soon as the distance is known to exceed `limit`. */
export function editDistance(a: string, b: string, limit = Number.MAX_SAFE_INTEGER): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * A lookup from label keys to values, with a closest-label suggestion for a miss.
 * Built once per vocabulary; lookups are a hash hit, so resolving 100,000 cells costs nothing.
 */
export class Vocabulary<T> {
  private readonly byKey = new Map<string, T>();
  private readonly displayByKey = new Map<string, string>();
  /** Labels as written repeat down a column: remembering them skips the normalisation on every repeat. */
  private readonly byLabel = new Map<string, T | null>();
  private readonly suggestions = new Map<string, string | undefined>();

  /**
   * Adds every label of `value`; the first label given for a key wins, so list the preferred label first. Labels
   * added with `suggest: false` (derived forms, other codes) resolve but are never offered as a suggestion.
   */
  add(value: T, labels: readonly string[], options: { readonly suggest?: boolean } = {}): this {
    for (const label of labels) {
      const key = labelKey(label);
      if (key === "" || this.byKey.has(key)) continue;
      this.byKey.set(key, value);
      if (options.suggest !== false) this.displayByKey.set(key, label);
      this.byLabel.clear();
      this.suggestions.clear();
    }
    return this;
  }

  get(label: string): T | undefined {
    const seen = this.byLabel.get(label);
    if (seen !== undefined) return seen ?? undefined;
    const value = this.byKey.get(labelKey(label));
    if (this.byLabel.size >= MAX_REMEMBERED) this.byLabel.clear();
    this.byLabel.set(label, value ?? null);
    return value;
  }

  /**
   * The known label closest to `label`, if any is reasonably close. Remembered per label: a sheet repeats its
   * unknown labels down a column, and each fresh search compares against every known label.
   */
  suggest(label: string): string | undefined {
    if (this.suggestions.has(label)) return this.suggestions.get(label);
    if (searchesLeft <= 0) return undefined;
    searchesLeft--;
    const suggestion = this.closest(label);
    if (this.suggestions.size >= MAX_REMEMBERED) this.suggestions.clear();
    this.suggestions.set(label, suggestion);
    return suggestion;
  }

  /** Edit distance on keys, prefix matches preferred. */
  private closest(label: string): string | undefined {
    const key = labelKey(label);
    // No label is this long: a paragraph pasted into a cell gets no suggestion, and no quadratic comparison.
    if (key === "" || key.length > MAX_SUGGESTED_LENGTH) return undefined;
    let best: string | undefined;
    let bestScore = Number.MAX_SAFE_INTEGER;
    for (const [candidate, display] of this.displayByKey) {
      // A label that is the start of a known one ("ernosana" for "enosanadarba") is a near miss however long the rest is.
      const score = candidate.startsWith(key) && key.length >= 3 ? 0.5 : editDistance(key, candidate, bestScore);
      if (score < bestScore) {
        bestScore = score;
        best = display;
      }
    }
    // Beyond half the label's length a suggestion is noise ("xyz" is not "ES").
    return bestScore <= Math.max(2, Math.ceil(key.length / 2)) ? best : undefined;
  }
}
