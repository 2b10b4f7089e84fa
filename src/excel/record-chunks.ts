/** The mark record's text in workbook settings keys "mobilityAudit.marks.0".."7", each "i/n:" + part of the text (read back by read-record.ts). */

export const MARKS_KEY = "mobilityAudit.marks";
export const MARK_CHUNKS = 8;
export const MARK_CHUNK_CHARS = 250_000;

export function markKey(index: number): string {
  return `${MARKS_KEY}.${index}`;
}

/** The record text in settings chunks. Throws when it needs more keys than MARK_CHUNKS. */
export function splitRecord(text: string): string[] {
  if (text === "") return [];
  const count = Math.ceil(text.length / MARK_CHUNK_CHARS);
  if (count > MARK_CHUNKS) throw new Error("The marks record is too large for the workbook's settings");
  return Array.from({ length: count }, (_, i) => `${i}/${count}:${text.slice(i * MARK_CHUNK_CHARS, (i + 1) * MARK_CHUNK_CHARS)}`);
}
