/**
 * The custom functions as a HyperFormula function plugin, so formulas can be tested in a real formula engine:
 * cell references, recalculation, spilled arrays. Test-only: HyperFormula is GPL-3.0, a dev dependency, never bundled.
 *
 * Each formula calls the very function Excel calls (src/functions/functions.ts), with arguments as Excel passes them
 * (an empty cell as null, an omitted optional argument as null); FunctionInputError becomes #VALUE! or #N/A with its
 * message, as CustomFunctions.Error does in Excel. An error in an argument propagates without calling the function,
 * as in Excel.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionArgument,
  type ImplementedFunctions,
  type RawTranslationPackage,
} from "hyperformula";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";
import type { ProcedureAst } from "hyperformula/typings/parser";
import * as functions from "../../src/functions/functions";
import { fundingFunctions } from "../../src/functions/grant";
import { currentLanguage } from "../../src/functions/runtime";
import { SHARED } from "../../src/functions/shared";
import { ACTIVITY_TABLE_COLUMNS, FunctionInputError } from "../../src/functions/logic";
import { activitiesOfSector, SECTORS } from "../../src/rules";

type CustomFunction = (...args: unknown[]) => unknown;

/**
 * MOBILITY_GRANT and MOBILITY_DISTANCE_BAND answer Excel with promises (their module loads on first use); HyperFormula
 * computes synchronously, so its formulas call the same module's functions directly, in the display language.
 */
const funding = fundingFunctions(SHARED);

/** Function id → the function of functions.ts that Excel associates with it (its synchronous twin for the funding two). */
export const CUSTOM_FUNCTIONS: Readonly<Record<string, CustomFunction>> = {
  MOBILITY_MAX_DAYS: functions.mobilityMaxDays as CustomFunction,
  MOBILITY_MIN_DAYS: functions.mobilityMinDays as CustomFunction,
  MOBILITY_DAYS: functions.mobilityDays as CustomFunction,
  MOBILITY_CHECK: functions.mobilityCheck as CustomFunction,
  MOBILITY_ACTIVITY_CODE: functions.mobilityActivityCode as CustomFunction,
  MOBILITY_ACTIVITIES: functions.mobilityActivities as CustomFunction,
  MOBILITY_COUNTRY_OK: functions.mobilityCountryOk as CustomFunction,
  MOBILITY_GRANT: ((...args: unknown[]) => {
    const padded = Array.from({ length: 10 }, (_, i) => args[i] ?? null);
    return (funding.grant as (...a: unknown[]) => number)(...padded, currentLanguage());
  }) as CustomFunction,
  MOBILITY_DISTANCE_BAND: ((km: unknown) => funding.distanceBand(km, currentLanguage())) as CustomFunction,
};

const REQUIRED: FunctionArgument = { argumentType: FunctionArgumentType.SCALAR };
const OPTIONAL: FunctionArgument = { argumentType: FunctionArgumentType.SCALAR, optionalArg: true };

/** The most rows MOBILITY_ACTIVITIES can spill (VET's 10); fewer rows are padded with empty cells. */
const MAX_ACTIVITY_ROWS = Math.max(...SECTORS.map((s) => activitiesOfSector(s).length));

/** An argument as Excel passes it: empty cells and omitted optional arguments are null (Excel on the web). */
function asExcelPasses(value: unknown): unknown {
  return value === EmptyValue || value === undefined ? null : value;
}

function toCellValue(result: unknown): InterpreterValue {
  if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result as (string | number | boolean)[][]);
  return result as InterpreterValue;
}

export function callAsExcel(id: string, args: readonly unknown[]): InterpreterValue {
  const error = args.find((a) => a instanceof CellError);
  if (error) return error as CellError;
  try {
    return toCellValue(CUSTOM_FUNCTIONS[id](...args.map(asExcelPasses)));
  } catch (thrown) {
    if (thrown instanceof FunctionInputError) {
      return new CellError(thrown.kind === "notAvailable" ? ErrorType.NA : ErrorType.VALUE, thrown.message);
    }
    throw thrown;
  }
}

export class MobilityFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    MOBILITY_MAX_DAYS: { method: "maxDays", parameters: [REQUIRED, REQUIRED] },
    MOBILITY_MIN_DAYS: { method: "minDays", parameters: [REQUIRED, REQUIRED, OPTIONAL] },
    MOBILITY_DAYS: { method: "days", parameters: [REQUIRED, REQUIRED] },
    MOBILITY_CHECK: { method: "check", parameters: [REQUIRED, REQUIRED, REQUIRED, REQUIRED, OPTIONAL, OPTIONAL, OPTIONAL, OPTIONAL] },
    MOBILITY_ACTIVITY_CODE: { method: "activityCode", parameters: [REQUIRED, OPTIONAL] },
    MOBILITY_ACTIVITIES: {
      method: "activities",
      parameters: [REQUIRED],
      sizeOfResultArrayMethod: "activitiesSize",
      vectorizationForbidden: true,
    },
    MOBILITY_COUNTRY_OK: { method: "countryOk", parameters: [REQUIRED, OPTIONAL] },
    MOBILITY_GRANT: {
      method: "grant",
      parameters: [REQUIRED, REQUIRED, REQUIRED, REQUIRED, REQUIRED, OPTIONAL, OPTIONAL, OPTIONAL, OPTIONAL, OPTIONAL],
    },
    MOBILITY_DISTANCE_BAND: { method: "distanceBand", parameters: [REQUIRED] },
  };

  private run(id: string, ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata(id), (...args: unknown[]) => callAsExcel(id, args));
  }

  maxDays(ast: ProcedureAst, state: InterpreterState) {
    return this.run("MOBILITY_MAX_DAYS", ast, state);
  }
  minDays(ast: ProcedureAst, state: InterpreterState) {
    return this.run("MOBILITY_MIN_DAYS", ast, state);
  }
  days(ast: ProcedureAst, state: InterpreterState) {
    return this.run("MOBILITY_DAYS", ast, state);
  }
  check(ast: ProcedureAst, state: InterpreterState) {
    return this.run("MOBILITY_CHECK", ast, state);
  }
  activityCode(ast: ProcedureAst, state: InterpreterState) {
    return this.run("MOBILITY_ACTIVITY_CODE", ast, state);
  }
  activities(ast: ProcedureAst, state: InterpreterState) {
    return this.run("MOBILITY_ACTIVITIES", ast, state);
  }
  countryOk(ast: ProcedureAst, state: InterpreterState) {
    return this.run("MOBILITY_COUNTRY_OK", ast, state);
  }
  grant(ast: ProcedureAst, state: InterpreterState) {
    return this.run("MOBILITY_GRANT", ast, state);
  }
  distanceBand(ast: ProcedureAst, state: InterpreterState) {
    return this.run("MOBILITY_DISTANCE_BAND", ast, state);
  }

  /**
   * HyperFormula sizes a spilled array when it parses the formula, Excel when it computes it. A sector written in the
   * formula gives the exact size; a sector in another cell gives the largest (VET's), the rest padded with empty cells.
   */
  activitiesSize(ast: ProcedureAst): ArraySize {
    const [sector] = ast.args;
    if ((sector?.type as string | undefined) === "STRING") {
      try {
        const rows = functions.mobilityActivities((sector as { value: string }).value);
        return new ArraySize(ACTIVITY_TABLE_COLUMNS, rows.length);
      } catch {
        return ArraySize.scalar(); // an unknown sector: one cell, the #VALUE! error
      }
    }
    return new ArraySize(ACTIVITY_TABLE_COLUMNS, MAX_ACTIVITY_ROWS);
  }
}

/** Function names HyperFormula fixes itself and refuses in a language package. */
const PROTECTED_TRANSLATIONS = new Set(["VERSION"]);

/** A Latvian formula language: HyperFormula's English names for its own functions, the Latvian names for ours. */
export function latvianLanguage(): RawTranslationPackage {
  const english = HyperFormula.getLanguage("enGB");
  const functionNames = Object.fromEntries(
    Object.entries(english.buildFunctionMapping())
      .filter(([, id]) => !PROTECTED_TRANSLATIONS.has(id))
      .map(([name, id]) => [id, name]),
  );
  const errors = Object.fromEntries(Object.entries(english.buildErrorMapping()).map(([text, type]) => [type, text]));
  return { langCode: "lvLV", functions: functionNames, errors, ui: { NEW_SHEET_PREFIX: "Lapa" } } as RawTranslationPackage;
}

let registered = false;

/**
 * Registers the plugin once per test file (HyperFormula's registry is global), with `lvLV` names from
 * `latvianNames` (function id → Latvian name, from translations-lv.json) when given.
 */
export function registerMobilityFunctions(latvianNames?: Readonly<Record<string, string>>): void {
  if (registered) return;
  if (latvianNames) HyperFormula.registerLanguage("lvLV", latvianLanguage());
  HyperFormula.registerFunctionPlugin(MobilityFunctionsPlugin, {
    enGB: Object.fromEntries(Object.keys(CUSTOM_FUNCTIONS).map((id) => [id, id])),
    ...(latvianNames ? { lvLV: { ...latvianNames } } : {}),
  });
  registered = true;
}
