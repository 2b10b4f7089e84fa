/**
 * The --json report, of the shape ReportSchema (report-schema.ts) describes and the README documents. Keys are picked
 * one by one so the shape does not drift with the engine's report.
 */
import type { AuditReport } from "../audit";
import type { SettingCell } from "../audit/project-settings";
import { PROJECT_SETTINGS } from "../rules";
import { escapeJsonControls } from "./printable";
import type { JsonBudget, JsonReport } from "./report-schema";

export type { JsonReport };

export function jsonReport(report: AuditReport, file: string, budget?: JsonBudget): JsonReport {
  return {
    file,
    tables: report.tables.map(({ sheet, headerRow, columns, unrecognised }) => ({
      sheet,
      headerRow,
      columns: { ...columns },
      unrecognised: unrecognised.map((u) => ({
        column: u.column,
        header: u.header,
        ...(u.duplicateOf ? { duplicateOf: u.duplicateOf } : {}),
      })),
    })),
    project: { ...report.project },
    projectSources: projectSources(report),
    projectNumber: report.projectNumber
      ? { number: report.projectNumber.number, cell: sheetCell(report.projectNumber.at), gave: [...report.projectNumber.gave] }
      : null,
    settingsNotFound: (report.settingsNotFound ?? []).map(({ setting, lookedFor, emptyLabel }) => ({
      setting,
      lookedFor: [...lookedFor],
      ...(emptyLabel ? { emptyLabel: sheetCell(emptyLabel) } : {}),
    })),
    issues: report.issues.map(({ sheet, cell, row, field, rule, severity, message }) => ({
      sheet,
      cell,
      row,
      field,
      rule,
      severity,
      message,
    })),
    summary: { errors: report.summary.errors, warnings: report.summary.warnings, info: report.summary.info, rows: report.summary.rows },
    ...(budget ? { budget } : {}),
  };
}

const sheetCell = (at: SettingCell) => `${at.sheet}!${at.cell}`;

/** Each setting's cell as "Sheet!A1": the project number's, and those read or taken from the number. */
function projectSources(report: AuditReport): JsonReport["projectSources"] {
  const sources: JsonReport["projectSources"] = {};
  if (report.projectNumber) sources.number = sheetCell(report.projectNumber.at);
  for (const field of PROJECT_SETTINGS) {
    const at = report.projectSources[field];
    if (at) sources[field] = sheetCell(at);
  }
  return sources;
}

/** The JSON text, with C1 controls escaped too (JSON.stringify escapes only C0): safe to print on a terminal. */
export function formatJson(report: AuditReport, file: string, budget?: JsonBudget): string {
  return `${escapeJsonControls(JSON.stringify(jsonReport(report, file, budget), null, 2))}\n`;
}
