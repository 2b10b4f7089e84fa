/**
 * Project settings (call round, sector, project start and end, sending country, action) from a key/value block in the
 * workbook: a sheet such as "Projekts"/"Project", or label/value cells above the plan table. A label is a cell whose
 * text names a setting ("Projekta sākums", "Sector:"); its value is the next filled cell to its right, or the text
 * after a colon in the same cell ("Sektors: VET").
 */
import type { Project, ProjectSetting } from "../rules";
import { cellAddress } from "./address";
import { cellText, isBlank, type CellValue, type SheetGrid, type WorkbookGrid } from "./grid";
import { headerMatcher } from "./headers";
import { readDate, readText, type Reading } from "./read-cell";

export const PROJECT_LABELS: Readonly<Record<ProjectSetting, readonly string[]>> = {
  sector: ["Sector", "Field", "Education sector", "Project sector", "Sektors", "Joma", "Izglītības sektors", "Projekta sektors"],
  call: ["Call", "Call round", "Round", "Call year round", "Konkursa kārta", "Kārta", "Konkurss", "Projekta konkursa kārta"],
  start: [
    "Project start",
    "Project start date",
    "Start of project",
    "Projekta sākums",
    "Projekta sākuma datums",
    "Projekta īstenošanas sākums",
    "Projekts no",
  ],
  end: [
    "Project end",
    "Project end date",
    "End of project",
    "Projekta beigas",
    "Projekta beigu datums",
    "Projekta īstenošanas beigas",
    "Projekts līdz",
  ],
  country: [
    "Country",
    "Sending country",
    "Beneficiary country",
    "Organisation country",
    "Country of the beneficiary",
    "Valsts",
    "Nosūtītājvalsts",
    "Organizācijas valsts",
    "Projekta īstenotāja valsts",
    "Iestādes valsts",
  ],
  // KA121 or KA122 (rules-2026.md §2b): "Pasākums", "Darbība" and "Pamatdarbība" are the Latvian words for it.
  action: [
    "Action",
    "Key action",
    "Action type",
    "Project type",
    "Type of project",
    "Pasākums",
    "Darbība",
    "Pamatdarbība",
    "Projekta veids",
  ],
};

const matchSetting = headerMatcher<ProjectSetting>(PROJECT_LABELS, ["the", "of", "date", "datums", "projekta", "project", "gads", "year"]);

/** Sheets that hold project settings by name. */
export const SETTINGS_SHEET = /projekt|project|iestat|setting|info|pamatdati/i;
/** Settings are looked for in this block of a settings sheet. */
const SCAN_ROWS = 60;
const SCAN_COLUMNS = 12;
/** How far right of its label a value may stand. */
const VALUE_REACH = 3;

export interface SettingCell {
  readonly sheet: string;
  readonly cell: string;
  readonly row: number;
}

export interface FoundSetting {
  readonly field: ProjectSetting;
  readonly value: CellValue;
  readonly at: SettingCell;
}

/** Label/value pairs in rows [fromIndex, toIndex) of a sheet. The first found for a setting wins. */
export function findSettings(sheet: SheetGrid, fromIndex = 0, toIndex = SCAN_ROWS): FoundSetting[] {
  const found = new Map<ProjectSetting, FoundSetting>();
  const firstRow = sheet.firstRow ?? 1;
  const firstColumn = sheet.firstColumn ?? 1;
  const end = Math.min(sheet.rows.length, toIndex);
  for (let r = fromIndex; r < end; r++) {
    const cells = sheet.rows[r];
    const width = Math.min(cells.length, SCAN_COLUMNS);
    for (let c = 0; c < width; c++) {
      const text = cellText(cells[c]);
      if (text === "" || text.length > 80) continue;
      const [label, ...rest] = text.split(":");
      const match = matchSetting(label);
      if (!match || found.has(match.field)) continue;
      const at = (col: number): SettingCell => ({
        sheet: sheet.name,
        cell: cellAddress(firstRow + r, firstColumn + col),
        row: firstRow + r,
      });
      const inline = rest.join(":").trim();
      if (inline !== "") {
        found.set(match.field, { field: match.field, value: inline, at: at(c) });
        continue;
      }
      for (let v = c + 1; v <= c + VALUE_REACH && v < cells.length; v++) {
        // The next label is no value: the setting before it was left empty.
        if (matchSetting(cellText(cells[v]).split(":")[0])) break;
        if (!isBlank(cells[v])) {
          found.set(match.field, { field: match.field, value: cells[v], at: at(v) });
          break;
        }
      }
    }
  }
  return [...found.values()];
}

export type SettingReading = {
  readonly field: ProjectSetting;
  readonly reading: Reading<string>;
  readonly at: SettingCell;
  /** The cell's value as found: slash-dates.ts reads a slash date again when its sheet reads them month first. */
  readonly value?: CellValue;
};

/** Reads found settings: dates for start and end, labels for the rest. */
export function readSettings(found: readonly FoundSetting[], date1904: boolean): SettingReading[] {
  return found.map(({ field, value, at }) => ({
    field,
    at,
    value,
    reading: field === "start" || field === "end" ? readDate(value, date1904) : readText(value),
  }));
}

/** The project built from readable settings; callers' overrides win. */
export function projectFrom(readings: readonly SettingReading[], overrides: Project = {}): Project {
  const project: Record<string, string> = {};
  for (const { field, reading } of readings) if (reading.ok && reading.value !== undefined) project[field] = reading.value;
  for (const [field, value] of Object.entries(overrides)) if (value !== undefined) project[field] = value;
  return project as Project;
}

/** A table's sheet and header row: settings are read above the header only, never from the table. */
export interface TableTop {
  readonly sheet: SheetGrid;
  readonly headerIndex: number;
}

/** The workbook's settings: a settings sheet by name first, then label/value cells above each table. */
export function readWorkbookSettings(workbook: WorkbookGrid, tables: readonly TableTop[]): SettingReading[] {
  const tableSheets = new Set(tables.map((t) => t.sheet));
  const found = [
    ...workbook.sheets.filter((s) => !tableSheets.has(s) && SETTINGS_SHEET.test(s.name)).flatMap((s) => findSettings(s)),
    ...tables.flatMap((t) => findSettings(t.sheet, 0, t.headerIndex)),
  ];
  const firstOfEach = [...new Map(found.reverse().map((f) => [f.field, f])).values()];
  return readSettings(firstOfEach, workbook.date1904 ?? false);
}

/** Where each readable setting was read, except those the caller overrides. */
export function settingSources(readings: readonly SettingReading[], overrides: Project = {}): Partial<Record<ProjectSetting, SettingCell>> {
  const sources: Partial<Record<ProjectSetting, SettingCell>> = {};
  for (const { field, at, reading } of readings) if (reading.ok && overrides[field] === undefined) sources[field] = at;
  return sources;
}
