/** The command's language (src/cli/language.ts): --lang, else the locale variables, else the runtime locale, else English. */
import { WORDS, defaultLanguage } from "../../src/cli/language";
import { run } from "./helpers";

describe("defaultLanguage", () => {
  test.each([
    [{ LANG: "lv_LV.UTF-8" }, "en-US", "lv"],
    [{ LANG: "lv" }, "en-US", "lv"],
    [{ LC_ALL: "lv_LV.UTF-8", LANG: "en_GB.UTF-8" }, "en-US", "lv"],
    [{ LC_MESSAGES: "lv_LV", LANG: "en_US" }, "en-US", "lv"],
    // POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG.
    [{ LC_ALL: "en_US.UTF-8", LANG: "lv_LV.UTF-8" }, "lv-LV", "en"],
    [{ LANG: "en_US.UTF-8" }, "lv-LV", "en"],
    [{ LANG: "de_DE.UTF-8" }, "en-US", "en"],
    // "lvx" is no Latvian locale.
    [{ LANG: "lvx_XX" }, "en-US", "en"],
    // No locale variable, or C/POSIX: the runtime's locale decides (Windows, macOS).
    [{}, "lv-LV", "lv"],
    [{}, "lv", "lv"],
    [{ LANG: "C.UTF-8" }, "lv-LV", "lv"],
    [{ LC_ALL: "POSIX" }, "en-US", "en"],
    [{ LANG: "" }, "en-US", "en"],
    [{}, "fr-FR", "en"],
  ])("%j with runtime locale %s → %s", (env, locale, expected) => {
    expect(defaultLanguage(env, locale)).toBe(expected);
  });
});

describe("summary wording", () => {
  test("English plurals", () => {
    expect(WORDS.en.summary(3, 1, 2, 25)).toBe("3 errors, 1 warning, 2 info in 25 rows");
    expect(WORDS.en.summary(1, 0, 0, 1)).toBe("1 error, 0 warnings, 0 info in 1 row");
  });

  test("Latvian: numbers ending in 1 but not 11 take the singular", () => {
    expect(WORDS.lv.summary(3, 1, 2, 25)).toBe("3 kļūdas, 1 brīdinājums, 2 informatīvi ziņojumi 25 rindās");
    expect(WORDS.lv.summary(21, 11, 1, 31)).toBe("21 kļūda, 11 brīdinājumi, 1 informatīvs ziņojums 31 rindā");
  });
});

describe("the report's language", () => {
  test("follows LANG when --lang is not given, and --lang wins", async () => {
    const latvian = await run(["--rules"], { env: { LANG: "lv_LV.UTF-8" } });
    expect(latvian.stdout).toMatch(/^Sektors\s+Kods/);
    const english = await run(["--rules", "--lang", "en"], { env: { LANG: "lv_LV.UTF-8" } });
    expect(english.stdout).toMatch(/^Sector\s+Code/);
  });
});
