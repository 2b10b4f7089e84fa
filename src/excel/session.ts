/**
 * What this pane last saw of the workbook: the mark record's text and the note count (written by its last audit or
 * clear, or read when the pane loaded its settings). When the workbook still holds exactly that, the first sync of
 * the next operation runs the checks (current fills at the recorded cells, every note with its place) blind.
 */
import { notesSupported } from "./host";
import type { LiveSeed } from "./live-seed";
import { MARK_CHUNKS, markKey } from "./record-chunks";
import type { StoredReaders } from "./stored-readers";
import type { ExcelHost } from "./types";

export interface SessionCache {
  readonly recordText: string;
  readonly noteCount: number | undefined;
  /** Bytes the last audit's blind read returned: what is left of the first sync's budget goes to the checks. */
  readonly headBytes?: number;
  /** What the last audit read and wrote, for checks as you type (gone after Clear or a failed operation). */
  readonly live?: LiveSeed;
}

const sessions = new WeakMap<ExcelHost, SessionCache>();

export const session = {
  get: (host: ExcelHost): SessionCache | undefined => sessions.get(host),
  set: (host: ExcelHost, cache: SessionCache): void => void sessions.set(host, cache),
  forget: (host: ExcelHost): void => void sessions.delete(host),
};

/** Queues the settings keys that hold the mark record. */
export function queueRecordChunks(context: Excel.RequestContext): () => unknown[] {
  const settings = Array.from({ length: MARK_CHUNKS }, (_, i) => {
    const setting = context.workbook.settings.getItemOrNullObject(markKey(i));
    setting.load("value");
    return setting;
  });
  return () => settings.map((setting) => (setting.isNullObject ? null : (setting.value as unknown)));
}

/**
 * Queues what the session cache needs (the record's chunks, the note count) into a sync the pane makes anyway when it
 * opens, so that its first audit or clear needs no read of its own for the checks.
 */
export function queueSessionProbe(host: ExcelHost, context: Excel.RequestContext, readers: StoredReaders): () => boolean {
  const chunks = queueRecordChunks(context);
  const notes = notesSupported(host) ? context.workbook.notes.getCount() : undefined;
  /** Whether the workbook holds marks for Clear to take away (an unreadable record counts: Clear removes it). */
  return () => {
    const recordText = readers.joinRecord(chunks());
    const record = recordText === undefined ? undefined : readers.parseRecord(recordText);
    if (recordText === undefined || record === undefined) session.forget(host);
    else session.set(host, { ...session.get(host), recordText, noteCount: notes?.value });
    return record === undefined || record.size > 0;
  };
}
