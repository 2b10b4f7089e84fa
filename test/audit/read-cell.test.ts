/**
 * Reading one cell (src/audit/read-cell.ts, src/audit/grid.ts): dates as serials of both date systems and as text,
 * numbers as text, yes/no in English and Latvian, Excel error values. Whatever the cell holds, the reading is a value,
 * empty, or a problem: never an exception.
 */
import fc from "fast-check";
import {
  cellError,
  cellText,
  isBlank,
  isCellDate,
  readDate,
  readNumber,
  readText,
  readYesNo,
  type CellValue,
  type Reading,
} from "../../src/audit";
import { readKm } from "../../src/audit/read-cell";

const value = <T>(v: T): Reading<T> => ({ ok: true, value: v });
const EMPTY = { ok: true, value: undefined };
const unreadable = (expected: string, text: string) => ({ ok: false, problem: "unreadable", expected, text });
const error = (text: string) => ({ ok: false, problem: "error", text });

describe("grid helpers", () => {
  test.each<[CellValue, boolean]>([
    [null, true],
    [undefined, true],
    ["", true],
    ["   ", true],
    ["\u00a0\t", true],
    [0, false],
    [false, false],
    ["x", false],
    [{ date: "2026-06-01" }, false],
    [{ error: "#N/A" }, false],
  ])("isBlank(%j) is %s", (cell, blank) => {
    expect(isBlank(cell)).toBe(blank);
  });

  test.each<[CellValue, string | undefined]>([
    [{ error: "#REF!" }, "#REF!"],
    ["#N/A", "#N/A"],
    [" #n/a ", "#N/A"],
    ["#DIV/0!", "#DIV/0!"],
    ["#VALUE!", "#VALUE!"],
    ["#NAME?", "#NAME?"],
    ["#SPILL!", "#SPILL!"],
    ["#hashtag", undefined],
    ["N/A", undefined],
    [0, undefined],
    [null, undefined],
    [{ date: "2026-06-01" }, undefined],
  ])("cellError(%j) is %j", (cell, expected) => {
    expect(cellError(cell)).toBe(expected);
  });

  test.each<[CellValue, string]>([
    [null, ""],
    [undefined, ""],
    ["  Anna  ", "Anna"],
    [12.5, "12.5"],
    [true, "true"],
    [{ date: "2026-06-01" }, "2026-06-01"],
    [{ error: "#REF!" }, "#REF!"],
  ])("cellText(%j) is %j", (cell, text) => {
    expect(cellText(cell)).toBe(text);
  });

  test("isCellDate tells date cells from errors and plain values", () => {
    expect(isCellDate({ date: "2026-06-01" })).toBe(true);
    expect(isCellDate({ error: "#N/A" })).toBe(false);
    expect(isCellDate("2026-06-01")).toBe(false);
    expect(isCellDate(null)).toBe(false);
  });
});

describe("readDate", () => {
  describe("serials of the 1900 date system (Windows)", () => {
    test.each([
      [46_174, "2026-06-01"],
      [46_174.75, "2026-06-01"], // a time of day is dropped
      [46_272, "2026-09-07"],
      [46_023, "2026-01-01"],
      [18_264, "1950-01-01"],
      [73_415, "2100-12-31"],
    ])("%d → %s", (serial, iso) => {
      expect(readDate(serial, false)).toEqual(value(iso));
    });

    // Serial 60 is 1900-02-29, a day that never was (Lotus 1-2-3's leap-year bug); 1 to 61 are all early 1900.
    // None of them is a plausible plan date: they are unreadable, whichever side of the quirk they fall on.
    test.each([1, 59, 60, 61, 0, 18_263, 73_416, -1, 2_958_466, 1e12, Number.NaN, Number.POSITIVE_INFINITY])(
      "%d is no plan date",
      (serial) => {
        expect(readDate(serial, false)).toEqual(unreadable("date", String(serial)));
      },
    );
  });

  describe("serials of the 1904 date system (Mac)", () => {
    test.each([
      [44_712, "2026-06-01"],
      [44_810, "2026-09-07"],
      [46_174, "2030-06-02"], // the same number is 1,462 days later in the 1904 system
      [16_802, "1950-01-01"],
    ])("%d → %s", (serial, iso) => {
      expect(readDate(serial, true)).toEqual(value(iso));
    });

    test.each([0, 1, 60, -5])("%d is no plan date", (serial) => {
      expect(readDate(serial, true).ok).toBe(false);
    });
  });

  describe("dates typed as text", () => {
    test.each([
      ["01.06.2026", "2026-06-01"],
      ["01.06.2026.", "2026-06-01"],
      ["1.6.2026", "2026-06-01"],
      ["1.6.2026.", "2026-06-01"],
      ["  07.09.2026  ", "2026-09-07"],
      ["07. 09. 2026.", "2026-09-07"],
      ["2026-06-01", "2026-06-01"],
      ["2026-06-01.", "2026-06-01"],
      ["2026-6-1", "2026-06-01"],
      ["2026-06-01T00:00:00", "2026-06-01"],
      ["2026-06-01 13:45", "2026-06-01"],
      ["01/06/2026", "2026-06-01"],
      ["1/6/2026", "2026-06-01"],
      ["01-06-2026", "2026-06-01"],
      ["01.06.26", "2026-06-01"],
      ["29.02.2028", "2028-02-29"],
      ["46174", "2026-06-01"], // a serial pasted as text
      ["46174.5", "2026-06-01"],
    ])("%j → %s", (text, iso) => {
      expect(readDate(text, false)).toEqual(value(iso));
    });

    test("a serial typed as text follows the workbook's date system", () => {
      expect(readDate("44712", true)).toEqual(value("2026-06-01"));
    });

    test.each([
      "31.02.2026",
      "29.02.2027",
      "1900-02-29",
      "32.01.2026",
      "01.13.2026",
      "00.06.2026",
      "2026",
      "jūnijs",
      "June 1st",
      "01.06",
      "01..06.2026",
      "01.06.2026..",
      "12345", // five digits read as a serial: 1933, not a plan date
      "31.12.1949",
      "01.01.2101",
      "TRUE",
      "-",
    ])("%j is unreadable", (text) => {
      expect(readDate(text, false)).toEqual(unreadable("date", text));
    });
  });

  test("cells already known to be dates read as their date", () => {
    expect(readDate({ date: "2026-06-01" }, false)).toEqual(value("2026-06-01"));
    expect(readDate({ date: "2026-06-01" }, true)).toEqual(value("2026-06-01"));
  });

  test.each(["2026-02-31", "garbage", "", "1800-01-01"])("a date cell holding %j is unreadable, not passed on", (date) => {
    expect(readDate({ date }, false)).toEqual(unreadable("date", date));
  });

  test("a date cell with a time of day reads as its calendar day", () => {
    expect(readDate({ date: "2026-06-01T00:00:00.000Z" }, false)).toEqual(value("2026-06-01"));
  });

  test.each([true, false])("the boolean %s is no date", (bool) => {
    expect(readDate(bool, false)).toEqual(unreadable("date", String(bool)));
  });

  test.each([null, undefined, "", "   "])("%j is empty", (cell) => {
    expect(readDate(cell, false)).toEqual(EMPTY);
  });

  test.each<[CellValue, string]>([
    [{ error: "#N/A" }, "#N/A"],
    [{ error: "#REF!" }, "#REF!"],
    ["#N/A", "#N/A"],
    ["#value!", "#VALUE!"],
  ])("the error %j is an error, not an unreadable date", (cell, text) => {
    expect(readDate(cell, false)).toEqual(error(text));
  });
});

describe("readNumber", () => {
  test.each<[CellValue, number]>([
    [12, 12],
    [0, 0],
    [12.5, 12.5],
    [-3, -3],
    ["12", 12],
    [" 12 ", 12],
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["+4", 4],
    ["12 dienas", 12],
    ["1 diena", 1],
    ["12 dien.", 12],
    ["12 days", 12],
    ["1 day", 1],
    ["12 d.", 12],
    ["12d", 12],
    ["12 DIENAS", 12],
  ])("%j → %d", (cell, n) => {
    expect(readNumber(cell)).toEqual(value(n));
  });

  test.each<[CellValue, string]>([
    ["abc", "abc"],
    ["12 weeks", "12 weeks"],
    ["12-14", "12-14"],
    ["1.234,5", "1.234,5"],
    ["twelve", "twelve"],
    [true, "true"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    [{ date: "2026-06-01" }, "2026-06-01"],
  ])("%j is unreadable", (cell, text) => {
    expect(readNumber(cell)).toEqual(unreadable("number", text));
  });

  test("blank and error cells", () => {
    expect(readNumber(null)).toEqual(EMPTY);
    expect(readNumber(" ")).toEqual(EMPTY);
    expect(readNumber({ error: "#DIV/0!" })).toEqual(error("#DIV/0!"));
    expect(readNumber("#DIV/0!")).toEqual(error("#DIV/0!"));
  });
});

describe("readYesNo", () => {
  test.each<[CellValue, boolean]>([
    ["jā", true],
    ["JĀ", true],
    ["Jā", true],
    ["ja", true],
    ["JA", true],
    ["yes", true],
    ["Yes", true],
    ["YES", true],
    ["y", true],
    ["x", true],
    ["X", true],
    ["✓", true],
    ["✔", true],
    ["✔️", true], // with the emoji variation selector a phone or Word adds
    ["true", true],
    ["TRUE", true],
    [true, true],
    [1, true],
    ["1", true],
    [" jā ", true],
    ["nē", false],
    ["NĒ", false],
    ["ne", false],
    ["Ne", false],
    ["no", false],
    ["No", false],
    ["NO", false],
    ["n", false],
    ["false", false],
    ["FALSE", false],
    [false, false],
    [0, false],
    ["0", false],
    ["-", false],
  ])("%j → %s", (cell, answer) => {
    expect(readYesNo(cell)).toEqual(value(answer));
  });

  test.each<[CellValue, string]>([
    ["maybe", "maybe"],
    ["varbūt", "varbūt"],
    ["jāā", "jāā"],
    ["yes please", "yes please"],
    [2, "2"],
    [-1, "-1"],
    [0.5, "0.5"],
    [{ date: "2026-06-01" }, "2026-06-01"],
  ])("%j is unreadable", (cell, text) => {
    expect(readYesNo(cell)).toEqual(unreadable("yes-no", text));
  });

  test("blank and error cells", () => {
    expect(readYesNo(undefined)).toEqual(EMPTY);
    expect(readYesNo("")).toEqual(EMPTY);
    expect(readYesNo({ error: "#N/A" })).toEqual(error("#N/A"));
    expect(readYesNo("#N/A")).toEqual(error("#N/A"));
  });
});

describe("readText", () => {
  test.each<[CellValue, string]>([
    ["  Anna Bērziņa ", "Anna Bērziņa"],
    [1, "1"],
    [2.5, "2.5"],
    [true, "true"],
    [{ date: "2026-06-01" }, "2026-06-01"],
    ["<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"],
  ])("%j → %j", (cell, text) => {
    expect(readText(cell)).toEqual(value(text));
  });

  test("a 30,000-character cell is read whole", () => {
    const long = "ā".repeat(30_000);
    expect(readText(long)).toEqual(value(long));
  });

  test("blank and error cells", () => {
    expect(readText(null)).toEqual(EMPTY);
    expect(readText({ error: "#REF!" })).toEqual(error("#REF!"));
    expect(readText("#REF!")).toEqual(error("#REF!"));
  });
});

describe("no cell value makes a reader throw", () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.record({ date: fc.string() }),
    fc.record({ error: fc.string() }),
  );

  test("every reading is a value, empty, or a problem that quotes the cell", () => {
    fc.assert(
      fc.property(cell, fc.boolean(), (c, date1904) => {
        for (const reading of [readDate(c, date1904), readNumber(c), readYesNo(c), readText(c)] as Reading<unknown>[]) {
          if (!reading.ok) expect(typeof reading.text).toBe("string");
          else if (reading.value !== undefined) expect(isBlank(c)).toBe(false);
        }
      }),
    );
  });

  test("a date read is always a real calendar date between 1950 and 2100", () => {
    fc.assert(
      fc.property(cell, fc.boolean(), (c, date1904) => {
        const reading = readDate(c, date1904);
        if (reading.ok && reading.value !== undefined) {
          expect(reading.value).toMatch(/^(19[5-9]\d|20\d\d|2100)-\d\d-\d\d$/);
          expect(new Date(`${reading.value}T00:00:00Z`).toISOString().slice(0, 10)).toBe(reading.value);
        }
      }),
    );
  });
});

describe("readKm: a distance as coordinators write it", () => {
  test.each<[CellValue, number | undefined]>([
    [1365.28, 1365.28],
    ["1365,28", 1365.28],
    ["1 215,4", 1215.4],
    ["1\u00a0215,4 km", 1215.4],
    ["283 km", 283],
    ["283km", 283],
    ["12 345", 12345],
    ["", undefined],
  ])("%j → %s", (value, km) => {
    const reading = readKm(value);
    expect(reading.ok && reading.value).toBe(km === undefined ? undefined : km);
  });

  test.each<CellValue>(["tāls", "12 34", "1 2345", "km"])("%j is unreadable", (value) => {
    expect(readKm(value)).toMatchObject({ ok: false, problem: "unreadable", expected: "number" });
  });
});
