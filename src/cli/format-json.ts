/**
 * The --json report, of the shape ReportSchema (report-schema.ts) describes and the README documents. Keys are picked
 * one by one so the shape does not drift with the engine's report.
 */
import type { AuditReport } from "../audit";
import type { SettingCell } from "../audit/project-settings";
import { PROJECT_SETTINGS } from "../rules";
import { ChunkedOutput, type Output } from "./output";
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
    issues: report.issues.map(jsonIssue),
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

/** Where the issues stand in the report's text with none: a top-level key, so two spaces in (nested keys are deeper). */
const NO_ISSUES = '\n  "issues": [],\n';

/** One issue of the JSON report. */
function jsonIssue({ sheet, cell, row, field, rule, severity, message }: AuditReport["issues"][number]): JsonReport["issues"][number] {
  return { sheet, cell, row, field, rule, severity, message };
}

/** One issue as JSON.stringify(…, null, 2) writes an object inside the top-level issues array: four spaces deeper. */
function issueJson(issue: AuditReport["issues"][number]): string {
  return escapeJsonControls(`    ${JSON.stringify(jsonIssue(issue), null, 2).replace(/\n/g, "\n    ")}`);
}

/**
 * formatJson's text, written to `out` issue by issue: the same bytes without the whole report as one string (a
 * full-height plan with an issue per row makes hundreds of MB of it).
 */
export async function writeJson(report: AuditReport, file: string, out: Output, budget?: JsonBudget): Promise<void> {
  const text = formatJson({ ...report, issues: [] }, file, budget);
  const { issues } = report;
  const split = text.indexOf(NO_ISSUES);
  if (issues.length === 0 || split < 0) {
    out.write(issues.length === 0 ? text : formatJson(report, file, budget));
    return;
  }
  const output = new ChunkedOutput(out);
  output.add(`${text.slice(0, split)}\n  "issues": [\n`);
  for (let i = 0; i < issues.length; i++) {
    if (output.add(i === 0 ? issueJson(issues[i]) : `,\n${issueJson(issues[i])}`)) await output.flush();
  }
  output.add(`\n  ],\n${text.slice(split + NO_ISSUES.length)}`);
  await output.flush();
}
