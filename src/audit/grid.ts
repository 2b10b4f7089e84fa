/**
 * The audit's input: sheets as grids of cell values, as Excel holds them. Adapters (Office.js in src/excel, exceljs
 * in src/cli) fill these; the audit never sees a workbook API.
 */
import { excelErrorText } from "../rules";

/** A cell already known to hold a date (exceljs Date, or an Office number with a date format), as an ISO date. */
export interface CellDate {
  readonly date: string;
}

/** An Excel error value (#N/A, #REF!, #VALUE!, ...), from a formula that failed. */
export interface CellError {
  readonly error: string;
}

/** Empty cells are null, undefined or "". Formula cells hold their result. */
export type CellValue = string | number | boolean | null | undefined | CellDate | CellError;

export interface SheetGrid {
  readonly name: string;
  /** rows[0][0] is the cell at (firstRow, firstColumn); rows may be ragged. */
  readonly rows: readonly (readonly CellValue[])[];
  /** 1-based sheet row of rows[0] (a used range need not start at A1). Default 1. */
  readonly firstRow?: number;
  /** 1-based sheet column of rows[i][0]. Default 1. */
  readonly firstColumn?: number;
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
  /** Mac workbooks may count dates from 1904 (Workbook.use1904DateSystem). */
  readonly date1904?: boolean;
}

export function isCellDate(value: CellValue): value is CellDate {
  return typeof value === "object" && value !== null && "date" in value;
}

/** Office.js gives error values as their text ("#N/A"); exceljs as { error }. Both are errors here. */
export function cellError(value: CellValue): string | undefined {
  if (typeof value === "object" && value !== null && "error" in value) return value.error;
  return typeof value === "string" ? excelErrorText(value) : undefined;
}

export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The text of a cell as a person reads it (for headers, labels and messages). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return "date" in value ? value.date : value.error;
  return String(value).trim();
}
