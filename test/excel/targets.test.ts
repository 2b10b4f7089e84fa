/** Which cells an audit marks: every issue's cell, by sheet id, at most 50,000 with the errors kept first. */
import type { AuditIssue, AuditReport } from "../../src/audit";
import { cellKey } from "../../src/excel/address";
import { MAX_MARKS, markTargets } from "../../src/excel/targets";

const issue = (cell: string, severity: AuditIssue["severity"], sheet = "Plan"): AuditIssue => ({
  sheet,
  cell,
  row: Number(cell.slice(1)),
  field: "start",
  rule: "date-missing",
  severity,
  message: `${severity} at ${cell}`,
});
const report = (issues: AuditIssue[]) => ({ issues, language: "en" }) as unknown as AuditReport;

describe("mark targets", () => {
  it("key each marked cell by sheet id and zero-based cell, with the fill and note of its worst issue", () => {
    const { targets, unmarked } = markTargets(
      report([issue("C5", "info"), issue("C5", "warning"), issue("D9", "error", "Gone")]),
      new Map([["Plan", "{id-1}"]]),
    );
    expect(unmarked).toBe(0);
    expect(targets).toEqual(
      new Map([["{id-1}", new Map([[cellKey(4, 2), { fill: "#FFEB9C", note: "Erasmus+ plan audit:\n• info at C5\n• warning at C5" }]])]]),
    );
  });

  it(`marks at most ${MAX_MARKS} cells, errors first, and counts the rest`, () => {
    const warnings = Array.from({ length: MAX_MARKS + 1 }, (_, i) => issue(`C${i + 1}`, "warning"));
    const { targets, unmarked } = markTargets(report([...warnings, issue("D1", "error")]), new Map([["Plan", "s"]]));
    const cells = targets.get("s") as Map<number, { fill: string }>;
    expect(MAX_MARKS).toBe(50_000);
    expect(cells.size).toBe(50_000);
    expect(unmarked).toBe(2);
    expect(cells.get(cellKey(0, 3))?.fill).toBe("#FFC7CE");
    // Of the warnings, the first 49,999 in report order.
    expect(cells.has(cellKey(49_998, 2))).toBe(true);
    expect(cells.has(cellKey(49_999, 2))).toBe(false);
  });
});
