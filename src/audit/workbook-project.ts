/** The project a workbook's settings describe, without auditing its plan (the pane's settings form). Pure. */
import type { Project } from "../rules";
import { findTable, type ColumnMapping } from "./find-table";
import type { WorkbookGrid } from "./grid";
import { projectFrom, readWorkbookSettings, settingSources, type TableTop } from "./project-settings";
import type { AuditReport } from "./report";

export function workbookProject(
  workbook: WorkbookGrid,
  mappings: Readonly<Record<string, ColumnMapping>> = {},
): { project: Project; sources: AuditReport["projectSources"] } {
  const tables: TableTop[] = [];
  for (const sheet of workbook.sheets) {
    const layout = findTable(sheet, mappings[sheet.name]);
    if (layout) tables.push({ sheet, headerIndex: layout.firstHeaderIndex });
  }
  const settings = readWorkbookSettings(workbook, tables);
  return { project: projectFrom(settings), sources: settingSources(settings) };
}
