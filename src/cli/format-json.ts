/**
 * The --json report, in the shape the README documents:
 * { file, tables: [{ sheet, headerRow, columns: { field: letter }, unrecognised }], project,
 *   issues: [{ sheet, cell, row, field, rule, severity, message }], summary: { errors, warnings, info, rows } }.
 * cell and row are null for project-level issues. Keys are picked one by one so the shape does not drift with the
 * engine's report.
 */
import type { AuditReport } from "../audit";

export interface JsonReport {
  readonly file: string;
  readonly tables: readonly {
    readonly sheet: string;
    readonly headerRow: number;
    readonly columns: Readonly<Record<string, string>>;
    readonly unrecognised: readonly { readonly column: string; readonly header: string; readonly duplicateOf?: string }[];
  }[];
  readonly project: Readonly<Record<string, string>>;
  readonly issues: readonly {
    readonly sheet: string | null;
    readonly cell: string | null;
    readonly row: number | null;
    readonly field: string | null;
    readonly rule: string;
    readonly severity: string;
    readonly message: string;
  }[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly info: number; readonly rows: number };
}

export function jsonReport(report: AuditReport, file: string): JsonReport {
  return {
    file,
    tables: report.tables.map(({ sheet, headerRow, columns, unrecognised }) => ({
      sheet,
      headerRow,
      columns: { ...columns } as Record<string, string>,
      unrecognised: unrecognised.map((u) => ({ column: u.column, header: u.header, ...(u.duplicateOf ? { duplicateOf: u.duplicateOf } : {}) })),
    })),
    project: { ...report.project } as Record<string, string>,
    issues: report.issues.map(({ sheet, cell, row, field, rule, severity, message }) => ({ sheet, cell, row, field, rule, severity, message })),
    summary: { errors: report.summary.errors, warnings: report.summary.warnings, info: report.summary.info, rows: report.summary.rows },
  };
}

export function formatJson(report: AuditReport, file: string): string {
  return `${JSON.stringify(jsonReport(report, file), null, 2)}\n`;
}
