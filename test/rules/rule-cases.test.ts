/**
 * Every rule of the registry (src/rules/checks/index.ts) has an English and a Latvian message, and in
 * test/rules/cases/ a plan it passes and a plan it fails (ESLint RuleTester style). Every case runs here through
 * checkPlan; the expectations are written by hand in the case files.
 */
import { existsSync, readFileSync, readdirSync } from "fs";
import path from "path";
import { LANGUAGES, RULES, RULE_IDS, checkActivity, formatIssue, issue, type Issue, type RuleId } from "../../src/rules";
import { RULE_DEFINITIONS } from "../../src/rules/rules";
import { plan, check, summary, type Case, type CaseTable, type InvalidCase, type RuleCases } from "./helpers";

const CASES_DIR = path.join(__dirname, "cases");
const ROOT = path.join(__dirname, "..", "..");

const TABLES: [file: string, table: CaseTable][] = readdirSync(CASES_DIR)
  .filter((file) => file.endsWith(".ts"))
  .sort()
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the case files are found, not listed
  .map((file) => [file, require(path.join(CASES_DIR, file)).default as CaseTable]);

const CASES = new Map<string, RuleCases>();
for (const [, table] of TABLES) for (const [rule, cases] of Object.entries(table)) if (!CASES.has(rule)) CASES.set(rule, cases);

const only = (rule: RuleId, issues: readonly Issue[]) => summary(issues.filter((i) => i.rule === rule));

describe("the case files", () => {
  test("name only registered rules, each in one file", () => {
    const named = TABLES.flatMap(([file, table]) => Object.keys(table).map((rule) => `${rule} (${file})`));
    const rules = named.map((entry) => entry.split(" ")[0]);
    expect(rules.filter((rule) => !(RULE_IDS as string[]).includes(rule))).toEqual([]);
    expect(named.filter((_, i) => rules.indexOf(rules[i]) !== i)).toEqual([]);
  });
});

describe.each(RULE_IDS)("%s", (rule) => {
  test("has an English and a Latvian message for its example", () => {
    const texts = LANGUAGES.map((language) => formatIssue(issue(rule, RULE_DEFINITIONS[rule].example, { activityId: "r1" }), language));
    for (const text of texts) {
      expect(text.trim()).not.toBe("");
      expect(text).not.toMatch(/undefined|\[object/);
    }
    expect(new Set(texts).size).toBe(LANGUAGES.length);
  });

  test("has a passing and a failing case", () => {
    const cases = CASES.get(rule);
    expect(cases).toBeDefined();
    if (cases && "testedIn" in cases) {
      const file = path.join(ROOT, cases.testedIn);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, "utf8")).toContain(`"${rule}"`);
    } else {
      expect(cases?.valid.length).toBeGreaterThan(0);
      expect(cases?.invalid.length).toBeGreaterThan(0);
    }
  });
});

const runnable = RULE_IDS.flatMap((rule) => {
  const cases = CASES.get(rule);
  return cases && !("testedIn" in cases) ? [[rule, cases] as const] : [];
});
const valid = runnable.flatMap(([rule, cases]) => cases.valid.map((c): [RuleId, string, Case] => [rule, c.name, c]));
const invalid = runnable.flatMap(([rule, cases]) => cases.invalid.map((c): [RuleId, string, InvalidCase] => [rule, c.name, c]));

describe("cases", () => {
  test.each(valid)("%s passes: %s", (rule, _name, c) => {
    expect(only(rule, check(c.rows, c.project, c.recordedFields))).toEqual([]);
  });

  test.each(invalid)("%s fails: %s", (rule, _name, c) => {
    const issues = check(c.rows, c.project, c.recordedFields).filter((i) => i.rule === rule);
    expect(summary(issues)).toEqual([...c.expected].sort());
    if (c.params) for (const found of issues) expect(found.params).toMatchObject(c.params);
  });

  // The scope says where a rule looks: a rule of one row is what checkActivity (the custom functions) finds on the
  // row alone; a rule of rows together needs the other rows.
  const flagged = (c: InvalidCase) => c.expected.filter((e) => e.includes("@")).map((e) => e.split("@")[1]);
  const onRows = invalid.filter(([rule, , c]) => ["activity", "cross-activity"].includes(RULES[rule].scope) && flagged(c).length > 0);
  test.each(onRows)("%s is found on a row alone only if it is a rule of one row: %s", (rule, _name, c) => {
    const whole = plan(c.rows, c.project, c.recordedFields);
    for (const id of flagged(c)) {
      const row = whole.activities.find((a) => a.id === id);
      expect(row).toBeDefined();
      const alone = only(rule, checkActivity(row as (typeof whole.activities)[number], whole.project));
      expect(alone).toEqual(RULES[rule].scope === "activity" ? [`${rule}@${id}`] : []);
    }
  });
});
