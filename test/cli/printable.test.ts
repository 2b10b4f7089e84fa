/**
 * Terminal control characters from a workbook or the command line (src/cli/printable.ts) are printed as visible
 * escapes in every field of the text report and on every stderr line; the JSON report escapes C1 as well as C0.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { auditWorkbook, type WorkbookGrid } from "../../src/audit";
import { formatJson, jsonReport } from "../../src/cli/format-json";
import { formatText } from "../../src/cli/format-text";
import { escapeJsonControls, isControl, printable } from "../../src/cli/printable";
import { day, planWorkbook, run, tempDir, writeWorkbook } from "./helpers";
import { moreRows, patchedPlan, SHEET, WORKBOOK } from "./hostile-files";

const dir = tempDir();

/** ESC ] 0 ; (set the window title) and BEL; CR LF and TAB; NEL and CSI (C1); DEL. */
const HOSTILE = "\u001b]0;x\u0007\r\n\t\u0085\u009b2J\u007f";
const ESC = "\u001b";
const SHOWN = "\\x1b]0;x\\x07\\r\\n\\t\\x85\\x9b2J\\x7f";

/** The control characters of `text`, as code points (the line feeds between lines excepted by the caller). */
const controls = (text: string) => [...text].filter((c) => isControl(c.charCodeAt(0))).map((c) => c.charCodeAt(0));

describe("printable", () => {
  test.each([
    ["\u001b[2J", "\\x1b[2J"],
    ["bell\u0007", "bell\\x07"],
    ["a\r\nb", "a\\r\\nb"],
    ["a\tb", "a\\tb"],
    ["\u0000", "\\x00"],
    ["\u001f", "\\x1f"],
    ["\u007f", "\\x7f"],
    ["\u0080", "\\x80"],
    ["\u0085", "\\x85"],
    ["\u009b", "\\x9b"],
    ["\u009f", "\\x9f"],
  ])("%j → %s", (text, shown) => {
    expect(printable(text)).toBe(shown);
  });

  test.each([" ", "~", "\u00a0", "Ēnošana darbā", "Bērziņa–Kalniņa “8.b”", "C:\\plans\\plan.xlsx", "🙂"])("%j is left as it is", (text) => {
    expect(printable(text)).toBe(text);
  });

  test("never leaves a control character, and changes nothing else", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const shown = printable(text);
        expect(controls(shown)).toEqual([]);
        expect(shown.replace(/\\(x[0-9a-f]{2}|[nrt])/g, "")).toBe([...text].filter((c) => !isControl(c.charCodeAt(0))).join(""));
      }),
    );
  });
});

describe("escapeJsonControls", () => {
  test("the same JSON, without raw DEL or C1", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: "binary" }), (value, text) => {
        const json = escapeJsonControls(JSON.stringify({ value, text }, null, 2));
        expect(controls(json).filter((c) => c !== 0x0a)).toEqual([]);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, text })));
      }),
    );
    expect(escapeJsonControls(JSON.stringify("a\u009bb\u007f"))).toBe('"a\\u009bb\\u007f"');
  });
});

/**
 * A plan whose sheet name, settings, headers and cells all carry HOSTILE: every field the text report prints from
 * the workbook.
 */
const GRID: WorkbookGrid = {
  sheets: [
    {
      name: `Plāns${HOSTILE}`,
      rows: [
        ["Projekta numurs", "2026-1-LV01-KA122-VET-000123456"],
        ["Sektors", `VET${HOSTILE}`],
        ["Projekta sākums", `01.09.2026${HOSTILE}`],
        ["Valsts", `Latvija${HOSTILE}`],
        [],
        ["Vārds, uzvārds", "Aktivitātes veids", "Sākuma datums", "Beigu datums", "Uzņemošā valsts", `Piezīmes${HOSTILE}`],
        [`Anna${HOSTILE}`, `Ēnošana${HOSTILE}`, "05.10.2026", `09.10.2026${HOSTILE}`, "Vācija", "x"],
      ],
    },
  ],
};

describe("the text report", () => {
  const report = auditWorkbook(GRID, { language: "en" });
  const options = { file: `plan${HOSTILE}.xlsx`, language: "en" as const, rowLabel: () => `Anna${HOSTILE}` };
  const text = formatText(report, options);
  const lines = text.trimEnd().split("\n");
  const sheet = `Plāns${SHOWN}`;

  test("prints no control character but the line feeds between its lines", () => {
    expect(controls(text.replace(/\n/g, ""))).toEqual([]);
  });

  test.each<[string, RegExp | string]>([
    ["the title (the file's name)", `Mobility plan audit: plan${SHOWN}.xlsx`],
    [
      "the project line (a setting's value)",
      new RegExp(`^Project: .*sector VET${escapeRe(SHOWN)} · .* · country Latvija${escapeRe(SHOWN)}$`),
    ],
    ["the table line (the sheet's name)", `Sheet "${sheet}": header on row 6, 1 activity row`],
    ["the columns not read (a header)", `  Columns not read: F "Piezīmes${SHOWN}"`],
    ["a setting's value and where it was read", `  Sector: VET${SHOWN} (${sheet}!B2)`],
    ["the project number's cell", `  Project number: 2026-1-LV01-KA122-VET-000123456 (${sheet}!B1)`],
    [
      "a project issue's cell",
      new RegExp(`^ {2}${escapeRe(sheet)}!B3 +error +project start: The start date "01\\.09\\.2026${escapeRe(SHOWN)}" cannot`),
    ],
    ["a project issue's message", new RegExp(`^ +error +sector: Unknown sector "VET${escapeRe(SHOWN)}": expected VET`)],
    ["the sheet's heading", `== ${sheet} ==`],
    ["a row's heading (the participant)", `Row 7 · Anna${SHOWN}`],
    ["a row issue's message", new RegExp(`^ {2}B7 +error +activity type: Unknown activity type "Ēnošana${escapeRe(SHOWN)}"\\.`)],
  ])("%s", (_field, expected) => {
    expect(lines).toContainEqual(typeof expected === "string" ? expected : expect.stringMatching(expected));
  });

  test("in colour, the only escapes are the colours' own", () => {
    const coloured = formatText(report, { ...options, color: true });
    const colours = new RegExp(`${ESC}\\[\\d+m`, "g");
    expect(controls(coloured.replace(colours, "").replace(/\n/g, ""))).toEqual([]);
    expect(coloured.match(colours)?.length).toBeGreaterThan(10);
    expect(coloured).toContain(`\u001b[1m== ${sheet} ==\u001b[0m`);
  });
});

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("the JSON report", () => {
  test("has no raw C0, DEL or C1 and reads back as the report", () => {
    const report = auditWorkbook(GRID, { language: "en" });
    const json = formatJson(report, `plan${HOSTILE}.xlsx`);
    expect(controls(json).filter((c) => c !== 0x0a)).toEqual([]);
    expect(json).toContain("\\u001b]0;x\\u0007\\r\\n\\t\\u0085\\u009b2J\\u007f");
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(jsonReport(report, `plan${HOSTILE}.xlsx`))));
  });
});

/**
 * The command on a workbook whose cells use Excel's own escapes (`_x001B_`), which exceljs decodes. (exceljs drops
 * control characters from sheet names and C1 ones from cells; the report above covers those fields.)
 */
describe("the command", () => {
  const EXCEL = "_x001B_]0;x_x0007__x000D__x000A__x0009_";
  const DECODED = "\\x1b]0;x\\x07\\r\\n\\t";
  let input: string;

  beforeAll(async () => {
    const workbook = planWorkbook([["ANNA", "ACTIVITY", day("2026-10-05"), day("2026-10-09"), "Vācija", "Schule Köln"]]);
    workbook.worksheets[0].getCell("G7").value = "HEADER";
    const path = await writeWorkbook(join(dir, "escapes.xlsx"), workbook);
    const zip = await JSZip.loadAsync(readFileSync(path));
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    zip.file(
      "xl/sharedStrings.xml",
      strings
        .replace(">ANNA<", `>Anna${EXCEL}Bērziņa<`)
        .replace(">ACTIVITY<", `>Ēnošana${EXCEL}darbā<`)
        .replace(">HEADER<", `>Piezīmes${EXCEL}2<`),
    );
    input = join(dir, "plan\u001b[2J.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
  });

  test("prints the decoded escapes as text: the file's name, the row heading, the message, the header", async () => {
    const { code, stdout } = await run([input]);
    expect(code).toBe(1);
    expect(controls(stdout.replace(/\n/g, ""))).toEqual([]);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(`Mobility plan audit: ${join(dir, "plan\\x1b[2J.xlsx")}`);
    expect(lines).toContain(`Row 8 · Anna${DECODED}Bērziņa`);
    expect(lines).toContainEqual(expect.stringContaining(`Unknown activity type "Ēnošana${DECODED}darbā"`));
    expect(lines).toContainEqual(expect.stringContaining(`G "Piezīmes${DECODED}2"`));
  });

  test("--json keeps the text exact, escaped as JSON", async () => {
    const { stdout } = await run([input, "--json"]);
    expect(controls(stdout.replace(/\n/g, ""))).toEqual([]);
    const json = JSON.parse(stdout);
    expect(json.tables[0].unrecognised).toContainEqual({ column: "G", header: "Piezīmes\u001b]0;x\u0007\r\n\t2" });
  });

  test("stderr lines and the copy's line quote paths escaped", async () => {
    const missing = await run(["missing\u0007\u009b.xlsx"]);
    expect(missing.stderr).toBe("mobility-audit: cannot audit missing\\x07\\x9b.xlsx: no such file\n");
    const out = join(dir, "copy\u001b]0;x\u0007.xlsx");
    copyFileSync(input, join(dir, "input.xlsx"));
    const written = await run([join(dir, "input.xlsx"), "--out", out]);
    expect(written.stdout.trimEnd().split("\n").pop()).toBe(`Audited copy written to ${join(dir, "copy\\x1b]0;x\\x07.xlsx")}`);
    const refused = await run([join(dir, "input.xlsx"), "--out", join(dir, "x\u001b.xlsm")]);
    expect(refused.stderr).toMatch(/^mobility-audit: cannot write [^\n]*x\\x1b\.xlsm: [^\n]*name it x\\x1b\.xlsx\n$/);
  });

  test("a refusal quoting a sheet's name (the pre-flight reads it from the XML) shows its control characters escaped", async () => {
    const bytes = await patchedPlan({
      [WORKBOOK]: (xml) => xml.replace('name="Plāns"', 'name="Pl&#x9b;2J&#x85;āns&#x7f;"'),
      [SHEET]: moreRows('<row r="2000000000"/>'),
    });
    const path = join(dir, "beyond.xlsx");
    writeFileSync(path, bytes);
    const { code, stderr } = await run([path]);
    expect(code).toBe(2);
    expect(controls(stderr.slice(0, -1))).toEqual([]);
    expect(stderr).toMatch(
      /^mobility-audit: cannot audit [^\n]*beyond\.xlsx: the file is damaged: sheet “Pl\\x9b2J\\x85āns\\x7f” has row number 2000000000[^\n]*\n$/,
    );
  });
});
