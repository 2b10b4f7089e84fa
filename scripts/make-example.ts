/**
 * Writes examples/planning-2026.xlsx (`npx ts-node --transpile-only scripts/make-example.ts`): a Latvian school's KA122
 * plan with deliberate mistakes (EXAMPLE_MISTAKES), described in README "The example plan"; a test checks the file.
 */
import { resolve } from "node:path";
import { Workbook, type Worksheet } from "exceljs";
import { LATVIAN_HEADERS } from "../test/fixtures/plan-data";

export const EXAMPLE_PATH = resolve(__dirname, "..", "examples", "planning-2026.xlsx");
export const EXAMPLE_SHEET = "Mobilitātes";

export interface ExampleMistake {
  readonly rule: string;
  readonly cells: readonly string[];
  readonly what: string;
}

export const EXAMPLE_MISTAKES: readonly ExampleMistake[] = [
  { rule: "duration-above-max", cells: ["F12"], what: "a course of 12 days (courses and training: 2–10 days)" },
  {
    rule: "mentor-overbooked",
    cells: ["J13", "J14", "J15"],
    what: "three teachers shadow the same mentor on overlapping dates (at most 2)",
  },
  { rule: "country-not-eligible", cells: ["H16"], what: "host country Šveice (Switzerland is not eligible for KA122)" },
  {
    rule: "group-not-accompanied",
    cells: ["L17", "L18", "L19", "L20"],
    what: "the pupil group's accompanying teacher leaves a day before the group",
  },
  { rule: "date-order", cells: ["F22"], what: "an end date before the start date" },
  { rule: "duration-mismatch", cells: ["G23"], what: "a duration of 7 days for dates that make 5" },
];

/** A calendar date as exceljs writes dates: UTC midnight. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type DateCell = Date | string;
interface PlanRow {
  readonly name: string;
  readonly role: string;
  readonly activity: string;
  readonly start: DateCell;
  readonly end: DateCell;
  /** Typed duration; rows whose dates are both date cells get a formula instead, unless `days` is given. */
  readonly days?: number;
  readonly country: string;
  readonly host: string;
  readonly mentor?: string;
  readonly course?: string;
  readonly group?: string;
  readonly fewer?: string;
  /** One-way distance from Riga, km (the grant estimate's travel band); "Zaļais ceļojums" and "Valodas atbalsts". */
  readonly km: number;
  readonly green?: string;
  readonly language?: string;
}

/** The grant estimate's columns after the rule columns: distance, green travel, linguistic support (README "Grant estimate"). */
const BUDGET_HEADERS = ["Attālums (km)", "Zaļais ceļojums", "Valodas atbalsts"] as const;

const COURSE = "Digitālie rīki mācību stundā";

/** Rows 11–30 of the sheet. */
const ROWS: readonly PlanRow[] = [
  {
    name: "Ilze Kalniņa",
    role: "Skolotāja",
    activity: "Kursi un apmācības",
    start: "05.10.2026.",
    end: "09.10.2026.",
    days: 5,
    country: "Itālija",
    host: "Europass Teacher Academy Florence",
    km: 1780,
    course: COURSE,
  },
  // 1. A 12-day course.
  {
    name: "Andris Ozols",
    green: "Jā",
    role: "Skolotājs",
    activity: "Kursi un apmācības",
    start: day("2026-11-02"),
    end: day("2026-11-13"),
    country: "Somija",
    host: "EDUfinland Helsinki",
    km: 283,
    course: "Phenomenon-based learning",
  },
  // 2. Three teachers shadowing Ana Silva, 10–12 February together.
  {
    name: "Līga Zariņa",
    language: "Nē",
    role: "Skolotāja",
    activity: "“Ēnošana” darbā",
    start: day("2027-02-08"),
    end: day("2027-02-12"),
    country: "Portugāle",
    host: "Escola Básica de Alvalade",
    km: 3305,
    mentor: "Ana Silva",
  },
  {
    name: "Kristaps Vītols",
    language: "Nē",
    role: "Skolotājs",
    activity: "Ēnošana",
    start: day("2027-02-10"),
    end: day("2027-02-16"),
    country: "Portugāle",
    host: "Escola Básica de Alvalade",
    km: 3305,
    mentor: "Ana Silva",
  },
  {
    name: "Dace Jansone",
    language: "Nē",
    role: "Skolotāja",
    activity: "Ēnošana darbā",
    start: "2027-02-11",
    end: "2027-02-15",
    days: 5,
    country: "Portugālē",
    host: "Escola Básica de Alvalade",
    km: 3305,
    mentor: "Ana Silva",
  },
  // 3. Switzerland.
  {
    name: "Laura Liepiņa",
    language: "Nē",
    role: "Skolotāja",
    activity: "Nodarbību vadīšana",
    start: day("2027-03-15"),
    end: day("2027-03-19"),
    country: "Šveice",
    host: "Sekundarschule Zürich-Nord",
    km: 1468,
  },
  // 4. Pupil group 8.b, 12–16 April; the accompanying teacher (next row but four) goes 12–15 April only.
  {
    name: "Roberts Kļaviņš",
    role: "Skolēns",
    activity: "Izglītojamo grupu mobilitāte",
    start: day("2027-04-12"),
    end: day("2027-04-16"),
    country: "Spānija",
    host: "IES La Malvarrosa",
    km: 2762,
    group: "8.b",
    fewer: "Nē",
  },
  {
    name: "Elīza Siliņa",
    role: "Skolniece",
    activity: "Izglītojamo grupu mobilitāte",
    start: day("2027-04-12"),
    end: day("2027-04-16"),
    country: "Spānija",
    host: "IES La Malvarrosa",
    km: 2762,
    group: "8.b",
    fewer: "Jā",
  },
  {
    name: "Marta Ābele",
    role: "Skolniece",
    activity: "Izglītojamo grupu mobilitāte",
    start: day("2027-04-12"),
    end: day("2027-04-16"),
    country: "Spānija",
    host: "IES La Malvarrosa",
    km: 2762,
    group: "8.b",
    fewer: "Nē",
  },
  {
    name: "Emīls Krūmiņš",
    role: "Skolēns",
    activity: "Izglītojamo grupu mobilitāte",
    start: day("2027-04-12"),
    end: day("2027-04-16"),
    country: "Spānija",
    host: "IES La Malvarrosa",
    km: 2762,
    group: "8.b",
    fewer: "Nē",
  },
  {
    name: "Sandra Pētersone",
    role: "Pavadošā persona",
    activity: "Izglītojamo grupu mobilitāte",
    start: day("2027-04-12"),
    end: day("2027-04-15"),
    country: "Spānija",
    host: "IES La Malvarrosa",
    km: 2762,
    group: "8.b",
  },
  // 5. End before start.
  {
    name: "Māris Bērziņš",
    language: "Nē",
    role: "Skolotājs",
    activity: "Ēnošana darbā",
    start: day("2027-05-20"),
    end: day("2027-05-12"),
    country: "Vācija",
    host: "Gesamtschule Köln-Holweide",
    km: 1215,
    mentor: "Jens Becker",
  },
  // 6. Stated 7 days, the dates make 5.
  {
    name: "Inga Ozoliņa",
    role: "Skolotāja",
    activity: "Kursi un apmācības",
    start: "18.01.2027.",
    end: "22.01.2027.",
    days: 7,
    country: "Īrija",
    host: "Dublin Teacher Training Centre",
    km: 1962,
    course: "CLIL methodology",
  },
  {
    name: "Annija Kalēja",
    language: "Jā",
    role: "Skolniece",
    activity: "Izglītojamo īstermiņa mācību mobilitāte",
    start: "2027-03-01",
    end: "2027-03-19",
    days: 19,
    country: "Francija",
    host: "Collège Jean Moulin Lyon",
    km: 1900,
    fewer: "Nē",
  },
  {
    name: "Jānis Kalns",
    green: "Jā",
    language: "Nē",
    role: "Skolotājs",
    activity: "Nodarbību vadīšana",
    start: day("2026-12-07"),
    end: day("2026-12-11"),
    country: "Lietuva",
    host: "Vilniaus Žirmūnų gimnazija",
    km: 262,
  },
  // Two teachers shadowing one mentor at the same time is allowed.
  {
    name: "Inese Bērziņa",
    language: "Nē",
    role: "Skolotāja",
    activity: "Ēnošana darbā",
    start: day("2027-01-25"),
    end: day("2027-01-29"),
    country: "Austrija",
    host: "Volksschule Graz",
    km: 1130,
    mentor: "Katrin Müller",
  },
  {
    name: "Zane Krastiņa",
    language: "Nē",
    role: "Skolotāja",
    activity: "Ēnošana darbā",
    start: day("2027-01-26"),
    end: day("2027-01-29"),
    country: "Austrija",
    host: "Volksschule Graz",
    km: 1130,
    mentor: "Katrin Müller",
  },
  // Three on the same course together is the most allowed (with row 11).
  {
    name: "Gints Lapiņš",
    role: "Skolotājs",
    activity: "Kursi un apmācības",
    start: day("2026-10-05"),
    end: day("2026-10-09"),
    country: "Itālija",
    host: "Europass Teacher Academy Florence",
    km: 1780,
    course: COURSE,
  },
  {
    name: "Baiba Eglīte",
    role: "Skolotāja",
    activity: "Kursi un apmācības",
    start: "05.10.2026.",
    end: "09.10.2026.",
    days: 5,
    country: "Itālija",
    host: "Europass Teacher Academy Florence",
    km: 1780,
    course: COURSE,
  },
  {
    name: "Rūta Vanaga",
    role: "Skolotāja",
    activity: "Sagatavošanās vizīte",
    start: day("2026-11-16"),
    end: day("2026-11-17"),
    country: "Spānija",
    host: "IES La Malvarrosa",
    km: 2762,
  },
];

const HEADER_ROW = 10;
const FIRST_ROW = HEADER_ROW + 1;
const DATE_FORMAT = "dd.mm.yyyy";

function inclusiveDays(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1;
}

function writeProjectBlock(sheet: Worksheet) {
  sheet.getCell("A1").value = "Erasmus+ KA122-SCH īstermiņa projekts 2026";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.mergeCells("A1:I1");
  sheet.getCell("A2").value = "Ozolkalna vidusskola: plānotās mobilitātes";
  sheet.getCell("A2").font = { italic: true };
  sheet.mergeCells("A2:I2");
  const block: [string, string | Date][] = [
    ["Sektors", "SCH"],
    ["Konkursa kārta", "2026. gada konkurss, 1. kārta"],
    ["Projekta sākums", day("2026-09-01")],
    ["Projekta beigas", "31.08.2027."],
    ["Valsts", "Latvija"],
  ];
  block.forEach(([label, value], i) => {
    const row = 4 + i;
    sheet.getCell(`B${row}`).value = label;
    sheet.getCell(`B${row}`).font = { bold: true };
    const cell = sheet.getCell(`D${row}`);
    cell.value = value;
    if (value instanceof Date) cell.numFmt = DATE_FORMAT;
    cell.alignment = { horizontal: "left" };
  });
  sheet.mergeCells("B4:C4");
  sheet.mergeCells("B5:C5");
  sheet.mergeCells("B6:C6");
  sheet.mergeCells("B7:C7");
  sheet.mergeCells("B8:C8");
}

function writeTable(sheet: Worksheet) {
  const header = sheet.getRow(HEADER_ROW);
  header.values = [...LATVIAN_HEADERS, ...BUDGET_HEADERS];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle" };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.border = { bottom: { style: "thin" } };
  });

  ROWS.forEach((plan, i) => {
    const r = FIRST_ROW + i;
    const row = sheet.getRow(r);
    row.values = [
      i + 1,
      plan.name,
      plan.role,
      plan.activity,
      plan.start,
      plan.end,
      null,
      plan.country,
      plan.host,
      plan.mentor ?? null,
      plan.course ?? null,
      plan.group ?? null,
      plan.fewer ?? null,
      plan.km,
      plan.green ?? "Nē",
      plan.language ?? null,
    ];
    for (const column of ["E", "F"])
      if (sheet.getCell(`${column}${r}`).value instanceof Date) sheet.getCell(`${column}${r}`).numFmt = DATE_FORMAT;
    const duration = sheet.getCell(`G${r}`);
    if (plan.days === undefined && plan.start instanceof Date && plan.end instanceof Date) {
      // What Excel would cache for =F−E+1 (negative when the end is before the start).
      duration.value = { formula: `F${r}-E${r}+1`, result: inclusiveDays(plan.start, plan.end) };
    } else {
      duration.value = plan.days ?? null;
    }
    duration.numFmt = "0";
  });

  const totalRow = FIRST_ROW + ROWS.length;
  const lastRow = totalRow - 1;
  sheet.getCell(`A${totalRow}`).value = "Kopā";
  sheet.getCell(`A${totalRow}`).font = { bold: true };
  let total = 0;
  for (let r = FIRST_ROW; r <= lastRow; r++) {
    const value = sheet.getCell(`G${r}`).value;
    total +=
      typeof value === "number" ? value : typeof value === "object" && value !== null && "result" in value ? Number(value.result) : 0;
  }
  sheet.getCell(`G${totalRow}`).value = { formula: `SUM(G${FIRST_ROW}:G${lastRow})`, result: total };
  sheet.getCell(`G${totalRow}`).font = { bold: true };
  sheet.getCell(`A${totalRow + 2}`).value = "Piezīme: datumus var rakstīt kā datumus vai tekstu (dd.mm.gggg.).";
}

/** The example workbook, built in memory. */
export function buildExampleWorkbook(): Workbook {
  const workbook = new Workbook();
  workbook.creator = "Ozolkalna vidusskola";
  workbook.created = workbook.modified = new Date("2026-01-15T09:00:00Z");
  const sheet = workbook.addWorksheet(EXAMPLE_SHEET, { views: [{ state: "frozen", ySplit: HEADER_ROW }] });
  sheet.columns = [5, 22, 17, 32, 14, 14, 10, 16, 32, 14, 30, 8, 11, 11, 11, 11].map((width) => ({ width }));
  writeProjectBlock(sheet);
  writeTable(sheet);
  sheet.autoFilter = `A${HEADER_ROW}:P${HEADER_ROW + ROWS.length}`;
  return workbook;
}

if (require.main === module) {
  buildExampleWorkbook()
    .xlsx.writeFile(EXAMPLE_PATH)
    .then(() => console.log(`wrote ${EXAMPLE_PATH}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
