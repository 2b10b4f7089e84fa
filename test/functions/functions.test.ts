/**
 * functions.ts, the functions Excel calls: each delegates to logic.ts (the funding two to grant.ts, loaded on first use), turns FunctionInputError into
 * CustomFunctions.Error (#VALUE! or #N/A with the message) when the custom functions runtime is there, and answers in
 * Excel's display language (Office.context.displayLanguage). Office and CustomFunctions are faked as globals.
 */
import * as functions from "../../src/functions/functions";
import * as logic from "../../src/functions/logic";
import { FunctionInputError } from "../../src/functions/logic";
import { currentLanguage, excelError, languageOfLocale, setLanguage } from "../../src/functions/runtime";

/** The part of the custom functions runtime functions.ts uses. */
class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const FAKE_CUSTOM_FUNCTIONS = { Error: FakeCustomFunctionsError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };

const globals = globalThis as { Office?: unknown; CustomFunctions?: unknown };

afterEach(() => {
  delete globals.Office;
  delete globals.CustomFunctions;
  setLanguage(undefined);
  jest.restoreAllMocks();
});

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the function to throw");
}

test("the functions of issues 5 and 13", () => {
  expect(Object.keys(functions).sort()).toEqual([
    "mobilityActivities",
    "mobilityActivityCode",
    "mobilityCheck",
    "mobilityCountryOk",
    "mobilityDays",
    "mobilityDistanceBand",
    "mobilityGrant",
    "mobilityMaxDays",
    "mobilityMinDays",
  ]);
  expect(functions.mobilityMaxDays("VET", "Job shadowing")).toBe(60);
  expect(functions.mobilityMaxDays("PIA", "Ēnošana darbā")).toBe(60);
  expect(functions.mobilityMinDays("VET", "LM-SHORT-VET", "jā")).toBe(2);
  expect(functions.mobilityMinDays("VET", "LM-SHORT-VET")).toBe(10); // the optional argument omitted
  expect(functions.mobilityMinDays("VET", "LM-SHORT-VET", null)).toBe(10); // … or null, as Excel passes it
  expect(functions.mobilityDays(46174, "10.06.2026")).toBe(10);
  expect(functions.mobilityCheck("VET", "Job shadowing", 46174, 46178)).toBe("OK");
  expect(functions.mobilityCheck("VET", "Job shadowing", 46174, 46178, null, null)).toBe("OK");
  expect(functions.mobilityActivityCode("Ēnošana darbā")).toBe("SM-JOB-SHDW");
  expect(functions.mobilityActivities("ADU")).toHaveLength(9);
  expect(functions.mobilityCountryOk("Vācija")).toBe(true);
});

describe("errors", () => {
  test("outside Excel a wrong input stays a FunctionInputError", () => {
    const error = thrownBy(() => functions.mobilityMaxDays(null, "Job shadowing"));
    expect(error).toBeInstanceOf(FunctionInputError);
    expect((error as Error).message).toBe("The sector is missing: expected VET, SCH or ADU.");
  });

  test("in Excel it is #VALUE! with the message", () => {
    globals.CustomFunctions = FAKE_CUSTOM_FUNCTIONS;
    const cases: Array<[() => unknown, string]> = [
      [() => functions.mobilityMaxDays("VTE", "Job shadowing"), 'Unknown sector "VTE": expected VET, SCH or ADU. Did you mean "VET"?'],
      [() => functions.mobilityMinDays("VET", 0), "The activity type is missing."],
      [() => functions.mobilityDays("05.06.2026", "01.06.2026"), "The end date 1 Jun 2026 is before the start date 5 Jun 2026."],
      [() => functions.mobilityActivityCode("Grupu mobilitāte"), expect.stringContaining("is a different activity in each sector")],
      [() => functions.mobilityActivities(""), "The sector is missing: expected VET, SCH or ADU."],
      [() => functions.mobilityCountryOk(null), "The country is missing: expected a country name or code, e.g. DE or Germany."],
    ] as Array<[() => unknown, string]>;
    for (const [run, message] of cases) {
      const error = thrownBy(run);
      expect(error).toBeInstanceOf(FakeCustomFunctionsError);
      expect(error).toEqual({ code: "#VALUE!", message });
    }
  });

  test("no limit in the Guide is #N/A with the message", () => {
    globals.CustomFunctions = FAKE_CUSTOM_FUNCTIONS;
    expect(thrownBy(() => functions.mobilityMaxDays("SCH", "Preparatory visit"))).toEqual({
      code: "#N/A",
      message: "Preparatory visit has no maximum duration in the Programme Guide.",
    });
  });

  test("MOBILITY_CHECK reports problems as its answer, not as an error", () => {
    globals.CustomFunctions = FAKE_CUSTOM_FUNCTIONS;
    expect(functions.mobilityCheck("VTE", "Job shadowing", 46174, 46178)).toBe(
      'Unknown sector "VTE": expected VET, SCH or ADU. Did you mean "VET"?',
    );
  });

  test("a bug is not dressed up as an input error: Excel shows #VALUE! without a message", () => {
    globals.CustomFunctions = FAKE_CUSTOM_FUNCTIONS;
    const bug = new TypeError("boom");
    jest.spyOn(logic, "maxDays").mockImplementation(() => {
      throw bug;
    });
    expect(thrownBy(() => functions.mobilityMaxDays("VET", "Job shadowing"))).toBe(bug);
    expect(excelError(bug)).toBe(bug);
  });
});

describe("MOBILITY_GRANT and MOBILITY_DISTANCE_BAND: promises, their module loaded on first use", () => {
  test("they resolve to the answer, optional arguments omitted or null", async () => {
    // Job shadowing, 5 days in Germany, 1365 km: 350 + 309 + 7 × 107 (PG26 p.98–99).
    await expect(functions.mobilityGrant("VET", "Job shadowing", 5, "DE", 1365)).resolves.toBe(1408);
    await expect(functions.mobilityGrant("VET", "Job shadowing", 5, "DE", 1365, null, null, null, "max", null)).resolves.toBe(1996);
    await expect(functions.mobilityDistanceBand(100)).resolves.toBe("100–499 km");
  });

  test("a wrong input rejects with #VALUE! and the message in Excel, in its display language", async () => {
    globals.CustomFunctions = FAKE_CUSTOM_FUNCTIONS;
    await expect(functions.mobilityGrant("VET", "Job shadowing", 5, "DE", -1)).rejects.toEqual({
      code: "#VALUE!",
      message: "The distance (km) must be a number, 0 or more, not -1.",
    });
    globals.Office = { context: { displayLanguage: "lv-LV" } };
    await expect(functions.mobilityDistanceBand(null)).rejects.toEqual({ code: "#VALUE!", message: "Nav norādīts lauks “attālums (km)”." });
    await expect(functions.mobilityDistanceBand(8000)).resolves.toBe("8000 km un vairāk");
  });
});

describe("the language of messages", () => {
  test.each([
    ["lv-LV", "lv"],
    ["lv", "lv"],
    ["LV-lv", "lv"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["lt-LT", "en"],
    ["", "en"],
    [undefined, "en"],
    [null, "en"],
  ] as const)("display language %p → %s", (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });

  test("English outside Office", () => {
    expect(currentLanguage()).toBe("en");
    expect(functions.mobilityCheck("VET", "Job shadowing", "01.06.2026", "31.07.2026")).toBe(
      "Job shadowing lasts 61 days; the maximum is 60 days (travel days not counted).",
    );
  });

  test("Latvian when Excel's display language is Latvian", () => {
    globals.Office = { context: { displayLanguage: "lv-LV" } };
    expect(currentLanguage()).toBe("lv");
    expect(functions.mobilityCheck("VET", "Job shadowing", "01.06.2026", "31.07.2026")).toBe(
      "“Ēnošana” darbā: ilgums 61 diena, maksimālais ir 60 dienas (ceļošanas dienas neskaita).",
    );
    globals.CustomFunctions = FAKE_CUSTOM_FUNCTIONS;
    expect(thrownBy(() => functions.mobilityMaxDays(null, "Ēnošana"))).toEqual({
      code: "#VALUE!",
      message: "Nav norādīts sektors: gaidīts VET, SCH vai ADU.",
    });
  });

  test("English when Excel's display language is another", () => {
    globals.Office = { context: { displayLanguage: "en-GB" } };
    expect(functions.mobilityCheck("VET", "Job shadowing", "01.06.2026", "31.07.2026")).toMatch(/^Job shadowing lasts 61 days/);
  });

  test("before Office has initialised: English, and the language is read again later", () => {
    globals.Office = {};
    expect(currentLanguage()).toBe("en");
    globals.Office = { context: { displayLanguage: "lv-LV" } };
    expect(currentLanguage()).toBe("lv");
  });

  test("setLanguage fixes the language (tests, hosts without Office)", () => {
    globals.Office = { context: { displayLanguage: "en-US" } };
    setLanguage("lv");
    expect(currentLanguage()).toBe("lv");
    setLanguage(undefined);
    expect(currentLanguage()).toBe("en");
  });
});
