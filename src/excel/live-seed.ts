/** What an audit leaves in the session for checks as you type (live-plan.ts builds its state from it when they start). */
import type { AuditReport, SheetGrid } from "../audit";
import type { Rect } from "./address";
import type { MarkRecord } from "./mark-record";
import type { KnownNote } from "./notes";
import type { TargetCell } from "./plan-writes";

export interface LiveSeed {
  readonly grids: readonly SheetGrid[];
  readonly date1904: boolean;
  readonly report: AuditReport;
  /** Sheet name → id, for the sheets audited. */
  readonly sheetIds: ReadonlyMap<string, string>;
  /** Sheet name → merged areas (zero-based). */
  readonly merges: ReadonlyMap<string, readonly Rect[]>;
  /** The marks the audit wrote. */
  readonly targets: ReadonlyMap<string, ReadonlyMap<number, TargetCell>>;
  /** The record before the audit (its note hashes tell the add-in's old notes) and after. */
  readonly recordBefore: MarkRecord;
  readonly recordText: string;
  readonly chunks: number;
  /** Every note before the audit wrote (undefined: notes not supported), and the count after. */
  readonly notes: readonly KnownNote[] | undefined;
  readonly noteCount: number | undefined;
}
