/*
 * The browser bundles' transformer (scripts/strip-rule-docs.js): a rule definition loses its example parameters and
 * its source, and keeps everything the audit reads (severity, scope, field, messages); other objects are untouched.
 */
import ts from "typescript";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stripRuleDocs } = require("../../scripts/strip-rule-docs.js") as { stripRuleDocs: ts.TransformerFactory<ts.SourceFile> };

function transpiled(source: string): string {
  return ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2020, target: ts.ScriptTarget.ES2020 },
    transformers: { before: [stripRuleDocs] },
  }).outputText;
}

const RULE = `export const r = rule({
  severity: "error",
  scope: "activity",
  field: "end",
  source: "PG26 p.93",
  example: { days: 1 },
  messages: { en: (p) => \`Too short: \${p.days}\`, lv: (p) => \`Par īsu: \${p.days}\` },
});`;

test("drops a rule's example and source, and keeps what the audit reads", () => {
  const out = transpiled(RULE);
  expect(out).not.toMatch(/example|source|PG26/);
  for (const kept of ['severity: "error"', 'scope: "activity"', 'field: "end"', "Too short", "Par īsu"]) expect(out).toContain(kept);
});

test("leaves objects that are not a rule's definition alone", () => {
  const out = transpiled(`export const a = other({ source: "x", example: 1 }); export const b = { source: "y" };`);
  expect(out).toContain('source: "x"');
  expect(out).toContain("example: 1");
  expect(out).toContain('source: "y"');
});

test("a rule nested in a module's rules table loses them too", () => {
  const out = transpiled(`export default { rules: { "a-rule": rule({ severity: "info", source: "PG26 p.1", messages: {} }) } };`);
  expect(out).not.toContain("PG26");
  expect(out).toContain('severity: "info"');
});
