/**
 * A period read from one cell (a "Mobilitātes periods" column). Apart from read-cell.ts: the pane reads settings with
 * that file and has no period to read, so it does not carry the period reader.
 */
import { parseDateRange, planDate, type DateRange } from "../rules";
import type { CellValue } from "./grid";
import { common, ok, readDate, unreadable, type Reading } from "./read-cell";

/**
 * A period in one cell ("05.10.–09.10.2026.", "5–9 October 2026"): its start and end. A single date is a one-day
 * period; a period whose dates fall outside the plan years (planDate) is unreadable, as such a date is.
 */
export function readPeriod(value: CellValue, date1904: boolean): Reading<DateRange> {
  const early = common(value);
  if (early) return early;
  if (typeof value === "string") {
    const range = parseDateRange(value);
    if (range !== undefined && planDate(range.start) !== undefined && planDate(range.end) !== undefined) return ok(range);
  }
  const single = readDate(value, date1904);
  return single.ok && single.value !== undefined ? ok({ start: single.value, end: single.value }) : unreadable("period", value);
}
