/**
 * A National Agency's rates file kept in the workbook (ExcelApi 1.4 `workbook.settings`, its own key beside the
 * pane's settings), for the pane's Budget view: saved as the file's JSON once it has passed the rates schema, read
 * back through the same schema (src/rules/funding/rates-file.ts, zod/mini). A stored value that no longer passes (a
 * hand edit, another version) is reported with its key and ignored, never thrown. Loaded with the Budget view only.
 */
import { readRates, type RatesProblem, type RatesReading } from "../rules/funding/rates-file";
import type { ExcelHost } from "./types";

export const RATES_KEY = "mobilityAudit.rates";

export type StoredRates =
  | { readonly kind: "none" }
  | { readonly kind: "rates"; readonly reading: Extract<RatesReading, { ok: true }> }
  /** Something is stored under the key that is no rates file: ignored, and said. */
  | { readonly kind: "ignored"; readonly problem: RatesProblem };

/** What the key holds, read through the schema. */
export function parseStoredRates(value: unknown): StoredRates {
  let json: unknown = value;
  if (typeof value === "string") {
    try {
      json = JSON.parse(value);
    } catch (error) {
      return { kind: "ignored", problem: { kind: "not-json", key: "", detail: error instanceof Error ? error.message : String(error) } };
    }
  }
  const reading = readRates(json);
  return reading.ok ? { kind: "rates", reading } : { kind: "ignored", problem: reading.problem };
}

export async function loadStoredRates(host: ExcelHost): Promise<StoredRates> {
  return host.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(RATES_KEY);
    setting.load("value");
    await context.sync();
    return setting.isNullObject ? { kind: "none" } : parseStoredRates(setting.value);
  });
}

/** Saves a rates file's JSON value (one that readRates accepted). */
export async function saveStoredRates(host: ExcelHost, value: unknown): Promise<void> {
  await host.run(async (context) => {
    context.workbook.settings.add(RATES_KEY, JSON.stringify(value));
    await context.sync();
  });
}

/** Removes the stored rates, if any: the workbook as it was before they were loaded. */
export async function removeStoredRates(host: ExcelHost): Promise<void> {
  await host.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(RATES_KEY);
    setting.load("key");
    await context.sync();
    if (setting.isNullObject) return;
    setting.delete();
    await context.sync();
  });
}
