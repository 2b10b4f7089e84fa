/**
 * MOBILITY_GRANT and MOBILITY_DISTANCE_BAND (src/functions/grant.ts), computed by hand from the 2026 unit costs:
 * PG26 = Erasmus+ Programme Guide 2026 (../shared/reference/programme-guide-2026-ka1-excerpt.txt).
 * The usual row: job shadowing in VET, 5 days in Germany (receiving group 1), 1365 km (band 500–1999 km), so
 * organisational support 350 (p.98), standard travel 309 (p.98–99), 5 + 2 assumed travel days of individual support
 * at the staff range 107–191 a day (p.99).
 */
import { fundingFunctions } from "../../src/functions/grant";
import { FunctionInputError } from "../../src/functions/problems";
import { SHARED } from "../../src/functions/shared";
import type { Language } from "../../src/rules";

const { grant, distanceBand } = fundingFunctions(SHARED);

interface Row {
  sector?: unknown;
  activity?: unknown;
  days?: unknown;
  country?: unknown;
  km?: unknown;
  travelDays?: unknown;
  green?: unknown;
  fewer?: unknown;
  bound?: unknown;
  role?: unknown;
}
const SHADOWING: Row = { sector: "VET", activity: "Job shadowing", days: 5, country: "DE", km: 1365 };

function euros(row: Row, language: Language = "en"): number {
  const r = { ...SHADOWING, ...row };
  return grant(
    r.sector,
    r.activity,
    r.days,
    r.country,
    r.km,
    r.travelDays ?? null,
    r.green ?? null,
    r.fewer ?? null,
    r.bound ?? null,
    r.role ?? null,
    language,
  );
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FunctionInputError);
    return (error as Error).message;
  }
  throw new Error("expected a FunctionInputError");
}

describe("MOBILITY_GRANT at the Guide's bounds", () => {
  test.each<[string, Row, number]>([
    ["the usual row at the minimum: 350 + 309 + 7 × 107 (PG26 p.98–99)", {}, 1408],
    ["… at the maximum: 350 + 309 + 7 × 191", { bound: "max" }, 1996],
    ['… "maks" is the maximum too', { bound: "MAKS" }, 1996],
    ['… "min" and 0 (an empty cell on the desktop) are the minimum', { bound: "min" }, 1408],
    // PG26 p.100: the base rate to the 14th day, travel days included; 70 % from the 15th, rounded to whole euros.
    ["day 14: 12 days + 2 travel days, all at the base rate: 350 + 309 + 14 × 107", { days: 12 }, 2157],
    ["day 15: 13 + 2 days: 14 × 107 + 1 × 75 (0.7 × 107 = 74.9 → 75)", { days: 13 }, 2232],
    ["day 14 at the maximum: 350 + 309 + 14 × 191", { days: 12, bound: "max" }, 3333],
    ["day 15 at the maximum: 14 × 191 + 1 × 134 (0.7 × 191 = 133.7 → 134)", { days: 13, bound: "max" }, 3467],
    // PG26 p.98–99: the bands include their lower bound.
    ["99 km: band 10–99 km, 28", { km: 99 }, 350 + 28 + 749],
    ["99.5 km is still in 10–99 km", { km: 99.5 }, 350 + 28 + 749],
    ["100 km: band 100–499 km, 211", { km: 100 }, 350 + 211 + 749],
    ["499 km: 211", { km: 499 }, 350 + 211 + 749],
    ["500 km: band 500–1999 km, 309", { km: 500 }, 350 + 309 + 749],
    ['distance as text "1 215,4 km": 309', { km: "1 215,4 km" }, 350 + 309 + 749],
    ["under 10 km: no travel grant and no travel days: 350 + 5 × 107", { km: 9.9 }, 350 + 535],
    ["0 km: the same", { km: 0 }, 350 + 535],
    // PG26 p.98–99: green travel 417 in 500–1999 km; up to 6 travel days with green travel, 2 without (p.99).
    ["green travel, 4 travel days: 350 + 417 + 9 × 107", { green: true, travelDays: 4 }, 350 + 417 + 963],
    ['green travel as "jā", 8 travel days: 6 counted, 350 + 417 + 11 × 107', { green: "jā", travelDays: 8 }, 350 + 417 + 1177],
    ["standard travel, 4 travel days: 2 counted", { travelDays: 4 }, 1408],
    ["0 travel days given: 5 days only", { travelDays: 0 }, 350 + 309 + 535],
    // PG26 p.100: 125 per participant with fewer opportunities.
    ["fewer opportunities: + 125 inclusion support for organisations", { fewer: true }, 1408 + 125],
    // PG26 p.99: receiving country groups; a group given as its number.
    ["country group 2 as a number: 7 × 95", { country: 2 }, 350 + 309 + 665],
    ['country group "3" as text: 7 × 84', { country: "3" }, 350 + 309 + 588],
    ["Latvia by its Latvian name: group 2", { country: "Latvija" }, 350 + 309 + 665],
    // PG26 p.98: VET individual activities in third countries not associated to the Programme: 500 organisational.
    ["Japan (third country, group 1), 9000 km: 500 + 1735 + 7 × 107", { country: "Japan", km: 9000 }, 500 + 1735 + 749],
    // PG26 p.98, 101: courses and training: 100 organisational, 80 a day of course fees up to 10 days.
    ["a 5-day course: 100 + 309 + 749 + 5 × 80", { activity: "Courses and training" }, 100 + 309 + 749 + 400],
    ["a 12-day course: fees for 10 days; 14 × 107", { activity: "SM-COUR-TRAIN", days: 12 }, 100 + 309 + 1498 + 800],
    // PG26 p.100: a preparatory visit is 680 per participant, travel and subsistence included.
    ["a preparatory visit: 680", { activity: "Preparatory visit", days: 2 }, 680],
    // PG26 p.98–99: learners at the learners' ranges; 70 % of 41 = 28.7 → 29.
    [
      "a VET learner, 30 days in Spain, 2500 km: 350 + 395 + 14 × 41 + 18 × 29",
      { activity: "LM-SHORT-VET", days: 30, country: "ES", km: 2500 },
      350 + 395 + 574 + 522,
    ],
    // PG26 p.101: long-term learners get 150 of reinforced linguistic support; 500 organisational support (p.98).
    [
      "ErasmusPro, 90 days in Germany, 1365 km: 500 + 309 + 14 × 48 + 78 × 34 + 150 reinforced",
      { activity: "LM-LONG-VET", days: 90 },
      500 + 309 + 672 + 78 * 34 + 150,
    ],
    // PG26 p.119–120: school pupils' group mobility, 100 organisational, pupils' range 48–85.
    ["school pupils' group mobility: 100 + 309 + 7 × 48", { sector: "SCH", activity: "LM-GRP-PUPIL" }, 100 + 309 + 336],
    // PG26 p.120 footnote 125: accompanying persons at staff rates, travel and individual support only.
    ["their accompanying person: 309 + 7 × 107", { sector: "SCH", activity: "LM-GRP-PUPIL", role: "Accompanying person" }, 309 + 749],
    ['… "Pavadošā persona" in Latvian', { sector: "SCH", activity: "LM-GRP-PUPIL", role: "Pavadošā persona" }, 309 + 749],
    ["… staff on a learners' activity are its accompanying persons", { sector: "SCH", activity: "LM-GRP-PUPIL", role: "Staff" }, 309 + 749],
    ["an accompanying person over 60 days: 60 days of individual support", { days: 70, role: "accompanying" }, 309 + 1498 + 46 * 75],
    ["a staff role on a staff activity changes nothing", { role: "Teacher" }, 1408],
    // Invited experts come to the beneficiary: staff rates of its country (PG26 p.91), 100 organisational (p.98).
    ["an invited expert in Latvia: 100 + 309 + 7 × 95", { activity: "Invited experts", country: "LV" }, 100 + 309 + 665],
  ])("%s", (_name, row, expected) => {
    expect(euros(row)).toBe(expected);
  });
});

describe("MOBILITY_GRANT at a daily rate given as a number", () => {
  test.each<[string, Row, number]>([
    ["150 a day: 350 + 309 + 7 × 150", { bound: 150 }, 350 + 309 + 1050],
    ['"150" as text', { bound: "150" }, 350 + 309 + 1050],
    ["the range's ends are rates: 107", { bound: 107 }, 1408],
    ["… and 191", { bound: 191 }, 1996],
    ["day 15 at 150: 14 × 150 + 1 × 105", { bound: 150, days: 13 }, 350 + 309 + 2100 + 105],
    [
      "a learner's rate in its own range (VET learners, group 2: 41–110): 60",
      { activity: "LM-SHORT-VET", days: 10, country: "ES", bound: 60 },
      350 + 309 + 720,
    ],
  ])("%s", (_name, row, expected) => {
    expect(euros(row)).toBe(expected);
  });

  test.each<[Row, string]>([
    [
      { bound: 106 },
      "The daily rate 106 EUR is not a whole-euro rate within the Guide's range 107–191 EUR for staff in country group 1 (PG26 p.99, 120, 140).",
    ],
    [
      { bound: 192 },
      "The daily rate 192 EUR is not a whole-euro rate within the Guide's range 107–191 EUR for staff in country group 1 (PG26 p.99, 120, 140).",
    ],
    [
      { bound: 150.5 },
      "The daily rate 150.5 EUR is not a whole-euro rate within the Guide's range 107–191 EUR for staff in country group 1 (PG26 p.99, 120, 140).",
    ],
    [
      { activity: "LM-SHORT-VET", days: 10, country: "ES", bound: 120 },
      "The daily rate 120 EUR is not a whole-euro rate within the Guide's range 41–110 EUR for VET learners in country group 2 (PG26 p.99).",
    ],
  ])("out of its range: %p", (row, message) => {
    expect(messageOf(() => euros(row))).toBe(message);
  });
});

describe("MOBILITY_GRANT's wrong arguments are #VALUE! with a sentence", () => {
  test.each<[Row, string]>([
    [{ sector: null }, "The sector is missing: expected VET, SCH or ADU."],
    [{ activity: "Job shaddowing" }, expect.stringContaining('Unknown activity type "Job shaddowing"') as unknown as string],
    [{ days: null }, "The duration is missing."],
    [{ days: 0 }, "The duration must be a whole number, 1 or more, not 0."],
    [{ days: 2.5 }, "The duration must be a whole number, 1 or more, not 2.5."],
    [{ days: "five" }, 'The duration "five" cannot be read: expected a number.'],
    [{ country: "" }, "The country is missing: expected a country name or code, e.g. DE or Germany."],
    [{ country: "Vacia" }, expect.stringContaining('Unknown country "Vacia"') as unknown as string],
    [{ country: "Russia" }, `"Russia" is in none of the Guide's receiving country groups (PG26 p.99–100): it has no grant.`],
    [{ country: 4 }, "There is no country group 4: expected 1, 2 or 3, or a country."],
    [{ country: "0" }, "There is no country group 0: expected 1, 2 or 3, or a country."],
    [{ km: null }, "The distance (km) is missing."],
    [{ km: -1 }, "The distance (km) must be a number, 0 or more, not -1."],
    [{ travelDays: -1 }, "The travel days must be a whole number, 0 or more, not -1."],
    [{ green: "maybe" }, 'The green travel "maybe" cannot be read: expected yes or no.'],
    [{ bound: "median" }, '"median" is not a bound: expected "min", "max" or a daily rate in whole euros.'],
    [{ bound: true }, '"true" is not a bound: expected "min", "max" or a daily rate in whole euros.'],
    [{ role: "Šoferis" }, expect.stringContaining('Unknown role "Šoferis"') as unknown as string],
  ])("%p", (row, message) => {
    expect(messageOf(() => euros(row))).toEqual(message);
  });

  test("in Latvian", () => {
    expect(messageOf(() => euros({ days: 0 }, "lv"))).toBe("Laukā “ilgums” jābūt: vesels skaitlis, ne mazāks par 1, nevis 0.");
    expect(messageOf(() => euros({ bound: 106 }, "lv"))).toBe(
      "Dienas likme 106 EUR nav likme veselos eiro ceļveža diapazonā 107–191 EUR (personāls, 1. valstu grupa; PG26 p.99, 120, 140).",
    );
    expect(messageOf(() => euros({ country: "RU" }, "lv"))).toBe(
      "“RU” nav nevienā ceļveža uzņēmējvalstu grupā (PG26 99.–100. lpp.): tai granta nav.",
    );
  });
});

describe("MOBILITY_DISTANCE_BAND", () => {
  test.each<[unknown, Language, string]>([
    [0, "en", "under 10 km"],
    [9.99, "en", "under 10 km"],
    [10, "en", "10–99 km"],
    [99, "en", "10–99 km"],
    [99.5, "en", "10–99 km"],
    [100, "en", "100–499 km"],
    [499, "en", "100–499 km"],
    [500, "en", "500–1999 km"],
    ["1 215,4 km", "en", "500–1999 km"],
    [7999.9, "en", "4000–7999 km"],
    [8000, "en", "8000 km or more"],
    [8000, "lv", "8000 km un vairāk"],
    [5, "lv", "mazāk par 10 km"],
  ])("%p km (%s) → %s", (km, language, band) => {
    expect(distanceBand(km, language)).toBe(band);
  });

  test.each<[unknown, string]>([
    [null, "The distance (km) is missing."],
    ["", "The distance (km) is missing."],
    [-0.5, "The distance (km) must be a number, 0 or more, not -0.5."],
    ["far", 'The distance (km) "far" cannot be read: expected a number.'],
    ["#N/A", "The distance (km) holds the Excel error #N/A: fix the formula or enter the value."],
  ])("%p is #VALUE!", (km, message) => {
    expect(messageOf(() => distanceBand(km, "en"))).toBe(message);
  });
});
