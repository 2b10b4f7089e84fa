/**
 * A1 references as a sheet's XML declares them ("B7", "$A$1:$XFD$1048576", "D8:D200 F8:F200", "A:A", "3:7"), read
 * without exceljs: the pre-flight checks them against Excel's limits and clips them before exceljs expands them.
 */

/** Excel's own limits (a sheet is 1,048,576 rows × 16,384 columns, A1:XFD1048576). */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** An inclusive rectangle of cells, 1-based. Numbers may exceed Excel's limits: that is for the caller to judge. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const CODE_A = 65;
const CODE_Z = 90;
const CODE_0 = 48;
const CODE_9 = 57;
const CODE_DOLLAR = 36;

/**
 * One end of a range: "B7", "$B$7", "B" (a whole column) or "7" (a whole row). `row`/`column` 0 = not given.
 * Undefined when the text is not a reference. Digits past 15 would lose precision: such a row is absurd anyway, and
 * stays absurd as Infinity.
 */
function corner(text: string, from: number, to: number): { row: number; column: number } | undefined {
  let i = from;
  if (text.charCodeAt(i) === CODE_DOLLAR) i++;
  let column = 0;
  while (i < to) {
    const code = text.charCodeAt(i) & ~32; // upper case
    if (code < CODE_A || code > CODE_Z) break;
    column = column * 26 + (code - CODE_A + 1);
    i++;
  }
  if (i < to && text.charCodeAt(i) === CODE_DOLLAR) i++;
  let row = 0;
  let digits = 0;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code < CODE_0 || code > CODE_9) return undefined;
    row = digits >= 15 ? Infinity : row * 10 + (code - CODE_0);
    digits++;
    i++;
  }
  if (column === 0 && digits === 0) return undefined;
  if (digits > 0 && row === 0) return undefined;
  return { row, column };
}

/** A single reference or range ("B7", "A1:C3", "A:C", "3:7") as an area; whole columns and rows span the sheet. */
export function parseArea(text: string): Area | undefined {
  const colon = text.indexOf(":");
  const start = corner(text, 0, colon < 0 ? text.length : colon);
  if (!start) return undefined;
  const end = colon < 0 ? start : corner(text, colon + 1, text.length);
  if (!end) return undefined;
  // Both ends must be of one kind: cells, whole columns or whole rows.
  if ((start.row === 0) !== (end.row === 0) || (start.column === 0) !== (end.column === 0)) return undefined;
  const top = Math.min(start.row, end.row) || 1;
  const bottom = Math.max(start.row, end.row) || EXCEL_ROWS;
  const left = Math.min(start.column, end.column) || 1;
  const right = Math.max(start.column, end.column) || EXCEL_COLUMNS;
  return { top, left, bottom, right };
}

/** A space-separated list of ranges (a `sqref`); undefined when any of them is not a reference. */
export function parseAreas(sqref: string): Area[] | undefined {
  const areas: Area[] = [];
  for (const part of sqref.split(/\s+/)) {
    if (part === "") continue;
    const area = parseArea(part);
    if (!area) return undefined;
    areas.push(area);
  }
  return areas;
}

export function withinExcel(area: Area): boolean {
  return area.top >= 1 && area.left >= 1 && area.bottom <= EXCEL_ROWS && area.right <= EXCEL_COLUMNS;
}

export function cellCount(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** The part of `area` inside rows 1..lastRow and columns 1..lastColumn, or undefined when nothing is left. */
export function clipArea(area: Area, lastRow: number, lastColumn: number): Area | undefined {
  const bottom = Math.min(area.bottom, lastRow);
  const right = Math.min(area.right, lastColumn);
  if (bottom < area.top || right < area.left) return undefined;
  return { top: area.top, left: area.left, bottom, right };
}

/** Column letters of a 1-based column number: 1 → "A", 16384 → "XFD". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(CODE_A + ((n - 1) % 26)) + letters;
  return letters;
}

export function formatArea(area: Area): string {
  const start = `${columnLetters(area.left)}${area.top}`;
  return area.top === area.bottom && area.left === area.right ? start : `${start}:${columnLetters(area.right)}${area.bottom}`;
}
