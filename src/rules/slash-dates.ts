/**
 * Dates written with slashes read two ways: "03/04/2026" is 3 April day first (Europe) and 4 March month first (the
 * US). Dotted dates ("03.04.2026", the Latvian way) and hyphenated ones are always day first and never ambiguous.
 * A sheet decides its slash dates (rules-2026.md §4): one that reads only day first ("25/12/2026") makes them all day
 * first; one that reads only month first ("12/25/2026"), with none only day first, makes them all month first;
 * otherwise they are read day first and each one that reads two ways is named with both readings.
 */
import { isoFromParts } from "./dates";

export type SlashOrder = "day-first" | "month-first";

/** One slash date of a text, its position in the text, and what it is day first and month first. */
export interface SlashDate {
  readonly text: string;
  readonly index: number;
  readonly dayFirst: string | undefined;
  readonly monthFirst: string | undefined;
}

/** d/m/y with a 2- or 4-digit year, not inside a longer number ("2026/04/03" is year first, no slash date). */
const SLASH_DATE = /(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4}|\d{2})(?![\d/])/g;

/** The slash dates of a cell's text ("03/04/2026", or both sides of "03/04/2026 – 05/04/2026"); none without a slash. */
export function slashDates(text: string): SlashDate[] {
  // Most cells have no slash: they are not searched.
  if (text.indexOf("/") === -1) return [];
  const found: SlashDate[] = [];
  for (const match of text.matchAll(SLASH_DATE)) {
    const [whole, first, second, yearText] = match;
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    found.push({
      text: whole,
      index: match.index ?? 0,
      dayFirst: isoFromParts(year, Number(second), Number(first)),
      monthFirst: isoFromParts(year, Number(first), Number(second)),
    });
  }
  return found;
}

/** Whether a slash date reads two ways (both readings real days, and different). */
export function isAmbiguous(date: SlashDate): boolean {
  return date.dayFirst !== undefined && date.monthFirst !== undefined && date.dayFirst !== date.monthFirst;
}

/** The order a slash date settles, if it reads only one way; undefined if it reads two ways, one day, or none. */
export function orderSettledBy(date: SlashDate): SlashOrder | undefined {
  if (date.dayFirst !== undefined && date.monthFirst === undefined) return "day-first";
  if (date.monthFirst !== undefined && date.dayFirst === undefined) return "month-first";
  return undefined;
}

/** The text with each slash date written as its month-first ISO date, so that the day-first readers read it so. */
export function monthFirstText(text: string, dates: readonly SlashDate[]): string {
  let out = "";
  let at = 0;
  for (const date of dates) {
    out += text.slice(at, date.index) + (date.monthFirst ?? date.text);
    at = date.index + date.text.length;
  }
  return out + text.slice(at);
}
