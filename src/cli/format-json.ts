/**
 * The --json report, of the shape ReportSchema (report-schema.ts) describes and the README documents. Keys are picked
 * one by one so the shape does not drift with the engine's report.
 */
import type { AuditReport } from "../audit";
import type { JsonReport } from "./report-schema";

export type { JsonReport };

export function jsonReport(report: AuditReport, file: string): JsonReport {
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
  };
}

export function formatJson(report: AuditReport, file: string): string {
  return `${JSON.stringify(jsonReport(report, file), null, 2)}\n`;
}
