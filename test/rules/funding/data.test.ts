/**
 * The funding data against the Guide: travel bands and their edges (PG26 p.98–99, 119, 139), the receiving country
 * groups (PG26 p.99–100 footnote 107, p.120, p.140) resolved from the Guide's own country names, the daily-rate ranges
 * (PG26 p.99, 120, 140) and the organisational support per activity type (PG26 p.98, 119, 138–139).
 */
import { ACTIVITY_TYPES, COUNTRIES, ELIGIBLE_COUNTRIES, resolveCountry } from "../../../src/rules";
import {
  DAILY_RATE_RANGES,
  ORGANISATIONAL_SUPPORT,
  PROGRAMME_COUNTRY_GROUPS,
  RATE_CATEGORIES,
  THIRD_COUNTRY_GROUPS,
  TRAVEL_BANDS,
  fundingGroupOf,
  travelBandOf,
} from "../../../src/rules/funding";

describe("travel bands (PG26 p.98–99, 119, 139)", () => {
  // [one-way km, green, standard]: each band includes its lower bound; under 10 km no travel grant.
  test.each<[number, number | null, number | null]>([
    [0, null, null],
    [9.99, null, null],
    [10, 56, 28],
    [99, 56, 28],
    [99.9, 56, 28],
    [100, 285, 211],
    [499, 285, 211],
    [500, 417, 309],
    [1365.28, 417, 309], // the Guide's own example, Madrid–Rome (PG26 p.99 footnote 104)
    [1999, 417, 309],
    [2000, 535, 395],
    [2999, 535, 395],
    [3000, 785, 580],
    [3999, 785, 580],
    [4000, 1188, 1188],
    [7999, 1188, 1188],
    [8000, 1735, 1735],
    [20000, 1735, 1735],
  ])("%d km: green %s, standard %s EUR", (km, green, standard) => {
    const band = travelBandOf(km);
    expect(band?.green ?? null).toBe(green);
    expect(band?.standard ?? null).toBe(standard);
  });

  test("the bands follow one another without a gap", () => {
    for (let i = 1; i < TRAVEL_BANDS.length; i++) expect(TRAVEL_BANDS[i].from).toBe(TRAVEL_BANDS[i - 1].to);
  });
});

describe("receiving country groups", () => {
  const listed = [PROGRAMME_COUNTRY_GROUPS, THIRD_COUNTRY_GROUPS].flatMap((table) =>
    ([1, 2, 3] as const).flatMap((group) => table[group].map(([code, name]) => [name, code, group] as const)),
  );

  test.each(listed)("the Guide's %s is %s, group %d", (name, code, group) => {
    expect(resolveCountry(name).value?.code).toBe(code);
    expect(fundingGroupOf(code)?.group).toBe(group);
  });

  test("every country of the Programme is in one group (PG26 p.99 footnote 107)", () => {
    for (const country of ELIGIBLE_COUNTRIES) expect(fundingGroupOf(country.code)?.programme).toBe(true);
  });

  test("no country is in two groups", () => {
    const codes = listed.map(([, code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test("Greece by ISO code GR, a territory by its country, Belarus and Russia in none", () => {
    expect(fundingGroupOf("GR")?.group).toBe(2);
    expect(fundingGroupOf("GL")?.group).toBe(1); // Greenland: Denmark
    expect(fundingGroupOf("RE")?.group).toBe(1); // Réunion: France
    expect(fundingGroupOf("BY")).toBeUndefined();
    expect(fundingGroupOf("RU")).toBeUndefined();
  });

  test("the third countries of Part A's regions the footnote leaves out are known", () => {
    const left = COUNTRIES.filter((c) => c.status === "not-associated" && c.partOf === undefined && c.region !== undefined)
      .filter((c) => fundingGroupOf(c.code) === undefined)
      .map((c) => c.code);
    expect(left).toEqual([]);
  });
});

describe("daily rate ranges (PG26 p.99, 120, 140)", () => {
  test.each<[string, number, number, number]>([
    ["staff", 1, 107, 191],
    ["staff", 2, 95, 169],
    ["staff", 3, 84, 148],
    ["vet-learners", 1, 48, 127],
    ["vet-learners", 2, 41, 110],
    ["vet-learners", 3, 36, 93],
    ["school-pupils", 1, 48, 85],
    ["school-pupils", 2, 41, 74],
    ["school-pupils", 3, 36, 64],
    ["adult-learners", 1, 48, 127],
    ["adult-learners", 2, 41, 110],
    ["adult-learners", 3, 36, 93],
  ])("%s, group %d: %d–%d EUR", (category, group, min, max) => {
    expect(DAILY_RATE_RANGES[category as (typeof RATE_CATEGORIES)[number]][group - 1]).toEqual({ min, max });
  });
});

describe("organisational support per activity type (PG26 p.98, 119, 138–139)", () => {
  test.each<[string, string, number, number | undefined]>([
    ["VET", "LM-SKILL-VET", 100, undefined],
    ["VET", "LM-GRP-VET", 100, undefined],
    ["VET", "LM-SHORT-VET", 350, 200],
    ["VET", "LM-LONG-VET", 500, undefined],
    ["VET", "SM-JOB-SHDW", 350, 200],
    ["VET", "SM-TTA", 350, 200],
    ["VET", "SM-COUR-TRAIN", 100, undefined],
    ["VET", "OA-INV-EXP", 100, undefined],
    ["VET", "OA-HOS-TTT", 100, undefined],
    ["SCH", "LM-GRP-PUPIL", 100, undefined],
    ["SCH", "LM-SHORT-PUPIL", 350, 200],
    ["SCH", "LM-LONG-PUPILS", 500, undefined],
    ["SCH", "SM-COUR-TRAIN", 100, undefined],
    ["ADU", "LM-GRP-ADU", 125, undefined],
    ["ADU", "LM-SHORT-ADU", 350, 200],
    ["ADU", "LM-LONG-ADU", 500, undefined],
    ["ADU", "SM-JOB-SHDW", 350, 200],
    ["ADU", "OA-INV-EXP", 100, undefined],
  ])("%s %s: %d EUR, after the 100th %s", (sector, code, amount, after100) => {
    const type = ACTIVITY_TYPES.find((t) => t.sector === sector && t.code === code);
    expect(type).toBeDefined();
    const rate = ORGANISATIONAL_SUPPORT[type!.sector][type!.family];
    expect(rate?.amount).toBe(amount);
    expect(rate?.after100).toBe(after100);
  });

  test("every activity type but preparatory visits has a rate", () => {
    const without = ACTIVITY_TYPES.filter((t) => t.family !== "preparatory-visit" && !ORGANISATIONAL_SUPPORT[t.sector][t.family]);
    expect(without.map((t) => `${t.sector} ${t.code}`)).toEqual([]);
  });
});
