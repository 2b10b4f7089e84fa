/**
 * Project settings (call round, sector, project start and end, the beneficiary's country, action, project number) from
 * a key/value block in the workbook: a sheet such as "Projekts"/"Project", or label/value cells above the plan table.
 * A label is a cell whose text names a setting ("Projekta sākums", "Sector:"); its value is the next filled cell to
 * its right, the text after a colon in the same cell ("Sektors: VET"), or the cell below it. A value that can only be
 * one setting (a project number, a sector's name) is taken without a label. The project number gives the call round,
 * the country, the action and the sector that no label gives (src/rules/project-number.ts).
 */
import {
  actionNamed,
  sectorNamed,
  PROJECT_SETTINGS,
  findProjectNumber,
  parseDateRange,
  settingsOfNumber,
  type Project,
  type ProjectNumber,
  type ProjectSetting,
} from "../rules";
import { cellAddress } from "./address";
import { cellText, isBlank, type CellValue, type SheetGrid, type WorkbookGrid } from "./grid";
import { HEADER_LABELS } from "./header-labels";
import { headerMatcher } from "./headers";
import { readDate, readText, type Reading } from "./read-cell";
import { PERIOD_LABELS, PROJECT_LABELS, WORKBOOK_SETTINGS, type WorkbookSetting } from "./setting-labels";

export { PERIOD_LABELS, PROJECT_LABELS, WORKBOOK_SETTINGS, type WorkbookSetting } from "./setting-labels";

/**
 * What a label names. A table's start and end headers ("Sākuma datums", "From") name the project's start and end in a
 * settings block too, but only with a date beside them: "From: Rīgas tehnikums" is no setting.
 */
type LabelKind = WorkbookSetting | "period" | "columnStart" | "columnEnd";

const matchLabel = headerMatcher<LabelKind>(
  { ...PROJECT_LABELS, period: PERIOD_LABELS, columnStart: HEADER_LABELS.start, columnEnd: HEADER_LABELS.end },
  ["the", "of", "date", "datums", "projekta", "project", "gads", "year", "erasmus", "ka1"],
);

/** Sheets that hold project settings by name. */
export const SETTINGS_SHEET = /projekt|project|iestat|setting|info|pamatdati/i;
/** Settings are looked for in this block of a settings sheet. */
const SCAN_ROWS = 60;
const SCAN_COLUMNS = 12;
/** How far right of its label a value may stand. */
const VALUE_REACH = 3;
/** Longer text is no label; a title holding a project number may be longer, up to this. */
const MAX_LABEL = 80;
const MAX_TITLE = 500;

export interface SettingCell {
  readonly sheet: string;
  readonly cell: string;
  readonly row: number;
  /** Set when the setting was not written but taken from the project number in this cell. */
  readonly via?: "number";
}

export interface FoundSetting {
  readonly field: WorkbookSetting;
  readonly value: CellValue;
  readonly at: SettingCell;
  /** Taken for its value alone, under no label (a label found anywhere wins over it). */
  readonly valueOnly?: boolean;
  /** A label with no value beside, after or below it: `at` is the label's cell (a template's block not yet filled). */
  readonly empty?: true;
}

function labelOf(text: string): LabelKind | undefined {
  if (text === "" || text.length > MAX_LABEL) return undefined;
  return matchLabel(text.split(":")[0])?.field;
}

/** Label/value pairs in rows [fromIndex, toIndex) of a sheet, then values alone. The first found for a setting wins. */
export function findSettings(sheet: SheetGrid, fromIndex = 0, toIndex = SCAN_ROWS): FoundSetting[] {
  return scanSettings(sheet, fromIndex, toIndex).found;
}

/** findSettings, and the labels of settings it did not find that stand there with no value. */
function scanSettings(sheet: SheetGrid, fromIndex: number, toIndex: number): { found: FoundSetting[]; empty: FoundSetting[] } {
  const found = new Map<WorkbookSetting, FoundSetting>();
  const valueOnly = new Map<WorkbookSetting, FoundSetting>();
  const empty = new Map<WorkbookSetting, FoundSetting>();
  const used = new Set<string>();
  const firstRow = sheet.firstRow ?? 1;
  const firstColumn = sheet.firstColumn ?? 1;
  const end = Math.min(sheet.rows.length, toIndex, fromIndex + SCAN_ROWS);
  const at = (r: number, c: number): SettingCell => ({
    sheet: sheet.name,
    cell: cellAddress(firstRow + r, firstColumn + c),
    row: firstRow + r,
  });
  const put = (field: WorkbookSetting, value: CellValue, where: SettingCell) => {
    if (!found.has(field)) found.set(field, { field, value, at: where });
  };

  /**
   * The label's value: after its colon, then right of it (up to the next label), then below it when the label stands
   * in a row of labels (in a column of labels, the cell below a label left empty is the next label, known or not).
   */
  const valueOf = (r: number, c: number, text: string, labelRow: boolean): { value: CellValue; r: number; c: number } | undefined => {
    const colon = text.indexOf(":");
    const inline = colon < 0 ? "" : text.slice(colon + 1).trim();
    if (inline !== "") return { value: inline, r, c };
    const cells = sheet.rows[r];
    for (let v = c + 1; v <= c + VALUE_REACH && v < Math.min(cells.length, SCAN_COLUMNS + VALUE_REACH); v++) {
      // The next label is no value: the setting before it was left empty.
      if (labelOf(cellText(cells[v])) !== undefined) break;
      if (!isBlank(cells[v])) return { value: cells[v], r, c: v };
    }
    const below = labelRow && r + 1 < end ? sheet.rows[r + 1]?.[c] : undefined;
    if (!isBlank(below) && labelOf(cellText(below)) === undefined) return { value: below, r: r + 1, c };
    return undefined;
  };

  for (let r = fromIndex; r < end; r++) {
    const cells = sheet.rows[r];
    const width = Math.min(cells.length, SCAN_COLUMNS);
    let labels = 0;
    for (let c = 0; c < width && labels < 2; c++) if (labelOf(cellText(cells[c])) !== undefined) labels++;
    for (let c = 0; c < width; c++) {
      if (used.has(`${r}:${c}`)) continue;
      const text = cellText(cells[c]);
      if (text === "" || text.length > MAX_TITLE) continue;
      // A title may read as a label ("Erasmus+ projekts Nr. 2026-1-LV01-…" names the number) and hold the value too.
      valueAlone(text, at(r, c), valueOnly);
      const kind = labelOf(text);
      if (kind === undefined) continue;
      const value = valueOf(r, c, text, labels >= 2);
      if (!value) {
        for (const field of emptyFields(kind)) if (!empty.has(field)) empty.set(field, { field, value: null, at: at(r, c), empty: true });
        continue;
      }
      const where = at(value.r, value.c);
      const taken = takeLabelled(kind, value.value, where, put);
      if (taken) used.add(`${value.r}:${value.c}`);
    }
  }
  // A number's label holding no number ("Līguma Nr.: –") gives way to a number written elsewhere, in a title.
  const labelled = found.get("number");
  if (labelled && valueOnly.has("number") && !findProjectNumber(cellText(labelled.value))) found.delete("number");
  for (const [field, setting] of valueOnly) if (!found.has(field)) found.set(field, setting);
  return { found: [...found.values()], empty: [...empty.values()].filter((e) => !found.has(e.field)) };
}

/** The settings an empty label leaves unset: a table's own "From"/"To" above no date is no setting's label. */
function emptyFields(kind: LabelKind): WorkbookSetting[] {
  if (kind === "period") return ["start", "end"];
  return kind === "columnStart" || kind === "columnEnd" ? [] : [kind];
}

/** Puts what a label's value gives; false when the value is not one (a table's "From" beside no date). */
function takeLabelled(
  kind: LabelKind,
  value: CellValue,
  where: SettingCell,
  put: (field: WorkbookSetting, value: CellValue, where: SettingCell) => void,
): boolean {
  if (kind === "columnStart" || kind === "columnEnd") {
    if (!readDate(value, false).ok && !readDate(value, true).ok) return false;
    put(kind === "columnStart" ? "start" : "end", value, where);
    return true;
  }
  if (kind === "period") {
    const range = typeof value === "string" ? parseDateRange(value) : undefined;
    if (range) {
      put("start", { date: range.start }, where);
      put("end", { date: range.end }, where);
    } else put("start", value, where);
    return true;
  }
  put(kind, value, where);
  return true;
}

/** A value that can only be one setting: a project number (alone or in a title), a sector's or an action's name. */
function valueAlone(text: string, where: SettingCell, into: Map<WorkbookSetting, FoundSetting>): void {
  const add = (field: WorkbookSetting) => {
    if (!into.has(field)) into.set(field, { field, value: text, at: where, valueOnly: true });
  };
  if (findProjectNumber(text)) add("number");
  if (text.length > MAX_LABEL) return;
  // Sector and action names as values alone ("Profesionālā izglītība", "KA122-VET"): exact labels, no guessing.
  if (sectorNamed(text) !== undefined) add("sector");
  if (actionNamed(text) !== undefined) add("action");
}

export type SettingReading = {
  readonly field: WorkbookSetting;
  readonly reading: Reading<string>;
  readonly at: SettingCell;
  readonly valueOnly?: boolean;
  /** The cell's value as found: slash-dates.ts reads a slash date again when its sheet reads them month first. */
  readonly value?: CellValue;
  /** The label was found with no value: `at` is the label's cell. */
  readonly empty?: true;
};

/** A project number's reading: the number in the cell's text, or a problem when a number's label holds none. */
function readNumber(value: CellValue): Reading<string> {
  const text = readText(value);
  if (!text.ok || text.value === undefined) return text;
  const number = findProjectNumber(text.value);
  return number ? { ok: true, value: number.text } : { ok: false, problem: "unreadable", expected: "text", text: text.value };
}

/** Reads found settings: dates for start and end, the project number, labels for the rest. */
export function readSettings(found: readonly FoundSetting[], date1904: boolean): SettingReading[] {
  return found.map(({ field, value, at, valueOnly, empty }) => ({
    field,
    at,
    ...(valueOnly ? { valueOnly } : {}),
    ...(empty ? { empty } : {}),
    value,
    reading: field === "start" || field === "end" ? readDate(value, date1904) : field === "number" ? readNumber(value) : readText(value),
  }));
}

/** The project number read, and its cell. */
export function projectNumberOf(readings: readonly SettingReading[]): { number: ProjectNumber; at: SettingCell } | undefined {
  for (const { field, reading, at } of readings) {
    if (field !== "number" || !reading.ok || reading.value === undefined) continue;
    const number = findProjectNumber(reading.value);
    if (number) return { number, at };
  }
  return undefined;
}

/** The settings the project number gives that neither a cell nor the caller gives. */
export function fromNumber(readings: readonly SettingReading[], overrides: Project = {}): Partial<Record<ProjectSetting, string>> {
  const found = projectNumberOf(readings);
  if (!found) return {};
  const written = new Set(
    readings.filter((r) => r.field !== "number" && r.reading.ok && r.reading.value !== undefined).map((r) => r.field),
  );
  const given: Partial<Record<ProjectSetting, string>> = {};
  for (const [field, value] of Object.entries(settingsOfNumber(found.number)) as [ProjectSetting, string | undefined][]) {
    if (value !== undefined && !written.has(field) && overrides[field] === undefined) given[field] = value;
  }
  return given;
}

/** The project built from readable settings and the project number; callers' overrides win. */
export function projectFrom(readings: readonly SettingReading[], overrides: Project = {}): Project {
  const project: Record<string, string> = { ...fromNumber(readings, overrides) };
  for (const { field, reading } of readings) {
    if (field !== "number" && reading.ok && reading.value !== undefined) project[field] = reading.value;
  }
  for (const [field, value] of Object.entries(overrides)) if (value !== undefined) project[field] = value;
  return project as Project;
}

/** A table's sheet and header row: settings are read above the header only, never from the table. */
export interface TableTop {
  readonly sheet: SheetGrid;
  readonly headerIndex: number;
}

/**
 * The workbook's settings: a settings sheet by name first, then label/value cells above each table; a setting under a
 * label anywhere wins over a value found alone.
 */
export function readWorkbookSettings(workbook: WorkbookGrid, tables: readonly TableTop[]): SettingReading[] {
  const tableSheets = new Set(tables.map((t) => t.sheet));
  const scans = [
    ...workbook.sheets.filter((s) => !tableSheets.has(s) && SETTINGS_SHEET.test(s.name)).map((s) => scanSettings(s, 0, SCAN_ROWS)),
    ...tables.map((t) => scanSettings(t.sheet, 0, t.headerIndex)),
  ];
  const found = scans.flatMap((s) => s.found);
  // Labelled values first, then values alone, then labels left empty (kept only to say where the setting was expected).
  const ordered = [...found.filter((f) => !f.valueOnly), ...found.filter((f) => f.valueOnly), ...scans.flatMap((s) => s.empty)];
  const firstOfEach = [...new Map(ordered.reverse().map((f) => [f.field, f])).values()].reverse();
  return readSettings(firstOfEach, workbook.date1904 ?? false);
}

/** Where each readable setting was read (or the number it came from), except those the caller overrides. */
export function settingSources(readings: readonly SettingReading[], overrides: Project = {}): Partial<Record<ProjectSetting, SettingCell>> {
  const sources: Partial<Record<ProjectSetting, SettingCell>> = {};
  const number = projectNumberOf(readings);
  if (number)
    for (const field of Object.keys(fromNumber(readings, overrides)) as ProjectSetting[]) sources[field] = { ...number.at, via: "number" };
  for (const { field, at, reading } of readings) {
    if (field !== "number" && reading.ok && reading.value !== undefined && overrides[field] === undefined) sources[field] = at;
  }
  return sources;
}

export interface SettingNotFound {
  readonly setting: WorkbookSetting;
  /** The labels looked for, so that a coordinator can rename theirs. */
  readonly lookedFor: readonly string[];
  /** The setting's label, found with no value beside or below it: the coordinator has only to fill it in. */
  readonly emptyLabel?: SettingCell;
}

/** The settings neither read, given by the project number, nor given by the caller, with the labels looked for. */
export function settingsNotFound(readings: readonly SettingReading[], overrides: Project = {}): SettingNotFound[] {
  const project = projectFrom(readings, overrides);
  const hasNumber = projectNumberOf(readings) !== undefined;
  const emptyLabels = new Map(readings.filter((r) => r.empty).map((r) => [r.field, r.at]));
  return WORKBOOK_SETTINGS.filter((setting) => (setting === "number" ? !hasNumber : project[setting] === undefined)).map((setting) => {
    const emptyLabel = emptyLabels.get(setting);
    return {
      setting,
      lookedFor: setting === "start" || setting === "end" ? [...PROJECT_LABELS[setting], ...PERIOD_LABELS] : PROJECT_LABELS[setting],
      ...(emptyLabel ? { emptyLabel } : {}),
    };
  });
}

/** The settings taken from the project number, in the report's order. */
export function numberGave(sources: Partial<Record<ProjectSetting, SettingCell>>): ProjectSetting[] {
  return PROJECT_SETTINGS.filter((field) => sources[field]?.via === "number");
}
