/**
 * The small parts of a package as exceljs 4.4 reads them, for the streaming reader (stream-xlsx.ts): the workbook
 * (sheets, the 1904 date system), relationships, styles (which cell styles are dates, by exceljs's own date-format
 * test) and the shared strings (rich text runs joined, `_xHHHH_` escapes decoded). Each is an XmlHandler fed chunk by
 * chunk; what would stop exceljs is CannotAuditError("corrupt").
 */
import { CannotAuditError } from "./errors";
import { nameIs } from "./xml-bytes";
import { attribute, damaged, decodeXml, type XmlHandler } from "./xml-stream";

/** A piece of text longer than this (a cell holds at most 32,767 characters) is none a workbook holds. */
const MAX_TEXT_BYTES = 16 << 20;

/** exceljs's built-in number formats that its date test (isDateFmt) takes for dates: ids 14–22 and 45–47. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** exceljs's utils.isDateFmt: a date letter outside [brackets] and "quotes". */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** exceljs's utils.xmlDecode, applied to sheet names and `t="str"` values after the parser's own decoding. */
export function xmlDecodeAgain(text: string): string {
  if (text.indexOf("&") < 0) return text;
  const named: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' };
  return text.replace(/&([a-z]*);/g, (entity) => named[entity] ?? entity);
}

/** The `_xHHHH_` escapes exceljs decodes in a shared string's text and in rich text runs. */
export function decodeEscapes(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** JavaScript's parseInt of an attribute's text, as exceljs reads numbers from attributes. */
export const intOf = (text: string | undefined) => (text === undefined ? Number.NaN : parseInt(text, 10));

/** Text gathered over one element, which may come in several pieces (across chunks, or around a comment or CDATA). */
export class TextBuffer {
  private bytes: Buffer | undefined;
  private from = 0;
  private to = 0;
  private pieces: Buffer[] | undefined;
  private length = 0;

  add(bytes: Buffer, from: number, to: number): void {
    this.length += to - from;
    if (this.length > MAX_TEXT_BYTES) throw new CannotAuditError("too-large-in-memory");
    if (this.bytes === undefined) {
      this.bytes = bytes;
      this.from = from;
      this.to = to;
      return;
    }
    if (!this.pieces) this.pieces = [this.bytes.subarray(this.from, this.to)];
    // A copy: the chunk may be reused once the tokenizer moves on.
    this.pieces.push(Buffer.from(bytes.subarray(from, to)));
  }

  get empty(): boolean {
    return this.length === 0;
  }

  /** The decoded text, or undefined when none came; and the buffer emptied. */
  take(): string | undefined {
    if (this.bytes === undefined) return undefined;
    const text = this.pieces ? decodeXml(Buffer.concat(this.pieces), 0, this.length) : decodeXml(this.bytes, this.from, this.to);
    this.clear();
    return text;
  }

  /** A value written as plain digits (a shared string's index, a whole number), or -1. Nothing allocated. */
  digits(): number {
    if (this.pieces || this.bytes === undefined || this.to - this.from > 15) return -1;
    let value = 0;
    for (let i = this.from; i < this.to; i++) {
      const byte = this.bytes[i];
      if (byte < 48 || byte > 57) return -1;
      value = value * 10 + (byte - 48);
    }
    return this.to > this.from ? value : -1;
  }

  clear(): void {
    this.bytes = undefined;
    this.pieces = undefined;
    this.length = 0;
  }
}

export interface WorkbookFacts {
  readonly sheets: { readonly name: string | undefined; readonly id: number; readonly rId: string | undefined }[];
  date1904: boolean;
}

export class WorkbookHandler implements XmlHandler {
  readonly facts: WorkbookFacts = { sheets: [], date1904: false };
  private depth = 0;
  private inSheets = false;

  open(bytes: Buffer, start: number, end: number, tagEnd: number): void {
    this.depth++;
    if (this.depth === 2 && nameIs(bytes, start, end, "sheets")) this.inSheets = true;
    else if (this.depth === 3 && this.inSheets && nameIs(bytes, start, end, "sheet")) {
      const name = attribute(bytes, end, tagEnd, "name");
      this.facts.sheets.push({
        name: name === undefined ? undefined : xmlDecodeAgain(name),
        id: intOf(attribute(bytes, end, tagEnd, "sheetId")),
        rId: attribute(bytes, end, tagEnd, "r:id"),
      });
    } else if (this.depth === 2 && nameIs(bytes, start, end, "workbookPr")) {
      this.facts.date1904 = attribute(bytes, end, tagEnd, "date1904") === "1";
    }
  }

  close(bytes: Buffer, start: number, end: number): void {
    if (this.depth === 2 && nameIs(bytes, start, end, "sheets")) this.inSheets = false;
    this.depth--;
  }

  text(): void {}
}

/** A relationships part: Id → Target (the last of a repeated Id, as exceljs keeps it). */
export class RelationshipsHandler implements XmlHandler {
  readonly targets = new Map<string, string | undefined>();

  open(bytes: Buffer, start: number, end: number, tagEnd: number): void {
    if (!nameIs(bytes, start, end, "Relationship")) return;
    const id = attribute(bytes, end, tagEnd, "Id");
    if (id !== undefined) this.targets.set(id, attribute(bytes, end, tagEnd, "Target"));
  }

  close(): void {}
  text(): void {}
}

/** styles.xml: which cell styles (cellXfs, by index) have a date format. */
export class StylesHandler implements XmlHandler {
  private readonly formats = new Map<number, string>();
  private readonly numFmtIds: number[] = [];
  private depth = 0;
  private list: "numFmts" | "cellXfs" | undefined;

  open(bytes: Buffer, start: number, end: number, tagEnd: number): void {
    this.depth++;
    if (this.depth === 2) {
      if (nameIs(bytes, start, end, "numFmts")) this.list = "numFmts";
      else if (nameIs(bytes, start, end, "cellXfs")) this.list = "cellXfs";
    } else if (this.depth === 3 && this.list === "numFmts" && nameIs(bytes, start, end, "numFmt")) {
      const code = attribute(bytes, end, tagEnd, "formatCode");
      // exceljs reads formatCode.replace(…): a numFmt without one stops it.
      if (code === undefined) throw damaged();
      this.formats.set(intOf(attribute(bytes, end, tagEnd, "numFmtId")), code.replace(/[\\](.)/g, "$1"));
    } else if (this.depth === 3 && this.list === "cellXfs" && nameIs(bytes, start, end, "xf")) {
      this.numFmtIds.push(intOf(attribute(bytes, end, tagEnd, "numFmtId")));
    }
  }

  close(): void {
    if (this.depth === 2) this.list = undefined;
    this.depth--;
  }

  text(): void {}

  /** Per style index, whether its numbers are dates; undefined when styles.xml lists no cell style. */
  dateStyles(): boolean[] | undefined {
    if (this.numFmtIds.length === 0) return undefined;
    return this.numFmtIds.map((id) => {
      if (!id) return false;
      const custom = this.formats.get(id);
      return custom ? isDateFormat(custom) : BUILT_IN_DATE_FORMATS.has(id);
    });
  }
}

/** A shared string as the grid holds it: text (runs joined) or null (an empty <si/>). */
export type SharedString = string | null;

export class SharedStringsHandler implements XmlHandler {
  readonly values: SharedString[] = [];
  private depth = 0;
  /** The <si> being read: undefined (nothing yet: {} to exceljs), its text, or its runs' texts. */
  private plain: string | undefined;
  private runs: string[] | undefined;
  private mode: "none" | "t" | "r" | "rPh" = "none";
  private inRunText = false;
  private inRunProperties = false;
  private runText: string | undefined;
  private readonly text_ = new TextBuffer();

  open(bytes: Buffer, start: number, end: number): void {
    this.depth++;
    if (this.depth === 1) {
      if (!nameIs(bytes, start, end, "sst")) throw damaged();
      return;
    }
    if (this.depth === 2) {
      if (!nameIs(bytes, start, end, "si")) throw damaged();
      this.plain = undefined;
      this.runs = undefined;
      this.mode = "none";
      return;
    }
    switch (this.mode) {
      case "none":
        if (nameIs(bytes, start, end, "t")) {
          this.mode = "t";
          this.text_.clear();
        } else if (nameIs(bytes, start, end, "r")) {
          this.mode = "r";
          this.runText = undefined;
          this.inRunText = false;
          this.inRunProperties = false;
        } else if (nameIs(bytes, start, end, "rPh")) this.mode = "rPh";
        break;
      case "r":
        if (this.inRunProperties) break;
        if (nameIs(bytes, start, end, "t")) {
          this.inRunText = true;
          this.text_.clear();
        } else if (nameIs(bytes, start, end, "rPr")) this.inRunProperties = true;
        break;
      default:
        break;
    }
  }

  text(bytes: Buffer, from: number, to: number): void {
    if (this.mode === "t" || (this.mode === "r" && this.inRunText)) this.text_.add(bytes, from, to);
  }

  close(bytes: Buffer, start: number, end: number): void {
    const depth = this.depth--;
    if (depth === 2) {
      this.values.push(this.runs ? this.runs.join("") : (this.plain ?? null));
      return;
    }
    if (depth < 2) return;
    switch (this.mode) {
      case "t":
        // exceljs's text reader ends at the first closing tag; only </t> gives the string its text.
        if (nameIs(bytes, start, end, "t")) this.plain = decodeEscapes(this.text_.take() ?? "");
        this.runs = undefined;
        this.mode = "none";
        break;
      case "r":
        if (nameIs(bytes, start, end, "rPr")) this.inRunProperties = false;
        else if (nameIs(bytes, start, end, "t") && this.inRunText) {
          this.runText = decodeEscapes(this.text_.take() ?? "");
          this.inRunText = false;
        } else if (nameIs(bytes, start, end, "r")) {
          // A run after plain text: exceljs cannot add runs to a string.
          if (this.plain !== undefined && this.runs === undefined) throw damaged();
          (this.runs ??= []).push(this.runText ?? "");
          this.mode = "none";
        }
        break;
      case "rPh":
        if (nameIs(bytes, start, end, "rPh")) this.mode = "none";
        break;
      default:
        break;
    }
  }
}
