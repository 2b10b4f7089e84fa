/** The pane's strings: every key in English and Latvian, non-empty, with the same placeholders; language choice. */
import { MAX_MARKS, NOTES_REQUIREMENT } from "../../src/excel";
import { HEADER_SEARCH_ROWS } from "../../src/audit";
import { STRINGS, counted, languageOf, placeholders, t, type UiKey } from "../../src/taskpane/i18n";

const keys = (language: "en" | "lv") => Object.keys(STRINGS[language]).sort();

test("English and Latvian have the same keys", () => {
  expect(keys("lv")).toEqual(keys("en"));
});

test("every string is non-empty in both languages", () => {
  for (const language of ["en", "lv"] as const) {
    for (const [key, text] of Object.entries(STRINGS[language]))
      expect([language, key, text.trim().length > 0]).toEqual([language, key, true]);
  }
});

test("both languages use the same placeholders in each string", () => {
  for (const key of keys("en") as UiKey[]) {
    expect([key, placeholders(STRINGS.lv[key])]).toEqual([key, placeholders(STRINGS.en[key])]);
  }
});

test("the Latvian strings are Latvian, not copies of the English ones", () => {
  const same = (keys("en") as UiKey[]).filter((key) => STRINGS.en[key] === STRINGS.lv[key]);
  // Language names and a bare "{column}: {header}" read the same in both.
  expect(same.sort()).toEqual(["lang.en", "lang.lv", "mapping.columnHeader"]);
});

test("t fills placeholders as text and leaves unknown ones", () => {
  expect(t("en", "list.row", { sheet: "Plāns", row: 12 })).toBe("Plāns · row 12");
  expect(t("lv", "list.row", { sheet: "Plāns", row: 12 })).toBe("Plāns · 12. rinda");
  expect(t("en", "list.row", { sheet: "<b>x</b>" })).toBe("<b>x</b> · row {row}");
  expect(t("en", "action.auditSheet")).toBe("Audit sheet");
  expect(t("lv", "action.auditSheet")).toBe("Pārbaudīt lapu");
});

test("Office's display language picks Latvian for lv and lv-LV, English otherwise", () => {
  expect(languageOf("lv-LV")).toBe("lv");
  expect(languageOf("lv")).toBe("lv");
  expect(languageOf("LV-lv")).toBe("lv");
  expect(languageOf("en-US")).toBe("en");
  expect(languageOf("lt-LT")).toBe("en");
  expect(languageOf("")).toBe("en");
  expect(languageOf(undefined)).toBe("en");
});

test("numbers the catalog or the Excel layer owns are placeholders, not written into the strings", () => {
  for (const language of ["en", "lv"] as const) {
    for (const [key, text] of Object.entries(STRINGS[language])) {
      // Product names and the programme's action codes are names, not numbers the add-in owns.
      const bare = text.replace(/Excel 2019|Microsoft 365|KA12[12]/g, "");
      expect([language, key, /\d{2,}|\d[,.\u00a0 ]\d{3}|\d\.\d/.test(bare)]).toEqual([language, key, false]);
    }
  }
  expect(t("en", "summary.unmarked", { limit: counted(MAX_MARKS), count: 3 })).toMatch(/^An audit marks at most 50,000 cells\./);
  expect(t("lv", "summary.unmarked", { limit: counted(MAX_MARKS), count: 3 })).toMatch(/^Pārbaude atzīmē ne vairāk kā 50\u00a0000 šūnu\./);
  expect(t("en", "notes.unsupported", { requirement: NOTES_REQUIREMENT })).toContain("(ExcelApi 1.18 is needed)");
  expect(HEADER_SEARCH_ROWS).toBe(30);
});
