/**
 * Reading one cell as a typed value, the way Excel stores what people type: date serials (1900 and 1904 systems),
 * dates as text, numbers as text, yes/no in English and Latvian, Excel error values. A cell that cannot be read gives
 * a problem naming what was expected, never an exception.
 */
import { parseDateText, planDate, yesNoText } from "../rules";
import { cellError, cellText, isBlank, isCellDate, type CellDate, type CellValue } from "./grid";

export type Expected = "date" | "number" | "yes-no" | "text" | "period";

export type Reading<T> =
  | { readonly ok: true; readonly value: T | undefined }
  | { readonly ok: false; readonly problem: "unreadable"; readonly expected: Expected; readonly text: string }
  | { readonly ok: false; readonly problem: "error"; readonly text: string };

const EMPTY = { ok: true, value: undefined } as const;
export const ok = <T>(value: T): Reading<T> => ({ ok: true, value });
export const unreadable = (expected: Expected, value: CellValue): Reading<never> => ({
  ok: false,
  problem: "unreadable",
  expected,
  text: cellText(value),
});

/** Returns the error reading for error cells and the empty reading for blanks, else undefined (read on). */
export function common(value: CellValue): Reading<never> | typeof EMPTY | undefined {
  const error = cellError(value);
  if (error !== undefined) return { ok: false, problem: "error", text: error };
  if (isBlank(value)) return EMPTY;
  return undefined;
}

export function readDate(value: CellValue, date1904: boolean): Reading<string> {
  const early = common(value);
  if (early) return early;
  let checked: string | undefined;
  if (isCellDate(value)) checked = cellDateValue(value);
  else if (typeof value === "number" || typeof value === "string") checked = planDate(value, date1904);
  return checked === undefined ? unreadable("date", value) : ok(checked);
}

/** A date cell's plan date: an adapter's date is ISO, perhaps with a time; one that is no calendar date is undefined. */
export function cellDateValue(value: CellDate): string | undefined {
  const iso = parseDateText(value.date);
  return iso === undefined ? undefined : planDate(iso);
}

/** "12", "12,5", "12 dienas", "12 days", "12 d." all read as numbers; anything else does not. */
const NUMBER_TEXT = /^([+-]?\d+(?:[.,]\d+)?)\s*(?:d\.?|days?|dienas?|dien\.?)?$/i;

export function readNumber(value: CellValue): Reading<number> {
  const early = common(value);
  if (early) return early;
  if (typeof value === "number" && Number.isFinite(value)) return ok(value);
  if (typeof value === "string") {
    const match = NUMBER_TEXT.exec(value.trim());
    if (match) return ok(Number(match[1].replace(",", ".")));
  }
  return unreadable("number", value);
}

/** Digits grouped by spaces ("1 215,4"), as Latvians write thousands, and a "km" after them. */
const KM_TEXT = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)([.,]\d+)?\s*(?:km)?$/i;

/** A distance in km: a number, or text such as "1365,28", "1 215,4 km", "283 km". */
export function readKm(value: CellValue): Reading<number> {
  if (typeof value === "string") {
    const match = KM_TEXT.exec(value.trim());
    if (match) return ok(Number(match[1].replace(/[ \u00a0\u202f]/g, "") + (match[2] ?? "").replace(",", ".")));
  }
  return readNumber(value);
}

export function readYesNo(value: CellValue): Reading<boolean> {
  const early = common(value);
  if (early) return early;
  if (typeof value === "boolean") return ok(value);
  if (value === 1 || value === 0) return ok(value === 1);
  if (typeof value === "string") {
    const answer = yesNoText(value);
    if (answer !== undefined) return ok(answer);
  }
  return unreadable("yes-no", value);
}

/** Text fields take any value as its text: a group "1" or a course given as a number is still a label. */
export function readText(value: CellValue): Reading<string> {
  const early = common(value);
  if (early) return early;
  return ok(cellText(value));
}
