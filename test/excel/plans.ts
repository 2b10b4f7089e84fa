/**
 * Generated mobility plans for the Excel layer's tests and bench: a project block, a header row, and activity rows
 * with dates as date-formatted serials and some deliberate mistakes (so the audit flags cells). Deterministic.
 */
import { type FakeSheetData, type FakeValue, cellKey, fakeSheet } from "./fake-excel";

export const PLAN_HEADER = [
  "Participant",
  "Role",
  "Activity type",
  "Start date",
  "End date",
  "Duration days",
  "Travel days",
  "Green travel",
  "Sending country",
  "Host country",
  "Host organisation",
  "Group",
  "Fewer opportunities",
  "Course title",
] as const;

/** Rows above the table: the project block. The header is on row 7 (index 6). */
export const HEADER_INDEX = 6;

const ACTIVITIES = [
  "Job shadowing",
  "Courses and training",
  "Teaching or training assignments",
  "Short-term learning mobility of VET learners",
];
const HOSTS = [
  ["IT", "Istituto Tecnico Industriale Galileo Galilei"],
  ["DE", "Berufsbildende Schule Wirtschaft Mainz"],
  ["FI", "Tampere Vocational College Tredu"],
  ["ES", "Centro Integrado de Formación Profesional Tartanga"],
] as const;
const NAMES = ["Anna Bērziņa", "Jānis Kalniņš", "Līga Ozola", "Pēteris Liepa", "Ilze Krūmiņa", "Mārtiņš Zariņš"];

/** Excel serial of an ISO date (1900 system). */
export function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export interface PlanOptions {
  /** One row in `mistakeEvery` has a mistake (0: none). */
  readonly mistakeEvery?: number;
  readonly date1904?: boolean;
  readonly protected?: boolean;
  /**
   * Rows past this many are accompanying persons, who do not count towards the 30-activity cap (default 30: a plan
   * within the cap, so that only the deliberate mistakes are flagged; Infinity: every row a participant).
   */
  readonly participants?: number;
  /** Travel days of every row (default 2, within the limit; 3 or more flags every row: travel-days-exceeded). */
  readonly travelDays?: number;
}

/** A plan sheet with `rows` activity rows. */
export function planSheet(name: string, rows: number, options: PlanOptions = {}): FakeSheetData {
  const offset = options.date1904 ? 1462 : 0;
  const values: FakeValue[][] = [
    ["Erasmus+ KA122 mobility plan"],
    ["Sector", "VET"],
    ["Call", "2026-R1"],
    ["Project start", serial("2026-09-01") - offset],
    ["Project end", serial("2027-08-31") - offset],
    ["Sending country", "LV"],
    [...PLAN_HEADER],
  ];
  const formats = new Map<number, string>();
  formats.set(cellKey(3, 1), "dd.mm.yyyy");
  formats.set(cellKey(4, 1), "dd.mm.yyyy");
  const every = options.mistakeEvery ?? 0;
  for (let i = 0; i < rows; i++) {
    const row = HEADER_INDEX + 1 + i;
    const activity = ACTIVITIES[i % 2]; // staff activities: job shadowing (2–60 days), courses (2–10 days)
    const [hostCountry, host] = HOSTS[i % HOSTS.length];
    const start = serial("2026-10-05") + (i % 200) - offset;
    let length = activity === "Job shadowing" ? 5 : 4;
    let green = "No";
    let travel = options.travelDays ?? 2;
    let country: string = hostCountry;
    if (every > 0 && i % every === every - 1) {
      // Deliberate mistakes, in turn: too long a course, too many travel days, an ineligible host country.
      const kind = Math.floor(i / every) % 3;
      if (kind === 0) length = 14;
      else if (kind === 1) travel = 4;
      else country = "CH";
      green = kind === 1 ? "No" : green;
    }
    const end = start + length - 1;
    values.push([
      `${NAMES[i % NAMES.length]} ${i + 1}`,
      i < (options.participants ?? 30) ? "Staff" : "Accompanying person",
      activity === "Job shadowing" ? activity : "Courses and training",
      start,
      end,
      length,
      travel,
      green,
      "LV",
      country,
      host,
      "",
      "No",
      activity === "Job shadowing" ? "" : `Course ${i + 1}`,
    ]);
    formats.set(cellKey(row, 3), "dd.mm.yyyy");
    formats.set(cellKey(row, 4), "dd.mm.yyyy");
  }
  return fakeSheet(name, values, { formats, protected: options.protected ?? false });
}
