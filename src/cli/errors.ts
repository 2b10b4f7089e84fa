/**
 * Why a file could not be audited. Each reason is worded in both languages by the CLI (language.ts), on one line of
 * stderr, and exits with status 2.
 */
export type CannotAuditReason =
  | "not-found"
  | "not-a-file"
  | "unreadable"
  | "empty-file"
  | "not-xlsx"
  | "xls"
  | "encrypted"
  | "corrupt"
  | "empty-workbook"
  | "no-table"
  | "out-is-input"
  | "write-failed";

export class CannotAuditError extends Error {
  constructor(
    readonly reason: CannotAuditReason,
    /** A short detail (an exceljs message, an errno text), or "". */
    readonly detail = "",
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = "CannotAuditError";
  }
}

/** An error's first line, shortened: exceljs and jszip messages can be long or span lines. */
export function shortDetail(error: unknown, max = 160): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split(/\r?\n/, 1)[0].trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
