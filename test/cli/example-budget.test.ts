/**
 * The example plan's whole grant estimate, line by line at both bounds (examples/planning-2026.xlsx: a Latvian
 * school's KA122-SCH plan with distances from Riga, green travel and linguistic support; no travel-day column, so 2
 * travel days are assumed). Pages: organisational support PG26 p.119, travel p.119–120, individual support p.120
 * (staff 107–191 / 95–169 / 84–148, pupils 48–85 / 41–74 per day, 70 % from day 15), inclusion support p.120,
 * preparatory visits, course fees and linguistic support p.121.
 */
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { run, tempDir } from "./helpers";

const ROOT = join(__dirname, "..", "..");
const dir = tempDir();

interface Line {
  category: string;
  quantity: number;
  unit: string;
  amount: { min: number; max: number };
}

const compact = (l: Line) =>
  `${l.category} ${l.quantity} ${l.unit} ${l.amount.min === l.amount.max ? l.amount.min : `${l.amount.min}-${l.amount.max}`}`;

const org = (n: number) => `organisational-support 1 participant ${n}`;
const travel = (n: number) => `travel 1 return-trip ${n}`;
const days = (n: number, range: string) => `individual-support ${n} day ${range}`;

/** Row → its lines. */
const EXPECTED: Readonly<Record<number, readonly string[]>> = {
  // Course in Florence (IT, group 1), 5 days + 2 travel days, 1,780 km.
  11: [org(100), travel(309), days(7, "749-1337"), "course-fees 5 course-day 400"],
  // 12-day course in Helsinki (FI, group 1), green, 283 km: 14 days at the base rate, fees for 10 days.
  12: [org(100), travel(285), days(14, "1498-2674"), "course-fees 10 course-day 800"],
  // Job shadowing in Lisbon (PT, group 2), 3,305 km.
  13: [org(350), travel(580), days(7, "665-1183")],
  14: [org(350), travel(580), days(9, "855-1521")],
  15: [org(350), travel(580), days(7, "665-1183")],
  // Teaching assignment in Zürich (CH: a third country not associated, group 1), 1,468 km.
  16: [org(350), travel(309), days(7, "749-1337")],
  // Pupil group in Valencia (ES, group 2), 2,762 km; row 18 with fewer opportunities.
  17: [org(100), travel(395), days(7, "287-518")],
  18: [org(100), travel(395), days(7, "287-518"), "inclusion-support-organisations 1 participant 125"],
  19: [org(100), travel(395), days(7, "287-518")],
  20: [org(100), travel(395), days(7, "287-518")],
  // The accompanying teacher: travel and staff rates, 4 days + 2.
  21: [travel(395), days(6, "570-1014")],
  // End before start: no individual support.
  22: [org(350), travel(309)],
  23: [org(100), travel(309), days(7, "749-1337"), "course-fees 5 course-day 400"],
  // Short-term pupil in Lyon (FR, group 1), 19 days + 2: 14 at 48–85, 7 at 34–60 (70 %, 59.5 → 60); OLS cannot serve.
  24: [org(350), travel(309), days(14, "672-1190"), "individual-support 7 day-70 238-420", "linguistic-support 1 participant 150"],
  // Teaching assignment in Vilnius (LT, group 3), green, 262 km.
  25: [org(350), travel(285), days(7, "588-1036")],
  26: [org(350), travel(309), days(7, "749-1337")],
  27: [org(350), travel(309), days(6, "642-1146")],
  28: [org(100), travel(309), days(7, "749-1337"), "course-fees 5 course-day 400"],
  29: [org(100), travel(309), days(7, "749-1337"), "course-fees 5 course-day 400"],
  30: ["preparatory-visits 1 participant 680"],
};

describe("the example plan's grant estimate", () => {
  let budget: {
    total: { min: number; max: number };
    categories: { category: string; amount: { min: number; max: number } }[];
    activities: { sheet: string; row: number; lines: Line[] }[];
    missing: unknown[];
    assumptions: string[];
  };

  beforeAll(async () => {
    const { stdout } = await run(["--budget", "--json", "--lang", "en"], { cwd: ROOT });
    budget = JSON.parse(stdout).budget;
  });

  test.each(Object.entries(EXPECTED))("row %s", (row, lines) => {
    const activity = budget.activities.find((a) => a.row === Number(row));
    expect(activity?.sheet).toBe("Mobilitātes");
    expect(activity?.lines.map(compact)).toEqual(lines);
  });

  test("every row of the plan; nothing missing but row 22's subsistence (its dates are reversed) and the categories paid on real costs", () => {
    expect(budget.activities.map((a) => a.row)).toEqual(Object.keys(EXPECTED).map(Number));
    expect(budget.missing).toEqual([
      { sheet: "Mobilitātes", row: 22, category: "individual-support", why: "dates-missing" },
      { sheet: null, row: null, category: "inclusion-support-participants", why: "real-costs" },
      { sheet: null, row: null, category: "exceptional-costs", why: "real-costs" },
    ]);
  });

  test("totals per category and for the project, at both bounds", () => {
    const sum = (pick: (l: Line) => number) => budget.activities.flatMap((a) => a.lines).reduce((n, l) => n + pick(l), 0);
    expect(budget.total).toEqual({ min: sum((l) => l.amount.min), max: sum((l) => l.amount.max) });
    expect(budget.total).toEqual({ min: 26506, max: 35932 });
    expect(Object.fromEntries(budget.categories.map((c) => [c.category, c.amount]))).toEqual({
      "organisational-support": { min: 4050, max: 4050 },
      travel: { min: 7066, max: 7066 },
      "individual-support": { min: 12035, max: 21461 },
      "inclusion-support-organisations": { min: 125, max: 125 },
      "preparatory-visits": { min: 680, max: 680 },
      "course-fees": { min: 2400, max: 2400 },
      "linguistic-support": { min: 150, max: 150 },
    });
  });

  test("with a rates file, one figure per line", async () => {
    const rates = join(dir, "rates.json");
    const group = (g1: number, g2: number, g3: number) => ({ group1: g1, group2: g2, group3: g3 });
    writeFileSync(
      rates,
      JSON.stringify({
        individualSupport: {
          staff: group(150, 130, 110),
          "vet-learners": group(80, 70, 60),
          "school-pupils": group(70, 60, 50),
          "adult-learners": group(80, 70, 60),
        },
      }),
    );
    const { stdout } = await run(["--rates", rates, "--lang", "en"], { cwd: ROOT });
    expect(stdout).toContain("  Individual support (school pupils, country group 1): 7 days at 70 % × 49 EUR = 343 EUR (PG26 p.120)\n");
    expect(stdout).not.toMatch(/\d–\d[\d,]* EUR/);
  });
});
