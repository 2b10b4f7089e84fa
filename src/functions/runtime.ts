/**
 * The little functions.ts needs from Office: the display language (for messages) and the Excel error type. Both are
 * guarded, so the functions also run where Office is not loaded (jest, the bench, the worksheet engine tests): there the
 * language is English unless set, and errors stay FunctionInputError.
 */
import { languageOfLocale, type Language } from "../rules";
import { FunctionInputError } from "./problems";

export { languageOfLocale };

let chosen: Language | undefined;
let detected: Language | undefined;

/** Fixes the language of messages (tests, hosts without Office); undefined goes back to Excel's display language. */
export function setLanguage(language: Language | undefined): void {
  chosen = language;
  detected = undefined;
}

/**
 * The language of Excel's user interface (File > Options > Language), read once Office has initialised. Before that,
 * and outside Office, English.
 */
export function currentLanguage(): Language {
  if (chosen !== undefined) return chosen;
  if (detected !== undefined) return detected;
  try {
    if (typeof Office !== "undefined" && Office.context && typeof Office.context.displayLanguage === "string") {
      detected = languageOfLocale(Office.context.displayLanguage);
      return detected;
    }
  } catch {
    // Office.js present but not initialised: keep trying on later calls.
  }
  return "en";
}

/**
 * What a custom function throws: FunctionInputError becomes `CustomFunctions.Error` (#VALUE! or #N/A with the message
 * shown in the cell's error tip, CustomFunctionsRuntime 1.2); anything else is left as it is (Excel shows #VALUE!).
 */
export function excelError(error: unknown): unknown {
  if (error instanceof FunctionInputError && typeof CustomFunctions !== "undefined") {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode[error.kind], error.message);
  }
  return error;
}
