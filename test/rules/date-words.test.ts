/**
 * Dates written with a month's name (src/rules/date-words.ts) through parseDateText and planDate, and the forms read
 * before them, which must read as they did.
 */
import { parseDateText, planDate } from "../../src/rules";
import { dateParts } from "../../src/rules/date-words";

describe("dates with a month's name", () => {
  test.each([
    // Latvian long forms: nominative, locative, genitive, with "gada" or "g." and the ordinal dots.
    ["2026. gada 5. oktobris", "2026-10-05"],
    ["2026. gada 5. oktobrī", "2026-10-05"],
    ["2026. gada 5. oktobra", "2026-10-05"],
    ["2026.g. 5. oktobris", "2026-10-05"],
    ["5. oktobris 2026", "2026-10-05"],
    ["5. oktobrī, 2026", "2026-10-05"],
    ["5. okt. 2026.", "2026-10-05"],
    ["05. okt. 2026", "2026-10-05"],
    ["05.okt.2026", "2026-10-05"],
    ["5 okt 2026", "2026-10-05"],
    ["1. janvāris 2027", "2027-01-01"],
    ["2027. gada 1. janvārī", "2027-01-01"],
    ["1. janv. 2027", "2027-01-01"],
    ["12. aprīlis 2027", "2027-04-12"],
    ["2027. gada 12. aprīļa", "2027-04-12"],
    ["1. jūnijs 2026", "2026-06-01"],
    ["1. jūnijā 2026", "2026-06-01"],
    ["1. junija 2026", "2026-06-01"],
    ["15. jūlijs 2026", "2026-07-15"],
    ["3. marts 2027", "2027-03-03"],
    ["3. martā 2027", "2027-03-03"],
    ["20. maijs 2027", "2027-05-20"],
    ["9. septembrim 2026", "2026-09-09"],
    ["2. febr. 2027", "2027-02-02"],
    ["31. decembris 2026", "2026-12-31"],
    ["OKTOBRIS 5, 2026", "2026-10-05"],
    // English: day first, month first, abbreviations with and without a dot, ordinals, two-digit years.
    ["5 October 2026", "2026-10-05"],
    ["5 Oct 2026", "2026-10-05"],
    ["5 Oct. 2026", "2026-10-05"],
    ["Oct 5, 2026", "2026-10-05"],
    ["October 5th, 2026", "2026-10-05"],
    ["the 1st of June 2026", "2026-06-01"],
    ["June 2nd, 2026", "2026-06-02"],
    ["3rd Sept 2026", "2026-09-03"],
    ["5-Oct-2026", "2026-10-05"],
    ["5-Oct-26", "2026-10-05"],
    ["05/Oct/2026", "2026-10-05"],
    ["5 OCT 2026", "2026-10-05"],
    ["May 31, 2027", "2027-05-31"],
    ["5\u00a0Oct\u00a02026", "2026-10-05"],
    // Boundaries: the last day of a month, leap days.
    ["28 Feb 2027", "2027-02-28"],
    ["29 Feb 2028", "2028-02-29"],
    ["29. februāris 2028", "2028-02-29"],
    ["31 Jan 2027", "2027-01-31"],
    ["30 Apr 2027", "2027-04-30"],
  ])("%j is %s", (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
    expect(planDate(text)).toBe(iso);
  });

  test.each([
    "31 Feb 2026",
    "29 Feb 2027",
    "29. februāris 2027",
    "31 Apr 2027",
    "32 Jan 2027",
    "0 Jan 2027",
    "31. septembris 2026",
    "5 Oct",
    "oktobris 2026",
    "5. oktobris",
    "5 Okt 2026 2027",
    "5 Oct Nov 2026",
    "5 Octo 2026",
    "5 October 202",
    "5 October 20266",
    "105 October 2026",
    "5th 6th October 2026",
    "Anna Bērziņa",
    "Monday",
    "5 Oct 2026!",
    "5 Oct 2026 10:00",
    "nākamajā rudenī",
    "",
  ])("%j is no date", (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  test("plan years only: a month's name in 1900 is no plan date", () => {
    expect(parseDateText("5 Oct 1900")).toBe("1900-10-05");
    expect(planDate("5 Oct 1900")).toBeUndefined();
  });
});

describe("the forms read before are read as before", () => {
  test.each([
    ["2026-06-01", "2026-06-01"],
    ["2026-06-01T00:00:00", "2026-06-01"],
    ["2026-06-01 12:30", "2026-06-01"],
    ["2026-06-01T00:00:00.000Z", "2026-06-01"],
    ["01.06.2026.", "2026-06-01"],
    ["01.06.2026", "2026-06-01"],
    ["1.6.26", "2026-06-01"],
    ["01/06/26", "2026-06-01"],
    ["29.02.2028", "2028-02-29"],
  ])("%j is %s", (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  test.each([
    [46_174, "2026-06-01"],
    ["46174", "2026-06-01"],
    ["46174.5", "2026-06-01"],
  ])("the serial %j is %s", (value, iso) => {
    expect(planDate(value)).toBe(iso);
  });

  test.each(["31.02.2026", "29.02.2027", "01.13.2026"])("%j is no date", (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });
});

describe("dateParts: what a side of a period gives", () => {
  test.each([
    ["5.", { day: 5 }],
    ["5", { day: 5 }],
    ["05.10.", { day: 5, month: 10 }],
    ["5 Oct", { day: 5, month: 10 }],
    ["5. oktobra", { day: 5, month: 10 }],
    ["Oct 5", { day: 5, month: 10 }],
    ["9, 2026", { day: 9, year: 2026 }],
    ["2026. gada 5.", { day: 5, year: 2026 }],
    ["5 Oct 2026", { day: 5, month: 10, year: 2026 }],
  ])("%j", (text, parts) => {
    expect(dateParts(text)).toEqual(parts);
  });

  test.each(["", "Oct", "2026", "2026.10", "2026 5", "5 6 7", "5 Oct Nov", "x"])("%j gives nothing", (text) => {
    expect(dateParts(text)).toBeUndefined();
  });
});
