/**
 * Two dates in one cell, as coordinators write a period: "01.09.2026.–31.08.2027.", "05.10.–09.10.2026." (the year
 * written once, at the end), "2026-10-05 - 2026-10-09", "05.10.2026 līdz 09.10.2026", "5.10.2026 to 9.10.2026", and
 * with months' names: "5.–9. oktobris 2026", "5–9 October 2026", "5 Oct – 9 Oct 2026", "no 5. oktobra līdz 9.
 * oktobrim 2026", "2026. gada 5.–9. oktobrī", "Oct 5–9, 2026". Each side is read by parseDateText, or as the parts of
 * a date (date-words.ts) that take what they leave out, month and year, from the other side.
 */
import { isoFromParts } from "./dates";
import { dateParts, type DateParts } from "./date-words";
import { parseDateText } from "./excel-dates";

export interface DateRange {
  readonly start: string;
  readonly end: string;
}

/** Between the two dates: a dash of any kind (with or without spaces), "līdz", "to", "till", "until". */
const SEPARATOR = /\s*[–—‒-]{1,2}\s*|\s+(?:līdz|lidz|to|till|until)\s+/gi;
/** Before the first date: "no 5. oktobra", "from 5 Oct". */
const FROM = /^(?:no|from)\s+/i;

/** The two ISO dates of a period written in one cell, or undefined when the text is not two dates. */
export function parseDateRange(text: string): DateRange | undefined {
  const trimmed = text.trim().replace(FROM, "");
  // An ISO date's own hyphens are no separator: try every split point and keep the one where both sides are dates.
  for (const match of trimmed.matchAll(SEPARATOR)) {
    const at = match.index ?? 0;
    const left = trimmed.slice(0, at).trim();
    const right = trimmed.slice(at + match[0].length).trim();
    if (left === "" || right === "") continue;
    const range = rangeOf(left, right);
    if (range !== undefined) return range;
  }
  return undefined;
}

function rangeOf(left: string, right: string): DateRange | undefined {
  const end = partsOf(right);
  const start = partsOf(left);
  if (end === undefined || start === undefined) return undefined;
  // The end takes the month and year the start names ("2026. gada 5.–9. oktobrī", "Oct 5–9, 2026").
  const endMonth = end.month ?? start.month;
  const endYear = end.year ?? start.year;
  if (endMonth === undefined || endYear === undefined) return undefined;
  const endIso = isoFromParts(endYear, endMonth, end.day);
  if (endIso === undefined) return undefined;
  const startMonth = start.month ?? endMonth;
  let startIso = isoFromParts(start.year ?? endYear, startMonth, start.day);
  // "30.12.–03.01.2027.": a start without its year that would fall after the end is in the year before.
  if (start.year === undefined && start.month !== undefined && startIso !== undefined && startIso > endIso)
    startIso = isoFromParts(endYear - 1, startMonth, start.day);
  return startIso === undefined ? undefined : { start: startIso, end: endIso };
}

/** A side's date: whole (parseDateText), or its parts ("05.10.", "5.", "5 Oct", "9, 2026"). */
function partsOf(side: string): DateParts | undefined {
  const iso = parseDateText(side);
  if (iso !== undefined) return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
  return dateParts(side);
}
