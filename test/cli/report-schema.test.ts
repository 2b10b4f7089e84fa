/**
 * The JSON output's schemas (src/cli/report-schema.ts): real --json and --rules --json output validates against the zod
 * schemas and against the generated JSON Schema files, which must be current (npm run docs regenerates them).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { EXAMPLE_PATH } from "../../scripts/make-example";
import { ReportSchema, RulesCatalogSchema, schemaDocuments } from "../../src/cli/report-schema";
import { day, planWorkbook, run, tempDir, writeWorkbook } from "./helpers";

const ROOT = resolve(__dirname, "..", "..");
const dir = tempDir();

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
/** Ajv 8 for the JSON Schema files (draft 2020-12), with the formats they use (date). */
async function jsonSchemaValidator(path: string): Promise<Validate> {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, path), "utf8")));
}

/** A copy of `value` with the value at `path` replaced (or deleted, for undefined). */
function changed(value: unknown, path: readonly (string | number)[], to: unknown): unknown {
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (to === undefined) delete parent[last];
  else parent[last] = to;
  return copy;
}

async function jsonOf(argv: string[]): Promise<unknown> {
  const { code, stdout } = await run([...argv, "--json"]);
  expect(code).not.toBe(2);
  return JSON.parse(stdout);
}

/** Columns the audit does not read (one a duplicate), no project period (an issue without a cell), and two tables. */
async function oddWorkbook(): Promise<string> {
  const workbook = planWorkbook([
    ["Anna Bērziņa", "Ēnošana darbā", day("2026-10-09"), day("2026-10-05"), "Vācija", "Schule Köln", "ok", "Austrija"],
    ["Jānis Ozols", "Kursi un apmācības", day("2026-11-02"), day("2026-11-02"), "Šveice", "Kurs AG"],
  ]);
  const sheet = workbook.worksheets[0];
  sheet.getCell("G7").value = "Piezīmes";
  sheet.getCell("H7").value = "Uzņemošā valsts";
  for (const cell of ["A4", "B4", "A5", "B5"]) sheet.getCell(cell).value = null;
  const second = workbook.addWorksheet("Otrais");
  second.getRow(1).values = [
    "Vārds, uzvārds",
    "Aktivitātes veids",
    "Sākuma datums",
    "Beigu datums",
    "Uzņemošā valsts",
    "Uzņemošā organizācija",
  ];
  second.getRow(2).values = ["Līga Zariņa", "Ēnošana darbā", day("2026-10-05"), day("2026-10-09"), "Itālija", "Scuola Roma"];
  return writeWorkbook(join(dir, "odd.xlsx"), workbook);
}

describe("the --json report schema", () => {
  let validate: Validate;
  const outputs: Record<string, unknown> = {};

  beforeAll(async () => {
    validate = await jsonSchemaValidator("docs/report.schema.json");
    outputs["the example plan"] = await jsonOf([EXAMPLE_PATH]);
    outputs["the example plan in Latvian"] = await jsonOf([EXAMPLE_PATH, "--lang", "lv"]);
    outputs["the example with every project setting given"] = await jsonOf([
      EXAMPLE_PATH,
      ...[
        "--sector",
        "VET",
        "--call",
        "2026-R2",
        "--project-start",
        "01.09.2026",
        "--project-end",
        "2027-08-31",
        "--sending-country",
        "LV",
      ],
    ]);
    outputs["a plan without issues"] = await jsonOf([await writeWorkbook(join(dir, "clean.xlsx"), planWorkbook())]);
    outputs["a plan with unread columns, project issues and two tables"] = await jsonOf([await oddWorkbook()]);
  });

  test("the fixtures cover the schema's optional parts", () => {
    const odd = ReportSchema.parse(outputs["a plan with unread columns, project issues and two tables"]);
    expect(odd.tables).toHaveLength(2);
    expect(odd.tables[0].unrecognised).toContainEqual({ column: "H", header: "Uzņemošā valsts", duplicateOf: "hostCountry" });
    expect(odd.issues.some((i) => i.sheet === null && i.cell === null && i.row === null)).toBe(true);
    expect(ReportSchema.parse(outputs["a plan without issues"]).issues).toEqual([]);
    expect(Object.keys(ReportSchema.parse(outputs["the example with every project setting given"]).project).sort()).toEqual([
      "call",
      "country",
      "end",
      "sector",
      "start",
    ]);
  });

  test.each([
    "the example plan",
    "the example plan in Latvian",
    "the example with every project setting given",
    "a plan without issues",
    "a plan with unread columns, project issues and two tables",
  ])("%s validates against the zod schema and docs/report.schema.json", (name) => {
    const result = ReportSchema.safeParse(outputs[name]);
    expect(result.error?.issues).toBeUndefined();
    expect([validate(outputs[name]), validate.errors]).toEqual([true, null]);
  });

  /** Changes to the example's report, each of which both schemas must reject: [what, path, new value (undefined: deleted)]. */
  const BROKEN: [string, (string | number)[], unknown][] = [
    ["an unknown top-level key", ["budget"], 1],
    ["an unknown issue key", ["issues", 0, "hint"], "x"],
    ["a severity that does not exist", ["issues", 0, "severity"], "fatal"],
    ["a rule id that does not exist", ["issues", 0, "rule"], "no-such-rule"],
    ["a lower-case cell address", ["issues", 0, "cell"], "f12"],
    ["a row 0", ["issues", 0, "row"], 0],
    ["a summary without rows", ["summary", "rows"], undefined],
    ["a negative count", ["summary", "errors"], -1],
    ["a project start that is no date", ["project", "start"], "2026-13-01"],
    ["a column letter that is not letters", ["tables", 0, "columns", "participant"], "B2"],
    ["a column of an unknown field", ["tables", 0, "columns", "shoeSize"], "Z"],
  ];

  test.each(BROKEN)("rejects %s", (_what, path, to) => {
    const report = changed(outputs["the example plan"], path, to);
    expect(ReportSchema.safeParse(report).success).toBe(false);
    expect(validate(report)).toBe(false);
  });
});

describe("the --rules --json schema", () => {
  test("the catalog validates against the zod schema and docs/rules.schema.json", async () => {
    const catalog = JSON.parse((await run(["--rules", "--json"])).stdout);
    expect(RulesCatalogSchema.safeParse(catalog).error?.issues).toBeUndefined();
    expect(catalog.activities.length).toBeGreaterThan(10);
    const validate = await jsonSchemaValidator("docs/rules.schema.json");
    expect([validate(catalog), validate.errors]).toEqual([true, null]);
    const broken = changed(catalog, ["activities", 0, "minDays"], "2");
    expect(RulesCatalogSchema.safeParse(broken).success).toBe(false);
    expect(validate(broken)).toBe(false);
  });
});

describe("the generated JSON Schema files", () => {
  test.each(Object.entries(schemaDocuments()))("%s is current (else run npm run docs)", (path, text) => {
    expect(readFileSync(join(ROOT, path), "utf8")).toBe(text);
  });
});
