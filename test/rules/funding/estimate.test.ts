/**
 * The grant estimate, hand-computed: each case gives a row, the page its rule is on, and every budget line as
 * "category quantity unit amount" (amount in EUR, "min-max" from the Guide's ranges, one figure when they agree).
 */
import type { Activity, Project } from "../../../src/rules";
import { coursesLimitFor, estimatePlan, reducedRate, type AgencyRates, type Bounds, type Estimate } from "../../../src/rules/funding";

const SCH: Project = { sector: "SCH", country: "LV" };
const VET: Project = { sector: "VET", country: "LV", action: "KA121" };
const ADU: Project = { sector: "ADU", country: "LV" };

const eur = (b: Bounds) => (b.min === b.max ? `${b.min / 100}` : `${b.min / 100}-${b.max / 100}`);

/** Job shadowing in Germany, 7–11 Sep 2026 (5 days), 1,000 km, 2 travel days, standard travel, OLS serves. */
const SHADOWING: Omit<Activity, "id"> = {
  activity: "Job shadowing",
  start: "2026-09-07",
  end: "2026-09-11",
  hostCountry: "DE",
  distanceKm: 1000,
  travelDays: 2,
  greenTravel: false,
  linguisticSupport: false,
};

function estimate(rows: readonly Omit<Activity, "id">[], project: Project = SCH, rates?: AgencyRates): Estimate {
  return estimatePlan({ project, activities: rows.map((row, i) => ({ id: i + 1, ...row })) }, rates);
}

function lines(row: Omit<Activity, "id">, project: Project = SCH, rates?: AgencyRates): string[] {
  return estimate([row], project, rates).activities[0].lines.map((l) => `${l.category} ${l.quantity} ${l.unit} ${eur(l.amount)}`);
}

describe("a row's budget lines", () => {
  test.each<[string, Omit<Activity, "id">, Project, string[]]>([
    [
      "job shadowing, 5 days + 2 travel days in group 1: 350 organisational, 309 travel (500–1999 km), staff 107–191/day (PG26 p.119–120)",
      SHADOWING,
      SCH,
      ["organisational-support 1 participant 350", "travel 1 return-trip 309", "individual-support 7 day 749-1337"],
    ],
    [
      "day 14: 12 days + 2 travel days, all at the base rate (PG26 p.120)",
      { ...SHADOWING, end: "2026-09-18" },
      SCH,
      ["organisational-support 1 participant 350", "travel 1 return-trip 309", "individual-support 14 day 1498-2674"],
    ],
    [
      "day 15: 13 days + 2 travel days, the 15th at 70 %: 74.9 → 75, 133.7 → 134 (PG26 p.120)",
      { ...SHADOWING, end: "2026-09-19" },
      SCH,
      [
        "organisational-support 1 participant 350",
        "travel 1 return-trip 309",
        "individual-support 14 day 1498-2674",
        "individual-support 1 day-70 75-134",
      ],
    ],
    [
      "70 % rounded half up: group 2 staff 95 → 66.5 → 67, 169 → 118.3 → 118; 20 days + 2 (PG26 p.120)",
      { ...SHADOWING, hostCountry: "ES", end: "2026-09-26" },
      SCH,
      [
        "organisational-support 1 participant 350",
        "travel 1 return-trip 309",
        "individual-support 14 day 1330-2366",
        "individual-support 8 day-70 536-944",
      ],
    ],
    [
      "short-term pupils, 20 days + 2: pupils 48–85/day, 70 % 34–60 (0.7 × 85 = 59.5 → 60) (PG26 p.119–120)",
      { ...SHADOWING, activity: "Short-term learning mobility of pupils", end: "2026-09-26" },
      SCH,
      [
        "organisational-support 1 participant 350",
        "travel 1 return-trip 309",
        "individual-support 14 day 672-1190",
        "individual-support 8 day-70 272-480",
      ],
    ],
    [
      "green travel: 417 for 500–1999 km, and up to 6 travel days counted (PG26 p.119–120)",
      { ...SHADOWING, greenTravel: true, travelDays: 4 },
      SCH,
      ["organisational-support 1 participant 350", "travel 1 return-trip 417", "individual-support 9 day 963-1719"],
    ],
    [
      "green travel, 7 travel days: 6 counted (PG26 p.120)",
      { ...SHADOWING, greenTravel: true, travelDays: 7 },
      SCH,
      ["organisational-support 1 participant 350", "travel 1 return-trip 417", "individual-support 11 day 1177-2101"],
    ],
    [
      "standard travel, 3 travel days: 2 counted (PG26 p.120)",
      { ...SHADOWING, travelDays: 3 },
      SCH,
      ["organisational-support 1 participant 350", "travel 1 return-trip 309", "individual-support 7 day 749-1337"],
    ],
    [
      "no travel days given: 2 assumed (PG26 p.120)",
      { ...SHADOWING, travelDays: undefined, greenTravel: undefined },
      SCH,
      ["organisational-support 1 participant 350", "travel 1 return-trip 309", "individual-support 7 day 749-1337"],
    ],
    [
      "under 10 km: no travel grant, and no travel days assumed (PG26 p.119)",
      { ...SHADOWING, distanceKm: 9, travelDays: undefined },
      SCH,
      ["organisational-support 1 participant 350", "individual-support 5 day 535-955"],
    ],
    [
      "accompanying person of a pupils' group: travel and staff rates, no organisational support (PG26 p.119–120, footnote 125)",
      { ...SHADOWING, activity: "Izglītojamo grupu mobilitāte", role: "Pavadošā persona", linguisticSupport: undefined },
      SCH,
      ["travel 1 return-trip 309", "individual-support 7 day 749-1337"],
    ],
    [
      "an accompanying person's row without an activity: travel and staff rates (PG26 p.120, footnote 125)",
      { ...SHADOWING, activity: undefined, role: "Accompanying person" },
      SCH,
      ["travel 1 return-trip 309", "individual-support 7 day 749-1337"],
    ],
    [
      "group mobility of pupils: 100 organisational, pupils' rates (PG26 p.119–120)",
      { ...SHADOWING, activity: "Group mobility of school pupils" },
      SCH,
      ["organisational-support 1 participant 100", "travel 1 return-trip 309", "individual-support 7 day 336-595"],
    ],
    [
      "course of 5 days: 100 organisational, 80/day course fees (PG26 p.119, 121)",
      { ...SHADOWING, activity: "Courses and training" },
      SCH,
      [
        "organisational-support 1 participant 100",
        "travel 1 return-trip 309",
        "individual-support 7 day 749-1337",
        "course-fees 5 course-day 400",
      ],
    ],
    [
      "course of 12 days: course fees for 10 days (PG26 p.107, 121)",
      { ...SHADOWING, activity: "Courses and training", end: "2026-09-18" },
      SCH,
      [
        "organisational-support 1 participant 100",
        "travel 1 return-trip 309",
        "individual-support 14 day 1498-2674",
        "course-fees 10 course-day 800",
      ],
    ],
    [
      "a participant with fewer opportunities: 125 inclusion support for organisations (PG26 p.120)",
      { ...SHADOWING, fewerOpportunities: true },
      SCH,
      [
        "organisational-support 1 participant 350",
        "travel 1 return-trip 309",
        "individual-support 7 day 749-1337",
        "inclusion-support-organisations 1 participant 125",
      ],
    ],
    [
      "linguistic support where OLS cannot serve: 150 (PG26 p.121)",
      { ...SHADOWING, linguisticSupport: true },
      SCH,
      [
        "organisational-support 1 participant 350",
        "travel 1 return-trip 309",
        "individual-support 7 day 749-1337",
        "linguistic-support 1 participant 150",
      ],
    ],
    [
      "long-term pupils, 30 days + 2: 500 organisational, 150 + 150 reinforced linguistic support (PG26 p.119–121)",
      { ...SHADOWING, activity: "Long-term learning mobility of pupils", end: "2026-10-06", linguisticSupport: true },
      SCH,
      [
        "organisational-support 1 participant 500",
        "travel 1 return-trip 309",
        "individual-support 14 day 672-1190",
        "individual-support 18 day-70 612-1080",
        "linguistic-support 1 participant 150",
        "linguistic-support 1 reinforced-participant 150",
      ],
    ],
    [
      "long-term pupils where OLS serves: the reinforced 150 only (PG26 p.121)",
      { ...SHADOWING, activity: "Long-term learning mobility of pupils", end: "2026-10-06" },
      SCH,
      [
        "organisational-support 1 participant 500",
        "travel 1 return-trip 309",
        "individual-support 14 day 672-1190",
        "individual-support 18 day-70 612-1080",
        "linguistic-support 1 reinforced-participant 150",
      ],
    ],
    [
      "preparatory visit: 680 per participant, nothing else (PG26 p.121)",
      { ...SHADOWING, activity: "Preparatory visit" },
      SCH,
      ["preparatory-visits 1 participant 680"],
    ],
    [
      "invited expert: 100 organisational, staff rates of the beneficiary's country (LV, group 2) (PG26 p.119–120)",
      { ...SHADOWING, activity: "Invited experts", hostCountry: undefined },
      SCH,
      ["organisational-support 1 participant 100", "travel 1 return-trip 309", "individual-support 7 day 665-1183"],
    ],
    [
      "hosted teacher in training, 10 days + 2: 100 organisational, staff rates of LV; linguistic support eligible (PG26 p.119–121)",
      {
        ...SHADOWING,
        activity: "Hosting teachers and educators in training",
        hostCountry: undefined,
        end: "2026-09-16",
        linguisticSupport: true,
      },
      SCH,
      [
        "organisational-support 1 participant 100",
        "travel 1 return-trip 309",
        "individual-support 12 day 1140-2028",
        "linguistic-support 1 participant 150",
      ],
    ],
    [
      "VET job shadowing in a third country not associated (USA, group 1; 8,000 km or more): 500 organisational (PG26 p.98–100)",
      { ...SHADOWING, hostCountry: "US", distanceKm: 8500 },
      VET,
      ["organisational-support 1 participant 500", "travel 1 return-trip 1735", "individual-support 7 day 749-1337"],
    ],
    [
      "VET invited expert with a host country on the row: the venue is still the beneficiary (LV), 100 organisational (PG26 p.98–99)",
      { ...SHADOWING, activity: "Invited experts", hostCountry: "US" },
      VET,
      ["organisational-support 1 participant 100", "travel 1 return-trip 309", "individual-support 7 day 665-1183"],
    ],
    [
      "VET short-term learners in group 3 (Poland): VET learners 36–93/day (PG26 p.98–99)",
      { ...SHADOWING, activity: "Short-term learning mobility of VET learners", hostCountry: "PL", end: "2026-09-20" },
      VET,
      [
        "organisational-support 1 participant 350",
        "travel 1 return-trip 309",
        "individual-support 14 day 504-1302",
        "individual-support 2 day-70 50-130",
      ],
    ],
    [
      "VET skills competition: 100 organisational; no linguistic support (PG26 p.98, 101)",
      { ...SHADOWING, activity: "Participation in VET skills competitions", linguisticSupport: undefined },
      VET,
      ["organisational-support 1 participant 100", "travel 1 return-trip 309", "individual-support 7 day 336-889"],
    ],
    [
      "ADU group mobility of learners: 125 organisational, learners 48–127 (PG26 p.139–140)",
      { ...SHADOWING, activity: "Group mobility of adult learners" },
      ADU,
      ["organisational-support 1 participant 125", "travel 1 return-trip 309", "individual-support 7 day 336-889"],
    ],
  ])("%s", (_name, row, project, expected) => {
    expect(lines(row, project)).toEqual(expected);
  });
});

describe("travel by distance band (PG26 p.98–99, 119, 139)", () => {
  const travel = (row: Partial<Activity>) =>
    estimate([{ ...SHADOWING, ...row }]).activities[0].lines.find((l) => l.category === "travel")?.amount.min ?? null;
  test.each<[Partial<Activity>, number | null]>([
    [{ distanceKm: 9.99 }, null],
    [{ distanceKm: 10 }, 2800],
    [{ distanceKm: 99 }, 2800],
    [{ distanceKm: 99, greenTravel: true }, 5600],
    [{ distanceKm: 99.5 }, 2800],
    [{ distanceKm: 100 }, 21100],
    [{ distanceKm: 100, greenTravel: true }, 28500],
    [{ distanceKm: 499 }, 21100],
    [{ distanceKm: 500 }, 30900],
    [{ distanceKm: 1999 }, 30900],
    [{ distanceKm: 2000 }, 39500],
    [{ distanceKm: 2999 }, 39500],
    [{ distanceKm: 3000 }, 58000],
    [{ distanceKm: 3000, greenTravel: true }, 78500],
    [{ distanceKm: 4000 }, 118800],
    [{ distanceKm: 4000, greenTravel: true }, 118800],
    [{ distanceKm: 7999 }, 118800],
    [{ distanceKm: 8000 }, 173500],
    [{ distanceKm: undefined, distanceBand: "100–499 km" }, 21100],
    [{ distanceKm: undefined, distanceBand: "Between 500 and 1999 KM" }, 30900],
    [{ distanceKm: undefined, distanceBand: "8000 km or more" }, 173500],
    [{ distanceKm: undefined, distanceBand: "0-9 km" }, null],
    [{ distanceKm: undefined, distanceBand: "1365,28 km" }, 30900],
  ])("%j: %s cents", (row, cents) => {
    expect(travel(row)).toBe(cents);
  });
});

describe("the 100th participant of an activity type (PG26 p.119)", () => {
  /** n job-shadowing rows; the first row starts last, so it is the nth by start date. */
  function shadowing(n: number): Omit<Activity, "id">[] {
    return Array.from({ length: n }, (_, i) => ({
      ...SHADOWING,
      start: i === 0 ? "2026-12-07" : "2026-09-07",
      end: i === 0 ? "2026-12-11" : "2026-09-11",
    }));
  }
  const organisational = (e: Estimate, i: number) => e.activities[i].lines.find((l) => l.category === "organisational-support")?.amount.min;

  test("100 participants: 350 each", () => {
    const e = estimate(shadowing(100));
    expect(e.activities.map((_, i) => organisational(e, i))).toEqual(Array(100).fill(35000));
    expect(e.assumptions.map((a) => a.id)).not.toContain("tier-order");
  });

  test("101 participants: the one starting last is the 101st, at 200", () => {
    const e = estimate(shadowing(101));
    expect(organisational(e, 0)).toBe(20000);
    expect(organisational(e, 100)).toBe(35000);
    expect(e.assumptions).toContainEqual({ id: "tier-order", rows: 1 });
  });

  test("same start date: the later row is the 101st", () => {
    const rows = shadowing(101).map((r) => ({ ...r, start: "2026-09-07", end: "2026-09-11" }));
    const e = estimate(rows);
    expect(organisational(e, 100)).toBe(20000);
    expect(organisational(e, 99)).toBe(35000);
  });

  test("accompanying persons and other activity types are not counted", () => {
    const rows = [
      ...shadowing(100),
      { ...SHADOWING, activity: "Teaching or training assignments" },
      { ...SHADOWING, activity: undefined, role: "Accompanying person" },
    ];
    const e = estimate(rows);
    expect(organisational(e, 100)).toBe(35000);
    expect(e.activities.filter((_, i) => organisational(e, i) === 20000)).toEqual([]);
  });
});

describe("what is missing and what is assumed", () => {
  test("no distance: travel left out and said; the real-cost categories listed as not estimated", () => {
    const e = estimate([{ ...SHADOWING, distanceKm: undefined }]);
    expect(e.missing).toEqual([
      { id: 1, category: "travel", why: "distance-missing" },
      { category: "inclusion-support-participants", why: "real-costs" },
      { category: "exceptional-costs", why: "real-costs" },
    ]);
    expect(e.activities[0].lines.map((l) => l.category)).toEqual(["organisational-support", "individual-support"]);
  });

  test.each<[string, Partial<Activity>, string, string]>([
    ["a band that names no band", { distanceKm: undefined, distanceBand: "tāls" }, "travel", "distance-unreadable"],
    ["no host country", { hostCountry: undefined }, "individual-support", "country-missing"],
    ["no dates", { start: undefined, end: undefined }, "individual-support", "dates-missing"],
    ["linguistic support not stated", { linguisticSupport: undefined }, "linguistic-support", "linguistic-support-not-stated"],
    ["an unknown activity", { activity: "Ekskursija" }, "organisational-support", "activity-unknown"],
  ])("%s", (_name, row, category, why) => {
    expect(estimate([{ ...SHADOWING, ...row }]).missing[0]).toEqual({ id: 1, category, why });
  });

  test("no sector anywhere: nothing estimated for the row", () => {
    const e = estimate([SHADOWING], { country: "LV" });
    expect(e.missing[0]).toEqual({ id: 1, category: "organisational-support", why: "sector-unknown" });
    expect(e.total).toEqual({ min: 0, max: 0 });
  });

  test("assumptions count their rows", () => {
    const e = estimate([
      { ...SHADOWING, travelDays: undefined, greenTravel: undefined },
      { ...SHADOWING, travelDays: undefined },
      { ...SHADOWING, activity: "Invited experts" },
    ]);
    expect(e.assumptions).toEqual([
      { id: "guide-ranges", rows: 0 },
      { id: "travel-days-assumed", rows: 2 },
      { id: "standard-travel-assumed", rows: 1 },
      { id: "incoming-staff-rates", rows: 1 },
    ]);
  });
});

describe("totals", () => {
  test("per category, per activity type and for the project", () => {
    const e = estimate([SHADOWING, { ...SHADOWING, activity: "Courses and training" }, { ...SHADOWING, fewerOpportunities: true }]);
    const categories = Object.fromEntries(e.categories.map((c) => [c.category, eur(c.amount)]));
    expect(categories).toEqual({
      "organisational-support": "800",
      travel: "927",
      "individual-support": "2247-4011",
      "inclusion-support-organisations": "125",
      "course-fees": "400",
    });
    expect(Object.fromEntries(e.byActivityType.map((t) => [t.code, eur(t.amount)]))).toEqual({
      "SM-JOB-SHDW": "2941-4117",
      "SM-COUR-TRAIN": "1558-2146",
    });
    expect(eur(e.total)).toBe("4499-6263");
  });

  test("with an agency's rates, min = max", () => {
    const rates: AgencyRates = {
      individualSupport: {
        staff: { 1: 150, 2: 130, 3: 110 },
        "vet-learners": { 1: 80, 2: 70, 3: 60 },
        "school-pupils": { 1: 60, 2: 50, 3: 40 },
        "adult-learners": { 1: 80, 2: 70, 3: 60 },
      },
    };
    expect(lines({ ...SHADOWING, end: "2026-09-19" }, SCH, rates)).toEqual([
      "organisational-support 1 participant 350",
      "travel 1 return-trip 309",
      "individual-support 14 day 2100",
      "individual-support 1 day-70 105",
    ]);
    expect(estimate([SHADOWING], SCH, rates).assumptions[0]).toEqual({ id: "agency-rates", rows: 0 });
  });
});

describe("70 % of a base rate, rounded half up (PG26 p.100, 120, 140)", () => {
  test.each([
    [85, 60],
    [95, 67],
    [107, 75],
    [191, 134],
    [48, 34],
    [41, 29],
    [36, 25],
    [64, 45],
    [100, 70],
  ])("%d → %d", (base, reduced) => {
    expect(reducedRate(base)).toBe(reduced);
  });
});

describe("the courses-and-training limit (PG26 p.86 VET, p.107 SCH)", () => {
  const euros = (n: number): Bounds => ({ min: Math.round(n * 100), max: Math.round(n * 100) });
  test.each<[string, number, number, number, boolean]>([
    ["VET", 40_000, 20_000, 20_000, false],
    ["VET", 40_000, 20_001, 20_000, true],
    ["VET", 30_000, 20_000, 20_000, false],
    ["VET", 30_000, 20_000.01, 20_000, true],
    ["VET", 40_000.01, 20_000, 20_000, false],
    ["VET", 40_001, 20_000.5, 20_000.5, false],
    ["VET", 40_001, 20_000.51, 20_000.5, true],
    ["SCH", 50_000, 25_000, 25_000, false],
    ["SCH", 50_000, 25_000.01, 25_000, true],
  ])("%s, grant %d EUR, courses %d EUR: limit %d EUR, exceeded %s", (sector, grant, courses, limit, exceeded) => {
    const check = coursesLimitFor(sector as "VET" | "SCH", euros(courses), euros(grant));
    expect(check?.limit).toEqual(euros(limit));
    expect(check?.exceeded).toBe(exceeded);
  });

  test("adult education has none (PG26 p.126)", () => {
    expect(coursesLimitFor("ADU", euros(30_000), euros(30_000))).toBeUndefined();
  });

  test("a school plan of courses alone exceeds it: every line of the course rows counts", () => {
    const rows = Array.from({ length: 12 }, () => ({ ...SHADOWING, activity: "Courses and training", end: "2026-09-18" }));
    const e = estimate(rows);
    // Each course row: 100 + 309 + 14 × 107–191 + 800 = 2,707–3,883 EUR; 12 rows: 32,484–46,596 EUR, all courses.
    expect(eur(e.total)).toBe("32484-46596");
    expect(e.coursesLimit).toMatchObject({ exceeded: true, courses: e.total, limit: { min: 2_000_000, max: 2_329_800 } });
  });

  test("inclusion support for organisations counts towards it: footnotes 89 and 109 leave out only inclusion support for participants", () => {
    // PG26 p.86 fn. 89, p.107 fn. 109: "Budget category 'Inclusion support for participants' does not count towards
    // this limit". Inclusion support for organisations (125 EUR, PG26 p.120) is another category: it counts.
    const course = { ...SHADOWING, activity: "Courses and training", end: "2026-09-18" };
    const e = estimate([{ ...course, fewerOpportunities: true }, SHADOWING]);
    // The course row: 100 + 309 + 14 × 107–191 + 800 + 125 = 2,832–4,008 EUR; the job shadowing row is not a course.
    expect(eur(e.coursesLimit?.courses as Bounds)).toBe("2832-4008");
    expect(e.activities[0].lines.map((l) => l.category)).toContain("inclusion-support-organisations");
  });
});
