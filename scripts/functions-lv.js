// @ts-check
/*
 * functions-lv.json: the custom functions' metadata with Latvian names and descriptions, for Excel in Latvian
 * (manifest.xml: <bt:Override Locale="lv-lv"> on Functions.Metadata.Url). Excel does not translate custom functions and
 * custom-functions-metadata writes English only, so the build copies functions.json and translates `name` and
 * `description` of each function and parameter from src/functions/translations-lv.json; ids and everything else stay.
 * A function or parameter without a translation fails the build.
 *
 *   translateMetadata(metadata, table)   pure: the translated copy, or throws listing every missing translation
 *   new FunctionsLvPlugin()              webpack plugin: functions.json → functions-lv.json in the same build
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const DEFAULT_TABLE = path.resolve(__dirname, "..", "src", "functions", "translations-lv.json");

/**
 * Excel's rule for a function's display name: a letter first, at least three characters, then Unicode letters,
 * underscores and periods (learn.microsoft.com: "Custom functions naming and localization").
 */
const FUNCTION_NAME = /^\p{L}[\p{L}_.]{2,}$/u;

/**
 * @typedef {{ name: string; description?: string; [key: string]: unknown }} Parameter
 * @typedef {{ id: string; name: string; description?: string; parameters?: Parameter[]; [key: string]: unknown }} Func
 * @typedef {{ functions: Func[]; [key: string]: unknown }} Metadata
 * @typedef {{ name?: string; description?: string }} TextTranslation
 * @typedef {TextTranslation & { parameters?: Record<string, TextTranslation> }} FunctionTranslation
 * @typedef {Record<string, FunctionTranslation>} TranslationTable
 */

/** @param {unknown} value */
const isText = (value) => typeof value === "string" && value.trim() !== "";

/**
 * The metadata with every function's and parameter's name and description in Latvian.
 * @param {Metadata} metadata functions.json as custom-functions-metadata writes it
 * @param {TranslationTable} table per function id: name, description, and per (English) parameter name: name, description
 * @returns {Metadata}
 */
function translateMetadata(metadata, table) {
  /** @type {string[]} */
  const missing = [];
  /** @type {string[]} */
  const invalid = [];
  const functions = metadata.functions.map((fn) => {
    const entry = Object.prototype.hasOwnProperty.call(table, fn.id) ? table[fn.id] : undefined;
    if (!entry) {
      missing.push(`function ${fn.id}`);
      return fn;
    }
    if (!isText(entry.name)) missing.push(`${fn.id}: name`);
    else if (!FUNCTION_NAME.test(/** @type {string} */ (entry.name))) {
      invalid.push(`${fn.id}: "${entry.name}" is not a valid function name (a letter, then at least two letters, "_" or ".")`);
    }
    if (isText(fn.description) && !isText(entry.description)) missing.push(`${fn.id}: description`);
    const parameters = (fn.parameters ?? []).map((parameter) => {
      const translation =
        entry.parameters && Object.prototype.hasOwnProperty.call(entry.parameters, parameter.name)
          ? entry.parameters[parameter.name]
          : undefined;
      if (!translation || !isText(translation.name)) {
        missing.push(`${fn.id}: parameter ${parameter.name}`);
        return parameter;
      }
      if (isText(parameter.description) && !isText(translation.description)) {
        missing.push(`${fn.id}: description of parameter ${parameter.name}`);
      }
      return {
        ...parameter,
        name: /** @type {string} */ (translation.name),
        ...(isText(parameter.description) ? { description: translation.description } : {}),
      };
    });
    return {
      ...fn,
      name: isText(entry.name) ? /** @type {string} */ (entry.name) : fn.name,
      ...(isText(fn.description) ? { description: entry.description } : {}),
      ...(fn.parameters ? { parameters } : {}),
    };
  });

  const ids = new Set(metadata.functions.map((fn) => fn.id));
  const stale = Object.keys(table).filter((id) => !ids.has(id));
  const seen = new Map();
  for (const fn of functions) {
    const key = fn.name.toUpperCase();
    if (seen.has(key)) invalid.push(`${fn.id} and ${seen.get(key)} have the same Latvian name ${fn.name}`);
    seen.set(key, fn.id);
  }
  const problems = [
    ...missing.map((m) => `no Latvian translation for ${m}`),
    ...invalid,
    ...stale.map((id) => `translations for ${id}, which is not a custom function`),
  ];
  if (problems.length > 0) {
    throw new Error(`functions-lv.json: ${problems.join("; ")} (src/functions/translations-lv.json)`);
  }
  return { ...metadata, functions };
}

/** Reads the translation table (JSON). @param {string} [file] @returns {TranslationTable} */
function readTable(file = DEFAULT_TABLE) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

const PLUGIN_NAME = "FunctionsLvPlugin";

/**
 * Webpack plugin: after CustomFunctionsMetadataPlugin has added functions.json to the build, adds functions-lv.json.
 * Missing translations are build errors.
 */
class FunctionsLvPlugin {
  /** @param {{ source?: string; output?: string; table?: string }} [options] */
  constructor(options = {}) {
    this.source = options.source ?? "functions.json";
    this.output = options.output ?? "functions-lv.json";
    this.table = options.table ?? DEFAULT_TABLE;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      // Rebuild in watch mode when the table changes.
      compilation.fileDependencies.add(this.table);
      compilation.hooks.processAssets.tap({ name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.source);
        if (!asset) {
          // CustomFunctionsMetadataPlugin reports its own errors and then writes no functions.json.
          if (compilation.errors.length === 0) {
            compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: no ${this.source} in the build, so no ${this.output}`));
          }
          return;
        }
        try {
          const metadata = JSON.parse(asset.source.source().toString());
          const translated = translateMetadata(metadata, readTable(this.table));
          compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(translated, null, 4)));
        } catch (error) {
          compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${error instanceof Error ? error.message : String(error)}`));
        }
      });
    });
  }
}

module.exports = { translateMetadata, readTable, FunctionsLvPlugin, DEFAULT_TABLE, FUNCTION_NAME };
