/** src/audit: grid of cell values → table → typed rows → rules → report of issues with cell addresses. Pure. */
export { auditWorkbook, type AuditOptions } from "./audit";
export type { AuditIssue, AuditReport, Summary, TableReport } from "./report";
export type { CellValue, CellDate, CellError, SheetGrid, WorkbookGrid } from "./grid";
export { cellError, cellText, isBlank, isCellDate } from "./grid";
export type { ColumnMapping, TableLayout, UnrecognisedColumn } from "./find-table";
export { findTable } from "./find-table";
export type { AuditField } from "./header-labels";
export { HEADER_LABELS } from "./header-labels";
export { matchHeader, headerWords } from "./headers";
export { readDate, readNumber, readYesNo, readText, type Reading, type Expected } from "./read-cell";
export { cellAddress, columnLetter, columnNumber } from "./address";
export { PROJECT_LABELS, findSettings } from "./project-settings";
