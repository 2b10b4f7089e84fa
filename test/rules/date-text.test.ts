/**
 * Dates typed as text (src/rules/excel-dates.ts parseDateText, src/rules/cell-values.ts planDate): the forms read digit
 * by digit give what the documented patterns give, for any text made of digits, separators, dots and spaces.
 */
import fc from "fast-check";
import { parseDateText, planDate, serialToIso } from "../../src/rules";

const DAY_FIRST = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})\.?$/;
const YEAR_FIRST = /^(\d{4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\.?(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

/** A calendar date by Date.UTC's reckoning (years from 100 on), as ISO. */
function calendarIso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 100 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The patterns as documented, applied with regular expressions. */
function byPatterns(text: string): string | undefined {
  const trimmed = text.trim();
  let match = YEAR_FIRST.exec(trimmed);
  if (match) return calendarIso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_FIRST.exec(trimmed);
  if (!match) return undefined;
  return calendarIso(match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]), Number(match[2]), Number(match[1]));
}

const dateLike = fc.string({ unit: fc.constantFrom(..."0123456789./- T:"), maxLength: 14 });
/** Texts near real dates, so that many of them are dates. */
const nearDates = fc
  .tuple(
    fc.integer({ min: 0, max: 40 }),
    fc.constantFrom(".", "/", "-", ". ", " ."),
    fc.integer({ min: 0, max: 14 }),
    fc.integer({ min: 0, max: 2130 }),
    fc.constantFrom("", ".", " ", "..", "x"),
  )
  .map(([d, sep, m, y, end]) => `${d}${sep}${String(m).padStart(2, "0")}.${y}${end}`);

describe("parseDateText reads what the patterns read", () => {
  test.each([
    "01.06.2026.",
    "1.6.2026",
    "01/06/26",
    "01-06-2026",
    "1.6.26.",
    "31.02.2026",
    "01.13.2026",
    "001.06.2026",
    "01.06.202",
    "01.06.2026..",
    "01 . 06 . 2026",
    "29.02.2028",
    "29.02.2100",
  ])("%j", (text) => expect(parseDateText(text)).toBe(byPatterns(text)));

  test("any text of digits, separators and spaces", () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, nearDates), (text) => {
        expect(parseDateText(text)).toBe(byPatterns(text));
      }),
      { seed: 2026, numRuns: 5000 },
    );
  });
});

describe("planDate reads a serial typed as text as the pattern does", () => {
  test("any text of digits and dots", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789."), maxLength: 9 }), (text) => {
        const expected = SERIAL_TEXT.test(text) ? serialToIso(Number(text)) : byPatterns(text);
        const inRange = expected !== undefined && Number(expected.slice(0, 4)) >= 1950 && Number(expected.slice(0, 4)) <= 2100;
        expect(planDate(text)).toBe(inRange ? expected : undefined);
      }),
      { seed: 2026, numRuns: 5000 },
    );
  });
});
