/**
 * The country list (src/rules/countries.ts) against rules-2026.md §3: the 27 Member States (Greece as EL and GR), the
 * six associated third countries, and neighbours that are known but not eligible (Switzerland, United Kingdom).
 */
import { COUNTRIES, ELIGIBLE_COUNTRIES, countryByCode, latvianForms } from "../../src/rules";

// Written from rules-2026.md §3, not from the code.
const EU = "AT BE BG HR CY CZ DK EE FI FR DE EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" ");
const ASSOCIATED = ["IS", "LI", "NO", "MK", "RS", "TR"];

describe("eligible countries", () => {
  test("are exactly the 27 Member States and the 6 associated third countries", () => {
    expect(EU).toHaveLength(27);
    expect(ELIGIBLE_COUNTRIES.map((c) => c.code).sort()).toEqual([...EU, ...ASSOCIATED].sort());
  });

  test.each([...EU, ...ASSOCIATED])("%s is eligible, with its source and names", (code) => {
    const country = countryByCode(code);
    expect(country?.eligible).toBe(true);
    expect(country?.source).toBe("PG26 p.33–34");
    expect(country?.en).not.toBe("");
    expect(country?.lv).not.toBe("");
  });

  test("Greece is EL in EU documents and GR in ISO: both name the same country", () => {
    expect(countryByCode("EL")?.en).toBe("Greece");
    expect(countryByCode("GR")).toBe(countryByCode("EL"));
  });

  test.each(["CH", "GB", "UK"])("%s is known but not eligible", (code) => {
    const country = countryByCode(code);
    expect(country).toBeDefined();
    expect(country?.eligible).toBe(false);
    expect(country?.source).toMatch(/PG26 p\.33–34/);
  });

  test("codes are unique, alias codes included", () => {
    const codes = COUNTRIES.flatMap((c) => [c.code, ...c.aliasCodes]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test("countryByCode ignores case and knows nothing of unknown codes", () => {
    expect(countryByCode("de")?.code).toBe("DE");
    expect(countryByCode("gr")?.code).toBe("EL");
    expect(countryByCode("XX")).toBeUndefined();
    expect(countryByCode("")).toBeUndefined();
  });
});

describe("latvianForms", () => {
  test.each([
    ["Vācija", ["Vācija", "Vācijā", "Vācijas"]],
    ["Šveice", ["Šveice", "Šveicē", "Šveices"]],
    ["Lietuva", ["Lietuva", "Lietuvā", "Lietuvas"]],
    ["Bosnija un Hercegovina", ["Bosnija un Hercegovina", "Bosnija un Hercegovinā", "Bosnija un Hercegovinas"]],
    // Not declinable this way: only the nominative.
    ["ASV", ["ASV"]],
  ])("%s → %j", (nominative, forms) => {
    expect(latvianForms(nominative)).toEqual(forms);
  });
});
