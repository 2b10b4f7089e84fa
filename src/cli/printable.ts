/**
 * Text from a workbook (sheet names, cell values in messages, headers) or from the command line, made safe to print on
 * a terminal: C0 controls, DEL and C1 controls become visible escapes (`\x1b`, `\x9b`; line feed, carriage return and
 * tab as `\n`, `\r`, `\t`), so a participant's name cannot clear the screen, retitle the window or ring the bell.
 * Excel's `_x001B_` escape reaches here already decoded by exceljs, so it is caught too.
 */

const NAMED: Readonly<Record<number, string>> = { 0x09: "\\t", 0x0a: "\\n", 0x0d: "\\r" };

/** C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F): what a terminal may act on instead of showing. */
export function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function escape(code: number): string {
  return NAMED[code] ?? `\\x${code.toString(16).padStart(2, "0")}`;
}

/** `text` with every control character shown as an escape; the same string when it has none (the usual case). */
export function printable(text: string): string {
  let i = 0;
  while (i < text.length && !isControl(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += isControl(code) ? escape(code) : text[i];
  }
  return out;
}

/** C1 controls and DEL, which JSON.stringify leaves raw (it escapes only C0). */
const RAW_IN_JSON = /[\u007f-\u009f]/g;

/**
 * JSON text with DEL and C1 controls written as `\u009b`: still the same JSON (they can only stand inside strings),
 * and a terminal showing it cannot take U+009B for the start of a control sequence.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
