/**
 * Reading a sheet into a SheetGrid: blind pieces, then row blocks; number formats of numeric cells only; merged values
 * filled down (docs/excel-layer.md).
 */
import { type CellValue, type SheetGrid, isBlank } from "../audit";
import { serialToIso } from "../rules";
import { type Rect, cellCount, intersect, parseAddress, MAX_COLUMNS } from "./address";
import { type Batch, type BatchOp, SYNC_BUDGET, jsonSize } from "./batch";

/** The blind first read: a long plan, and the top of a wide export. */
export const FIRST_PIECES: readonly Rect[] = [
  { row: 0, column: 0, rows: 20_500, columns: 16 },
  { row: 0, column: 16, rows: 300, columns: 100 },
];
/** Bytes per cell assumed before any were measured (values, plus formats of the numeric cells). */
export const BYTES_PER_CELL_GUESS = 12;
/** Measured sizes are padded by this much when planning blocks: later rows may be denser than the first. */
const SAFETY = 1.25;
/** A sheet with more cells than this in its used range is not read (see ExcelAuditError "too-large"). */
export const MAX_USED_CELLS = 4_000_000;
/** Range.getMergedAreasOrNullObject. */
export const MERGES_API = "1.13";
/** One area of a RangeAreas address: "!" and a cell or cell range, "$" allowed. */
const MERGED_AREA = /!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/gi;

/**
 * Whether an Excel number format shows a number as a date: it names a day, month or year outside quoted text,
 * escapes and bracketed sections. "m" alone is a month only when no hours or seconds stand beside it ("h:mm").
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  const section = format.split(";")[0].trim();
  if (section === "" || /^general$/i.test(section) || section === "@") return false;
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(?:h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  if (/[dy]/i.test(bare)) return true;
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}

/** An Office.js cell value as the audit reads it; numbers with a date format become dates. */
export function cellValue(value: unknown, isDate: boolean, date1904: boolean): CellValue {
  if (typeof value === "number") {
    if (isDate) {
      const iso = serialToIso(value, date1904);
      if (iso !== undefined) return { date: iso };
    }
    return value;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  return null;
}

/** The parts of `outer` not covered by `covered` (rectangles inside it), as few rectangles as row bands allow. */
export function subtractRects(outer: Rect, covered: readonly Rect[]): Rect[] {
  const inside = covered.map((r) => intersect(outer, r)).filter((r): r is Rect => r !== undefined);
  const breaks = new Set<number>([outer.row, outer.row + outer.rows]);
  for (const r of inside) breaks.add(r.row).add(r.row + r.rows);
  const rows = [...breaks].sort((a, b) => a - b);
  const result: Rect[] = [];
  let previous: { rect: Rect; key: string }[] = [];
  for (let i = 0; i + 1 < rows.length; i++) {
    const top = rows[i];
    const height = rows[i + 1] - top;
    const spans = inside.filter((r) => r.row <= top && r.row + r.rows > top).map((r) => [r.column, r.column + r.columns] as const);
    spans.sort((a, b) => a[0] - b[0]);
    const free: [number, number][] = [];
    let at = outer.column;
    for (const [start, end] of spans) {
      if (start > at) free.push([at, start]);
      at = Math.max(at, end);
    }
    if (at < outer.column + outer.columns) free.push([at, outer.column + outer.columns]);
    const current: { rect: Rect; key: string }[] = [];
    for (const [start, end] of free) {
      const key = `${start}:${end}`;
      const above = previous.find((p) => p.key === key && p.rect.row + p.rect.rows === top);
      if (above) {
        const merged = { ...above.rect, rows: above.rect.rows + height };
        result[result.indexOf(above.rect)] = merged;
        current.push({ rect: merged, key });
      } else {
        const rect = { row: top, column: start, rows: height, columns: end - start };
        result.push(rect);
        current.push({ rect, key });
      }
    }
    previous = current;
  }
  return result;
}

/** Row blocks of the rectangles, each estimated at most `budget` bytes. */
export function planBlocks(rects: readonly Rect[], bytesPerCell: number, budget = SYNC_BUDGET): Rect[] {
  const blocks: Rect[] = [];
  for (const rect of rects) {
    const height = Math.max(1, Math.floor(budget / (rect.columns * bytesPerCell)));
    for (let top = rect.row; top < rect.row + rect.rows; top += height) {
      blocks.push({ row: top, column: rect.column, rows: Math.min(height, rect.row + rect.rows - top), columns: rect.columns });
    }
  }
  return blocks;
}

interface PendingSpecials {
  readonly areas: Excel.RangeAreas[];
}

/** Queues the numeric cells' formats of a range (constants and formula results). */
function queueSpecials(range: Excel.Range): PendingSpecials {
  const areas = (["Constants", "Formulas"] as const).map((type) => {
    const found = range.getSpecialCellsOrNullObject(type, "Numbers");
    found.load("areaCount");
    found.areas.load("items/address,items/numberFormat");
    return found;
  });
  return { areas };
}

/** The sheet's used range, read piece by piece into one grid. */
export class SheetReader {
  /** The used range (sheet coordinates), once known. */
  used: Rect | undefined;
  private values: unknown[][] = [];
  private readonly covered: Rect[] = [];
  private readonly dateCells: { row: number; column: number }[] = [];
  private readonly dateFormatCache = new Map<string, boolean>();
  /** Merged areas of the used range (sheet coordinates), when they were read. */
  private merges: Rect[] = [];

  get mergedAreas(): readonly Rect[] {
    return this.merges;
  }
  /** Bytes and cells read so far (to size later blocks). */
  bytes = 0;
  cells = 0;
  rowsRead = 0;

  constructor(
    public id: string,
    public name: string,
    /** Plain mode: load numberFormat of every cell (where getSpecialCells failed). */
    readonly plain = false,
  ) {}

  /** Queues the used range's size and, with `merges` (ExcelApi 1.13), its merged areas. */
  queueUsed(sheet: Excel.Worksheet, merges = false): { range: Excel.Range; finish: () => void } {
    const range = sheet.getUsedRange(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    const merged = merges ? range.getMergedAreasOrNullObject() : undefined;
    merged?.load("address");
    return {
      range,
      finish: () => {
        this.setUsed({ row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount });
        if (merged && !merged.isNullObject) this.setMerges(merged.address);
      },
    };
  }

  /**
   * The merged areas from a RangeAreas address ("Plan!K17:K20,Plan!B5:C5"). The cell references are picked out after
   * each "!", so a sheet name with a comma in it ("'Plan, 2026'!K17:K20") does not split an area.
   */
  setMerges(address: string): void {
    this.bytes += address.length;
    this.merges = (address.match(MERGED_AREA) ?? []).map((area) => parseAddress(area.slice(1)));
  }

  setUsed(used: Rect): void {
    this.used = used;
    if (cellCount(used) > MAX_USED_CELLS) return; // the caller refuses the sheet
    this.values = Array.from({ length: used.rows }, () => new Array<unknown>(used.columns).fill(""));
  }

  /** Queues the blind first read of the pieces; `used` is the used-range proxy queued in the same sync. */
  queuePieces(sheet: Excel.Worksheet, used: Excel.Range): () => void {
    const pending = FIRST_PIECES.map((piece) => {
      const range = used.getIntersectionOrNullObject(sheet.getRangeByIndexes(piece.row, piece.column, piece.rows, piece.columns));
      range.load(this.plain ? "values,numberFormat" : "values");
      const specials = this.plain ? undefined : queueSpecials(sheet.getRangeByIndexes(piece.row, piece.column, piece.rows, piece.columns));
      return { piece, range, specials };
    });
    return () => {
      const used = this.used;
      if (!used) throw new Error("The used range was not read");
      for (const { piece, range, specials } of pending) {
        const rect = intersect(used, piece);
        if (!rect || range.isNullObject) continue;
        this.put(rect, range.values, this.plain ? range.numberFormat : undefined);
        if (specials) this.putSpecials(specials);
      }
    };
  }

  /** What the pieces did not cover. */
  remaining(): Rect[] {
    return this.used ? subtractRects(this.used, this.covered) : [];
  }

  /** Bytes per cell to plan the next blocks with. */
  bytesPerCell(): number {
    const measured = this.cells > 0 ? (this.bytes / this.cells) * SAFETY : BYTES_PER_CELL_GUESS;
    return Math.max(measured, this.plain ? 2 * BYTES_PER_CELL_GUESS : 4);
  }

  /** Read ops for the rest of the used range, in blocks planned with `bytesPerCell`. */
  blockOps(bytesPerCell: number): BatchOp[] {
    return planBlocks(this.remaining(), bytesPerCell).map((block) => ({
      request: 400,
      response: cellCount(block) * bytesPerCell,
      queue: (batch: Batch) => {
        const sheet = batch.worksheet(this.id);
        const range = sheet.getRangeByIndexes(block.row, block.column, block.rows, block.columns);
        // getSpecialCells of a single cell would search the whole sheet (as Range.SpecialCells does in VBA).
        const plain = this.plain || cellCount(block) === 1;
        range.load(plain ? "values,numberFormat" : "values");
        const specials = plain ? undefined : queueSpecials(range);
        return () => {
          this.put(block, range.values, plain ? range.numberFormat : undefined);
          if (specials) this.putSpecials(specials);
        };
      },
    }));
  }

  private isDate(format: unknown): boolean {
    if (typeof format !== "string") return false;
    let known = this.dateFormatCache.get(format);
    if (known === undefined) {
      known = isDateFormat(format);
      this.dateFormatCache.set(format, known);
    }
    return known;
  }

  /** Values (and in plain mode formats) of a rectangle in sheet coordinates. */
  private put(rect: Rect, values: unknown[][], formats?: unknown[][]): void {
    const used = this.used as Rect;
    this.covered.push(rect);
    this.bytes += jsonSize(values) + jsonSize(formats);
    this.cells += cellCount(rect);
    this.rowsRead += rect.column === used.column ? rect.rows : 0;
    for (let r = 0; r < rect.rows; r++) {
      const target = this.values[rect.row - used.row + r];
      const source = values[r] ?? [];
      for (let c = 0; c < rect.columns; c++) {
        target[rect.column - used.column + c] = source[c];
        if (formats && typeof source[c] === "number" && this.isDate(formats[r]?.[c]))
          this.dateCells.push({ row: rect.row + r, column: rect.column + c });
      }
    }
  }

  private putSpecials({ areas }: PendingSpecials): void {
    for (const found of areas) {
      if (found.isNullObject) continue;
      for (const area of found.areas.items) {
        const rect = parseAddress(area.address);
        const formats = area.numberFormat;
        this.bytes += jsonSize(formats) + area.address.length;
        for (let r = 0; r < rect.rows; r++) {
          for (let c = 0; c < rect.columns; c++) {
            if (this.isDate(formats[r]?.[c])) this.dateCells.push({ row: rect.row + r, column: rect.column + c });
          }
        }
      }
    }
  }

  /** The grid for src/audit. */
  grid(date1904: boolean): SheetGrid {
    const used = this.used ?? { row: 0, column: 0, rows: 0, columns: 0 };
    const dates = new Set(this.dateCells.map((d) => (d.row - used.row) * MAX_COLUMNS + (d.column - used.column)));
    const rows: CellValue[][] = this.values.map((cells, r) =>
      cells.map((value, c) => cellValue(value, typeof value === "number" && dates.has(r * MAX_COLUMNS + c), date1904)),
    );
    fillMerges(rows, used, this.merges);
    return { name: this.name, rows, firstRow: used.row + 1, firstColumn: used.column + 1 };
  }
}

/**
 * Copies each merged area's top-left value down the area's first column (rows of the grid, which starts at `used`),
 * into blank cells only. Parts of an area outside the used range are left out.
 */
export function fillMerges(rows: CellValue[][], used: Rect, merges: readonly Rect[]): void {
  for (const area of merges) {
    const column = area.column - used.column;
    const top = area.row - used.row;
    if (area.rows < 2 || column < 0 || column >= used.columns || top < 0 || top >= rows.length) continue;
    const value = rows[top][column];
    if (isBlank(value)) continue;
    const end = Math.min(top + area.rows, rows.length);
    for (let r = top + 1; r < end; r++) if (isBlank(rows[r][column])) rows[r][column] = value;
  }
}
