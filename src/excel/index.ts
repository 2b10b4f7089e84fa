/** src/excel: the only code that calls Office.js workbook APIs (docs/excel-layer.md). types.ts is the pane's contract. */
export * from "./types";
export { auditInExcel } from "./audit";
export { clearAuditMarks } from "./clear";
export { loadStoredSettings, saveStoredSettings } from "./settings";
export { readWorkbookProject } from "./workbook-project";
export { selectCell } from "./select-cell";
export { createPlanSheet } from "./plan-sheet";
export { NOTES_REQUIREMENT, notesSupported, officeHost } from "./host";
export { MAX_MARKS } from "./targets";
export { auditInThread } from "./audit-in-thread";
