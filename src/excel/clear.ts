/** "Clear": gives every cell the add-in marked its own fill back and removes the add-in's notes. */
import { Batch, PAYLOAD_LIMIT, runReadOps } from "./batch";
import { asAuditError, refuseProtected } from "./errors";
import { CLEAR_CHECK_BUDGET, CLEAR_RECORD, checkOps, readHead } from "./first-read";
import { notesSupported, requireBase } from "./host";
import { MERGES_API } from "./read-grid";
import { movedSheets, relocateMoved } from "./relocate-marks";
import { session } from "./session";
import { storedReaders } from "./stored-readers";
import type { ClearResult, ExcelHost } from "./types";
import { writeMarks } from "./write-marks";

export async function clearAuditMarks(host: ExcelHost): Promise<ClearResult> {
  requireBase(host);
  const notesOn = notesSupported(host);
  const stored = await storedReaders();
  return host.run(async (context) => {
    const batch = new Batch(context);
    try {
      const cache = session.get(host);
      const head = await readHead(batch, {
        activeSheet: false,
        notes: notesOn,
        cache,
        blind: true,
        plain: false,
        checkBudget: CLEAR_CHECK_BUDGET,
        merges: false,
        readers: stored,
        prints: true,
      });
      const { record } = head;
      if (record.size > 0) refuseProtected(head.sheets.filter((s) => record.has(s.id)));
      const checks = record.size > 0 ? checkOps(head, notesOn, true) : { ops: [], current: new Map(), notes: [], prints: new Map() };
      await runReadOps(batch, checks.ops);
      // Rows inserted or deleted while nothing followed them: the marks are found where their rows went.
      const moved = movedSheets(record, checks.prints).flatMap((id) => head.sheets.filter((s) => s.id === id));
      const marks =
        moved.length > 0 ? await relocateMoved(batch, record, moved, checks.current, host.isSetSupported("ExcelApi", MERGES_API)) : record;
      const written = await writeMarks(batch, {
        record: marks,
        current: checks.current,
        notes: checks.notes,
        targets: new Map(),
        sheetNames: new Map(head.sheets.map((s) => [s.id, s.name])),
        chunks: head.chunks,
        recordText: head.recordUnreadable ? CLEAR_RECORD : head.recordText,
      });
      session.set(host, {
        recordText: written.recordText,
        noteCount: head.noteCount === undefined ? undefined : head.noteCount - written.notesDeleted,
        headBytes: cache?.headBytes,
      });
      return {
        restored: written.restored,
        notesRemoved: written.notesDeleted,
        syncs: batch.syncs,
        ...(head.recordUnreadable ? { recordUnreadable: true } : {}),
      };
    } catch (error) {
      session.forget(host);
      throw asAuditError(error, PAYLOAD_LIMIT);
    }
  });
}
