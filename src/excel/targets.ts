/** Which cells an audit marks, with which fill and note: src/audit's cellMarks, keyed by sheet id and cell key. */
import { type AuditReport, type CellMarkOptions, SEVERITY_RANK, cellMarks } from "../audit";
import { cellKey } from "./address";
import type { TargetCell } from "./plan-writes";

/** At most this many cells are marked per audit (the record must fit the workbook's settings); the worst first. */
export const MAX_MARKS = 50_000;

export function markTargets(
  report: AuditReport,
  sheetIds: ReadonlyMap<string, string>,
  options: CellMarkOptions = {},
): { targets: Map<string, Map<number, TargetCell>>; unmarked: number } {
  const marks = cellMarks(report, options).filter((mark) => sheetIds.has(mark.sheet));
  // A stable sort: within a severity, report order.
  const kept =
    marks.length <= MAX_MARKS
      ? marks
      : [...marks].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]).slice(0, MAX_MARKS);
  const targets = new Map<string, Map<number, TargetCell>>();
  for (const mark of kept) {
    const sheetId = sheetIds.get(mark.sheet) as string;
    let cells = targets.get(sheetId);
    if (!cells) targets.set(sheetId, (cells = new Map()));
    cells.set(cellKey(mark.row - 1, mark.column - 1), { fill: mark.fill, note: mark.note });
  }
  return { targets, unmarked: marks.length - kept.length };
}
