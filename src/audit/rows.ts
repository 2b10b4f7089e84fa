/**
 * Table rows to typed activities. Each mapped cell is read by its field's type; a cell that cannot be read becomes
 * an input problem on that cell and the field is left empty (the rules then check what they still can). Blank rows,
 * totals, notes and repeated header rows below or inside the table are not activities and are not audited as such.
 */
import { resolveActivityLabel, type Activity } from "../rules";
import { cellText, isBlank, type CellValue, type SheetGrid } from "./grid";
import type { AuditField } from "./header-labels";
import type { TableLayout } from "./find-table";
import { readDate, readNumber, readText, readYesNo, type Reading } from "./read-cell";

type Reader = (value: CellValue, date1904: boolean) => Reading<string | number | boolean>;

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
  accompanying: readYesNo,
  surname: readText,
};

/** A row is an activity when one of these holds something. */
const KEY_FIELDS: readonly AuditField[] = ["participant", "activity", "start", "end"];

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

export interface RowActivity {
  readonly activity: Activity;
  /** Index into SheetGrid.rows. */
  readonly index: number;
  readonly problems: readonly InputProblem[];
}

export function isActivityRow(cells: readonly CellValue[], layout: TableLayout): boolean {
  let filled = 0;
  let first: CellValue | undefined;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    filled++;
    first ??= cell;
  }
  if (filled === 0) return false;
  const firstText = cellText(first);
  if (filled === 1 && firstText.length > NOTE_LENGTH) return false;
  const has = (field: AuditField) => {
    const index = layout.columns.get(field);
    return index !== undefined && !isBlank(cells[index]);
  };
  // "Kopā", "Total", "Piezīme: ..." start a totals or note row, unless the row plainly plans an activity: a
  // participant called "Sum Li" with a known activity type or a date is a participant.
  if (typeof first === "string" && NOT_AN_ACTIVITY.test(firstText) && !plansAnActivity(cells, layout)) return false;
  return KEY_FIELDS.some(has);
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

/** Each layout's columns with their readers, as an array: iterating the Map for every row of 100,000 costs more. */
const COLUMN_READERS = new WeakMap<TableLayout, readonly ColumnReader[]>();

function readersOf(layout: TableLayout): readonly ColumnReader[] {
  let readers = COLUMN_READERS.get(layout);
  if (!readers) {
    readers = [...layout.columns].map(([field, index]) => ({ field, index, reader: READERS[field] }));
    COLUMN_READERS.set(layout, readers);
  }
  return readers;
}

/** The activity of one row; `id` is the caller's reference. */
export function readRow(cells: readonly CellValue[], layout: TableLayout, id: string, date1904: boolean): { activity: Activity; problems: InputProblem[] } {
  // Built in place, without spread or delete: both are slow over 100,000 rows.
  const values: Record<string, string | number | boolean> = { id };
  const problems: InputProblem[] = [];
  let accompanying: boolean | undefined;
  for (const { field, index, reader } of readersOf(layout)) {
    const cell = cells[index];
    // The common case without a Reading object per cell (most of a plan's cells are plain text): what readText does
    // for a string that is neither blank nor an error value ("#N/A").
    if (reader === readText && typeof cell === "string") {
      const text = cell.trim();
      if (text === "") continue;
      if (text.charCodeAt(0) !== 35) {
        values[field] = text;
        continue;
      }
    }
    const reading = reader(cell, date1904);
    if (!reading.ok) problems.push({ field, columnIndex: index, reading });
    else if (reading.value === undefined) continue;
    else if (field === "accompanying") accompanying = reading.value === true;
    else values[field] = reading.value;
  }
  // First name and surname in two columns are one participant: two Annas are two people.
  if (values.surname !== undefined) {
    values.participant = values.participant === undefined ? values.surname : `${values.participant} ${values.surname}`;
    delete values.surname;
  }
  // A yes in an "accompanying person" column makes the row an accompanying person's, unless a role says otherwise.
  if (accompanying === true && values.role === undefined) values.role = "accompanying";
  return { activity: values as Activity, problems };
}

/** The header's text of each read column, lower case, to tell a repeated header row (a second block, a page header). */
function headerTexts(sheet: SheetGrid, layout: TableLayout): [index: number, text: string][] {
  const header = sheet.rows[layout.headerIndex] ?? [];
  return [...layout.columns.values()].map((index): [number, string] => [index, cellText(header[index]).toLowerCase()]).filter(([, text]) => text !== "");
}

function isHeaderRepeat(cells: readonly CellValue[], header: readonly [number, string][]): boolean {
  let same = 0;
  for (const [index, text] of header) {
    const cell = cells[index];
    if (typeof cell !== "string" || cell.length > text.length + 10) continue;
    // Lengths first, so that most cells of 100,000 rows are not lower-cased to be compared. Lower-casing never
    // shortens a text and at most doubles it ("İ" → "i̇"), so a cell of another length cannot match.
    const trimmed = cell.trim();
    if (trimmed.length > text.length || trimmed.length * 2 < text.length) continue;
    if (trimmed.toLowerCase() === text && ++same >= 2) return true;
  }
  return false;
}

export function readRows(sheet: SheetGrid, layout: TableLayout, idOf: (index: number) => string, date1904: boolean): RowActivity[] {
  const rows: RowActivity[] = [];
  const header = headerTexts(sheet, layout);
  for (let index = layout.headerIndex + 1; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index];
    if (!isActivityRow(cells, layout) || isHeaderRepeat(cells, header)) continue;
    const { activity, problems } = readRow(cells, layout, idOf(index), date1904);
    rows.push({ activity, index, problems });
  }
  return rows;
}

