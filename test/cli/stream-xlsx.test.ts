/**
 * The streaming reader (src/cli/stream-xlsx.ts) makes the grid exceljs's full model makes (read-xlsx.ts's
 * workbookGrid): for the example plan, the workbooks the command's tests write, packages written by hand the way
 * other programs write them, and random workbooks. And it reads a big sheet without exceljs's model.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook, type Worksheet } from "exceljs";
import fc from "fast-check";
import { EXAMPLE_PATH } from "../../scripts/make-example";
import { writeTallPlanXlsx } from "../../bench/full-height";
import { COLUMNS, planRows } from "../../bench/plan-generator";
import type { WorkbookGrid } from "../../src/audit";
import { loadWorkbook, readPackage, workbookGrid } from "../../src/cli/read-xlsx";
import { MAX_GRID_CELLS, readGrid } from "../../src/cli/stream-xlsx";
import { afterSheetData, moreRows, patchedPlan, SHEET } from "./hostile-files";
import { day, planWorkbook, run, tempDir, zip } from "./helpers";

const dir = tempDir();
let files = 0;

async function streamed(path: string): Promise<WorkbookGrid> {
  const checked = await readPackage(path);
  return readGrid(checked.bytes, checked.inspection);
}

/** Both readers on one file: the streamed grid, after checking it equals exceljs's. */
async function expectSameGrid(path: string): Promise<WorkbookGrid> {
  const [mine, reference] = await Promise.all([streamed(path), loadWorkbook(path).then(workbookGrid)]);
  expect(mine).toEqual(reference);
  return mine;
}

function save(content: Buffer | string): string {
  const path = join(dir, `file-${files++}.xlsx`);
  writeFileSync(path, content);
  return path;
}

async function saveWorkbook(workbook: Workbook): Promise<string> {
  return save(Buffer.from(await workbook.xlsx.writeBuffer()));
}

describe("the streamed grid is exceljs's grid", () => {
  test("the example plan", async () => {
    const grid = await expectSameGrid(EXAMPLE_PATH);
    expect(grid.sheets.length).toBeGreaterThan(0);
  });

  test("the command tests' plans, with rows, gaps, merges and the 1904 system", async () => {
    await expectSameGrid(await saveWorkbook(planWorkbook()));
    const plan = planWorkbook([
      ["Anna Bērziņa", "Ēnošana darbā", day("2026-10-05"), day("2026-10-09"), "Vācija", "Schule Köln"],
      [],
      ["Jānis Ozols", { richText: [{ text: "Kursi " }, { text: "un apmācības", font: { bold: true } }] }, day("2026-11-02")],
    ]);
    const sheet = plan.worksheets[0];
    sheet.mergeCells("F8:F10");
    sheet.mergeCells("A12:C12");
    sheet.getCell("H9").value = { text: "Skola", hyperlink: "https://skola.example" };
    sheet.getCell("H10").value = { formula: "1+1" } as never;
    sheet.getCell("J20").numFmt = "dd.mm.yyyy";
    plan.properties.date1904 = true;
    await expectSameGrid(await saveWorkbook(plan));
  });

  test.each([
    [
      "merged areas clipped by the pre-flight",
      afterSheetData('<mergeCells count="2"><mergeCell ref="C1:XFD6"/><mergeCell ref="A8:A30"/></mergeCells>'),
    ],
    [
      "a merged area down to the last row of the sheet",
      afterSheetData('<mergeCells count="1"><mergeCell ref="F8:F1048576"/></mergeCells>'),
    ],
    ["a row far below with a styled empty cell", moreRows('<row r="40"><c r="D40" s="1"/></row>')],
    ["a row repeated", moreRows('<row r="8"><c r="A8" t="inlineStr"><is><t>Again</t></is></c></row>')],
  ])("a patched plan: %s", async (_, edit) => {
    await expectSameGrid(save(await patchedPlan({ [SHEET]: edit })));
  });
});

/** A package as another program writes it: a workbook, its relationships, and the given sheets and parts. */
function handWritten(sheets: readonly { name: string; xml: string }[], parts: Record<string, string> = {}, workbookPr = ""): string {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const relNs = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return save(
    zip({
      "[Content_Types].xml":
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
      "_rels/.rels":
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      "xl/workbook.xml": `<?xml version="1.0"?><workbook ${ns} ${relNs}>${workbookPr}<sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join("")}</Relationships>`,
      ...Object.fromEntries(
        sheets.map((s, i) => [`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0"?><worksheet ${ns} ${relNs}>${s.xml}</worksheet>`]),
      ),
      ...parts,
    }),
  );
}

const STYLES = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="4"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/><numFmt numFmtId="165" formatCode="&quot;dienas&quot; 0"/>
<numFmt numFmtId="166" formatCode="[Red]0.00"/><numFmt numFmtId="167" formatCode="0\\d"/></numFmts>
<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="47"/></cellXfs></styleSheet>`;

const SHARED = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<si><t>Vārds</t></si><si><r><rPr><b/></rPr><t>Ēno</t></r><r><t xml:space="preserve">šana </t></r></si>
<si><t>Line_x000D__x000A_two &amp; &lt;more&gt;</t><rPh sb="0" eb="1"><t>phonetic</t></rPh></si><si/><si><t/></si>
<si><r><t>only run</t></r><t>then text</t></si></sst>`;

describe("packages written by other programs", () => {
  test("every kind of cell: shared (rich, phonetic, empty), inline, str, booleans, errors, formulas, styled empties", async () => {
    const cells =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>Inline &amp; _x0041_</t></is></c><c r="B2" t="inlineStr"><is><r><t>Ri</t></r><r><rPr><i/></rPr><t>ch_x0041_</t></r></is></c>' +
      '<c r="C2" t="str"><v>&amp;amp; text</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="b"><v>0</v></c><c r="F2" t="e"><v>#N/A</v></c></row>' +
      '<row r="3"><c r="A3"><f>1+1</f><v>2</v></c><c r="B3" t="str"><f>"a"</f><v>a&lt;b</v></c><c r="C3" t="b"><f>TRUE()</f><v>1</v></c>' +
      '<c r="D3" t="e"><f>NA()</f><v>#N/A</v></c><c r="E3"><f>A3</f></c><c r="F3"><f t="shared" si="0"/></c><c r="G3" s="2"><f>TODAY()</f><v>46300</v></c></row>' +
      '<row r="4"><c r="A4" s="1"><v>46300</v></c><c r="B4" s="2"><v>46300.75</v></c><c r="C4" s="3"><v>46300</v></c><c r="D4" s="4"><v>46300</v></c>' +
      '<c r="E4" s="5"><v>46300</v></c><c r="F4" s="6"><v>0.5</v></c><c r="G4" s="2"><v>abc</v></c><c r="H4"><v>1e3</v></c><c r="I4"><v> 7 </v></c></row>' +
      '<row r="5"><c r="A5" s="1"/><c r="B5"/><c r="D5" s="2"/></row>' +
      '<row r="6"><c r="A6" s="1"/><c r="B6" t="s"><v>0</v></c><c r="E6" s="3"/></row>' +
      '<row r="8"><c t="inlineStr" r="B8"><is><t>no r next</t></is></c><c t="inlineStr"><is><t>C8</t></is></c><c/><c t="n"><v>4</v></c></row>' +
      '<row r="9"><c r="A9"><v><![CDATA[9]]></v></c><c r="B9"><!-- note --><v>1<!-- x -->2</v></c><c r="C9" t="d"><v>2026-09-01</v></c></row>';
    const hyperlinks =
      '<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="A3" r:id="rId1"/><hyperlink ref="A2" location="\'S\'!A1"/></hyperlinks>';
    const path = handWritten([{ name: "Plāns &amp;amp; 1", xml: `<sheetData>${cells}</sheetData>${hyperlinks}` }], {
      "xl/styles.xml": STYLES,
      "xl/sharedStrings.xml": SHARED,
      "xl/worksheets/_rels/sheet1.xml.rels":
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://x.example" TargetMode="External"/></Relationships>',
    });
    const grid = await expectSameGrid(path);
    // A few facts spelled out, so that a shared mistake of both readers would show too.
    expect(grid.sheets[0].name).toBe("Plāns & 1");
    expect(grid.sheets[0].rows[0].slice(0, 2)).toEqual(["Vārds", "Ēnošana "]);
    expect(grid.sheets[0].rows[3][0]).toEqual({ date: "2026-10-05" });
  });

  test("the 1904 system, sheets in the workbook's order whatever the package's, and no shared strings or styles", async () => {
    const path = handWritten(
      [
        { name: "Second", xml: '<sheetData><row r="1"><c r="A1" t="s"><v>3</v></c><c r="B1"><v>44845</v></c></row></sheetData>' },
        { name: "First", xml: '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row></sheetData>' },
      ],
      {},
      '<workbookPr date1904="1"/>',
    );
    const grid = await expectSameGrid(path);
    expect(grid.date1904).toBe(true);
    expect(grid.sheets[0].rows[0]).toEqual([3, 44845]);
  });

  test.each([
    ["a shared string that is not there", '<row r="1"><c r="A1" t="s"><v>9</v></c></row>'],
    ["a row without a number", '<row><c r="A1"><v>1</v></c></row>'],
    ["a closing tag that does not match", '<row r="1"><c r="A1"><v>1</c></v></row>'],
    ["an unknown entity", '<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>'],
  ])("damage as exceljs finds it: %s", async (_, rows) => {
    const path = handWritten([{ name: "S", xml: `<sheetData>${rows}</sheetData>` }], { "xl/sharedStrings.xml": SHARED });
    await expect(streamed(path)).rejects.toMatchObject({ reason: "corrupt" });
    await expect(loadWorkbook(path)).rejects.toMatchObject({ reason: "corrupt" });
  });
});

/** A random value of a kind a plan holds, with how exceljs writes it. */
const cellValue = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("Vārds, uzvārds", "Ēnošana darbā", "a & b < c", "_x0041_", "  spaced  ", "=not a formula", "05.10.2026."),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.boolean(),
  fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) }).map((time) => new Date(Math.floor(time / 86_400_000) * 86_400_000)),
  fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }),
  fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.boolean()).map((result) => ({ formula: "A1", result })),
  fc.constant({ formula: "B2+1" }),
  fc.array(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 3 }).map((texts) => ({ richText: texts.map((text) => ({ text })) })),
  fc.string({ maxLength: 6 }).map((text) => ({ text, hyperlink: "https://example.org" })),
);

const cellSpec = fc.record({
  row: fc.integer({ min: 1, max: 12 }),
  column: fc.integer({ min: 1, max: 6 }),
  value: cellValue,
  format: fc.constantFrom(undefined, "dd.mm.yyyy", "0.00", '"d" 0', "[h]:mm", "@"),
});

const workbookSpec = fc.record({
  date1904: fc.boolean(),
  sheets: fc.uniqueArray(
    fc.record({
      name: fc.constantFrom("Plāns", "Mobilitātes", "Sheet & 1", "Projekts 2026", "Ļoti gara lapas nosaukuma daļa", "Dati"),
      cells: fc.array(cellSpec, { maxLength: 30 }),
      merges: fc.array(
        fc.record({ row: fc.integer({ min: 1, max: 12 }), column: fc.integer({ min: 1, max: 6 }), down: fc.nat(3), right: fc.nat(2) }),
        { maxLength: 3 },
      ),
    }),
    { minLength: 1, maxLength: 3, selector: (sheet) => sheet.name.toLowerCase() },
  ),
});

type SheetSpec = (typeof workbookSpec extends fc.Arbitrary<infer T> ? T : never)["sheets"][number];

function fill(sheet: Worksheet, spec: SheetSpec): void {
  for (const { row, column, value, format } of spec.cells) {
    const cell = sheet.getCell(row, column);
    cell.value = value as never;
    if (format) cell.numFmt = format;
  }
  const taken: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const { row, column, down, right } of spec.merges) {
    const area = { top: row, left: column, bottom: row + down, right: column + right };
    if (down + right === 0) continue;
    if (taken.some((o) => area.left <= o.right && o.left <= area.right && area.top <= o.bottom && o.top <= area.bottom)) continue;
    taken.push(area);
    sheet.mergeCells(area.top, area.left, area.bottom, area.right);
  }
}

test("random workbooks: the streamed grid is exceljs's grid", async () => {
  await fc.assert(
    fc.asyncProperty(workbookSpec, async (spec) => {
      const workbook = new Workbook();
      workbook.properties.date1904 = spec.date1904;
      for (const sheetSpec of spec.sheets) fill(workbook.addWorksheet(sheetSpec.name), sheetSpec);
      const path = await saveWorkbook(workbook);
      const [mine, reference] = await Promise.all([streamed(path), loadWorkbook(path).then(workbookGrid)]);
      expect(mine).toEqual(reference);
    }),
    { numRuns: 60 },
  );
}, 120_000);

test("a sheet of 200,000 rows, written by a streaming writer, is read whole without exceljs's model", async () => {
  const rows = 200_000;
  const path = join(dir, "tall.xlsx");
  await writeTallPlanXlsx(path, rows, 5);
  const grid = await streamed(path);
  const sheet = grid.sheets[0];
  expect(grid.sheets).toHaveLength(1);
  expect(sheet.rows).toHaveLength(rows + 1);
  expect(sheet.rows[0]).toEqual(["Vārds, uzvārds", "Aktivitātes veids", "Sākuma datums", "Beigu datums", "Uzņemošā valsts"]);
  // The 5 columns kept: name, activity, start, end, country (plan-generator's 1, 3, 4, 5, 7).
  const expected = planRows(rows);
  for (const index of [0, 1, 2, 99_999, rows - 1]) {
    const plan = expected[index];
    const kept = [1, 3, COLUMNS.start, COLUMNS.end, 7].map((c) => plan[c]);
    while (kept.length > 0 && kept[kept.length - 1] === null) kept.pop();
    expect(sheet.rows[index + 1]).toEqual(kept);
  }
}, 180_000);

describe("rows that reach far to the right", () => {
  /** A value in column XFD on rows 1..rows: each row is 16,384 cells wide in the grid. */
  const farRight = (rows: number) =>
    handWritten([
      {
        name: "S",
        xml: `<sheetData>${Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join("")}</sheetData>`,
      },
    ]);

  test("are read while the grid stays within MAX_GRID_CELLS", async () => {
    const rows = Math.floor(MAX_GRID_CELLS / 16_384);
    const grid = await streamed(farRight(rows));
    expect(grid.sheets[0].rows).toHaveLength(rows);
    expect(grid.sheets[0].rows[rows - 1]).toHaveLength(16_384);
  }, 60_000);

  test("beyond it: too large to read, exit 2 with one line, not a machine out of memory", async () => {
    const path = farRight(Math.floor(MAX_GRID_CELLS / 16_384) + 1);
    await expect(streamed(path)).rejects.toMatchObject({ reason: "too-large-in-memory" });
    const result = await run([path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^mobility-audit: cannot audit .*: the file is too large to read at once: [^\n]*\n$/);
  }, 60_000);
});
