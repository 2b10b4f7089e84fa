/**
 * Reading the mark record back (mark-record.ts, record-chunks.ts) through zod: anything that is not a record this
 * add-in wrote is ignored. Loaded with the pane's other readers in their own chunk (stored-readers.ts).
 */
import * as z from "zod/mini";
import { columnNumber } from "../audit";
import { cellKey, parseAddress } from "./address";
import type { Prior } from "./fills";
import { MAX_RECORD_CELLS, V1_FILLS, type MarkRecord, type MarkedCell } from "./mark-record";
import { type RowPrints, printedRows } from "./row-prints";

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
/** Row prints (row-prints.ts), optional: records written before them are read as they were. */
const SPAN = z.optional(z.string().check(z.regex(/^[A-Z]{1,3}:[A-Z]{1,3}$/)));
const PRINTS = z.optional(z.string().check(z.regex(/^[0-9a-z]{0,8}(?:,[0-9a-z]{0,8})*$/)));

const RECORD_V1 = z.object({
  v: z.literal(1),
  s: z.record(
    z.string(),
    z.object({ n: z.string(), g: z.array(z.object({ p: STORED_FILL, m: z.enum(["e", "w"]), a: AREAS })), h: HASHES }),
  ),
});
const RECORD_V2 = z.object({
  v: z.literal(2),
  s: z.record(
    z.string(),
    z.object({ n: z.string(), g: z.array(z.object({ p: STORED_FILL, f: COLOR, a: AREAS })), h: HASHES, c: SPAN, r: PRINTS }),
  ),
});
const STORED_RECORD = z.union([RECORD_V1, RECORD_V2]);
export type FillPattern = (typeof FILL_PATTERNS)[number];
export type StoredFill = z.infer<typeof STORED_FILL>;
export type StoredRecordV2 = z.infer<typeof RECORD_V2>;

function priorOf(stored: StoredFill): Prior {
  return stored === null
    ? null
    : { color: stored.c.toUpperCase(), pattern: stored.p, ...(stored.pc ? { patternColor: stored.pc.toUpperCase() } : {}) };
}

function groupFill(group: { readonly f: string } | { readonly m: keyof typeof V1_FILLS }): string {
  return "f" in group ? group.f : V1_FILLS[group.m];
}

/**
 * Stored prints back as rows (one per printed row of `cells`, in order). Prints without their span, with a span
 * running backwards, or not one per printed row are ignored: Clear then finds marks only where they were recorded.
 */
function readPrints(cells: Iterable<number>, span: string | undefined, stored: string | undefined): RowPrints | undefined {
  if (span === undefined || stored === undefined) return undefined;
  const [first, last] = span.split(":").map((letters) => columnNumber(letters) - 1);
  const prints = stored.split(",");
  const rows = printedRows(cells);
  if (last < first || prints.length !== rows.length) return undefined;
  const map = new Map<number, string>();
  rows.forEach((row, i) => {
    if (prints[i] !== "") map.set(row, prints[i]);
  });
  return { span: { first, last }, rows: map };
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
    const prints = "r" in sheet ? readPrints(cells.keys(), sheet.c, sheet.r) : undefined;
    record.set(id, { name: sheet.n, cells, notes: new Set(sheet.h ?? []), ...(prints ? { prints } : {}) });
  }
  return record;
}

const CHUNK = z.pipe(
  z.string().check(z.regex(/^\d{1,2}\/\d{1,2}:/)),
  z.transform((value) => {
    const colon = value.indexOf(":");
    const [index, count] = value.slice(0, colon).split("/").map(Number);
    return { index, count, part: value.slice(colon + 1) };
  }),
);
/** What the chunk keys hold: a chunk, or null where a key is absent. */
const CHUNK_VALUES = z.array(z.nullable(CHUNK));

/** The record text from the chunk settings read; undefined when they are not whole chunks of one text. */
export function joinRecord(values: readonly unknown[]): string | undefined {
  const parsed = CHUNK_VALUES.safeParse(values);
  if (!parsed.success) return undefined;
  const chunks = parsed.data.filter((c) => c !== null);
  if (chunks.length === 0) return "";
  const count = chunks[0].count;
  const pieces: string[] = [];
  for (const { index, count: n, part } of chunks) {
    if (n !== count || index >= count) return undefined;
    pieces[index] = part;
  }
  // Every index once (a hole in the array would join as "").
  if (chunks.length !== count || new Set(chunks.map((c) => c.index)).size !== count) return undefined;
  return pieces.join("");
}
