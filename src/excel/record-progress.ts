/** The mark record as it stands once the planned write ops done so far have succeeded: what each sync writes. Pure. */
import type { Prior } from "./fills";
import type { MarkRecord, MarkedCell, SheetMarks } from "./mark-record";
import { textHash } from "./notes";
import type { WriteOp, WritePlan } from "./plan-writes";

export class RecordProgress {
  private readonly pending = new Map<string, Map<number, MarkedCell>>();
  private readonly marked = new Map<string, Map<number, MarkedCell>>();
  private readonly hashes = new Map<string, Set<string>>();
  /** Per sheet, the add-in's old notes not yet deleted. */
  private readonly notesLeft = new Map<string, number>();

  constructor(
    private readonly old: MarkRecord,
    private readonly plan: WritePlan,
    private readonly sheetNames: ReadonlyMap<string, string>,
  ) {
    for (const [sheetId, cells] of plan.pending) this.pending.set(sheetId, new Map(cells));
    for (const op of plan.ops) if (op.kind === "delete-note") this.notesLeft.set(op.sheetId, (this.notesLeft.get(op.sheetId) ?? 0) + 1);
  }

  /** Takes in an op as done; a marked cell whose own fill is still being loaded is recorded as "no fill" for now. */
  apply(op: WriteOp): void {
    if (op.kind === "restore") {
      for (const key of op.cells) this.pending.get(op.sheetId)?.delete(key);
    } else if (op.kind === "delete-note") {
      this.notesLeft.set(op.sheetId, (this.notesLeft.get(op.sheetId) ?? 1) - 1);
    } else {
      const marked = this.sheet(this.marked, op.sheetId);
      for (const { key, fill, prior } of op.cells) {
        this.pending.get(op.sheetId)?.delete(key);
        marked.set(key, { fill, prior: prior ?? marked.get(key)?.prior ?? null });
      }
      let hashes = this.hashes.get(op.sheetId);
      if (!hashes) this.hashes.set(op.sheetId, (hashes = new Set()));
      for (const note of op.notes) hashes.add(textHash(note.text));
    }
  }

  /** The own fill a load found under a newly marked cell. */
  verified(sheetId: string, key: number, prior: Prior): void {
    const cell = this.marked.get(sheetId)?.get(key);
    if (cell) this.marked.get(sheetId)?.set(key, { fill: cell.fill, prior });
  }

  record(): MarkRecord {
    const result: MarkRecord = new Map();
    const entry = (sheetId: string): SheetMarks => {
      let sheet = result.get(sheetId);
      if (!sheet) {
        const name = this.sheetNames.get(sheetId) ?? this.old.get(sheetId)?.name ?? sheetId;
        // Prints of rows still marked from the old record (a source at serialisation time overrides them).
        const prints = this.old.get(sheetId)?.prints;
        result.set(sheetId, (sheet = { name, cells: new Map(), notes: new Set(), ...(prints ? { prints } : {}) }));
      }
      return sheet;
    };
    for (const cells of [this.pending, this.marked]) {
      for (const [sheetId, marks] of cells) for (const [key, cell] of marks) entry(sheetId).cells.set(key, cell);
    }
    for (const [sheetId, sheet] of this.old) {
      // Old note hashes stay while our notes may still stand: notes unknown, or deletions not yet done.
      const standing = !this.plan.notesKnown || (this.notesLeft.get(sheetId) ?? 0) > 0;
      if (sheet.notes.size > 0 && standing) for (const hash of sheet.notes) entry(sheetId).notes.add(hash);
    }
    for (const [sheetId, hashes] of this.hashes) for (const hash of hashes) entry(sheetId).notes.add(hash);
    return result;
  }

  private sheet(map: Map<string, Map<number, MarkedCell>>, sheetId: string): Map<number, MarkedCell> {
    let cells = map.get(sheetId);
    if (!cells) map.set(sheetId, (cells = new Map()));
    return cells;
  }
}
