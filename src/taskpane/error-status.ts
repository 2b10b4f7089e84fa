/** What the pane says when an action fails: the Excel layer's reason and parameters, worded in the pane's language. */
import { ExcelAuditError, type ExcelAuditProblem } from "../excel/types";
import { counted } from "./i18n";
import type { Status } from "./store";

/** Sheet names as the messages quote them. */
function quoted(names: readonly string[]): string {
  return names.map((name) => `“${name}”`).join(", ");
}

export function problemStatus(problem: ExcelAuditProblem): Status {
  switch (problem.reason) {
    case "protected-sheet":
      return { kind: "error", key: "error.protected-sheet", params: { sheets: quoted(problem.params.sheets) } };
    case "no-plan-table": {
      const { sheet, rows } = problem.params;
      return sheet === null
        ? { kind: "error", key: "error.no-plan-table.workbook", params: { rows: counted(rows) } }
        : { kind: "error", key: "error.no-plan-table", params: { sheet: quoted([sheet]), rows: counted(rows) } };
    }
    case "too-large": {
      const { sheet, rows, columns, cells, limit } = problem.params;
      return {
        kind: "error",
        key: "error.too-large",
        params: { sheet: quoted([sheet]), rows: counted(rows), columns: counted(columns), cells: counted(cells), limit: counted(limit) },
      };
    }
    case "payload-too-large":
      return { kind: "error", key: "error.payload-too-large", params: { limit: counted(problem.params.limit) } };
    case "excel-too-old":
      return { kind: "error", key: "error.excel-too-old", params: { requirement: problem.params.requirement } };
    case "office-error":
      return { kind: "error", key: "error.office-error", params: { code: problem.params.code, detail: problem.params.detail } };
  }
}

export function errorStatus(error: unknown): Status {
  if (error instanceof ExcelAuditError) return problemStatus(error.problem);
  return { kind: "error", key: "error.unexpected", params: { message: error instanceof Error ? error.message : String(error) } };
}
