/**
 * A cheap scan of a part's XML bytes, chunk by chunk as they are unpacked, for the few tags whose numbers make exceljs
 * build cells: rows, cells and columns (their numbers), the dimension, merged areas, data validations (a sheet) and
 * defined names (the workbook). No string per tag, no XML parser: the pre-flight must cost little on a big plan.
 * Only unprefixed tags count: exceljs matches tag names as written, so it skips a prefixed "x:row" too.
 */
import { EXCEL_COLUMNS, EXCEL_ROWS, parseArea, withinExcel } from "./ranges";
import { GT, LT, SLASH, attributeRange as attribute, isSpace, nameIs, tagEnd } from "./xml-bytes";

/** The first number or range beyond Excel's limits. */
export interface BeyondExcel {
  readonly kind: "row" | "cell" | "column" | "range";
  readonly ref: string;
}

export interface PartFacts {
  /** The last row and column holding a cell (`<c>`), 0 when none. */
  lastRow: number;
  lastColumn: number;
  /** How many cells (`<c>`) the part writes. */
  cells: number;
  beyondExcel?: BeyondExcel;
  readonly merges: string[];
  readonly validations: string[];
  /** Each `<definedName>`'s text (its formula), as written (entities not decoded). */
  readonly definedNames: string[];
  /** A defined name's text ran past what the scan keeps: only the full text can say how many cells it spans. */
  longName: boolean;
  /** The workbook's `<sheet name r:id>` and the relationships' `<Relationship Id Target>`: sheet names for messages. */
  readonly sheets: { readonly name: string; readonly id: string }[];
  readonly relationships: { readonly id: string; readonly target: string }[];
}

/** A tag longer than this is not one the scan wants (cells and ranges are short); it is skipped, not buffered. */
const MAX_TAG_BYTES = 1 << 20;
/** Excel caps a formula at 8,192 characters; a defined name's text past this is kept cut (and counts as huge). */
const MAX_NAME_TEXT = 1 << 16;

/** Digits as a number (Infinity past 15 digits), -1 when the bytes are not all digits or there are none. */
function digits(bytes: Buffer, from: number, to: number): number {
  if (from >= to) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const byte = bytes[i];
    if (byte < 48 || byte > 57) return -1;
    value = i - from >= 15 ? Infinity : value * 10 + (byte - 48);
  }
  return value;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** An attribute's value as text, with XML's five named entities and character references decoded. */
export function xmlText(bytes: Buffer, [from, to]: [number, number]): string {
  return bytes
    .toString("utf8", from, to)
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (entity, hex?: string, decimal?: string, name?: string) => {
      const code = hex ? parseInt(hex, 16) : decimal ? Number(decimal) : undefined;
      if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      return ENTITIES[name as string] ?? entity;
    });
}

export class XmlScan {
  readonly facts: PartFacts = {
    lastRow: 0,
    lastColumn: 0,
    cells: 0,
    merges: [],
    validations: [],
    definedNames: [],
    longName: false,
    sheets: [],
    relationships: [],
  };
  private carry: Buffer | undefined;
  private row = 0;
  private column = 0;
  /** Inside a `<definedName>`: its text so far. */
  private nameText: Buffer[] | undefined;
  private nameLength = 0;

  write(chunk: Buffer): void {
    const bytes = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = undefined;
    let at = 0;
    for (;;) {
      const open = bytes.indexOf(LT, at);
      if (this.nameText) this.text(bytes, at, open < 0 ? bytes.length : open);
      if (open < 0) return;
      const close = tagEnd(bytes, open);
      if (close < 0) {
        // The tag goes on in the next chunk (unless it is absurdly long: then it is none the scan wants).
        if (bytes.length - open <= MAX_TAG_BYTES) this.carry = Buffer.from(bytes.subarray(open));
        return;
      }
      this.tag(bytes, open, close);
      at = close + 1;
    }
  }

  private text(bytes: Buffer, from: number, to: number): void {
    if (from >= to || !this.nameText) return;
    if (this.nameLength + to - from > MAX_NAME_TEXT) {
      this.facts.longName = true;
      return;
    }
    this.nameText.push(Buffer.from(bytes.subarray(from, to)));
    this.nameLength += to - from;
  }

  private beyond(kind: BeyondExcel["kind"], bytes: Buffer, from: number, to: number): void {
    this.facts.beyondExcel ??= { kind, ref: bytes.toString("latin1", from, Math.min(to, from + 40)) };
  }

  /** The tag bytes[open..close] ("<" to ">"). */
  private tag(bytes: Buffer, open: number, close: number): void {
    let start = open + 1;
    const closing = bytes[start] === SLASH;
    if (closing) start++;
    let end = start;
    while (end < close && !isSpace(bytes[end]) && bytes[end] !== SLASH && bytes[end] !== GT) end++;
    const length = end - start;
    if (closing) {
      if (this.nameText && nameIs(bytes, start, start + length, "definedName")) {
        this.facts.definedNames.push(Buffer.concat(this.nameText).toString("utf8"));
        this.nameText = undefined;
      }
      return;
    }
    if (length === 1 && bytes[start] === 99 /* c */) this.cell(bytes, end, close);
    else if (nameIs(bytes, start, start + length, "row")) this.rowTag(bytes, end, close);
    else if (nameIs(bytes, start, start + length, "col")) this.columnTag(bytes, end, close);
    else if (nameIs(bytes, start, start + length, "dimension")) this.range(bytes, end, close, "ref", undefined);
    else if (nameIs(bytes, start, start + length, "mergeCell")) this.range(bytes, end, close, "ref", this.facts.merges);
    else if (nameIs(bytes, start, start + length, "dataValidation")) {
      const value = attribute(bytes, end, close, "sqref");
      if (value) this.facts.validations.push(bytes.toString("latin1", value[0], value[1]));
    } else if (nameIs(bytes, start, start + length, "definedName") && bytes[close - 1] !== SLASH) {
      this.nameText = [];
      this.nameLength = 0;
    } else if (nameIs(bytes, start, start + length, "sheet")) {
      const name = attribute(bytes, end, close, "name");
      const id = attribute(bytes, end, close, "r:id");
      if (name && id) this.facts.sheets.push({ name: xmlText(bytes, name), id: xmlText(bytes, id) });
    } else if (nameIs(bytes, start, start + length, "Relationship")) {
      const id = attribute(bytes, end, close, "Id");
      const target = attribute(bytes, end, close, "Target");
      if (id && target) this.facts.relationships.push({ id: xmlText(bytes, id), target: xmlText(bytes, target) });
    }
  }

  private rowTag(bytes: Buffer, from: number, to: number): void {
    const value = attribute(bytes, from, to, "r");
    const number = value ? digits(bytes, value[0], value[1]) : this.row + 1;
    if (number === 0 || number > EXCEL_ROWS) {
      if (value) this.beyond("row", bytes, value[0], value[1]);
      else this.facts.beyondExcel ??= { kind: "row", ref: String(number) };
    }
    if (number > 0) this.row = number;
    this.column = 0;
  }

  private cell(bytes: Buffer, from: number, to: number): void {
    const value = attribute(bytes, from, to, "r");
    let row = this.row;
    let column = this.column + 1;
    if (value) {
      let i = value[0];
      let letters = 0;
      while (i < value[1] && bytes[i] >= 65 && bytes[i] <= 90) letters = letters * 26 + (bytes[i++] - 64);
      const number = digits(bytes, i, value[1]);
      if (letters > 0 && number >= 0) {
        column = letters;
        row = number;
        if (column > EXCEL_COLUMNS || row === 0 || row > EXCEL_ROWS) this.beyond("cell", bytes, value[0], value[1]);
      }
    }
    this.column = column;
    this.facts.cells++;
    if (row > this.facts.lastRow) this.facts.lastRow = row;
    if (column > this.facts.lastColumn) this.facts.lastColumn = column;
  }

  private columnTag(bytes: Buffer, from: number, to: number): void {
    for (const key of ["min", "max"]) {
      const value = attribute(bytes, from, to, key);
      if (!value) continue;
      const number = digits(bytes, value[0], value[1]);
      if (number === 0 || number > EXCEL_COLUMNS) this.beyond("column", bytes, value[0], value[1]);
    }
  }

  private range(bytes: Buffer, from: number, to: number, key: string, into: string[] | undefined): void {
    const value = attribute(bytes, from, to, key);
    if (!value) return;
    const text = bytes.toString("latin1", value[0], value[1]);
    const area = parseArea(text);
    if (area && !withinExcel(area)) this.beyond("range", bytes, value[0], value[1]);
    into?.push(text);
  }
}
