/**
 * Travel days (src/rules/checks/travel.ts; rules-2026.md §3, §5.7): subsistence for at most 2, or 6 with green
 * travel; more are a warning that the extra days are not funded, not an error.
 */
import { formatIssue } from "../../../src/rules";
import { activity, checkOne, issuesOf, rulesOf } from "../helpers";

describe("travel days", () => {
  test.each([
    [0, undefined, []],
    [1, undefined, []],
    [2, undefined, []],
    [3, undefined, ["travel-days-exceeded"]],
    [2, false, []],
    [3, false, ["travel-days-exceeded"]],
    [6, false, ["travel-days-exceeded"]],
    [3, true, []],
    [6, true, []],
    [7, true, ["travel-days-exceeded"]],
  ])("%d travel days, green travel %s", (travelDays, greenTravel, expected) => {
    expect(rulesOf(checkOne(activity({ travelDays, greenTravel })))).toEqual(expected);
  });

  test.each([
    [3, false, 2],
    [7, true, 6],
  ])("%d days (green %s) is a warning naming the maximum %d", (travelDays, greenTravel, max) => {
    const [issue] = issuesOf(checkOne(activity({ travelDays, greenTravel })), "travel-days-exceeded");
    expect(issue).toMatchObject({ severity: "warning", field: "travelDays", params: { days: travelDays, max, green: greenTravel } });
  });

  test.each([
    [
      3,
      false,
      "en",
      "3 travel days: subsistence is funded for at most 2 travel days (6 with green travel); the extra 1 day is not funded.",
    ],
    [7, true, "en", "7 travel days: subsistence is funded for at most 6 travel days with green travel; the extra 1 day is not funded."],
    [
      5,
      false,
      "en",
      "5 travel days: subsistence is funded for at most 2 travel days (6 with green travel); the extra 3 days are not funded.",
    ],
    [
      3,
      false,
      "lv",
      "3 ceļošanas dienas: uzturēšanās tiek finansēta ne vairāk kā 2 ceļošanas dienām (6 ar zaļo ceļojumu); 1 papildu diena netiek finansēta.",
    ],
    [
      4,
      false,
      "lv",
      "4 ceļošanas dienas: uzturēšanās tiek finansēta ne vairāk kā 2 ceļošanas dienām (6 ar zaļo ceļojumu); 2 papildu dienas netiek finansētas.",
    ],
  ] as const)("%d days (green %s) in %s says the extra days are not funded", (travelDays, greenTravel, language, text) => {
    const [issue] = issuesOf(checkOne(activity({ travelDays, greenTravel })), "travel-days-exceeded");
    expect(formatIssue(issue, language)).toBe(text);
  });

  test("travel days are not counted in the activity's duration (2 days of job shadowing + 2 travel days pass)", () => {
    expect(checkOne(activity({ start: "2026-09-07", end: "2026-09-08", travelDays: 2 }), { sector: "SCH" })).toEqual([]);
  });
});
