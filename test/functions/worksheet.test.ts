/**
 * The custom functions in a real formula engine (HyperFormula, GPL-3.0, dev dependency only): formulas that refer to
 * other cells, errors with their messages, MOBILITY_ACTIVITIES spilling, a 1,000-row plan whose MOBILITY_CHECK column
 * agrees row by row with src/rules, recalculation after an edit, and the Latvian function names in formulas.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { setLanguage } from "../../src/functions/runtime";
import translations from "../../src/functions/translations-lv.json";
import {
  ACTIVITY_TYPES,
  COUNTRIES,
  SECTOR_LABELS,
  activitiesOfSector,
  checkActivity,
  dayNumber,
  formatIssue,
  isoFromDayNumber,
  isoToSerial,
  type Activity,
  type Language,
} from "../../src/rules";
import { registerMobilityFunctions } from "./hyperformula-plugin";
import { seededRandom as random } from "../fixtures/plan-data";

const LATVIAN_NAMES = Object.fromEntries(Object.entries(translations).map(([id, entry]) => [id, entry.name]));
registerMobilityFunctions(LATVIAN_NAMES);

const engines: HyperFormula[] = [];
function sheet(cells: RawCellContent[][], config: Parameters<typeof HyperFormula.buildFromArray>[1] = {}): HyperFormula {
  const engine = HyperFormula.buildFromArray(cells, { licenseKey: "gpl-v3", ...config });
  engines.push(engine);
  return engine;
}

afterEach(() => setLanguage(undefined));
afterAll(() => engines.forEach((e) => e.destroy()));

/** The value of an A1-style address on the first sheet. */
function valueAt(engine: HyperFormula, a1: string): unknown {
  const address = engine.simpleCellAddressFromString(a1, 0);
  if (!address) throw new Error(`bad address ${a1}`);
  return engine.getCellValue(address);
}

function errorAt(engine: HyperFormula, a1: string): { type: string; message: string } {
  const value = valueAt(engine, a1);
  if (!(value instanceof DetailedCellError)) throw new Error(`${a1} holds ${JSON.stringify(value)}, not an error`);
  return { type: value.type, message: value.message };
}

describe("formulas that refer to other cells", () => {
  test("limits, days and codes from the row's cells", () => {
    const engine = sheet([
      ["VET", "Job shadowing", "=MOBILITY_MAX_DAYS(A1, B1)", "=MOBILITY_MIN_DAYS(A1, B1)", "=MOBILITY_ACTIVITY_CODE(B1)"],
      ["PIA", "Īstermiņa audzēkņu mobilitāte", "=MOBILITY_MAX_DAYS(A2, B2)", "=MOBILITY_MIN_DAYS(A2, B2, E2)", "jā"],
      [isoToSerial("2026-06-01") as number, "10.06.2026.", "=MOBILITY_DAYS(A3, B3)", "=MOBILITY_COUNTRY_OK(E3)", "Šveice"],
      ["sch", "LM-LONG-PUPILS", "=MOBILITY_MIN_DAYS(A4, B4, E4)", '=MOBILITY_ACTIVITY_CODE("Izglītojamo grupu mobilitāte", A4)', null],
    ]);
    expect(valueAt(engine, "C1")).toBe(60);
    expect(valueAt(engine, "D1")).toBe(2);
    expect(valueAt(engine, "E1")).toBe("SM-JOB-SHDW");
    expect(valueAt(engine, "C2")).toBe(89);
    expect(valueAt(engine, "D2")).toBe(2); // fewer opportunities: "jā"
    expect(valueAt(engine, "C3")).toBe(10);
    expect(valueAt(engine, "D3")).toBe(false);
    expect(valueAt(engine, "C4")).toBe(30); // an empty cell for fewer opportunities is no
    expect(valueAt(engine, "D4")).toBe("LM-GRP-PUPIL");
  });

  test("a wrong or missing label is #VALUE! with a message naming it and the closest label, never a number", () => {
    const engine = sheet([
      ["VTE", "Job shadowing", "=MOBILITY_MAX_DAYS(A1, B1)"],
      ["VET", "Job shadwing", "=MOBILITY_MAX_DAYS(A2, B2)"],
      [null, "Job shadowing", "=MOBILITY_MAX_DAYS(A3, B3)"],
      ["SCH", "LM-SKILL-VET", "=MOBILITY_MIN_DAYS(A4, B4)"],
      ["VET", "Preparatory visit", "=MOBILITY_MAX_DAYS(A5, B5)"],
      ["=1/0", "Job shadowing", "=MOBILITY_MAX_DAYS(A6, B6)"],
    ]);
    expect(errorAt(engine, "C1")).toEqual({
      type: "VALUE",
      message: 'Unknown sector "VTE": expected VET, SCH or ADU. Did you mean "VET"?',
    });
    expect(errorAt(engine, "C2")).toEqual({
      type: "VALUE",
      message: 'Unknown activity type "Job shadwing". Did you mean "Job shadowing"?',
    });
    expect(errorAt(engine, "C3")).toEqual({ type: "VALUE", message: "The sector is missing: expected VET, SCH or ADU." });
    expect(errorAt(engine, "C4")).toEqual({
      type: "VALUE",
      message: '"LM-SKILL-VET" is an activity of the VET sector (Participation in VET skills competitions), not of the SCH sector.',
    });
    expect(errorAt(engine, "C5")).toEqual({ type: "NA", message: "Preparatory visit has no maximum duration in the Programme Guide." });
    expect(errorAt(engine, "C6").type).toBe("DIV_BY_ZERO"); // an error in an argument propagates, as in Excel
  });

  test("MOBILITY_CHECK answers in Latvian when the display language is Latvian", () => {
    setLanguage("lv");
    const engine = sheet([["VET", "Ēnošana darbā", "01.06.2026", "15.08.2026", null, "Vācija", "=MOBILITY_CHECK(A1, B1, C1, D1, E1, F1)"]]);
    expect(valueAt(engine, "G1")).toBe("“Ēnošana” darbā: ilgums 76 dienas, maksimālais ir 60 dienas (ceļošanas dienas neskaita).");
  });
});

describe("MOBILITY_GRANT and MOBILITY_DISTANCE_BAND in a sheet", () => {
  test("a row's grant from its cells, at both bounds and at an agency's rate; its distance band; errors with their message", () => {
    // Job shadowing, 5 days in Germany, 1365 km: 350 + 309 + 7 × 107–191 (PG26 p.98–99); 7 × 150 at 150 a day.
    const engine = sheet([
      ["VET", "Job shadowing", 5, "DE", 1365, "=MOBILITY_GRANT(A1, B1, C1, D1, E1)", '=MOBILITY_GRANT(A1, B1, C1, D1, E1, , , , "max")'],
      ["VET", "Job shadowing", 13, "DE", 99, "=MOBILITY_GRANT(A2, B2, C2, D2, E2, , , , 150)", "=MOBILITY_DISTANCE_BAND(E2)"],
      ["VET", "Job shadowing", 0, "DE", 100, "=MOBILITY_GRANT(A3, B3, C3, D3, E3)", "=MOBILITY_DISTANCE_BAND(E3)"],
    ]);
    expect(valueAt(engine, "F1")).toBe(1408);
    expect(valueAt(engine, "G1")).toBe(1996);
    // 13 + 2 days at 150: 14 × 150 + 1 × 105; 99 km: 28.
    expect(valueAt(engine, "F2")).toBe(350 + 28 + 2100 + 105);
    expect(valueAt(engine, "G2")).toBe("10–99 km");
    expect(errorAt(engine, "F3")).toEqual({ type: "VALUE", message: "The duration must be a whole number, 1 or more, not 0." });
    expect(valueAt(engine, "G3")).toBe("100–499 km");
    // An edit recalculates.
    engine.setCellContents({ sheet: 0, row: 2, col: 2 }, 5);
    expect(valueAt(engine, "F3")).toBe(350 + 211 + 749);
  });
});

describe("MOBILITY_ACTIVITIES spills the sector's table", () => {
  test.each(["VET", "SCH", "ADU"] as const)("%s: one row per activity type, five columns", (sector) => {
    const engine = sheet([[`=MOBILITY_ACTIVITIES("${sector}")`]]);
    const types = activitiesOfSector(sector);
    const values = engine.getSheetValues(0);
    expect(values.length).toBe(types.length);
    expect(values.every((row) => row.length === 5)).toBe(true);
    // Preparatory visits have no limits: empty text, as Excel shows it.
    expect(values).toEqual(types.map((t) => [t.code, t.en, t.lv, t.minDays ?? "", t.maxDays ?? ""]));
  });

  test("with the sector in another cell, and in Latvian", () => {
    const engine = sheet([["Pieaugušo izglītība", "=MOBILITY_ACTIVITIES(A1)"]]);
    const types = activitiesOfSector("ADU");
    const spilled = engine.getSheetValues(0).map((row) => row.slice(1));
    expect(spilled.slice(0, types.length).map((row) => row[0])).toEqual(types.map((t) => t.code));
    // HyperFormula sizes the array when it parses the formula (VET's 10 rows); the rest is empty.
    expect(
      spilled
        .slice(types.length)
        .flat()
        .every((v) => v === null || v === undefined),
    ).toBe(true);
  });

  test("formulas read the spilled cells", () => {
    const engine = sheet([['=MOBILITY_ACTIVITIES("VET")', null, null, null, null, "=SUM(E1:E10)", "=COUNTA(A1:A20)"]]);
    const expectedMax = activitiesOfSector("VET").reduce((sum, t) => sum + (t.maxDays ?? 0), 0);
    expect(valueAt(engine, "F1")).toBe(expectedMax);
    expect(valueAt(engine, "G1")).toBe(activitiesOfSector("VET").length);
  });
});

// ---- A 1,000-row plan ----

interface PlanRow {
  readonly sector: string;
  readonly activity: string;
  readonly start?: string;
  readonly end?: string;
  readonly fewerOpportunities: boolean;
  readonly hostCountry?: string;
  /** What the cells hold, as a coordinator would type them. */
  readonly cells: RawCellContent[];
}

function dotted(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}.${month}.${year}`;
}

function planRows(count: number, seed: number): PlanRow[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const sectorLabels = Object.values(SECTOR_LABELS).flat();
  const activityLabels = [
    ...ACTIVITY_TYPES.flatMap((t) => [t.code, t.en, t.lv, ...t.enAliases, ...t.lvAliases]),
    "Job shadwing",
    "Kursi un apmacibas",
    "Grupu mobilitāte",
  ];
  const hosts = [...COUNTRIES.map((c) => pick([c.code, c.en, c.lv])), "Atlantis", "Vācijā"];
  const first = dayNumber("2026-06-01") as number;
  return Array.from({ length: count }, () => {
    const sector = pick(sectorLabels);
    const activity = pick(activityLabels);
    const startDay = first + Math.floor(next() * 330);
    const length = next() < 0.1 ? -Math.floor(next() * 5) - 1 : Math.floor(next() * 130);
    const start = next() < 0.03 ? undefined : isoFromDayNumber(startDay);
    const end = next() < 0.03 ? undefined : isoFromDayNumber(startDay + length);
    const fewerOpportunities = next() < 0.25;
    const hostCountry = next() < 0.15 ? undefined : pick(hosts);
    const dateCell = (iso: string | undefined): RawCellContent => {
      if (iso === undefined) return null;
      const form = next();
      return form < 0.5 ? (isoToSerial(iso) as number) : form < 0.8 ? dotted(iso) : iso;
    };
    const fewerCell: RawCellContent = fewerOpportunities ? pick([true, "jā", "x", 1]) : pick([false, null, "nē", 0]);
    return {
      sector,
      activity,
      start,
      end,
      fewerOpportunities,
      hostCountry,
      cells: [sector, activity, dateCell(start), dateCell(end), fewerCell, hostCountry ?? null],
    };
  });
}

/** What src/rules says of a row, the way MOBILITY_CHECK reports it: the first error, else the first warning, else "OK". */
function rulesSay(row: PlanRow, language: Language): string {
  const activity: Activity = { id: "1", sector: row.sector, activity: row.activity, fewerOpportunities: row.fewerOpportunities };
  const withDates: Activity = {
    ...activity,
    ...(row.start ? { start: row.start } : {}),
    ...(row.end ? { end: row.end } : {}),
    ...(row.hostCountry ? { hostCountry: row.hostCountry } : {}),
  };
  const issues = checkActivity(withDates);
  const problem = issues.find((i) => i.severity === "error") ?? issues.find((i) => i.severity === "warning");
  return problem ? formatIssue(problem, language) : "OK";
}

describe("a 1,000-row plan", () => {
  const rows = planRows(1000, 122);
  const cells = rows.map((row, i) => [...row.cells, `=MOBILITY_CHECK(A${i + 1}, B${i + 1}, C${i + 1}, D${i + 1}, E${i + 1}, F${i + 1})`]);

  test.each(["en", "lv"] as const)("the MOBILITY_CHECK column agrees row by row with src/rules (%s)", (language) => {
    setLanguage(language);
    const engine = sheet(cells);
    const values = engine.getSheetValues(0);
    const column = values.map((row) => row[6]);
    // Dates reach the function both as serial numbers and as text.
    expect(values.some((row) => typeof row[2] === "number") && values.some((row) => typeof row[2] === "string")).toBe(true);
    const expected = rows.map((row) => rulesSay(row, language));
    const disagreements = column.flatMap((value, i) =>
      value === expected[i] ? [] : [{ row: i + 1, cells: rows[i].cells, value, expected: expected[i] }],
    );
    expect(disagreements).toEqual([]);
    // The plan is varied enough to mean something: valid rows and rows with several kinds of problems.
    expect(column.filter((v) => v === "OK").length).toBeGreaterThan(50);
    expect(new Set(column).size).toBeGreaterThan(100);
  });
});

describe("recalculation after an edit", () => {
  test("changing a label, a date or the sector recalculates the formulas that depend on it", () => {
    const engine = sheet([
      [
        "VET",
        "Job shadowing",
        "01.06.2026",
        "05.06.2026",
        "=MOBILITY_MAX_DAYS(A1, B1)",
        "=MOBILITY_CHECK(A1, B1, C1, D1)",
        "=MOBILITY_DAYS(C1, D1)",
      ],
      ["=MOBILITY_ACTIVITIES(A1)"],
    ]);
    expect(valueAt(engine, "E1")).toBe(60);
    expect(valueAt(engine, "F1")).toBe("OK");
    expect(valueAt(engine, "G1")).toBe(5);
    expect(valueAt(engine, "A2")).toBe("LM-SKILL-VET");

    engine.setCellContents({ sheet: 0, col: 1, row: 0 }, "Kursi un apmācības");
    expect(valueAt(engine, "E1")).toBe(10);
    expect(valueAt(engine, "F1")).toBe("OK");

    engine.setCellContents({ sheet: 0, col: 3, row: 0 }, "20.06.2026");
    expect(valueAt(engine, "G1")).toBe(20);
    expect(valueAt(engine, "F1")).toBe("Courses and training lasts 20 days; the maximum is 10 days (travel days not counted).");

    engine.setCellContents({ sheet: 0, col: 0, row: 0 }, "SCH");
    expect(valueAt(engine, "A2")).toBe("LM-GRP-PUPIL");
    expect(valueAt(engine, "A11")).toBe(null); // SCH has 9 activity types, VET 10

    engine.setCellContents({ sheet: 0, col: 0, row: 0 }, null);
    expect(errorAt(engine, "E1").message).toBe("The sector is missing: expected VET, SCH or ADU.");
    expect(valueAt(engine, "F1")).toBe("The sector is missing: expected VET, SCH or ADU.");
  });
});

describe("the Latvian function names of functions-lv.json in formulas", () => {
  test("each function by its Latvian name, arguments separated by semicolons", () => {
    const engine = sheet(
      [
        ['=MOBILITĀTES_MAKS_DIENAS("PIA"; "Ēnošana darbā")'],
        ['=MOBILITĀTES_MIN_DIENAS("PIA"; "Īstermiņa audzēkņu mobilitāte"; "jā")'],
        ['=MOBILITĀTES_DIENAS("01.06.2026."; "14.06.2026.")'],
        ['=MOBILITĀTES_PĀRBAUDE("PIA"; "Ēnošana darbā"; "01.06.2026."; "14.06.2026."; ; "Vācija")'],
        ['=MOBILITĀTES_AKTIVITĀTES_KODS("Ēnošana darbā")'],
        ['=MOBILITĀTES_VALSTS_DER("Šveice")'],
        ['=ROWS(MOBILITĀTES_AKTIVITĀTES("Skolu izglītība"))'],
        ['=MOBILITĀTES_GRANTS("PIA"; "Ēnošana darbā"; 5; "Vācija"; 1365)'],
        ["=MOBILITĀTES_ATTĀLUMA_JOSLA(1365)"],
      ],
      { language: "lvLV", functionArgSeparator: ";" },
    );
    expect(engine.getSheetValues(0).map((row) => row[0])).toEqual([
      60,
      2,
      14,
      "OK",
      "SM-JOB-SHDW",
      false,
      activitiesOfSector("SCH").length,
      1408,
      "500–1999 km",
    ]);
    expect(Object.keys(LATVIAN_NAMES)).toHaveLength(9);
  });
});
