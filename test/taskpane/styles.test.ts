/*
 * The pane's look comes from the Fluent 2 design tokens (src/taskpane/fluent-tokens.css): taskpane.css names no
 * colour, size of type, radius, stroke or timing of its own, and uses no token the tokens file does not define.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const DIR = path.resolve(__dirname, "../../src/taskpane");
const css = fs.readFileSync(path.join(DIR, "taskpane.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
const tokensCss = fs.readFileSync(path.join(DIR, "fluent-tokens.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");

/** The declarations outside @media (forced-colors: active), where Windows' system colours are the point. */
const declarations = (): { property: string; value: string }[] => {
  const outside = css.replace(/@media \(forced-colors: active\) \{[\s\S]*?\n\}/g, "");
  return [...outside.matchAll(/([a-z-]+)\s*:\s*([^;{}]+);/g)].map((m) => ({ property: m[1], value: m[2].trim() }));
};

const defined = new Set([...tokensCss.matchAll(/(--[A-Za-z0-9]+)\s*:/g)].map((m) => m[1]));

test("the tokens file defines Fluent token names only, each once", () => {
  const names = [...tokensCss.matchAll(/(--[A-Za-z0-9]+)\s*:/g)].map((m) => m[1]);
  expect(names.length).toBeGreaterThan(40);
  expect(new Set(names).size).toBe(names.length);
  for (const name of names) {
    expect([
      name,
      /^--(color|fontFamily|fontSize|lineHeight|fontWeight|spacing|borderRadius|strokeWidth|shadow|duration|curve)[A-Z0-9]/.test(name),
    ]).toEqual([name, true]);
  }
});

test("every token taskpane.css uses is defined, and it defines none of its own", () => {
  const used = [...css.matchAll(/var\((--[A-Za-z0-9-]+)\)/g)].map((m) => m[1]);
  expect(used.length).toBeGreaterThan(100);
  expect(used.filter((name) => !defined.has(name))).toEqual([]);
  expect(css).not.toMatch(/(^|[\s;{])--[A-Za-z0-9-]+\s*:/);
});

test("taskpane.css names no colour of its own: each is a token", () => {
  const literal =
    /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|\b(white|black|red|green|blue|orange|grey|gray|transparent)\b/i;
  const offending = declarations().filter(({ value }) => literal.test(value));
  expect(offending).toEqual([]);
  // Boundary: the check does see a colour where one is written.
  expect(literal.test("1px solid #e0e0e0")).toBe(true);
  expect(literal.test("var(--colorNeutralStroke2)")).toBe(false);
});

test("type, radii, focus stroke and motion are tokens", () => {
  const rules: Record<string, RegExp> = {
    "font-size": /^var\(--fontSize/,
    "line-height": /^var\(--lineHeight/,
    "font-weight": /^var\(--fontWeight/,
    "font-family": /^var\(--fontFamily/,
    "border-radius": /^var\(--borderRadius/,
    outline: /^(none|var\(--strokeWidth\w+\) solid var\(--color\w+\))$/,
    transition: /^\w+ var\(--duration\w+\) var\(--curve\w+\)$/,
  };
  const offending = declarations().filter(({ property, value }) => rules[property] && !rules[property].test(value));
  expect(offending).toEqual([]);
  for (const property of Object.keys(rules))
    expect([property, declarations().some((d) => d.property === property)]).toEqual([property, true]);
});
