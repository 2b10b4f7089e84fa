/**
 * Calendar dates as ISO strings ("2026-06-01") and as day numbers (days since 1970-01-01), which make durations and
 * overlaps integer arithmetic. No time zones: a plan's dates are calendar days.
 */
// The one function, not the package index: its CommonJS index loads all 300 of date-fns's modules at start-up.
import { addMonths as addMonthsToDate } from "date-fns/addMonths";

const MS_PER_DAY = 86_400_000;

const ZERO = 48;

/** Two or four ASCII digits at `at` as a number, or -1. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): integer arithmetic, no Date
 * object, because the audit calls this for every date of every row.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of an ISO date, or undefined if the text is not a real calendar date (2026-02-30 is not). */
export function dayNumber(iso: string): number | undefined {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 2);
  const day = digits(iso, 8, 2);
  // Years 0–99 were never calendar dates here (Date.UTC reads them as 1900–1999): kept so.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

export function isoFromDayNumber(day: number): string {
  // Hinnant's civil_from_days for whole days of years 0–9999; anything else as Date writes it.
  if (!Number.isInteger(day) || day < -719_468 || day > 2_932_896) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1000 ? String(y).padStart(4, "0") : y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/**
 * isoFromParts' answers by year · 10,000 + month · 100 + day: a plan's text dates repeat a few hundred days, and each
 * answer made once saves four strings per date cell (and the copies the garbage collector makes of those that live).
 * Bounded, so that hostile input cannot grow it without end.
 */
const ISO_OF_PARTS = new Map<number, string | null>();
const MAX_REMEMBERED_DATES = 10_000;

function builtIsoFromParts(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return dayNumber(iso) === undefined ? undefined : iso;
}

export function isoFromParts(year: number, month: number, day: number): string | undefined {
  const small =
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && year >= 0 && year <= 9999 && month >= 0 && month <= 99;
  if (!small || day < 0 || day > 99) return builtIsoFromParts(year, month, day);
  const key = year * 10_000 + month * 100 + day;
  let iso = ISO_OF_PARTS.get(key);
  if (iso === undefined) {
    if (ISO_OF_PARTS.size >= MAX_REMEMBERED_DATES) ISO_OF_PARTS.clear();
    ISO_OF_PARTS.set(key, (iso = builtIsoFromParts(year, month, day) ?? null));
  }
  return iso ?? undefined;
}

/** Days from start to end, both included (rules-2026.md §1): the same day is 1 day. */
export function inclusiveDays(startDay: number, endDay: number): number {
  return endDay - startDay + 1;
}

/**
 * The date `months` calendar months after `iso`, clamped to the month's end (31 January + 1 month = 28/29 February),
 * as date-fns does it. Built on a local-time Date from calendar fields and read back the same way, so the machine's
 * time zone and daylight saving do not move the day.
 */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split("-").map(Number);
  const shifted = addMonthsToDate(new Date(year, month - 1, day), months);
  return isoFromParts(shifted.getFullYear(), shifted.getMonth() + 1, shifted.getDate()) as string;
}

/** The last day of a period of `months` months that starts on `iso` (6 months from 1 June end on 30 November). */
export function endOfMonthsPeriod(iso: string, months: number): string {
  return isoFromDayNumber((dayNumber(addMonths(iso, months)) as number) - 1);
}
