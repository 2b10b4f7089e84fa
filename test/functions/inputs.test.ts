/** Arguments as Excel passes them (null, 0 or "" for an empty cell; serials or text for dates), read for the rules. */
import { errorText, isEmptyArgument, isProblem, readDate, readLabel, readYesNo } from "../../src/functions/inputs";
import { formatProblem, type Problem } from "../../src/functions/problems";
import { isoToSerial } from "../../src/rules";

const message = (value: unknown): string => formatProblem(value as Problem, "en");

describe("empty arguments", () => {
  test.each([null, undefined, 0, "", "   ", "\t"])("%p is empty", (value) => {
    expect(isEmptyArgument(value)).toBe(true);
  });
  test.each([false, 1, "0", "x", -0.5])("%p is not empty", (value) => {
    expect(isEmptyArgument(value)).toBe(false);
  });
});

describe("error values", () => {
  test.each([
    ["#N/A", "#N/A"],
    [" #value! ", "#VALUE!"],
    [{ type: "Error", errorType: "NotAvailable" }, "#N/A"],
    [{ type: "Error", errorType: "Div0" }, "#DIV/0!"],
    [{ type: "Error" }, "#VALUE!"],
    [{ code: "#REF!", message: "gone" }, "#REF!"],
    [{ error: "#NAME?" }, "#NAME?"],
  ])("%p is the error %s", (value, text) => {
    expect(errorText(value)).toBe(text);
  });
  test.each(["#1 course", "N/A", 0, null, { date: "2026-06-01" }])("%p is no error", (value) => {
    expect(errorText(value)).toBeUndefined();
  });
});

describe("labels", () => {
  test.each([
    ["VET", "VET"],
    ["  Ēnošana darbā ", "Ēnošana darbā"],
    [null, ""],
    [undefined, ""],
    [0, ""],
    ["", ""],
    ["  ", ""],
    [12, "12"],
    [true, "TRUE"],
    [false, "FALSE"],
  ])("%p reads as %p", (value, text) => {
    expect(readLabel(value, "sector")).toBe(text);
  });

  test("an error value names the argument", () => {
    expect(message(readLabel("#N/A", "sector"))).toBe("The sector holds the Excel error #N/A: fix the formula or enter the value.");
    expect(message(readLabel({ type: "Error", errorType: "Ref" }, "activity"))).toBe(
      "The activity type holds the Excel error #REF!: fix the formula or enter the value.",
    );
  });

  test("an object that is no error cannot be read as text", () => {
    expect(isProblem(readLabel({}, "hostCountry"))).toBe(true);
  });
});

describe("dates", () => {
  const june1 = isoToSerial("2026-06-01") as number;

  test.each([
    [june1, "2026-06-01"],
    [june1 + 0.75, "2026-06-01"], // a time of day is dropped
    ["01.06.2026", "2026-06-01"],
    ["01.06.2026.", "2026-06-01"],
    ["1.6.2026", "2026-06-01"],
    ["2026-06-01", "2026-06-01"],
    ["01/06/2026", "2026-06-01"],
    [" 2026-06-01T00:00:00 ", "2026-06-01"],
    [String(june1), "2026-06-01"], // a serial pasted as text
    ["29.02.2028", "2028-02-29"],
    // A month's name, as coordinators write it in Latvian and English.
    ["2026. gada 1. jūnijs", "2026-06-01"],
    ["1. jūn. 2026", "2026-06-01"],
    ["1 June 2026", "2026-06-01"],
    ["Jun 1, 2026", "2026-06-01"],
  ])("%p is %s", (value, iso) => {
    expect(readDate(value, "start")).toBe(iso);
  });

  test.each([null, undefined, 0, "", "  "])("%p is no date given", (value) => {
    expect(readDate(value, "start")).toBeUndefined();
  });

  test.each([
    ["31.02.2026", '"31.02.2026"'],
    ["tomorrow", '"tomorrow"'],
    [12, '"12"'], // 12 January 1900: a duration where a date belongs
    [60, '"60"'], // Excel's 29 February 1900, which never was
    [-5, '"-5"'],
    [true, '"true"'],
    ["2026-13-01", '"2026-13-01"'],
  ])("%p cannot be read", (value, quoted) => {
    expect(message(readDate(value, "end"))).toBe(`The end date ${quoted} cannot be read: expected a date.`);
  });

  test("an error value names the date", () => {
    expect(message(readDate("#VALUE!", "start"))).toBe("The start date holds the Excel error #VALUE!: fix the formula or enter the value.");
    expect(message(readDate({ type: "Error", errorType: "NotAvailable" }, "end"))).toBe(
      "The end date holds the Excel error #N/A: fix the formula or enter the value.",
    );
  });
});

describe("yes and no", () => {
  test.each([true, 1, "TRUE", "true", "jā", "JĀ", "ja", "yes", "Y", "x", "X", "patiess", "PATIESS", " 1 ", "✓"])("%p is yes", (value) => {
    expect(readYesNo(value, "fewerOpportunities")).toBe(true);
  });
  test.each([false, 0, null, undefined, "", " ", "FALSE", "nē", "ne", "no", "N", "aplams", "0", "-"])("%p is no", (value) => {
    expect(readYesNo(value, "fewerOpportunities")).toBe(false);
  });
  test.each([
    ["maybe", 'The fewer opportunities "maybe" cannot be read: expected yes or no.'],
    [2, 'The fewer opportunities "2" cannot be read: expected yes or no.'],
    ["#N/A", "The fewer opportunities holds the Excel error #N/A: fix the formula or enter the value."],
  ])("%p is neither", (value, text) => {
    expect(message(readYesNo(value, "fewerOpportunities"))).toBe(text);
  });
});
