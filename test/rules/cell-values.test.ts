/** Excel's cell conventions shared by the audit and the custom functions (src/rules/cell-values.ts). */
import { excelErrorText, languageOfLocale, planDate, yesNoText } from "../../src/rules";

describe("excelErrorText", () => {
  test.each([
    ["#N/A", "#N/A"],
    [" #n/a ", "#N/A"],
    ["#REF!", "#REF!"],
    ["#DIV/0!", "#DIV/0!"],
    ["#SPILL!", "#SPILL!"],
  ])("%j is the error %s", (text, error) => expect(excelErrorText(text)).toBe(error));

  test.each(["#1 priority", "N/A", "", "Anna", "#"])("%j is no error", (text) => expect(excelErrorText(text)).toBeUndefined());
});

describe("yesNoText", () => {
  test.each(["jā", "JĀ", "ja", "yes", "Y", "x", "X", "✓", "✔", "✔\uFE0F", "TRUE", "patiess", "1", "+"])("%j is yes", (text) =>
    expect(yesNoText(text)).toBe(true),
  );
  test.each(["nē", "ne", "no", "N", "FALSE", "aplams", "0", "-", "–", "✗"])("%j is no", (text) => expect(yesNoText(text)).toBe(false));
  test.each(["", "maybe", "varbūt", "2", "jāā"])("%j is neither", (text) => expect(yesNoText(text)).toBeUndefined());
});

describe("planDate", () => {
  test.each<[number | string, boolean, string | undefined]>([
    [46174, false, "2026-06-01"],
    [46174.75, false, "2026-06-01"],
    [44712, true, "2026-06-01"],
    ["46174", false, "2026-06-01"],
    ["01.06.2026.", false, "2026-06-01"],
    ["1.6.2026", false, "2026-06-01"],
    ["2026-06-01", false, "2026-06-01"],
    ["01/06/2026", false, "2026-06-01"],
    ["31.02.2026", false, undefined],
    [5, false, undefined], // 1900-01-05: a number, not a plan date
    ["01.06.1949", false, undefined],
    ["01.06.1950", false, "1950-06-01"],
    ["31.12.2100", false, "2100-12-31"],
    ["01.01.2101", false, undefined],
    ["tomorrow", false, undefined],
  ])("%j (1904: %s) is %s", (value, date1904, iso) => expect(planDate(value, date1904)).toBe(iso));
});

describe("languageOfLocale", () => {
  test.each(["lv", "lv-LV", "LV-lv", "lv_LV.UTF-8", "lv@euro", " lv "])("%j is Latvian", (locale) =>
    expect(languageOfLocale(locale)).toBe("lv"),
  );
  test.each(["en-US", "en", "lt-LT", "lva", "", null, undefined])("%j is English", (locale) => expect(languageOfLocale(locale)).toBe("en"));
});
