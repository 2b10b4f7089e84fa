/**
 * --out (src/cli/write-copy.ts): a copy with flagged cells filled and noted and an "Audit" sheet linking to each
 * issue's cell; the input is never modified; the copy never replaces the input; a failed write leaves nothing.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { EXAMPLE_MISTAKES, EXAMPLE_PATH, EXAMPLE_SHEET } from "../../scripts/make-example";
import { cellMarks, type AuditReport } from "../../src/audit";
import {
  day,
  fillOf as fillOfCell,
  noteOf as noteOfCell,
  planWorkbook,
  run,
  sha256,
  tempDir,
  writeWorkbook,
  writtenMarks,
} from "./helpers";

const dir = tempDir();

async function read(path: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The cell's solid fill as "#RRGGBB". */
function fillOf(workbook: Workbook, sheet: string, cell: string): string | undefined {
  return fillOfCell(workbook.getWorksheet(sheet)!.getCell(cell));
}

function noteOf(workbook: Workbook, sheet: string, cell: string): string {
  return noteOfCell(workbook.getWorksheet(sheet)!.getCell(cell));
}

/** Excel's "Bad" and "Neutral" cell-style fills, and the light blue of info. */
const BAD = "#FFC7CE";
const NEUTRAL = "#FFEB9C";
const LIGHT_BLUE = "#DDEBF7";

describe("--out on the example", () => {
  const input = join(dir, "plan.xlsx");
  const out = join(dir, "plan-audited.xlsx");
  let before: string;
  let result: Awaited<ReturnType<typeof run>>;
  let copy: Workbook;
  let json: { issues: { sheet: string | null; cell: string | null; severity: string; rule: string; message: string }[] };

  beforeAll(async () => {
    copyFileSync(EXAMPLE_PATH, input);
    before = sha256(input);
    result = await run([input, "--out", out, "--json"]);
    json = JSON.parse(result.stdout);
    copy = await read(out);
  });

  test("exits as the audit does, keeps stdout JSON only and says where the copy is on stderr", () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Audited copy written to ${out}\n`);
  });

  test("leaves the input file byte for byte as it was", () => {
    expect(sha256(input)).toBe(before);
  });

  test("fills each flagged cell by its worst severity: errors Bad, warnings Neutral", () => {
    const fills = { error: BAD, warning: NEUTRAL };
    for (const mistake of EXAMPLE_MISTAKES) {
      const severity = json.issues.find((i) => i.rule === mistake.rule)?.severity as "error" | "warning";
      for (const cell of mistake.cells) expect([cell, fillOf(copy, EXAMPLE_SHEET, cell)]).toEqual([cell, fills[severity]]);
    }
    expect(fillOf(copy, EXAMPLE_SHEET, "F12")).toBe("#FFC7CE");
    expect(fillOf(copy, EXAMPLE_SHEET, "G23")).toBe("#FFEB9C");
    // An unflagged cell keeps its own look.
    expect(fillOf(copy, EXAMPLE_SHEET, "B11")).toBeUndefined();
  });

  test("puts a note on each flagged cell saying why, every message of that cell", () => {
    expect(noteOf(copy, EXAMPLE_SHEET, "F12")).toMatch(/^Erasmus\+ plan audit:\n• Courses and training lasts 12 days[^\n]*$/);
    const l17 = noteOf(copy, EXAMPLE_SHEET, "L17");
    expect(l17.split("\n")).toEqual([
      "Erasmus+ plan audit:",
      expect.stringMatching(/^• Group "8\.b"/),
      expect.stringMatching(/^• Reminder for group "8\.b"/),
    ]);
    expect(fillOf(copy, EXAMPLE_SHEET, "L17")).toBe(BAD);
    expect(noteOf(copy, EXAMPLE_SHEET, "B11")).toBe("");
  });

  test("writes exactly the marks of cellMarks: the same cells, fills and notes, and no other note", () => {
    const report = { language: "en", issues: json.issues } as unknown as AuditReport;
    const expected = cellMarks(report).map(({ sheet, cell, fill, note }) => ({ sheet, cell, fill, note }));
    // The example's deliberate mistakes are all its flagged cells.
    expect(expected.map((m) => m.cell).sort()).toEqual(EXAMPLE_MISTAKES.flatMap((m) => m.cells).sort());
    expect(writtenMarks(copy).filter((m) => m.sheet !== "Audit")).toEqual(expected);
  });

  test("changes the fill of no cell but the marked ones", async () => {
    const original = await read(input);
    const marked = new Set(writtenMarks(copy).map((m) => `${m.sheet}!${m.cell}`));
    for (const sheet of original.worksheets) {
      sheet.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (marked.has(`${sheet.name}!${cell.address}`)) return;
          expect([cell.address, fillOfCell(copy.getWorksheet(sheet.name)!.getCell(cell.address))]).toEqual([
            cell.address,
            fillOfCell(cell),
          ]);
        }),
      );
    }
  });

  test('adds a sheet "Audit" listing every issue with a link to its cell', () => {
    const audit = copy.getWorksheet("Audit");
    expect(audit).toBeDefined();
    expect(audit?.getRow(1).values).toEqual([undefined, "Sheet", "Cell", "Severity", "Rule", "Message"]);
    json.issues.forEach((issue, i) => {
      const row = audit!.getRow(2 + i);
      expect(row.getCell(1).value).toBe(issue.sheet ?? null);
      expect(row.getCell(4).value).toBe(issue.rule);
      expect(row.getCell(5).value).toBe(issue.message);
      const link = row.getCell(2).value as { formula: string; result: string };
      expect(link.formula).toBe(`HYPERLINK("#'${issue.sheet}'!${issue.cell}","${issue.cell}")`);
      expect(link.result).toBe(issue.cell);
    });
  });

  test("keeps the rest of the workbook: values, formulas, merges", () => {
    const sheet = copy.getWorksheet(EXAMPLE_SHEET)!;
    expect(sheet.getCell("G12").value).toEqual({ formula: "F12-E12+1", result: 12 });
    expect(sheet.getCell("B12").value).toBe("Andris Ozols");
    expect(sheet.getCell("C1").isMerged).toBe(true);
  });
});

describe("--out marks", () => {
  test("an info-only cell is filled light blue and noted", async () => {
    const input = await writeWorkbook(
      join(dir, "info.xlsx"),
      planWorkbook(
        [["Pēteris Kalns", "Skolēnu ilgtermiņa mobilitāte", day("2026-10-01"), day("2026-12-20"), "Vācija", "Schule Köln"]],
        "SCH",
      ),
    );
    const out = join(dir, "info-copy.xlsx");
    expect((await run([input, "--out", out])).code).toBe(0);
    const marks = writtenMarks(await read(out)).filter((m) => m.sheet === "Plāns");
    expect(marks).toEqual([
      {
        sheet: "Plāns",
        cell: "B8",
        fill: LIGHT_BLUE,
        note: "Erasmus+ plan audit:\n• Reminder: pre-departure training is compulsory for long-term pupil mobility.",
      },
    ]);
  });

  test("a value merged down a column is marked once, on the merge's top cell", async () => {
    const workbook = planWorkbook([
      ["Anna Bērziņa", "Ēnošana darbā", day("2026-10-05"), day("2026-10-09"), "Šveice", "Schule Bern"],
      ["Juris Liepa", "Ēnošana darbā", day("2026-10-05"), day("2026-10-09"), null, "Schule Bern"],
    ]);
    workbook.worksheets[0].mergeCells("E8:E9");
    const input = await writeWorkbook(join(dir, "merged.xlsx"), workbook);
    const out = join(dir, "merged-copy.xlsx");
    const { stdout } = await run([input, "--out", out, "--json"]);
    // The audit flags both rows (the merged value is each row's); the copy marks the one cell a reader sees.
    expect(
      JSON.parse(stdout)
        .issues.filter((i: { rule: string }) => i.rule === "country-not-eligible")
        .map((i: { cell: string }) => i.cell),
    ).toEqual(["E8", "E9"]);
    const marks = writtenMarks(await read(out)).filter((m) => m.sheet === "Plāns");
    expect(marks.map((m) => [m.cell, m.fill])).toEqual([["E8", BAD]]);
    expect(marks[0].note.split("\n")).toHaveLength(2);
  });

  test("a cell's own note is kept unchanged and gets no audit note (as in the pane); the cell is still filled", async () => {
    const workbook = planWorkbook([["Anna Bērziņa", "Ēnošana darbā", day("2026-10-09"), day("2026-10-05"), "Vācija", "Schule Köln"]]);
    workbook.worksheets[0].getCell("D8").note = "Check with Anna";
    const input = await writeWorkbook(join(dir, "own-note.xlsx"), workbook);
    const out = join(dir, "own-note-copy.xlsx");
    await run([input, "--out", out]);
    const copy = await read(out);
    expect(noteOf(copy, "Plāns", "D8")).toBe("Check with Anna");
    expect(fillOf(copy, "Plāns", "D8")).toBe(BAD);
  });
});

describe("--out safety", () => {
  test("refuses to write over the input: exit 2, one line, the input untouched, no copy", async () => {
    const input = await writeWorkbook(join(dir, "same.xlsx"), planWorkbook());
    const before = sha256(input);
    const files = readdirSync(dir).sort();
    const { code, stdout, stderr } = await run([input, "--out", input]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^mobility-audit: cannot audit .*same\.xlsx: --out names the input file[^\n]*\n$/);
    expect(sha256(input)).toBe(before);
    // Also when the two paths are spelled differently.
    const relative = await run(["same.xlsx", "--out", "./sub/../same.xlsx"], { cwd: dir });
    expect(relative.code).toBe(2);
    expect(sha256(input)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  test("a copy that cannot be written is exit 2 with one line, and leaves no file behind", async () => {
    const input = await writeWorkbook(join(dir, "ok.xlsx"), planWorkbook());
    const target = join(dir, "no-such-folder", "copy.xlsx");
    const { code, stdout, stderr } = await run([input, "--out", target]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^mobility-audit: cannot write [^\n]*copy\.xlsx: the file could not be written \(ENOENT: no such file or directory\)\n$/,
    );
    expect(existsSync(target)).toBe(false);
  });

  test("no temporary files remain beside a written copy, and a plan without errors exits 0", async () => {
    const sub = join(dir, "clean");
    const input = await writeWorkbook(join(dir, "clean.xlsx"), planWorkbook());
    mkdirSync(sub);
    const { code } = await run([input, "--out", join(sub, "copy.xlsx")]);
    expect(code).toBe(0);
    expect(readdirSync(sub)).toEqual(["copy.xlsx"]);
  });

  test('a workbook that has a sheet "Audit" gets "Audit 2"', async () => {
    const workbook = planWorkbook([["Anna Bērziņa", "Ēnošana darbā", day("2026-10-09"), day("2026-10-05"), "Vācija", "Schule Köln"]]);
    workbook.addWorksheet("audit").getCell("A1").value = "my own notes";
    const input = await writeWorkbook(join(dir, "has-audit.xlsx"), workbook);
    const out = join(dir, "has-audit-copy.xlsx");
    expect((await run([input, "--out", out])).code).toBe(1);
    const copy = await read(out);
    expect(copy.worksheets.map((w) => w.name)).toEqual(["Plāns", "audit", "Audit 2"]);
    expect(copy.getWorksheet("audit")?.getCell("A1").value).toBe("my own notes");
    expect(copy.getWorksheet("Audit 2")?.getCell("B2").value).toMatchObject({ formula: `HYPERLINK("#'Plāns'!D8","D8")` });
    expect(fillOf(copy, "Plāns", "D8")).toBe(BAD);
  });

  test("in Latvian, the Audit sheet and notes are Latvian", async () => {
    const input = await writeWorkbook(
      join(dir, "lv.xlsx"),
      planWorkbook([["Anna Bērziņa", "Ēnošana darbā", day("2026-10-09"), day("2026-10-05"), "Vācija", "Schule Köln"]]),
    );
    const out = join(dir, "lv-copy.xlsx");
    expect((await run([input, "--out", out, "--lang", "lv"])).code).toBe(1);
    const copy = await read(out);
    expect(copy.getWorksheet("Audit")?.getRow(1).values).toEqual([undefined, "Lapa", "Šūna", "Nozīmīgums", "Noteikums", "Ziņojums"]);
    expect(noteOf(copy, "Plāns", "D8")).toMatch(/^Erasmus\+ plāna audits:\n• Beigu datums/);
  });
});
