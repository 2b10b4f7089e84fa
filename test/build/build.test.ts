/*
 * Runs the production webpack build once (through the webpack Node API, with webpack.config.js, into a temporary
 * directory) and checks what Excel will load from it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import webpack from "webpack";
import { FUNCTION_IDS } from "../fixtures/function-ids";

const ROOT = path.resolve(__dirname, "..", "..");
const URL_DEV = "https://localhost:3000/";
const ICONS = ["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png", "icon-128.png"];

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: { mode: "production" | "development" },
) => Promise<webpack.Configuration>;

function build(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((error, stats) => {
      compiler.close(() => {
        if (error) reject(error);
        else if (!stats) reject(new Error("webpack returned no stats"));
        else resolve(stats);
      });
    });
  });
}

let outDir = "";
let stats: webpack.Stats;
const read = (file: string): string => fs.readFileSync(path.join(outDir, file), "utf8");

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "mobility-auditor-build-"));
  const { default: makeConfig } = (await import(path.join(ROOT, "webpack.config.js"))) as { default: ConfigFactory };
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  config.output = { ...config.output, path: outDir };
  stats = await build(config);
}, 120_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

test("the production build has no errors", () => {
  const { errors = [], warnings = [] } = stats.toJson({ all: false, errors: true, warnings: true });
  expect(errors.map((e) => e.message)).toEqual([]);
  expect(warnings.map((w) => w.message)).toEqual([]);
});

test("dist has the pages, bundles, metadata, manifest and icons", () => {
  for (const file of [
    "taskpane.html",
    "taskpane.js",
    "functions.js",
    "functions.json",
    "functions-lv.json",
    "audit-worker.js",
    "budget-view.js",
    "grant-functions.js",
    "manifest.xml",
  ]) {
    expect([file, fs.existsSync(path.join(outDir, file))]).toEqual([file, true]);
  }
  for (const icon of ICONS) {
    const built = fs.readFileSync(path.join(outDir, "assets", icon));
    expect(built.equals(fs.readFileSync(path.join(ROOT, "assets", icon)))).toBe(true);
  }
});

describe("taskpane.html", () => {
  const scriptTags = (html: string): Array<{ attrs: string; body: string }> =>
    [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({ attrs: m[1], body: m[2] }));
  const srcOf = (attrs: string): string | undefined => /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];

  test("loads office.js from Microsoft's CDN and both bundles (shared runtime)", () => {
    const sources = scriptTags(read("taskpane.html")).map((s) => srcOf(s.attrs));
    expect(sources).toEqual(
      expect.arrayContaining([
        "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
        "taskpane.js",
        "functions.js",
      ]),
    );
    // office.js first: the bundles call Office.onReady and CustomFunctions.associate.
    expect(sources[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  test("has no inline script and no inline event handlers", () => {
    const html = read("taskpane.html");
    const tags = scriptTags(html);
    expect(tags.length).toBeGreaterThanOrEqual(3);
    for (const tag of tags) {
      expect(srcOf(tag.attrs)).toBeDefined();
      expect(tag.body.trim()).toBe("");
    }
    expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  test("links its stylesheets from dist, the Fluent tokens before the styles that use them", () => {
    const links = [...read("taskpane.html").matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*href="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(links).toEqual(["fluent-tokens.css", "taskpane.css"]);
    for (const file of links) expect([file, fs.existsSync(path.join(outDir, file))]).toEqual([file, true]);
    expect(read("fluent-tokens.css")).toMatch(/--colorBrandBackground:\s*#0f6cbd[;}]/);
  });

  test("carries the Content-Security-Policy meta tag", () => {
    const html = read("taskpane.html");
    const meta = /<meta\b[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0];
    expect(meta).toBeDefined();
    const policy = /\bcontent\s*=\s*"([^"]*)"/i.exec(meta ?? "")?.[1] ?? "";
    const directives = new Map(
      policy
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map((parts): [string, string[]] => [parts[0], parts.slice(1)]),
    );
    expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(directives.get("script-src")).not.toContain("'unsafe-inline'");
  });
});

test("functions.json describes the custom functions and functions.js associates each of them", () => {
  const metadata = JSON.parse(read("functions.json")) as { functions: Array<{ id: string; name: string }> };
  const ids = metadata.functions.map((f) => f.id);
  expect(ids).toEqual([...FUNCTION_IDS]);
  const bundle = read("functions.js");
  for (const id of ids) {
    expect([id, bundle.includes(`CustomFunctions.associate("${id}"`)]).toEqual([id, true]);
  }
});

test("functions-lv.json has the same ids and parameters as functions.json, with Latvian names", () => {
  type Metadata = { functions: Array<{ id: string; name: string; parameters?: Array<{ name: string }> }> };
  const en = JSON.parse(read("functions.json")) as Metadata;
  const lv = JSON.parse(read("functions-lv.json")) as Metadata;
  expect(lv.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
  lv.functions.forEach((f, i) => {
    expect([f.id, f.parameters?.length ?? 0]).toEqual([f.id, en.functions[i].parameters?.length ?? 0]);
    expect([f.id, f.name === en.functions[i].name]).toEqual([f.id, false]);
  });
  expect(lv.functions.find((f) => f.id === "MOBILITY_MAX_DAYS")?.name).toBe("MOBILITĀTES_MAKS_DIENAS");
});

test("manifest.xml is copied, with the URLs rewritten only when ADDIN_URL is set", () => {
  const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const url = process.env.ADDIN_URL || URL_DEV;
  expect(read("manifest.xml")).toBe(source.split(URL_DEV).join(url));
});

test("every country's names are in the bundles that audit, not in the task pane's own (only its in-thread audit chunk)", () => {
  // "Afganistāna" stands for the i18n-iso-countries names (src/rules/country-names.ts); the pane names the Programme's only.
  for (const [file, holds] of [
    ["taskpane.js", false],
    ["audit-engine.js", true],
    ["audit-worker.js", true],
    ["functions.js", true],
  ] as const) {
    expect([file, read(file).includes("Afganistāna")]).toEqual([file, holds]);
  }
});

test("the rule checks are in the bundles that audit, not in the task pane's own (its settings form reads settings only)", () => {
  // A group-mobility message stands for the registry of checks (src/rules/checks), which issues bring with them.
  const marker = "learners from at least two countries must take part in group mobility";
  for (const [file, holds] of [
    ["taskpane.js", false],
    ["audit-engine.js", true],
    ["audit-worker.js", true],
  ] as const) {
    expect([file, read(file).includes(marker)]).toEqual([file, holds]);
  }
});

test("the funding code comes only with what uses it: the Budget view's bundle and the funding functions' chunk", () => {
  // The view's own words stand for the Budget view; a third country's name in the Guide's groups for the unit costs.
  expect(read("taskpane.js")).not.toContain("Aptuvenais grants");
  expect(read("budget-view.js")).toContain("Aptuvenais grants");
  const thirdCountryGroups = "VC=St. Vincent and the Grenadines";
  expect(read("functions.js")).not.toContain(thirdCountryGroups);
  expect(read("grant-functions.js")).toContain(thirdCountryGroups);
  expect(read("budget-view.js")).toContain(thirdCountryGroups);
});

test("the rules' example parameters are left out of every bundle (they serve the tests and docs only)", () => {
  // "Berufskolleg Köln" is only ever a rule's example (the preparatory visit's host).
  for (const file of ["taskpane.js", "audit-engine.js", "audit-worker.js", "functions.js"]) {
    expect([file, read(file).includes("Berufskolleg")]).toEqual([file, false]);
  }
  // The messages themselves stay: a rule module's words are kept, only `example` goes.
  expect(read("audit-worker.js")).toContain("on the preparatory visit to");
});

test("each bundle is within its size target (issue 8, production build before gzip, KiB of 1,024 bytes)", () => {
  // bench/bundle.bench.ts prints the same sizes as bundle.<name>.kb.
  for (const [file, kib] of [
    ["taskpane.js", 150],
    ["functions.js", 100],
    ["audit-worker.js", 120],
  ] as const) {
    const size = fs.statSync(path.join(outDir, file)).size;
    expect([file, size <= kib * 1024]).toEqual([file, true]);
  }
});

test("zod is in the lazy chunk that reads the workbook's stored data, not in the pane's start-up script", () => {
  // "$ZodObject" is the name zod gives its object schemas (zod/v4/core); stored-readers.js is src/excel/stored-readers.ts's chunk.
  for (const [file, holds] of [
    ["taskpane.js", false],
    ["stored-readers.js", true],
  ] as const) {
    expect([file, read(file).includes("$ZodObject")]).toEqual([file, holds]);
  }
  // The pane loads it from its own origin by the name webpack gives it (taskpane.html's CSP: script-src 'self').
  expect(read("taskpane.js")).toContain("stored-readers");
});
