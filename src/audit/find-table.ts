/**
 * Finding the plan table on a sheet: the header row is the row among the first 30 that names the most fields
 * (a title, a project block and blank rows may stand above it). A caller's explicit mapping overrides detection.
 */
import { columnLetter, columnNumber } from "./address";
import { cellText, isBlank, type SheetGrid } from "./grid";
import type { AuditField } from "./header-labels";
import { matchHeader } from "./headers";

export const HEADER_SEARCH_ROWS = 30;
/** A column letter a caller may give: A to XFD. */
const COLUMN_LETTERS = /^[A-Z]{1,3}$/i;
/** A table needs at least this many recognised columns, one of them the activity type, both dates or a period. */
const MIN_FIELDS = 3;

export interface UnrecognisedColumn {
  readonly column: string;
  readonly header: string;
  /** Set when the header names a field an earlier column already holds. */
  readonly duplicateOf?: AuditField;
}

export interface TableLayout {
  /** Index into SheetGrid.rows of the header row. */
  readonly headerIndex: number;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** Field → index into a row's cells. */
  readonly columns: ReadonlyMap<AuditField, number>;
  readonly unrecognised: readonly UnrecognisedColumn[];
}

/** What a caller may fix by hand: the header row and any field's column letter (null: do not read that field). */
export interface ColumnMapping {
  readonly headerRow?: number;
  readonly columns?: Partial<Record<AuditField, string | null>>;
}

function layoutOf(sheet: SheetGrid, headerIndex: number, mapping?: ColumnMapping): TableLayout {
  const firstColumn = sheet.firstColumn ?? 1;
  const cells = sheet.rows[headerIndex] ?? [];
  const strengths = new Map<AuditField, number>();
  const columns = new Map<AuditField, number>();
  const unrecognised: UnrecognisedColumn[] = [];
  const overridden = new Set(Object.keys(mapping?.columns ?? {}));

  cells.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === "") return;
    const column = columnLetter(firstColumn + index);
    const match = matchHeader(header);
    if (!match || overridden.has(match.field)) {
      unrecognised.push({ column, header });
    } else if (columns.has(match.field)) {
      // Two columns for one field: the more specific header wins; the other is reported, not read.
      const previous = strengths.get(match.field) as number;
      if (match.strength > previous) {
        const loser = columns.get(match.field) as number;
        unrecognised.push({ column: columnLetter(firstColumn + loser), header: cellText(cells[loser]), duplicateOf: match.field });
        columns.set(match.field, index);
        strengths.set(match.field, match.strength);
      } else {
        unrecognised.push({ column, header, duplicateOf: match.field });
      }
    } else {
      columns.set(match.field, index);
      strengths.set(match.field, match.strength);
    }
  });

  for (const [field, letter] of Object.entries(mapping?.columns ?? {}) as [AuditField, string | null][]) {
    // Not a column letter ("A1", "", "ABCD"): ignored rather than read as some other column.
    if (letter === null || !COLUMN_LETTERS.test(letter.trim())) continue;
    const index = columnNumber(letter.trim()) - firstColumn;
    if (index < 0) continue;
    // The caller's column is that field's: a field detected in it is not read from it as well.
    for (const [other, at] of columns) if (at === index && !overridden.has(other)) columns.delete(other);
    columns.set(field, index);
  }
  const byColumn = (a: UnrecognisedColumn, b: UnrecognisedColumn) => columnNumber(a.column) - columnNumber(b.column);
  const mappedIndexes = new Set(columns.values());
  return {
    headerIndex,
    headerRow: (sheet.firstRow ?? 1) + headerIndex,
    columns,
    unrecognised: unrecognised.filter((u) => !mappedIndexes.has(columnNumber(u.column) - firstColumn) || u.duplicateOf).sort(byColumn),
  };
}

function isPlanTable(layout: TableLayout): boolean {
  const { columns } = layout;
  return columns.size >= MIN_FIELDS && (columns.has("activity") || (columns.has("start") && columns.has("end")) || columns.has("period"));
}

/** The plan table of a sheet, or undefined when no row in the first 30 looks like a plan's header. */
export function findTable(sheet: SheetGrid, mapping?: ColumnMapping): TableLayout | undefined {
  if (mapping?.headerRow !== undefined) {
    const index = mapping.headerRow - (sheet.firstRow ?? 1);
    return index >= 0 && index < sheet.rows.length ? layoutOf(sheet, index, mapping) : undefined;
  }
  let best: TableLayout | undefined;
  let bestNamed = 0;
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS - ((sheet.firstRow ?? 1) - 1));
  for (let index = 0; index < limit; index++) {
    const layout = layoutOf(sheet, index, mapping);
    // Columns a caller maps are in every row's layout: a row ranks by the fields it names in its own cells.
    const named = [...layout.columns.values()].filter((column) => !isBlank(sheet.rows[index][column])).length;
    if (isPlanTable(layout) && (!best || named > bestNamed)) {
      best = layout;
      bestNamed = named;
    }
  }
  return best;
}
