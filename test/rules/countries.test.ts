/**
 * The country list (src/rules/countries.ts) against rules-2026.md §3 and PG26 Part A (p.33–36): the 27 Member States
 * (Greece as EL and GR), the six associated third countries, every other country of ISO 3166-1 as not associated (by
 * region) or excluded (Belarus, Russia), resolved by code, English or Latvian name and Latvian case form.
 */
import ISO_CODES_TABLE from "i18n-iso-countries/codes.json";
import {
  COUNTRIES,
  ELIGIBLE_COUNTRIES,
  FORMATTERS,
  PROGRAMME_FORMATTERS,
  countryByCode,
  latvianForms,
  programmeCountryByCode,
  resolveCountry,
  resolveProgrammeCountry,
  type CountryStatus,
} from "../../src/rules";
import { alpha3Of } from "../../src/rules/countries";
import { NOT_ASSOCIATED_REGIONS, TERRITORIES } from "../../src/rules/country-regions";

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
    expect(country?.status).toBe("programme");
    expect(country?.source).toBe("PG26 p.33–34");
    expect(country?.en).not.toBe("");
    expect(country?.lv).not.toBe("");
  });

  test("Greece is EL in EU documents and GR in ISO: both name the same country", () => {
    expect(countryByCode("EL")?.en).toBe("Greece");
    expect(countryByCode("GR")).toBe(countryByCode("EL"));
    expect(countryByCode("GRC")).toBe(countryByCode("EL"));
  });

  test.each(["CH", "GB", "UK"])("%s is known but not eligible", (code) => {
    const country = countryByCode(code);
    expect(country).toBeDefined();
    expect(country?.eligible).toBe(false);
    expect(country?.source).toMatch(/PG26 p\.33–34/);
  });

  test("codes are unique, alias and alpha-3 codes included", () => {
    const codes = COUNTRIES.flatMap((c) => [c.code, ...c.aliasCodes, alpha3Of(c)]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test("countryByCode ignores case and knows nothing of unknown codes", () => {
    expect(countryByCode("de")?.code).toBe("DE");
    expect(countryByCode("gr")?.code).toBe("EL");
    expect(countryByCode("can")?.code).toBe("CA");
    expect(countryByCode("XX")).toBeUndefined();
    expect(countryByCode("")).toBeUndefined();
  });
});

describe("every country of ISO 3166-1", () => {
  test("each ISO code (alpha-2 and alpha-3, from i18n-iso-countries) is one country", () => {
    expect(COUNTRIES).toHaveLength(ISO_CODES_TABLE.length);
    for (const [alpha2, alpha3] of ISO_CODES_TABLE) {
      const country = countryByCode(alpha2);
      expect([alpha2, country && alpha3Of(country)]).toEqual([alpha2, alpha3]);
      expect(countryByCode(alpha3)).toBe(country);
    }
  });

  test("Belarus and Russia are the only excluded countries", () => {
    expect(COUNTRIES.filter((c) => c.status === "excluded").map((c) => c.code)).toEqual(["BY", "RU"]);
    expect(countryByCode("RU")?.source).toMatch(/87, 89/);
  });

  test("a country neither in the Programme nor excluded is not associated, with a source", () => {
    for (const c of COUNTRIES.filter((c) => !c.eligible && c.status !== "excluded")) {
      expect([c.code, c.status, c.source]).toEqual([c.code, "not-associated", expect.stringMatching(/PG26 p\.33–34/)]);
    }
  });

  test("a territory has the status and region of its country", () => {
    for (const [code, holder] of Object.entries(TERRITORIES)) {
      const territory = countryByCode(code);
      const country = countryByCode(holder);
      expect([code, territory?.partOf, territory?.status, territory?.region]).toEqual([code, holder, country?.status, country?.region]);
    }
    expect(countryByCode("GL")?.eligible).toBe(true);
    expect(countryByCode("PR")?.region).toBe(12);
  });
});

describe("regions of the third countries not associated to the Programme (PG26 p.34–36)", () => {
  // The number of countries PG26 lists in each region, counted in the Guide's text.
  test.each([
    [1, 4],
    [2, 6],
    [3, 10],
    [4, 1],
    [5, 25],
    [6, 6],
    [7, 9],
    [8, 17],
    [9, 49],
    [10, 17],
    [11, 16],
    [12, 2],
    [13, 4],
    [14, 3],
  ])("region %i lists %i countries", (region, count) => {
    expect(COUNTRIES.filter((c) => c.region === region && !c.partOf)).toHaveLength(count);
  });

  test("every listed code is an ISO country outside the Programme, listed once", () => {
    const listed = Object.values(NOT_ASSOCIATED_REGIONS).flatMap((codes) => codes.split(" "));
    expect(new Set(listed).size).toBe(listed.length);
    for (const code of listed) expect([code, countryByCode(code)?.eligible]).toEqual([code, false]);
  });

  test("region 4 is Russia; Belarus is in region 2; both are excluded", () => {
    expect(COUNTRIES.filter((c) => c.region === 4).map((c) => c.code)).toEqual(["RU"]);
    expect(countryByCode("BY")?.region).toBe(2);
  });

  test("only Antarctica and Western Sahara are in no region", () => {
    const outside = COUNTRIES.filter((c) => !c.eligible && c.region === undefined).map((c) => c.code);
    expect(outside.sort()).toEqual(["AQ", "EH"]);
  });

  test.each([
    ["Japan", 5],
    ["Canada", 12],
    ["Brazil", 10],
    ["Ukraine", 2],
    ["Switzerland", 14],
    ["Faroe Islands", 14],
    ["Australia", 8],
    ["Morocco", 3],
    ["South Africa", 9],
    ["Andorra", 13],
  ])("%s is in region %i", (name, region) => {
    expect(resolveCountry(name).value?.region).toBe(region);
  });
});

describe("resolving any country", () => {
  test.each<[string, string, CountryStatus]>([
    // Codes: alpha-2, EU's EL and UK, alpha-3.
    ["DE", "DE", "programme"],
    ["EL", "EL", "programme"],
    ["GR", "EL", "programme"],
    ["UK", "GB", "not-associated"],
    ["CA", "CA", "not-associated"],
    ["deu", "DE", "programme"],
    ["CAN", "CA", "not-associated"],
    ["JPN", "JP", "not-associated"],
    ["USA", "US", "not-associated"],
    // English names and the usual aliases.
    ["Canada", "CA", "not-associated"],
    ["Japan", "JP", "not-associated"],
    ["Brazil", "BR", "not-associated"],
    ["Ukraine", "UA", "not-associated"],
    ["Holland", "NL", "programme"],
    ["Turkey", "TR", "programme"],
    ["United States of America", "US", "not-associated"],
    ["South Korea", "KR", "not-associated"],
    ["Russian Federation", "RU", "excluded"],
    ["Belarus", "BY", "excluded"],
    ["Greenland", "GL", "programme"],
    // Latvian names, with or without diacritics.
    ["Kanāda", "CA", "not-associated"],
    ["kanada", "CA", "not-associated"],
    ["Japāna", "JP", "not-associated"],
    ["Brazīlija", "BR", "not-associated"],
    ["Ukraina", "UA", "not-associated"],
    ["Anglija", "GB", "not-associated"],
    ["ASV", "US", "not-associated"],
    ["Baltkrievija", "BY", "excluded"],
    ["Krievija", "RU", "excluded"],
    ["Ķīna", "CN", "not-associated"],
    ["Moldāvija", "MD", "not-associated"],
    // Latvian case forms: locative, genitive, accusative, dative.
    ["Kanādā", "CA", "not-associated"],
    ["Kanādas", "CA", "not-associated"],
    ["Kanādu", "CA", "not-associated"],
    ["Kanādai", "CA", "not-associated"],
    ["Japānā", "JP", "not-associated"],
    ["Šveicē", "CH", "not-associated"],
    ["Šveici", "CH", "not-associated"],
    ["Vāciju", "DE", "programme"],
    ["Krievijā", "RU", "excluded"],
    ["Baltkrievijā", "BY", "excluded"],
    ["Amerikas Savienotajās Valstīs", "US", "not-associated"],
    ["Amerikas Savienoto Valstu", "US", "not-associated"],
    ["Apvienotajos Arābu Emirātos", "AE", "not-associated"],
    ["Apvienotajā Karalistē", "GB", "not-associated"],
    ["Filipīnās", "PH", "not-associated"],
    ["Vatikānā", "VA", "not-associated"],
    ["Ekvatoriālajā Gvinejā", "GQ", "not-associated"],
    ["Bosnijā un Hercegovinā", "BA", "not-associated"],
  ])("%j → %s (%s)", (label, code, status) => {
    const country = resolveCountry(label).value;
    expect([country?.code, country?.status]).toEqual([code, status]);
  });

  test.each(["Atlantis", "Berufskolleg Köln", "xyz", "Erasmus+", "2026", "N/A", "n/a", "NA"])("%j is no country", (label) => {
    expect(resolveCountry(label).value).toBeUndefined();
  });

  test("Namibia by its names and alpha-3 code (NA is read as not applicable)", () => {
    for (const label of ["Namibia", "Namībijā", "NAM"]) expect(resolveCountry(label).value?.code).toBe("NA");
    expect(countryByCode("NA")?.en).toBe("Namibia");
  });

  test("a name the ISO data gives two countries is the one the names say: Congo is the Republic of the Congo", () => {
    expect(resolveCountry("Congo").value?.code).toBe("CG");
    expect(resolveCountry("DR Congo").value?.code).toBe("CD");
  });

  test("a misspelt name suggests a name, not a derived form or an alpha-3 code", () => {
    const suggestion = (label: string) => {
      const found = resolveCountry(label);
      return found.value === undefined ? found.suggestion : undefined;
    };
    expect(suggestion("Kanadda")).toBe("Kanāda");
    expect(suggestion("Brazill")).toBe("Brazil");
    expect(suggestion("Kanādaa")).toBe("Kanāda");
  });
});

describe("the Programme's countries alone (the task pane's settings: the beneficiary's country)", () => {
  test.each([
    ["Vācijā", "DE"],
    ["GR", "EL"],
    ["Latvija", "LV"],
    ["Turkey", "TR"],
  ])("%j → %s, as resolveCountry says", (label, code) => {
    expect(resolveProgrammeCountry(label).value?.code).toBe(code);
    expect(resolveProgrammeCountry(label).value).toBe(resolveCountry(label).value);
  });

  test.each(["Kanāda", "CA", "Šveice", "Krievija"])("%j is none of them", (label) => {
    expect(resolveProgrammeCountry(label).value).toBeUndefined();
    expect(resolveCountry(label).value).toBeDefined();
  });

  test("programmeCountryByCode and PROGRAMME_FORMATTERS name the Programme's countries; FORMATTERS every country", () => {
    expect(programmeCountryByCode("gr")).toBe(countryByCode("EL"));
    expect(programmeCountryByCode("CA")).toBeUndefined();
    expect(PROGRAMME_FORMATTERS.lv.country("EL")).toBe("Grieķija");
    expect(PROGRAMME_FORMATTERS.en.country("CA")).toBe("CA");
    expect(FORMATTERS.en.country("CA")).toBe("Canada");
    expect(FORMATTERS.lv.country("CA")).toBe("Kanāda");
    expect(FORMATTERS.lv.country("AE")).toBe("Apvienotie Arābu Emirāti");
  });
});

describe("latvianForms", () => {
  test.each([
    ["Vācija", ["Vācija", "Vācijā", "Vācijas", "Vāciju", "Vācijai"]],
    ["Šveice", ["Šveice", "Šveicē", "Šveices", "Šveici", "Šveicei"]],
    ["Kanāda", ["Kanāda", "Kanādā", "Kanādas", "Kanādu", "Kanādai"]],
    ["Vatikāns", ["Vatikāns", "Vatikānā", "Vatikāna", "Vatikānu", "Vatikānam"]],
    ["Filipīnas", ["Filipīnas", "Filipīnās", "Filipīnu", "Filipīnām"]],
    [
      "Amerikas Savienotās Valstis",
      [
        "Amerikas Savienotās Valstis",
        "Amerikas Savienotajās Valstīs",
        "Amerikas Savienoto Valstu",
        "Amerikas Savienotajām Valstīm",
        "Amerikas Savienotās Valstīs",
        "Amerikas Savienotās Valstu",
        "Amerikas Savienotās Valstīm",
      ],
    ],
    ["Apvienotā Karaliste", expect.arrayContaining(["Apvienotajā Karalistē", "Apvienotās Karalistes", "Apvienoto Karalisti"])],
    [
      "Apvienotie Arābu Emirāti",
      expect.arrayContaining(["Apvienotajos Arābu Emirātos", "Apvienoto Arābu Emirātu", "Apvienotos Arābu Emirātus"]),
    ],
    ["Bosnija un Hercegovina", expect.arrayContaining(["Bosnijā un Hercegovinā", "Bosnija un Hercegovinā", "Bosnijas un Hercegovinas"])],
    // Not declined: an abbreviation, and foreign names in -o, -u, -i.
    ["ASV", ["ASV"]],
    ["Kongo", ["Kongo"]],
    ["Peru", ["Peru"]],
    ["Haiti", ["Haiti"]],
  ])("%s → %j", (nominative, forms) => {
    expect(latvianForms(nominative)).toEqual(forms);
  });
});
