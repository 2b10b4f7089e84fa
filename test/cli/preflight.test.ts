/**
 * The pre-flight's parts on their own: A1 ranges (ranges.ts), the zip directory reader (zip-directory.ts), the XML
 * scan (xml-scan.ts) and the size and range decisions (preflight.ts). Properties run from the global fast-check seed.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { CannotAuditError } from "../../src/cli/errors";
import { checkDeclaredSizes, editSheetXml, editWorkbookXml, LIMITS, nameCells, preflight } from "../../src/cli/preflight";
import {
  cellCount,
  clipArea,
  columnLetters,
  EXCEL_COLUMNS,
  EXCEL_ROWS,
  formatArea,
  parseArea,
  parseAreas,
  withinExcel,
  type Area,
} from "../../src/cli/ranges";
import { XmlScan } from "../../src/cli/xml-scan";
import { readZipDirectory, ZipDirectoryError, type ZipEntry } from "../../src/cli/zip-directory";
import { zip } from "./helpers";
import { afterSheetData, moreRows, patchedPlan, planBytes, SHEET, WORKBOOK } from "./hostile-files";

const area = (maxRow: number, maxColumn: number) =>
  fc
    .tuple(
      fc.integer({ min: 1, max: maxRow }),
      fc.integer({ min: 1, max: maxRow }),
      fc.integer({ min: 1, max: maxColumn }),
      fc.integer({ min: 1, max: maxColumn }),
    )
    .map(([r1, r2, c1, c2]): Area => ({
      top: Math.min(r1, r2),
      bottom: Math.max(r1, r2),
      left: Math.min(c1, c2),
      right: Math.max(c1, c2),
    }));

describe("ranges", () => {
  test.each([
    ["A1", { top: 1, left: 1, bottom: 1, right: 1 }],
    ["$B$7:$D$9", { top: 7, left: 2, bottom: 9, right: 4 }],
    ["D9:B7", { top: 7, left: 2, bottom: 9, right: 4 }],
    ["XFD1048576", { top: EXCEL_ROWS, left: EXCEL_COLUMNS, bottom: EXCEL_ROWS, right: EXCEL_COLUMNS }],
    ["A:C", { top: 1, left: 1, bottom: EXCEL_ROWS, right: 3 }],
    ["$3:$7", { top: 3, left: 1, bottom: 7, right: EXCEL_COLUMNS }],
    ["A2000000000", { top: 2_000_000_000, left: 1, bottom: 2_000_000_000, right: 1 }],
  ])("%s", (text, expected) => {
    expect(parseArea(text)).toEqual(expected);
  });

  test.each(["", "A0", "1A", "A1:", "A1:3", "A:1", "A1B2", "#REF!"])("%j is no reference", (text) => {
    expect(parseArea(text)).toBeUndefined();
  });

  test("a sqref lists ranges separated by spaces; one bad range spoils it", () => {
    expect(parseAreas(" D8:D20  F8 ")).toEqual([
      { top: 8, left: 4, bottom: 20, right: 4 },
      { top: 8, left: 6, bottom: 8, right: 6 },
    ]);
    expect(parseAreas("D8:D20 ?")).toBeUndefined();
  });

  test.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [702, "ZZ"],
    [703, "AAA"],
    [EXCEL_COLUMNS, "XFD"],
  ])("column %i is %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  test("a range inside Excel reads back as written", () => {
    fc.assert(fc.property(area(EXCEL_ROWS, EXCEL_COLUMNS), (a) => expect(parseArea(formatArea(a))).toEqual(a)));
  });

  test("withinExcel holds exactly up to the last row and column", () => {
    fc.assert(
      fc.property(area(3 * EXCEL_ROWS, 3 * EXCEL_COLUMNS), (a) => {
        expect(withinExcel(a)).toBe(a.bottom <= EXCEL_ROWS && a.right <= EXCEL_COLUMNS);
      }),
    );
    expect(withinExcel({ top: 1, left: 1, bottom: EXCEL_ROWS, right: EXCEL_COLUMNS })).toBe(true);
    expect(withinExcel({ top: 1, left: 1, bottom: EXCEL_ROWS + 1, right: 1 })).toBe(false);
    expect(withinExcel({ top: 1, left: 1, bottom: 1, right: EXCEL_COLUMNS + 1 })).toBe(false);
  });

  test("a clipped range lies inside both the range and the bounds, and is empty only when they do not meet", () => {
    fc.assert(
      fc.property(
        area(2_000_000, 20_000),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        (a, lastRow, lastColumn) => {
          const clipped = clipArea(a, lastRow, lastColumn);
          if (a.top > lastRow || a.left > lastColumn) return expect(clipped).toBeUndefined();
          expect(clipped).toBeDefined();
          const c = clipped as Area;
          expect([c.top, c.left]).toEqual([a.top, a.left]);
          expect(c.bottom).toBe(Math.min(a.bottom, lastRow));
          expect(c.right).toBe(Math.min(a.right, lastColumn));
          expect(cellCount(c)).toBeLessThanOrEqual(cellCount(a));
        },
      ),
    );
  });
});

describe("the zip directory", () => {
  test("lists what jszip wrote: names and sizes", async () => {
    const bytes = await planBytes();
    const entries = readZipDirectory(bytes).filter((e) => !e.name.endsWith("/"));
    const archive = await JSZip.loadAsync(bytes);
    for (const entry of entries) {
      const content = await archive.file(entry.name)!.async("nodebuffer");
      expect(entry.uncompressedSize).toBe(content.length);
      expect(entry.method).toBe(8);
    }
    expect(entries.map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
  });

  test("reads ZIP64 sizes from the extra field and the ZIP64 end record", () => {
    const classic = zip({ "a.xml": "<a/>", "b.xml": "<bb/>" });
    const zip64 = toZip64(classic);
    expect(readZipDirectory(zip64).map((e) => [e.name, e.uncompressedSize, e.compressedSize])).toEqual(
      readZipDirectory(classic).map((e) => [e.name, e.uncompressedSize, e.compressedSize]),
    );
  });

  test.each([
    ["cut short", (b: Buffer) => b.subarray(0, b.length - 30)],
    ["no zip at all", () => Buffer.alloc(100)],
    ["a directory entry count past the end", (b: Buffer) => withEntryCount(b, 50)],
  ])("a directory %s is a ZipDirectoryError", (_name, damage) => {
    expect(() => readZipDirectory(damage(zip({ "a.xml": "<a/>" })))).toThrow(ZipDirectoryError);
  });
});

/** The same archive with every size and offset moved into ZIP64 fields (APPNOTE 4.3.14, 4.5.3). */
function toZip64(classic: Buffer): Buffer {
  const end = classic.length - 22;
  const directoryOffset = classic.readUInt32LE(end + 16);
  const count = classic.readUInt16LE(end + 10);
  const entries: Buffer[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    const nameLength = classic.readUInt16LE(at + 28);
    const header = Buffer.from(classic.subarray(at, at + 46));
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(header.readUInt32LE(24)), 4);
    extra.writeBigUInt64LE(BigInt(header.readUInt32LE(20)), 12);
    extra.writeBigUInt64LE(BigInt(header.readUInt32LE(42)), 20);
    for (const field of [20, 24, 42]) header.writeUInt32LE(0xffffffff, field);
    header.writeUInt16LE(extra.length, 30);
    entries.push(header, classic.subarray(at + 46, at + 46 + nameLength), extra);
    at += 46 + nameLength;
  }
  const directory = Buffer.concat(entries);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const endRecord = Buffer.from(classic.subarray(end));
  endRecord.writeUInt16LE(0xffff, 8);
  endRecord.writeUInt16LE(0xffff, 10);
  endRecord.writeUInt32LE(0xffffffff, 12);
  endRecord.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([classic.subarray(0, directoryOffset), directory, record, locator, endRecord]);
}

function withEntryCount(bytes: Buffer, count: number): Buffer {
  const copy = Buffer.from(bytes);
  copy.writeUInt16LE(count, copy.length - 22 + 10);
  return copy;
}

describe("declared sizes", () => {
  const entry = (uncompressedSize: number, compressedSize: number, name = "x"): ZipEntry => ({
    name,
    method: 8,
    flags: 0,
    compressedSize,
    uncompressedSize,
    localHeaderOffset: 0,
  });
  const refusal = (entries: ZipEntry[]) => {
    try {
      checkDeclaredSizes(entries);
      return undefined;
    } catch (error) {
      if (!(error instanceof CannotAuditError)) throw error;
      return error.facts?.kind;
    }
  };

  test.each([
    ["a part at the limit", [entry(LIMITS.partBytes, LIMITS.partBytes / 10)], undefined],
    ["a part one byte over", [entry(LIMITS.partBytes + 1, LIMITS.partBytes / 10)], "part"],
    ["a total at the limit", [entry(LIMITS.totalBytes / 2, 1e8), entry(LIMITS.totalBytes / 2, 1e8)], undefined],
    ["a total one byte over", [entry(LIMITS.totalBytes / 2, 1e8), entry(LIMITS.totalBytes / 2 + 1, 1e8)], "total"],
    ["a ratio of 100 over the floor", [entry(LIMITS.ratioFloorBytes + 100, LIMITS.ratioFloorBytes / 100 + 1)], undefined],
    ["a ratio just over 100", [entry(LIMITS.ratioFloorBytes + 100, LIMITS.ratioFloorBytes / 100)], "ratio"],
    ["any ratio at the floor", [entry(LIMITS.ratioFloorBytes, 1)], undefined],
    ["the most parts", Array.from({ length: LIMITS.parts }, () => entry(1, 1)), undefined],
    ["a part too many", Array.from({ length: LIMITS.parts + 1 }, () => entry(1, 1)), "parts"],
  ])("%s", (_name, entries, expected) => {
    expect(refusal(entries)).toBe(expected);
  });

  test("refuses exactly what is over a limit", () => {
    const sizes = fc.record({
      uncompressed: fc.integer({ min: 0, max: 1.2 * LIMITS.partBytes }),
      compressed: fc.integer({ min: 0, max: 1e8 }),
    });
    fc.assert(
      fc.property(fc.array(sizes, { maxLength: 8 }), (parts) => {
        const entries = parts.map((p) => entry(p.uncompressed, p.compressed));
        const bombs = (p: { uncompressed: number; compressed: number }) =>
          p.uncompressed > LIMITS.ratioFloorBytes && p.uncompressed > LIMITS.ratio * p.compressed;
        const total = parts.reduce((sum, p) => sum + p.uncompressed, 0);
        const first = parts.find((p) => p.uncompressed > LIMITS.partBytes || bombs(p));
        const expected = first
          ? first.uncompressed > LIMITS.partBytes
            ? "part"
            : "ratio"
          : total > LIMITS.totalBytes
            ? "total"
            : undefined;
        expect(refusal(entries)).toBe(expected);
      }),
    );
  });
});

describe("the XML scan", () => {
  /** A sheet's XML with rows of cells at the given numbers (rows in order, as Excel writes them). */
  function sheetXml(cells: readonly { row: number; column: number }[]): string {
    const rows = new Map<number, number[]>();
    for (const { row, column } of cells) rows.set(row, [...(rows.get(row) ?? []), column]);
    const body = [...rows.entries()]
      .sort(([a], [b]) => a - b)
      .map(
        ([row, columns]) =>
          `<row r="${row}" spans="1:2">${columns.map((c) => `<c r="${columnLetters(c)}${row}" s="1"><v>1</v></c>`).join("")}</row>`,
      )
      .join("");
    return `<?xml version="1.0"?><worksheet><dimension ref="A1"/><sheetData>${body}</sheetData><mergeCells><mergeCell ref="A1:B2"/></mergeCells></worksheet>`;
  }

  const cell = fc.record({ row: fc.integer({ min: 1, max: 3_000_000 }), column: fc.integer({ min: 1, max: 20_000 }) });

  test("finds the last row and column, and the first number past Excel's limits, however the bytes are cut", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 6 }), (cells, cuts) => {
        const bytes = Buffer.from(sheetXml(cells));
        const scan = new XmlScan();
        let from = 0;
        for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
          scan.write(bytes.subarray(from, Math.max(from, cut)));
          from = Math.max(from, cut);
        }
        scan.write(bytes.subarray(from));
        expect(scan.facts.lastRow).toBe(Math.max(0, ...cells.map((c) => c.row)));
        expect(scan.facts.lastColumn).toBe(Math.max(0, ...cells.map((c) => c.column)));
        const beyond = cells.some((c) => c.row > EXCEL_ROWS || c.column > EXCEL_COLUMNS);
        expect(scan.facts.beyondExcel !== undefined).toBe(beyond);
        expect(scan.facts.merges).toEqual(["A1:B2"]);
      }),
    );
  });

  test("reads attributes in either quote, a tag's '>' inside a quoted value, and defined names' text", () => {
    const scan = new XmlScan();
    scan.write(
      Buffer.from(`<dataValidation prompt="a > b" sqref='D8:D20 F8'><formula1>1</formula1></dataValidation><definedName name="n">'Pl`),
    );
    scan.write(Buffer.from(`āns'!$A$1:$B$2</definedName><x:row r="2000000000"/><row r='7'><c r="C7"/></row>`));
    expect(scan.facts).toMatchObject({ validations: ["D8:D20 F8"], definedNames: ["'Plāns'!$A$1:$B$2"], lastRow: 7, lastColumn: 3 });
    // A prefixed tag is one exceljs skips too.
    expect(scan.facts.beyondExcel).toBeUndefined();
  });
});

describe("the decisions", () => {
  test("a normal plan goes to exceljs as it is, not rewritten", async () => {
    const bytes = await planBytes();
    expect(await preflight(bytes)).toBe(bytes);
  });

  test("a title merged wider than the table is left alone: no rewrite, the copy keeps it", async () => {
    const bytes = await patchedPlan({ [SHEET]: afterSheetData('<mergeCells count="1"><mergeCell ref="A1:N1"/></mergeCells>') });
    expect(await preflight(bytes)).toBe(bytes);
  });

  test.each([
    [LIMITS.mergedCellsWide, "kept"],
    [LIMITS.mergedCellsWide + 1, "clipped to the last column, where nothing is left"],
  ])("merged areas of %i cells right of the sheet's last column are %s", async (cells, _outcome) => {
    const last = 8 + cells;
    const bytes = await patchedPlan({
      [SHEET]: (xml) =>
        afterSheetData(`<mergeCells count="1"><mergeCell ref="G9:G${last}"/></mergeCells>`)(
          moreRows(`<row r="${last}"><c r="A${last}" s="1"/></row>`)(xml),
        ),
    });
    const sheet = await (await JSZip.loadAsync(await preflight(bytes))).file(SHEET)!.async("string");
    expect(sheet.includes(`<mergeCell ref="G9:G${last}"/>`)).toBe(cells <= LIMITS.mergedCellsWide);
  });

  test("a merge reaching below the sheet's last row is clipped to it", async () => {
    const bytes = await patchedPlan({ [SHEET]: afterSheetData('<mergeCells count="1"><mergeCell ref="A8:B30"/></mergeCells>') });
    const checked = await preflight(bytes);
    expect(checked).not.toBe(bytes);
    const sheet = await (await JSZip.loadAsync(checked)).file(SHEET)!.async("string");
    expect(sheet).toContain('<mergeCell ref="A8:B8"/>');
    expect(sheet).not.toContain("A8:B30");
  });

  test("a small data validation and a small defined name are left alone", async () => {
    const bytes = await patchedPlan({
      [SHEET]: afterSheetData(
        '<dataValidations count="1"><dataValidation type="list" sqref="B8:B1000"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
      ),
      [WORKBOOK]: (xml) =>
        xml.replace(
          "</sheets>",
          '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Plāns!$A$1:$F$8</definedName></definedNames>',
        ),
    });
    expect(await preflight(bytes)).toBe(bytes);
  });

  test.each([
    ["Plāns!$A$1:$B$2", 4],
    ["'Plāns 2'!$A$1:$N$100000", 1_400_000],
    ["Plāns!$A:$A", EXCEL_ROWS],
    ["Plāns!$A$1,Plāns!$C$1:$C$3", 4],
    ['"text"', 0],
  ])("the name %s spans %i cells", (formula, cells) => {
    expect(nameCells(formula)).toBe(cells);
  });

  test("a defined name too long to keep while scanning is judged on its full text", async () => {
    const formula = `${"Plāns!$A$1,".repeat(7000)}Plāns!$A$1:$XFD$1048576`;
    const names = `<definedNames><definedName name="long">${formula}</definedName></definedNames>`;
    const bytes = await patchedPlan({ [WORKBOOK]: (xml) => xml.replace("</sheets>", `</sheets>${names}`) });
    const workbook = await (await JSZip.loadAsync(await preflight(bytes))).file(WORKBOOK)!.async("string");
    expect(workbook).not.toContain("definedName ");
  });

  test("only defined names over the limit leave the workbook", () => {
    const xml =
      '<definedNames><definedName name="small">S!$A$1:$B$2</definedName><definedName name="big">S!$A$1:$XFD$1048576</definedName>' +
      '<definedName name="empty"/></definedNames>';
    expect(editWorkbookXml(xml)).toBe(
      '<definedNames><definedName name="small">S!$A$1:$B$2</definedName><definedName name="empty"/></definedNames>',
    );
  });

  test("merges are changed or removed as planned; validations clipped or removed", () => {
    const xml =
      '<sheetData/><mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref="Z1:XFD1048576"/><mergeCell ref="C9:C12"></mergeCell></mergeCells>' +
      '<dataValidations count="2"><dataValidation type="list" sqref="D1:D1048576 Q1"><formula1>"a"</formula1></dataValidation>' +
      '<dataValidation sqref="Q1:Q9"/></dataValidations>';
    const merges = new Map<string, string | null>([
      ["Z1:XFD1048576", "Z1:Z10"],
      ["C9:C12", null],
    ]);
    expect(editSheetXml(xml, { merges, validations: "clip", lastRow: 10, lastColumn: 10 })).toBe(
      '<sheetData/><mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref="Z1:Z10"/></mergeCells>' +
        '<dataValidations count="2"><dataValidation type="list" sqref="D1:D10"><formula1>"a"</formula1></dataValidation></dataValidations>',
    );
    expect(editSheetXml(xml, { merges: new Map(), validations: "remove", lastRow: 10, lastColumn: 26 })).toBe(
      '<sheetData/><mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref="Z1:XFD1048576"/><mergeCell ref="C9:C12"></mergeCell></mergeCells>',
    );
  });
});
