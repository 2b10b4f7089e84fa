/** Slash dates and the two ways they read (src/rules/slash-dates.ts). */
import { isAmbiguous, monthFirstText, orderSettledBy, slashDates } from "../../src/rules";

describe("slashDates", () => {
  test.each([
    ["03/04/2026", "2026-04-03", "2026-03-04", true, undefined],
    ["3/4/26", "2026-04-03", "2026-03-04", true, undefined],
    ["12/11/2026", "2026-11-12", "2026-12-11", true, undefined],
    ["05/05/2026", "2026-05-05", "2026-05-05", false, undefined],
    ["13/04/2026", "2026-04-13", undefined, false, "day-first"],
    ["31/12/2026", "2026-12-31", undefined, false, "day-first"],
    ["04/13/2026", undefined, "2026-04-13", false, "month-first"],
    ["12/31/2026", undefined, "2026-12-31", false, "month-first"],
    // 29/02 of a leap year reads only day first; 30/02 reads neither way.
    ["29/02/2028", "2028-02-29", undefined, false, "day-first"],
    ["02/29/2028", undefined, "2028-02-29", false, "month-first"],
    ["30/02/2026", undefined, undefined, false, undefined],
    ["13/13/2026", undefined, undefined, false, undefined],
  ])("%j: day first %s, month first %s, ambiguous %s, settles %s", (text, dayFirst, monthFirst, ambiguous, settles) => {
    const [date] = slashDates(text);
    expect(date).toMatchObject({ text, dayFirst, monthFirst });
    expect(isAmbiguous(date)).toBe(ambiguous);
    expect(orderSettledBy(date)).toBe(settles);
  });

  test.each(["03.04.2026", "03-04-2026", "2026/04/03", "2026-04-03", "Anna", "1/2", "03/04/2026/1", "103/04/2026", ""])(
    "%j holds no slash date",
    (text) => {
      expect(slashDates(text)).toEqual([]);
    },
  );

  test("both dates of a period, and the period written month first", () => {
    const text = "03/04/2026 – 05/04/2026";
    const dates = slashDates(text);
    expect(dates.map((d) => d.text)).toEqual(["03/04/2026", "05/04/2026"]);
    expect(monthFirstText(text, dates)).toBe("2026-03-04 – 2026-05-04");
  });

  test("a date that reads no way month first is left as written", () => {
    expect(monthFirstText("13/04/2026", slashDates("13/04/2026"))).toBe("13/04/2026");
  });
});
