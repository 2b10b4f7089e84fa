/**
 * The pre-flight of a package, before the streaming reader (stream-xlsx.ts) or exceljs (the --out copy) sees it.
 * exceljs unpacks every part whole and builds a cell for every cell a merged area, a data validation or a defined
 * name spans, so a 9 KB file can ask it for billions (issue 10); the streaming reader applies the merged areas as
 * clipped here and expands nothing else. In turn (inspectPackage):
 * 1. the zip directory's declared sizes: parts, total and compression ratio against LIMITS (nothing is unpacked yet);
 * 2. every part unpacked as a stream that stops as soon as it outgrows its declared size (a directory can lie), the
 *    sheets and the workbook scanned on the way (xml-scan.ts);
 * 3. the ranges: a row, cell, column or range past Excel's own limits is a damaged file; merged areas are clipped to
 *    the cells the sheet holds; data validations and defined names, which only validate or name cells and which the
 *    audit never reads, are clipped or dropped when they would make exceljs build too many cells. Conditional formats
 *    are left alone: exceljs keeps their ranges as text.
 * Only for exceljs, and only when step 3 changes something, is the package rewritten (packageForExceljs: jszip, which
 * exceljs itself uses, keeps the other parts packed as they are).
 */
import { createInflateRaw, inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { CannotAuditError, type ReasonFacts } from "./errors";
import { EXCEL_COLUMNS, EXCEL_ROWS, cellCount, clipArea, formatArea, parseArea, parseAreas, type Area } from "./ranges";
import { XmlScan, type PartFacts } from "./xml-scan";
import { entryData, readZipDirectory, ZipDirectoryError, type ZipEntry } from "./zip-directory";

/**
 * What a package may hold (README "Limits"). A full-height plan (1,048,575 rows × 14 columns) writes a sheet part
 * of about 550 MB and shared strings of about 40 MB; real parts pack 3–15 times smaller.
 */
export const LIMITS = {
  /** One part, unpacked. */
  partBytes: 1_000_000_000,
  /** All parts together, unpacked. */
  totalBytes: 1_500_000_000,
  /** Parts in the package (a workbook with pictures and comments has a few hundred). */
  parts: 10_000,
  /** Unpacked : packed, for parts over ratioFloorBytes. */
  ratio: 100,
  ratioFloorBytes: 10_000_000,
  /** Merged areas over several rows per sheet, after clipping (exceljs checks each against all others). */
  merges: 5_000,
  /** Cells inside merged areas per sheet, after clipping (exceljs builds each). */
  mergedCells: 1_000_000,
  /** Cells inside merged areas per sheet past which they are clipped to the sheet's last column too (a title merged
   * a little wider than the table stays; a merge out to column XFD does not make exceljs write its every cell). */
  mergedCellsWide: 10_000,
  /** Cells under data validations per sheet: beyond, they are clipped to the sheet's cells, then dropped. */
  validationCells: 1_000_000,
  /** Cells one defined name spans: beyond, the name is dropped. */
  nameCells: 100_000,
} as const;

/** The parts exceljs reads as worksheets and as the workbook, matched as exceljs matches them. */
const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const WORKBOOK_PART = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

const partName = (entry: ZipEntry) => (entry.name.startsWith("/") ? entry.name.slice(1) : entry.name);
const unpackFailed = () => new CannotAuditError("unpack-failed");
const tooLarge = (facts: ReasonFacts) => new CannotAuditError("too-large", "", facts);

/** An OpenDocument spreadsheet: its first part, "mimetype", names the type (ODF 1.2 part 3, 3.3). */
function isOds(bytes: Buffer, entries: readonly ZipEntry[]): boolean {
  const entry = entries.find((e) => e.name === "mimetype" && e.uncompressedSize <= 200);
  if (!entry) return false;
  try {
    const data = entryData(bytes, entry);
    const text = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: 200 });
    return text.toString("latin1").startsWith(ODS_MIMETYPE);
  } catch {
    return false;
  }
}

/** Step 1: the declared sizes. */
export function checkDeclaredSizes(entries: readonly ZipEntry[]): void {
  if (entries.length > LIMITS.parts) throw tooLarge({ kind: "parts", found: entries.length, limit: LIMITS.parts });
  let total = 0;
  for (const entry of entries) {
    const size = entry.uncompressedSize;
    if (size > LIMITS.partBytes) throw tooLarge({ kind: "part", name: partName(entry), found: size, limit: LIMITS.partBytes });
    if (size > LIMITS.ratioFloorBytes && size > LIMITS.ratio * entry.compressedSize) {
      const found = Math.round(size / Math.max(1, entry.compressedSize));
      throw new CannotAuditError("zip-bomb", "", { kind: "ratio", name: partName(entry), found, limit: LIMITS.ratio });
    }
    total += size;
  }
  if (total > LIMITS.totalBytes) throw tooLarge({ kind: "total", found: total, limit: LIMITS.totalBytes });
}

/** What takes a part's unpacked bytes, chunk by chunk (the scan here, the streaming reader's tokenizer). */
export interface PartSink {
  write(chunk: Buffer): void;
}

/** Step 2: one part unpacked as a stream, never past its declared size, each chunk handed to `scan`. */
export function unpack(bytes: Buffer, entry: ZipEntry, scan: PartSink | undefined): Promise<void> {
  // Bit 0: encrypted with zip's own password scheme, which exceljs cannot read either.
  if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8)) return Promise.reject(unpackFailed());
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    if (data.length !== entry.uncompressedSize) return Promise.reject(unpackFailed());
    scan?.write(data);
    return Promise.resolve();
  }
  // Let go once the part is read: the stream and its listeners outlive the promise (zlib closes its handle later), and
  // the sink holds what was read from the part (a full-height sheet's rows, hundreds of MB). `scan` itself is not
  // named in the listeners, which would keep it.
  let sink = scan;
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 1 << 16 });
    let total = 0;
    let done = false;
    const fail = (error: unknown) => {
      if (done) return;
      done = true;
      sink = undefined;
      inflate.destroy();
      reject(error instanceof CannotAuditError ? error : unpackFailed());
    };
    inflate.on("data", (chunk: Buffer) => {
      if (done) return;
      total += chunk.length;
      if (total > entry.uncompressedSize) return fail(unpackFailed());
      try {
        sink?.write(chunk);
      } catch (error) {
        fail(error);
      }
    });
    inflate.on("end", () => {
      if (done) return;
      if (total !== entry.uncompressedSize) return fail(unpackFailed());
      done = true;
      sink = undefined;
      resolve();
    });
    inflate.on("error", fail);
    inflate.end(data);
  });
}

/** Sheet names by part ("xl/worksheets/sheet1.xml" → "Plāns"), from the workbook and its relationships. */
function sheetNames(workbook: PartFacts | undefined, rels: PartFacts | undefined): Map<string, string> {
  const targets = new Map(rels?.relationships.map((r) => [r.id, r.target.replace(/^\/?(xl\/)?/, "xl/")]));
  const names = new Map<string, string>();
  for (const sheet of workbook?.sheets ?? []) {
    const target = targets.get(sheet.id);
    if (target) names.set(target, sheet.name);
  }
  return names;
}

/** The cells a defined name's formula spans, counting every range in it (a formula's own ranges too: cautious). */
export function nameCells(formula: string): number {
  let cells = 0;
  for (const piece of formula.split(",")) {
    const ref = piece.slice(piece.lastIndexOf("!") + 1).replace(/[()\s]/g, "");
    const area = parseArea(ref);
    if (area) cells += cellCount(area);
  }
  return cells;
}

/** What a sqref that is no list of ranges counts as: the whole sheet (exceljs might read it as anything). */
const UNREADABLE: Area = { top: 1, left: 1, bottom: EXCEL_ROWS, right: EXCEL_COLUMNS };
const areasCells = (areas: readonly Area[]) => areas.reduce((sum, area) => sum + cellCount(area), 0);

/** How one sheet's XML is to be changed: each listed merge ref becomes the new ref, or goes (null). */
export interface SheetEdit {
  readonly merges: ReadonlyMap<string, string | null>;
  readonly validations: "keep" | "clip" | "remove";
  readonly lastRow: number;
  readonly lastColumn: number;
}

/**
 * Merged areas clipped to the sheet's last row (below it a merge would only add rows repeating its top value) and,
 * when they would still cover many cells, to its last column. Over the count limit the one-row ones go: the
 * audit reads nothing from them. A merged area left with one cell or none is no merge.
 */
function planMerges(facts: PartFacts, sheet: string): Map<string, string | null> {
  const declared = facts.merges.flatMap((ref) => {
    const area = parseArea(ref);
    return area ? [{ ref, area }] : [];
  });
  const clip = (lastColumn: number) =>
    declared.map(({ ref, area }) => {
      const clipped = clipArea(area, facts.lastRow, lastColumn);
      return { ref, declared: area, area: clipped && cellCount(clipped) > 1 ? clipped : undefined };
    });
  let merges = clip(EXCEL_COLUMNS);
  const cellsOf = (list: typeof merges) => areasCells(list.flatMap((m) => (m.area ? [m.area] : [])));
  if (cellsOf(merges) > LIMITS.mergedCellsWide) merges = clip(facts.lastColumn);
  if (merges.filter((m) => m.area).length > LIMITS.merges) {
    merges = merges.map((m) => (m.area && m.area.bottom === m.area.top ? { ...m, area: undefined } : m));
  }
  const count = merges.filter((m) => m.area).length;
  if (count > LIMITS.merges)
    throw new CannotAuditError("too-many-merges", "", { kind: "areas", sheet, found: count, limit: LIMITS.merges });
  const cells = cellsOf(merges);
  if (cells > LIMITS.mergedCells)
    throw new CannotAuditError("too-many-merges", "", { kind: "cells", sheet, found: cells, limit: LIMITS.mergedCells });
  const changes = new Map<string, string | null>();
  for (const { ref, declared: area, area: kept } of merges) {
    if (!kept) changes.set(ref, null);
    else if (cellCount(kept) !== cellCount(area)) changes.set(ref, formatArea(kept));
  }
  return changes;
}

/** Data validations: kept under the limit; else clipped to the sheet's cells; else dropped. */
function planValidations(facts: PartFacts): SheetEdit["validations"] {
  const declared = facts.validations.map((sqref) => parseAreas(sqref) ?? [UNREADABLE]);
  if (areasCells(declared.flat()) <= LIMITS.validationCells) return "keep";
  const clipped = declared.flat().map((area) => clipArea(area, facts.lastRow, facts.lastColumn));
  return areasCells(clipped.filter((area): area is Area => area !== undefined)) <= LIMITS.validationCells ? "clip" : "remove";
}

/** A sqref clipped to the sheet's cells, "" when nothing is left. */
function clipSqref(sqref: string, lastRow: number, lastColumn: number): string {
  return (parseAreas(sqref) ?? [])
    .map((area) => clipArea(area, lastRow, lastColumn))
    .filter((area): area is Area => area !== undefined)
    .map(formatArea)
    .join(" ");
}

const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`);
const REF = ATTRIBUTE("ref");
const SQREF = ATTRIBUTE("sqref");
const attributeValue = (tag: string, pattern: RegExp) => {
  const match = pattern.exec(tag);
  return match ? (match[2] ?? match[3]) : undefined;
};

/** Step 3's changes applied to a sheet's XML text. */
export function editSheetXml(xml: string, edit: SheetEdit): string {
  let text = xml;
  if (edit.merges.size > 0) {
    text = text.replace(/<mergeCell\b[^>]*?(?:\/>|>\s*<\/mergeCell>)/g, (tag) => {
      const ref = attributeValue(tag, REF);
      const change = ref === undefined ? undefined : edit.merges.get(ref);
      if (change === undefined) return tag;
      return change === null ? "" : tag.replace(REF, ` ref="${change}"`);
    });
  }
  if (edit.validations === "remove") {
    text = text.replace(/<dataValidations\b(?:[^>]*\/>|[\s\S]*?<\/dataValidations>)/g, "");
  } else if (edit.validations === "clip") {
    text = text.replace(/<dataValidation\b(?:[^>]*\/>|[\s\S]*?<\/dataValidation>)/g, (element) => {
      const sqref = clipSqref(attributeValue(element, SQREF) ?? "", edit.lastRow, edit.lastColumn);
      return sqref === "" ? "" : element.replace(SQREF, ` sqref="${sqref}"`);
    });
  }
  return text;
}

/** Defined names over more than LIMITS.nameCells cells dropped from the workbook's XML. */
export function editWorkbookXml(xml: string): string {
  return xml.replace(/<definedName\b[^>]*?(?:\/>|>([\s\S]*?)<\/definedName>)/g, (element, formula?: string) =>
    formula !== undefined && nameCells(formula) > LIMITS.nameCells ? "" : element,
  );
}

async function rewrite(bytes: Buffer, edits: ReadonlyMap<string, (xml: string) => string>): Promise<Buffer> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    for (const [name, edit] of edits) {
      const file = zip.file(name);
      if (file) zip.file(name, edit(await file.async("string")));
    }
    return await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  } catch {
    throw unpackFailed();
  }
}

/** What the pre-flight found: the parts, and per sheet part (named as exceljs names it) its facts and edit. */
export interface Inspection {
  readonly entries: readonly ZipEntry[];
  readonly sheets: ReadonlyMap<string, { readonly facts: PartFacts; readonly edit: SheetEdit }>;
  /** The XML edits exceljs needs, by the entry's own name: none when the package is safe for it as it is. */
  readonly edits: ReadonlyMap<string, (xml: string) => string>;
}

/** The pre-flight's checks and plan: refuses (CannotAuditError) what is too large or damaged, changes nothing. */
export async function inspectPackage(bytes: Buffer): Promise<Inspection> {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes).filter((entry) => !entry.name.endsWith("/"));
  } catch (error) {
    if (error instanceof ZipDirectoryError) throw unpackFailed();
    throw error;
  }
  if (isOds(bytes, entries)) throw new CannotAuditError("ods");
  checkDeclaredSizes(entries);

  const scans = new Map<string, { entry: ZipEntry; facts: PartFacts }>();
  for (const entry of entries) {
    const name = partName(entry);
    const scan = SHEET_PART.test(name) || name === WORKBOOK_PART || name === WORKBOOK_RELS ? new XmlScan() : undefined;
    try {
      await unpack(bytes, entry, scan);
    } catch (error) {
      if (error instanceof ZipDirectoryError) throw unpackFailed();
      throw error;
    }
    if (scan) scans.set(name, { entry, facts: scan.facts });
  }

  const names = sheetNames(scans.get(WORKBOOK_PART)?.facts, scans.get(WORKBOOK_RELS)?.facts);
  const edits = new Map<string, (xml: string) => string>();
  const sheets = new Map<string, { facts: PartFacts; edit: SheetEdit }>();
  for (const [name, { entry, facts }] of scans) {
    if (!SHEET_PART.test(name)) continue;
    const sheet = names.get(name) ?? name;
    if (facts.beyondExcel) {
      throw new CannotAuditError("beyond-excel", "", { kind: facts.beyondExcel.kind, name: facts.beyondExcel.ref, sheet });
    }
    const edit: SheetEdit = {
      merges: planMerges(facts, sheet),
      validations: planValidations(facts),
      lastRow: facts.lastRow,
      lastColumn: facts.lastColumn,
    };
    sheets.set(name, { facts, edit });
    if (edit.merges.size > 0 || edit.validations !== "keep") edits.set(entry.name, (xml) => editSheetXml(xml, edit));
  }
  const workbook = scans.get(WORKBOOK_PART);
  if (workbook && (workbook.facts.longName || workbook.facts.definedNames.some((formula) => nameCells(formula) > LIMITS.nameCells))) {
    edits.set(workbook.entry.name, editWorkbookXml);
  }
  return { entries, sheets, edits };
}

/** The package for exceljs: `bytes` itself, or a rewritten copy whose ranges exceljs can expand safely. */
export function packageForExceljs(bytes: Buffer, inspection: Inspection): Promise<Buffer> {
  return inspection.edits.size === 0 ? Promise.resolve(bytes) : rewrite(bytes, inspection.edits);
}

/**
 * The pre-flight: refuses (CannotAuditError) what is too large or damaged, and returns the package for exceljs:
 * `bytes` itself, or a rewritten copy whose ranges exceljs can expand safely.
 */
export async function preflight(bytes: Buffer): Promise<Buffer> {
  return packageForExceljs(bytes, await inspectPackage(bytes));
}
