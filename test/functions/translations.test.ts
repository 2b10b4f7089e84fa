/**
 * functions.json from the JSDoc of functions.ts (generated here with custom-functions-metadata, as the build does) and
 * functions-lv.json from it and src/functions/translations-lv.json (scripts/functions-lv.js, as the build does): every
 * function and parameter has a Latvian name and description, ids and everything else unchanged, and a missing
 * translation fails. The webpack plugin is run once on a tiny build.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import webpack from "webpack";
import {
  FUNCTION_NAME,
  FunctionsLvPlugin,
  readTable,
  translateMetadata,
  type Metadata,
  type TranslationTable,
} from "../../scripts/functions-lv";
import table from "../../src/functions/translations-lv.json";
import { FUNCTION_IDS } from "../fixtures/function-ids";

const ROOT = path.resolve(__dirname, "..", "..");
const FUNCTIONS_SOURCE = path.join(ROOT, "src", "functions", "functions.ts");

const IDS: readonly string[] = FUNCTION_IDS;

let metadata: Metadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson) as Metadata;
}, 60_000);

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("functions.json (from the JSDoc)", () => {
  test("has every function, each named by its id, with descriptions of it and of every parameter", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(IDS);
    for (const fn of metadata.functions) {
      expect(fn.name).toBe(fn.id);
      expect(fn.description).toBeTruthy();
      for (const parameter of fn.parameters ?? [])
        expect([fn.id, parameter.name, Boolean(parameter.description)]).toEqual([fn.id, parameter.name, true]);
    }
  });

  test("parameters: names, optional ones, types as Excel passes them", () => {
    const signature = Object.fromEntries(
      metadata.functions.map((f) => [f.id, (f.parameters ?? []).map((p) => `${p.name}${p.optional ? "?" : ""}:${p.type}`)]),
    );
    expect(signature).toEqual({
      MOBILITY_MAX_DAYS: ["sector:any", "activity:any"],
      MOBILITY_MIN_DAYS: ["sector:any", "activity:any", "fewerOpportunities?:any"],
      MOBILITY_DAYS: ["start:any", "end:any"],
      MOBILITY_CHECK: [
        "sector:any",
        "activity:any",
        "start:any",
        "end:any",
        "fewerOpportunities?:any",
        "hostCountry?:any",
        "sendingCountry?:any",
        "action?:any",
      ],
      MOBILITY_ACTIVITY_CODE: ["label:any", "sector?:any"],
      MOBILITY_ACTIVITIES: ["sector:any"],
      MOBILITY_COUNTRY_OK: ["country:any", "action?:any"],
      MOBILITY_GRANT: [
        "sector:any",
        "activity:any",
        "days:any",
        "countryOrGroup:any",
        "distanceKm:any",
        "travelDays?:any",
        "greenTravel?:any",
        "fewerOpportunities?:any",
        "bound?:any",
        "role?:any",
      ],
      MOBILITY_DISTANCE_BAND: ["km:any"],
    });
    const results = Object.fromEntries(metadata.functions.map((f) => [f.id, f.result]));
    expect(results).toEqual({
      MOBILITY_MAX_DAYS: { type: "number" },
      MOBILITY_MIN_DAYS: { type: "number" },
      MOBILITY_DAYS: { type: "number" },
      MOBILITY_CHECK: { type: "string" },
      MOBILITY_ACTIVITY_CODE: { type: "string" },
      MOBILITY_ACTIVITIES: { dimensionality: "matrix" },
      MOBILITY_COUNTRY_OK: { type: "boolean" },
      // Promises (the funding functions load on first use) still declare the type they resolve to.
      MOBILITY_GRANT: { type: "number" },
      MOBILITY_DISTANCE_BAND: { type: "string" },
    });
  });
});

describe("functions-lv.json (functions.json translated)", () => {
  let latvian: Metadata;
  beforeAll(() => {
    latvian = translateMetadata(copy(metadata), readTable());
  });

  test("every function and every parameter has a Latvian name and description", () => {
    for (const fn of metadata.functions) {
      const entry = (table as TranslationTable)[fn.id];
      expect([fn.id, Boolean(entry?.name && entry.description)]).toEqual([fn.id, true]);
      for (const parameter of fn.parameters ?? []) {
        const translated = entry.parameters?.[parameter.name];
        expect([fn.id, parameter.name, Boolean(translated?.name && translated.description)]).toEqual([fn.id, parameter.name, true]);
      }
    }
  });

  test("names and descriptions are the table's; ids, order, types and results unchanged", () => {
    expect(latvian.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    latvian.functions.forEach((fn, i) => {
      const english = metadata.functions[i];
      const entry = (table as TranslationTable)[fn.id];
      expect(fn.name).toBe(entry.name);
      expect(fn.description).toBe(entry.description);
      expect(fn.result).toEqual(english.result);
      expect(fn.parameters?.map((p) => p.name)).toEqual(english.parameters?.map((p) => entry.parameters?.[p.name]?.name));
      expect(fn.parameters?.map((p) => p.description)).toEqual(english.parameters?.map((p) => entry.parameters?.[p.name]?.description));
      const rest = (p: Record<string, unknown>) => ({ ...p, name: undefined, description: undefined });
      expect(fn.parameters?.map(rest)).toEqual(english.parameters?.map(rest));
    });
    const { functions: _lv, ...latvianRest } = latvian;
    const { functions: _en, ...englishRest } = metadata;
    expect(latvianRest).toEqual(englishRest);
  });

  test("Latvian function names are valid Excel names, unique, and not the English ones", () => {
    const names = latvian.functions.map((f) => f.name);
    for (const name of names) expect([name, FUNCTION_NAME.test(name)]).toEqual([name, true]);
    expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
    for (const fn of latvian.functions) expect(fn.name).not.toBe(fn.id);
    expect(names).toContain("MOBILITĀTES_MAKS_DIENAS");
  });

  test("the English metadata is not changed", () => {
    expect(metadata.functions[0].name).toBe("MOBILITY_MAX_DAYS");
  });
});

describe("a missing translation fails", () => {
  const without = (edit: (t: TranslationTable) => void): TranslationTable => {
    const t = copy(table) as TranslationTable;
    edit(t);
    return t;
  };

  test.each([
    ["a function", (t: TranslationTable) => delete t.MOBILITY_CHECK, "no Latvian translation for function MOBILITY_CHECK"],
    ["a function's name", (t: TranslationTable) => delete t.MOBILITY_DAYS.name, "no Latvian translation for MOBILITY_DAYS: name"],
    ["a function's description", (t: TranslationTable) => (t.MOBILITY_DAYS.description = " "), "MOBILITY_DAYS: description"],
    [
      "a parameter",
      (t: TranslationTable) => delete t.MOBILITY_CHECK.parameters?.hostCountry,
      "no Latvian translation for MOBILITY_CHECK: parameter hostCountry",
    ],
    [
      "a parameter's description",
      (t: TranslationTable) => delete t.MOBILITY_MIN_DAYS.parameters?.fewerOpportunities.description,
      "MOBILITY_MIN_DAYS: description of parameter fewerOpportunities",
    ],
    [
      "an invalid name",
      (t: TranslationTable) => (t.MOBILITY_DAYS.name = "2DIENAS"),
      'MOBILITY_DAYS: "2DIENAS" is not a valid function name',
    ],
    [
      "two functions with one name",
      (t: TranslationTable) => (t.MOBILITY_DAYS.name = t.MOBILITY_CHECK.name),
      "MOBILITY_CHECK and MOBILITY_DAYS have the same Latvian name",
    ],
    [
      "a translation of nothing",
      (t: TranslationTable) => (t.MOBILITY_RULES_YEAR = { name: "GADS" }),
      "translations for MOBILITY_RULES_YEAR",
    ],
  ])("%s", (_what, edit, message) => {
    expect(() => translateMetadata(copy(metadata), without(edit))).toThrow(message);
  });

  test("a new function or parameter without a translation", () => {
    const grown = copy(metadata);
    grown.functions.push({ id: "MOBILITY_NEW", name: "MOBILITY_NEW", description: "New.", parameters: [] });
    grown.functions[0].parameters?.push({ name: "extra", description: "Extra.", type: "any" });
    expect(() => translateMetadata(grown, readTable())).toThrow(
      "no Latvian translation for MOBILITY_MAX_DAYS: parameter extra; no Latvian translation for function MOBILITY_NEW",
    );
  });
});

describe("FunctionsLvPlugin in a webpack build", () => {
  /** A plugin standing in for CustomFunctionsMetadataPlugin: adds functions.json the way it does. */
  class EmitMetadata {
    constructor(private readonly json: string) {}
    apply(compiler: webpack.Compiler) {
      compiler.hooks.compilation.tap("EmitMetadata", (compilation) => {
        compilation.assets["functions.json"] = new compiler.webpack.sources.RawSource(this.json);
      });
    }
  }

  function build(plugins: webpack.WebpackPluginInstance[]): Promise<{ stats: webpack.Stats; dir: string }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "functions-lv-"));
    fs.writeFileSync(path.join(dir, "entry.js"), "module.exports = 1;\n");
    const compiler = webpack({ mode: "production", context: dir, entry: "./entry.js", output: { path: path.join(dir, "dist") }, plugins });
    return new Promise((resolve, reject) =>
      compiler.run((error, stats) => compiler.close(() => (error || !stats ? reject(error) : resolve({ stats, dir })))),
    );
  }

  test("writes functions-lv.json next to functions.json", async () => {
    const { stats, dir } = await build([new EmitMetadata(JSON.stringify(metadata)), new FunctionsLvPlugin()]);
    try {
      expect(stats.compilation.errors).toEqual([]);
      const written = JSON.parse(fs.readFileSync(path.join(dir, "dist", "functions-lv.json"), "utf8")) as Metadata;
      expect(written).toEqual(translateMetadata(copy(metadata), readTable()));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test("fails the build when a translation is missing", async () => {
    const tableFile = path.join(os.tmpdir(), `translations-lv-${process.pid}.json`);
    const partial = copy(table) as TranslationTable;
    delete partial.MOBILITY_COUNTRY_OK;
    fs.writeFileSync(tableFile, JSON.stringify(partial));
    const { stats, dir } = await build([new EmitMetadata(JSON.stringify(metadata)), new FunctionsLvPlugin({ table: tableFile })]);
    try {
      expect(stats.compilation.errors.map((e) => e.message).join("\n")).toContain(
        "no Latvian translation for function MOBILITY_COUNTRY_OK",
      );
      expect(fs.existsSync(path.join(dir, "dist", "functions-lv.json"))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(tableFile, { force: true });
    }
  }, 60_000);
});
