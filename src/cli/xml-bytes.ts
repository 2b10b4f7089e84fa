/**
 * Byte-level pieces shared by the pre-flight's scan (xml-scan.ts) and the reader's tokenizer (xml-stream.ts): the
 * bytes XML's syntax turns on, the end of a tag, a tag's name and an attribute's value, all on the raw bytes of a part.
 */

export const LT = 60;
export const GT = 62;
export const SLASH = 47;
export const QUOTE = 34;
export const APOSTROPHE = 39;
const EQUALS = 61;

export const isSpace = (byte: number) => byte === 32 || byte === 9 || byte === 10 || byte === 13;

/** The `>` that ends the tag opened at `from`, skipping quoted attribute values; -1 when the chunk ends first. */
export function tagEnd(bytes: Buffer, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < bytes.length; i++) {
    const byte = bytes[i];
    if (quote !== 0) {
      if (byte === quote) quote = 0;
    } else if (byte === QUOTE || byte === APOSTROPHE) quote = byte;
    else if (byte === GT) return i;
  }
  return -1;
}

/** bytes[from, to) is the ASCII `name`. */
export function nameIs(bytes: Buffer, from: number, to: number, name: string): boolean {
  if (to - from !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (bytes[from + k] !== name.charCodeAt(k)) return false;
  return true;
}

/**
 * The raw value of attribute `key` (ASCII, e.g. "r" or "r:id") inside the tag bytes[from, to), as [start, end);
 * spaces around "=" are allowed, as XML allows them.
 */
export function attributeRange(bytes: Buffer, from: number, to: number, key: string): [number, number] | undefined {
  const length = key.length;
  for (let i = from + 1; i + length + 2 < to; i++) {
    if (!isSpace(bytes[i - 1])) continue;
    let k = 0;
    while (k < length && bytes[i + k] === key.charCodeAt(k)) k++;
    if (k < length) continue;
    let j = i + k;
    while (j < to && isSpace(bytes[j])) j++;
    if (bytes[j] !== EQUALS) continue;
    j++;
    while (j < to && isSpace(bytes[j])) j++;
    const quote = bytes[j];
    if (quote !== QUOTE && quote !== APOSTROPHE) continue;
    const end = bytes.indexOf(quote, j + 1);
    return end < 0 || end > to ? undefined : [j + 1, end];
  }
  return undefined;
}
