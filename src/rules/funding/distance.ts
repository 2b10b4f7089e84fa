/**
 * A row's travel distance: kilometres from a distance column, or a band as a plan writes it ("100–499 km", "Between
 * 500 and 1999 KM", "8000 km or more", "0-9 km", "< 10 km").
 */
import { TRAVEL_BANDS, travelBandOf, type TravelBand } from "./unit-costs";

/** A band, "none" under 10 km (no travel grant), or undefined when the text names no band. */
export type BandReading = TravelBand | "none" | undefined;

const UNDER_WORDS = /(?:<|under|below|less|fewer|mazāk|zem|līdz)/iu;

/** The band a one-way distance in km falls in ("none" under 10 km); undefined for no distance (negative, not finite). */
export function bandOfKm(km: number): BandReading {
  if (!Number.isFinite(km) || km < 0) return undefined;
  return travelBandOf(km) ?? "none";
}

/** The band a band cell names. A bare number that starts no band ("1365,28 km") is read as a distance in km. */
export function readDistanceBand(text: string): BandReading {
  const decimal = /^\s*(\d+)[.,](\d+)\s*(?:km)?\s*$/iu.exec(text);
  if (decimal && decimal[2].length !== 3) return bandOfKm(Number(`${decimal[1]}.${decimal[2]}`));
  // Thousands separators inside numbers ("2 000", "8,000", "8.000") are dropped.
  const plain = text.replace(/(\d)[\s,.'’](?=\d{3}(?!\d))/gu, "$1");
  const numbers = (plain.match(/\d+/g) ?? []).map(Number);
  if (numbers.length === 0) return undefined;
  const [low, high] = numbers;
  if (numbers.length === 1) {
    if (UNDER_WORDS.test(plain) && low <= 10) return "none";
    return TRAVEL_BANDS.find((band) => band.from === low) ?? bandOfKm(low);
  }
  if (low === 0 && high <= 10) return "none";
  return TRAVEL_BANDS.find((band) => band.from === low && (band.to === null || band.to === high || band.to - 1 === high));
}
