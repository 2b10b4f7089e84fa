/**
 * Hostile and damaged packages through the command (issue 10): each ends with an audit, or with exit 2 and one line
 * on stderr saying what was too large or damaged, and the limit. A generous per-test timeout guards against a hang;
 * no test asserts a time.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { LIMITS } from "../../src/cli/preflight";
import { afterSheetData, forgeSizes, moreRows, patchedPlan, planBytes, SHEET, WORKBOOK } from "./hostile-files";
import { run } from "./helpers";

const HANG_GUARD_MS = 60_000;

/** Each test's own folder, removed after it. */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mobility-audit-hostile-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function audit(bytes: Buffer | Promise<Buffer>, ...args: string[]) {
  const path = join(dir, "plan.xlsx");
  writeFileSync(path, await bytes);
  return run([path, ...args]);
}

/** Exit 2, nothing on stdout, one line on stderr matching `message`. */
function expectRefusal(result: { code: number; stdout: string; stderr: string }, message: RegExp) {
  expect(result.stdout).toBe("");
  expect(result.stderr.endsWith("\n")).toBe(true);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr.trimEnd()).toMatch(/^mobility-audit: (cannot audit|nevar pārbaudīt) .*plan\.xlsx: /);
  expect(result.stderr.trimEnd()).toMatch(message);
  expect(result.code).toBe(2);
}

/** The plan's one activity row audited: no error, one row. */
function expectAudit(result: { code: number; stdout: string; stderr: string }) {
  expect(result.stderr).toBe("");
  expect(JSON.parse(result.stdout).summary).toMatchObject({ errors: 0, rows: 1 });
  expect(result.code).toBe(0);
}

const merges = (refs: readonly string[]) =>
  `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;
const range = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i));

describe("ranges that would make exceljs build millions of cells", () => {
  test(
    "a merged area Z1:XFD1048576 is clipped to the sheet's cells: the plan is audited",
    async () => {
      expectAudit(await audit(patchedPlan({ [SHEET]: afterSheetData(merges(["Z1:XFD1048576"])) }), "--json"));
    },
    HANG_GUARD_MS,
  );

  test(
    "--out writes a copy from the clipped package: the merge is there, within the sheet's cells",
    async () => {
      const out = join(dir, "copy.xlsx");
      const result = await audit(patchedPlan({ [SHEET]: afterSheetData(merges(["C1:XFD6", "A8:A30"])) }), "--json", "--out", out);
      expectAudit({ ...result, stderr: result.stderr.replace(/^Audited copy written to .*\n$/, "") });
      const copy = new Workbook();
      await copy.xlsx.readFile(out);
      const model = copy.getWorksheet("Plāns")!.model as { merges?: string[] };
      // C1:XFD6 (empty, above the table) clipped to the sheet's last column; A8:A30 is left with one cell: no merge.
      expect(model.merges).toEqual(["C1:F6"]);
    },
    HANG_GUARD_MS,
  );

  test(
    "a vertical merge inside the table still gives its value to every row it spans",
    async () => {
      // Row 9 repeats row 8 but for the participant, which the merge A8:A9 carries down.
      const row9 =
        '<row r="9"><c r="B9" t="inlineStr"><is><t>Ēnošana darbā</t></is></c><c r="C9" s="1"><v>46300</v></c><c r="D9" s="1"><v>46304</v></c>' +
        '<c r="E9" t="inlineStr"><is><t>Vācija</t></is></c><c r="F9" t="inlineStr"><is><t>Schule Köln</t></is></c></row>';
      const result = await audit(patchedPlan({ [SHEET]: (xml) => afterSheetData(merges(["A8:A1048576"]))(moreRows(row9)(xml)) }), "--json");
      expect(result.stderr).toBe("");
      expect(JSON.parse(result.stdout).summary).toMatchObject({ errors: 0, rows: 2 });
    },
    HANG_GUARD_MS,
  );

  test(
    "a data validation over the whole sheet is ignored",
    async () => {
      const validation =
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>';
      expectAudit(await audit(patchedPlan({ [SHEET]: afterSheetData(validation) }), "--json"));
    },
    HANG_GUARD_MS,
  );

  test(
    "a conditional format over the whole sheet is ignored",
    async () => {
      const format =
        '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>';
      expectAudit(await audit(patchedPlan({ [SHEET]: afterSheetData(format) }), "--json"));
    },
    HANG_GUARD_MS,
  );

  test(
    "a defined name over the whole sheet (and a print area) is ignored",
    async () => {
      const names =
        "<definedNames><definedName name=\"everything\">'Plāns'!$A$1:$XFD$1048576</definedName>" +
        '<definedName name="_xlnm.Print_Area" localSheetId="0">Plāns!$A$1:$N$1048576</definedName></definedNames>';
      expectAudit(await audit(patchedPlan({ [WORKBOOK]: (xml) => xml.replace("</sheets>", `</sheets>${names}`) }), "--json"));
    },
    HANG_GUARD_MS,
  );

  test(
    "20,000 one-row merged areas: over the limit they are dropped (the audit reads none of them)",
    async () => {
      const edit = (xml: string) =>
        afterSheetData(merges(range(20_000, (i) => `G${9 + i}:H${9 + i}`)))(moreRows('<row r="20010"><c r="H20010" s="1"/></row>')(xml));
      expectAudit(await audit(patchedPlan({ [SHEET]: edit }), "--json"));
    },
    HANG_GUARD_MS,
  );

  test(
    "20,000 merged areas over two rows each: refused, naming the sheet and the limit",
    async () => {
      const edit = (xml: string) =>
        afterSheetData(merges(range(20_000, (i) => `G${9 + 2 * i}:G${10 + 2 * i}`)))(
          moreRows('<row r="40010"><c r="G40010" s="1"/></row>')(xml),
        );
      expectRefusal(
        await audit(patchedPlan({ [SHEET]: edit })),
        /sheet “Plāns” has 20,000 merged areas over several rows, over the limit of 5,000; unmerge them/,
      );
    },
    HANG_GUARD_MS,
  );

  test(
    "merged areas covering more than a million cells of the sheet's own cells: refused",
    async () => {
      const edit = (xml: string) => afterSheetData(merges(["G1:CV20000"]))(moreRows('<row r="20000"><c r="CV20000" s="1"/></row>')(xml));
      expectRefusal(
        await audit(patchedPlan({ [SHEET]: edit })),
        /sheet “Plāns” has merged areas covering 1,880,000 cells, over the limit of 1,000,000/,
      );
    },
    HANG_GUARD_MS,
  );
});

describe("numbers beyond Excel's own limits: a damaged file", () => {
  const cases: [string, (xml: string) => string, RegExp][] = [
    [
      "a row numbered 2,000,000,000",
      moreRows('<row r="2000000000"><c r="A2000000000" t="inlineStr"><is><t>x</t></is></c></row>'),
      /sheet “Plāns” has row number 2000000000, beyond Excel's 1,048,576 rows × 16,384 columns; open it in Excel/,
    ],
    [
      "a cell in column XFE",
      moreRows('<row r="9"><c r="XFE9" t="inlineStr"><is><t>x</t></is></c></row>'),
      /has a cell XFE9, beyond Excel's/,
    ],
    [
      "a column numbered 2,000,000,000",
      (xml) => xml.replace("<sheetData>", '<cols><col min="1" max="2000000000" width="9"/></cols><sheetData>'),
      /has column number 2000000000/,
    ],
    [
      "a dimension past the last row",
      (xml) => xml.replace('<dimension ref="A1:F8"/>', '<dimension ref="A1:F2000000"/>'),
      /has the range A1:F2000000/,
    ],
    ["a merged area past the last row", afterSheetData(merges(["A8:A1048577"])), /has the range A8:A1048577/],
  ];
  test.each(cases)(
    "%s",
    async (_name, edit, message) => {
      expectRefusal(await audit(patchedPlan({ [SHEET]: edit })), message);
    },
    HANG_GUARD_MS,
  );

  test(
    "the Latvian line",
    async () => {
      const result = await audit(patchedPlan({ [SHEET]: moreRows('<row r="2000000000"/>') }), "--lang", "lv");
      expectRefusal(
        result,
        /fails ir bojāts: lapā “Plāns” ir rindas numurs 2000000000, kas pārsniedz Excel robežas \(1 048 576 rindas × 16 384 kolonnas\)/,
      );
    },
    HANG_GUARD_MS,
  );
});

describe("sizes the zip directory declares", () => {
  test(
    "a part claiming 1.2 GB: refused before anything is unpacked",
    async () => {
      const bytes = forgeSizes(await planBytes(), SHEET, { uncompressed: 1_200_000_000, compressed: 50_000_000 });
      expectRefusal(
        await audit(bytes),
        /the file is too large: its part xl\/worksheets\/sheet1\.xml unpacks to 1\.2 GB, over the limit of 1 GB per part$/,
      );
    },
    HANG_GUARD_MS,
  );

  test(
    "four parts of 400 MB: over the total",
    async () => {
      let bytes = await planBytes();
      for (const name of [SHEET, "xl/styles.xml", "xl/sharedStrings.xml", "xl/theme/theme1.xml"]) {
        bytes = forgeSizes(bytes, name, { uncompressed: 400_000_000, compressed: 10_000_000 });
      }
      expectRefusal(await audit(bytes), /the file is too large: it unpacks to 1\.6 GB, over the limit of 1\.5 GB$/);
    },
    HANG_GUARD_MS,
  );

  test(
    "a part that would unpack a thousand times its packed size",
    async () => {
      const bytes = forgeSizes(await planBytes(), SHEET, { uncompressed: 900_000_000 });
      expectRefusal(
        await audit(bytes),
        /not a normal workbook: its part xl\/worksheets\/sheet1\.xml would unpack to [\d,]+ times its packed size, over the limit of 100 times$/,
      );
    },
    HANG_GUARD_MS,
  );

  test(
    "a real zip bomb: 12 MB of zeros packed into 12 KB",
    async () => {
      const zeros = Buffer.alloc(12_000_000);
      expect(deflateRawSync(zeros).length * LIMITS.ratio).toBeLessThan(zeros.length);
      expectRefusal(await audit(patchedPlan({}, { "xl/media/zeros.bin": zeros })), /not a normal workbook: its part xl\/media\/zeros\.bin/);
    },
    HANG_GUARD_MS,
  );

  test(
    "a part that unpacks to more than its directory says: damaged, and unpacking stops there",
    async () => {
      const bytes = forgeSizes(await planBytes(), SHEET, { uncompressed: 100 });
      expectRefusal(await audit(bytes), /: the file is damaged: a part of it cannot be unpacked; open it in Excel and save it again$/);
    },
    HANG_GUARD_MS,
  );

  test(
    "a part that unpacks to less than its directory says: damaged",
    async () => {
      const bytes = forgeSizes(await planBytes(), SHEET, { uncompressed: 3000 });
      expectRefusal(await audit(bytes), /the file is damaged: a part of it cannot be unpacked/);
    },
    HANG_GUARD_MS,
  );

  test(
    "a part whose packed bytes are not deflate data: damaged, in Latvian too",
    async () => {
      const bytes = await planBytes();
      // The first copy of the name is the part's local header, which exceljs writes without an extra field.
      const at = bytes.indexOf(Buffer.from(SHEET)) + SHEET.length;
      bytes.fill(0xff, at, at + 40);
      expectRefusal(
        await audit(bytes, "--lang", "lv"),
        /: fails ir bojāts: kādu tā daļu nevar atpakot; atveriet to programmā Excel un saglabājiet vēlreiz$/,
      );
    },
    HANG_GUARD_MS,
  );

  test(
    "more parts than the limit",
    async () => {
      const zip = await JSZip.loadAsync(await planBytes());
      for (let i = 0; i <= LIMITS.parts; i++) zip.file(`customXml/item${i}.xml`, "");
      const bytes = await zip.generateAsync({ type: "nodebuffer" });
      expectRefusal(await audit(bytes), /the file is too large: it holds 10,0\d\d parts, over the limit of 10,000$/);
    },
    HANG_GUARD_MS,
  );
});

describe("an OpenDocument spreadsheet", () => {
  test("is told to be saved as .xlsx, in both languages", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    zip.file("content.xml", "<office:document-content/>");
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expectRefusal(
      await audit(bytes),
      /plan\.xlsx: an OpenDocument spreadsheet \(\.ods\); save it as an Excel workbook \(\.xlsx\) and try again$/,
    );
    expectRefusal(
      await audit(bytes, "--lang", "lv"),
      /: tā ir OpenDocument izklājlapa \(\.ods\); saglabājiet to kā Excel darbgrāmatu \(\.xlsx\) un mēģiniet vēlreiz$/,
    );
  });

  test("a text document (.odt) renamed .xlsx is no workbook", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.text", { compression: "STORE" });
    zip.file("content.xml", "<office:document-content/>");
    expectRefusal(await audit(zip.generateAsync({ type: "nodebuffer" })), /plan\.xlsx: not an \.xlsx workbook$/);
  });
});
