/** The README's table of rules is the one the rule modules generate (scripts/rules-table.ts). */
import { readFileSync } from "fs";
import path from "path";
import { RULE_IDS } from "../../src/rules";
import { TABLE_END, TABLE_START, rulesTable, withRulesTable } from "../../scripts/rules-table";

const README = readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");

describe("the README's table of rules", () => {
  test("is current (if not, run npm run docs)", () => {
    const current = withRulesTable(README) === README;
    if (!current) throw new Error("README.md's table of rules is out of date with src/rules/checks: run `npm run docs`.");
  });

  test("has one row per registered rule, each naming its id", () => {
    const rows = rulesTable().split("\n").slice(2);
    expect(rows).toHaveLength(RULE_IDS.length);
    for (const id of RULE_IDS) expect(rows.filter((row) => row.startsWith(`| \`${id}\` |`))).toHaveLength(1);
  });

  test("replaces only the text between the markers", () => {
    const text = `before\n${TABLE_START}\nold | table\n${TABLE_END}\nafter\n`;
    const updated = withRulesTable(text);
    expect(updated.startsWith(`before\n${TABLE_START}\n| Rule |`)).toBe(true);
    expect(updated.endsWith(`\n${TABLE_END}\nafter\n`)).toBe(true);
    expect(updated).not.toContain("old | table");
    expect(withRulesTable(updated)).toBe(updated);
  });

  test("without its markers is refused", () => {
    expect(() => withRulesTable("# no markers\n")).toThrow(/markers/);
  });
});
