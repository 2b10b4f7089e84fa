/** The add-in's notes in the workbook: recognising them by a hash of their text, and listing every note with its place. */
import { cellKey, parseAddress } from "./address";
import type { Batch, BatchOp } from "./batch";

/** FNV-1a of the text, with its length: what the record keeps of each note the add-in wrote. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, "0")}${text.length.toString(36)}`;
}

/** A note in the workbook, where it stands now. */
export interface KnownNote {
  readonly sheetId: string;
  readonly key: number;
  readonly content: string;
}

/** The sheet name of an address Excel returned ("'My plan'!C5" → "My plan"). */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? address.slice(0, bang) : "";
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

const NOTES_PER_OP = 200;

/** Read ops that list every note of the workbook (`count` from NoteCollection.getCount) with its place and text. */
export function noteListOps(count: number, sheetIds: ReadonlyMap<string, string>, into: KnownNote[]): BatchOp[] {
  const ops: BatchOp[] = [];
  for (let first = 0; first < count; first += NOTES_PER_OP) {
    const last = Math.min(count, first + NOTES_PER_OP);
    ops.push({
      request: (last - first) * 250,
      response: (last - first) * 450,
      queue: (batch: Batch) => {
        const pending: { note: Excel.Note; where: Excel.Range }[] = [];
        for (let i = first; i < last; i++) {
          const note = batch.context.workbook.notes.getItemAt(i);
          note.load("content");
          const where = note.getLocation();
          where.load("address");
          pending.push({ note, where });
        }
        return () => {
          for (const { note, where } of pending) {
            const sheetId = sheetIds.get(sheetOfAddress(where.address));
            if (sheetId === undefined) continue;
            const rect = parseAddress(where.address);
            into.push({ sheetId, key: cellKey(rect.row, rect.column), content: note.content });
          }
        };
      },
    });
  }
  return ops;
}
