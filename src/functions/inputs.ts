/**
 * Custom function arguments as Excel passes them, read into what src/rules takes.
 *
 * An empty cell arrives as null (Excel on the web), 0 (desktop) or "" (in ranges); an omitted optional argument as
 * null. Dates arrive as serial numbers (1900 date system) or as the text someone typed. Each reader returns the value,
 * or a Problem naming the argument and what was expected; none throws.
 */
import { excelErrorText, planDate, yesNoText, type Field, type ProjectSetting } from "../rules";
import { ruleProblem, type Problem } from "./problems";

export function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "from" in value;
}

/** Excel.ErrorCellValueType → the error as a cell shows it. */
const ERROR_TYPES: Readonly<Record<string, string>> = {
  Blocked: "#BLOCKED!",
  Busy: "#BUSY!",
  Calc: "#CALC!",
  Connect: "#CONNECT!",
  Div0: "#DIV/0!",
  Field: "#FIELD!",
  GettingData: "#GETTING_DATA",
  Name: "#NAME?",
  NotAvailable: "#N/A",
  Null: "#NULL!",
  Num: "#NUM!",
  Ref: "#REF!",
  Spill: "#SPILL!",
  Value: "#VALUE!",
};

/**
 * The Excel error an argument holds, as its text ("#N/A"), or undefined. Errors reach a function as error objects
 * (Excel.ErrorCellValue `{ type: "Error", errorType }`, CustomFunctions.Error `{ code }`, `{ error }` from a sheet
 * reader) or as their text; whichever way one arrives, the function names the argument that holds it.
 */
export function errorText(value: unknown): string | undefined {
  if (typeof value === "string") return excelErrorText(value);
  if (typeof value !== "object" || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.errorType === "string") return ERROR_TYPES[record.errorType] ?? `#${record.errorType.toUpperCase()}!`;
  for (const key of ["code", "error"]) {
    if (typeof record[key] === "string") return record[key] as string;
  }
  if (record.type === "Error") return "#VALUE!";
  return undefined;
}

/** null, undefined, 0 and blank text: what an empty cell or an omitted argument arrives as. */
export function isEmptyArgument(value: unknown): boolean {
  return value === null || value === undefined || value === 0 || (typeof value === "string" && value.trim() === "");
}

/**
 * The text of a label argument ("" when empty); numbers and booleans become their text, which no label matches.
 * `field` names the argument in a message: an activity's field, or a project setting (the action).
 */
export function readLabel(value: unknown, field: Field | ProjectSetting): string | Problem {
  // An issue points at an activity's field; a project setting is named in the message only.
  const at = field === "action" ? undefined : (field as Field);
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return "";
    const error = excelErrorText(text);
    return error === undefined ? text : ruleProblem("cell-error", { field, value: error }, at);
  }
  if (isEmptyArgument(value)) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const error = errorText(value);
  if (error !== undefined) return ruleProblem("cell-error", { field, value: error }, at);
  return ruleProblem("value-unreadable", { field, value: String(value), expected: "text" }, at);
}

/** The ISO date of a date argument, undefined when empty, or a problem when it is no date. */
export function readDate(value: unknown, field: Field): string | undefined | Problem {
  if (isEmptyArgument(value)) return undefined;
  const error = errorText(value);
  if (error !== undefined) return ruleProblem("cell-error", { field, value: error }, field);
  const date = typeof value === "number" || typeof value === "string" ? planDate(value) : undefined;
  return date ?? ruleProblem("value-unreadable", { field, value: String(value).trim(), expected: "date" }, field);
}

/** A yes/no argument: TRUE/FALSE, 1/0, "jā"/"nē", "yes"/"no", "x"; empty or omitted is no. */
export function readYesNo(value: unknown, field: Field): boolean | Problem {
  if (typeof value === "boolean") return value;
  if (value === null || value === undefined || value === 0) return false;
  if (value === 1) return true;
  if (typeof value === "string") {
    if (value.trim() === "") return false;
    const answer = yesNoText(value);
    if (answer !== undefined) return answer;
  }
  const error = errorText(value);
  if (error !== undefined) return ruleProblem("cell-error", { field, value: error }, field);
  return ruleProblem("value-unreadable", { field, value: String(value).trim(), expected: "yes-no" }, field);
}
