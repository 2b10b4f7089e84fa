/**
 * Any eligible plan, written with any spelling the audit accepts (header words, settings labels, date forms, country
 * names and codes, activity labels in either language), audits with no error: a false error on a valid plan is what
 * makes a coordinator stop trusting the tool. The spellings are pools below; each row draws its own.
 */
import fc from "fast-check";
import { auditWorkbook, type CellValue } from "../../src/audit";
import { ACTIVITY_TYPES, dayNumber, isoFromDayNumber, isoToSerial } from "../../src/rules";

const LV_MONTHS_LOCATIVE = [
  "janvārī",
  "februārī",
  "martā",
  "aprīlī",
  "maijā",
  "jūnijā",
  "jūlijā",
  "augustā",
  "septembrī",
  "oktobrī",
  "novembrī",
  "decembrī",
];
const LV_MONTHS_SHORT = ["janv.", "febr.", "marts", "apr.", "maijs", "jūn.", "jūl.", "aug.", "sept.", "okt.", "nov.", "dec."];
const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The written forms of one ISO date a coordinator may type or Excel may hold. */
const DATE_SPELLINGS: readonly ((iso: string) => CellValue)[] = [
  (iso) => iso,
  (iso) => ({ date: iso }),
  (iso) => isoToSerial(iso) as number,
  (iso) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`,
  (iso) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}.`,
  (iso) => `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(2, 4)}`,
  (iso) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`,
  (iso) => `${iso}T00:00:00`,
  (iso) => `${iso.slice(0, 4)}. gada ${Number(iso.slice(8, 10))}. ${LV_MONTHS_LOCATIVE[Number(iso.slice(5, 7)) - 1]}`,
  (iso) => `${Number(iso.slice(8, 10))}. ${LV_MONTHS_SHORT[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}.`,
  (iso) => `${Number(iso.slice(8, 10))} ${EN_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`,
  (iso) => `${EN_MONTHS[Number(iso.slice(5, 7)) - 1].slice(0, 3)} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`,
  // A slash date whose day is above 12 reads one way only; with it in the sheet, day-first is settled.
  (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`,
];

/** Eligible hosts for a Latvian beneficiary, by code, English and Latvian name and the Latvian locative. */
const HOSTS: readonly string[] = [
  "DE",
  "de",
  "Germany",
  "Vācija",
  "Vācijā",
  "IT",
  "Italy",
  "Itālija",
  "Itālijā",
  "EL",
  "GR",
  "Greece",
  "Grieķijā",
];
const HOSTS_TR: readonly string[] = ["TR", "Türkiye", "Turkey", "Turcija", "Turcijā", "NO", "Norway", "Norvēģijā"];

/** VET staff activities, labels in either language, with the catalog's own duration bounds (days, inclusive). */
const STAFF = (["SM-JOB-SHDW", "SM-COUR-TRAIN", "SM-TTA"] as const).map((code) => {
  const type = ACTIVITY_TYPES.find((t) => t.sector === "VET" && t.code === code);
  if (!type || type.minDays === null || type.maxDays === null) throw new Error(`no bounds for ${code}`);
  return { labels: [type.code, type.en, type.lv, ...type.enAliases, ...type.lvAliases], min: type.minDays, max: type.maxDays };
});

/** Header words per column, English and Latvian. */
const HEADERS = {
  participant: ["Vārds, uzvārds", "Dalībnieks", "Participant", "Name", "Participant Id"],
  activity: ["Aktivitātes veids", "Mobilitātes veids", "Activity type", "Activity", "Activity Type"],
  start: ["Sākuma datums", "Sākums", "Start date", "From", "Start Date", "Datums no"],
  end: ["Beigu datums", "Beigas", "End date", "To", "End Date", "Datums līdz"],
  host: ["Uzņemošā valsts", "Valsts", "Host country", "Receiving Country"],
  hostOrganisation: ["Uzņemošā organizācija", "Host organisation", "Receiving organisation", "Receiving Organisation Legal Name"],
} as const;

/** The settings block: labels and values, each in several spellings. */
const SETTING_LABELS = {
  sector: ["Sektors", "Sector", "Sektors:", "Izglītības sektors", "Joma", "Izglītības joma", "Field of education"],
  call: ["Konkursa kārta", "Call round", "Kārta"],
  start: ["Projekta sākums", "Project start", "Projekta sākuma datums"],
  end: ["Projekta beigas", "Project end", "Projekta beigu datums"],
  country: ["Valsts", "Country", "Nosūtītājvalsts", "Beneficiary country"],
} as const;
const SECTORS = ["VET", "vet", "Profesionālā izglītība", "Vocational education and training"];
const CALLS = ["2026-R1", "2026 Round 1", "1. kārta 2026", "2026-1"];
const COUNTRIES_LV = ["LV", "Latvija", "Latvia"];

const NUMBER = "2026-1-LV01-KA122-VET-000042917";
const PROJECT_START = "2026-06-01";
const PROJECT_END = "2027-05-31";
const FIRST_DAY = dayNumber(PROJECT_START) as number;
const LAST_DAY = dayNumber(PROJECT_END) as number;

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** One activity row: a staff activity of allowed length inside the project, at an eligible host. */
const activityRow = fc
  .record({
    name: fc.constantFrom("Anna Bērziņa", "Jānis Ozols", "Līga Kalniņa", "Pēteris Liepa", "Ilze Zariņa"),
    kind: fc.nat(STAFF.length - 1),
    label: fc.nat(10),
    length: fc.nat(1_000),
    offset: fc.nat(1_000),
    host: pick([...HOSTS, ...HOSTS_TR]),
    spellStart: fc.nat(DATE_SPELLINGS.length - 1),
    spellEnd: fc.nat(DATE_SPELLINGS.length - 1),
  })
  .map(({ name, kind, label, length, offset, host, spellStart, spellEnd }) => {
    const { labels, min, max } = STAFF[kind];
    const days = min + (length % (Math.min(max, 90) - min + 1));
    const first = FIRST_DAY + (offset % (LAST_DAY - FIRST_DAY - days + 2));
    const start = isoFromDayNumber(first);
    const end = isoFromDayNumber(first + days - 1);
    return {
      name,
      activity: labels[label % labels.length],
      start: DATE_SPELLINGS[spellStart](start),
      end: DATE_SPELLINGS[spellEnd](end),
      host,
    };
  });

const plan = fc.record({
  rows: fc.array(activityRow, { minLength: 1, maxLength: 12 }),
  headers: fc.record(
    Object.fromEntries(Object.entries(HEADERS).map(([k, v]) => [k, pick(v)])) as { [K in keyof typeof HEADERS]: fc.Arbitrary<string> },
  ),
  labels: fc.record(
    Object.fromEntries(Object.entries(SETTING_LABELS).map(([k, v]) => [k, pick(v)])) as {
      [K in keyof typeof SETTING_LABELS]: fc.Arbitrary<string>;
    },
  ),
  sector: pick(SECTORS),
  call: pick(CALLS),
  country: pick(COUNTRIES_LV),
  projectStart: fc.nat(DATE_SPELLINGS.length - 1),
  projectEnd: fc.nat(DATE_SPELLINGS.length - 1),
  /** A label/value block, or only the project number (in a title or under its label) and the period in one cell. */
  numberOnly: fc.boolean(),
  numberCell: pick([
    `Erasmus+ projekts Nr. ${NUMBER} „Prasmes Eiropā”`,
    `${NUMBER}`,
    `Projekta Nr.: ${NUMBER.toLowerCase()}`,
    `Grant agreement No. ${NUMBER}`,
  ]),
  periodCell: pick([
    ["Projekta īstenošanas periods: 01.06.2026.–31.05.2027."],
    ["Projekta īstenošanas periods", "01.06.2026. – 31.05.2027."],
    ["Project period", "1 June 2026 – 31 May 2027"],
    ["Īstenošanas periods", "2026. gada 1. jūnijs – 2027. gada 31. maijs"],
  ]),
});

describe("an eligible plan in any accepted spelling", () => {
  test("audits with no error", () => {
    fc.assert(
      fc.property(plan, (p) => {
        // Each person appears once per row: the same name on overlapping rows is one person in two places (a warning).
        const settings: CellValue[][] = p.numberOnly
          ? [[p.numberCell], p.periodCell]
          : [
              [p.labels.sector, p.sector],
              [p.labels.call, p.call],
              [p.labels.start, DATE_SPELLINGS[p.projectStart](PROJECT_START)],
              [p.labels.end, DATE_SPELLINGS[p.projectEnd](PROJECT_END)],
              [p.labels.country, p.country],
            ];
        const rows: CellValue[][] = [
          ...settings,
          [],
          [p.headers.participant, p.headers.activity, p.headers.start, p.headers.end, p.headers.host, p.headers.hostOrganisation],
          ...p.rows.map((r, i) => [`${r.name} ${i + 1}`, r.activity, r.start, r.end, r.host, `Host ${i + 1}`]),
        ];
        const report = auditWorkbook({ sheets: [{ name: "Plāns", rows }] });
        const errors = report.issues.filter((i) => i.severity === "error").map((i) => `${i.rule}@${i.cell}: ${i.message}`);
        expect({ project: report.project, errors }).toEqual({ project: report.project, errors: [] });
        // Every setting was read, from the block or from the number and the period.
        expect(report.issues.filter((i) => i.cell === null).map((i) => i.rule)).toEqual([]);
        expect(report.summary.rows).toBe(p.rows.length);
      }),
      { numRuns: 150 },
    );
  });
});
