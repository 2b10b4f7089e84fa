/**
 * Calendar arithmetic (src/rules/dates.ts): ISO dates to day numbers and back, inclusive day counts
 * (rules-2026.md §1: end − start + 1), and month periods (6–18 month projects, 12 months after graduation).
 */
import fc from "fast-check";
import { addMonths, dayNumber, endOfMonthsPeriod, inclusiveDays, isoFromDayNumber, isoFromParts } from "../../src/rules";

describe("dayNumber", () => {
  test.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["2026-06-01", 20605],
    ["2028-02-29", 21243],
  ])("%s is day %d", (iso, day) => {
    expect(dayNumber(iso)).toBe(day);
  });

  test.each([
    "2026-02-29",
    "2026-02-30",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "2026-6-1",
    "01.06.2026",
    "2026-06-01T00:00",
    "",
    "tomorrow",
  ])("%j is not a calendar date", (text) => {
    expect(dayNumber(text)).toBeUndefined();
  });

  test("day numbers and ISO dates round-trip for every day of 1990–2100", () => {
    const from = dayNumber("1990-01-01") as number;
    const to = dayNumber("2100-12-31") as number;
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (day) => {
        const iso = isoFromDayNumber(day);
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(dayNumber(iso)).toBe(day);
      }),
    );
  });
});

describe("isoFromParts", () => {
  test.each([
    [2026, 6, 1, "2026-06-01"],
    [2028, 2, 29, "2028-02-29"],
    [2026, 2, 29, undefined],
    [2026, 4, 31, undefined],
    [2026, 13, 1, undefined],
  ])("%d-%d-%d → %s", (year, month, day, iso) => {
    expect(isoFromParts(year, month, day)).toBe(iso);
  });
});

describe("inclusiveDays (start and end day included)", () => {
  test.each([
    ["2026-06-01", "2026-06-01", 1],
    ["2026-06-01", "2026-06-02", 2],
    ["2026-06-01", "2026-06-10", 10],
    ["2026-02-27", "2026-03-02", 4],
    ["2028-02-28", "2028-03-01", 3],
    ["2026-06-01", "2027-05-31", 365],
  ])("%s – %s is %d day(s)", (start, end, days) => {
    expect(inclusiveDays(dayNumber(start) as number, dayNumber(end) as number)).toBe(days);
  });

  test("a period of n days ends n − 1 days after its start", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20000, max: 22000 }), fc.integer({ min: 1, max: 400 }), (start, n) => {
        expect(inclusiveDays(start, start + n - 1)).toBe(n);
      }),
    );
  });
});

describe("addMonths and endOfMonthsPeriod", () => {
  test.each([
    ["2026-06-01", 6, "2026-12-01"],
    ["2026-06-01", 18, "2027-12-01"],
    ["2025-09-15", 12, "2026-09-15"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2028-02-29", 12, "2029-02-28"],
    ["2026-03-29", 1, "2026-04-29"],
    ["2026-10-25", 1, "2026-11-25"],
  ])("%s + %d months = %s", (iso, months, expected) => {
    expect(addMonths(iso, months)).toBe(expected);
  });

  test.each([
    ["2026-06-01", 6, "2026-11-30"],
    ["2026-06-01", 18, "2027-11-30"],
    ["2027-01-01", 6, "2027-06-30"],
    ["2026-09-15", 6, "2027-03-14"],
    ["2027-05-01", 18, "2028-10-31"],
  ])("a period of %s and %d months ends %s", (iso, months, expected) => {
    expect(endOfMonthsPeriod(iso, months)).toBe(expected);
  });

  describe.each(["UTC", "Europe/Riga", "America/Sao_Paulo", "Pacific/Auckland", "America/Los_Angeles"])("in time zone %s", (zone) => {
    const saved = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = zone;
    });
    afterAll(() => {
      process.env.TZ = saved;
    });

    test("adding months does not move the day across daylight-saving changes", () => {
      // Riga changes clocks on 2026-03-29 and 2026-10-25; São Paulo and Auckland on other dates.
      for (const [iso, expected] of [
        ["2026-03-29", "2026-04-29"],
        ["2026-10-25", "2026-11-25"],
        ["2026-09-06", "2026-10-06"],
        ["2026-04-05", "2026-05-05"],
        ["2026-11-01", "2026-12-01"],
      ]) {
        expect([iso, addMonths(iso, 1)]).toEqual([iso, expected]);
      }
      expect(endOfMonthsPeriod("2026-06-01", 6)).toBe("2026-11-30");
    });
  });
});
