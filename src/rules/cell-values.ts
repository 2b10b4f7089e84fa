/**
 * How Excel shows values and how people type them, shared by the sheet audit (src/audit) and the custom functions
 * (src/functions): Excel's error values, yes/no in English and Latvian, and dates as serials or text.
 */
import { dayNumber } from "./dates";
import { parseDateText, serialToIso } from "./excel-dates";

const ERROR_VALUES: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

/**
 * The error text an adapter gives a formula cell saved without its result (by a program that does not calculate):
 * no Excel error, so the cell-error message can say what fixes it (opening and saving the file in Excel).
 */
export const FORMULA_WITHOUT_RESULT = "#NO-RESULT";

/** The Excel error a text is ("#n/a" → "#N/A"), or undefined for any other text. */
export function excelErrorText(text: string): string | undefined {
  const trimmed = text.trim();
  // Every error value starts with "#": other text (100,000 names, a 30,000-character note) is not upper-cased.
  if (!trimmed.startsWith("#")) return undefined;
  const upper = trimmed.toUpperCase();
  return ERROR_VALUES.has(upper) ? upper : undefined;
}

/** Yes and no as people write them in English and Latvian (Latvian Excel shows TRUE/FALSE as PATIESS/APLAMS). */
const YES: ReadonlySet<string> = new Set(["ja", "jā", "j", "yes", "y", "x", "✓", "✔", "☑", "true", "patiess", "1", "+"]);
const NO: ReadonlySet<string> = new Set(["ne", "nē", "no", "n", "false", "aplams", "0", "-", "–", "—", "✗", "✘"]);

/** true for a yes, false for a no, undefined for anything else (including empty text). */
export function yesNoText(text: string): boolean | undefined {
  // "✔️" is "✔" with the emoji variation selector that phones and Word add.
  const word = (text.includes("\uFE0F") ? text.replace(/\uFE0F/g, "") : text).trim().toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return undefined;
}

/** Plan dates fall in these years: a serial or text outside them is a typo or another number, not a date. */
const MIN_YEAR = 1950;
const MAX_YEAR = 2100;
/** A 5-digit date serial typed or pasted as text ("46174", "46174.5"): /^\d{5}(?:\.\d+)?$/, read without the expression. */
function isSerialText(text: string): boolean {
  if (text.length < 5) return false;
  for (let i = 0; i < 5; i++) if (!isDigit(text.charCodeAt(i))) return false;
  if (text.length === 5) return true;
  if (text.length === 6 || text.charCodeAt(5) !== 46) return false;
  for (let i = 6; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The year of an ISO date: its first four digits, read without a substring when they are digits. */
function yearOf(iso: string): number {
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const code = iso.charCodeAt(i);
    if (!isDigit(code)) return Number(iso.slice(0, 4));
    year = year * 10 + code - 48;
  }
  return year;
}

/** The ISO date of a plan date given as an Excel serial or as typed text, or undefined when it is no plausible date. */
export function planDate(value: number | string, date1904 = false): string | undefined {
  let iso: string | undefined;
  if (typeof value === "number") iso = serialToIso(value, date1904);
  else {
    const text = value.trim();
    // An ISO date already (a date cell's text) is what parseDateText would give.
    if (text.length === 10 && dayNumber(text) !== undefined) iso = text;
    else iso = isSerialText(text) ? serialToIso(Number(text), date1904) : parseDateText(text);
  }
  if (iso === undefined) return undefined;
  const year = yearOf(iso);
  return year >= MIN_YEAR && year <= MAX_YEAR ? iso : undefined;
}
