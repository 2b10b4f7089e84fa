/**
 * The streaming reader: an .xlsx package → the audit's WorkbookGrid, each part inflated and tokenized as a stream
 * (xml-stream.ts), without exceljs's workbook model, so a full-height sheet (1,048,575 rows) fits in bounded memory.
 * The grid is the one read-xlsx.ts makes through exceljs for the same file (test/cli/stream-xlsx.test.ts checks it),
 * so each rule below is exceljs 4.4's own, as its xforms read a package:
 * - sheets: the parts named like xl/worksheets/sheetN.xml that workbook.xml's <sheet>s reach through its
 *   relationships, named and ordered as the workbook says (a name is entity-decoded twice and cut at 31 characters);
 * - a cell's value: shared strings (rich text runs joined, `_xHHHH_` escapes decoded), inline strings, numbers,
 *   booleans (any number but 0 is true), errors, `t="str"`; a formula gives its cached result, none is
 *   FORMULA_WITHOUT_RESULT; a number (or a formula's number) whose style's format is a date format is a date
 *   (the 1904 system when workbook.xml says date1904="1"); a hyperlink cell gives its text, or nothing if no text;
 * - a row's length is its last cell that has a value or a style; an empty cell without a style is no cell;
 * - merged areas (as the pre-flight clipped them, never expanded past the sheet's last row): the cells below the top
 *   cell in its column repeat its value, the others are empty.
 * Ranges are never expanded beyond what the pre-flight allows; what exceljs would crash on is CannotAuditError("corrupt").
 */
import { type CellValue, type SheetGrid, type WorkbookGrid } from "../audit";
import { FORMULA_WITHOUT_RESULT } from "../rules";
import { CannotAuditError } from "./errors";
import { unpack, type Inspection } from "./preflight";
import { cellDateAt, readFailure } from "./read-xlsx";
import { attribute, attributeRange, damaged, decodeXml, nameIs, XmlTokenizer, type XmlHandler } from "./xml-stream";
import type { ZipEntry } from "./zip-directory";

const EMPTY_ROW: readonly CellValue[] = [];
const NO_RESULT: CellValue = { error: FORMULA_WITHOUT_RESULT };
/**
 * The cells the grid may hold, all sheets together, gaps included: a full-height plan of 30 columns. A file whose rows
 * reach further (a value at column XFD on every row) is refused rather than filling memory with empty cells.
 */
export const MAX_GRID_CELLS = 32_000_000;
/** A piece of text longer than this (a cell holds at most 32,767 characters) is none a workbook holds. */
const MAX_TEXT_BYTES = 16 << 20;

/** The parts exceljs reads, matched as it matches them (the sheet patterns unanchored, as exceljs's are). */
const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const SHEET_RELS_PART = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;
const WORKBOOK_PART = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const STYLES_PART = "xl/styles.xml";
const SHARED_STRINGS_PART = "xl/sharedStrings.xml";

/** exceljs's built-in number formats that its date test (isDateFmt) takes for dates: ids 14–22 and 45–47. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** exceljs's utils.isDateFmt: a date letter outside [brackets] and "quotes". */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** exceljs's utils.xmlDecode, applied to sheet names and `t="str"` values after the parser's own decoding. */
function xmlDecodeAgain(text: string): string {
  if (text.indexOf("&") < 0) return text;
  const named: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' };
  return text.replace(/&([a-z]*);/g, (entity) => named[entity] ?? entity);
}

/** The `_xHHHH_` escapes exceljs decodes in a shared string's text and in rich text runs. */
function decodeEscapes(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** JavaScript's parseInt of an attribute's text, as exceljs reads numbers from attributes. */
const intOf = (text: string | undefined) => (text === undefined ? Number.NaN : parseInt(text, 10));

/** Text gathered over one element, which may come in several pieces (across chunks, or around a comment or CDATA). */
class TextBuffer {
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

/** Unpacks `entry` through a tokenizer feeding `handler`; the tokenizer's damage checks included. */
async function readPart(bytes: Buffer, entry: ZipEntry, handler: XmlHandler): Promise<void> {
  const tokenizer = new XmlTokenizer(handler);
  await unpack(bytes, entry, tokenizer);
  tokenizer.end();
}

// ---------------------------------------------------------------------------------------------------------------
// Small parts: the workbook, relationships, styles.

interface WorkbookFacts {
  readonly sheets: { readonly name: string | undefined; readonly id: number; readonly rId: string | undefined }[];
  date1904: boolean;
}

class WorkbookHandler implements XmlHandler {
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
class RelationshipsHandler implements XmlHandler {
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
class StylesHandler implements XmlHandler {
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

// ---------------------------------------------------------------------------------------------------------------
// Shared strings.

/** A shared string as the grid holds it: text (runs joined) or null (an empty <si/>). */
type SharedString = string | null;

class SharedStringsHandler implements XmlHandler {
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

// ---------------------------------------------------------------------------------------------------------------
// A worksheet.

/** What the sheet reader needs from the rest of the package. */
interface SheetContext {
  /** undefined: the package has no shared strings (a `t="s"` cell then keeps its index as a number). */
  readonly sharedStrings: readonly SharedString[] | undefined;
  /** undefined: no styles part; null: a styles part that lists no cell style. */
  readonly dateStyles: readonly boolean[] | undefined | null;
  readonly date1904: boolean;
  /** Cells in the grid so far, against MAX_GRID_CELLS. */
  readonly count: { cells: number };
}

function spend(count: { cells: number }, cells: number): void {
  count.cells += cells;
  if (count.cells > MAX_GRID_CELLS) throw new CannotAuditError("too-large-in-memory");
}

const NULLS: CellValue[] = [];

/** `cells` with empty cells up to `length`: a wide gap makes a new array at once (not cell by cell, nor a sparse one). */
function lengthen(cells: CellValue[], length: number): CellValue[] {
  if (length - cells.length <= 64) {
    while (cells.length < length) cells.push(null);
    return cells;
  }
  // A slice of a packed array of nulls is a plain copy; an array filled cell by cell is far slower at 16,384 wide.
  while (NULLS.length < length) NULLS.push(null);
  const wider = NULLS.slice(0, length);
  for (let i = 0; i < cells.length; i++) wider[i] = cells[i];
  return wider;
}

const enum CellType {
  Number,
  Shared,
  Str,
  Inline,
  Boolean,
  Error,
}

/** A cell's `t` attribute, bytes[from, to): anything else ("n", "d", unknown) is read as a number. */
function cellType(bytes: Buffer, from: number, to: number): CellType {
  if (to - from === 1) {
    const byte = bytes[from];
    return byte === 115 ? CellType.Shared : byte === 98 ? CellType.Boolean : byte === 101 ? CellType.Error : CellType.Number;
  }
  if (nameIs(bytes, from, to, "str")) return CellType.Str;
  if (nameIs(bytes, from, to, "inlineStr")) return CellType.Inline;
  return CellType.Number;
}

/** parseInt of an attribute's raw value, without a string for plain digits. */
function intAt(bytes: Buffer, from: number, to: number): number {
  if (to > from && to - from <= 9) {
    let value = 0;
    let i = from;
    for (; i < to; i++) {
      const byte = bytes[i];
      if (byte < 48 || byte > 57) break;
      value = value * 10 + (byte - 48);
    }
    if (i === to) return value;
  }
  return parseInt(decodeXml(bytes, from, to), 10);
}

/** exceljs's colCache.decodeAddress, the column part: the capital letters before the first digit (0: none). */
function columnOf(bytes: Buffer, from: number, to: number): number {
  let column = 0;
  for (let i = from; i < to; i++) {
    const byte = bytes[i];
    if (byte >= 48 && byte <= 57) break;
    if (byte >= 65 && byte <= 90) column = column * 26 + (byte - 64);
  }
  return column;
}

class SheetHandler implements XmlHandler {
  /** Rows with a value, by row number − 1; and rows whose cells are all empty-with-a-style: their length. */
  readonly rows: CellValue[][] = [];
  readonly emptyRows = new Map<number, number>();
  readonly merges: string[] = [];
  readonly hyperlinks: { ref: string; rId: string | undefined }[] = [];
  private depth = 0;
  private section: "sheetData" | "mergeCells" | "hyperlinks" | undefined;

  private rowNumber = 0;
  private cells: CellValue[] = [];
  private rowHasValue = false;
  private previousColumn = 0;

  private inCell = false;
  private column = 0;
  private type = CellType.Number;
  private styled = false;
  private dateStyled = false;
  private formula = false;
  private inFormula = false;
  private inValue = false;
  private readonly value = new TextBuffer();
  private runs: string[] | undefined;
  private inRun = false;
  private inRunText = false;
  private inRunProperties = false;
  private runText: string | undefined;
  private readonly runTextBuffer = new TextBuffer();

  constructor(private readonly context: SheetContext) {}

  open(bytes: Buffer, start: number, end: number, tagEnd: number): void {
    const depth = ++this.depth;
    if (this.inCell) return this.cellOpen(bytes, start, end, tagEnd);
    if (depth === 1) {
      if (!nameIs(bytes, start, end, "worksheet")) throw damaged();
    } else if (depth === 2) {
      if (nameIs(bytes, start, end, "sheetData")) this.section = "sheetData";
      else if (nameIs(bytes, start, end, "mergeCells")) this.section = "mergeCells";
      else if (nameIs(bytes, start, end, "hyperlinks")) this.section = "hyperlinks";
    } else if (depth === 3) {
      if (this.section === "sheetData" && nameIs(bytes, start, end, "row")) this.rowOpen(bytes, end, tagEnd);
      else if (this.section === "mergeCells" && nameIs(bytes, start, end, "mergeCell")) {
        const ref = attribute(bytes, end, tagEnd, "ref");
        if (ref !== undefined) this.merges.push(ref);
      } else if (this.section === "hyperlinks" && nameIs(bytes, start, end, "hyperlink")) {
        const ref = attribute(bytes, end, tagEnd, "ref");
        if (ref !== undefined) this.hyperlinks.push({ ref, rId: attribute(bytes, end, tagEnd, "r:id") });
      }
    } else if (depth === 4 && this.rowNumber !== 0 && bytes[start] === 99 /* c */ && end === start + 1) {
      this.cellStart(bytes, end, tagEnd);
    }
  }

  text(bytes: Buffer, from: number, to: number): void {
    if (!this.inCell) return;
    if (this.inRun) {
      if (this.inRunText) this.runTextBuffer.add(bytes, from, to);
    } else if (this.inValue) {
      if (this.runs === undefined) this.value.add(bytes, from, to);
    } else if (this.inFormula && to > from) this.formula = true;
  }

  close(bytes: Buffer, start: number, end: number): void {
    const depth = this.depth--;
    if (this.inCell) {
      if (depth === 4) return this.cellEnd();
      return this.cellClose(bytes, start, end);
    }
    if (depth === 3 && this.section === "sheetData" && this.rowNumber !== 0) this.rowEnd();
    else if (depth === 2) this.section = undefined;
  }

  private rowOpen(bytes: Buffer, from: number, to: number): void {
    const number = intOf(attribute(bytes, from, to, "r"));
    // exceljs: "Invalid row number in model" for a row without a number.
    if (Number.isNaN(number)) throw readFailure(new Error("Invalid row number in model"));
    const style = intOf(attribute(bytes, from, to, "s"));
    // exceljs looks a row's style up in a styles part that must list cell styles.
    if (style && !this.context.dateStyles) throw damaged();
    // A row numbered below 1 is kept by exceljs where no row is read back.
    this.rowNumber = number >= 1 ? number : -1;
    this.cells = [];
    this.rowHasValue = false;
    this.previousColumn = 0;
  }

  private rowEnd(): void {
    const number = this.rowNumber;
    this.rowNumber = 0;
    if (number < 1) return;
    // A row repeated replaces the earlier one, as in exceljs.
    if (this.rows[number - 1] !== undefined) delete this.rows[number - 1];
    if (this.emptyRows.size > 0) this.emptyRows.delete(number);
    if (this.rowHasValue) this.rows[number - 1] = this.cells;
    else if (this.cells.length > 0) this.emptyRows.set(number, this.cells.length);
  }

  private cellStart(bytes: Buffer, from: number, to: number): void {
    this.inCell = true;
    const ref = attributeRange(bytes, from, to, "r");
    this.column = ref && ref[1] > ref[0] ? columnOf(bytes, ref[0], ref[1]) : -1;
    if (ref && ref[1] > ref[0] && this.column === 0) throw damaged();
    const t = attributeRange(bytes, from, to, "t");
    this.type = t ? cellType(bytes, t[0], t[1]) : CellType.Number;
    const s = attributeRange(bytes, from, to, "s");
    const style = s ? intAt(bytes, s[0], s[1]) : 0;
    this.styled = !!style;
    if (this.styled && this.context.dateStyles === null) throw damaged();
    this.dateStyled = this.styled && this.context.dateStyles?.[style] === true;
    this.formula = false;
    this.inFormula = false;
    this.inValue = false;
    this.value.clear();
    this.runs = undefined;
    this.inRun = false;
  }

  private cellOpen(bytes: Buffer, start: number, end: number, tagEnd: number): void {
    if (this.inRun) {
      if (this.inRunProperties) return;
      if (nameIs(bytes, start, end, "t")) {
        this.inRunText = true;
        this.runTextBuffer.clear();
      } else if (nameIs(bytes, start, end, "rPr")) this.inRunProperties = true;
      return;
    }
    const length = end - start;
    const first = bytes[start];
    if (length === 1 && first === 102 /* f */) {
      this.inFormula = true;
      this.inValue = false;
      const shareType = attribute(bytes, end, tagEnd, "t");
      if (shareType) this.formula = true;
    } else if (length === 1 && (first === 118 /* v */ || first === 116) /* t */) {
      this.inValue = true;
      this.inFormula = false;
    } else if (length === 1 && first === 114 /* r */) {
      this.inRun = true;
      this.inRunText = false;
      this.inRunProperties = false;
      this.runText = undefined;
    }
  }

  private cellClose(bytes: Buffer, start: number, end: number): void {
    if (this.inRun) {
      if (nameIs(bytes, start, end, "rPr")) this.inRunProperties = false;
      else if (nameIs(bytes, start, end, "t") && this.inRunText) {
        this.runText = decodeEscapes(this.runTextBuffer.take() ?? "");
        this.inRunText = false;
      } else if (nameIs(bytes, start, end, "r")) {
        // Runs after plain text: exceljs cannot add runs to a string.
        if (!this.value.empty) throw damaged();
        (this.runs ??= []).push(this.runText ?? "");
        this.inRun = false;
      }
      return;
    }
    if (end - start === 1 && (bytes[start] === 102 || bytes[start] === 118 || bytes[start] === 116)) {
      this.inFormula = false;
      this.inValue = false;
    } else if (nameIs(bytes, start, end, "is")) {
      this.inFormula = false;
      this.inValue = false;
    }
  }

  /** `</c>`: the cell's value, as exceljs's cell reader and the grid adapter make it. */
  private cellEnd(): void {
    this.inCell = false;
    const hasText = !this.value.empty;
    const rich = this.runs !== undefined;
    let value: CellValue;
    if (this.formula) value = hasText || rich ? this.formulaResult() : NO_RESULT;
    else if (hasText || rich) value = this.plainValue();
    else if (this.styled) value = null;
    else {
      // An empty cell without a style is no cell to exceljs: it neither lengthens the row nor sets the next column.
      return;
    }
    this.runs = undefined;
    this.value.clear();
    let column = this.column;
    if (column < 0) {
      if (this.previousColumn === 0) throw damaged();
      column = this.previousColumn + 1;
    }
    this.previousColumn = column;
    // Any cell but an empty one with a style makes the row one that exceljs gives back (even if its value reads as null).
    if (this.formula || hasText || rich) this.rowHasValue = true;
    this.put(column, value);
  }

  private put(column: number, value: CellValue): void {
    let cells = this.cells;
    if (column > cells.length) {
      spend(this.context.count, column - cells.length);
      if (column - cells.length === 1) cells.push(value);
      else {
        this.cells = cells = lengthen(cells, column);
        cells[column - 1] = value;
      }
    } else cells[column - 1] = value;
  }

  private number(): number {
    const digits = this.value.digits();
    if (digits >= 0) {
      this.value.clear();
      return digits;
    }
    return parseFloat(this.value.take() ?? "");
  }

  private numberValue(number: number): CellValue {
    if (this.dateStyled) return this.date(number);
    return Number.isFinite(number) ? number : null;
  }

  private date(serial: number): CellValue {
    // exceljs's excelToDate, operation for operation (a fraction of a day rounds as it rounds there).
    return cellDateAt(Math.round((serial - 25569 + (this.context.date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  }

  /** Rich text runs where a type wants text or a number, as exceljs's reader then behaves. */
  private richAs(type: CellType): CellValue {
    switch (type) {
      case CellType.Inline:
        return (this.runs as string[]).join("");
      case CellType.Shared:
        // parseInt of the runs is NaN: no such shared string (exceljs stops), or NaN kept where there are none.
        if (this.context.sharedStrings !== undefined) throw damaged();
        return null;
      case CellType.Str:
        throw damaged();
      case CellType.Boolean:
        return true;
      case CellType.Error:
        return { error: "[object Object]" };
      default:
        return this.numberValue(Number.NaN);
    }
  }

  /**
   * A formula's cached result. Under a date format exceljs turns any result into a date, as JavaScript makes it a
   * number (text " " is day 0, TRUE day 1, an error no date).
   */
  private formulaResult(): CellValue {
    const result = this.formulaRaw();
    if (this.dateStyled) return this.date(typeof result === "object" ? Number.NaN : Number(result));
    return typeof result === "number" ? (Number.isFinite(result) ? result : null) : result;
  }

  private formulaRaw(): string | number | boolean | { error: string } {
    if (this.runs !== undefined) {
      // Runs read as a formula's result: text parsed as a number, as exceljs does.
      if (this.type === CellType.Str) throw damaged();
      if (this.type === CellType.Boolean) return true;
      if (this.type === CellType.Error) return { error: "[object Object]" };
      return Number.NaN;
    }
    switch (this.type) {
      case CellType.Str:
        return xmlDecodeAgain(this.value.take() ?? "");
      case CellType.Boolean:
        return parseInt(this.value.take() ?? "", 10) !== 0;
      case CellType.Error:
        return { error: this.value.take() ?? "" };
      default:
        return this.number();
    }
  }

  private plainValue(): CellValue {
    if (this.runs !== undefined) return this.richAs(this.type);
    switch (this.type) {
      case CellType.Shared: {
        const digits = this.value.digits();
        const index = digits >= 0 ? digits : parseInt(this.value.take() ?? "", 10);
        const strings = this.context.sharedStrings;
        if (strings === undefined) return Number.isFinite(index) ? index : null;
        const text = strings[index];
        // exceljs reads a missing shared string's properties and stops.
        if (text === undefined) throw damaged();
        return text;
      }
      case CellType.Str:
        return xmlDecodeAgain(this.value.take() ?? "");
      case CellType.Inline:
        return this.value.take() ?? "";
      case CellType.Boolean:
        return parseInt(this.value.take() ?? "", 10) !== 0;
      case CellType.Error:
        return { error: this.value.take() ?? "" };
      default:
        return this.numberValue(this.number());
    }
  }
}

/** The area of a merge ref as exceljs decodes it, or undefined for one it cannot read (then no merge is made). */
function mergeArea(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
  if (!match) return undefined;
  const letters = (text: string) => [...text].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  const c1 = letters(match[1]);
  const r1 = Number(match[2]);
  const c2 = match[3] ? letters(match[3]) : c1;
  const r2 = match[4] ? Number(match[4]) : r1;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/**
 * The sheet's rows as exceljs's eachRow gives them, after its hyperlinks (a hyperlink cell holds its text: a string,
 * or nothing) and merged areas (clipped as the pre-flight planned: `mergeEdits`).
 */
function sheetRows(
  handler: SheetHandler,
  count: { cells: number },
  rels: ReadonlyMap<string, string | undefined> | undefined,
  mergeEdits: ReadonlyMap<string, string | null> | undefined,
): (readonly CellValue[])[] {
  const { rows, emptyRows } = handler;
  const linked = new Map<string, boolean>();
  for (const { ref, rId } of handler.hyperlinks) {
    if (!rId) continue;
    // exceljs reads the relationship's target without checking that it exists.
    if (!rels?.has(rId)) throw damaged();
    linked.set(ref, !!rels.get(rId));
  }
  for (const [ref, isLinked] of linked) {
    const area = isLinked ? mergeArea(ref) : undefined;
    if (!area || area.top !== area.bottom || area.left !== area.right) continue;
    const cells = rows[area.top - 1];
    if (cells && area.left <= cells.length && typeof cells[area.left - 1] !== "string") cells[area.left - 1] = null;
  }

  const areas: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const declared of handler.merges) {
    const edited = mergeEdits?.get(declared);
    if (edited === null) continue;
    const area = mergeArea(edited ?? declared);
    if (!area) continue;
    for (const other of areas) {
      if (area.left <= other.right && other.left <= area.right && area.top <= other.bottom && other.top <= area.bottom) {
        throw readFailure(new Error("Cannot merge already merged cells"));
      }
    }
    areas.push(area);
  }
  for (const area of areas) {
    const master = rows[area.top - 1]?.[area.left - 1] ?? null;
    const wide = area.right > area.left;
    for (let r = area.top; r <= area.bottom; r++) {
      // A row holding a merged cell (any but the master) is one exceljs gives back; the master alone is an empty cell.
      const valued = r > area.top || wide;
      let cells = rows[r - 1];
      if (!cells && valued) {
        spend(count, emptyRows.get(r) ?? 0);
        cells = lengthen([], emptyRows.get(r) ?? 0);
        emptyRows.delete(r);
        rows[r - 1] = cells;
      }
      if (!cells) {
        emptyRows.set(r, Math.max(emptyRows.get(r) ?? 0, area.left));
        continue;
      }
      const length = valued ? area.right : area.left;
      if (length > cells.length) {
        spend(count, length - cells.length);
        rows[r - 1] = cells = lengthen(cells, length);
      }
      for (let c = area.left; c <= area.right; c++) {
        if (r === area.top && c === area.left) continue;
        cells[c - 1] = c === area.left ? master : null;
      }
    }
  }
  let last = rows.length;
  while (last > 0 && rows[last - 1] === undefined) last--;
  const result: (readonly CellValue[])[] = new Array<readonly CellValue[]>(last);
  for (let i = 0; i < last; i++) result[i] = rows[i] ?? EMPTY_ROW;
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// The workbook.

const partName = (entry: ZipEntry) => (entry.name.startsWith("/") ? entry.name.slice(1) : entry.name);

/** exceljs's worksheet name rules (Worksheet's name setter), with its messages; a long name is cut at 31. */
function sheetName(name: string | undefined, id: number, taken: readonly string[]): string {
  let text = name ?? `sheet${id}`;
  const fail = (message: string) => readFailure(new Error(message));
  if (text === "") throw fail("The name can't be empty.");
  if (text === "History") throw fail('The name "History" is protected. Please use a different name.');
  if (/[*?:/\\[\]]/.test(text)) throw fail(`Worksheet name ${text} cannot include any of the following characters: * ? : \\ / [ ]`);
  if (/(^')|('$)/.test(text)) throw fail(`The first or last character of worksheet name cannot be a single quotation mark: ${text}`);
  if (text.length > 31) text = text.substring(0, 31);
  if (taken.some((other) => other.toLowerCase() === text.toLowerCase())) throw fail(`Worksheet name already exists: ${text}`);
  return text;
}

/** Reads the package the pre-flight inspected into the audit's grid. Every failure is a CannotAuditError. */
export async function readGrid(bytes: Buffer, inspection: Inspection): Promise<WorkbookGrid> {
  const byName = new Map<string, ZipEntry>();
  for (const entry of inspection.entries) byName.set(partName(entry), entry);

  const read = async <H extends XmlHandler>(name: string, handler: H): Promise<H | undefined> => {
    const entry = byName.get(name);
    if (!entry) return undefined;
    await readPart(bytes, entry, handler);
    return handler;
  };
  const workbook = (await read(WORKBOOK_PART, new WorkbookHandler()))?.facts;
  const workbookRels = (await read(WORKBOOK_RELS, new RelationshipsHandler()))?.targets;
  const styles = await read(STYLES_PART, new StylesHandler());
  const sharedStrings = (await read(SHARED_STRINGS_PART, new SharedStringsHandler()))?.values;
  const date1904 = workbook?.date1904 === true;
  const context: SheetContext = {
    sharedStrings,
    dateStyles: styles ? (styles.dateStyles() ?? null) : undefined,
    date1904,
    count: { cells: 0 },
  };

  // The worksheets in package order, each reached from the workbook (the last <sheet> to reach a part names it).
  const parts = [...byName.keys()].filter((name) => SHEET_PART.test(name));
  const reached = new Map<string, { name: string | undefined; id: number }>();
  for (const sheet of workbook?.sheets ?? []) {
    const target = sheet.rId === undefined ? undefined : workbookRels?.get(sheet.rId);
    if (target === undefined) {
      // exceljs reads the Target of the relationship it found: a relationship without one stops it.
      if (sheet.rId !== undefined && workbookRels?.has(sheet.rId)) throw damaged();
      continue;
    }
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (byName.has(part) && SHEET_PART.test(part)) reached.set(part, { name: sheet.name, id: sheet.id });
  }
  const chosen = new Map<number, { part: string; name: string; orderNo: number }>();
  for (const part of parts) {
    const sheet = reached.get(part);
    if (!sheet) continue;
    const taken = [...chosen.entries()].filter(([id]) => Number.isInteger(id) && id >= 0).map(([, s]) => s.name);
    const name = sheetName(sheet.name, sheet.id, taken);
    const orderNo = (workbook?.sheets ?? []).findIndex((s) => s.id === sheet.id);
    chosen.set(sheet.id, { part, name, orderNo });
  }
  const ordered = [...chosen.entries()]
    .filter(([id]) => Number.isInteger(id) && id >= 1)
    .sort(([a], [b]) => a - b)
    .map(([, sheet]) => sheet)
    .sort((a, b) => a.orderNo - b.orderNo);

  const sheets: SheetGrid[] = [];
  for (const { part, name } of ordered) {
    const handler = new SheetHandler(context);
    await readPart(bytes, byName.get(part) as ZipEntry, handler);
    const sheetNo = SHEET_PART.exec(part)?.[1];
    const relsPart = [...byName.keys()].filter((n) => SHEET_RELS_PART.exec(n)?.[1] === sheetNo).pop();
    const rels = relsPart === undefined ? undefined : (await read(relsPart, new RelationshipsHandler()))?.targets;
    const rows = sheetRows(handler, context.count, rels, inspection.sheets.get(part)?.edit.merges);
    sheets.push({ name, rows, firstRow: 1, firstColumn: 1 });
  }
  return { sheets, date1904 };
}
