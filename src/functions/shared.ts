/**
 * What the lazily loaded funding functions (grant.ts, its own chunk) use of the functions every workbook loads,
 * handed to them as one object by functions.ts instead of imported: a chunk's import of functions.js's modules keeps
 * webpack from joining those modules into one scope, which costs functions.js kilobytes (issue 13: ≤ 100 KiB).
 * grant.ts and grant-inputs.ts import only the type of it.
 */
import { FORMATTERS, resolveCountry, resolveRole } from "../rules";
import { errorText, isEmptyArgument, isProblem, readLabel, readYesNo } from "./inputs";
import { activityTypeOf } from "./logic";
import { FunctionInputError, formatProblem, functionProblem, ruleProblem } from "./problems";

export const SHARED = {
  FORMATTERS,
  resolveCountry,
  resolveRole,
  errorText,
  isEmptyArgument,
  isProblem,
  readLabel,
  readYesNo,
  activityTypeOf,
  FunctionInputError,
  formatProblem,
  functionProblem,
  ruleProblem,
};
export type Shared = typeof SHARED;
