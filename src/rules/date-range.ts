/**
 * Two dates in one cell, as coordinators write a period: "01.09.2026.–31.08.2027.", "05.10.–09.10.2026." (the year
 * written once, at the end), "2026-10-05 - 2026-10-09", "05.10.2026 līdz 09.10.2026", "5.10.2026 to 9.10.2026".
 * Each side is read by parseDateText; a first side without a year takes the second side's.
 */
import { parseDateText } from "./excel-dates";

export interface DateRange {
  readonly start: string;
  readonly end: string;
}

/** Between the two dates: a dash of any kind (with or without spaces), "līdz", "to", "till", "until". */
const SEPARATOR = /\s*[–—‒-]{1,2}\s*|\s+(?:līdz|lidz|to|till|until)\s+/i;
/** A day and month without a year: "05.10." or "5.10". */
const DAY_MONTH = /^(\d{1,2})\s*[./]\s*(\d{1,2})\.?$/;
/** The year at the end of the second side: "2026" or "2026." */
const YEAR_AT_END = /(\d{4})\.?$/;

/** The two ISO dates of a period written in one cell, or undefined when the text is not two dates. */
export function parseDateRange(text: string): DateRange | undefined {
  const trimmed = text.trim();
  // An ISO date's own hyphens are no separator: try every split point and keep the one where both sides are dates.
  for (const match of trimmed.matchAll(new RegExp(SEPARATOR.source, "gi"))) {
    const at = match.index ?? 0;
    const left = trimmed.slice(0, at).trim();
    const right = trimmed.slice(at + match[0].length).trim();
    if (left === "" || right === "") continue;
    const end = parseDateText(right);
    if (end === undefined) continue;
    const start = parseDateText(left) ?? withYearOf(left, right, end);
    if (start !== undefined) return { start, end };
  }
  return undefined;
}

/** "05.10." read with the year of "09.10.2026."; "30.12.–03.01.2027." starts the year before. */
function withYearOf(dayMonth: string, dated: string, end: string): string | undefined {
  const parts = DAY_MONTH.exec(dayMonth);
  const year = YEAR_AT_END.exec(dated);
  if (!parts || !year) return undefined;
  const sameYear = parseDateText(`${parts[1]}.${parts[2]}.${year[1]}`);
  return sameYear !== undefined && sameYear > end ? parseDateText(`${parts[1]}.${parts[2]}.${Number(year[1]) - 1}`) : sameYear;
}
