/**
 * The record of the add-in's marks, kept in the workbook's settings: per sheet, which cells it filled with which
 * colour over which fill of their own, and hashes of the notes it wrote. Read back through zod: anything else is ignored.
 */
import * as z from "zod/mini";
import { type CellRef, cellKey, columnRuns, keyCell, parseAddress, rectAddress } from "./address";
import { type Prior, fillKey } from "./fills";

export interface MarkedCell {
  /** The colour the add-in filled the cell with. */
  readonly fill: string;
  readonly prior: Prior;
}

export interface SheetMarks {
  /** The sheet's name when the record was written (the id is the key). */
  readonly name: string;
  /** Cell key (address.cellKey) → mark colour and prior fill. */
  readonly cells: Map<number, MarkedCell>;
  /** Hashes of the note texts the add-in wrote on this sheet (notes.textHash). */
  readonly notes: Set<string>;
}

/** Sheet id → marks. */
export type MarkRecord = Map<string, SheetMarks>;

/** A record holds at most the marks of one audit and those of the one before (MAX_MARKS each). */
export const MAX_RECORD_CELLS = 100_000;

/** The first record format (v1) named its two colours by kind. */
export const V1_FILLS = { e: "#F4B6B6", w: "#FFE699" } as const;

const FILL_PATTERNS = [
  "None",
  "Solid",
  "Gray50",
  "Gray75",
  "Gray25",
  "Horizontal",
  "Vertical",
  "Down",
  "Up",
  "Checker",
  "SemiGray75",
  "LightHorizontal",
  "LightVertical",
  "LightDown",
  "LightUp",
  "Grid",
  "CrissCross",
  "Gray16",
  "Gray8",
  "LinearGradient",
  "RectangularGradient",
] as const;
const COLOR = z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/));
const AREA = "[A-Z]{1,3}[1-9]\\d{0,6}(?::[A-Z]{1,3}[1-9]\\d{0,6})?";
/** Cells as comma-separated A1 areas ("C5:C9,D4"), as serializeRecord writes them. */
const AREAS = z.string().check(z.regex(new RegExp(`^${AREA}(?:,${AREA})*$`)));
const STORED_FILL = z.nullable(z.object({ c: COLOR, p: z.enum(FILL_PATTERNS), pc: z.optional(COLOR) }));
const HASHES = z.optional(z.array(z.string()));

const RECORD_V1 = z.object({
  v: z.literal(1),
  s: z.record(
    z.string(),
    z.object({ n: z.string(), g: z.array(z.object({ p: STORED_FILL, m: z.enum(["e", "w"]), a: AREAS })), h: HASHES }),
  ),
});
const RECORD_V2 = z.object({
  v: z.literal(2),
  s: z.record(z.string(), z.object({ n: z.string(), g: z.array(z.object({ p: STORED_FILL, f: COLOR, a: AREAS })), h: HASHES })),
});
const STORED_RECORD = z.union([RECORD_V1, RECORD_V2]);
type StoredFill = z.infer<typeof STORED_FILL>;
type StoredRecordV2 = z.infer<typeof RECORD_V2>;

function storedFill(prior: Prior): StoredFill {
  return prior === null
    ? null
    : { c: prior.color, p: prior.pattern as (typeof FILL_PATTERNS)[number], ...(prior.patternColor ? { pc: prior.patternColor } : {}) };
}

function priorOf(stored: StoredFill): Prior {
  return stored === null
    ? null
    : { color: stored.c.toUpperCase(), pattern: stored.p, ...(stored.pc ? { patternColor: stored.pc.toUpperCase() } : {}) };
}

function groupFill(group: { readonly f: string } | { readonly m: keyof typeof V1_FILLS }): string {
  return "f" in group ? group.f : V1_FILLS[group.m];
}

/** The record as JSON text ("" when empty), cells grouped by colour and prior fill into vertical runs. */
export function serializeRecord(record: MarkRecord): string {
  const sheets: StoredRecordV2["s"] = {};
  for (const [id, sheet] of record) {
    if (sheet.cells.size === 0 && sheet.notes.size === 0) continue;
    const groups = new Map<string, { prior: Prior; fill: string; cells: CellRef[] }>();
    for (const [key, cell] of sheet.cells) {
      const groupKey = `${cell.fill}|${fillKey(cell.prior)}`;
      let group = groups.get(groupKey);
      if (!group) groups.set(groupKey, (group = { prior: cell.prior, fill: cell.fill, cells: [] }));
      group.cells.push(keyCell(key));
    }
    sheets[id] = {
      n: sheet.name,
      g: [...groups.values()].map(({ prior, fill, cells }) => ({
        p: storedFill(prior),
        f: fill,
        a: columnRuns(cells).map(rectAddress).join(","),
      })),
      ...(sheet.notes.size > 0 ? { h: [...sheet.notes].sort() } : {}),
    };
  }
  return Object.keys(sheets).length === 0 ? "" : JSON.stringify({ v: 2, s: sheets } satisfies StoredRecordV2);
}

/** The record from its JSON text ("" is the empty record); undefined when the text is not a record this add-in wrote. */
export function parseRecord(text: string): MarkRecord | undefined {
  const record: MarkRecord = new Map();
  if (text === "") return record;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = STORED_RECORD.safeParse(json);
  if (!parsed.success) return undefined;
  let total = 0;
  for (const [id, sheet] of Object.entries(parsed.data.s)) {
    const cells = new Map<number, MarkedCell>();
    for (const group of sheet.g) {
      const cell: MarkedCell = { fill: groupFill(group).toUpperCase(), prior: priorOf(group.p) };
      for (const rect of group.a.split(",").map(parseAddress)) {
        total += rect.rows * rect.columns;
        // A tampered area could name millions of cells.
        if (total > MAX_RECORD_CELLS) return undefined;
        for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.columns; c++) cells.set(cellKey(rect.row + r, rect.column + c), cell);
      }
    }
    record.set(id, { name: sheet.n, cells, notes: new Set(sheet.h ?? []) });
  }
  return record;
}
