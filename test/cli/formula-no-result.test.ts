/**
 * A formula saved without its result (a file written by a program that does not calculate): reported on its cell as
 * such, with what fixes it (opening and saving in Excel), not as a missing value.
 */
import { join } from "node:path";
import { FORMULA_WITHOUT_RESULT, formatIssue } from "../../src/rules";
import { day, planWorkbook, run, tempDir, writeWorkbook } from "./helpers";

const dir = tempDir();

interface JsonIssue {
  readonly cell: string | null;
  readonly rule: string;
  readonly field: string | null;
  readonly message: string;
}

/** One activity whose start date (C8) is a formula with no saved result; the rest of the row is valid. */
async function planWithoutResult(name: string): Promise<string> {
  const workbook = planWorkbook([
    ["Anna Bērziņa", "Ēnošana darbā", { formula: "DATE(2026,10,5)" }, day("2026-10-09"), "Vācija", "Schule Köln"],
    ["Jānis Ozols", "Ēnošana darbā", day("2026-10-05"), day("2026-10-09"), "Vācija", "Schule Köln"],
  ]);
  return writeWorkbook(join(dir, name), workbook);
}

describe("a formula without a saved result", () => {
  test("is one cell-error on its cell saying so and that opening and saving in Excel fixes it; nothing says it is missing", async () => {
    const input = await planWithoutResult("no-result.xlsx");
    const { code, stdout } = await run([input, "--json"]);
    expect(code).toBe(1);
    const issues: JsonIssue[] = JSON.parse(stdout).issues;
    const onCell = issues.filter((i) => i.cell === "C8");
    expect(onCell).toEqual([
      expect.objectContaining({
        rule: "cell-error",
        field: "start",
        message:
          "The start date is a formula without a saved result (the file was saved by a program that does not calculate): open the file in Excel, save it, and audit it again.",
      }),
    ]);
    expect(issues.filter((i) => /missing/.test(i.rule))).toEqual([]);
    // The other row, with a plain date, has no error.
    expect(issues.filter((i) => i.cell?.endsWith("9") && i.rule === "cell-error")).toEqual([]);
  });

  test("in Latvian too, and the text report names the cell", async () => {
    const input = await planWithoutResult("no-result-lv.xlsx");
    const { stdout } = await run([input, "--lang", "lv"]);
    expect(stdout).toMatch(
      /^ {2}C8 +kļūda +sākuma datums: Laukā “sākuma datums” ir formula bez saglabāta rezultāta \(failu saglabājusi programma, kas formulas neaprēķina\): atveriet failu programmā Excel, saglabājiet to un pārbaudiet vēlreiz\.$/m,
    );
  });

  test("an Excel error keeps its own message", () => {
    const issue = { rule: "cell-error", severity: "error", params: { field: "end", value: "#N/A" } } as const;
    expect(formatIssue(issue as never, "en")).toBe("The end date holds the Excel error #N/A: fix the formula or enter the value.");
    const noResult = { ...issue, params: { field: "end", value: FORMULA_WITHOUT_RESULT } };
    expect(formatIssue(noResult as never, "en")).toMatch(/^The end date is a formula without a saved result/);
  });
});
