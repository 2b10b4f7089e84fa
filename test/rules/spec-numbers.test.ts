/**
 * Every number of rules-2026.md §1–§3, copied BY HAND from the specification (not generated from the code), compared
 * with the catalog and the project rules, and the §1 day limits exercised through the checks at min − 1, min, max and
 * max + 1. If the catalog and this table disagree, one of them is wrong: read the specification before changing either.
 */
import {
  ACCREDITED_RULES,
  ACTIVITY_TYPES,
  CALL_ROUNDS,
  ELIGIBLE_COUNTRIES,
  PARTICIPANT_RULES,
  PROJECT_RULES,
  RULES,
  TRAVEL_RULES,
  countryByCode,
  resolveActivity,
  resolveCountry,
  type ParticipantKind,
  type Sector,
} from "../../src/rules";
import { activity, check, checkOne, issuesOf, lasting, rulesOf, summary } from "./helpers";

interface SpecRow {
  readonly code: string;
  readonly sectors: readonly Sector[];
  /** null: "no limit set". */
  readonly min: number | null;
  readonly max: number | null;
  readonly who: ParticipantKind;
  /** The Source column, one page (range) per sector in the order VET, SCH, ADU. */
  readonly pages: readonly string[];
  /** Marked (*): no official Beneficiary Module code. */
  readonly ownCode: boolean;
  readonly en: string;
  /** "Latvian names (all accepted)". */
  readonly lv: readonly string[];
}

/** One row of the table as the specification writes it: sectors "VET SCH ADU", source "PG26 p.86, 106, 126". */
function row(
  code: string,
  sectors: string,
  min: number | null,
  max: number | null,
  who: ParticipantKind,
  source: string,
  own: "(*)" | "",
  en: string,
  lv: readonly string[],
): SpecRow {
  const pages = source.replace(/^PG26 p\./, "").split(", ");
  return { code, sectors: sectors.split(" ") as Sector[], min, max, who, pages, ownCode: own === "(*)", en, lv };
}

// rules-2026.md §1, row by row.
const SPEC: readonly SpecRow[] = [
  row("SM-JOB-SHDW", "VET SCH ADU", 2, 60, "staff", "PG26 p.86, 106, 126", "", "Job shadowing", ["“Ēnošana” darbā", "Ēnošana"]),
  row("SM-TTA", "VET SCH ADU", 2, 365, "staff", "PG26 p.86, 106, 126", "", "Teaching or training assignments", [
    "Norīkošana mācīšanai vai apmācībai",
    "Nodarbību vadīšana",
  ]),
  row("SM-COUR-TRAIN", "VET SCH ADU", 2, 10, "staff", "PG26 p.86, 106, 126", "", "Courses and training", [
    "Kursi un apmācības",
    "Kursi un mācības",
  ]),
  row("LM-SKILL-VET", "VET", 1, 10, "learner", "PG26 p.88", "", "Participation in VET skills competitions", [
    "Dalība PIA prasmju konkursos",
    "Dalība prasmju (Skills) konkursos",
  ]),
  row("LM-GRP-VET", "VET", 2, 30, "learner", "PG26 p.88–90", "(*)", "Group mobility of VET learners", [
    "Izglītojamo grupu mobilitāte",
    "PIA apguvēju grupu mobilitāte",
  ]),
  row("LM-SHORT-VET", "VET", 10, 89, "learner", "PG26 p.88–89", "", "Short-term learning mobility of VET learners", [
    "Īstermiņa audzēkņu mobilitāte",
    "Izglītojamo īstermiņa mācību mobilitāte",
  ]),
  row("LM-LONG-VET", "VET", 90, 365, "learner", "PG26 p.88–89", "", "Long-term learning mobility of VET learners (ErasmusPro)", [
    "Ilgtermiņa audzēkņu mobilitāte",
    "Izglītojamo ilgtermiņa mācību mobilitāte",
    "ErasmusPro",
  ]),
  row("LM-GRP-PUPIL", "SCH", 2, 30, "learner", "PG26 p.108–110", "", "Group mobility of school pupils", ["Izglītojamo grupu mobilitāte"]),
  row("LM-SHORT-PUPIL", "SCH", 10, 29, "learner", "PG26 p.109", "", "Short-term learning mobility of pupils", [
    "Izglītojamo īstermiņa mācību mobilitāte",
  ]),
  row("LM-LONG-PUPILS", "SCH", 30, 365, "learner", "PG26 p.109", "", "Long-term learning mobility of pupils", [
    "Izglītojamo ilgtermiņa mācību mobilitāte",
  ]),
  row("LM-GRP-ADU", "ADU", 2, 30, "learner", "PG26 p.128–129", "(*)", "Group mobility of adult learners", ["Izglītojamo grupu mobilitāte"]),
  row("LM-SHORT-ADU", "ADU", 2, 29, "learner", "PG26 p.128", "(*)", "Short-term learning mobility of adult learners", [
    "Izglītojamo īstermiņa mācību mobilitāte",
  ]),
  row("LM-LONG-ADU", "ADU", 30, 365, "learner", "PG26 p.128", "(*)", "Long-term learning mobility of adult learners", [
    "Izglītojamo ilgtermiņa mācību mobilitāte",
  ]),
  row("OA-INV-EXP", "VET SCH ADU", 2, 60, "incoming-expert", "PG26 p.90–91, 110–111, 130–131", "", "Invited experts", [
    "Ekspertu uzaicināšana",
    "Ekspertu uzņemšana",
  ]),
  row(
    "OA-HOS-TTT",
    "VET SCH ADU",
    10,
    365,
    "incoming-teacher-in-training",
    "PG26 p.90, 110, 130",
    "",
    "Hosting teachers and educators in training",
    ["Apmācības jomas skolotāju un izglītotāju uzņemšana praksē", "Skolotāju uzņemšana praksē"],
  ),
  row("PREP-VISIT", "VET SCH ADU", null, null, "staff", "PG26 p.91, 111–112, 131–132", "(*)", "Preparatory visit", [
    "Sagatavošanās vizīte",
  ]),
];

/** One row per sector × activity of the specification. */
const SPEC_ENTRIES = SPEC.flatMap((spec) => spec.sectors.map((sector, i) => ({ ...spec, sector, page: spec.pages[i] })));
const specCases = SPEC_ENTRIES.map((e) => [`${e.sector} ${e.code}`, e] as const);

function catalogEntry(sector: Sector, code: string) {
  const type = ACTIVITY_TYPES.find((t) => t.sector === sector && t.code === code);
  if (!type) throw new Error(`${sector} ${code} is not in the catalog`);
  return type;
}

describe("§1 activity catalog", () => {
  test("the catalog has exactly the specification's sector × activity entries (16 activities, 28 entries)", () => {
    expect(SPEC).toHaveLength(16);
    for (const spec of SPEC) expect([spec.code, spec.pages.length]).toEqual([spec.code, spec.sectors.length]);
    expect(SPEC_ENTRIES).toHaveLength(28);
    expect(ACTIVITY_TYPES.map((t) => `${t.sector} ${t.code}`).sort()).toEqual(SPEC_ENTRIES.map((e) => `${e.sector} ${e.code}`).sort());
  });

  test.each(specCases)("%s: days, who, English name, own code, source page", (_name, spec) => {
    const type = catalogEntry(spec.sector, spec.code);
    expect({ min: type.minDays, max: type.maxDays }).toEqual({ min: spec.min, max: spec.max });
    expect(type.participant).toBe(spec.who);
    expect(type.en).toBe(spec.en);
    expect(type.officialCode).toBe(!spec.ownCode);
    expect(type.source).toBe(`PG26 p.${spec.page}`);
  });

  test.each(specCases)("%s: every Latvian name and the English name are accepted", (_name, spec) => {
    for (const label of [spec.en, ...spec.lv, spec.code]) {
      const found = resolveActivity(label, spec.sector);
      expect([label, found.kind === "found" ? found.type.code : found.kind]).toEqual([label, spec.code]);
    }
  });

  test.each([
    ["Group mobility", "VET", "LM-GRP-VET"],
    ["Group mobility", "SCH", "LM-GRP-PUPIL"],
    ["Group mobility", "ADU", "LM-GRP-ADU"],
    ["Short-term learning mobility", "VET", "LM-SHORT-VET"],
    ["Short-term learning mobility", "SCH", "LM-SHORT-PUPIL"],
    ["Short-term learning mobility", "ADU", "LM-SHORT-ADU"],
    ["Long-term learning mobility", "VET", "LM-LONG-VET"],
    ["Long-term learning mobility (ErasmusPro)", "VET", "LM-LONG-VET"],
    ["Long-term learning mobility", "SCH", "LM-LONG-PUPILS"],
    ["Long-term learning mobility", "ADU", "LM-LONG-ADU"],
    ["job shadowing", "ADU", "SM-JOB-SHDW"],
    ["courses", "SCH", "SM-COUR-TRAIN"],
    ["ErasmusPro", "VET", "LM-LONG-VET"],
    ["group mobility", "VET", "LM-GRP-VET"],
  ] as const)("§1 also accepts %j (names without “of … learners”, short forms) in %s → %s", (label, sector, code) => {
    const found = resolveActivity(label, sector);
    expect(found.kind === "found" ? found.type.code : found.kind).toBe(code);
  });

  const limited = SPEC_ENTRIES.filter((e) => e.min !== null && e.max !== null).map(
    (e) => [`${e.sector} ${e.code}`, e.sector, e.code, e.min as number, e.max as number] as const,
  );
  const durationRules = (code: string, sector: Sector, days: number) =>
    rulesOf(checkOne(activity({ activity: code, hostCountry: undefined, ...lasting(days) }), { sector })).filter((r) =>
      r.startsWith("duration-"),
    );

  test.each(limited)("%s: min − 1, min, max, max + 1 days", (_name, sector, code, min, max) => {
    if (min > 1) expect(durationRules(code, sector, min - 1)).toEqual(["duration-below-min"]);
    expect(durationRules(code, sector, min)).toEqual([]);
    expect(durationRules(code, sector, max)).toEqual([]);
    expect(durationRules(code, sector, max + 1)).toEqual(["duration-above-max"]);
  });

  test.each(SPEC_ENTRIES.filter((e) => e.min === null).map((e) => [`${e.sector} ${e.code}`, e] as const))(
    "%s has no limit set: 1 and 400 days pass",
    (_name, spec) => {
      expect(durationRules(spec.code, spec.sector, 1)).toEqual([]);
      expect(durationRules(spec.code, spec.sector, 400)).toEqual([]);
    },
  );

  test("short-term VET and school learners: minimum 2 days for participants with fewer opportunities", () => {
    expect(catalogEntry("VET", "LM-SHORT-VET").fewerOpportunitiesMinDays).toBe(2);
    expect(catalogEntry("SCH", "LM-SHORT-PUPIL").fewerOpportunitiesMinDays).toBe(2);
    expect(catalogEntry("ADU", "LM-SHORT-ADU").fewerOpportunitiesMinDays).toBeNull();
  });

  test("≤2 participants per mentor, ≤3 persons per course and per preparatory visit, ≥2 learners per group", () => {
    for (const sector of ["VET", "SCH", "ADU"] as const) {
      expect(catalogEntry(sector, "SM-JOB-SHDW").maxTogether).toBe(2);
      expect(catalogEntry(sector, "SM-COUR-TRAIN").maxTogether).toBe(3);
      expect(catalogEntry(sector, "PREP-VISIT").maxTogether).toBe(3);
    }
    expect(catalogEntry("VET", "LM-GRP-VET").groupMin).toBe(2);
    expect(catalogEntry("SCH", "LM-GRP-PUPIL").groupMin).toBe(2);
    expect(catalogEntry("ADU", "LM-GRP-ADU").groupMin).toBe(2);
  });

  test("hosted teachers in training: graduated ≤12 months ago", () => {
    const row = (graduationDate: string) =>
      activity({
        activity: "OA-HOS-TTT",
        hostCountry: undefined,
        sendingCountry: "ES",
        graduationDate,
        start: "2026-09-07",
        end: "2026-09-16",
      });
    expect(issuesOf(check([activity(), row("2025-09-07")]), "recent-graduate-too-late")).toEqual([]);
    expect(issuesOf(check([activity(), row("2025-09-06")]), "recent-graduate-too-late")).toHaveLength(1);
  });
});

describe("§2 project rules", () => {
  test("at most 30 mobility activities: one finding, on the first row beyond the 30th, naming the count (§4, §5.9)", () => {
    expect(PROJECT_RULES.maxMobilityActivities).toBe(30);
    const rows = (n: number) => Array.from({ length: n }, (_, i) => activity({ participant: `P${i}` }));
    expect(issuesOf(check(rows(30)), "project-cap-exceeded")).toEqual([]);
    expect(issuesOf(check(rows(31)), "project-cap-exceeded").map((i) => i.params.position)).toEqual([31]);
    expect(issuesOf(check(rows(40)), "project-cap-exceeded").map((i) => [i.activityId, i.field, i.params.count])).toEqual([
      ["r31", "activity", 40],
    ]);
  });

  test("project duration 6 to 18 months", () => {
    expect([PROJECT_RULES.minMonths, PROJECT_RULES.maxMonths]).toEqual([6, 18]);
    expect(PROJECT_RULES.durationSource).toBe("PG26 p.93");
  });

  test("round 1: deadline 19 February 2026 12:00 CET, start 1 June – 31 December 2026", () => {
    const round = CALL_ROUNDS.find((r) => r.id === "2026-R1");
    expect(round).toMatchObject({ deadline: "2026-02-19 12:00 CET", startFrom: "2026-06-01", startTo: "2026-12-31", optional: false });
    expect(round?.source).toMatch(/PG26 p\.92/);
  });

  test("round 2 (only where the national agency opens it): deadline 1 October 2026 12:00 CEST, start 1 January – 31 May 2027", () => {
    const round = CALL_ROUNDS.find((r) => r.id === "2026-R2");
    expect(round).toMatchObject({ deadline: "2026-10-01 12:00 CEST", startFrom: "2027-01-01", startTo: "2027-05-31", optional: true });
    expect(round?.source).toMatch(/PG26 p\.92/);
  });

  test("two rounds only", () => {
    expect(CALL_ROUNDS.map((r) => r.id)).toEqual(["2026-R1", "2026-R2"]);
  });

  test("at most 3 short-term grants in the same field in any 5 consecutive call years", () => {
    expect(PROJECT_RULES.maxGrantsPerFiveYears).toBe(3);
  });

  test("sources: cap PG26 p.92–93 and SEED-003, content PG26 p.92, activities within the period PG26 p.93", () => {
    expect(PROJECT_RULES.capSource).toBe("PG26 p.92–93; SEED-003");
    expect(PROJECT_RULES.contentSource).toBe("PG26 p.92");
    expect(PROJECT_RULES.periodSource).toBe("PG26 p.93");
  });
});

describe("§2b project rules (KA121)", () => {
  const rows = Array.from({ length: 31 }, (_, i) => activity({ participant: `P${i}` }));
  const ka121 = (start: string, end: string, more = {}) => summary(check(rows, { action: "KA121", start, end, ...more }));

  test("participants are not limited: no 30-activity cap", () => {
    expect(ka121("2026-06-01", "2027-08-31")).toEqual([]);
    expect(ACCREDITED_RULES.capSource).toBe("PG26 p.96, 117, 137");
  });

  test("start on 1 June of the call year (2026-06-01), round 1 only", () => {
    expect(ACCREDITED_RULES.startMonthDay).toBe("06-01");
    expect(ka121("2026-06-02", "2027-09-01")).toEqual(["ka121-start"]);
    expect(ka121("2026-06-01", "2027-08-31", { call: "2026-R2" })).toEqual(["ka121-call-round"]);
    expect(ACCREDITED_RULES.startSource).toBe("PG26 p.95, 117, 137");
  });

  test("15 months; 15–24 a warning needing the prolongation, beyond 24 an error, shorter a warning (±1 day, §5.8)", () => {
    expect([ACCREDITED_RULES.months, ACCREDITED_RULES.maxProlongedMonths]).toEqual([15, 24]);
    expect(ka121("2026-06-01", "2027-08-30")).toEqual(["ka121-duration-short"]);
    expect(ka121("2026-06-01", "2027-08-31")).toEqual([]);
    expect(ka121("2026-06-01", "2027-09-01")).toEqual(["ka121-duration-prolongation"]);
    expect(ka121("2026-06-01", "2028-05-31")).toEqual(["ka121-duration-prolongation"]);
    expect(ka121("2026-06-01", "2028-06-01")).toEqual(["ka121-duration-too-long"]);
    expect(RULES["ka121-duration-prolongation"].severity).toBe("warning");
    expect(RULES["ka121-duration-short"].severity).toBe("warning");
    expect(RULES["ka121-duration-too-long"].severity).toBe("error");
    expect(ACCREDITED_RULES.durationSource).toBe("PG26 p.95, 117, 137");
  });

  test("the KA122 duration and call-window rules do not apply to KA121", () => {
    // 20 months is beyond KA122's 18 but within a prolonged KA121 project.
    expect(ka121("2026-06-01", "2028-01-31")).toEqual(["ka121-duration-prolongation"]);
  });

  test("VET venues: job shadowing, teaching assignments, short- and long-term learners, skills competitions may go to third countries not associated (a warning, ≤ 20 % of the grant); never Belarus or Russia", () => {
    const venues = ACCREDITED_RULES.thirdCountryVenues;
    expect(venues.sectors).toEqual(["VET"]);
    expect([...venues.families].sort()).toEqual(
      ["job-shadowing", "long-term-learners", "short-term-learners", "skills-competition", "teaching-assignment"].sort(),
    );
    expect(venues.maxGrantPercent).toBe(20);
    expect(venues.source).toBe("PG26 p.87, 89, 96");
    expect(countryByCode("RU")?.status).toBe("excluded");
    expect(countryByCode("BY")?.status).toBe("excluded");
    for (const code of ["CH", "GB", "UA", "US", "AL", "XK"]) expect([code, countryByCode(code)?.status]).toEqual([code, "not-associated"]);
  });
});

describe("§3 participants and places", () => {
  // The 27 Member States as §3 lists them (Greece as EL/GR), and the 6 associated third countries.
  const EU = "AT BE BG HR CY CZ DK EE FI FR DE EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" ");
  const ASSOCIATED = ["IS", "LI", "NO", "MK", "RS", "TR"];

  test("27 Member States and 6 associated third countries are eligible, and nothing else", () => {
    expect(EU).toHaveLength(27);
    expect(ASSOCIATED).toHaveLength(6);
    expect(ELIGIBLE_COUNTRIES).toHaveLength(33);
    expect(ELIGIBLE_COUNTRIES.map((c) => c.code).sort()).toEqual([...EU, ...ASSOCIATED].sort());
    expect(PARTICIPANT_RULES.eligibleCountriesSource).toBe("PG26 p.33–34");
  });

  test("Greece is accepted as EL and as GR", () => {
    expect(resolveCountry("EL").value?.code).toBe("EL");
    expect(resolveCountry("GR").value?.code).toBe("EL");
    expect(countryByCode("GR")?.eligible).toBe(true);
  });

  test("Switzerland and the United Kingdom are not eligible venues", () => {
    for (const label of ["CH", "Switzerland", "UK", "GB", "United Kingdom"]) {
      expect([label, resolveCountry(label).value?.eligible]).toEqual([label, false]);
    }
  });

  test("VET recent graduates up to 12 months after graduation", () => {
    expect(PARTICIPANT_RULES.recentGraduateMonths).toBe(12);
    expect(PARTICIPANT_RULES.recentGraduateSource).toBe("PG26 p.89");
  });

  test("travel days: at most 2 funded, or 6 with green travel; more is a warning (§4, §5.7)", () => {
    expect([TRAVEL_RULES.maxTravelDays, TRAVEL_RULES.maxGreenTravelDays]).toEqual([2, 6]);
    expect(TRAVEL_RULES.source).toBe("PG26 p.99, 120, 140");
    expect(RULES["travel-days-exceeded"].severity).toBe("warning");
    const travel = (travelDays: number, greenTravel: boolean) => rulesOf(checkOne(activity({ travelDays, greenTravel })));
    expect([travel(2, false), travel(3, false), travel(6, true), travel(7, true)]).toEqual([
      [],
      ["travel-days-exceeded"],
      [],
      ["travel-days-exceeded"],
    ]);
  });

  test("recent graduates: PG26 p.89; the service extension is in the hosted-teacher footnotes 98, 117, 132 (p.91, 111, 131)", () => {
    expect(RULES["recent-graduate-too-late"].source).toBe("PG26 p.89; footnotes 98, 117, 132 (p.91, 111, 131)");
    expect(PARTICIPANT_RULES.serviceExtensionSource).toMatch(/p\.91/);
  });

  test("job shadowing needs a main mentor (a warning when the sheet has a mentor column); SCH and ADU limits are on p.107, 127", () => {
    expect(RULES["mentor-missing"].severity).toBe("warning");
    expect(RULES["mentor-missing"].source).toBe("PG26 p.86, 107, 127");
    expect(RULES["mentor-overbooked"].source).toBe("PG26 p.86, 107, 127; SEED-003");
    expect(RULES["course-too-many-together"].source).toBe("PG26 p.86, 107, 127");
  });

  test("preparatory visits: at most 3 persons and one per host are on p.91, 112, 132", () => {
    expect(RULES["prep-visit-too-many"].source).toBe("PG26 p.91, 112, 132");
    expect(RULES["prep-visit-second"].source).toBe("PG26 p.91, 112, 132; SEED-003");
  });

  test("mobility goes abroad (PG26 p.85, 446)", () => {
    expect(PARTICIPANT_RULES.abroadSource).toBe("PG26 p.85, 446");
  });
});
