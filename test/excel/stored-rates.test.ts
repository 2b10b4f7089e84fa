/**
 * A rates file kept in the workbook's settings for the pane's Budget view (src/excel/stored-rates.ts): saved, read
 * back through the rates schema, removed; a stored value that no longer passes is reported with its key, never thrown.
 */
import { RATES_KEY, loadStoredRates, parseStoredRates, removeStoredRates, saveStoredRates } from "../../src/excel/stored-rates";
import { SETTINGS_KEY } from "../../src/excel/settings";
import type { ExcelHost } from "../../src/excel/types";
import { createFakeExcel, fakeSheet, fakeWorkbook } from "./fake-excel";
import { RATES_FILE as FILE, group } from "../fixtures/rates";

function workbook(settings: [string, unknown][] = []) {
  const data = fakeWorkbook([fakeSheet("Plan", [["x"]])], { settings: new Map(settings) });
  const fake = createFakeExcel(data);
  const host: ExcelHost = { run: fake.run, isSetSupported: fake.isSetSupported };
  return { data, host };
}

describe("rates stored in the workbook", () => {
  test("none stored: none", async () => {
    expect(await loadStoredRates(workbook().host)).toEqual({ kind: "none" });
  });

  test("saved under their own key beside the pane's settings, read back, removed", async () => {
    const { data, host } = workbook([[SETTINGS_KEY, '{"project":{}}']]);
    await saveStoredRates(host, FILE);
    expect(data.settings.get(RATES_KEY)).toBe(JSON.stringify(FILE));
    const loaded = await loadStoredRates(host);
    expect(loaded.kind === "rates" && loaded.reading.rates).toEqual({
      agency: "LV01",
      individualSupport: {
        staff: { 1: 150, 2: 130, 3: 110 },
        "vet-learners": { 1: 80, 2: 70, 3: 60 },
        "school-pupils": { 1: 70, 2: 60, 3: 50 },
        "adult-learners": { 1: 80, 2: 70, 3: 60 },
      },
    });
    await removeStoredRates(host);
    expect(data.settings.has(RATES_KEY)).toBe(false);
    // The pane's own settings are left as they were; removing again is no error.
    expect(data.settings.get(SETTINGS_KEY)).toBe('{"project":{}}');
    await removeStoredRates(host);
    expect(await loadStoredRates(host)).toEqual({ kind: "none" });
  });

  test.each<[string, unknown, string, string]>([
    [
      "a rate edited out of its range",
      { ...FILE, individualSupport: { ...FILE.individualSupport, staff: group(250, 130, 110) } },
      "out-of-range",
      "individualSupport.staff.group1",
    ],
    [
      "a rate that is text",
      { ...FILE, individualSupport: { ...FILE.individualSupport, staff: group(150, 130, "x" as unknown as number) } },
      "not-whole-euros",
      "individualSupport.staff.group3",
    ],
    ["a key of another version", { ...FILE, extra: 1 }, "unknown-key", "extra"],
    ["a category missing", { individualSupport: { staff: group(150, 130, 110) } }, "missing", "individualSupport.vet-learners"],
  ])("%s is ignored and reported with its key", async (_name, value, kind, key) => {
    const { host } = workbook([[RATES_KEY, JSON.stringify(value)]]);
    const loaded = await loadStoredRates(host);
    expect(loaded).toMatchObject({ kind: "ignored", problem: { kind, key } });
  });

  test("text that is no JSON, and a value that is no object, are ignored too", () => {
    expect(parseStoredRates("{not json")).toMatchObject({ kind: "ignored", problem: { kind: "not-json" } });
    expect(parseStoredRates(42)).toMatchObject({ kind: "ignored" });
    expect(parseStoredRates(null)).toMatchObject({ kind: "ignored" });
  });
});
