/** Travel days (src/rules/checks/travel.ts; rules-2026.md §3): at most 2, or at most 6 with green travel. */
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
  ])("%d days (green %s) is an error naming the maximum %d", (travelDays, greenTravel, max) => {
    const [issue] = issuesOf(checkOne(activity({ travelDays, greenTravel })), "travel-days-exceeded");
    expect(issue).toMatchObject({ severity: "error", field: "travelDays", params: { days: travelDays, max, green: greenTravel } });
  });

  test("travel days are not counted in the activity's duration (2 days of job shadowing + 2 travel days pass)", () => {
    expect(checkOne(activity({ start: "2026-09-07", end: "2026-09-08", travelDays: 2 }), { sector: "SCH" })).toEqual([]);
  });
});
