/**
 * The shipped example (examples/planning-2026.xlsx, made by scripts/make-example.ts): `npm run audit` with no file
 * audits it, exits 1, and finds each deliberate mistake at its cell, and nothing else that is an error.
 */
import { join } from "node:path";
import { EXAMPLE_MISTAKES, EXAMPLE_PATH, EXAMPLE_SHEET, buildExampleWorkbook } from "../../scripts/make-example";
import { EXAMPLE_FILE } from "../../src/cli/main";
import { workbookGrid, loadWorkbook } from "../../src/cli/read-xlsx";
import { run, tempDir } from "./helpers";

interface JsonIssue {
  sheet: string | null;
  cell: string | null;
  rule: string;
  severity: string;
}

describe("the example plan", () => {
  const dir = tempDir();
  let json: {
    file: string;
    issues: JsonIssue[];
    summary: { errors: number; rows: number };
    project: Record<string, string>;
    tables: { sheet: string; headerRow: number }[];
  };
  let code: number;

  beforeAll(async () => {
    const result = await run(["--json"], { cwd: join(__dirname, "..", "..") });
    code = result.code;
    json = JSON.parse(result.stdout);
  });

  test("is the default file, shown relative to the working folder", () => {
    expect(EXAMPLE_FILE).toBe(EXAMPLE_PATH);
    expect(json.file).toBe(join("examples", "planning-2026.xlsx"));
  });

  test("exits 1: it has errors", () => {
    expect(code).toBe(1);
  });

  test("is read as the Latvian school plan it is", () => {
    expect(json.tables).toEqual([expect.objectContaining({ sheet: EXAMPLE_SHEET, headerRow: 10 })]);
    expect(json.project).toEqual({
      sector: "SCH",
      call: "2026. gada konkurss, 1. kārta",
      start: "2026-09-01",
      end: "2027-08-31",
      country: "Latvija",
    });
    // 20 rows: the title, project block, totals row "Kopā" and the note below are not activities.
    expect(json.summary.rows).toBe(20);
  });

  test.each(EXAMPLE_MISTAKES.map((m) => [m.rule, m.cells, m.what] as const))("%s at %j (%s)", (rule, cells) => {
    const at = json.issues.filter((i) => i.rule === rule).map((i) => i.cell);
    expect(at.sort()).toEqual([...cells].sort());
    for (const issue of json.issues.filter((i) => i.rule === rule)) expect(issue.sheet).toBe(EXAMPLE_SHEET);
  });

  test("finds no other errors or warnings than the deliberate mistakes", () => {
    const expected = new Set(EXAMPLE_MISTAKES.map((m) => m.rule));
    const others = json.issues.filter((i) => i.severity !== "info" && !expected.has(i.rule));
    expect(others).toEqual([]);
  });

  test("the text report lists the mistakes under their rows and ends with the summary", async () => {
    const { code: textCode, stdout } = await run([], { cwd: join(__dirname, "..", "..") });
    expect(textCode).toBe(1);
    expect(stdout).toMatch(/^Row 12 · Andris Ozols\n {2}F12 {2}error +end date: Courses and training lasts 12 days/m);
    expect(stdout).toMatch(/^ {2}H16 {2}error +host country: Switzerland/m);
    expect(stdout.trimEnd().split("\n").pop()).toMatch(/^\d+ errors, 1 warning, \d+ info in 20 rows$/);
  });

  test("the committed file is what scripts/make-example.ts builds", async () => {
    const fresh = join(dir, "fresh.xlsx");
    await buildExampleWorkbook().xlsx.writeFile(fresh);
    const [committed, rebuilt] = await Promise.all([loadWorkbook(EXAMPLE_PATH), loadWorkbook(fresh)]);
    expect(workbookGrid(committed)).toEqual(workbookGrid(rebuilt));
  });
});
