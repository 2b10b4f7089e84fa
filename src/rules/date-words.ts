/**
 * Dates written with a month's name, in Latvian and English: "2026. gada 5. oktobris", "5. oktobrī 2026", "05. okt.
 * 2026", "5 October 2026", "Oct 5, 2026", "October 5th, 2026", "5-Oct-2026". Read by a month table, not date-fns's
 * `parse` and locales: those cost some 38 KB in every bundle that reads dates (measured: parse alone 29 KB, the `lv`
 * and `enGB` locales 16 KB) for twelve months' words.
 */
import { isoFromParts } from "./dates";

/**
 * Each month's words, lower case without diacritics: English names and abbreviations, Latvian nominative, genitive
 * ("2026. gada 5. oktobra"), locative ("oktobrī") and dative ("līdz 9. oktobrim") and the usual abbreviations.
 */
const MONTH_WORDS: readonly (readonly string[])[] = [
  ["january", "jan", "janv", "janvaris", "janvara", "janvari", "janvarim"],
  ["february", "feb", "febr", "februaris", "februara", "februari", "februarim"],
  ["march", "mar", "marts", "marta", "martam"],
  ["april", "apr", "aprilis", "aprila", "aprili", "aprilim"],
  ["may", "maijs", "maija", "maijam"],
  ["june", "jun", "junijs", "junija", "junijam"],
  ["july", "jul", "julijs", "julija", "julijam"],
  ["august", "aug", "augusts", "augusta", "augustam"],
  ["september", "sep", "sept", "septembris", "septembra", "septembri", "septembrim"],
  ["october", "oct", "okt", "oktobris", "oktobra", "oktobri", "oktobrim"],
  ["november", "nov", "novembris", "novembra", "novembri", "novembrim"],
  ["december", "dec", "decembris", "decembra", "decembri", "decembrim"],
];

const MONTHS: ReadonlyMap<string, number> = new Map(MONTH_WORDS.flatMap((words, i) => words.map((word) => [word, i + 1] as const)));

/** Words that may stand in a date and say nothing more: Latvian "gada"/"g." (of the year), English ordinals and "of". */
const NOISE_WORDS: ReadonlySet<string> = new Set(["gada", "g", "gads", "of", "the"]);
/** Ordinal endings written onto the day ("5th", "1st"). */
const ORDINALS: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);

/** What a text says of a date: a day, and a month and a year when it names them. */
export interface DateParts {
  readonly day: number;
  readonly month?: number;
  readonly year?: number;
}

/** A letter (ASCII, or any letter past ASCII: Latvian diacritics). */
function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 127 && code !== 0xa0 && code !== 0x2009 && code !== 0x202f);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Between the parts of a date: spaces (also no-break ones), dots, commas, hyphens and slashes. */
function isGap(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x2009 ||
    code === 0x202f ||
    code === 46 ||
    code === 44 ||
    code === 45 ||
    code === 47
  );
}

/** True when the text holds a letter: only such text is read here. */
export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isLetter(text.charCodeAt(i))) return true;
  return false;
}

function monthOf(word: string): number | undefined {
  const plain = word.toLowerCase();
  // Latvian letters to their base letters ("oktobrī" → "oktobri", "aprīļa" → "aprila"): people type both.
  return MONTHS.get(/^[a-z]+$/.test(plain) ? plain : plain.normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
}

/**
 * The parts of a date written with or without a month's name, as far as the text gives them (a side of a period may
 * leave out its month or year); undefined when the text holds anything else. Numbers: a 4-digit one is the year;
 * otherwise the first is the day and a second, with a month's name, the year ("5 Oct 26"), without one the month
 * ("05.10."). Three numbers are parseDateText's.
 */
export function dateParts(text: string): DateParts | undefined {
  const numbers: number[] = [];
  const widths: number[] = [];
  let month: number | undefined;
  let yearWord = false;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isGap(code)) {
      i++;
    } else if (isDigit(code)) {
      const start = i;
      let value = 0;
      for (; i < text.length && isDigit(text.charCodeAt(i)); i++) value = value * 10 + text.charCodeAt(i) - 48;
      if (numbers.length === 3) return undefined;
      numbers.push(value);
      widths.push(i - start);
    } else if (isLetter(code)) {
      const start = i;
      while (i < text.length && isLetter(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      const lower = word.toLowerCase();
      // "5th": an ordinal ending right after the day's digits.
      if (ORDINALS.has(lower) && start > 0 && isDigit(text.charCodeAt(start - 1))) continue;
      if (NOISE_WORDS.has(lower)) {
        yearWord ||= lower === "gada" || lower === "g";
        continue;
      }
      const named = monthOf(word);
      if (named === undefined || month !== undefined) return undefined;
      month = named;
    } else {
      return undefined;
    }
  }
  if (numbers.length === 0 || numbers.length > 2) return undefined;
  if (numbers.length === 1) return widths[0] <= 2 ? { day: numbers[0], month } : undefined;
  // Two numbers: with a month's name, a day and a year; without one, a day and a month ("05.10.") or a day and a
  // year (the end of "Oct 5–9, 2026").
  if (month === undefined) {
    // "2026. gada 5.", the start of "2026. gada 5.–9. oktobrī": the year first only when "gada" says so.
    if (widths[0] === 4 && widths[1] <= 2 && yearWord) return { day: numbers[1], year: numbers[0] };
    if (widths[0] > 2) return undefined;
    if (widths[1] <= 2) return { day: numbers[0], month: numbers[1] };
    return widths[1] === 4 ? { day: numbers[0], year: numbers[1] } : undefined;
  }
  const yearAt = widths.indexOf(4);
  if (yearAt === -1) return widths[0] <= 2 && widths[1] === 2 ? { day: numbers[0], month, year: 2000 + numbers[1] } : undefined;
  const dayAt = 1 - yearAt;
  if (widths[dayAt] > 2 || widths[1 - dayAt] !== 4) return undefined;
  return { day: numbers[dayAt], month, year: numbers[yearAt] };
}

/** The ISO date of a whole date written with a month's name ("5. oktobris 2026"), or undefined. */
export function parseDateWords(text: string): string | undefined {
  const parts = dateParts(text);
  if (parts === undefined || parts.month === undefined || parts.year === undefined) return undefined;
  return isoFromParts(parts.year, parts.month, parts.day);
}
