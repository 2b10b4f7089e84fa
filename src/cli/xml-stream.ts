/**
 * A streaming XML tokenizer over bytes, for the parts of a package as they are unpacked (stream-xlsx.ts): tags and
 * text go to a handler as byte ranges, chunk by chunk, so a sheet part of 500 MB is never one string. Element names
 * are matched as written (no namespaces), as exceljs's parser (saxes) matches them. Comments, processing
 * instructions and the DOCTYPE are skipped; CDATA is skipped too (exceljs listens to no CDATA event). It checks what
 * a damaged part shows: a tag cut short, a closing tag that does not match, an element left open, an unknown entity.
 */
import { CannotAuditError } from "./errors";
import { APOSTROPHE, GT, LT, QUOTE, SLASH, attributeRange, isSpace, tagEnd } from "./xml-bytes";

export interface XmlHandler {
  /** `<name …>` or `<name …/>`: the name is bytes[nameStart, nameEnd), its attributes run to bytes[tagEnd] (">"). */
  open(bytes: Buffer, nameStart: number, nameEnd: number, tagEnd: number, selfClosing: boolean): void;
  close(bytes: Buffer, nameStart: number, nameEnd: number): void;
  /** Raw text between tags (entities not decoded), possibly in several pieces. */
  text(bytes: Buffer, from: number, to: number): void;
}

const BANG = 33;
const QUESTION = 63;
const AMPERSAND = 38;
const CR = 13;
/** A tag (or comment) longer than this is no part of a workbook a person made: damaged. */
const MAX_TAG_BYTES = 1 << 20;
/** Text without a tag for this long is handed on in pieces rather than carried whole. */
const MAX_CARRY_TEXT = 1 << 20;
/** Elements nested deeper than this: damaged (a workbook nests a dozen levels at most). */
const MAX_DEPTH = 256;

const COMMENT = Buffer.from("<!--");
const COMMENT_END = Buffer.from("-->");
const CDATA = Buffer.from("<![CDATA[");
const CDATA_END = Buffer.from("]]>");
const PI_END = Buffer.from("?>");

/** The damage a tokenizer or a part's reader finds: the workbook's content cannot be read. */
export const damaged = () => new CannotAuditError("corrupt");

/** Whether bytes[at…] begins with `prefix`; undefined when the chunk ends before it can tell. */
function startsWith(bytes: Buffer, at: number, prefix: Buffer): boolean | undefined {
  const available = Math.min(prefix.length, bytes.length - at);
  for (let k = 0; k < available; k++) if (bytes[at + k] !== prefix[k]) return false;
  return available < prefix.length ? undefined : true;
}

/** The end of a DOCTYPE, whose internal subset in [ ] may hold ">" of its own; -1 when the chunk ends first. */
function doctypeEnd(bytes: Buffer, from: number): number {
  let quote = 0;
  let bracket = 0;
  for (let i = from + 2; i < bytes.length; i++) {
    const byte = bytes[i];
    if (quote !== 0) {
      if (byte === quote) quote = 0;
    } else if (byte === QUOTE || byte === APOSTROPHE) quote = byte;
    else if (byte === 91) bracket++;
    else if (byte === 93) bracket--;
    else if (byte === GT && bracket <= 0) return i;
  }
  return -1;
}

export class XmlTokenizer {
  private carry: Buffer | undefined;
  /** Hashes of the open elements' names, to check each closing tag. */
  private readonly stack = new Int32Array(MAX_DEPTH);
  private depth = 0;
  private rootSeen = false;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: Buffer): void {
    const bytes = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = undefined;
    let at = 0;
    const length = bytes.length;
    for (;;) {
      const open = bytes.indexOf(LT, at);
      if (open < 0) {
        if (at < length) this.textTail(bytes, at);
        return;
      }
      if (open > at) this.handler.text(bytes, at, open);
      if (open + 1 >= length) return this.keep(bytes, open);
      const next = bytes[open + 1];
      let end: number;
      if (next === BANG) {
        end = this.special(bytes, open);
        if (end === -2) return this.keep(bytes, open);
      } else if (next === QUESTION) {
        const close = bytes.indexOf(PI_END, open + 2);
        if (close < 0) return this.keep(bytes, open);
        end = close + 1;
      } else {
        end = tagEnd(bytes, open);
        if (end < 0) return this.keep(bytes, open);
        this.tag(bytes, open, end);
      }
      at = end + 1;
    }
  }

  /** The part has ended: anything left open or cut short is damage. */
  end(): void {
    if (this.carry !== undefined && this.carry.some((byte) => !isSpace(byte))) throw damaged();
    if (this.depth !== 0 || !this.rootSeen) throw damaged();
  }

  /** Text running to the chunk's end: carried into the next chunk, or handed on when long (cut between characters). */
  private textTail(bytes: Buffer, at: number): void {
    if (bytes.length - at <= MAX_CARRY_TEXT) {
      this.carry = Buffer.from(bytes.subarray(at));
      return;
    }
    let cut = bytes.length;
    // Not inside a UTF-8 character, nor inside an entity reference.
    while (cut > at && (bytes[cut - 1] & 0xc0) === 0x80) cut--;
    if (cut > at && bytes[cut - 1] >= 0xc0) cut--;
    const amp = bytes.lastIndexOf(AMPERSAND, cut - 1);
    if (amp >= at && cut - amp < 12 && bytes.indexOf(59, amp) < 0) cut = amp;
    this.handler.text(bytes, at, cut);
    this.carry = Buffer.from(bytes.subarray(cut));
  }

  private keep(bytes: Buffer, open: number): void {
    if (bytes.length - open > MAX_TAG_BYTES) throw damaged();
    this.carry = Buffer.from(bytes.subarray(open));
  }

  /** `<!--…-->`, `<![CDATA[…]]>` or `<!DOCTYPE …>`: the index of its last byte, -2 when the chunk ends first. */
  private special(bytes: Buffer, open: number): number {
    const comment = startsWith(bytes, open, COMMENT);
    if (comment === undefined) return -2;
    if (comment) {
      const close = bytes.indexOf(COMMENT_END, open + 4);
      return close < 0 ? -2 : close + 2;
    }
    const cdata = startsWith(bytes, open, CDATA);
    if (cdata === undefined) return -2;
    if (cdata) {
      if (this.depth === 0) throw damaged();
      const close = bytes.indexOf(CDATA_END, open + 9);
      return close < 0 ? -2 : close + 2;
    }
    if (this.rootSeen) throw damaged();
    const close = doctypeEnd(bytes, open);
    return close < 0 ? -2 : close;
  }

  private tag(bytes: Buffer, open: number, close: number): void {
    let start = open + 1;
    const closing = bytes[start] === SLASH;
    if (closing) start++;
    let end = start;
    let hash = 0;
    while (end < close) {
      const byte = bytes[end];
      if (isSpace(byte) || byte === SLASH) break;
      hash = (Math.imul(hash, 31) + byte) | 0;
      end++;
    }
    if (end === start) throw damaged();
    if (closing) {
      if (this.depth === 0 || this.stack[--this.depth] !== hash) throw damaged();
      this.handler.close(bytes, start, end);
      return;
    }
    if (this.depth === 0 && this.rootSeen) throw damaged();
    this.rootSeen = true;
    const selfClosing = bytes[close - 1] === SLASH;
    if (!selfClosing) {
      if (this.depth === MAX_DEPTH) throw damaged();
      this.stack[this.depth++] = hash;
    }
    this.handler.open(bytes, start, end, close, selfClosing);
    if (selfClosing) this.handler.close(bytes, start, end);
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text or an attribute value as saxes gives it: entities and character references decoded, line ends as "\n". */
export function decodeXml(bytes: Buffer, from: number, to: number): string {
  const raw = bytes.toString("utf8", from, to);
  let hasAmp = false;
  let hasCr = false;
  for (let i = from; i < to; i++) {
    const byte = bytes[i];
    if (byte === AMPERSAND) hasAmp = true;
    else if (byte === CR) hasCr = true;
  }
  let text = hasCr ? raw.replace(/\r\n?/g, "\n") : raw;
  if (hasAmp) {
    text = text.replace(/&([^;&]*);|&/g, (entity, body?: string) => {
      if (body === undefined) throw damaged();
      if (body.startsWith("#")) {
        const code = body[1] === "x" ? parseInt(body.slice(2), 16) : Number(body.slice(1));
        if (!/^#(x[0-9a-fA-F]+|[0-9]+)$/.test(body) || !(code <= 0x10ffff)) throw damaged();
        return String.fromCodePoint(code);
      }
      const named = ENTITIES[body];
      if (named === undefined) throw damaged();
      return named;
    });
  }
  return text;
}

/** An attribute's decoded value, or undefined when the tag has none. */
export function attribute(bytes: Buffer, from: number, to: number, key: string): string | undefined {
  const range = attributeRange(bytes, from, to, key);
  return range ? decodeXml(bytes, range[0], range[1]) : undefined;
}
