/**
 * --out loads exceljs's full model, so a plan over COPY_LIMITS (rows or cells) gets no copy: exit 2 and one line saying
 * the limit, before any of the work, in both languages. The file is made large cheaply: one cell on the row past the
 * limit, or rows of empty cells.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkCopySize, COPY_LIMITS } from "../../src/cli/write-copy";
import { inspectPackage } from "../../src/cli/preflight";
import { columnLetter } from "../../src/audit";
import { moreRows, patchedPlan, planBytes, SHEET } from "./hostile-files";
import { run, tempDir } from "./helpers";

const dir = tempDir();

/** The small plan (rows 1–8) with one more cell on row `row`. */
async function planReaching(row: number): Promise<Buffer> {
  return patchedPlan({ [SHEET]: moreRows(`<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>x</t></is></c></row>`) });
}

describe("checkCopySize", () => {
  test.each([
    [COPY_LIMITS.rows - 1, false],
    [COPY_LIMITS.rows, false],
    [COPY_LIMITS.rows + 1, true],
  ])("a plan whose last row is %i is refused: %s", async (row, refused) => {
    const inspection = await inspectPackage(await planReaching(row));
    if (refused) {
      expect(() => checkCopySize(inspection)).toThrow(
        expect.objectContaining({ reason: "too-large-to-copy", facts: { kind: "rows", found: row, limit: COPY_LIMITS.rows } }),
      );
    } else expect(() => checkCopySize(inspection)).not.toThrow();
  });

  test("counts the rows of every sheet together, against a limit given for the test", async () => {
    const inspection = await inspectPackage(await planBytes());
    expect(() => checkCopySize(inspection, { rows: 8, cells: Infinity })).not.toThrow();
    expect(() => checkCopySize(inspection, { rows: 7, cells: Infinity })).toThrow(
      expect.objectContaining({ facts: { kind: "rows", found: 8, limit: 7 } }),
    );
  });

  test("counts the cells written, empty ones too (exceljs builds each): limit − 1, limit, limit + 1", async () => {
    const inspection = await inspectPackage(await planBytes());
    const cells = [...inspection.sheets.values()].reduce((sum, { facts }) => sum + facts.cells, 0);
    expect(cells).toBeGreaterThan(8);
    expect(() => checkCopySize(inspection, { rows: 100, cells: cells + 1 })).not.toThrow();
    expect(() => checkCopySize(inspection, { rows: 100, cells })).not.toThrow();
    expect(() => checkCopySize(inspection, { rows: 100, cells: cells - 1 })).toThrow(
      expect.objectContaining({ reason: "too-large-to-copy", facts: { kind: "cells", found: cells, limit: cells - 1 } }),
    );
  });
});

/** The small plan with `rows` more rows of `width` empty cells: many cells in few rows, as a wide sheet has. */
async function widePlan(rows: number, width: number): Promise<Buffer> {
  const cells = (row: number) => Array.from({ length: width }, (_, c) => `<c r="${columnLetter(c + 1)}${row}"/>`).join("");
  const added = Array.from({ length: rows }, (_, i) => `<row r="${10 + i}">${cells(10 + i)}</row>`).join("");
  return patchedPlan({ [SHEET]: moreRows(added) });
}

describe("mobility-audit --out on a wide plan over the cell limit", () => {
  test("exit 2 with one line naming the cells and the limit, in both languages", async () => {
    const input = join(dir, "wide.xlsx");
    // 41 rows of 15,000 cells: 615,000 cells in 49 rows, well under the row limit.
    writeFileSync(input, await widePlan(41, 15_000));
    const en = await run([input, "--out", "wide-copy.xlsx"], { cwd: dir });
    expect([en.code, en.stdout]).toEqual([2, ""]);
    expect(en.stderr).toMatch(
      /^mobility-audit: cannot write wide-copy\.xlsx: the plan has 615,\d{3} cells, over the limit of 600,000 for an audited copy; run without --out/,
    );
    const lv = await run([input, "--out", "wide-copy.xlsx", "--lang", "lv"], { cwd: dir });
    expect(lv.stderr).toMatch(/^mobility-audit: nevar saglabāt wide-copy\.xlsx: plānā ir 615\s\d{3} šūnas, vairāk nekā atļautās 600\s000/);
    expect(existsSync(join(dir, "wide-copy.xlsx"))).toBe(false);
  });
});

describe("mobility-audit --out on a plan over the limit", () => {
  const input = join(dir, "big.xlsx");
  beforeAll(async () => writeFileSync(input, await planReaching(COPY_LIMITS.rows + 1)));

  test.each([
    [
      "en",
      /^mobility-audit: cannot write copy\.xlsx: the plan has 50,001 rows, over the limit of 50,000 for an audited copy; run without --out to audit it, or split the plan into smaller workbooks\n$/,
    ],
    [
      "lv",
      /^mobility-audit: nevar saglabāt copy\.xlsx: plānā ir 50\s001 rinda, vairāk nekā atļautās 50\s000 pārbaudītai kopijai; palaidiet bez --out/,
    ],
  ])("exit 2, one line in %s, no copy", async (language, message) => {
    const result = await run([input, "--out", "copy.xlsx", "--lang", language], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(existsSync(join(dir, "copy.xlsx"))).toBe(false);
  });

  test("without --out the same plan is audited", async () => {
    const result = await run([input, "--json"], { cwd: dir });
    expect(result.code).not.toBe(2);
  });
});
