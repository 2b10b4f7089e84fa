/**
 * Shared helpers for the command's tests: run main() in-process and capture its streams, temporary folders, small
 * workbooks built with exceljs (no binary fixtures but the shipped example), and file hashes.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook, type Cell, type Worksheet } from "exceljs";
import { main, type CliIo } from "../../src/cli/main";

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function run(
  argv: readonly string[],
  options: { env?: Record<string, string | undefined>; cwd?: string; isTTY?: boolean } = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.isTTY ?? false },
    stderr: { write: (text: string) => (stderr += text) },
    env: options.env ?? { LANG: "en_US.UTF-8" },
    ...(options.cwd ? { cwd: options.cwd } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "mobility-audit-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export const HEADERS = ["Vārds, uzvārds", "Aktivitātes veids", "Sākuma datums", "Beigu datums", "Uzņemošā valsts", "Uzņemošā organizācija"];

/** A calendar date as exceljs writes it. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A small valid plan: a project block (VET, round 1, 1 September 2026 – 31 August 2027, Latvia) above a table on row 7
 * (A participant, B activity, C start, D end, E host country, F host organisation), then `rows`.
 */
export function planWorkbook(
  rows: readonly (readonly unknown[])[] = [
    ["Anna Bērziņa", "Ēnošana darbā", day("2026-10-05"), day("2026-10-09"), "Vācija", "Schule Köln"],
  ],
  sector = "VET",
): Workbook {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("Plāns");
  sheet.getCell("A1").value = "Mobilitāšu plāns";
  const block: [string, unknown][] = [
    ["Sektors", sector],
    ["Konkursa kārta", "2026-R1"],
    ["Projekta sākums", day("2026-09-01")],
    ["Projekta beigas", day("2027-08-31")],
    ["Valsts", "Latvija"],
  ];
  block.forEach(([label, value], i) => {
    sheet.getCell(2 + i, 1).value = label;
    sheet.getCell(2 + i, 2).value = value as never;
  });
  sheet.getRow(7).values = HEADERS;
  rows.forEach((row, i) => {
    sheet.getRow(8 + i).values = row as never[];
  });
  return workbook;
}

export async function writeWorkbook(path: string, workbook: Workbook): Promise<string> {
  await workbook.xlsx.writeFile(path);
  return path;
}

export function onlySheet(workbook: Workbook): Worksheet {
  return workbook.worksheets[0];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip archive of `files`, stored uncompressed: enough to hand exceljs a damaged or foreign package. */
export function zip(files: Readonly<Record<string, string>>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "utf8");
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A mark as written into a workbook: its cell, its fill as "#RRGGBB" (undefined without a solid fill) and its note. */
export interface WrittenMark {
  readonly sheet: string;
  readonly cell: string;
  readonly fill: string | undefined;
  readonly note: string;
}

export function noteOf(cell: Cell): string {
  const note = cell.note;
  if (note === undefined || note === null) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

export function fillOf(cell: Cell): string | undefined {
  const fill = cell.fill;
  const argb = fill && fill.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
  return argb === undefined ? undefined : `#${argb.slice(2)}`;
}

/** Every cell of `workbook` that has a note, sheet by sheet, row by row: what --out wrote, for comparing with the pane. */
export function writtenMarks(workbook: Workbook): WrittenMark[] {
  const marks: WrittenMark[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const note = noteOf(cell);
        if (note !== "") marks.push({ sheet: sheet.name, cell: cell.address, fill: fillOf(cell), note });
      }),
    );
  }
  return marks;
}
