/**
 * Finding the plan table on a sheet: the header row is the row among the first 30 that names the most fields
 * (a title, a project block and blank rows may stand above it). A header may take two rows: a merged cell such as
 * "Mobilitātes periods" above "no" and "līdz". A caller's explicit mapping overrides detection.
 */
import { columnLetter, columnNumber } from "./address";
import { cellText, type CellValue, type SheetGrid } from "./grid";
import type { AuditField } from "./header-labels";
import { headerWords, matchHeader, type HeaderMatch } from "./headers";

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
  /** Index into SheetGrid.rows of the header row (of a two-row header, the lower row: the data start below it). */
  readonly headerIndex: number;
  /** Index of the header's first row: headerIndex, or the row above it for a two-row header. */
  readonly firstHeaderIndex: number;
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

/**
 * A column's header: the text shown for it, and the texts to match: its own cell's, then under a two-row header's
 * group cell the two together ("no", then "Mobilitātes periods / no"). Own first: a title or settings cell above a
 * header ("Valsts" over "Aktivitāte") must not make its column another.
 */
interface ColumnHeader {
  readonly text: string;
  readonly candidates: readonly string[];
}

const NO_HEADER: ColumnHeader = { text: "", candidates: [] };

/** The headers of one row's cells. */
function oneRowHeaders(cells: readonly CellValue[]): ColumnHeader[] {
  return cells.map((cell) => {
    const text = cellText(cell);
    return text === "" ? NO_HEADER : { text, candidates: [text] };
  });
}

/**
 * The headers of a two-row header. A cell filled in the upper row only is a column's whole header (merged down); a
 * lower cell is read under the group cell of the upper row at or left of it (merged across, so blank to its right
 * above the group's other lower cells), and then alone.
 */
function twoRowHeaders(upper: readonly CellValue[], lower: readonly CellValue[]): ColumnHeader[] {
  const headers: ColumnHeader[] = [];
  let group = "";
  for (let index = 0; index < Math.max(upper.length, lower.length); index++) {
    const top = cellText(upper[index]);
    const sub = cellText(lower[index]);
    if (sub === "") {
      group = "";
      headers.push(top !== "" ? { text: top, candidates: [top] } : NO_HEADER);
      continue;
    }
    if (top !== "") group = top;
    headers.push(group === "" ? { text: sub, candidates: [sub] } : { text: `${group} / ${sub}`, candidates: [sub, `${group} / ${sub}`] });
  }
  return headers;
}

/**
 * Headers that name a field only beside another (data): Latvian "No" ("from") is the start date left of a "Līdz"
 * ("to") end date. Alone, or first in a sheet ("No." in English, "Nr." in Latvian), it is the row number.
 */
const BY_NEIGHBOUR: readonly {
  readonly words: string;
  readonly field: AuditField;
  readonly before: AuditField;
  readonly beforeWord: string;
}[] = [{ words: "no", field: "start", before: "end", beforeWord: "lidz" }];

interface ColumnMatch extends HeaderMatch<AuditField> {
  /** Named only with its group cell ("Mobilitātes periods / no"): what shows two rows make one header. */
  readonly byGroup: boolean;
}

/** matchHeader, remembered for one sheet's search: each row is read as a header alone and under the row above. */
type Matcher = (text: string) => HeaderMatch<AuditField> | undefined;

function rememberingMatcher(): Matcher {
  const known = new Map<string, HeaderMatch<AuditField> | undefined>();
  return (text) => {
    if (!known.has(text)) known.set(text, matchHeader(text));
    return known.get(text);
  };
}

function matchColumn(header: ColumnHeader, match: Matcher): ColumnMatch | undefined {
  for (let i = 0; i < header.candidates.length; i++) {
    const found = match(header.candidates[i]);
    if (found) return { field: found.field, strength: found.strength, byGroup: i > 0 };
  }
  return undefined;
}

/** The words of the column's own cell. */
function ownWords(header: ColumnHeader): string[] {
  return header.candidates.length === 0 ? [] : headerWords(header.candidates[0]);
}

/** Each column's match, with the neighbour rules applied to columns no label names. */
function matchColumns(headers: readonly ColumnHeader[], match: Matcher): (ColumnMatch | undefined)[] {
  const matches = headers.map((header) => matchColumn(header, match));
  headers.forEach((header, index) => {
    if (matches[index] || header.candidates.length === 0) return;
    const own = ownWords(header).join(" ");
    let next = index + 1;
    while (next < headers.length && headers[next].candidates.length === 0) next++;
    const rule = BY_NEIGHBOUR.find(
      (r) => r.words === own && matches[next]?.field === r.before && ownWords(headers[next]).includes(r.beforeWord),
    );
    if (rule) matches[index] = { field: rule.field, strength: 1, byGroup: false };
  });
  return matches;
}

interface Candidate {
  readonly layout: TableLayout;
  /** How many fields the header's own cells name. */
  readonly named: number;
}

function layoutWithHeaders(
  sheet: SheetGrid,
  headerIndex: number,
  mapping: ColumnMapping | undefined,
  firstHeaderIndex: number,
  match: Matcher,
): { layout: TableLayout; headers: readonly ColumnHeader[]; byGroup: boolean } {
  const firstColumn = sheet.firstColumn ?? 1;
  const lower = sheet.rows[headerIndex] ?? [];
  const headers = firstHeaderIndex === headerIndex ? oneRowHeaders(lower) : twoRowHeaders(sheet.rows[firstHeaderIndex] ?? [], lower);
  const matches = matchColumns(headers, match);
  const strengths = new Map<AuditField, number>();
  const columns = new Map<AuditField, number>();
  const unrecognised: UnrecognisedColumn[] = [];
  const overridden = new Set(Object.keys(mapping?.columns ?? {}));

  headers.forEach(({ text: header }, index) => {
    if (header === "") return;
    const column = columnLetter(firstColumn + index);
    const match = matches[index];
    if (!match || overridden.has(match.field)) {
      unrecognised.push({ column, header });
    } else if (columns.has(match.field)) {
      // Two columns for one field: the more specific header wins; the other is reported, not read.
      const previous = strengths.get(match.field) as number;
      if (match.strength > previous) {
        const loser = columns.get(match.field) as number;
        unrecognised.push({ column: columnLetter(firstColumn + loser), header: headers[loser].text, duplicateOf: match.field });
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
  const layout: TableLayout = {
    headerIndex,
    firstHeaderIndex,
    headerRow: (sheet.firstRow ?? 1) + headerIndex,
    columns,
    unrecognised: unrecognised.filter((u) => !mappedIndexes.has(columnNumber(u.column) - firstColumn) || u.duplicateOf).sort(byColumn),
  };
  return { layout, headers, byGroup: matches.some((match) => match?.byGroup) };
}

/** A layout with how many fields its header's own cells name (columns a caller maps are in every row's layout). */
function ranked(layout: TableLayout, headers: readonly ColumnHeader[]): Candidate {
  return { layout, named: [...layout.columns.values()].filter((column) => (headers[column]?.text ?? "") !== "").length };
}

/** The header of row headerIndex alone. */
function oneRow(sheet: SheetGrid, headerIndex: number, mapping: ColumnMapping | undefined, match: Matcher): Candidate {
  const { layout, headers } = layoutWithHeaders(sheet, headerIndex, mapping, headerIndex, match);
  return ranked(layout, headers);
}

/**
 * The header of two rows ending at headerIndex; undefined on the first row, or when the lower row (`alone`) heads a
 * plan by itself and no lower cell needs the upper one (a title or settings row above a header).
 */
function twoRows(
  sheet: SheetGrid,
  headerIndex: number,
  mapping: ColumnMapping | undefined,
  match: Matcher,
  alone: Candidate,
): Candidate | undefined {
  if (headerIndex === 0) return undefined;
  const { layout, headers, byGroup } = layoutWithHeaders(sheet, headerIndex, mapping, headerIndex - 1, match);
  return isPlanTable(alone.layout) && !byGroup ? undefined : ranked(layout, headers);
}

function isPlanTable(layout: TableLayout): boolean {
  const { columns } = layout;
  return columns.size >= MIN_FIELDS && (columns.has("activity") || (columns.has("start") && columns.has("end")) || columns.has("period"));
}

/** Of two candidates, the one naming more fields; the first on a tie (one row before two). */
function better(best: Candidate | undefined, next: Candidate | undefined): Candidate | undefined {
  if (!next || !isPlanTable(next.layout)) return best;
  return !best || next.named > best.named ? next : best;
}

/** The plan table of a sheet, or undefined when no row in the first 30 looks like a plan's header. */
export function findTable(sheet: SheetGrid, mapping?: ColumnMapping): TableLayout | undefined {
  const match = rememberingMatcher();
  if (mapping?.headerRow !== undefined) {
    const index = mapping.headerRow - (sheet.firstRow ?? 1);
    if (index < 0 || index >= sheet.rows.length) return undefined;
    // The row given is the header's last row: its own, unless it and the row above name more together.
    const one = oneRow(sheet, index, mapping, match);
    return (better(one, twoRows(sheet, index, mapping, match, one)) ?? one).layout;
  }
  let best: Candidate | undefined;
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS - ((sheet.firstRow ?? 1) - 1));
  for (let index = 0; index < limit; index++) {
    const one = oneRow(sheet, index, mapping, match);
    best = better(better(best, one), twoRows(sheet, index, mapping, match, one));
  }
  return best?.layout;
}
