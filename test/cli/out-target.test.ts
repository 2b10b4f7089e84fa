/**
 * Where --out may write (src/cli/write-copy.ts checkCopyTarget): a regular file or a new name only. A named pipe, a
 * socket, a directory (or a link to one of them) is refused before the audit: exit 2, one line naming the path, the
 * target untouched and nothing written beside it. A macro workbook's name (.xlsm) is refused: the copy has no macros.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { checkCopyTarget, isMacroWorkbookName } from "../../src/cli/write-copy";
import { planWorkbook, run, sha256, tempDir, writeWorkbook } from "./helpers";

const dir = tempDir();

/** A folder of its own for each case, so "nothing else was written" is a listing. */
function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

let input: string;
beforeAll(async () => {
  input = await writeWorkbook(join(dir, "plan.xlsx"), planWorkbook());
});

describe("--out onto what is not a regular file", () => {
  test("a named pipe: refused without opening it (it would wait for a reader), left as it was", async () => {
    const where = folder("pipe");
    const pipe = join(where, "copy.xlsx");
    execFileSync("mkfifo", [pipe]);
    const { code, stdout, stderr } = await run([input, "--out", pipe]);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toBe(`mobility-audit: cannot write ${pipe}: it is a named pipe, not a file\n`);
    expect(lstatSync(pipe).isFIFO()).toBe(true);
    expect(readdirSync(where)).toEqual(["copy.xlsx"]);
  });

  test("a link to a named pipe: refused as the pipe", async () => {
    const where = folder("pipe-link");
    execFileSync("mkfifo", [join(where, "fifo")]);
    symlinkSync(join(where, "fifo"), join(where, "copy.xlsx"));
    const { code, stderr } = await run([input, "--out", join(where, "copy.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/: it is a named pipe, not a file\n$/);
    expect(lstatSync(join(where, "copy.xlsx")).isSymbolicLink()).toBe(true);
    expect(readdirSync(where).sort()).toEqual(["copy.xlsx", "fifo"]);
  });

  describe("a socket", () => {
    let server: Server;
    const where = join(dir, "socket");
    const socket = join(where, "copy.xlsx");
    beforeAll(async () => {
      mkdirSync(where);
      server = createServer();
      await new Promise<void>((resolve) => server.listen(socket, resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    test("refused, in Latvian too", async () => {
      const en = await run([input, "--out", socket]);
      expect([en.code, en.stderr]).toEqual([2, `mobility-audit: cannot write ${socket}: it is a socket, not a file\n`]);
      const lv = await run([input, "--out", socket, "--lang", "lv"]);
      expect(lv.stderr).toBe(`mobility-audit: nevar saglabāt ${socket}: tā ir ligzda (socket), nevis fails\n`);
      expect(lstatSync(socket).isSocket()).toBe(true);
      expect(readdirSync(where)).toEqual(["copy.xlsx"]);
    });
  });

  test("a directory: refused before the audit, nothing written in it", async () => {
    const where = folder("directory");
    const target = folder("directory/copy.xlsx");
    const { code, stdout, stderr } = await run([input, "--out", target, "--json"]);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toBe(`mobility-audit: cannot write ${target}: it is a directory, not a file\n`);
    expect(readdirSync(target)).toEqual([]);
    expect(readdirSync(where)).toEqual(["copy.xlsx"]);
  });

  test("a relative path is checked from the folder the command runs in", async () => {
    const where = folder("relative");
    execFileSync("mkfifo", [join(where, "p.xlsx")]);
    const { code, stderr } = await run([input, "--out", "p.xlsx"], { cwd: where });
    expect([code, stderr]).toEqual([2, "mobility-audit: cannot write p.xlsx: it is a named pipe, not a file\n"]);
  });
});

describe("--out onto a regular file or a new name", () => {
  test("an existing regular file is replaced by the copy", async () => {
    const where = folder("regular");
    const target = join(where, "copy.xlsx");
    writeFileSync(target, "an old copy");
    const { code, stderr } = await run([input, "--out", target]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(where)).toEqual(["copy.xlsx"]);
  });

  test("checkCopyTarget passes a new name and a regular file, and refuses the rest with its reason", () => {
    const where = folder("unit");
    writeFileSync(join(where, "old.xlsx"), "");
    execFileSync("mkfifo", [join(where, "fifo.xlsx")]);
    expect(() => checkCopyTarget(join(where, "new.xlsx"))).not.toThrow();
    expect(() => checkCopyTarget(join(where, "no-folder", "new.xlsx"))).not.toThrow();
    expect(() => checkCopyTarget(join(where, "old.xlsx"))).not.toThrow();
    expect(() => checkCopyTarget(join(where, "fifo.xlsx"))).toThrow(
      expect.objectContaining({ reason: "not-regular", facts: { kind: "pipe" } }),
    );
    expect(() => checkCopyTarget(where)).toThrow(expect.objectContaining({ reason: "not-a-file" }));
  });
});

describe("macro workbooks", () => {
  test.each([
    ["copy.xlsm", true],
    ["COPY.XLSM", true],
    ["copy.xltm", true],
    ["copy.xlam", true],
    ["copy.xlsx", false],
    ["copy.xlsm.xlsx", false],
    ["xlsm", false],
  ])("%s is a macro workbook's name: %s", (name, macro) => {
    expect(isMacroWorkbookName(name)).toBe(macro);
  });

  test("--out copy.xlsm is refused with the reason and the name to use, before the audit; nothing is written", async () => {
    const where = folder("xlsm");
    const target = join(where, "copy.xlsm");
    const { code, stdout, stderr } = await run([input, "--out", target]);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toBe(
      `mobility-audit: cannot write ${target}: the copy is written without macros, so it cannot be a macro-enabled workbook (.xlsm); name it copy.xlsx\n`,
    );
    expect(readdirSync(where)).toEqual([]);
    const lv = await run([input, "--out", target, "--lang", "lv"]);
    expect(lv.stderr).toMatch(/nevar saglabāt .*copy\.xlsm: kopija tiek saglabāta bez makrosiem, .*\(\.xlsm\); nosauciet to copy\.xlsx\n$/);
  });

  test("a copy of an .xlsm as .xlsx is written, with a note on stderr that the macros stay in the input; stdout stays JSON", async () => {
    const where = folder("from-xlsm");
    const macroInput = join(where, "plan.xlsm");
    copyFileSync(input, macroInput);
    const before = sha256(macroInput);
    const { code, stdout, stderr } = await run(["plan.xlsm", "--out", "copy.xlsx", "--json"], { cwd: where });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).file).toBe("plan.xlsm");
    expect(stderr).toBe(
      "Audited copy written to copy.xlsx\nmobility-audit: note: the copy copy.xlsx has no macros; they stay in plan.xlsm\n",
    );
    expect(sha256(macroInput)).toBe(before);
    const copy = new Workbook();
    await copy.xlsx.readFile(join(where, "copy.xlsx"));
    expect(copy.getWorksheet("Audit")).toBeDefined();
    // An .xlsx input gets no note.
    expect((await run([input, "--out", join(where, "plain.xlsx")])).stderr).toBe("");
  });
});
