/**
 * Large, realistic mobility plans for the benchmarks: a school (SCH) project block and a table with Latvian headers,
 * then `rows` rows mixing the sector's activities (job shadowing, courses, teaching assignments, pupil groups with an
 * accompanying teacher, short- and long-term pupil mobility, preparatory visits, invited experts), names, hosts,
 * mentors and course titles, dates written as date cells, Latvian text dates and ISO text, and a few mistakes (about
 * 1 row in 50: a duration out of range, a non-eligible country, a stated duration that disagrees). Deterministic.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from "../src/audit";
import { LATVIAN_HEADERS as HEADERS, seededRandom as random } from "../test/fixtures/plan-data";

export { HEADERS, random };

/** 0-based columns of the table. */
export const COLUMNS = { start: 4, end: 5, duration: 6, country: 7 } as const;
export const HEADER_ROW = 10;

const FIRST = [
  "Ilze",
  "Andris",
  "Līga",
  "Kristaps",
  "Dace",
  "Laura",
  "Roberts",
  "Elīza",
  "Marta",
  "Emīls",
  "Sandra",
  "Māris",
  "Inga",
  "Annija",
  "Jānis",
  "Inese",
  "Zane",
  "Gints",
  "Baiba",
  "Rūta",
  "Oskars",
  "Agnese",
  "Edgars",
  "Kristīne",
  "Valdis",
];
const LAST = [
  "Kalniņa",
  "Ozols",
  "Zariņa",
  "Vītols",
  "Jansone",
  "Liepiņa",
  "Kļaviņš",
  "Siliņa",
  "Ābele",
  "Krūmiņš",
  "Pētersone",
  "Bērziņš",
  "Ozoliņa",
  "Kalēja",
  "Kalns",
  "Bērziņa",
  "Krastiņa",
  "Lapiņš",
  "Eglīte",
  "Vanaga",
  "Sproģis",
  "Liepa",
  "Zvaigzne",
  "Rozīte",
];
const COUNTRIES = [
  "Itālija",
  "Somija",
  "Portugāle",
  "Spānija",
  "Vācija",
  "Francija",
  "Īrija",
  "Lietuva",
  "Austrija",
  "Igaunija",
  "Polija",
  "Čehija",
  "Nīderlande",
  "Zviedrija",
  "Norvēģija",
  "Islande",
  "Grieķija",
  "Horvātija",
  "Slovēnija",
  "Malta",
];
const COURSES = [
  "Digitālie rīki mācību stundā",
  "CLIL methodology",
  "Phenomenon-based learning",
  "Inclusive classroom",
  "Outdoor education",
  "STEAM projects",
  "Classroom management",
  "Mental health at school",
];

const DAY = 86_400_000;
const PROJECT_START = Date.UTC(2026, 8, 1);

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function latvianText(time: number): string {
  const [y, m, d] = iso(time).split("-");
  return `${d}.${m}.${y}.`;
}

interface Kind {
  readonly activity: string;
  readonly role: string;
  readonly min: number;
  readonly max: number;
  readonly weight: number;
}

const KINDS: readonly Kind[] = [
  { activity: "Ēnošana darbā", role: "Skolotāja", min: 2, max: 10, weight: 25 },
  { activity: "Kursi un apmācības", role: "Skolotājs", min: 5, max: 10, weight: 25 },
  { activity: "Nodarbību vadīšana", role: "Skolotāja", min: 3, max: 14, weight: 10 },
  { activity: "Izglītojamo grupu mobilitāte", role: "Skolēns", min: 5, max: 10, weight: 20 },
  { activity: "Izglītojamo īstermiņa mācību mobilitāte", role: "Skolniece", min: 10, max: 29, weight: 10 },
  { activity: "Izglītojamo ilgtermiņa mācību mobilitāte", role: "Skolēns", min: 30, max: 120, weight: 4 },
  { activity: "Sagatavošanās vizīte", role: "Skolotājs", min: 1, max: 3, weight: 3 },
  { activity: "Ekspertu uzaicināšana", role: "Eksperts", min: 2, max: 10, weight: 3 },
];
const TOTAL_WEIGHT = KINDS.reduce((n, k) => n + k.weight, 0);

function pick<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(r() * list.length)];
}

function kindOf(r: () => number): Kind {
  let x = r() * TOTAL_WEIGHT;
  for (const kind of KINDS) if ((x -= kind.weight) < 0) return kind;
  return KINDS[0];
}

/** A date cell as the grid holds it, in one of the ways plans write dates. */
function dateCell(time: number, r: () => number): CellValue {
  const x = r();
  if (x < 0.8) return { date: iso(time) };
  if (x < 0.95) return latvianText(time);
  return iso(time);
}

/** The table's data rows (without header), as grid rows, one at a time: as many as a full-height sheet holds. */
export function* planRowStream(seed = 2026): Generator<CellValue[]> {
  const r = random(seed);
  let count = 0;
  for (;;) {
    // Every row of a pupil group holds the group's first number.
    const n = count + 1;
    const kind = kindOf(r);
    const start = PROJECT_START + Math.floor(r() * 300) * DAY;
    const mistake = r();
    let days = kind.min + Math.floor(r() * (kind.max - kind.min + 1));
    if (mistake < 0.01) days = kind.max + 3;
    const end = start + (days - 1) * DAY;
    const country = mistake > 0.99 ? "Šveice" : pick(COUNTRIES, r);
    const host = `${pick(["Escola", "Schule", "Scuola", "Collège", "Koulu", "Skola"], r)} ${Math.floor(r() * 400) + 1}`;
    const stated = mistake > 0.98 && mistake <= 0.99 ? days + 2 : days;
    const person = () => `${pick(FIRST, r)} ${pick(LAST, r)} ${n}`;
    const base = (name: string, role: string, group: string | null): CellValue[] => [
      n,
      name,
      role,
      kind.activity,
      dateCell(start, r),
      dateCell(end, r),
      stated,
      country,
      host,
      kind.activity === "Ēnošana darbā" ? `${pick(FIRST, r)} ${pick(LAST, r)} (${host})` : null,
      kind.activity === "Kursi un apmācības" ? `${pick(COURSES, r)} ${Math.floor(r() * 2000)}` : null,
      group,
      kind.role.startsWith("Skol") && kind.role !== "Skolotājs" && kind.role !== "Skolotāja" ? (r() < 0.1 ? "Jā" : "Nē") : null,
    ];
    if (kind.activity === "Izglītojamo grupu mobilitāte") {
      const group = `G${n}`;
      for (let i = 0; i < 4; i++, count++) yield base(person(), i % 2 ? "Skolniece" : "Skolēns", group);
      count++;
      yield base(person(), "Pavadošā persona", group);
    } else {
      count++;
      yield base(person(), kind.role, null);
    }
  }
}

/** The table's data rows (without header), as grid rows. */
export function planRows(count: number, seed = 2026): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const row of planRowStream(seed)) {
    if (rows.length >= count) break;
    rows.push(row);
  }
  return rows;
}

/** Title, project block and header rows above the table (rows 1–10). */
export function topRows(): CellValue[][] {
  return [
    ["Erasmus+ KA122-SCH īstermiņa projekts 2026"],
    ["Ozolkalna vidusskola: plānotās mobilitātes"],
    [],
    [null, "Sektors", null, "SCH"],
    [null, "Konkursa kārta", null, "2026. gada konkurss, 1. kārta"],
    [null, "Projekta sākums", null, { date: "2026-09-01" }],
    [null, "Projekta beigas", null, "31.08.2027."],
    [null, "Valsts", null, "Latvija"],
    [],
    [...HEADERS],
  ];
}

/** A whole workbook grid of `rows` plan rows. */
export function planGrid(rows: number, seed = 2026): WorkbookGrid {
  const sheet: SheetGrid = { name: "Mobilitātes", rows: [...topRows(), ...planRows(rows, seed)], firstRow: 1, firstColumn: 1 };
  return { sheets: [sheet] };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
