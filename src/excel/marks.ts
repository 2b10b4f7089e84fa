/**
 * The way back: highlights and notes the add-in can take back exactly, also after the workbook was saved, closed
 * and reopened.
 *
 * What is recorded. Before a flagged cell is filled, its own fill goes into the workbook's settings (ExcelApi 1.4;
 * keys "mobilityAudit.marks.0".."7", one JSON text in chunks): per sheet id, per prior fill and mark colour, the cells
 * as vertical runs ("C5:C9"), and a hash of each note the add-in wrote. "No fill" (pattern "None") is recorded as
 * null, distinct from white (#FFFFFF, pattern "Solid"); a patterned fill keeps its pattern and pattern colour. Clear
 * and every new audit restore from this record through RangeAreas chunks well under 8,192 characters:
 * `format.fill.clear()` for no fill, the colour (and pattern) otherwise.
 *
 * Only what is still the add-in's is taken back. A recorded cell is restored only while it still shows the add-in's
 * colour (the coordinator may have recoloured it, or rows were inserted and another cell stands there now); a note
 * is deleted only when its text is exactly what the add-in wrote (found by hash wherever the note stands now). A cell
 * that has the coordinator's own note gets no note from the add-in. Values and formulas are never written.
 *
 * The sync budget: one read and one write for a sheet up to 20,000 rows.
 * - The read (index.ts, read-grid.ts) is blind: values, the settings record, the date system, the note count, sheet
 *   protection and, when the pane already knows the record and the note count (its session cache: from its last
 *   audit or clear, or from loading its settings when it opened), the checks above: the current fill of every
 *   recorded cell and every note with its place. Without that knowledge, or when the workbook no longer matches it,
 *   the checks need the record first and take one more read sync — packed with the row blocks of a large sheet
 *   when there are any.
 * - The write sync, in this order: suspends calculation; restores the old marks (a cell flagged again keeps its
 *   recorded fill and is not restored); deletes the add-in's old notes; for the newly flagged cells loads their fill
 *   (a load queued before the writes returns the state at that point of the batch: the true prior fill), then fills
 *   them and adds notes; and last writes the record. That record cannot contain what the same sync loads, so it holds
 *   a prediction — the recorded fill for a re-flagged cell, "no fill" for a newly flagged one — and when the loaded
 *   fills show a prediction was wrong (the coordinator's own colour under a newly flagged cell), one more small sync
 *   rewrites the record. A flagged cell is therefore never filled in a sync whose record would not let Clear undo it,
 *   except for that short window before the correcting sync.
 * Larger sheets or thousands of marks spread the same ops over several syncs, each within the payload budget, each
 * ending with the record of what is in the workbook at that point.
 */
import type { Language } from "../rules";
import { type CellRef, cellA1, cellKey, chunkAddresses, columnRuns, keyCell, parseAddress, rectAddress } from "./address";
import { type Batch, type BatchOp, SYNC_BUDGET, yieldToPane } from "./batch";

/** Fill colours of flagged cells: light red for errors, light amber for warnings. */
export const ERROR_FILL = "#F4B6B6";
export const WARNING_FILL = "#FFE699";
export type Mark = "e" | "w";
export const MARK_FILLS: Readonly<Record<Mark, string>> = { e: ERROR_FILL, w: WARNING_FILL };

/** At most this many cells are filled per audit (the record must fit the workbook's settings). */
export const MAX_MARKS = 50_000;

export interface Fill {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor?: string;
}
/** A cell's own fill before the audit; null is "no fill", which is not white. */
export type Prior = Fill | null;

const GRADIENTS = new Set(["LinearGradient", "RectangularGradient"]);

/** A loaded fill; undefined when Excel reports it as mixed or missing. */
export function fillOf(color: unknown, pattern: unknown, patternColor?: unknown): Prior | undefined {
  if (typeof color !== "string" || typeof pattern !== "string") return undefined;
  if (pattern === "None") return null;
  const fill: { color: string; pattern: string; patternColor?: string } = { color: color.toUpperCase(), pattern };
  if (pattern !== "Solid" && typeof patternColor === "string") fill.patternColor = patternColor.toUpperCase();
  return fill;
}

export function fillKey(fill: Prior | undefined): string {
  if (fill === undefined) return "?";
  return fill === null ? "none" : `${fill.color}|${fill.pattern}|${fill.patternColor ?? ""}`;
}

/** Whether a cell still shows the add-in's colour for this mark (a patterned cell keeps its pattern over it). */
export function isMarkFill(fill: Prior | undefined, mark: Mark): boolean {
  return fill !== undefined && fill !== null && fill.color === MARK_FILLS[mark];
}

/** Writes a recorded fill back. */
function applyFill(fill: Excel.RangeFill, prior: Prior): void {
  if (prior === null) {
    fill.clear();
    return;
  }
  fill.color = prior.color;
  if (prior.pattern !== "Solid" && !GRADIENTS.has(prior.pattern)) {
    fill.pattern = prior.pattern as Excel.FillPattern;
    if (prior.patternColor) fill.patternColor = prior.patternColor;
  }
}

// --- The record ----------------------------------------------------------------------------------------------------

export interface MarkedCell {
  readonly mark: Mark;
  readonly prior: Prior;
}

export interface SheetMarks {
  /** The sheet's name when the record was written (the id is the key). */
  readonly name: string;
  /** Cell key (address.cellKey) → mark and prior fill. */
  readonly cells: Map<number, MarkedCell>;
  /** Hashes of the note texts the add-in wrote on this sheet. */
  readonly notes: Set<string>;
}

/** Sheet id → marks. */
export type MarkRecord = Map<string, SheetMarks>;

interface StoredFill {
  c: string;
  p: string;
  pc?: string;
}
interface StoredGroup {
  p: StoredFill | null;
  m: Mark;
  a: string;
}
interface StoredSheet {
  n: string;
  g: StoredGroup[];
  h?: string[];
}

export function serializeRecord(record: MarkRecord): string {
  const sheets: Record<string, StoredSheet> = {};
  for (const [id, sheet] of record) {
    if (sheet.cells.size === 0 && sheet.notes.size === 0) continue;
    const groups = new Map<string, { prior: Prior; mark: Mark; cells: CellRef[] }>();
    for (const [key, cell] of sheet.cells) {
      const groupKey = `${cell.mark}|${fillKey(cell.prior)}`;
      let group = groups.get(groupKey);
      if (!group) groups.set(groupKey, (group = { prior: cell.prior, mark: cell.mark, cells: [] }));
      group.cells.push(keyCell(key));
    }
    const stored: StoredSheet = {
      n: sheet.name,
      g: [...groups.values()].map(({ prior, mark, cells }) => ({
        p: prior === null ? null : { c: prior.color, p: prior.pattern, ...(prior.patternColor ? { pc: prior.patternColor } : {}) },
        m: mark,
        a: columnRuns(cells).map(rectAddress).join(","),
      })),
    };
    if (sheet.notes.size > 0) stored.h = [...sheet.notes].sort();
    sheets[id] = stored;
  }
  return Object.keys(sheets).length === 0 ? "" : JSON.stringify({ v: 1, s: sheets });
}

function isStoredFill(value: unknown): value is StoredFill {
  if (typeof value !== "object" || value === null) return false;
  const fill = value as Record<string, unknown>;
  return typeof fill.c === "string" && typeof fill.p === "string" && (fill.pc === undefined || typeof fill.pc === "string");
}

/** The record from its JSON text ("" is the empty record). Throws on text this add-in did not write. */
export function parseRecord(text: string): MarkRecord {
  const record: MarkRecord = new Map();
  if (text === "") return record;
  const parsed = JSON.parse(text) as { v?: unknown; s?: unknown };
  if (parsed.v !== 1 || typeof parsed.s !== "object" || parsed.s === null) throw new Error("Unknown marks record");
  for (const [id, value] of Object.entries(parsed.s as Record<string, unknown>)) {
    const stored = value as Partial<StoredSheet>;
    if (typeof stored.n !== "string" || !Array.isArray(stored.g)) throw new Error("Unknown marks record");
    const cells = new Map<number, MarkedCell>();
    for (const group of stored.g as unknown[]) {
      const { p, m, a } = group as Partial<StoredGroup>;
      if ((m !== "e" && m !== "w") || typeof a !== "string" || (p !== null && !isStoredFill(p))) throw new Error("Unknown marks record");
      const prior: Prior = p === null ? null : { color: p.c, pattern: p.p, ...(p.pc ? { patternColor: p.pc } : {}) };
      for (const address of a.split(",")) {
        const rect = parseAddress(address);
        for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.columns; c++) cells.set(cellKey(rect.row + r, rect.column + c), { mark: m, prior });
      }
    }
    const hashes = Array.isArray(stored.h) ? stored.h.filter((h): h is string => typeof h === "string") : [];
    record.set(id, { name: stored.n, cells, notes: new Set(hashes) });
  }
  return record;
}

/** Settings keys of the record's chunks. */
export const MARKS_KEY = "mobilityAudit.marks";
export const MARK_CHUNKS = 8;
export const MARK_CHUNK_CHARS = 250_000;

export function markKey(index: number): string {
  return `${MARKS_KEY}.${index}`;
}

/** The record text in settings chunks, each "i/n:" + part. */
export function splitRecord(text: string): string[] {
  if (text === "") return [];
  const count = Math.ceil(text.length / MARK_CHUNK_CHARS);
  if (count > MARK_CHUNKS) throw new Error("The marks record is too large for the workbook's settings");
  return Array.from({ length: count }, (_, i) => `${i}/${count}:${text.slice(i * MARK_CHUNK_CHARS, (i + 1) * MARK_CHUNK_CHARS)}`);
}

/** The record text from the chunk settings read (null where a key is absent). Throws when chunks are inconsistent. */
export function joinRecord(values: readonly unknown[]): string {
  const parts = values.filter((v): v is string => typeof v === "string");
  if (parts.length === 0) return "";
  const pieces: string[] = [];
  let total: number | undefined;
  for (const part of parts) {
    const match = /^(\d+)\/(\d+):/.exec(part);
    if (!match) throw new Error("Unknown marks record chunk");
    const index = Number(match[1]);
    const count = Number(match[2]);
    if (total !== undefined && count !== total) throw new Error("Inconsistent marks record chunks");
    total = count;
    pieces[index] = part.slice(match[0].length);
  }
  if (total === undefined || pieces.length !== total || pieces.some((p) => p === undefined)) throw new Error("Incomplete marks record");
  return pieces.join("");
}

// --- Notes ---------------------------------------------------------------------------------------------------------

const NOTE_TITLE: Readonly<Record<Language, string>> = { en: "Erasmus+ plan audit:", lv: "Erasmus+ plāna audits:" };
const NOTE_MAX = 2_000;

/** The note on a flagged cell: why it is flagged. */
export function noteText(messages: readonly string[], language: Language): string {
  const text = [NOTE_TITLE[language], ...[...new Set(messages)].map((m) => `• ${m}`)].join("\n");
  return text.length > NOTE_MAX ? `${text.slice(0, NOTE_MAX - 1)}…` : text;
}

/** FNV-1a of the text, with its length: what the record keeps of each note the add-in wrote. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, "0")}${text.length.toString(36)}`;
}

/** A note in the workbook, where it stands now. */
export interface KnownNote {
  readonly sheetId: string;
  readonly key: number;
  readonly content: string;
}

/** The sheet name of an address Excel returned ("'My plan'!C5" → "My plan"). */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? address.slice(0, bang) : "";
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

const NOTES_PER_OP = 200;

/** Read ops that list every note of the workbook (`count` from NoteCollection.getCount) with its place and text. */
export function noteListOps(count: number, sheetIds: ReadonlyMap<string, string>, into: KnownNote[]): BatchOp[] {
  const ops: BatchOp[] = [];
  for (let first = 0; first < count; first += NOTES_PER_OP) {
    const last = Math.min(count, first + NOTES_PER_OP);
    ops.push({
      request: (last - first) * 250,
      response: (last - first) * 450,
      queue: (batch: Batch) => {
        const pending: { note: Excel.Note; where: Excel.Range }[] = [];
        for (let i = first; i < last; i++) {
          const note = batch.context.workbook.notes.getItemAt(i);
          note.load("content");
          const where = note.getLocation();
          where.load("address");
          pending.push({ note, where });
        }
        return () => {
          for (const { note, where } of pending) {
            const sheetId = sheetIds.get(sheetOfAddress(where.address));
            if (sheetId === undefined) continue;
            const rect = parseAddress(where.address);
            into.push({ sheetId, key: cellKey(rect.row, rect.column), content: note.content });
          }
        };
      },
    });
  }
  return ops;
}

// --- Checks: the current fill of recorded cells ---------------------------------------------------------------------

const FILL_LOAD = "items/address,items/format/fill/color,items/format/fill/pattern,items/format/fill/patternColor";
/** Estimated response bytes per cell of a fill load. */
const FILL_BYTES = 110;

/** Sheet id → cell key → the fill it shows now. */
export type CurrentFills = Map<string, Map<number, Prior | undefined>>;

/** Queues single-cell fill loads for the cells of one sheet; the finisher stores them in `into`. */
function queueFillLoads(batch: Batch, sheetId: string, addresses: string, into: CurrentFills): () => void {
  const areas = batch.worksheet(sheetId).getRanges(addresses).areas;
  areas.load(FILL_LOAD);
  return () => {
    let fills = into.get(sheetId);
    if (!fills) into.set(sheetId, (fills = new Map()));
    for (const area of areas.items) {
      const rect = parseAddress(area.address);
      const fill = area.format.fill;
      fills.set(cellKey(rect.row, rect.column), fillOf(fill.color, fill.pattern, fill.patternColor));
    }
  };
}

/** Read ops that load the current fill of every recorded cell (of sheets that still exist). */
export function fillCheckOps(record: MarkRecord, existing: ReadonlySet<string>, into: CurrentFills): BatchOp[] {
  const ops: BatchOp[] = [];
  for (const [sheetId, sheet] of record) {
    if (!existing.has(sheetId) || sheet.cells.size === 0) continue;
    const addresses = [...sheet.cells.keys()].sort((a, b) => a - b).map((key) => {
      const { row, column } = keyCell(key);
      return cellA1(row, column);
    });
    for (const chunk of chunkAddresses(addresses)) {
      const cells = chunk.split(",").length;
      ops.push({ request: 300 + chunk.length, response: cells * FILL_BYTES, queue: (batch) => queueFillLoads(batch, sheetId, chunk, into) });
    }
  }
  return ops;
}

// --- Writing -------------------------------------------------------------------------------------------------------

/** A cell to flag: its mark colour and its note. */
export interface TargetCell {
  readonly mark: Mark;
  readonly note: string;
}

export interface WriteInput {
  /** The record in the workbook now (the old marks). */
  readonly record: MarkRecord;
  /** Fills the recorded cells show now (fillCheckOps). */
  readonly current: CurrentFills;
  /** Every note in the workbook with its place; undefined when notes are not supported or not known. */
  readonly notes: readonly KnownNote[] | undefined;
  /** New marks per sheet id (empty for Clear). */
  readonly targets: ReadonlyMap<string, ReadonlyMap<number, TargetCell>>;
  /** Sheet id → name, for the sheets that exist. */
  readonly sheetNames: ReadonlyMap<string, string>;
  /** How many settings keys hold the old record. */
  readonly chunks: number;
  /** The old record's text as read (to skip rewriting an unchanged record). */
  readonly recordText: string;
  readonly onSync?: (done: number, total: number) => void;
}

export interface WriteResult {
  /** Cells given back their own fill. */
  readonly restored: number;
  /** Cells filled. */
  readonly highlighted: number;
  readonly notesAdded: number;
  readonly notesDeleted: number;
  /** Flagged cells that kept the coordinator's own note instead of getting one. */
  readonly notesSkipped: number;
  /** The record as now in the workbook, and how many settings keys hold it. */
  readonly recordText: string;
  readonly chunks: number;
  /** Write syncs made (correcting sync included). */
  readonly syncs: number;
}

interface WriteOp extends BatchOp {
  /** Updates the record state as it will be once this op's sync succeeded. */
  readonly done: () => void;
}

function sheetMap<V>(map: Map<string, Map<number, V>>, sheetId: string): Map<number, V> {
  let inner = map.get(sheetId);
  if (!inner) map.set(sheetId, (inner = new Map()));
  return inner;
}

/** Restores old marks, writes new ones and their notes, and keeps the record in step, in as few syncs as fit. */
export async function writeMarks(batch: Batch, input: WriteInput): Promise<WriteResult> {
  const { record, current, notes, targets, sheetNames } = input;
  const counts = { restored: 0, highlighted: 0, notesAdded: 0, notesDeleted: 0, notesSkipped: 0 };

  // Old marks: the ones still showing our colour are pending (restored, or carried when flagged again).
  const oldPending = new Map<string, Map<number, MarkedCell>>();
  const known = new Map<string, Map<number, Prior>>();
  const restoreGroups = new Map<string, Map<string, { prior: Prior; cells: CellRef[] }>>();
  for (const [sheetId, sheet] of record) {
    if (!sheetNames.has(sheetId)) continue;
    const now = current.get(sheetId);
    const flagged = targets.get(sheetId);
    for (const [key, cell] of sheet.cells) {
      const fill = now?.get(key);
      const target = flagged?.get(key);
      if (!isMarkFill(fill, cell.mark)) {
        // Recoloured by the coordinator (or another cell moved here): theirs now, and its fill is the prior.
        if (target && fill !== undefined) sheetMap(known, sheetId).set(key, fill);
        continue;
      }
      sheetMap(oldPending, sheetId).set(key, cell);
      if (target) {
        sheetMap(known, sheetId).set(key, cell.prior);
        continue;
      }
      let groups = restoreGroups.get(sheetId);
      if (!groups) restoreGroups.set(sheetId, (groups = new Map()));
      const groupKey = fillKey(cell.prior);
      let group = groups.get(groupKey);
      if (!group) groups.set(groupKey, (group = { prior: cell.prior, cells: [] }));
      group.cells.push(keyCell(key));
    }
  }

  // Old notes: ours (by text) are deleted wherever they stand; all others occupy their cell.
  const notesKnown = notes !== undefined;
  const deletions: KnownNote[] = [];
  const occupied = new Map<string, Set<number>>();
  for (const note of notes ?? []) {
    const ours = record.get(note.sheetId)?.notes.has(textHash(note.content)) && sheetNames.has(note.sheetId);
    if (ours) deletions.push(note);
    else {
      let cells = occupied.get(note.sheetId);
      if (!cells) occupied.set(note.sheetId, (cells = new Set()));
      cells.add(note.key);
    }
  }
  const deletionsLeft = new Map<string, number>();
  for (const note of deletions) deletionsLeft.set(note.sheetId, (deletionsLeft.get(note.sheetId) ?? 0) + 1);

  const newDone = new Map<string, Map<number, MarkedCell>>();
  const newHashes = new Map<string, Set<string>>();
  let dirty = false;

  const currentRecord = (): MarkRecord => {
    const result: MarkRecord = new Map();
    const entry = (sheetId: string): SheetMarks => {
      let sheet = result.get(sheetId);
      if (!sheet) result.set(sheetId, (sheet = { name: sheetNames.get(sheetId) ?? record.get(sheetId)?.name ?? sheetId, cells: new Map(), notes: new Set() }));
      return sheet;
    };
    for (const [sheetId, cells] of oldPending) for (const [key, cell] of cells) entry(sheetId).cells.set(key, cell);
    for (const [sheetId, cells] of newDone) for (const [key, cell] of cells) entry(sheetId).cells.set(key, cell);
    for (const [sheetId, sheet] of record) {
      // Old note hashes stay while our notes may still stand: notes unknown, or deletions not yet done.
      if (sheet.notes.size > 0 && (!notesKnown || (deletionsLeft.get(sheetId) ?? 0) > 0)) for (const h of sheet.notes) entry(sheetId).notes.add(h);
    }
    for (const [sheetId, hashes] of newHashes) for (const h of hashes) entry(sheetId).notes.add(h);
    return result;
  };

  const ops: WriteOp[] = [];

  for (const [sheetId, groups] of restoreGroups) {
    for (const { prior, cells } of groups.values()) {
      for (const chunk of chunkAddresses(columnRuns(cells).map(rectAddress))) {
        const keys = [...chunk.split(",").flatMap((address) => {
          const rect = parseAddress(address);
          return Array.from({ length: rect.rows }, (_, r) => cellKey(rect.row + r, rect.column));
        })];
        ops.push({
          request: 400 + chunk.length,
          response: 0,
          queue: (b) => applyFill(b.worksheet(sheetId).getRanges(chunk).format.fill, prior),
          done: () => {
            for (const key of keys) oldPending.get(sheetId)?.delete(key);
            counts.restored += keys.length;
          },
        });
      }
    }
  }

  for (const note of deletions) {
    ops.push({
      request: 200,
      response: 0,
      queue: (b) => {
        const { row, column } = keyCell(note.key);
        b.worksheet(note.sheetId).notes.getItem(cellA1(row, column)).delete();
      },
      done: () => {
        deletionsLeft.set(note.sheetId, (deletionsLeft.get(note.sheetId) ?? 1) - 1);
        occupied.get(note.sheetId)?.delete(note.key);
        counts.notesDeleted++;
      },
    });
  }

  for (const [sheetId, cells] of targets) {
    const ordered = [...cells.keys()].sort((a, b) => {
      const x = keyCell(a);
      const y = keyCell(b);
      return x.column - y.column || x.row - y.row;
    });
    const exact = known.get(sheetId);
    for (let first = 0; first < ordered.length; first += 200) {
      const keys = ordered.slice(first, first + 200);
      const unknown = keys.filter((key) => !exact?.has(key));
      const verify = chunkAddresses(unknown.map((key) => {
        const { row, column } = keyCell(key);
        return cellA1(row, column);
      }));
      const byMark = (["e", "w"] as const).map((mark) => ({
        mark,
        chunks: chunkAddresses(columnRuns(keys.filter((key) => (cells.get(key) as TargetCell).mark === mark).map(keyCell)).map(rectAddress)),
      }));
      const noteKeys = notesKnown ? keys.filter((key) => !occupied.get(sheetId)?.has(key)) : [];
      const noteBytes = noteKeys.reduce((n, key) => n + 200 + 1.2 * (cells.get(key) as TargetCell).note.length, 0);
      const addressBytes = verify.reduce((n, c) => n + c.length + 300, 0) + byMark.reduce((n, m) => n + m.chunks.reduce((k, c) => k + c.length + 300, 0), 0);
      const verified = new Map<number, Prior>();
      ops.push({
        request: addressBytes + noteBytes,
        response: unknown.length * FILL_BYTES,
        queue: (b) => {
          // Loads first: they return each cell's fill before this batch fills it.
          const loaded: CurrentFills = new Map();
          const finishers = verify.map((chunk) => queueFillLoads(b, sheetId, chunk, loaded));
          const sheet = b.worksheet(sheetId);
          for (const { mark, chunks } of byMark) for (const chunk of chunks) sheet.getRanges(chunk).format.fill.color = MARK_FILLS[mark];
          for (const key of noteKeys) {
            const { row, column } = keyCell(key);
            sheet.notes.add(cellA1(row, column), (cells.get(key) as TargetCell).note);
          }
          return () => {
            for (const finish of finishers) finish();
            for (const [key, fill] of loaded.get(sheetId) ?? []) verified.set(key, fill ?? null);
            const done = sheetMap(newDone, sheetId);
            for (const [key, prior] of verified) {
              if (fillKey(prior) !== fillKey(null)) dirty = true;
              const cell = done.get(key);
              if (cell) done.set(key, { mark: cell.mark, prior });
            }
          };
        },
        done: () => {
          const done = sheetMap(newDone, sheetId);
          for (const key of keys) {
            oldPending.get(sheetId)?.delete(key);
            const prior = exact?.get(key) ?? verified.get(key) ?? null;
            done.set(key, { mark: (cells.get(key) as TargetCell).mark, prior });
          }
          let hashes = newHashes.get(sheetId);
          if (!hashes) newHashes.set(sheetId, (hashes = new Set()));
          for (const key of noteKeys) hashes.add(textHash((cells.get(key) as TargetCell).note));
          counts.highlighted += keys.length;
          counts.notesAdded += noteKeys.length;
          if (notesKnown) counts.notesSkipped += keys.length - noteKeys.length;
        },
      });
    }
  }

  // The record costs the same in every sync: its largest size, old or new.
  let recordText = input.recordText;
  let chunks = input.chunks;
  const finalEstimate = serializeRecord(predictedFinal(record, targets, known, sheetNames)).length;
  const recordBytes = Math.max(recordText.length, finalEstimate) + 1_000;
  let syncs = 0;
  let next = 0;
  for (;;) {
    const group: WriteOp[] = [];
    let request = recordBytes;
    let response = 0;
    while (next < ops.length) {
      const op = ops[next];
      if (group.length > 0 && (request + op.request > SYNC_BUDGET || response + op.response > SYNC_BUDGET)) break;
      group.push(op);
      request += op.request;
      response += op.response;
      next++;
    }
    for (const op of group) op.done();
    const text = serializeRecord(currentRecord());
    if (group.length === 0 && text === recordText) break;
    batch.context.application.suspendApiCalculationUntilNextSync();
    const finishers = group.map((op) => op.queue(batch));
    if (text !== recordText) chunks = queueRecord(batch, text, chunks);
    dirty = false;
    await batch.sync();
    syncs++;
    recordText = text;
    for (const finish of finishers) finish?.();
    input.onSync?.(next, ops.length);
    if (next >= ops.length && !dirty) break;
    await yieldToPane();
  }
  return { ...counts, recordText, chunks, syncs };
}

/** The record once every op is done, with predicted priors (to size the record in each sync). */
function predictedFinal(
  record: MarkRecord,
  targets: ReadonlyMap<string, ReadonlyMap<number, TargetCell>>,
  known: ReadonlyMap<string, ReadonlyMap<number, Prior>>,
  sheetNames: ReadonlyMap<string, string>,
): MarkRecord {
  const result: MarkRecord = new Map();
  for (const [sheetId, cells] of targets) {
    const marks = new Map<number, MarkedCell>();
    for (const [key, target] of cells) marks.set(key, { mark: target.mark, prior: known.get(sheetId)?.get(key) ?? null });
    const hashes = new Set([...cells.values()].map((t) => textHash(t.note)));
    result.set(sheetId, { name: sheetNames.get(sheetId) ?? record.get(sheetId)?.name ?? sheetId, cells: marks, notes: hashes });
  }
  return result;
}

/** Queues the record's chunks into settings and deletes chunks it no longer needs; returns the new chunk count. */
function queueRecord(batch: Batch, text: string, existing: number): number {
  const settings = batch.context.workbook.settings;
  const parts = splitRecord(text);
  parts.forEach((part, i) => settings.add(markKey(i), part));
  for (let i = parts.length; i < existing; i++) settings.getItem(markKey(i)).delete();
  return parts.length;
}
