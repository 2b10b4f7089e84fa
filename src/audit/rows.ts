/**
 * Table rows to typed activities. Each mapped cell is read by its field's type; a cell that cannot be read becomes
 * an input problem on that cell and the field is left empty (the rules then check what they still can). Blank rows,
 * totals, notes and repeated header rows below or inside the table are not activities and are not audited as such.
 */
import { planDate, resolveActivityLabel, yesNoText, type Activity, type ActivityId, type DateRange } from "../rules";
import { cellText, isBlank, isCellDate, type CellValue, type SheetGrid } from "./grid";
import type { AuditField } from "./header-labels";
import type { TableLayout } from "./find-table";
import { cellDateValue, readDate, readKm, readNumber, readText, readYesNo, type Reading } from "./read-cell";
import { readPeriod } from "./read-period";

type Reader = (value: CellValue, date1904: boolean) => Reading<string | number | boolean | DateRange>;

/** Which reader each field takes: data, so a new field is a new row here. */
const READERS: Readonly<Record<AuditField, Reader>> = {
  participant: readText,
  role: readText,
  sector: readText,
  activity: readText,
  start: readDate,
  end: readDate,
  durationDays: readNumber,
  travelDays: readNumber,
  greenTravel: readYesNo,
  sendingCountry: readText,
  hostCountry: readText,
  hostOrganisation: readText,
  group: readText,
  mentor: readText,
  course: readText,
  fewerOpportunities: readYesNo,
  recentGraduate: readYesNo,
  graduationDate: readDate,
  distanceKm: readKm,
  distanceBand: readText,
  linguisticSupport: readYesNo,
  accompanying: readYesNo,
  surname: readText,
  period: readPeriod,
};

/** A row is an activity when one of these holds something. */
const KEY_FIELDS: readonly AuditField[] = ["participant", "activity", "start", "end", "period"];

/**
 * First words of totals and note rows, English and Latvian: whole words, so that "Summer Jones" or "Kopaņeva" is a
 * participant, not a totals line.
 */
const NOT_AN_ACTIVITY =
  /^(?:\*|(?:kop[aā]|kop[eē]j(?:[aā]|ais|ie|ās)?|kopsumma|summa|pavisam|total|totals|sum|subtotal|starpsumma|piez[iī]m(?:e|es|ei)?|notes?|comments?|koment[aā]r(?:s|i|u)?)(?![\p{L}\p{N}]))/iu;
/** A single long text in a row is a note, whatever column it stands in. */
const NOTE_LENGTH = 60;

export interface InputProblem {
  readonly field: AuditField;
  readonly columnIndex: number;
  readonly reading: Exclude<Reading<unknown>, { ok: true }>;
}

/**
 * A table's activities (each one's id says its row) and their input problems (rare) by position: no wrapper object
 * per row, which over 100,000 rows the garbage collector would copy and promote.
 */
export interface TableRows {
  readonly activities: Activity[];
  /** By position in `activities`; rows that read cleanly have no entry. */
  readonly problems: ReadonlyMap<number, readonly InputProblem[]>;
}

export function isActivityRow(cells: readonly CellValue[], layout: TableLayout): boolean {
  return isActivityRowOf(cells, layout, planOf(layout));
}

/** isActivityRow with the layout's plan looked up once by the caller, not once per row. */
function isActivityRowOf(cells: readonly CellValue[], layout: TableLayout, { keyColumns }: LayoutPlan): boolean {
  let filled = 0;
  let first: CellValue | undefined;
  // Whether a row holds nothing, one cell or more is all that matters: stop at the second filled cell.
  for (let i = 0; i < cells.length && filled < 2; i++) {
    const cell = cells[i];
    if (isBlank(cell)) continue;
    if (filled++ === 0) first = cell;
  }
  if (filled === 0) return false;
  // The first cell's text only when it is needed: most rows start with a number or a name.
  if (filled === 1 && cellText(first).length > NOTE_LENGTH) return false;
  // "Kopā", "Total", "Piezīme: ..." start a totals or note row, unless the row plainly plans an activity: a
  // participant called "Sum Li" with a known activity type or a date is a participant.
  if (typeof first === "string" && NOT_AN_ACTIVITY.test(cellText(first)) && !plansAnActivity(cells, layout)) return false;
  for (let k = 0; k < keyColumns.length; k++) if (!isBlank(cells[keyColumns[k]])) return true;
  return false;
}

function plansAnActivity(cells: readonly CellValue[], layout: TableLayout): boolean {
  const cell = (field: AuditField) => {
    const index = layout.columns.get(field);
    return index === undefined ? undefined : cells[index];
  };
  const activity = cell("activity");
  if (typeof activity === "string" && resolveActivityLabel(activity).value !== undefined) return true;
  return (["start", "end"] as const).some((field) => {
    const reading = readDate(cell(field), false);
    return reading.ok && reading.value !== undefined;
  });
}

interface ColumnReader {
  readonly field: AuditField;
  readonly index: number;
  readonly reader: Reader;
}

/** What rows.ts needs of a layout, worked out once per layout rather than once per row of 100,000. */
interface LayoutPlan {
  /** The columns with their readers, as an array: iterating the Map for every row costs more. */
  readonly readers: readonly ColumnReader[];
  /** Indexes of the KEY_FIELDS columns the layout has. */
  readonly keyColumns: readonly number[];
}

const PLANS = new WeakMap<TableLayout, LayoutPlan>();

/** A period column gives the dates only to a table without date columns (a "Date" beside them is something else). */
export function isRead(field: AuditField, layout: TableLayout): boolean {
  return field !== "period" || !(layout.columns.has("start") || layout.columns.has("end"));
}

function planOf(layout: TableLayout): LayoutPlan {
  let plan = PLANS.get(layout);
  if (!plan) {
    plan = {
      readers: [...layout.columns]
        .filter(([field]) => isRead(field, layout))
        .map(([field, index]) => ({ field, index, reader: READERS[field] })),
      keyColumns: KEY_FIELDS.filter((field) => isRead(field, layout))
        .map((field) => layout.columns.get(field))
        .filter((index) => index !== undefined),
    };
    PLANS.set(layout, plan);
  }
  return plan;
}

const NO_PROBLEMS: readonly InputProblem[] = Object.freeze([]);
const HASH = 35;

/**
 * The value of a plain cell read without a Reading object, as its reader would read it; undefined when the reader
 * must decide (a blank, an error value, text starting with "#", anything unreadable). Most of a plan's cells are
 * plain text, date cells and numbers: 100,000 rows would otherwise make a million short-lived readings.
 */
function plainValue(reader: Reader, cell: CellValue, date1904: boolean): string | number | boolean | DateRange | undefined {
  if (typeof cell === "string") {
    // A string that is neither blank nor an error value ("#N/A"): blanks and "#…" take the reader's own path.
    const text = cell.trim();
    if (text === "" || text.charCodeAt(0) === HASH) return undefined;
    if (reader === readText) return text;
    if (reader === readDate) return planDate(cell, date1904);
    if (reader === readYesNo) return yesNoText(cell);
    return undefined;
  }
  if (typeof cell === "number") {
    if (reader === readNumber) return Number.isFinite(cell) ? cell : undefined;
    if (reader === readDate) return planDate(cell, date1904);
    return undefined;
  }
  // An object with an error is an error value, whatever else it holds: the reader says so.
  if (reader === readDate && isCellDate(cell) && !("error" in cell)) return cellDateValue(cell);
  return undefined;
}

interface ActivityValues extends Record<string, string | number | boolean> {
  id: ActivityId;
}

/**
 * A plain object (its prototype is Object.prototype, as a literal's is) made by `new`, so that V8 gives it room for
 * the fields a row fills in: a literal `{ id }` grows a separate property store three times per row.
 */
const ActivityValues = function (this: ActivityValues, id: ActivityId) {
  this.id = id;
} as unknown as new (id: ActivityId) => ActivityValues;
ActivityValues.prototype = Object.prototype;

/** The activity of one row; `id` is the caller's reference. */
export function readRow(
  cells: readonly CellValue[],
  layout: TableLayout,
  id: ActivityId,
  date1904: boolean,
): { activity: Activity; problems: readonly InputProblem[] } {
  let problems: readonly InputProblem[] = NO_PROBLEMS;
  const activity = rowActivity(cells, planOf(layout).readers, id, date1904, (found) => (problems = found));
  return { activity, problems };
}

/** readRow's work: the activity, its problems (if any) handed to `onProblems`, so that a clean row makes one object. */
function rowActivity(
  cells: readonly CellValue[],
  readers: LayoutPlan["readers"],
  id: ActivityId,
  date1904: boolean,
  onProblems: (problems: InputProblem[]) => void,
): Activity {
  // Built in place, without spread or delete: both are slow over 100,000 rows.
  const values = new ActivityValues(id);
  let problems: InputProblem[] | undefined;
  let accompanying: boolean | undefined;
  let surname: string | undefined;
  for (let r = 0; r < readers.length; r++) {
    const { field, index: column, reader } = readers[r];
    const cell = cells[column];
    let value = plainValue(reader, cell, date1904);
    if (value === undefined) {
      const reading = reader(cell, date1904);
      if (!reading.ok) (problems ??= []).push({ field, columnIndex: column, reading });
      value = reading.ok ? reading.value : undefined;
      if (value === undefined) continue;
    }
    if (field === "period") {
      values.start = (value as DateRange).start;
      values.end = (value as DateRange).end;
    } else if (field === "accompanying") accompanying = value === true;
    else if (field === "surname") surname = value as string;
    else values[field] = value as string | number | boolean;
  }
  // First name and surname in two columns are one participant: two Annas are two people.
  if (surname !== undefined) values.participant = values.participant === undefined ? surname : `${values.participant} ${surname}`;
  // A yes in an "accompanying person" column makes the row an accompanying person's, unless a role says otherwise.
  if (accompanying === true && values.role === undefined) values.role = "accompanying";
  if (problems) onProblems(problems);
  return values as Activity;
}

/** The header's text of each read column, lower case, to tell a repeated header row (a second block, a page header). */
function headerTexts(sheet: SheetGrid, layout: TableLayout): [index: number, text: string][] {
  const header = sheet.rows[layout.headerIndex] ?? [];
  return [...layout.columns.values()]
    .map((index): [number, string] => [index, cellText(header[index]).toLowerCase()])
    .filter(([, text]) => text !== "");
}

function isHeaderRepeat(cells: readonly CellValue[], header: readonly [number, string][]): boolean {
  let same = 0;
  for (let h = 0; h < header.length; h++) {
    // Not `const [index, text] = header[h]`: taking a tuple apart steps an iterator, per column of every row.
    const text = header[h][1];
    const cell = cells[header[h][0]];
    if (typeof cell !== "string" || cell.length > text.length + 10) continue;
    // Lengths first, so that most cells of 100,000 rows are not lower-cased to be compared. Lower-casing never
    // shortens a text and at most doubles it ("İ" → "i̇"), so a cell of another length cannot match.
    const trimmed = cell.trim();
    if (trimmed.length > text.length || trimmed.length * 2 < text.length) continue;
    // An ASCII first letter that differs settles it without lower-casing the whole cell.
    const first = trimmed.charCodeAt(0);
    if (first < 128 && (first >= 65 && first <= 90 ? first + 32 : first) !== text.charCodeAt(0)) continue;
    if (trimmed.toLowerCase() === text && ++same >= 2) return true;
  }
  return false;
}

export function readRows(sheet: SheetGrid, layout: TableLayout, idOf: (index: number) => ActivityId, date1904: boolean): TableRows {
  const activities: Activity[] = [];
  const problems = new Map<number, readonly InputProblem[]>();
  const onProblems = (found: InputProblem[]) => problems.set(activities.length, found);
  const header = headerTexts(sheet, layout);
  const plan = planOf(layout);
  for (let index = layout.headerIndex + 1; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index];
    if (!isActivityRowOf(cells, layout, plan) || isHeaderRepeat(cells, header)) continue;
    activities.push(rowActivity(cells, plan.readers, idOf(index), date1904, onProblems));
  }
  return { activities, problems };
}
