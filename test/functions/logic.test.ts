/**
 * The custom functions' logic against the catalog and the checks of src/rules: every sector × activity pair with every
 * label (codes, English, Latvian, in any case), both message languages, empty / zero / null / error arguments, dates as
 * serials and as text, and the exact message texts.
 */
import {
  CHECK_OK,
  FunctionInputError,
  MAX_REMEMBERED,
  activities,
  activityCode,
  activityFromArguments,
  check,
  countryOk,
  days,
  firstProblem,
  maxDays,
  minDays,
} from "../../src/functions/logic";
import {
  ACTIVITY_TYPES,
  COUNTRIES,
  SECTORS,
  SECTOR_LABELS,
  activitiesOfSector,
  activityTypeFor,
  checkActivity,
  formatIssue,
  isoToSerial,
  issue,
  labelKey,
  latvianForms,
  type Activity,
  type ActivityType,
  type Language,
  type Sector,
} from "../../src/rules";
import { CODES_NOT_READ } from "../../src/rules/countries";

const LANGUAGES: readonly Language[] = ["en", "lv"];

/** The FunctionInputError `run` throws (fails the test when it returns or throws something else). */
function thrown(run: () => unknown): FunctionInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof FunctionInputError) return error;
    throw error;
  }
  throw new Error("expected a FunctionInputError, but the function returned");
}

/** Every way a sheet may write a label: as given, in lower case and in upper case. */
const spellings = (label: string): string[] => [...new Set([label, label.toLowerCase(), label.toUpperCase()])];

const labelsOf = (type: ActivityType): string[] => [type.code, type.en, ...type.enAliases, type.lv, ...type.lvAliases];

describe("MOBILITY_MAX_DAYS and MOBILITY_MIN_DAYS: every sector × activity pair of the catalog", () => {
  test.each(ACTIVITY_TYPES.map((t) => [`${t.sector} ${t.code}`, t] as const))("%s, by every sector and activity label", (_name, type) => {
    const wrong: string[] = [];
    for (const sectorLabel of SECTOR_LABELS[type.sector].flatMap(spellings)) {
      for (const label of labelsOf(type).flatMap(spellings)) {
        const answer = (run: () => number): number | string => {
          try {
            return run();
          } catch (error) {
            return error instanceof FunctionInputError ? `${error.kind}` : String(error);
          }
        };
        const expectedMax = type.maxDays ?? "notAvailable";
        const expectedMin = type.minDays ?? "notAvailable";
        const expectedReduced = type.fewerOpportunitiesMinDays ?? expectedMin;
        for (const language of LANGUAGES) {
          const got = [
            answer(() => maxDays(sectorLabel, label, language)),
            answer(() => minDays(sectorLabel, label, null, language)),
            answer(() => minDays(sectorLabel, label, true, language)),
          ];
          if (got[0] !== expectedMax || got[1] !== expectedMin || got[2] !== expectedReduced) {
            wrong.push(`${sectorLabel} / ${label} (${language}): ${got.join(", ")}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test.each(SECTORS.map((s) => [s] as const))("codes of the other sectors' activities in %s", (sector) => {
    for (const type of ACTIVITY_TYPES.filter((t) => t.sector !== sector)) {
      const own = activitiesOfSector(sector).find((t) => t.code === type.code);
      if (own) {
        // Staff and other activities have the same code in every sector.
        if (own.maxDays !== null) expect(maxDays(sector, type.code, "en")).toBe(own.maxDays);
        continue;
      }
      const en = thrown(() => maxDays(sector, type.code, "en"));
      expect(en.kind).toBe("invalidValue");
      // The entry is named with its own sector: the Latvian names of learner entries are the same in every sector.
      expect(en.message).toBe(`"${type.code}" is an activity of the ${type.sector} sector (${type.en}), not of the ${sector} sector.`);
      expect(thrown(() => minDays(sector, type.code, null, "lv")).message).toBe(
        `“${type.code}” ir ${type.sector} sektora aktivitāte (${type.lv}), nevis ${sector} sektora.`,
      );
    }
  });

  test("the examples of the issue", () => {
    expect(maxDays("VET", "Job shadowing", "en")).toBe(60);
    expect(maxDays("PIA", "Ēnošana darbā", "lv")).toBe(60);
    expect(maxDays("Profesionālā izglītība", "SM-JOB-SHDW", "en")).toBe(60);
    expect(maxDays("vet", "ēnošana darbā", "en")).toBe(60);
    expect(minDays("VET", "Short-term learning mobility of VET learners", "jā", "en")).toBe(2);
    expect(minDays("VET", "Short-term learning mobility of VET learners", "nē", "en")).toBe(10);
    expect(minDays("SCH", "Izglītojamo īstermiņa mācību mobilitāte", true, "en")).toBe(2);
    expect(minDays("ADU", "Izglītojamo īstermiņa mācību mobilitāte", true, "en")).toBe(2); // no exception in ADU: 2 anyway
    expect(minDays("SCH", "Skolotāju uzņemšana praksē", null, "en")).toBe(10);
    expect(maxDays("ADU", "Kursi", "en")).toBe(10);
  });

  test("the Latvian learner labels pick the sector's entry", () => {
    expect(maxDays("VET", "Izglītojamo grupu mobilitāte", "en")).toBe(30);
    expect(minDays("SCH", "Izglītojamo ilgtermiņa mācību mobilitāte", null, "en")).toBe(30);
    expect(minDays("VET", "Ilgtermiņa audzēkņu mobilitāte", null, "en")).toBe(90);
    expect(maxDays("SCH", "Izglītojamo īstermiņa mācību mobilitāte", "en")).toBe(29);
    expect(maxDays("VET", "Īstermiņa mācību mobilitāte", "en")).toBe(89);
  });
});

describe("missing, empty, zero and error arguments: #VALUE! with a message, never a number", () => {
  const EMPTY = [null, undefined, "", "   ", 0];

  test.each(EMPTY.map((v) => [v] as const))("sector %p", (value) => {
    const en = thrown(() => maxDays(value, "Job shadowing", "en"));
    expect([en.kind, en.message]).toEqual(["invalidValue", "The sector is missing: expected VET, SCH or ADU."]);
    expect(thrown(() => minDays(value, "Job shadowing", null, "lv")).message).toBe("Nav norādīts sektors: gaidīts VET, SCH vai ADU.");
    expect(thrown(() => activities(value, "en")).message).toBe("The sector is missing: expected VET, SCH or ADU.");
  });

  test.each(EMPTY.map((v) => [v] as const))("activity %p", (value) => {
    expect(thrown(() => maxDays("VET", value, "en")).message).toBe("The activity type is missing.");
    expect(thrown(() => minDays("VET", value, null, "lv")).message).toBe("Nav norādīts aktivitātes veids.");
    expect(thrown(() => activityCode(value, null, "en")).message).toBe("The activity type is missing.");
  });

  test("unknown labels name the closest known one", () => {
    expect(thrown(() => maxDays("VTE", "Job shadowing", "en")).message).toBe(
      'Unknown sector "VTE": expected VET, SCH or ADU. Did you mean "VET"?',
    );
    expect(thrown(() => maxDays("VTE", "Job shadowing", "lv")).message).toBe(
      "Nezināms sektors “VTE”: gaidīts VET, SCH vai ADU. Vai domājāt “VET”?",
    );
    expect(thrown(() => maxDays("VET", "Job shadwing", "en")).message).toBe(
      'Unknown activity type "Job shadwing". Did you mean "Job shadowing"?',
    );
    expect(thrown(() => maxDays("VET", "Ernošana", "lv")).message).toBe("Nezināms aktivitātes veids “Ernošana”. Vai domājāt “Ēnošana”?");
    expect(thrown(() => maxDays("VET", "Underwater basket weaving", "en")).message).toBe(
      'Unknown activity type "Underwater basket weaving".',
    );
  });

  test("numbers and booleans are labels nobody uses", () => {
    expect(thrown(() => maxDays(5, "Job shadowing", "en")).message).toMatch(/^Unknown sector "5"/);
    expect(thrown(() => maxDays("VET", true, "en")).message).toMatch(/^Unknown activity type "TRUE"/);
  });

  test("error values name the argument that holds them", () => {
    expect(thrown(() => maxDays("#N/A", "Job shadowing", "en")).message).toBe(
      "The sector holds the Excel error #N/A: fix the formula or enter the value.",
    );
    expect(thrown(() => maxDays("VET", { type: "Error", errorType: "Ref" }, "lv")).message).toBe(
      "Laukā “aktivitātes veids” ir Excel kļūda #REF!: izlabojiet formulu vai ievadiet vērtību.",
    );
    expect(thrown(() => minDays("VET", "Job shadowing", "#VALUE!", "en")).message).toBe(
      "The fewer opportunities holds the Excel error #VALUE!: fix the formula or enter the value.",
    );
  });

  test("a fewer-opportunities value that is neither yes nor no", () => {
    expect(thrown(() => minDays("VET", "LM-SHORT-VET", "maybe", "en")).message).toBe(
      'The fewer opportunities "maybe" cannot be read: expected yes or no.',
    );
    expect(thrown(() => minDays("VET", "LM-SHORT-VET", "varbūt", "lv")).message).toBe(
      "Lauka “mazākas iespējas” vērtību “varbūt” nevar nolasīt: gaidīts jā vai nē.",
    );
  });

  test("no limit in the Guide is #N/A, not a number", () => {
    const max = thrown(() => maxDays("VET", "Preparatory visit", "en"));
    expect([max.kind, max.message]).toEqual(["notAvailable", "Preparatory visit has no maximum duration in the Programme Guide."]);
    const min = thrown(() => minDays("SCH", "Sagatavošanās vizīte", "jā", "lv"));
    expect([min.kind, min.message]).toEqual(["notAvailable", "Sagatavošanās vizīte: Programmas ceļvedī minimālais ilgums nav noteikts."]);
  });

  test("the same answer however often it is asked (the cache)", () => {
    for (let i = 0; i < 3; i++) {
      expect(maxDays("SCH", "Kursi un apmācības", "en")).toBe(10);
      expect(thrown(() => maxDays("SCH", "LM-SKILL-VET", i % 2 ? "en" : "lv")).message).toBe(
        i % 2
          ? '"LM-SKILL-VET" is an activity of the VET sector (Participation in VET skills competitions), not of the SCH sector.'
          : "“LM-SKILL-VET” ir VET sektora aktivitāte (Dalība PIA prasmju konkursos), nevis SCH sektora.",
      );
    }
  });
});

describe("MOBILITY_DAYS", () => {
  const serial = (iso: string) => isoToSerial(iso) as number;

  test.each([
    [serial("2026-06-01"), serial("2026-06-05"), 5],
    ["01.06.2026", "05.06.2026", 5],
    ["01.06.2026.", "5.6.2026.", 5],
    ["2026-06-01", "2026-06-01", 1],
    ["01/06/2026", serial("2026-06-30"), 30],
    [serial("2026-06-01") + 0.5, "2026-06-02", 2],
    ["28.02.2028", "01.03.2028", 3],
    ["2026-01-01", "2026-12-31", 365],
    [String(serial("2026-06-01")), "10.06.2026", 10],
  ])("%p to %p: %p days", (start, end, expected) => {
    for (const language of LANGUAGES) expect(days(start, end, language)).toBe(expected);
  });

  test("end before start", () => {
    expect(thrown(() => days("10.06.2026", "01.06.2026", "en")).message).toBe(
      "The end date 1 Jun 2026 is before the start date 10 Jun 2026.",
    );
    expect(thrown(() => days("10.06.2026", "01.06.2026", "lv")).message).toBe(
      "Beigu datums (01.06.2026.) ir pirms sākuma datuma (10.06.2026.).",
    );
  });

  test.each([null, undefined, "", 0])("a missing date (%p)", (empty) => {
    expect(thrown(() => days(empty, "01.06.2026", "en")).message).toBe("The start date is missing.");
    expect(thrown(() => days("01.06.2026", empty, "lv")).message).toBe("Nav norādīts beigu datums.");
  });

  test("a date that cannot be read", () => {
    expect(thrown(() => days("31.02.2026", "01.03.2026", "en")).message).toBe(
      'The start date "31.02.2026" cannot be read: expected a date.',
    );
    expect(thrown(() => days("01.02.2026", "next week", "lv")).message).toBe(
      "Lauka “beigu datums” vērtību “next week” nevar nolasīt: gaidīts datums.",
    );
    expect(thrown(() => days("#N/A", "01.03.2026", "en")).message).toBe(
      "The start date holds the Excel error #N/A: fix the formula or enter the value.",
    );
  });
});

describe("MOBILITY_CHECK", () => {
  const serial = (iso: string) => isoToSerial(iso) as number;
  const en = (...args: unknown[]) => check(args[0], args[1], args[2], args[3], args[4] ?? null, args[5] ?? null, "en");
  const lv = (...args: unknown[]) => check(args[0], args[1], args[2], args[3], args[4] ?? null, args[5] ?? null, "lv");

  test("an eligible activity is OK", () => {
    expect(en("VET", "Job shadowing", "01.06.2026", "05.06.2026", null, "DE")).toBe(CHECK_OK);
    expect(lv("PIA", "Ēnošana darbā", serial("2026-06-01"), serial("2026-07-30"), "nē", "Vācija")).toBe("OK");
  });

  test("the first problem, as one sentence in the language asked", () => {
    const cases: Array<[unknown[], string, string]> = [
      [
        ["VET", "Job shadowing", "01.06.2026", "31.07.2026"],
        "Job shadowing lasts 61 days; the maximum is 60 days (travel days not counted).",
        "“Ēnošana” darbā: ilgums 61 diena, maksimālais ir 60 dienas (ceļošanas dienas neskaita).",
      ],
      [
        ["VET", "LM-SHORT-VET", "01.06.2026", "05.06.2026"],
        "Short-term learning mobility of VET learners lasts 5 days; the minimum is 10 days (travel days not counted).",
        "Izglītojamo īstermiņa mācību mobilitāte: ilgums 5 dienas, minimālais ir 10 dienas (ceļošanas dienas neskaita).",
      ],
      [
        ["VET", "LM-SHORT-VET", "01.06.2026", "01.06.2026", true],
        "Short-term learning mobility of VET learners lasts 1 day; the minimum is 2 days (travel days not counted).",
        "Izglītojamo īstermiņa mācību mobilitāte: ilgums 1 diena, minimālais ir 2 dienas (ceļošanas dienas neskaita).",
      ],
      [["ADU", "Kursi", null, "05.06.2026"], "The start date is missing.", "Nav norādīts sākuma datums."],
      [
        ["ADU", "Kursi", "01.06.2026", "05.06.2026", null, "Šveice"],
        "Switzerland is not an eligible country for KA1 mobility (EU Member States and IS, LI, NO, MK, RS, TR only).",
        "Šveice nav atbilstīga valsts KA1 mobilitātei (tikai ES dalībvalstis un IS, LI, NO, MK, RS, TR).",
      ],
      [
        ["SCH", "LM-SKILL-VET", "01.06.2026", "05.06.2026"],
        '"LM-SKILL-VET" is an activity of the VET sector (Participation in VET skills competitions), not of the SCH sector.',
        "“LM-SKILL-VET” ir VET sektora aktivitāte (Dalība PIA prasmju konkursos), nevis SCH sektora.",
      ],
      [
        ["VET", "Job shadwing", "01.06.2026", "05.06.2026"],
        'Unknown activity type "Job shadwing". Did you mean "Job shadowing"?',
        "Nezināms aktivitātes veids “Job shadwing”. Vai domājāt “Job shadowing”?",
      ],
      [
        [null, "Job shadowing", "01.06.2026", "05.06.2026"],
        "The sector is missing: expected VET, SCH or ADU.",
        "Nav norādīts sektors: gaidīts VET, SCH vai ADU.",
      ],
      [
        ["VET", "Job shadowing", "31.06.2026", "05.07.2026"],
        'The start date "31.06.2026" cannot be read: expected a date.',
        "Lauka “sākuma datums” vērtību “31.06.2026” nevar nolasīt: gaidīts datums.",
      ],
      [
        ["VET", "Job shadowing", "01.06.2026", "05.06.2026", "perhaps"],
        'The fewer opportunities "perhaps" cannot be read: expected yes or no.',
        "Lauka “mazākas iespējas” vērtību “perhaps” nevar nolasīt: gaidīts jā vai nē.",
      ],
      [
        ["VET", "Job shadowing", "01.06.2026", "05.06.2026", null, "#N/A"],
        "The host country holds the Excel error #N/A: fix the formula or enter the value.",
        "Laukā “uzņēmējvalsts” ir Excel kļūda #N/A: izlabojiet formulu vai ievadiet vērtību.",
      ],
    ];
    for (const [args, english, latvian] of cases) {
      expect(en(...args)).toBe(english);
      expect(lv(...args)).toBe(latvian);
    }
    expect(en("SCH", "Job shadowing", "10.06.2026", "01.06.2026")).toBe("The end date 1 Jun 2026 is before the start date 10 Jun 2026.");
    expect(lv("SCH", "Job shadowing", "10.06.2026", "01.06.2026")).toBe("Beigu datums (01.06.2026.) ir pirms sākuma datuma (10.06.2026.).");
    expect(en("VET", "Job shadowing", "01.06.2026", "05.06.2026", null, "Atlantis")).toMatch(
      /^Unknown country "Atlantis" in host country\./,
    );
  });

  test("a row with no sector, activity or dates is left blank, so the column can run past the plan", () => {
    expect(en(null, null, null, null)).toBe("");
    expect(en("", 0, "", 0, null, null)).toBe("");
    expect(lv(undefined, "  ", null, "", false, "DE")).toBe("");
  });

  test("information alone is OK: a justified short stay with fewer opportunities, a reminder", () => {
    const short: Activity = {
      id: "1",
      sector: "VET",
      activity: "LM-SHORT-VET",
      start: "2026-06-01",
      end: "2026-06-05",
      fewerOpportunities: true,
    };
    expect(checkActivity(short).map((i) => i.severity)).toEqual(["info"]);
    expect(en("VET", "LM-SHORT-VET", "01.06.2026", "05.06.2026", "jā")).toBe("OK");
    expect(en("SCH", "Long-term learning mobility of pupils", "01.09.2026", "31.12.2026")).toBe("OK");
  });

  test("dates as serials and as text give the same answer", () => {
    for (const [start, end] of [
      ["2026-06-01", "2026-06-05"],
      ["2026-06-01", "2026-09-30"],
      ["2026-06-10", "2026-06-01"],
    ]) {
      const answers = new Set([
        en("VET", "Job shadowing", serial(start), serial(end)),
        en("VET", "Job shadowing", start, end),
        en("VET", "Job shadowing", start.split("-").reverse().join("."), end.split("-").reverse().join(".")),
        en("VET", "Job shadowing", String(serial(start)), serial(end) + 0.25),
      ]);
      expect(answers.size).toBe(1);
    }
  });

  test("agrees with src/rules for every sector × activity pair and durations around the limits", () => {
    const wrong: string[] = [];
    const start = "2026-06-01";
    const startSerial = serial(start);
    for (const type of ACTIVITY_TYPES) {
      const lengths = [1, 2, type.minDays, (type.minDays ?? 1) - 1, type.maxDays, (type.maxDays ?? 400) + 1, 400].filter(
        (n): n is number => n !== null && n >= 1,
      );
      for (const length of lengths) {
        for (const fewer of [false, true]) {
          for (const host of [undefined, "DE", "CH", "LV"]) {
            const end = startSerial + length - 1;
            const activity: Activity = {
              id: "1",
              sector: type.sector,
              activity: type.en,
              start,
              end: new Date(Date.UTC(1899, 11, 30 + end)).toISOString().slice(0, 10),
              fewerOpportunities: fewer,
              ...(host ? { hostCountry: host } : {}),
            };
            const problem = firstProblem(checkActivity(activity));
            for (const language of LANGUAGES) {
              const expected = problem ? formatIssue(problem, language) : "OK";
              const got = check(type.sector, type.en, startSerial, end, fewer, host ?? null, language);
              if (got !== expected) wrong.push(`${type.sector} ${type.code} ${length}d ${fewer} ${host} ${language}: ${got} ≠ ${expected}`);
            }
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test("the same arguments in another language give the other language (the cache keys on the language)", () => {
    const args = ["VET", "Job shadowing", "01.06.2026", "31.07.2026", null, null] as const;
    const english = check(...args, "en");
    const latvian = check(...args, "lv");
    expect(english).not.toBe(latvian);
    expect(check(...args, "en")).toBe(english);
    // 46174 (a serial) and "46174" (the serial as text) are the same date; TRUE and "TRUE" the same yes.
    expect(check("VET", "LM-SHORT-VET", 46174, 46178, true, null, "en")).toBe(
      check("VET", "LM-SHORT-VET", "46174", 46178, "TRUE", null, "en"),
    );
  });

  test("the row handed to src/rules", () => {
    expect(activityFromArguments(" VET ", "Job shadowing", 46174, "05.06.2026", "x", "Vācijā")).toEqual({
      id: "1",
      sector: "VET",
      activity: "Job shadowing",
      start: "2026-06-01",
      end: "2026-06-05",
      fewerOpportunities: true,
      hostCountry: "Vācijā",
    });
    expect(activityFromArguments("SCH", null, null, null, null, null)).toEqual({ id: "1", sector: "SCH", fewerOpportunities: false });
  });

  test("firstProblem: errors before warnings; information alone is no problem", () => {
    const info = issue("long-pupil-pre-departure", {}, { activityId: "1" });
    const warning = issue("duration-mismatch", { stated: 3, days: 4 }, { activityId: "1" });
    const error = issue("date-missing", { field: "start" }, { activityId: "1" });
    expect(firstProblem([info, warning, error])).toBe(error);
    expect(firstProblem([info, warning])).toBe(warning);
    expect(firstProblem([info])).toBeUndefined();
    expect(firstProblem([])).toBeUndefined();
  });
});

describe("MOBILITY_ACTIVITY_CODE", () => {
  test("every label of every activity, in its sector, in any case", () => {
    const wrong: string[] = [];
    for (const type of ACTIVITY_TYPES) {
      for (const label of labelsOf(type).flatMap(spellings)) {
        for (const sectorLabel of [type.sector, SECTOR_LABELS[type.sector][3]]) {
          const code = activityCode(label, sectorLabel, "en");
          if (code !== type.code) wrong.push(`${label} in ${sectorLabel}: ${code}, not ${type.code}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test("without a sector: the code where the label has one, a message where each sector has its own", () => {
    const codesByKey = new Map<string, Set<string>>();
    for (const type of ACTIVITY_TYPES) {
      for (const label of labelsOf(type)) codesByKey.set(labelKey(label), (codesByKey.get(labelKey(label)) ?? new Set()).add(type.code));
    }
    // Every Latvian learner wording names the family, whichever entry lists it (rules-2026.md §1).
    const familyCodes = (type: (typeof ACTIVITY_TYPES)[number]) =>
      new Set(ACTIVITY_TYPES.filter((t) => t.family === type.family).map((t) => t.code));
    const neutral = (type: (typeof ACTIVITY_TYPES)[number], label: string) =>
      type.participant === "learner" && [type.lv, ...type.lvAliases].includes(label);
    for (const type of ACTIVITY_TYPES) {
      for (const label of labelsOf(type)) {
        const codes = neutral(type, label) ? familyCodes(type) : (codesByKey.get(labelKey(label)) as Set<string>);
        if (codes.size === 1) expect([label, activityCode(label, null, "en")]).toEqual([label, type.code]);
        else expect(thrown(() => activityCode(label, null, "en")).message).toContain("is a different activity in each sector");
      }
    }
  });

  test("examples and messages", () => {
    expect(activityCode("Ēnošana darbā", null, "en")).toBe("SM-JOB-SHDW");
    expect(activityCode("job shadowing", undefined, "lv")).toBe("SM-JOB-SHDW");
    expect(activityCode("Kursi un mācības", 0, "en")).toBe("SM-COUR-TRAIN");
    expect(activityCode("ErasmusPro", null, "en")).toBe("LM-LONG-VET");
    expect(activityCode("Izglītojamo grupu mobilitāte", "Skolu izglītība", "en")).toBe("LM-GRP-PUPIL");
    expect(thrown(() => activityCode("Izglītojamo grupu mobilitāte", null, "en")).message).toBe(
      '"Izglītojamo grupu mobilitāte" is a different activity in each sector (LM-GRP-VET, LM-GRP-PUPIL, LM-GRP-ADU): give the sector as the second argument.',
    );
    expect(thrown(() => activityCode("Group mobility", "", "lv")).message).toBe(
      "“Group mobility” katrā sektorā ir cita aktivitāte (LM-GRP-VET, LM-GRP-PUPIL, LM-GRP-ADU): norādiet sektoru kā otro argumentu.",
    );
    expect(thrown(() => activityCode("ErasmusPro", "SCH", "en")).message).toBe(
      '"ErasmusPro" is an activity of the VET sector (Long-term learning mobility of VET learners (ErasmusPro)), not of the SCH sector.',
    );
    // rules-2026.md §1: the audzēkņu wordings are every sector's own.
    expect(activityCode("Īstermiņa audzēkņu mobilitāte", "SCH", "en")).toBe("LM-SHORT-PUPIL");
    expect(activityCode("Audzēkņu grupu mobilitāte", "Pieaugušo izglītība", "lv")).toBe("LM-GRP-ADU");
    expect(thrown(() => activityCode("Ēnošana", "Skola", "en")).message).toMatch(/^Unknown sector "Skola"/);
    expect(thrown(() => activityCode("Enosana darba x", null, "en")).message).toMatch(
      /^Unknown activity type "Enosana darba x"\. Did you mean/,
    );
  });
});

describe("MOBILITY_ACTIVITIES", () => {
  test.each(SECTORS.map((s) => [s] as const))("%s: code, English, Latvian, min and max days per activity type", (sector: Sector) => {
    const expected = activitiesOfSector(sector).map((t) => [t.code, t.en, t.lv, t.minDays ?? "", t.maxDays ?? ""]);
    for (const label of SECTOR_LABELS[sector].flatMap(spellings)) {
      for (const language of LANGUAGES) expect(activities(label, language)).toEqual(expected);
    }
  });

  test("a fresh table each call: a caller that changes it changes nothing else", () => {
    const first = activities("VET", "en");
    first[0][0] = "changed";
    first.pop();
    expect(activities("VET", "en")[0][0]).toBe(activitiesOfSector("VET")[0].code);
    expect(activities("VET", "en")).toHaveLength(activitiesOfSector("VET").length);
  });

  test("an unknown sector", () => {
    expect(thrown(() => activities("Adult", "en")).message).toMatch(/^Unknown sector "Adult": expected VET, SCH or ADU\./);
    expect(thrown(() => activities("#REF!", "lv")).message).toBe(
      "Laukā “sektors” ir Excel kļūda #REF!: izlabojiet formulu vai ievadiet vērtību.",
    );
  });

  test("the examples: skills competitions only in VET", () => {
    expect(activities("SCH", "en").map((r) => r[0])).not.toContain("LM-SKILL-VET");
    expect(activities("PIA", "en").find((r) => r[0] === "LM-SKILL-VET")).toEqual([
      "LM-SKILL-VET",
      "Participation in VET skills competitions",
      "Dalība PIA prasmju konkursos",
      1,
      10,
    ]);
    expect(activityTypeFor("VET", "skills-competition")?.code).toBe("LM-SKILL-VET");
  });
});

describe("MOBILITY_COUNTRY_OK", () => {
  test.each(COUNTRIES.map((c) => [c.code, c] as const))("%s, by code, English and Latvian name, in any case", (_code, country) => {
    const codes = [country.code, ...country.aliasCodes].filter((code) => !CODES_NOT_READ.has(code));
    const labels = [...codes, country.en, ...country.enAliases, ...latvianForms(country.lv)];
    for (const label of labels.flatMap(spellings)) {
      for (const language of LANGUAGES) expect([label, countryOk(label, language)]).toEqual([label, country.eligible]);
    }
  });

  test("the eligible countries are the EU-27 and the six associated third countries, with their territories", () => {
    expect(COUNTRIES.filter((c) => c.eligible && !c.partOf)).toHaveLength(33);
    expect(countryOk("Greenland", "en")).toBe(true);
    expect(countryOk("Vācijā", "en")).toBe(true);
    expect(countryOk("GR", "en")).toBe(true);
    expect(countryOk("Türkiye", "en")).toBe(true);
    expect(countryOk("Šveice", "en")).toBe(false);
    expect(countryOk("UK", "en")).toBe(false);
  });

  test("missing and unknown countries", () => {
    for (const empty of [null, undefined, "", 0]) {
      expect(thrown(() => countryOk(empty, "en")).message).toBe(
        "The country is missing: expected a country name or code, e.g. DE or Germany.",
      );
      expect(thrown(() => countryOk(empty, "lv")).message).toBe(
        "Nav norādīta valsts: gaidīts valsts nosaukums vai kods, piemēram, DE vai Vācija.",
      );
    }
    expect(thrown(() => countryOk("Germani", "en")).message).toBe('Unknown country "Germani" in host country. Did you mean "Germany"?');
    expect(thrown(() => countryOk("Vacija x", "lv")).message).toMatch(/^Nezināma valsts “Vacija x” laukā “uzņēmējvalsts”\./);
  });
});

describe("the project arguments: MOBILITY_CHECK's sending country and action, MOBILITY_COUNTRY_OK's action", () => {
  const row = ["VET", "Job shadowing", "01.06.2026", "05.06.2026", null] as const;

  test("a host in the sending country is an error, as in the audit", () => {
    expect(check(...row, "Latvija", "en", "LV", null)).toBe("The host country Latvia is the sending country: the mobility must go abroad.");
    expect(check(...row, "Latvija", "lv", "Latvia", null)).toBe(
      "Uzņēmējvalsts Latvija ir arī nosūtītājvalsts: mobilitātei jānotiek ārvalstīs.",
    );
    expect(check(...row, "Vācija", "en", "LV", null)).toBe(CHECK_OK);
    // Without a sending country, nothing tells that Latvia is not abroad.
    expect(check(...row, "Latvija", "en")).toBe(CHECK_OK);
  });

  test("KA121 VET: a third country not associated is a warning, Belarus and Russia an error; KA122 and KA121-SCH: not eligible", () => {
    expect(check(...row, "US", "en", "LV", "KA121")).toMatch(/^United States is a third country not associated to the Programme: .*20 %/);
    expect(check(...row, "Kanāda", "en", "LV", "KA121")).toMatch(/^Canada is a third country not associated to the Programme/);
    expect(check(...row, "Kanādā", "lv", "LV", "KA122")).toMatch(/^Kanāda nav atbilstīga valsts KA1 mobilitātei/);
    expect(check(...row, "Antarctica", "en", "LV", "KA121")).toMatch(/^Antarctica is not an eligible country/);
    expect(check(...row, "US", "en", "LV", "KA122")).toMatch(/^United States is not an eligible country/);
    expect(check(...row, "US", "en", "LV", null)).toMatch(/^United States is not an eligible country/);
    expect(check("SCH", "Job shadowing", "01.06.2026", "05.06.2026", null, "US", "en", "LV", "KA121")).toMatch(
      /is not an eligible country/,
    );
    expect(check(...row, "Krievija", "lv", "LV", "KA121")).toMatch(/^Krievija nevar uzņemt nevienu mobilitāti/);
    expect(check(...row, "Vācija", "en", "LV", "KA121-VET")).toBe(CHECK_OK);
  });

  test("an unknown action or sending country is the answer, as the audit reports it", () => {
    expect(check(...row, "Vācija", "en", null, "KA131")).toMatch(/^Unknown action "KA131": this audit covers KA121 and KA122/);
    expect(check(...row, "Vācija", "en", "Atlantis", null)).toMatch(/^Unknown country "Atlantis" in country of the beneficiary/);
    expect(check(...row, "Vācija", "en", "#N/A", null)).toBe(
      "The sending country holds the Excel error #N/A: fix the formula or enter the value.",
    );
  });

  test("the same answer from the cache, whatever the order of calls", () => {
    const first = check(...row, "US", "en", "LV", "KA121");
    expect(check(...row, "US", "en", "LV", "KA122")).not.toBe(first);
    expect(check(...row, "US", "en", "LV", "KA121")).toBe(first);
    // The same texts in the other argument are another question.
    expect(check(...row, "Latvija", "en", "LV", null)).toMatch(/is the sending country/);
    expect(check(...row, "Latvija", "en", null, "LV")).toMatch(/^Unknown action "LV"/);
    expect(check(...row, "Latvija", "en", 1, null)).toBe(check(...row, "Latvija", "en", "1", null));
  });

  test.each([
    ["Germany", null, true],
    ["Germany", "KA121", true],
    ["United States", null, false],
    ["United States", "KA122", false],
    ["United States", "KA121", true],
    ["ASV", "KA121-VET", true],
    ["United States", "KA121-SCH", false],
    ["Šveice", "Akreditētie projekti", true],
    ["Russia", "KA121", false],
    ["Baltkrievija", "KA121-VET", false],
    ["Krievijā", null, false],
    ["Kanādā", null, false],
    ["Kanādu", "KA121", true],
    ["CAN", "KA121", true],
    ["Japānā", "KA121-VET", true],
    ["Brazīlija", "KA121-SCH", false],
    ["Ukraine", "KA122", false],
    ["Amerikas Savienotajās Valstīs", "KA121", true],
    // In no region of PG26 Part A: no venue at all.
    ["Antarctica", "KA121", false],
    ["Greenland", "KA122", true],
  ] as const)("MOBILITY_COUNTRY_OK(%j; %j) → %s", (country, action, expected) => {
    for (const language of LANGUAGES) expect(countryOk(country, language, action)).toBe(expected);
  });

  test("MOBILITY_COUNTRY_OK with an unknown action is #VALUE! naming it", () => {
    expect(thrown(() => countryOk("United States", "en", "KA131")).message).toMatch(/^Unknown action "KA131"/);
  });
});

describe("the caches forget when full and stay right", () => {
  test("more different rows than MOBILITY_CHECK remembers", () => {
    const first = isoToSerial("2026-06-01") as number;
    const hosts = COUNTRIES.filter((c) => c.eligible && c.code !== "DE").map((c) => c.code);
    const fewer = [null, true, "nē"];
    let calls = 0;
    for (let length = 1; calls <= MAX_REMEMBERED + 500; length++) {
      for (const host of hosts) {
        for (const f of fewer) {
          const answer = check("VET", "Job shadowing", first, first + length - 1, f, host, "en");
          if (calls++ % 997 === 0) {
            expect(answer).toEqual(
              length > 60
                ? `Job shadowing lasts ${length} days; the maximum is 60 days (travel days not counted).`
                : length < 2
                  ? expect.stringMatching(/minimum is 2 days/)
                  : "OK",
            );
          }
        }
      }
    }
    expect(check("VET", "Job shadowing", first, first + 4, null, "DE", "en")).toBe("OK");
    expect(check("VET", "Job shadowing", first, first + 60, null, "DE", "en")).toBe(
      "Job shadowing lasts 61 days; the maximum is 60 days (travel days not counted).",
    );
  });

  test("more different labels than MOBILITY_MAX_DAYS remembers", () => {
    const label = "Teaching or training assignments";
    const next = (() => {
      let state = 7;
      return () => (state = (state * 48271) % 2147483647) / 2147483647;
    })();
    const spellingsSeen = new Set<string>();
    while (spellingsSeen.size <= MAX_REMEMBERED + 100) {
      const spelling = [...label].map((ch) => (next() < 0.5 ? ch.toUpperCase() : ch.toLowerCase())).join("");
      spellingsSeen.add(spelling);
      if (spellingsSeen.size % 1999 === 0) expect(maxDays("SCH", spelling, "en")).toBe(365);
      else maxDays("SCH", spelling, "en");
    }
    expect(maxDays("VET", "Job shadowing", "en")).toBe(60);
    expect(maxDays("ADU", "Kursi", "lv")).toBe(10);
  });
});
