/** Distance bands as plans write them (PG26 p.98–99: bands include their lower bound; under 10 km no travel grant). */
import { bandOfKm, readDistanceBand } from "../../../src/rules/funding";

const from = (reading: ReturnType<typeof readDistanceBand>) => (reading === undefined || reading === "none" ? reading : reading.from);

describe("a band as written", () => {
  test.each<[string, number | "none" | undefined]>([
    ["10–99 km", 10],
    ["10 - 99 km", 10],
    ["100-499", 100],
    ["Between 100 and 499 KM", 100],
    ["500 – 1999 km", 500],
    ["2 000 – 2 999 km", 2000],
    ["2,000-2,999 km", 2000],
    ["3000-3999 km", 3000],
    ["4000 – 7999 km", 4000],
    ["8000 km or more", 8000],
    ["8000+ km", 8000],
    ["≥ 8000 km", 8000],
    ["8000 km un vairāk", 8000],
    ["0-9 km", "none"],
    ["< 10 km", "none"],
    ["Less than 10 km", "none"],
    ["1365,28 km", 500],
    ["1365.28", 500],
    ["750", 500],
    ["100-200 km", undefined],
    ["tāls", undefined],
    ["", undefined],
  ])("%j → %s", (text, expected) => {
    expect(from(readDistanceBand(text))).toBe(expected);
  });
});

describe("a distance in km", () => {
  test.each<[number, number | "none" | undefined]>([
    [0, "none"],
    [9.9, "none"],
    [10, 10],
    [99.99, 10],
    [100, 100],
    [499, 100],
    [500, 500],
    [7999.9, 4000],
    [8000, 8000],
    [-1, undefined],
    [Number.NaN, undefined],
  ])("%d km → %s", (km, expected) => {
    expect(from(bandOfKm(km))).toBe(expected);
  });
});
