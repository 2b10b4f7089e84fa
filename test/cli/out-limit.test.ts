/**
 * --out loads exceljs's full model, so a plan over COPY_ROW_LIMIT rows gets no copy: exit 2 and one line saying the
 * limit, before any of the work, in both languages. The file is made large cheaply: one cell on the row past the limit.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkCopySize, COPY_ROW_LIMIT } from "../../src/cli/write-copy";
import { inspectPackage } from "../../src/cli/preflight";
import { moreRows, patchedPlan, planBytes, SHEET } from "./hostile-files";
import { run, tempDir } from "./helpers";

const dir = tempDir();

/** The small plan (rows 1–8) with one more cell on row `row`. */
async function planReaching(row: number): Promise<Buffer> {
  return patchedPlan({ [SHEET]: moreRows(`<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>x</t></is></c></row>`) });
}

describe("checkCopySize", () => {
  test.each([
    [COPY_ROW_LIMIT - 1, false],
    [COPY_ROW_LIMIT, false],
    [COPY_ROW_LIMIT + 1, true],
  ])("a plan whose last row is %i is refused: %s", async (row, refused) => {
    const inspection = await inspectPackage(await planReaching(row));
    if (refused) {
      expect(() => checkCopySize(inspection)).toThrow(
        expect.objectContaining({ reason: "too-large-to-copy", facts: { kind: "rows", found: row, limit: COPY_ROW_LIMIT } }),
      );
    } else expect(() => checkCopySize(inspection)).not.toThrow();
  });

  test("counts the rows of every sheet together, against a limit given for the test", async () => {
    const inspection = await inspectPackage(await planBytes());
    expect(() => checkCopySize(inspection, 8)).not.toThrow();
    expect(() => checkCopySize(inspection, 7)).toThrow(expect.objectContaining({ facts: { kind: "rows", found: 8, limit: 7 } }));
  });
});

describe("mobility-audit --out on a plan over the limit", () => {
  const input = join(dir, "big.xlsx");
  beforeAll(async () => writeFileSync(input, await planReaching(COPY_ROW_LIMIT + 1)));

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
