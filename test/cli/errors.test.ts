/**
 * Exit 2 when a file cannot be audited: one line on stderr naming the file and why, nothing on stdout, no stack trace,
 * and no --out file left behind.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { EXAMPLE_PATH } from "../../scripts/make-example";
import { readFailure } from "../../src/cli/read-xlsx";
import { planWorkbook, run, tempDir, writeWorkbook, zip } from "./helpers";

const dir = tempDir();
const ROOT = join(__dirname, "..", "..");

/** A package that names xl/workbook.xml but holds broken XML there: exceljs throws while reading it. */
const BROKEN_PACKAGE = {
  "[Content_Types].xml":
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
  "_rels/.rels":
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  "xl/workbook.xml": "<workbook><sheets><sheet name=",
};

/** The start of an OLE compound file, as old .xls and password-protected .xlsx files begin. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const cases: [name: string, make: () => Promise<string> | string, message: RegExp][] = [
  ["a text file named .xlsx", () => write("notes.xlsx", "Vārds;Aktivitāte\nAnna;Ēnošana\n"), /notes\.xlsx: not an \.xlsx workbook$/],
  [
    "a truncated zip",
    () => write("truncated.xlsx", readFileSync(EXAMPLE_PATH).subarray(0, 4000)),
    /truncated\.xlsx: the file is damaged: a part of it cannot be unpacked; open it in Excel and save it again$/,
  ],
  [
    "a zip whose workbook part is broken XML",
    () => write("broken.xlsx", zip(BROKEN_PACKAGE)),
    /broken\.xlsx: the workbook is damaged: part of its content cannot be read; open it in Excel and save it again$/,
  ],
  [
    "a zip that is no workbook",
    () => write("other.xlsx", zip({ "word/document.xml": "<document/>" })),
    /other\.xlsx: not an \.xlsx workbook$/,
  ],
  [
    "a password-protected workbook",
    () => write("secret.xlsx", Buffer.concat([OLE, Buffer.alloc(600), Buffer.from("EncryptedPackage", "utf16le"), Buffer.alloc(100)])),
    /secret\.xlsx: the workbook is password-protected/,
  ],
  ["an old .xls workbook", () => write("old.xlsx", Buffer.concat([OLE, Buffer.alloc(1000)])), /old\.xlsx: an Excel 97-2003 \.xls workbook/],
  ["an empty (0-byte) file", () => write("zero.xlsx", ""), /zero\.xlsx: the file is empty \(0 bytes\)$/],
  [
    "a workbook with an empty sheet",
    async () => writeWorkbook(join(dir, "empty.xlsx"), emptyWorkbook()),
    /empty\.xlsx: the workbook has no data$/,
  ],
  [
    "a workbook with no plan table",
    async () => writeWorkbook(join(dir, "budget.xlsx"), budgetWorkbook()),
    /budget\.xlsx: no sheet has a recognisable planning table/,
  ],
  ["a missing file", () => join(dir, "missing.xlsx"), /missing\.xlsx: no such file$/],
  ["a folder", () => folder("folder.xlsx"), /folder\.xlsx: it is a directory, not a file$/],
];

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

function emptyWorkbook(): Workbook {
  const workbook = new Workbook();
  workbook.addWorksheet("Sheet1");
  return workbook;
}

function budgetWorkbook(): Workbook {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("Budžets");
  sheet.addRow(["Pozīcija", "Summa (EUR)"]);
  sheet.addRow(["Ceļa izdevumi", 1200]);
  sheet.addRow(["Individuālais atbalsts", 4300]);
  return workbook;
}

describe.each(cases)("%s", (_name, make, message) => {
  let path: string;
  beforeAll(async () => {
    path = await make();
  });

  test("exits 2 with one line on stderr and no stack trace", async () => {
    const { code, stdout, stderr } = await run([path]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.endsWith("\n")).toBe(true);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^mobility-audit: cannot audit /);
    expect(stderr.trimEnd()).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test("leaves no --out file behind", async () => {
    const out = join(dir, `${_name.replace(/\W+/g, "-")}-copy.xlsx`);
    const { code } = await run([path, "--out", out, "--json"]);
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

test("the message is Latvian with --lang lv", async () => {
  const { code, stderr } = await run([join(dir, "missing.xlsx"), "--lang", "lv"]);
  expect(code).toBe(2);
  expect(stderr).toMatch(/^mobility-audit: nevar pārbaudīt .*missing\.xlsx: šāda faila nav\n$/);
});

describe("the process entry (npm run audit, bin/mobility-audit.js)", () => {
  const node = (args: string[]) =>
    spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", timeout: 120_000, env: { ...process.env, LANG: "en_US.UTF-8" } });

  test("the compiled entry sets the exit status and prints one line, no stack, for a missing file", () => {
    const result = node(["build/cli/main.js", join(dir, "nowhere.xlsx")]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^mobility-audit: cannot audit .*nowhere\.xlsx: no such file$/),
    ]);
  });

  test("the package bin runs the command and exits with its status", async () => {
    const plan = await writeWorkbook(join(dir, "bin-plan.xlsx"), planWorkbook());
    const result = node(["bin/mobility-audit.js", plan, "--json"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).summary).toMatchObject({ errors: 0, rows: 1 });
  });
});

describe("exceljs and jszip failures in a coordinator's words (readFailure)", () => {
  test.each([
    [new Error("Bug : uncompressed data size mismatch"), "unpack-failed", ""],
    [new Error("End of data reached (data length = 4000, asked index = 4321). Corrupted zip ?"), "unpack-failed", ""],
    [new Error("Corrupted zip: can't find end of central directory"), "unpack-failed", ""],
    [new Error("invalid distance too far back"), "unpack-failed", ""],
    [new RangeError("Invalid string length"), "too-large-in-memory", ""],
    [new TypeError("Cannot read properties of undefined (reading 'sheets')"), "corrupt", ""],
    [new Error("Unclosed root tag\nLine: 0\nColumn: 31"), "corrupt", "Unclosed root tag"],
  ])("%s", (error, reason, detail) => {
    expect(readFailure(error)).toMatchObject({ reason, detail });
  });
});
