/**
 * The activity catalog (src/rules/catalog.ts) is complete: every entry names its source, has an English and a Latvian
 * name, is marked official or not as rules-2026.md §1 says, and its fields agree with each other. The numbers
 * themselves are compared with the specification in spec-numbers.test.ts.
 */
import {
  ACTIVITY_FAMILIES,
  ACTIVITY_TYPES,
  FAMILY_LABELS,
  SECTORS,
  activitiesOfSector,
  activityTypeFor,
  resolveActivity,
  type ActivityType,
} from "../../src/rules";
import { familyLimit } from "../../src/rules/catalog";

const entries = ACTIVITY_TYPES.map((t) => [`${t.sector} ${t.code}`, t] as const);

/** The codes rules-2026.md §1 marks (*): no official Beneficiary Module code was found. */
const OWN_CODES = ["LM-GRP-VET", "LM-GRP-ADU", "LM-SHORT-ADU", "LM-LONG-ADU", "PREP-VISIT"];

describe("every catalog entry", () => {
  test.each(entries)("%s names its source as a Programme Guide page", (_name, type) => {
    expect(type.source).toMatch(/PG26 p\.\d+/);
  });

  test.each(entries)("%s has an English name and a Latvian name", (_name, type) => {
    expect(type.en.trim()).not.toBe("");
    expect(type.lv.trim()).not.toBe("");
    // A Latvian name that is the English one again is a missing translation.
    expect(type.lv).not.toBe(type.en);
    for (const alias of [...type.enAliases, ...type.lvAliases]) expect(alias.trim()).not.toBe("");
  });

  test.each(entries)("%s is marked official exactly when rules-2026.md §1 does not mark its code (*)", (_name, type) => {
    expect(type.officialCode).toBe(!OWN_CODES.includes(type.code));
  });

  test.each(entries)("%s has consistent limits", (_name, type) => {
    if (type.minDays === null || type.maxDays === null) {
      // Only the preparatory visit has no duration set (rules-2026.md §1: "no limit set").
      expect(type.code).toBe("PREP-VISIT");
      expect([type.minDays, type.maxDays]).toEqual([null, null]);
      return;
    }
    expect(type.minDays).toBeGreaterThanOrEqual(1);
    expect(type.minDays).toBeLessThanOrEqual(type.maxDays);
    if (type.fewerOpportunitiesMinDays !== null) expect(type.fewerOpportunitiesMinDays).toBeLessThan(type.minDays);
  });

  test.each(entries)("%s: learners are learner mobility, staff activities staff mobility", (_name, type) => {
    const expected: Record<string, ActivityType["category"]> = {
      staff: "staff-mobility",
      learner: "learner-mobility",
      "incoming-expert": "other-activity",
      "incoming-teacher-in-training": "other-activity",
    };
    if (type.family === "preparatory-visit") expect(type.category).toBe("support-activity");
    else expect(type.category).toBe(expected[type.participant]);
  });
});

describe("the catalog as a whole", () => {
  test("each sector has each activity family at most once", () => {
    const keys = ACTIVITY_TYPES.map((t) => `${t.sector}/${t.family}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("each code names one activity (in one sector, or in all three alike)", () => {
    for (const code of new Set(ACTIVITY_TYPES.map((t) => t.code))) {
      const families = new Set(ACTIVITY_TYPES.filter((t) => t.code === code).map((t) => t.family));
      expect([code, families.size]).toEqual([code, 1]);
    }
  });

  test.each([
    ["VET", ["LM-SKILL-VET", "LM-GRP-VET", "LM-SHORT-VET", "LM-LONG-VET"]],
    ["SCH", ["LM-GRP-PUPIL", "LM-SHORT-PUPIL", "LM-LONG-PUPILS"]],
    ["ADU", ["LM-GRP-ADU", "LM-SHORT-ADU", "LM-LONG-ADU"]],
  ] as const)("%s offers its learner activities and the six shared ones", (sector, learnerCodes) => {
    const shared = ["SM-JOB-SHDW", "SM-TTA", "SM-COUR-TRAIN", "OA-INV-EXP", "OA-HOS-TTT", "PREP-VISIT"];
    expect(
      activitiesOfSector(sector)
        .map((t) => t.code)
        .sort(),
    ).toEqual([...learnerCodes, ...shared].sort());
  });

  test("activityTypeFor finds the sector's entry and nothing where the sector lacks the family", () => {
    expect(activityTypeFor("VET", "skills-competition")?.code).toBe("LM-SKILL-VET");
    expect(activityTypeFor("SCH", "skills-competition")).toBeUndefined();
    expect(activityTypeFor("ADU", "skills-competition")).toBeUndefined();
    expect(activityTypeFor("SCH", "group-mobility")?.code).toBe("LM-GRP-PUPIL");
    expect(activityTypeFor("ADU", "long-term-learners")?.code).toBe("LM-LONG-ADU");
    for (const sector of SECTORS) expect(activityTypeFor(sector, "job-shadowing")?.code).toBe("SM-JOB-SHDW");
  });

  test("every family has an entry in some sector", () => {
    for (const family of ACTIVITY_FAMILIES) {
      expect([family, ACTIVITY_TYPES.some((t) => t.family === family)]).toEqual([family, true]);
    }
  });

  test("the shared Latvian learner labels are family labels, so the sector picks the entry (rules-2026.md §1)", () => {
    expect(FAMILY_LABELS["group-mobility"]).toContain("Izglītojamo grupu mobilitāte");
    expect(FAMILY_LABELS["short-term-learners"]).toContain("Izglītojamo īstermiņa mācību mobilitāte");
    expect(FAMILY_LABELS["long-term-learners"]).toContain("Izglītojamo ilgtermiņa mācību mobilitāte");
  });

  // rules-2026.md §1: "audzēkņu" and "skolēnu" wordings are sector-neutral too; the VET entries carry SEED-003's names first.
  test.each(
    [
      "Audzēkņu grupu mobilitāte",
      "Īstermiņa audzēkņu mobilitāte",
      "Ilgtermiņa audzēkņu mobilitāte",
      "Skolēnu grupu mobilitāte",
      "PIA apguvēju grupu mobilitāte",
    ].flatMap((label) => SECTORS.map((sector) => [label, sector] as const)),
  )("%j in %s is the sector's own entry", (label, sector) => {
    const found = resolveActivity(label, sector);
    expect(found.kind).toBe("found");
    if (found.kind === "found") expect(found.type.sector).toBe(sector);
    expect(resolveActivity(label).kind).toBe("needs-sector");
  });

  test("VET learner entries are named as SEED-003 names them", () => {
    const lv = (code: string) => ACTIVITY_TYPES.find((t) => t.code === code)?.lv;
    expect(lv("LM-SHORT-VET")).toBe("Izglītojamo īstermiņa mācību mobilitāte");
    expect(lv("LM-LONG-VET")).toBe("Izglītojamo ilgtermiņa mācību mobilitāte");
    expect(lv("LM-GRP-VET")).toBe("Izglītojamo grupu mobilitāte");
  });
});

describe("catalog details that rules-2026.md §1 and §5 state", () => {
  const byCode = (sector: "VET" | "SCH" | "ADU", code: string) => {
    const type = ACTIVITY_TYPES.find((t) => t.sector === sector && t.code === code);
    if (!type) throw new Error(`${sector} ${code} missing`);
    return type;
  };

  test.each(SECTORS)("%s courses: one per person, no preparatory visit, at most 3 together", (sector) => {
    const course = byCode(sector, "SM-COUR-TRAIN");
    expect(course.repeatable).toBe(false);
    expect(course.preparatoryVisitAllowed).toBe(false);
    expect(course.maxTogether).toBe(3);
  });

  test("only courses and training are closed to preparatory visits and to repeating", () => {
    const closed = ACTIVITY_TYPES.filter((t) => !t.preparatoryVisitAllowed || !t.repeatable).map((t) => t.code);
    expect(new Set(closed)).toEqual(new Set(["SM-COUR-TRAIN"]));
  });

  test.each(SECTORS)("%s job shadowing: at most 2 with the same mentor; preparatory visit: at most 3 persons", (sector) => {
    expect(byCode(sector, "SM-JOB-SHDW").maxTogether).toBe(2);
    expect(byCode(sector, "PREP-VISIT").maxTogether).toBe(3);
  });

  test("group mobility needs at least 2 learners and accompanying staff for the whole duration", () => {
    for (const code of ["LM-GRP-VET", "LM-GRP-PUPIL", "LM-GRP-ADU"]) {
      const type = ACTIVITY_TYPES.find((t) => t.code === code) as ActivityType;
      expect([code, type.groupMin, type.accompanying]).toEqual([code, 2, "mandatory-whole-duration"]);
    }
    const others = ACTIVITY_TYPES.filter((t) => t.family !== "group-mobility");
    expect(others.filter((t) => t.groupMin !== null || t.accompanying === "mandatory-whole-duration")).toEqual([]);
  });

  test("invited experts and hosted teachers in training come to the beneficiary; everything else goes abroad", () => {
    for (const type of ACTIVITY_TYPES) {
      const incoming = type.code === "OA-INV-EXP" || type.code === "OA-HOS-TTT";
      expect([type.code, type.venue]).toEqual([type.code, incoming ? "beneficiary" : "host-abroad"]);
    }
  });

  test("the fewer-opportunities minimum of 2 days exists for short-term VET and school learners only", () => {
    const reduced = ACTIVITY_TYPES.filter((t) => t.fewerOpportunitiesMinDays !== null).map((t) => [t.code, t.fewerOpportunitiesMinDays]);
    expect(reduced).toEqual([
      ["LM-SHORT-VET", 2],
      ["LM-SHORT-PUPIL", 2],
    ]);
  });

  test.each(SECTORS)("%s: the §5 decisions are noted in the entries they concern", (sector) => {
    // §5.1: hosted teachers 10–365 against SEED-003's 2–365; §5.2: courses 2–10 against SEED-000's 2–30.
    expect(byCode(sector, "OA-HOS-TTT").note).toMatch(/SEED-003.*2–365/);
    expect(byCode(sector, "OA-HOS-TTT").note).toMatch(/10–365/);
    expect(byCode(sector, "SM-COUR-TRAIN").note).toMatch(/SEED-000.*2–30/);
    expect(byCode(sector, "SM-COUR-TRAIN").note).toMatch(/2–10/);
  });
});

describe("familyLimit: the limit a family has in every sector, for rows whose own entry is unknown", () => {
  test.each([
    ["job-shadowing", "maxTogether", 2],
    ["course", "maxTogether", 3],
    ["preparatory-visit", "maxTogether", 3],
    ["group-mobility", "groupMin", 2],
    ["teaching-assignment", "maxTogether", null],
    ["short-term-learners", "groupMin", null],
  ] as const)("%s %s is %p", (family, limit, expected) => {
    expect(familyLimit(family, limit)).toBe(expected);
  });
});
