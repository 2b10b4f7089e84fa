/**
 * One way to mark a cell: the pane's audit (against the fake Excel) and the command's --out copy (read back with
 * exceljs) mark the same cells of the example plan with the same fills and the same notes, in both languages.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Workbook } from "exceljs";
import type { CellValue } from "../../src/audit";
import { auditInExcel } from "../../src/excel";
import { cellA1 } from "../../src/excel/address";
import { main } from "../../src/cli/main";
import { loadWorkbook, sheetGrid } from "../../src/cli/read-xlsx";
import type { Language } from "../../src/rules";
import { type FakeFill, type FakeValue, cellKey, createFakeExcel, fakeSheet, fakeWorkbook, keyCell } from "./fake-excel";
import { serial } from "./plans";

const ROOT = path.resolve(__dirname, "..", "..");
const EXAMPLE = path.join(ROOT, "examples", "planning-2026.xlsx");

/** "FFRRGGBB" → "#RRGGBB". */
const hex = (argb: string) => `#${argb.slice(2).toUpperCase()}`;

function noteOf(note: unknown): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  return ((note as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join("");
}

function fillOf(fill: unknown): string | undefined {
  const argb = (fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
  return argb ? hex(argb) : undefined;
}

/** The example as Excel would hand it to the add-in: formula results, date cells as formatted serials, merges. */
function fakeOf(workbook: Workbook) {
  const sheets = workbook.worksheets.map((worksheet) => {
    const grid = sheetGrid(worksheet);
    const formats = new Map<number, string>();
    const fills = new Map<number, FakeFill>();
    const values = grid.rows.map((row, r) =>
      row.map((value: CellValue, c): FakeValue => {
        const cell = worksheet.getCell(r + 1, c + 1);
        const own = fillOf(cell.fill);
        if (own) fills.set(cellKey(r, c), { color: own, pattern: "Solid" });
        // Office.js gives "" for every cell of a merged area but its top-left one.
        if (cell.isMerged && cell.master !== cell) return "";
        if (value === null || value === undefined) return "";
        if (typeof value !== "object") return value;
        if ("error" in value) return value.error;
        formats.set(cellKey(r, c), "dd.mm.yyyy");
        return serial(value.date);
      }),
    );
    const merges = ((worksheet.model as { merges?: string[] }).merges ?? []).slice();
    return fakeSheet(worksheet.name, values, { formats, fills, merges });
  });
  return fakeWorkbook(sheets, { active: sheets[0].name });
}

interface Mark {
  readonly fill: string | undefined;
  readonly note: string;
}

/** Every cell with a note ("Sheet!A1" → its fill and note); the example itself has no notes. */
async function marksOfCopy(file: string, sheets: readonly string[]): Promise<Map<string, Mark>> {
  const copy = await loadWorkbook(file);
  const marks = new Map<string, Mark>();
  for (const name of sheets) {
    copy.getWorksheet(name)?.eachRow((row) =>
      row.eachCell((cell) => {
        const note = noteOf(cell.note);
        if (note !== undefined) marks.set(`${name}!${cell.address}`, { fill: fillOf(cell.fill), note });
      }),
    );
  }
  return marks;
}

async function runCommand(language: Language, out: string): Promise<number> {
  const ignore = { write: () => true };
  return main([EXAMPLE, "--out", out, "--lang", language], { stdout: ignore, stderr: ignore, env: {}, cwd: ROOT });
}

let dir = "";
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pane-and-out-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(["en", "lv"] as const)("the example plan in %s", (language) => {
  it("is marked alike by the pane and by --out: same cells, fills and notes", async () => {
    const original = await loadWorkbook(EXAMPLE);
    const data = fakeOf(original);
    const fake = createFakeExcel(data);
    const result = await auditInExcel(fake, { scope: "workbook", language });

    const pane = new Map<string, Mark>();
    for (const sheet of data.sheets) {
      for (const [key, note] of sheet.notes) {
        const { row, column } = keyCell(key);
        pane.set(`${sheet.name}!${cellA1(row, column)}`, { fill: sheet.fills.get(key)?.color, note: note.content });
      }
    }

    const out = path.join(dir, `copy-${language}.xlsx`);
    expect(await runCommand(language, out)).toBe(1);
    const copy = await marksOfCopy(
      out,
      data.sheets.map((s) => s.name),
    );

    expect(pane.size).toBe(result.highlighted);
    // The example's deliberate mistakes, as the README's table lists them.
    const cells = ["F12", "J13", "J14", "J15", "H16", "L17", "L18", "L19", "L20", "F22", "G23"];
    expect([...pane.keys()].sort()).toEqual(cells.map((c) => `Mobilitātes!${c}`).sort());
    expect([...copy].sort()).toEqual([...pane].sort());
    // The cells of the example's deliberate mistakes (README), each filled by its worst severity: L17 has an error
    // and the group's info; G23 only a warning.
    const sheet = "Mobilitātes";
    const at = (cell: string) => pane.get(`${sheet}!${cell}`)?.fill;
    expect([at("F12"), at("J13"), at("H16"), at("L17"), at("F22"), at("G23")]).toEqual([
      "#FFC7CE",
      "#FFC7CE",
      "#FFC7CE",
      "#FFC7CE",
      "#FFC7CE",
      "#FFEB9C",
    ]);
    const title = language === "en" ? "Erasmus+ plan audit:" : "Erasmus+ plāna audits:";
    for (const { note } of pane.values()) expect(note.startsWith(`${title}\n• `)).toBe(true);
    // Nothing else changed colour: every filled cell is a mark or keeps the example's own fill.
    for (const s of data.sheets) {
      for (const [key, fill] of s.fills) {
        const { row, column } = keyCell(key);
        const address = `${s.name}!${cellA1(row, column)}`;
        if (!pane.has(address))
          expect([address, fill.color]).toEqual([address, fillOf(original.getWorksheet(s.name)?.getCell(row + 1, column + 1).fill)]);
      }
    }
  });
});
