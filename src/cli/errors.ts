/**
 * Why a file could not be audited. Each reason is worded in both languages by the CLI (language.ts), on one line of
 * stderr, and exits with status 2.
 */
export type CannotAuditReason =
  | "not-found"
  | "not-a-file"
  | "not-regular"
  | "unreadable"
  | "empty-file"
  | "not-xlsx"
  | "xls"
  | "encrypted"
  | "corrupt"
  | "unpack-failed"
  | "beyond-excel"
  | "too-large"
  | "too-large-in-memory"
  | "zip-bomb"
  | "too-many-merges"
  | "ods"
  | "empty-workbook"
  | "no-table"
  | "out-is-input"
  | "macro-copy"
  | "exists"
  | "too-large-to-copy"
  | "write-failed";

/**
 * What a refusal is about, for the reasons whose sentence names a part, a sheet, a size or a limit (language.ts words
 * them). `kind` says which of the reason's sentences applies.
 */
export interface ReasonFacts {
  readonly kind: string;
  /** A part of the package ("xl/worksheets/sheet1.xml"), a sheet's name, or a reference as the file writes it. */
  readonly name?: string;
  /** The sheet it is in, as the workbook names it. */
  readonly sheet?: string;
  readonly found?: number;
  readonly limit?: number;
}

export class CannotAuditError extends Error {
  constructor(
    readonly reason: CannotAuditReason,
    /** A short detail (an exceljs message, an errno text), or "". */
    readonly detail = "",
    readonly facts?: ReasonFacts,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = "CannotAuditError";
  }
}

/** A refusal about the --out copy rather than the input: the line says "cannot write <copy>". */
export class CannotWriteError extends CannotAuditError {
  constructor(reason: CannotAuditReason, detail = "", facts?: ReasonFacts) {
    super(reason, detail, facts);
    this.name = "CannotWriteError";
  }
}

/** An error's first line, shortened: exceljs and jszip messages can be long or span lines. */
export function shortDetail(error: unknown, max = 160): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split(/\r?\n/, 1)[0].trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
