/**
 * Label resolution (src/rules/resolve.ts): what coordinators write — English, Latvian with or without diacritics,
 * typographic quotes, codes, any case and spacing — resolves to the catalog; a miss suggests a close known label.
 */
import {
  ACTIVITY_TYPES,
  COUNTRIES,
  ELIGIBLE_COUNTRIES,
  latvianForms,
  resolveActivity,
  resolveActivityLabel,
  resolveCallRound,
  resolveCountry,
  resolveRole,
  resolveSector,
  type Resolution,
  type Sector,
} from "../../src/rules";
import { CODES_NOT_READ } from "../../src/rules/countries";

/** The suggestion of a miss (a hit has none). */
function suggestionOf<T>(found: Resolution<T>): string | undefined {
  return "suggestion" in found ? found.suggestion : undefined;
}

/** The code of the entry `label` resolves to in `sector`, or the resolution kind when it is not found. */
function codeOf(label: string, sector?: Sector): string {
  const found = resolveActivity(label, sector);
  return found.kind === "found" ? found.type.code : found.kind;
}

describe("activity labels", () => {
  test.each([
    // English names, short forms, case and spacing
    ["Job shadowing", "VET", "SM-JOB-SHDW"],
    ["job shadowing", "SCH", "SM-JOB-SHDW"],
    ["  JOB   SHADOWING ", "ADU", "SM-JOB-SHDW"],
    ["Job-shadowing", "VET", "SM-JOB-SHDW"],
    ["Teaching or training assignments", "SCH", "SM-TTA"],
    ["Courses and training", "VET", "SM-COUR-TRAIN"],
    ["courses", "ADU", "SM-COUR-TRAIN"],
    ["Participation in VET skills competitions", "VET", "LM-SKILL-VET"],
    ["Group mobility", "VET", "LM-GRP-VET"],
    ["group mobility", "SCH", "LM-GRP-PUPIL"],
    ["Group Mobility", "ADU", "LM-GRP-ADU"],
    ["Short-term learning mobility", "SCH", "LM-SHORT-PUPIL"],
    ["Long-term learning mobility", "ADU", "LM-LONG-ADU"],
    ["ErasmusPro", "VET", "LM-LONG-VET"],
    ["Erasmus Pro", "VET", "LM-LONG-VET"],
    ["Invited experts", "SCH", "OA-INV-EXP"],
    ["Hosting teachers and educators in training", "ADU", "OA-HOS-TTT"],
    ["Preparatory visit", "VET", "PREP-VISIT"],
    // Latvian, with and without diacritics and quotes
    ["“Ēnošana” darbā", "VET", "SM-JOB-SHDW"],
    ['"Ēnošana" darbā', "VET", "SM-JOB-SHDW"],
    ["„Ēnošana” darbā", "SCH", "SM-JOB-SHDW"],
    ["Ēnošana", "ADU", "SM-JOB-SHDW"],
    ["enosana darba", "VET", "SM-JOB-SHDW"],
    ["ĒNOŠANA", "VET", "SM-JOB-SHDW"],
    ["Norīkošana mācīšanai vai apmācībai", "VET", "SM-TTA"],
    ["norikosana macisanai vai apmacibai", "ADU", "SM-TTA"],
    ["Nodarbību vadīšana", "SCH", "SM-TTA"],
    ["Kursi un apmācības", "SCH", "SM-COUR-TRAIN"],
    ["kursi un macibas", "VET", "SM-COUR-TRAIN"],
    ["Dalība PIA prasmju konkursos", "VET", "LM-SKILL-VET"],
    ["Dalība prasmju (Skills) konkursos", "VET", "LM-SKILL-VET"],
    ["Izglītojamo grupu mobilitāte", "VET", "LM-GRP-VET"],
    ["Izglītojamo grupu mobilitāte", "SCH", "LM-GRP-PUPIL"],
    ["izglitojamo grupu mobilitate", "ADU", "LM-GRP-ADU"],
    ["PIA apguvēju grupu mobilitāte", "VET", "LM-GRP-VET"],
    ["Īstermiņa audzēkņu mobilitāte", "VET", "LM-SHORT-VET"],
    ["Izglītojamo īstermiņa mācību mobilitāte", "VET", "LM-SHORT-VET"],
    ["Izglītojamo īstermiņa mācību mobilitāte", "SCH", "LM-SHORT-PUPIL"],
    ["Izglītojamo īstermiņa mācību mobilitāte", "ADU", "LM-SHORT-ADU"],
    ["Ilgtermiņa audzēkņu mobilitāte", "VET", "LM-LONG-VET"],
    ["Izglītojamo ilgtermiņa mācību mobilitāte", "VET", "LM-LONG-VET"],
    ["Izglītojamo ilgtermiņa mācību mobilitāte", "SCH", "LM-LONG-PUPILS"],
    ["Izglītojamo ilgtermiņa mācību mobilitāte", "ADU", "LM-LONG-ADU"],
    ["Ekspertu uzaicināšana", "VET", "OA-INV-EXP"],
    ["Ekspertu uzņemšana", "ADU", "OA-INV-EXP"],
    ["Apmācības jomas skolotāju un izglītotāju uzņemšana praksē", "SCH", "OA-HOS-TTT"],
    ["Skolotāju uzņemšana praksē", "VET", "OA-HOS-TTT"],
    ["Sagatavošanās vizīte", "ADU", "PREP-VISIT"],
    ["sagatavosanas vizite", "SCH", "PREP-VISIT"],
    // Codes, in any case and spacing
    ["SM-JOB-SHDW", "VET", "SM-JOB-SHDW"],
    ["sm job shdw", "SCH", "SM-JOB-SHDW"],
    ["smjobshdw", "ADU", "SM-JOB-SHDW"],
    ["sm-tta", "VET", "SM-TTA"],
    ["SM_COUR_TRAIN", "SCH", "SM-COUR-TRAIN"],
    ["lm-short-vet", "VET", "LM-SHORT-VET"],
    ["LM GRP PUPIL", "SCH", "LM-GRP-PUPIL"],
    ["oa inv exp", "ADU", "OA-INV-EXP"],
    ["prep-visit", "VET", "PREP-VISIT"],
  ] as const)("%j in %s → %s", (label, sector, code) => {
    expect(codeOf(label, sector)).toBe(code);
  });

  test.each([
    ["ErasmusPro", "LM-LONG-VET"],
    ["LM-SHORT-VET", "LM-SHORT-VET"],
    ["LM-LONG-PUPILS", "LM-LONG-PUPILS"],
    ["Group mobility of adult learners", "LM-GRP-ADU"],
    ["Short-term learning mobility of pupils", "LM-SHORT-PUPIL"],
  ])("%j names its sector itself, so it resolves without one → %s", (label, code) => {
    expect(codeOf(label)).toBe(code);
  });

  test.each([
    ["LM-SHORT-VET", "SCH"],
    ["ErasmusPro", "ADU"],
    ["Participation in VET skills competitions", "SCH"],
    ["Skills competitions", "ADU"],
    ["Group mobility of school pupils", "VET"],
  ] as const)("%j is not an activity of %s", (label, sector) => {
    expect(codeOf(label, sector)).toBe("not-in-sector");
  });

  test("a label shared by the three sectors needs a sector to pick the entry, and lists the candidates", () => {
    const found = resolveActivity("Izglītojamo grupu mobilitāte");
    expect(found.kind).toBe("needs-sector");
    if (found.kind !== "needs-sector") return;
    expect(found.label.family).toBe("group-mobility");
    expect(found.types.map((t) => t.code).sort()).toEqual(["LM-GRP-ADU", "LM-GRP-PUPIL", "LM-GRP-VET"]);
  });

  test.each(ACTIVITY_TYPES.map((t) => [`${t.sector} ${t.code}`, t] as const))(
    "every label of %s resolves back to it in its sector",
    (_name, type) => {
      for (const label of [type.code, type.en, ...type.enAliases, type.lv, ...type.lvAliases]) {
        expect([label, codeOf(label, type.sector)]).toEqual([label, type.code]);
      }
    },
  );

  test.each([
    ["Ernošana", "job-shadowing"],
    ["Enoshana darba", "job-shadowing"],
    ["Job shadowin", "job-shadowing"],
    ["Kursi un apmacibs", "course"],
    ["Sagatavosans vizite", "preparatory-visit"],
    ["Erasmus Pr", "long-term-learners"],
  ])("unknown %j suggests a label of %s", (label, family) => {
    const found = resolveActivityLabel(label);
    expect(found.value).toBeUndefined();
    const suggestion = suggestionOf(found);
    expect(suggestion).toBeDefined();
    expect(resolveActivityLabel(suggestion as string).value?.family).toBe(family);
  });

  test.each(["xyz", "Football match", "Tūrisma brauciens uz jūru", "", "   ", "—"])("%j is unknown without a noisy suggestion", (label) => {
    const found = resolveActivity(label, "VET");
    expect(found).toEqual({ kind: "unknown", suggestion: undefined });
  });
});

describe("sector labels", () => {
  test.each([
    ["VET", "VET"],
    ["vet", "VET"],
    ["PIA", "VET"],
    ["Profesionālā izglītība", "VET"],
    ["profesionala izglitiba", "VET"],
    ["Vocational education and training", "VET"],
    ["KA122-VET", "VET"],
    ["SCH", "SCH"],
    ["School education", "SCH"],
    ["Skolu izglītība", "SCH"],
    ["ADU", "ADU"],
    ["Adult education", "ADU"],
    ["Pieaugušo izglītība", "ADU"],
    ["PIEAUGUŠO IZGLĪTĪBA", "ADU"],
    ["ka121 adu", "ADU"],
  ])("%j → %s", (label, sector) => {
    expect(resolveSector(label).value).toBe(sector);
  });

  test.each([
    ["VTE", "VET"],
    ["Pieauguso izglitib", "ADU"],
    ["Skolu izglitiba un", "SCH"],
  ])("unknown %j suggests a label of %s", (label, sector) => {
    const found = resolveSector(label);
    expect(found.value).toBeUndefined();
    expect(resolveSector(suggestionOf(found) as string).value).toBe(sector);
  });

  test("higher education is no sector of this audit", () => {
    expect(resolveSector("Higher education").value).toBeUndefined();
  });
});

describe("country labels", () => {
  test.each([
    ["DE", "DE"],
    ["de", "DE"],
    ["Germany", "DE"],
    ["GERMANY", "DE"],
    ["Vācija", "DE"],
    ["Vācijā", "DE"],
    ["Vācijas", "DE"],
    ["vacija", "DE"],
    ["EL", "EL"],
    ["GR", "EL"],
    ["Greece", "EL"],
    ["Grieķijā", "EL"],
    ["Czech Republic", "CZ"],
    ["Čehijā", "CZ"],
    ["The Netherlands", "NL"],
    ["Nīderlandē", "NL"],
    ["Turkey", "TR"],
    ["Türkiye", "TR"],
    ["Turcijā", "TR"],
    ["North Macedonia", "MK"],
    ["Lietuvā", "LT"],
    ["Šveice", "CH"],
    ["Šveicē", "CH"],
    ["Switzerland", "CH"],
    ["UK", "GB"],
    ["United Kingdom", "GB"],
    ["Lielbritānijā", "GB"],
  ])("%j → %s", (label, code) => {
    expect(resolveCountry(label).value?.code).toBe(code);
  });

  test.each(COUNTRIES.map((c) => [c.code, c] as const))("every name and Latvian form of %s resolves back to it", (_code, country) => {
    const codes = [country.code, ...country.aliasCodes].filter((code) => !CODES_NOT_READ.has(code));
    const labels = [...codes, country.en, ...country.enAliases, ...latvianForms(country.lv)];
    for (const label of labels) expect([label, resolveCountry(label).value?.code]).toEqual([label, country.code]);
  });

  test.each([
    ["Vacia", "DE"],
    ["Germny", "DE"],
    ["Spanja", "ES"],
    ["Itlija", "IT"],
  ])("unknown %j suggests a name of %s", (label, code) => {
    const found = resolveCountry(label);
    expect(found.value).toBeUndefined();
    expect(resolveCountry(suggestionOf(found) as string).value?.code).toBe(code);
  });

  test("every eligible country has a Latvian name that differs from the code", () => {
    for (const c of ELIGIBLE_COUNTRIES) expect(c.lv.toUpperCase()).not.toBe(c.code);
  });
});

describe("role labels", () => {
  test.each([
    ["Learner", "learner"],
    ["Izglītojamais", "learner"],
    ["audzeknis", "learner"],
    ["Staff", "staff"],
    ["Skolotājs", "staff"],
    ["Accompanying person", "accompanying"],
    ["Group leader / trainer / facilitator", "accompanying"],
    ["Pavadošā persona", "accompanying"],
    ["pavadosa persona", "accompanying"],
    ["Expert", "expert"],
    ["Teacher in training", "teacher-in-training"],
  ])("%j → %s", (label, role) => {
    expect(resolveRole(label).value).toBe(role);
  });
});

describe("call round labels", () => {
  test.each([
    ["2026-R1", "2026-R1"],
    ["Round 1", "2026-R1"],
    ["1. kārta", "2026-R1"],
    ["2026. gada konkurss, 1. kārta", "2026-R1"],
    ["2026. gada 1. kārta", "2026-R1"],
    ["2026. gada 2. kārta", "2026-R2"],
    ["2026-R2", "2026-R2"],
    ["round 2", "2026-R2"],
    ["2. kārta", "2026-R2"],
    // Year and round in words, in any order (issue 9: "2026 Round 1" was an unknown round).
    ["2026 Round 1", "2026-R1"],
    ["Round 1 2026", "2026-R1"],
    ["Call 2026, Round 2", "2026-R2"],
    ["1. kārta 2026", "2026-R1"],
    ["Konkurss 2026, 2. kārta", "2026-R2"],
    ["First round 2026", "2026-R1"],
    ["2026 2nd round", "2026-R2"],
    ["KA1 2026 R2", "2026-R2"],
    ["Otrā kārta", "2026-R2"],
  ])("%j → %s", (label, id) => {
    expect(resolveCallRound(label).value?.id).toBe(id);
  });

  test.each(["2026-R3", "2026 Round 3", "2025 Round 1", "Round 1 2027", "KA122 2026", "2026-1-LV01-KA122-VET-000042917", "2026"])(
    "%j is no round of the 2026 call",
    (label) => {
      expect(resolveCallRound(label).value).toBeUndefined();
    },
  );
});
