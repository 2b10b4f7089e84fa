/**
 * Hostile packages for the pre-flight's tests, built small: a real plan written by exceljs, then its XML patched with
 * jszip, or its zip directory's declared sizes forged (no gigabyte is ever deflated).
 */
import JSZip from "jszip";
import { planWorkbook } from "./helpers";

/** The small valid plan (helpers.planWorkbook: sheet "Plāns", cells A1:F8) as package bytes. */
export async function planBytes(): Promise<Buffer> {
  return Buffer.from(await planWorkbook().xlsx.writeBuffer());
}

/** The plan with parts' XML changed (`edit` gets the text, returns the new one) and parts added. */
export async function patchedPlan(
  edits: Readonly<Record<string, (xml: string) => string>>,
  added: Readonly<Record<string, string | Buffer>> = {},
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await planBytes());
  for (const [name, edit] of Object.entries(edits)) {
    const file = zip.file(name);
    if (!file) throw new Error(`no part ${name}`);
    zip.file(name, edit(await file.async("string")));
  }
  for (const [name, content] of Object.entries(added)) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export const SHEET = "xl/worksheets/sheet1.xml";
export const WORKBOOK = "xl/workbook.xml";

/** XML put into the sheet right after its cells (where Excel writes merges, validations, formats). */
export const afterSheetData = (xml: string) => (sheet: string) => sheet.replace("</sheetData>", `</sheetData>${xml}`);
/** Rows added at the end of the sheet's cells. */
export const moreRows = (xml: string) => (sheet: string) => sheet.replace("</sheetData>", `${xml}</sheetData>`);

/** The central directory entry of `name`: its offset in `bytes`. */
function directoryEntry(bytes: Buffer, name: string): number {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.toString("utf8", at + 46, at + 46 + nameLength) === name) return at;
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  throw new Error(`no directory entry ${name}`);
}

/** A copy of `bytes` whose directory declares other sizes for `name` (the packed bytes stay as they are). */
export function forgeSizes(bytes: Buffer, name: string, sizes: { uncompressed?: number; compressed?: number }): Buffer {
  const forged = Buffer.from(bytes);
  const at = directoryEntry(forged, name);
  if (sizes.compressed !== undefined) forged.writeUInt32LE(sizes.compressed, at + 20);
  if (sizes.uncompressed !== undefined) forged.writeUInt32LE(sizes.uncompressed, at + 24);
  return forged;
}
