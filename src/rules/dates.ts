/**
 * Calendar dates as ISO strings ("2026-06-01") and as day numbers (days since 1970-01-01), which make durations and
 * overlaps integer arithmetic. No time zones: a plan's dates are calendar days.
 */
import { addMonths as addMonthsToDate } from "date-fns";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The day number of an ISO date, or undefined if the text is not a real calendar date (2026-02-30 is not). */
export function dayNumber(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / MS_PER_DAY;
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isoFromParts(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return dayNumber(iso) === undefined ? undefined : iso;
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
