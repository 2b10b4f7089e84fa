/** Issue messages worded once per rule and parameters (src/audit/issue-words.ts): the same words as formatIssue. */
import { issueWords } from "../../src/audit/issue-words";
import { formatIssue, issue, type Issue } from "../../src/rules";

describe("issueWords", () => {
  test.each(["en", "lv"] as const)("words each issue as formatIssue does (%s)", (language) => {
    const words = issueWords(language);
    const issues: Issue[] = [
      issue("country-not-eligible", { field: "hostCountry", country: "Šveice", associated: "" }, { activityId: 1 }),
      issue("country-not-eligible", { field: "hostCountry", country: "Šveice", associated: "" }, { activityId: 2 }),
      issue("country-not-eligible", { field: "hostCountry", country: "Šveice", associated: "x" }, { activityId: 2 }),
      issue("duration-mismatch", { stated: 5, days: 7 }, { activityId: 3 }),
      issue("duration-mismatch", { stated: 7, days: 5 }, { activityId: 4 }),
    ];
    for (const found of issues) expect(words(found)).toBe(formatIssue(found, language));
  });

  test("parameters that would run together in a key stay apart", () => {
    const words = issueWords("en");
    // Written plainly one after the other, the first two would both be `value=x field=y`.
    const first = issue("value-unreadable", { value: "x field=y", field: "start", expected: "date" } as never, { activityId: 1 });
    const second = issue("value-unreadable", { value: "x", field: "start", expected: "date" } as never, { activityId: 2 });
    const third = issue("course-repeated", { participant: "Anna", count: 2 }, { activityId: 3 });
    const fourth = issue("course-repeated", { participant: "Anna", count: 3 }, { activityId: 4 });
    const messages = [first, second, third, fourth, first, third].map(words);
    expect(messages).toEqual([first, second, third, fourth, first, third].map((found) => formatIssue(found, "en")));
    expect(new Set(messages).size).toBe(4);
  });

  test("a parameter that is not a plain value is worded every time, the same", () => {
    const words = issueWords("en");
    const params = { field: "start", value: "x", expected: "date", extra: { nested: true } };
    const found = issue("value-unreadable", params as never, { activityId: 1 });
    expect(words(found)).toBe(formatIssue(found, "en"));
  });

  test("past the sentences remembered, the words stay right", () => {
    const words = issueWords("en");
    for (let n = 0; n < 10_000; n++) {
      const found = issue("course-repeated", { participant: `Person ${n % 5000}`, count: 2 }, { activityId: n });
      expect(words(found)).toBe(formatIssue(found, "en"));
    }
  });
});
