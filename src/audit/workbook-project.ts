/** The project a workbook's settings describe, without auditing its plan (the pane's settings form). Pure. */
import type { Project, ProjectSetting } from "../rules";
import { findTable, type ColumnMapping } from "./find-table";
import type { WorkbookGrid } from "./grid";
import { projectFrom, readWorkbookSettings, settingSources, settingsNotFound, type SettingCell, type TableTop } from "./project-settings";
import type { AuditReport } from "./report";

export interface WorkbookProject {
  readonly project: Project;
  /** Where each setting was read. */
  readonly sources: AuditReport["projectSources"];
  /** The settings whose label stands in the workbook with no value: the coordinator has only to fill the cell in. */
  readonly emptyLabels: Partial<Record<ProjectSetting, SettingCell>>;
}

export function workbookProject(workbook: WorkbookGrid, mappings: Readonly<Record<string, ColumnMapping>> = {}): WorkbookProject {
  const tables: TableTop[] = [];
  for (const sheet of workbook.sheets) {
    const layout = findTable(sheet, mappings[sheet.name]);
    if (layout) tables.push({ sheet, headerIndex: layout.firstHeaderIndex });
  }
  const settings = readWorkbookSettings(workbook, tables);
  return { project: projectFrom(settings), sources: settingSources(settings), emptyLabels: emptyLabelsOf(settingsNotFound(settings)) };
}

/** The empty labels among the settings not found (the project number is no field of the form). */
export function emptyLabelsOf(notFound: AuditReport["settingsNotFound"] = []): WorkbookProject["emptyLabels"] {
  const labels: Partial<Record<ProjectSetting, SettingCell>> = {};
  for (const { setting, emptyLabel } of notFound) if (setting !== "number" && emptyLabel) labels[setting] = emptyLabel;
  return labels;
}
