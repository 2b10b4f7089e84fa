/**
 * How a report marks the workbook: one mark per flagged cell (fill by its worst severity, a note listing why), the one
 * model both the pane (src/excel) and the command's --out copy (src/cli/write-copy.ts) write.
 */
import type { Language, Severity } from "../rules";
import { cellPosition } from "./address";
import type { AuditReport } from "./report";

/** Excel's own "Bad" and "Neutral" cell-style fills for errors and warnings, a light blue for info; "#RRGGBB". */
export const MARK_FILLS: Readonly<Record<Severity, string>> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };

/** Worse severities rank higher. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export const NOTE_TITLE: Readonly<Record<Language, string>> = { en: "Erasmus+ plan audit:", lv: "Erasmus+ plāna audits:" };
/** Notes are cut to this many characters (an ellipsis last): Excel shows a note in a box of fixed size. */
export const NOTE_MAX = 2_000;

export interface CellMark {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  readonly row: number;
  readonly column: number;
  /** The worst severity of the cell's issues. */
  readonly severity: Severity;
  /** MARK_FILLS[severity]. */
  readonly fill: string;
  /** noteText(messages, report.language). */
  readonly note: string;
  /** The cell's distinct issue messages, in report order. */
  readonly messages: readonly string[];
}

export interface CellMarkOptions {
  /**
   * The cell that shows `cell` (a merged area's top-left cell, where a value merged over several rows is seen); issues
   * of cells shown at the same place make one mark there. Default: the cell itself.
   */
  readonly shownAt?: (sheet: string, cell: string) => string;
}

/** The note on a flagged cell: a title line, then one "• " line per distinct message, cut at NOTE_MAX characters. */
export function noteText(messages: readonly string[], language: Language): string {
  const text = [NOTE_TITLE[language], ...[...new Set(messages)].map((m) => `• ${m}`)].join("\n");
  if (text.length <= NOTE_MAX) return text;
  let end = NOTE_MAX - 1;
  // Never split a surrogate pair (an emoji in a name) in two.
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}

/** One mark per cell with issues (issues without a sheet and cell mark nothing), by sheet (as first met), row, column. */
export function cellMarks(report: AuditReport, options: CellMarkOptions = {}): CellMark[] {
  const sheetOrder = new Map<string, number>();
  const byCell = new Map<string, { sheet: string; order: number; cell: string; severity: Severity; messages: string[] }>();
  for (const issue of report.issues) {
    if (issue.sheet === null || issue.cell === null) continue;
    const order = sheetOrder.get(issue.sheet) ?? sheetOrder.size;
    sheetOrder.set(issue.sheet, order);
    const cell = options.shownAt ? options.shownAt(issue.sheet, issue.cell) : issue.cell;
    const key = `${issue.sheet}\u0000${cell}`;
    const found = byCell.get(key);
    if (!found) byCell.set(key, { sheet: issue.sheet, order, cell, severity: issue.severity, messages: [issue.message] });
    else {
      if (SEVERITY_RANK[issue.severity] > SEVERITY_RANK[found.severity]) found.severity = issue.severity;
      if (!found.messages.includes(issue.message)) found.messages.push(issue.message);
    }
  }
  const marks = [...byCell.values()].map(({ sheet, order, cell, severity, messages }) => {
    const { row, column } = cellPosition(cell);
    const mark: CellMark = {
      sheet,
      cell,
      row,
      column,
      severity,
      fill: MARK_FILLS[severity],
      note: noteText(messages, report.language),
      messages,
    };
    return { mark, order };
  });
  return marks.sort((a, b) => a.order - b.order || a.mark.row - b.mark.row || a.mark.column - b.mark.column).map(({ mark }) => mark);
}
