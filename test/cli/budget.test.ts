/**
 * `--budget` and `--rates` (src/cli/budget.ts): the estimate after the audit in text (each line with its PG26 page, in
 * English and Latvian) and as the JSON report's `budget`; a rates file that fails its schema or is out of range is
 * exit 2 with one line naming the key.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCliArgs } from "../../src/cli/args";
import { ReportSchema } from "../../src/cli/report-schema";
import { Workbook } from "exceljs";
import { day, planWorkbook, run, tempDir, writeWorkbook } from "./helpers";

const dir = tempDir();

/** VET plan: job shadowing in Germany, 5–9 Oct 2026, with distance, travel days, green travel and linguistic support. */
async function budgetPlan(): Promise<string> {
  const workbook = planWorkbook([]);
  const sheet = workbook.worksheets[0];
  sheet.getRow(7).values = [
    "Vārds, uzvārds",
    "Aktivitātes veids",
    "Sākuma datums",
    "Beigu datums",
    "Uzņemošā valsts",
    "Uzņemošā organizācija",
    "Attālums (km)",
    "Ceļošanas dienas",
    "Zaļais ceļojums",
    "Valodas atbalsts",
  ];
  sheet.getRow(8).values = [
    "Anna Bērziņa",
    "Ēnošana darbā",
    day("2026-10-05"),
    day("2026-10-09"),
    "Vācija",
    "Schule Köln",
    1365.28,
    2,
    "nē",
    "nē",
  ];
  sheet.getRow(9).values = [
    "Jānis Ozols",
    "Kursi un apmācības",
    day("2026-10-05"),
    day("2026-10-09"),
    "Spānija",
    "Academia",
    2500,
    4,
    "jā",
    "nē",
  ];
  return writeWorkbook(join(dir, "budget-plan.xlsx"), workbook);
}

const RATES = {
  agency: "LV01",
  individualSupport: {
    staff: { group1: 150, group2: 130, group3: 110 },
    "vet-learners": { group1: 80, group2: 70, group3: 60 },
    "school-pupils": { group1: 60, group2: 50, group3: 40 },
    "adult-learners": { group1: 80, group2: 70, group3: 60 },
  },
};

function ratesFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

describe("arguments", () => {
  test("--budget, and --rates, which implies it", () => {
    expect(parseCliArgs(["plan.xlsx", "--budget"])).toMatchObject({ budget: true });
    expect(parseCliArgs(["plan.xlsx", "--rates", "r.json"])).toMatchObject({ budget: true, rates: "r.json" });
    expect(parseCliArgs(["plan.xlsx"])).not.toHaveProperty("budget");
  });

  test("--rates without a value is a usage error", async () => {
    const { code, stderr } = await run(["plan.xlsx", "--rates", " "]);
    expect(code).toBe(2);
    expect(stderr).toBe("mobility-audit: option --rates needs a value (mobility-audit --help shows the usage)\n");
  });
});

describe("the text report", () => {
  test("each line with its page, then the totals, assumptions and the total (English)", async () => {
    const { code, stdout } = await run([await budgetPlan(), "--budget", "--lang", "en"]);
    expect(code).toBe(0);
    const budget = stdout.slice(stdout.indexOf("== Grant estimate"));
    expect(budget.split("\n")).toEqual([
      "== Grant estimate (2026 unit costs, minimum–maximum of the Guide's ranges) ==",
      "-- Plāns --",
      "Row 8 · Anna Bērziņa · SM-JOB-SHDW",
      "  Organisational support: 1 participant × 350 EUR = 350 EUR (PG26 p.98)",
      "  Travel (500–1999 km, standard): 1 return trip × 309 EUR = 309 EUR (PG26 p.98–99)",
      "  Individual support (staff, country group 1): 7 days × 107–191 EUR = 749–1,337 EUR (PG26 p.99–100)",
      "Row 9 · Jānis Ozols · SM-COUR-TRAIN",
      "  Organisational support: 1 participant × 100 EUR = 100 EUR (PG26 p.98)",
      "  Travel (2000–2999 km, green): 1 return trip × 535 EUR = 535 EUR (PG26 p.98–99)",
      "  Individual support (staff, country group 2): 9 days × 95–169 EUR = 855–1,521 EUR (PG26 p.99–100)",
      "  Course fees: 5 course days × 80 EUR = 400 EUR (PG26 p.101)",
      "",
      "By budget category:",
      "  Organisational support: 450 EUR",
      "  Travel: 844 EUR",
      "  Individual support: 1,604–2,858 EUR",
      "  Course fees: 400 EUR",
      "By activity type:",
      "  SM-JOB-SHDW: 1,408–1,996 EUR",
      "  SM-COUR-TRAIN: 1,890–2,556 EUR",
      "Not in the estimate:",
      "  Inclusion support for participants: not estimated: paid on real costs, as the National Agency approves each request",
      "  Exceptional costs: not estimated: paid on real costs, as the National Agency approves each request",
      "Assumptions:",
      "  - No rates file: each daily rate of individual support is the Guide's range, so every amount is a minimum–maximum (PG26 p.99, 120, 140).",
      "Total: 3,298–4,552 EUR",
      "",
    ]);
  });

  test("in Latvian, with a rates file: one figure per line", async () => {
    const { code, stdout } = await run([await budgetPlan(), "--rates", ratesFile("lv01.json", RATES), "--lang", "lv"]);
    expect(code).toBe(0);
    expect(stdout).toContain("== Granta aprēķins (2026. gada vienības izmaksas, likmju faila dienas likmes) ==\n");
    expect(stdout).toContain("  Individuālais atbalsts (personāls, 1. valstu grupa): 7 dienas × 150 EUR = 1050 EUR (PG26 p.99–100)\n");
    expect(stdout).toContain("  Ceļa izmaksas (2000–2999 km, zaļais): 1 brauciens turp un atpakaļ × 535 EUR = 535 EUR (PG26 p.98–99)\n");
    expect(stdout).toContain("  Kursu maksa: 5 kursu dienas × 80 EUR = 400 EUR (PG26 p.101)\n");
    expect(stdout).toContain("  - Individuālā atbalsta dienas likmes no likmju faila (LV01).\n");
    // 350 + 309 + 7 × 150 + 100 + 535 + 9 × 130 + 400
    expect(stdout).toMatch(/Kopā: 3914 EUR\n$/);
  });

  test("without --budget, no estimate", async () => {
    const { stdout } = await run([await budgetPlan()]);
    expect(stdout).not.toContain("Grant estimate");
  });
});

describe("the JSON report's budget", () => {
  test("the issue's shape, valid against the report's schema", async () => {
    const { code, stdout } = await run([await budgetPlan(), "--budget", "--json", "--lang", "en"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.budget).toMatchObject({
      currency: "EUR",
      total: { min: 3298, max: 4552 },
      categories: [
        { category: "organisational-support", amount: { min: 450, max: 450 } },
        { category: "travel", amount: { min: 844, max: 844 } },
        { category: "individual-support", amount: { min: 1604, max: 2858 } },
        { category: "course-fees", amount: { min: 400, max: 400 } },
      ],
      byActivityType: [
        { code: "SM-JOB-SHDW", amount: { min: 1408, max: 1996 } },
        { code: "SM-COUR-TRAIN", amount: { min: 1890, max: 2556 } },
      ],
      activities: [
        {
          sheet: "Plāns",
          row: 8,
          lines: [
            { category: "organisational-support", quantity: 1, unit: "participant", amount: { min: 350, max: 350 } },
            { category: "travel", quantity: 1, unit: "return-trip", amount: { min: 309, max: 309 } },
            { category: "individual-support", quantity: 7, unit: "day", amount: { min: 749, max: 1337 } },
          ],
        },
        { sheet: "Plāns", row: 9 },
      ],
      missing: [
        { sheet: null, row: null, category: "inclusion-support-participants", why: "real-costs" },
        { sheet: null, row: null, category: "exceptional-costs", why: "real-costs" },
      ],
      warnings: [],
    });
    expect(report.budget.assumptions).toHaveLength(1);
  });

  test("a row's missing distance is said with its sheet and row", async () => {
    const workbook = planWorkbook();
    const path = await writeWorkbook(join(dir, "no-distance.xlsx"), workbook);
    const { stdout } = await run([path, "--budget", "--json"]);
    expect(JSON.parse(stdout).budget.missing[0]).toEqual({ sheet: "Plāns", row: 8, category: "travel", why: "distance-missing" });
  });

  test("without --budget, no budget key", async () => {
    const { stdout } = await run([await budgetPlan(), "--json"]);
    expect(JSON.parse(stdout)).not.toHaveProperty("budget");
  });
});

test("courses over their limit: a warning with the amounts (PG26 p.107)", async () => {
  // 12 courses of 10 days in Germany, SCH: each 100 + 12 × 107–191 + 800 = 2,184–3,192 EUR; all 26,208–38,304 EUR of
  // a grant up to 40,000 EUR, whose limit is 20,000 EUR.
  const rows = Array.from({ length: 12 }, (_, i) => [
    `Dalībnieks ${i + 1}`,
    "Kursi un apmācības",
    day("2026-10-05"),
    day("2026-10-14"),
    "Vācija",
    "Akademie",
  ]);
  const path = await writeWorkbook(join(dir, "courses.xlsx"), planWorkbook(rows, "SCH"));
  const text = await run([path, "--budget", "--lang", "en"]);
  expect(text.stdout).toContain(
    "\nwarning: Courses and training come to 26,208–38,304 EUR, over the limit of 20,000 EUR for a grant of 26,208–38,304 EUR (at most 50 % of the grant; 20,000 EUR for grants up to 40,000 EUR; PG26 p.107)\n",
  );
  const json = JSON.parse((await run([path, "--budget", "--json", "--lang", "en"])).stdout);
  expect(json.budget.warnings).toEqual([
    {
      rule: "courses-limit-exceeded",
      message: expect.stringContaining("over the limit of 20,000 EUR"),
      courses: { min: 26208, max: 38304 },
      limit: { min: 20000, max: 20000 },
      grant: { min: 26208, max: 38304 },
    },
  ]);
});

describe("a rates file that cannot be used: exit 2, one line naming the key", () => {
  const withStaff = (group1: unknown) => ({
    ...RATES,
    individualSupport: { ...RATES.individualSupport, staff: { ...RATES.individualSupport.staff, group1 } },
  });
  test.each<[string, unknown, string]>([
    [
      "a rate over its range",
      withStaff(192),
      "individualSupport.staff.group1: 192 EUR is outside the Guide's range 107–191 EUR (PG26 p.99, 120, 140)",
    ],
    [
      "a rate under its range",
      withStaff(106),
      "individualSupport.staff.group1: 106 EUR is outside the Guide's range 107–191 EUR (PG26 p.99, 120, 140)",
    ],
    ["a rate that is no number", withStaff("150"), 'individualSupport.staff.group1: "150" is not a rate in whole euros'],
    ["an unknown key", { ...RATES, travel: 1 }, "travel: unknown key"],
  ])("%s", async (_name, content, message) => {
    const path = ratesFile("bad.json", content);
    const { code, stdout, stderr } = await run([await budgetPlan(), "--rates", path, "--lang", "en"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`mobility-audit: ${path}: ${message}\n`);
  });

  test("not JSON", async () => {
    const path = ratesFile("text.json", "staff = 150");
    const { code, stderr } = await run([await budgetPlan(), "--rates", path]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^mobility-audit: .*text\.json: not JSON \(.*\)\n$/);
  });

  test("no such file, in Latvian", async () => {
    const { code, stderr } = await run([await budgetPlan(), "--rates", "nav.json", "--lang", "lv"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe("mobility-audit: nav.json: šāda likmju faila nav\n");
  });
});

describe("--out with --budget: a Budget sheet in the copy", () => {
  test("one row per budget line with its page and amounts as numbers, then the totals", async () => {
    const copy = join(dir, "copy-budget.xlsx");
    const { code } = await run([await budgetPlan(), "--budget", "--out", copy, "--lang", "en"]);
    expect(code).toBe(0);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(copy);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Plāns", "Audit", "Budget"]);
    const sheet = workbook.getWorksheet("Budget")!;
    const values = (r: number) =>
      (sheet.getRow(r).values as unknown[]).slice(1).map((v) => (v && typeof v === "object" && "result" in v ? v.result : v));
    expect(values(1)).toEqual([
      "Sheet",
      "Row",
      "Budget line",
      "Detail",
      "Quantity",
      "Unit",
      "Rate min (EUR)",
      "Rate max (EUR)",
      "Min (EUR)",
      "Max (EUR)",
      "Source",
    ]);
    expect(values(2)).toEqual(["Plāns", "8", "Organisational support", "", 1, "participant", 350, 350, 350, 350, "PG26 p.98"]);
    expect(values(4)).toEqual([
      "Plāns",
      "8",
      "Individual support",
      "staff, country group 1",
      7,
      "days",
      107,
      191,
      749,
      1337,
      "PG26 p.99–100",
    ]);
    const texts: unknown[][] = [];
    sheet.eachRow((row) => texts.push((row.values as unknown[]).slice(1)));
    expect(texts).toContainEqual([undefined, undefined, "Total", undefined, undefined, undefined, undefined, undefined, 3298, 4552]);
  });

  test("without --budget, no Budget sheet", async () => {
    const copy = join(dir, "copy-plain.xlsx");
    await run([await budgetPlan(), "--out", copy]);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(copy);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Plāns", "Audit"]);
  });
});
