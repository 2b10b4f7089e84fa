/**
 * One worksheet as exceljs 4.4 reads it, for the streaming reader (stream-xlsx.ts): its cells as grid values, row by
 * row as the part is tokenized, then its hyperlinks and merged areas (as the pre-flight clipped them) applied the way
 * exceljs's model applies them. The rules are listed in stream-xlsx.ts.
 */
import { columnNumber, type CellValue } from "../audit";
import { FORMULA_WITHOUT_RESULT } from "../rules";
import { CannotAuditError } from "./errors";
import { cellDateAt, readFailure } from "./read-xlsx";
import { decodeEscapes, intOf, TextBuffer, xmlDecodeAgain, type SharedString } from "./xlsx-parts";
import { attributeRange, nameIs } from "./xml-bytes";
import { attribute, damaged, decodeXml, type XmlHandler } from "./xml-stream";

const EMPTY_ROW: readonly CellValue[] = [];
const NO_RESULT: CellValue = { error: FORMULA_WITHOUT_RESULT };
/**
 * The cells the grid may hold, all sheets together, gaps included: a full-height plan of 30 columns. A file whose rows
 * reach further (a value at column XFD on every row) is refused rather than filling memory with empty cells.
 */
export const MAX_GRID_CELLS = 32_000_000;

/** What the sheet reader needs from the rest of the package. */
export interface SheetContext {
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

export class SheetHandler implements XmlHandler {
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
  const c1 = columnNumber(match[1]);
  const r1 = Number(match[2]);
  const c2 = match[3] ? columnNumber(match[3]) : c1;
  const r2 = match[4] ? Number(match[4]) : r1;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/**
 * The sheet's rows as exceljs's eachRow gives them, after its hyperlinks (a hyperlink cell holds its text: a string,
 * or nothing) and merged areas (clipped as the pre-flight planned: `mergeEdits`).
 */
export function sheetRows(
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
