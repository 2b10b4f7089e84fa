/**
 * Any eligible plan, written with any spelling the audit accepts (header words, settings labels, date forms, country
 * names and codes, activity labels in either language), audits with no error: a false error on a valid plan is what
 * makes a coordinator stop trusting the tool. The spellings are pools below; each row draws its own.
 */
import fc from "fast-check";
import { auditWorkbook, type CellValue } from "../../src/audit";
import { ACTIVITY_TYPES, dayNumber, isoFromDayNumber, isoToSerial } from "../../src/rules";

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
  participant: ["Vārds, uzvārds", "Dalībnieks", "Participant", "Name"],
  activity: ["Aktivitātes veids", "Mobilitātes veids", "Activity type", "Activity"],
  start: ["Sākuma datums", "Sākums", "Start date", "From"],
  end: ["Beigu datums", "Beigas", "End date", "To"],
  host: ["Uzņemošā valsts", "Valsts", "Host country", "Receiving Country"],
  hostOrganisation: ["Uzņemošā organizācija", "Host organisation", "Receiving organisation"],
} as const;

/** The settings block: labels and values, each in several spellings. */
const SETTING_LABELS = {
  sector: ["Sektors", "Sector", "Sektors:", "Izglītības sektors"],
  call: ["Konkursa kārta", "Call round", "Kārta"],
  start: ["Projekta sākums", "Project start", "Projekta sākuma datums"],
  end: ["Projekta beigas", "Project end", "Projekta beigu datums"],
  country: ["Valsts", "Country", "Nosūtītājvalsts"],
} as const;
const SECTORS = ["VET", "vet", "Profesionālā izglītība", "Vocational education and training"];
const CALLS = ["2026-R1", "2026 Round 1", "1. kārta 2026", "2026-1"];
const COUNTRIES_LV = ["LV", "Latvija", "Latvia"];

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
});

describe("an eligible plan in any accepted spelling", () => {
  test("audits with no error", () => {
    fc.assert(
      fc.property(plan, (p) => {
        // Each person appears once per row: the same name on overlapping rows is one person in two places (a warning).
        const rows: CellValue[][] = [
          [p.labels.sector, p.sector],
          [p.labels.call, p.call],
          [p.labels.start, DATE_SPELLINGS[p.projectStart](PROJECT_START)],
          [p.labels.end, DATE_SPELLINGS[p.projectEnd](PROJECT_END)],
          [p.labels.country, p.country],
          [],
          [p.headers.participant, p.headers.activity, p.headers.start, p.headers.end, p.headers.host, p.headers.hostOrganisation],
          ...p.rows.map((r, i) => [`${r.name} ${i + 1}`, r.activity, r.start, r.end, r.host, `Host ${i + 1}`]),
        ];
        const report = auditWorkbook({ sheets: [{ name: "Plāns", rows }] });
        const errors = report.issues.filter((i) => i.severity === "error").map((i) => `${i.rule}@${i.cell}: ${i.message}`);
        expect({ project: report.project, errors }).toEqual({ project: report.project, errors: [] });
        expect(report.summary.rows).toBe(p.rows.length);
      }),
      { numRuns: 150 },
    );
  });
});
