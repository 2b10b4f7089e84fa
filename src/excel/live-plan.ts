/**
 * Checks as you type, as data (pure; live-check.ts talks to Excel): the state an audit leaves for live checking,
 * which change events touch an audited table (live-shift.ts moves what is recorded when rows or columns go), and the
 * difference between the marks written and the marks a new audit wants, as the writes of one sync.
 */
import type { CellValue, SheetGrid, TableReport } from "../audit";
import type { Rect } from "./address";
import type { Prior } from "./fills";
import type { LiveDeps } from "./live-deps";
import type { LiveSeed } from "./live-seed";
import type { MarkRecord, MarkedCell } from "./mark-record";
import type { StoredReaders } from "./stored-readers";
import type { TargetCell, Targets } from "./plan-writes";

/** The rest of the add-in, as the pane handed it (live-deps.ts); set before any other function here is called. */
let d: LiveDeps;
export function useLiveDeps(deps: LiveDeps): void {
  d = deps;
}
/** The same, for live-shift.ts. */
export function liveDeps(): LiveDeps {
  return d;
}

/** A sheet the last audit read, kept in memory so that an edit re-reads only the rows it touched. */
export interface LiveSheet {
  readonly id: string;
  readonly name: string;
  /** The grid as audited, patched with every edit since (rows replaced, never changed in place). */
  rows: CellValue[][];
  /** 1-based sheet row and column of rows[0][0]. */
  firstRow: number;
  firstColumn: number;
  /** Columns read per row (the used range's width). */
  width: number;
  /** The audited table: its header row (1-based) and its first and last column (1-based); absent on other sheets. */
  table?: { headerRow: number; firstColumn: number; lastColumn: number };
  /** Merged areas (zero-based): an issue inside one marks its top-left cell, as the audit does. */
  merges: Rect[];
}

/** Everything live checking knows: the audit's input, the marks and notes written, the record as in the workbook. */
export interface LiveState {
  readonly sheets: LiveSheet[];
  readonly date1904: boolean;
  /** Sheet id → cell key → the mark it shows (what the last audit or live check wrote). */
  targets: Map<string, Map<number, TargetCell>>;
  record: MarkRecord;
  recordText: string;
  chunks: number;
  /** Sheet id → cell key → text of the add-in's note there; the coordinator's notes' cells. Absent: no notes. */
  notes?: { ours: Map<string, Map<number, string>>; theirs: Map<string, Set<number>>; count: number };
}

/** A grid's header row extent: the audited table's columns. */
export function liveTable(grid: SheetGrid, table: TableReport): LiveSheet["table"] {
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  const header = grid.rows[table.headerRow - firstRow] ?? [];
  let first = -1;
  let last = -1;
  header.forEach((value, i) => {
    if (d.isBlank(value)) return;
    if (first < 0) first = i;
    last = i;
  });
  const letters = [...Object.values(table.columns), ...table.unrecognised.map((u) => u.column)].map(d.columnNumber);
  const columns = [...letters, ...(first >= 0 ? [firstColumn + first, firstColumn + last] : [])];
  if (columns.length === 0) return undefined;
  return { headerRow: table.headerRow, firstColumn: Math.min(...columns), lastColumn: Math.max(...columns) };
}

/** Live checking's state from what the audit left: its grids, the marks and notes it wrote, the record as written. */
/** `parseRecord` comes from the stored readers' bundle (stored-readers.ts), so that neither this chunk nor the pane's carries zod. */
export function liveState(seed: LiveSeed, parseRecord: StoredReaders["parseRecord"]): LiveState {
  const sheets = seed.grids.flatMap((grid): LiveSheet[] => {
    const id = seed.sheetIds.get(grid.name);
    if (id === undefined) return [];
    const table = seed.report.tables.find((t) => t.sheet === grid.name);
    const rows = grid.rows.map((row) => row as CellValue[]);
    const spanned = table ? liveTable(grid, table) : undefined;
    const firstColumn = grid.firstColumn ?? 1;
    const width = Math.max(1, ...rows.map((row) => row.length), spanned ? spanned.lastColumn - firstColumn + 1 : 0);
    return [
      {
        id,
        name: grid.name,
        rows,
        firstRow: grid.firstRow ?? 1,
        firstColumn,
        width,
        table: spanned,
        merges: [...(seed.merges.get(grid.name) ?? [])],
      },
    ];
  });
  const targets = new Map([...seed.targets].map(([id, cells]) => [id, new Map(cells)]));
  let notes: LiveState["notes"];
  if (seed.notes !== undefined) {
    const ours = new Map<string, Map<number, string>>();
    const theirs = new Map<string, Set<number>>();
    for (const note of seed.notes) {
      // The add-in's old notes were deleted by the audit; every other note stays where it is.
      if (seed.recordBefore.get(note.sheetId)?.notes.has(d.textHash(note.content))) continue;
      let cells = theirs.get(note.sheetId);
      if (!cells) theirs.set(note.sheetId, (cells = new Set()));
      cells.add(note.key);
    }
    for (const [sheetId, cells] of targets) {
      const mine = new Map<number, string>();
      for (const [key, mark] of cells) if (!theirs.get(sheetId)?.has(key)) mine.set(key, mark.note);
      ours.set(sheetId, mine);
    }
    notes = { ours, theirs, count: seed.noteCount ?? 0 };
  }
  return {
    sheets,
    date1904: seed.date1904,
    targets,
    record: parseRecord(seed.recordText) ?? new Map(),
    recordText: seed.recordText,
    chunks: seed.chunks,
    ...(notes ? { notes } : {}),
  };
}

/** What one change event asks of live checking. */
export type LiveChange =
  | { readonly kind: "ignore" }
  /** Cells edited inside an audited table: these zero-based sheet rows are read again. */
  | { readonly kind: "edit"; readonly sheetId: string; readonly rows: readonly number[] }
  /** Whole rows inserted (count > 0) or deleted (count < 0) at zero-based row `at`. */
  | { readonly kind: "rows"; readonly sheetId: string; readonly at: number; readonly count: number }
  /** Whole columns inserted (count > 0) or deleted (count < 0) at zero-based column `at`. */
  | { readonly kind: "columns"; readonly sheetId: string; readonly at: number; readonly count: number }
  /** Cells moved in a way the record cannot follow (cells shifted): live checking stops. */
  | { readonly kind: "moved"; readonly sheetId: string };

export interface ChangeEvent {
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: string;
  readonly triggerSource?: string;
}

/** "A5:XFD6", "5:6" or "Plan!$5:$6" → zero-based first row and row count. */
function rowSpan(address: string): { row: number; rows: number } {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const match = /^(\d+):(\d+)$/.exec(local);
  if (match) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    return { row: Math.min(a, b) - 1, rows: Math.abs(a - b) + 1 };
  }
  const rect = d.parseAddress(local);
  return { row: rect.row, rows: rect.rows };
}

/** Which rows of an audited table an event touches; the add-in's own writes and edits outside the tables are ignored. */
export function classifyChange(event: ChangeEvent, sheets: readonly LiveSheet[]): LiveChange {
  if (event.triggerSource === "ThisLocalAddin") return { kind: "ignore" };
  const sheet = sheets.find((s) => s.id === event.worksheetId);
  if (!sheet) return { kind: "ignore" };
  if (event.changeType === "RowInserted" || event.changeType === "RowDeleted") {
    const { row, rows } = rowSpan(event.address);
    return { kind: "rows", sheetId: sheet.id, at: row, count: event.changeType === "RowInserted" ? rows : -rows };
  }
  if (event.changeType === "ColumnInserted" || event.changeType === "ColumnDeleted") {
    const span = columnSpan(event.address);
    if (!span) return { kind: "moved", sheetId: sheet.id };
    return {
      kind: "columns",
      sheetId: sheet.id,
      at: span.column,
      count: event.changeType === "ColumnInserted" ? span.columns : -span.columns,
    };
  }
  if (event.changeType !== "RangeEdited") return { kind: "moved", sheetId: sheet.id };
  const table = sheet.table;
  if (!table) return { kind: "ignore" };
  const local = event.address.slice(event.address.lastIndexOf("!") + 1);
  let rect: Rect;
  const columns = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(local);
  try {
    if (columns) {
      // Whole columns ("C:D", cleared or pasted): every row the grid has below the header.
      const [a, b] = [d.columnNumber(columns[1]), d.columnNumber(columns[2])];
      const rows = sheet.firstRow - 1 + sheet.rows.length - table.headerRow;
      rect = { row: table.headerRow, rows: Math.max(0, rows), column: Math.min(a, b) - 1, columns: Math.abs(a - b) + 1 };
    } else
      rect = /^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/i.test(local)
        ? d.parseAddress(local)
        : { ...rowSpan(local), column: table.firstColumn - 1, columns: table.lastColumn - table.firstColumn + 1 };
  } catch {
    return { kind: "moved", sheetId: sheet.id };
  }
  const crosses = (first: number, last: number) => rect.column <= last - 1 && rect.column + rect.columns > first - 1;
  const bottom = rect.row + rect.rows;
  // Below the header row and within its columns: rows typed under the table count (a table grows into them).
  const top = Math.max(rect.row, table.headerRow);
  const rows = crosses(table.firstColumn, table.lastColumn) ? range(top, bottom) : [];
  // The project block and the header row, within the columns read: the whole table is checked again with them.
  const above = crosses(sheet.firstColumn, sheet.firstColumn + sheet.width - 1)
    ? range(Math.max(rect.row, sheet.firstRow - 1), Math.min(bottom, table.headerRow))
    : [];
  if (rows.length + above.length === 0) return { kind: "ignore" };
  return { kind: "edit", sheetId: sheet.id, rows: [...above, ...rows] };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** "C:D", "C1:D1048576" or "Plan!$C:$D" → zero-based first column and column count; undefined for anything else. */
function columnSpan(address: string): { column: number; columns: number } | undefined {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const match = /^([A-Z]{1,3})\d*:([A-Z]{1,3})\d*$/i.exec(local) ?? /^([A-Z]{1,3})\d*()$/i.exec(local);
  if (!match) return undefined;
  const a = d.columnNumber(match[1]);
  const b = match[2] ? d.columnNumber(match[2]) : a;
  return { column: Math.min(a, b) - 1, columns: Math.abs(a - b) + 1 };
}

/** The fills of one sync: marks (with their cells' own fill when known) and restores, per sheet. */
export interface LivePlan {
  /** Cells to fill; `prior` undefined: loaded in the same sync, just before the fill. */
  readonly marks: { readonly sheetId: string; readonly key: number; readonly fill: string; readonly prior: Prior | undefined }[];
  /** Cells given their own fill back; `verify`: their fill is loaded first (a recolour by the coordinator is put back). */
  readonly restores: { readonly sheetId: string; readonly key: number; readonly prior: Prior; readonly verify: boolean }[];
  readonly deleteNotes: { readonly sheetId: string; readonly key: number }[];
  readonly addNotes: { readonly sheetId: string; readonly key: number; readonly text: string }[];
  /** The record once the sync is done, a cell whose fill is being loaded taken as "no fill" (live-check corrects it). */
  readonly record: MarkRecord;
}

export interface LivePlanInput {
  readonly state: LiveState;
  readonly targets: Targets;
  /** Sheet id → cell key → its fill now, for the cells of the rows read in this burst (undefined: mixed or unknown). */
  readonly fills: ReadonlyMap<string, ReadonlyMap<number, Prior | undefined>>;
}

function sameMark(a: TargetCell | undefined, b: TargetCell | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.fill === b.fill && a.note === b.note);
}

/** The writes that take the workbook from the marks written to `targets`: only the cells whose mark or note changed. */
export function planLive({ state, targets, fills }: LivePlanInput): LivePlan {
  const marks: LivePlan["marks"][number][] = [];
  const restores: LivePlan["restores"][number][] = [];
  const deleteNotes: LivePlan["deleteNotes"][number][] = [];
  const addNotes: LivePlan["addNotes"][number][] = [];
  const record: MarkRecord = new Map();
  for (const [sheetId, sheet] of state.record) record.set(sheetId, { ...sheet, cells: new Map(sheet.cells), notes: new Set(sheet.notes) });
  const sheetIds = new Set([...state.targets.keys(), ...targets.keys()]);
  for (const sheetId of sheetIds) {
    const before = state.targets.get(sheetId) ?? new Map<number, TargetCell>();
    const after = targets.get(sheetId) ?? new Map<number, TargetCell>();
    const known = fills.get(sheetId);
    let marked = record.get(sheetId);
    if (!marked) {
      const name = state.sheets.find((s) => s.id === sheetId)?.name ?? sheetId;
      record.set(sheetId, (marked = { name, cells: new Map(), notes: new Set() }));
    }
    const cells = marked.cells;
    const keys = new Set([...before.keys(), ...after.keys(), ...(known?.keys() ?? [])]);
    for (const key of keys) {
      const old = before.get(key);
      const want = after.get(key);
      const read = known !== undefined && known.has(key);
      const fill = known?.get(key);
      if (sameMark(old, want) && !read) continue;
      const recorded: MarkedCell | undefined = cells.get(key);
      // Fills: a recorded cell that no longer shows its colour (recoloured, or pasted over) is the coordinator's now.
      const stillOurs = recorded !== undefined && (!read || d.showsMark(fill, recorded.fill));
      if (want) {
        if (stillOurs && recorded.fill === want.fill) {
          // Unchanged.
        } else if (stillOurs) {
          marks.push({ sheetId, key, fill: want.fill, prior: recorded.prior });
          cells.set(key, { fill: want.fill, prior: recorded.prior });
        } else if (!read || fill !== undefined) {
          const prior = read ? (fill as Prior) : undefined;
          marks.push({ sheetId, key, fill: want.fill, prior });
          cells.set(key, { fill: want.fill, prior: prior ?? null });
        }
      } else if (recorded) {
        if (stillOurs) restores.push({ sheetId, key, prior: recorded.prior, verify: !read });
        cells.delete(key);
      }
      // Notes: the coordinator's are never touched; ours change only where the text changed.
      const notes = state.notes;
      if (!notes || notes.theirs.get(sheetId)?.has(key)) continue;
      const ours = notes.ours.get(sheetId)?.get(key);
      if (ours === want?.note) continue;
      if (ours !== undefined) deleteNotes.push({ sheetId, key });
      if (want) {
        addNotes.push({ sheetId, key, text: want.note });
        marked.notes.add(d.textHash(want.note));
      }
    }
  }
  return { marks, restores, deleteNotes, addNotes, record: pruneHashes(record, state, deleteNotes, addNotes) };
}

/** Hashes of notes deleted and not written again anywhere are dropped from the record. */
function pruneHashes(record: MarkRecord, state: LiveState, deleted: LivePlan["deleteNotes"], added: LivePlan["addNotes"]): MarkRecord {
  if (!state.notes || deleted.length === 0) return record;
  const gone = new Set(deleted.map((d) => `${d.sheetId}\u0000${d.key}`));
  const kept = new Map<string, Set<string>>();
  const keep = (sheetId: string, text: string) => {
    let hashes = kept.get(sheetId);
    if (!hashes) kept.set(sheetId, (hashes = new Set()));
    hashes.add(d.textHash(text));
  };
  for (const [sheetId, notes] of state.notes.ours)
    for (const [key, text] of notes) if (!gone.has(`${sheetId}\u0000${key}`)) keep(sheetId, text);
  for (const note of added) keep(note.sheetId, note.text);
  for (const { sheetId, key } of deleted) {
    const text = state.notes.ours.get(sheetId)?.get(key);
    const hash = text === undefined ? undefined : d.textHash(text);
    if (hash !== undefined && !kept.get(sheetId)?.has(hash)) record.get(sheetId)?.notes.delete(hash);
  }
  return record;
}

/** The notes once a plan is done. */
export function notesAfter(state: LiveState, plan: LivePlan): void {
  const notes = state.notes;
  if (!notes) return;
  for (const { sheetId, key } of plan.deleteNotes) notes.ours.get(sheetId)?.delete(key);
  for (const { sheetId, key, text } of plan.addNotes) {
    let ours = notes.ours.get(sheetId);
    if (!ours) notes.ours.set(sheetId, (ours = new Map()));
    ours.set(key, text);
  }
  notes.count += plan.addNotes.length - plan.deleteNotes.length;
}
