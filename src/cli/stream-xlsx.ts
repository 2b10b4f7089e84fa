/**
 * The streaming reader: an .xlsx package → the audit's WorkbookGrid, each part inflated and tokenized as a stream
 * (xml-stream.ts), without exceljs's workbook model, so a full-height sheet (1,048,575 rows) fits in bounded memory.
 * The grid is the one read-xlsx.ts makes through exceljs for the same file (test/cli/stream-xlsx.test.ts checks it),
 * so each rule below is exceljs 4.4's own, as its xforms read a package:
 * - sheets: the parts named like xl/worksheets/sheetN.xml that workbook.xml's <sheet>s reach through its
 *   relationships, named and ordered as the workbook says (a name is entity-decoded twice and cut at 31 characters);
 * - a cell's value: shared strings (rich text runs joined, `_xHHHH_` escapes decoded), inline strings, numbers,
 *   booleans (any number but 0 is true), errors, `t="str"`; a formula gives its cached result, none is
 *   FORMULA_WITHOUT_RESULT; a number (or a formula's number) whose style's format is a date format is a date
 *   (the 1904 system when workbook.xml says date1904="1"); a hyperlink cell gives its text, or nothing if no text;
 * - a row's length is its last cell that has a value or a style; an empty cell without a style is no cell;
 * - merged areas (as the pre-flight clipped them, never expanded past the sheet's last row): the cells below the top
 *   cell in its column repeat its value, the others are empty.
 * Ranges are never expanded beyond what the pre-flight allows; what exceljs would crash on is CannotAuditError("corrupt").
 */
import type { SheetGrid, WorkbookGrid } from "../audit";
import { unpack, type Inspection } from "./preflight";
import { readFailure } from "./read-xlsx";
import { RelationshipsHandler, SharedStringsHandler, StylesHandler, WorkbookHandler } from "./xlsx-parts";
import { SheetHandler, sheetRows, type SheetContext } from "./xlsx-sheet";
import { damaged, XmlTokenizer, type XmlHandler } from "./xml-stream";
import type { ZipEntry } from "./zip-directory";

export { MAX_GRID_CELLS } from "./xlsx-sheet";
export { isDateFormat } from "./xlsx-parts";

/** The parts exceljs reads, matched as it matches them (the sheet patterns unanchored, as exceljs's are). */
const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const SHEET_RELS_PART = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;
const WORKBOOK_PART = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const STYLES_PART = "xl/styles.xml";
const SHARED_STRINGS_PART = "xl/sharedStrings.xml";

/** Unpacks `entry` through a tokenizer feeding `handler`; the tokenizer's damage checks included. */
async function readPart(bytes: Buffer, entry: ZipEntry, handler: XmlHandler): Promise<void> {
  const tokenizer = new XmlTokenizer(handler);
  await unpack(bytes, entry, tokenizer);
  tokenizer.end();
}

const partName = (entry: ZipEntry) => (entry.name.startsWith("/") ? entry.name.slice(1) : entry.name);

/** exceljs's worksheet name rules (Worksheet's name setter), with its messages; a long name is cut at 31. */
function sheetName(name: string | undefined, id: number, taken: readonly string[]): string {
  let text = name ?? `sheet${id}`;
  const fail = (message: string) => readFailure(new Error(message));
  if (text === "") throw fail("The name can't be empty.");
  if (text === "History") throw fail('The name "History" is protected. Please use a different name.');
  if (/[*?:/\\[\]]/.test(text)) throw fail(`Worksheet name ${text} cannot include any of the following characters: * ? : \\ / [ ]`);
  if (/(^')|('$)/.test(text)) throw fail(`The first or last character of worksheet name cannot be a single quotation mark: ${text}`);
  if (text.length > 31) text = text.substring(0, 31);
  if (taken.some((other) => other.toLowerCase() === text.toLowerCase())) throw fail(`Worksheet name already exists: ${text}`);
  return text;
}

/** Reads the package the pre-flight inspected into the audit's grid. Every failure is a CannotAuditError. */
export async function readGrid(bytes: Buffer, inspection: Inspection): Promise<WorkbookGrid> {
  const byName = new Map<string, ZipEntry>();
  for (const entry of inspection.entries) byName.set(partName(entry), entry);

  const read = async <H extends XmlHandler>(name: string, handler: H): Promise<H | undefined> => {
    const entry = byName.get(name);
    if (!entry) return undefined;
    await readPart(bytes, entry, handler);
    return handler;
  };
  const workbook = (await read(WORKBOOK_PART, new WorkbookHandler()))?.facts;
  const workbookRels = (await read(WORKBOOK_RELS, new RelationshipsHandler()))?.targets;
  const styles = await read(STYLES_PART, new StylesHandler());
  const sharedStrings = (await read(SHARED_STRINGS_PART, new SharedStringsHandler()))?.values;
  const date1904 = workbook?.date1904 === true;
  const context: SheetContext = {
    sharedStrings,
    dateStyles: styles ? (styles.dateStyles() ?? null) : undefined,
    date1904,
    count: { cells: 0 },
  };

  // The worksheets in package order, each reached from the workbook (the last <sheet> to reach a part names it).
  const parts = [...byName.keys()].filter((name) => SHEET_PART.test(name));
  const reached = new Map<string, { name: string | undefined; id: number }>();
  for (const sheet of workbook?.sheets ?? []) {
    const target = sheet.rId === undefined ? undefined : workbookRels?.get(sheet.rId);
    if (target === undefined) {
      // exceljs reads the Target of the relationship it found: a relationship without one stops it.
      if (sheet.rId !== undefined && workbookRels?.has(sheet.rId)) throw damaged();
      continue;
    }
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (byName.has(part) && SHEET_PART.test(part)) reached.set(part, { name: sheet.name, id: sheet.id });
  }
  const chosen = new Map<number, { part: string; name: string; orderNo: number }>();
  for (const part of parts) {
    const sheet = reached.get(part);
    if (!sheet) continue;
    const taken = [...chosen.entries()].filter(([id]) => Number.isInteger(id) && id >= 0).map(([, s]) => s.name);
    const name = sheetName(sheet.name, sheet.id, taken);
    const orderNo = (workbook?.sheets ?? []).findIndex((s) => s.id === sheet.id);
    chosen.set(sheet.id, { part, name, orderNo });
  }
  const ordered = [...chosen.entries()]
    .filter(([id]) => Number.isInteger(id) && id >= 1)
    .sort(([a], [b]) => a - b)
    .map(([, sheet]) => sheet)
    .sort((a, b) => a.orderNo - b.orderNo);

  const sheets: SheetGrid[] = [];
  for (const { part, name } of ordered) {
    const handler = new SheetHandler(context);
    await readPart(bytes, byName.get(part) as ZipEntry, handler);
    const sheetNo = SHEET_PART.exec(part)?.[1];
    const relsPart = [...byName.keys()].filter((n) => SHEET_RELS_PART.exec(n)?.[1] === sheetNo).pop();
    const rels = relsPart === undefined ? undefined : (await read(relsPart, new RelationshipsHandler()))?.targets;
    const rows = sheetRows(handler, context.count, rels, inspection.sheets.get(part)?.edit.merges);
    sheets.push({ name, rows, firstRow: 1, firstColumn: 1 });
  }
  return { sheets, date1904 };
}
