/** The mark record's text in workbook settings keys "mobilityAudit.marks.0".."7", each "i/n:" + part of the text. */
import * as z from "zod/mini";

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

const CHUNK = z.pipe(
  z.string().check(z.regex(/^\d{1,2}\/\d{1,2}:/)),
  z.transform((value) => {
    const colon = value.indexOf(":");
    const [index, count] = value.slice(0, colon).split("/").map(Number);
    return { index, count, part: value.slice(colon + 1) };
  }),
);
/** What the chunk keys hold: a chunk, or null where a key is absent. */
const CHUNK_VALUES = z.array(z.nullable(CHUNK));

/** The record text from the chunk settings read; undefined when they are not whole chunks of one text. */
export function joinRecord(values: readonly unknown[]): string | undefined {
  const parsed = CHUNK_VALUES.safeParse(values);
  if (!parsed.success) return undefined;
  const chunks = parsed.data.filter((c) => c !== null);
  if (chunks.length === 0) return "";
  const count = chunks[0].count;
  const pieces: string[] = [];
  for (const { index, count: n, part } of chunks) {
    if (n !== count || index >= count) return undefined;
    pieces[index] = part;
  }
  // Every index once (a hole in the array would join as "").
  if (chunks.length !== count || new Set(chunks.map((c) => c.index)).size !== count) return undefined;
  return pieces.join("");
}
