/** Why the Excel layer refused or failed, as a reason and its parameters: the pane words them in its language. */
import { isPayloadTooLarge, officeErrorCode } from "./batch";
import type { SheetPreview } from "./types";

/** Each reason's parameters. */
export interface ExcelAuditParams {
  /** Sheets the audit would have to write to are protected. */
  readonly "protected-sheet": { readonly sheets: readonly string[] };
  /**
   * No plan table on the active sheet (`sheet`), or on any sheet (`sheet` null), within its first `rows` rows;
   * `preview`: the active sheet's first rows, for the coordinator to pick the header row and columns.
   */
  readonly "no-plan-table": { readonly sheet: string | null; readonly rows: number; readonly preview?: SheetPreview };
  /** A sheet's used range has more cells than the audit reads (`limit`). */
  readonly "too-large": {
    readonly sheet: string;
    readonly rows: number;
    readonly columns: number;
    readonly cells: number;
    readonly limit: number;
  };
  /** Excel refused a read as over its payload limit, even in smaller pieces. */
  readonly "payload-too-large": { readonly limit: number };
  /** This Excel lacks a requirement set the add-in needs. */
  readonly "excel-too-old": { readonly requirement: string };
  /** Any other error Excel reported. */
  readonly "office-error": { readonly code: string; readonly detail: string };
}

export type ExcelAuditReason = keyof ExcelAuditParams;

export const EXCEL_AUDIT_REASONS: readonly ExcelAuditReason[] = [
  "protected-sheet",
  "no-plan-table",
  "too-large",
  "payload-too-large",
  "excel-too-old",
  "office-error",
];

export type ExcelAuditProblem = { [R in ExcelAuditReason]: { readonly reason: R; readonly params: ExcelAuditParams[R] } }[ExcelAuditReason];

export class ExcelAuditError extends Error {
  readonly reason: ExcelAuditReason;
  readonly params: ExcelAuditProblem["params"];

  constructor(readonly problem: ExcelAuditProblem) {
    super(`${problem.reason} ${JSON.stringify(problem.params)}`);
    this.name = "ExcelAuditError";
    this.reason = problem.reason;
    this.params = problem.params;
  }
}

/** An Office error as an ExcelAuditError; other errors pass through. */
export function asAuditError(error: unknown, payloadLimit: number): unknown {
  if (error instanceof ExcelAuditError) return error;
  if (isPayloadTooLarge(error)) return new ExcelAuditError({ reason: "payload-too-large", params: { limit: payloadLimit } });
  const code = officeErrorCode(error);
  if (code !== undefined) {
    const detail = error instanceof Error ? error.message : String(error);
    return new ExcelAuditError({ reason: "office-error", params: { code, detail } });
  }
  return error;
}

/** Refuses, before anything is written, when any of these sheets is protected. */
export function refuseProtected(sheets: readonly { readonly name: string; readonly protected: boolean }[]): void {
  const names = [...new Set(sheets.filter((s) => s.protected).map((s) => s.name))];
  if (names.length > 0) throw new ExcelAuditError({ reason: "protected-sheet", params: { sheets: names } });
}
