/**
 * Planning the writes of an audit or a clear as data: which old marks to restore, which of the add-in's notes to
 * delete, which cells to fill and note. Pure; write-marks.ts runs the plan through `batch`.
 */
import { cellA1, cellKey, chunkAddresses, columnRuns, keyCell, parseAddress, rectAddress, type CellRef } from "./address";
import { FILL_BYTES, type CurrentFills } from "./fill-checks";
import { type Prior, fillKey, showsMark } from "./fills";
import type { MarkRecord, MarkedCell } from "./mark-record";
import { type KnownNote, textHash } from "./notes";

/** A cell to mark: the colour to fill it with and its note. */
export interface TargetCell {
  readonly fill: string;
  readonly note: string;
}

/** Sheet id → cell key → mark. */
export type Targets = ReadonlyMap<string, ReadonlyMap<number, TargetCell>>;

export interface PlanInput {
  /** The record in the workbook now (the old marks). */
  readonly record: MarkRecord;
  /** Fills the recorded cells show now (fillCheckOps). */
  readonly current: CurrentFills;
  /** Every note in the workbook with its place; undefined when notes are not supported or not known. */
  readonly notes: readonly KnownNote[] | undefined;
  /** New marks per sheet id (empty for Clear). */
  readonly targets: Targets;
  /** Sheet id → name, for the sheets that exist. */
  readonly sheetNames: ReadonlyMap<string, string>;
}

/** Estimated payload of an op in one sync (see batch.packOps). */
interface Sized {
  readonly request: number;
  readonly response: number;
}

/** Gives recorded cells that still show the add-in's colour their own fill back. */
export interface RestoreOp extends Sized {
  readonly kind: "restore";
  readonly sheetId: string;
  readonly prior: Prior;
  /** A RangeAreas address of the cells. */
  readonly areas: string;
  readonly cells: readonly number[];
}

/** Deletes one of the add-in's old notes, where it stands now. */
export interface DeleteNoteOp extends Sized {
  readonly kind: "delete-note";
  readonly sheetId: string;
  readonly cell: number;
}

/** Fills up to 200 cells of a sheet and adds their notes; first loads the fill of those whose own fill is unknown. */
export interface MarkOp extends Sized {
  readonly kind: "mark";
  readonly sheetId: string;
  /** Each cell with its mark colour and its own fill when known (undefined: learnt from `verify`'s loads). */
  readonly cells: readonly { readonly key: number; readonly fill: string; readonly prior: Prior | undefined }[];
  /** RangeAreas addresses of the cells whose fill is loaded before this op fills them. */
  readonly verify: readonly string[];
  readonly fills: readonly { readonly fill: string; readonly areas: string }[];
  /** Notes to add (cells holding a note of the coordinator's get none). */
  readonly notes: readonly { readonly key: number; readonly text: string }[];
}

export type WriteOp = RestoreOp | DeleteNoteOp | MarkOp;

export interface WritePlan {
  /** In order: restores, note deletions, marks. */
  readonly ops: readonly WriteOp[];
  /** Old marks still showing the add-in's colour: in the record until restored or marked again. */
  readonly pending: ReadonlyMap<string, ReadonlyMap<number, MarkedCell>>;
  /** Whether every note of the workbook was known (else no note is added and old note hashes stay recorded). */
  readonly notesKnown: boolean;
}

const CELLS_PER_MARK_OP = 200;

function inner<V>(map: Map<string, Map<number, V>>, sheetId: string): Map<number, V> {
  let cells = map.get(sheetId);
  if (!cells) map.set(sheetId, (cells = new Map()));
  return cells;
}

function areaCells(areas: string): number[] {
  return areas.split(",").flatMap((address) => {
    const rect = parseAddress(address);
    return Array.from({ length: rect.rows }, (_, r) => cellKey(rect.row + r, rect.column));
  });
}

export function planWrites(input: PlanInput): WritePlan {
  const { record, current, notes, targets, sheetNames } = input;
  const ops: WriteOp[] = [];

  // Old marks: the ones still showing our colour are pending (restored, or carried when marked again).
  const pending = new Map<string, Map<number, MarkedCell>>();
  const known = new Map<string, Map<number, Prior>>();
  for (const [sheetId, sheet] of record) {
    if (!sheetNames.has(sheetId)) continue;
    const restore = new Map<string, { prior: Prior; cells: CellRef[] }>();
    for (const [key, cell] of sheet.cells) {
      const fill = current.get(sheetId)?.get(key);
      const marked = targets.get(sheetId)?.has(key) ?? false;
      if (!showsMark(fill, cell.fill)) {
        // Recoloured by the coordinator (or another cell moved here): theirs now, and its fill is the prior.
        if (marked && fill !== undefined) inner(known, sheetId).set(key, fill);
        continue;
      }
      inner(pending, sheetId).set(key, cell);
      if (marked) {
        inner(known, sheetId).set(key, cell.prior);
        continue;
      }
      let group = restore.get(fillKey(cell.prior));
      if (!group) restore.set(fillKey(cell.prior), (group = { prior: cell.prior, cells: [] }));
      group.cells.push(keyCell(key));
    }
    for (const { prior, cells } of restore.values()) {
      for (const areas of chunkAddresses(columnRuns(cells).map(rectAddress))) {
        ops.push({ kind: "restore", sheetId, prior, areas, cells: areaCells(areas), request: 400 + areas.length, response: 0 });
      }
    }
  }

  // Old notes: ours (by text) are deleted wherever they stand; all others occupy their cell.
  const occupied = new Map<string, Set<number>>();
  for (const note of notes ?? []) {
    const ours = sheetNames.has(note.sheetId) && (record.get(note.sheetId)?.notes.has(textHash(note.content)) ?? false);
    if (ours) ops.push({ kind: "delete-note", sheetId: note.sheetId, cell: note.key, request: 200, response: 0 });
    else {
      let cells = occupied.get(note.sheetId);
      if (!cells) occupied.set(note.sheetId, (cells = new Set()));
      cells.add(note.key);
    }
  }

  for (const [sheetId, cells] of targets) {
    const ordered = [...cells.keys()].sort((a, b) => {
      const x = keyCell(a);
      const y = keyCell(b);
      return x.column - y.column || x.row - y.row;
    });
    for (let first = 0; first < ordered.length; first += CELLS_PER_MARK_OP) {
      const keys = ordered.slice(first, first + CELLS_PER_MARK_OP);
      const marks = keys.map((key) => ({ key, fill: (cells.get(key) as TargetCell).fill, prior: known.get(sheetId)?.get(key) }));
      const unknown = marks.filter((m) => !known.get(sheetId)?.has(m.key));
      const verify = chunkAddresses(unknown.map((m) => cellA1(keyCell(m.key).row, keyCell(m.key).column)));
      const byFill = new Map<string, CellRef[]>();
      for (const m of marks) {
        let group = byFill.get(m.fill);
        if (!group) byFill.set(m.fill, (group = []));
        group.push(keyCell(m.key));
      }
      const fills = [...byFill].flatMap(([fill, refs]) =>
        chunkAddresses(columnRuns(refs).map(rectAddress)).map((areas) => ({ fill, areas })),
      );
      const noteCells = notes === undefined ? [] : keys.filter((key) => !occupied.get(sheetId)?.has(key));
      const added = noteCells.map((key) => ({ key, text: (cells.get(key) as TargetCell).note }));
      const addressBytes = [...verify, ...fills.map((f) => f.areas)].reduce((n, areas) => n + areas.length + 300, 0);
      const noteBytes = added.reduce((n, note) => n + 200 + 1.2 * note.text.length, 0);
      ops.push({
        kind: "mark",
        sheetId,
        cells: marks,
        verify,
        fills,
        notes: added,
        request: addressBytes + noteBytes,
        response: unknown.length * FILL_BYTES,
      });
    }
  }
  return { ops, pending, notesKnown: notes !== undefined };
}
