/** src/audit: grid of cell values → table → typed rows → rules → report of issues with cell addresses. Pure. */
export { auditWorkbook, type AuditOptions } from "./audit";
export { emptyLabelsOf, workbookProject, type WorkbookProject } from "./workbook-project";
export type { AuditIssue, AuditReport, LocatedActivity, Summary, TableReport } from "./report";
export type { CellValue, CellDate, CellError, SheetGrid, WorkbookGrid } from "./grid";
export { cellError, cellText, isBlank, isCellDate } from "./grid";
export type { ColumnMapping, TableLayout, UnrecognisedColumn } from "./find-table";
export { HEADER_SEARCH_ROWS, findTable } from "./find-table";
export type { AuditField } from "./header-labels";
export { HEADER_LABELS, STAND_IN_LABELS } from "./header-labels";
export { matchHeader, headerWords } from "./headers";
export { readDate, readNumber, readYesNo, readText, type Reading, type Expected } from "./read-cell";
export { cellAddress, cellPosition, columnLetter, columnNumber } from "./address";
export { cellMarks, noteText, MARK_FILLS, NOTE_MAX, NOTE_TITLE, SEVERITY_RANK, type CellMark, type CellMarkOptions } from "./cell-marks";
export { PROJECT_LABELS, findSettings } from "./project-settings";
