/**
 * Dates as Excel stores and people type them, to and from ISO calendar dates. Pure: shared by the sheet audit and
 * the custom functions.
 */
import { dayNumber, isoFromDayNumber, isoFromParts } from "./dates";
import { hasLetter, parseDateWords } from "./date-words";

/** Day number (days since 1970-01-01) of serial 0 in each date system. */
const EPOCH_1900 = -25_569; // 1899-12-30: serials from 61 on count from here
const EPOCH_1904 = -24_107; // 1904-01-01 is serial 0 in the 1904 system (Mac workbooks)
/** Serial 60 is 1900-02-29, a day that never was: Excel kept Lotus 1-2-3's leap-year bug. */
const FAKE_LEAP_DAY = 60;

/** The ISO date of an Excel serial (the time of day is dropped); undefined for serials that are no date. */
export function serialToIso(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return undefined;
  const whole = Math.floor(serial);
  if (date1904) return isoFromDayNumber(EPOCH_1904 + whole);
  if (whole === 0 || whole === FAKE_LEAP_DAY) return undefined;
  // Before the fake leap day, serials count one day later than the epoch that holds from 1 March 1900 on.
  return isoFromDayNumber(EPOCH_1900 + whole + (whole < FAKE_LEAP_DAY ? 1 : 0));
}

/** The Excel serial of an ISO date. */
export function isoToSerial(iso: string, date1904 = false): number | undefined {
  const day = dayNumber(iso);
  if (day === undefined) return undefined;
  if (date1904) return day - EPOCH_1904;
  const serial = day - EPOCH_1900;
  return serial < FAKE_LEAP_DAY + 1 ? serial - 1 : serial;
}

/** dd.mm.yyyy, d.m.yyyy, dd/mm/yyyy, dd-mm-yyyy, optionally with a trailing dot (Latvian writes "01.06.2026."). */
const DAY_FIRST = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})\.?$/;
/** yyyy-mm-dd, yyyy.mm.dd, yyyy/mm/dd, also with a time after it (2026-06-01T00:00:00). */
const YEAR_FIRST = /^(\d{4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\.?(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;

/**
 * The ISO date of a date typed as text, or undefined when the text is no date in a known form. Day first, always:
 * "03/04/2026" is 3 April here; a sheet whose slash dates read month first is told apart by the audit (slash-dates.ts).
 */
export function parseDateText(text: string): string | undefined {
  const trimmed = text.trim();
  // The common case, an ISO date already (every date cell an adapter reads): no regular expression.
  if (trimmed.length === 10 && dayNumber(trimmed) !== undefined) return trimmed;
  // The next most common, "01.06.2026." without spaces: read digit by digit.
  const dayFirst = plainDayFirst(trimmed);
  if (dayFirst !== NOT_THIS_FORM) return dayFirst;
  let match = YEAR_FIRST.exec(trimmed);
  if (match) return isoFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_FIRST.exec(trimmed);
  // Only text with a letter may name a month ("5. oktobris 2026", "Oct 5, 2026"): digits alone never reach the word reader.
  if (!match) return hasLetter(trimmed) ? parseDateWords(trimmed) : undefined;
  // Two-digit years are this century's: plans are about 2026 and later.
  const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  return isoFromParts(year, Number(match[2]), Number(match[1]));
}

const NOT_THIS_FORM = null;
const DOT = 46;
const SLASH = 47;
const HYPHEN = 45;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSeparator(code: number): boolean {
  return code === DOT || code === SLASH || code === HYPHEN;
}

/**
 * What DAY_FIRST reads from text without spaces (d.m.yyyy, dd/mm/yy, "01.06.2026."), read without the expression;
 * NOT_THIS_FORM for any other text, which the expressions then read.
 */
function plainDayFirst(text: string): string | undefined | typeof NOT_THIS_FORM {
  let i = 0;
  let day = 0;
  let month = 0;
  for (let part = 0; part < 3; part++) {
    const start = i;
    let value = 0;
    for (; i < text.length && isDigit(text.charCodeAt(i)); i++) value = value * 10 + text.charCodeAt(i) - 48;
    const digits = i - start;
    if (part === 0) day = value;
    else if (part === 1) month = value;
    else {
      if (digits !== 2 && digits !== 4) return NOT_THIS_FORM;
      // The text may end in a dot (Latvian writes "01.06.2026."), and nothing else.
      if (i < text.length && !(i === text.length - 1 && text.charCodeAt(i) === DOT)) return NOT_THIS_FORM;
      // Two-digit years are this century's, as DAY_FIRST reads them.
      return isoFromParts(digits === 2 ? 2000 + value : value, month, day);
    }
    if (digits < 1 || digits > 2 || !isSeparator(text.charCodeAt(i++))) return NOT_THIS_FORM;
  }
  return NOT_THIS_FORM;
}
