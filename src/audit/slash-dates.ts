/**
 * The order of each sheet's slash dates ("03/04/2026": day first or month first?), decided per sheet from its own
 * date cells (src/rules/slash-dates.ts has the rule): the table's date and period columns and the project settings
 * read from that sheet. Only cells with a slash are looked at, so a sheet of dates as Excel stores them costs a type
 * test per date cell. A sheet read month first is given to the row reader with those dates rewritten as ISO dates.
 */
import {
  isAmbiguous,
  issue,
  monthFirstText,
  orderSettledBy,
  slashDates,
  type ActivityId,
  type Field,
  type Issue,
  type ProjectSetting,
  type SlashDate,
  type SlashOrder,
} from "../rules";
import type { SheetGrid } from "./grid";
import type { AuditField } from "./header-labels";
import type { TableLayout } from "./find-table";
import { readDate } from "./read-cell";
import type { SettingReading } from "./project-settings";
import { isRead } from "./rows";

/** The date columns whose text may hold slash dates; a period's first date is its start, its second its end. */
const DATE_FIELDS: readonly AuditField[] = ["start", "end", "graduationDate", "period"];

export interface SlashTable {
  readonly sheet: SheetGrid;
  readonly sheetIndex: number;
  readonly layout: TableLayout;
}

/** A slash-date cell of a table, or of a project setting. */
interface SlashCell {
  readonly sheet: string;
  readonly dates: readonly SlashDate[];
  readonly text: string;
  /** Where a table cell is: its row and column index and the field each of its dates is; absent for a setting. */
  readonly table?: { readonly sheetIndex: number; readonly rowIndex: number; readonly columnIndex: number; readonly field: AuditField };
  readonly setting?: ProjectSetting;
}

export interface SlashDecision {
  /** Each table's grid to read rows from: the sheet itself, or a copy with month-first dates rewritten. */
  readonly grids: ReadonlyMap<SheetGrid, SheetGrid>;
  /** The settings, date settings re-read month first where their sheet is. */
  readonly settings: readonly SettingReading[];
  /** date-ambiguous and date-month-first issues, each with the column index of its table cell (none for settings). */
  readonly issues: readonly { readonly issue: Issue; readonly columnIndex?: number }[];
}

/** Decides every sheet's slash-date order and says what it decided. */
export function decideSlashDates(
  tables: readonly SlashTable[],
  settings: readonly SettingReading[],
  activityId: (sheetIndex: number, rowIndex: number) => ActivityId,
  date1904: boolean,
): SlashDecision {
  // Settings first: they stand above a table, and the first date that settles a sheet is the one named.
  const cells: SlashCell[] = [];
  for (const setting of settings) {
    const { value } = setting;
    if ((setting.field !== "start" && setting.field !== "end") || typeof value !== "string") continue;
    const dates = slashDates(value);
    if (dates.length > 0) cells.push({ sheet: setting.at.sheet, dates, text: value, setting: setting.field });
  }
  for (const table of tables) collectTable(table, cells);
  const grids = new Map(tables.map((t) => [t.sheet, t.sheet]));
  if (cells.length === 0) return { grids, settings, issues: [] };

  const bySheet = new Map<string, SlashCell[]>();
  for (const cell of cells) {
    const list = bySheet.get(cell.sheet);
    if (list) list.push(cell);
    else bySheet.set(cell.sheet, [cell]);
  }
  const issues: { issue: Issue; columnIndex?: number }[] = [];
  const monthFirstSheets = new Set<string>();
  for (const [sheet, sheetCells] of bySheet) {
    const settled = settledOrder(sheetCells);
    if (settled?.order === "month-first") {
      monthFirstSheets.add(sheet);
      const { cell, n, date } = settled;
      const params = { field: fieldOf(cell, n), value: date.text, monthFirst: date.monthFirst as string };
      issues.push(located(issue("date-month-first", params, where(cell, n, activityId)), cell));
    } else if (settled === undefined) {
      for (const cell of sheetCells)
        cell.dates.forEach((date, n) => {
          if (!isAmbiguous(date)) return;
          const params = {
            field: fieldOf(cell, n),
            value: date.text,
            dayFirst: date.dayFirst as string,
            monthFirst: date.monthFirst as string,
          };
          issues.push(located(issue("date-ambiguous", params, where(cell, n, activityId)), cell));
        });
    }
  }
  if (monthFirstSheets.size === 0) return { grids, settings, issues };

  for (const table of tables) if (monthFirstSheets.has(table.sheet.name)) grids.set(table.sheet, monthFirstGrid(table.sheet, cells));
  const reread = settings.map((setting) => {
    const { value } = setting;
    if (!monthFirstSheets.has(setting.at.sheet) || typeof value !== "string" || (setting.field !== "start" && setting.field !== "end"))
      return setting;
    const dates = slashDates(value);
    return dates.length === 0 ? setting : { ...setting, reading: readDate(monthFirstText(value, dates), date1904) };
  });
  return { grids, settings: reread, issues };
}

function collectTable({ sheet, sheetIndex, layout }: SlashTable, cells: SlashCell[]): void {
  const fields = DATE_FIELDS.filter((field) => layout.columns.has(field) && isRead(field, layout));
  if (fields.length === 0) return;
  // Plain number arrays and indexed loops: this runs over every row of the table, before any row is read.
  const columns = fields.map((field) => layout.columns.get(field) as number);
  const { rows } = sheet;
  for (let rowIndex = layout.headerIndex + 1; rowIndex < rows.length; rowIndex++) {
    const row = rows[rowIndex];
    for (let c = 0; c < columns.length; c++) {
      const text = row[columns[c]];
      // Numbers and date cells are what Excel stores: only typed text may be a slash date.
      if (typeof text !== "string" || text.indexOf("/") === -1) continue;
      const dates = slashDates(text);
      if (dates.length > 0)
        cells.push({ sheet: sheet.name, dates, text, table: { sheetIndex, rowIndex, columnIndex: columns[c], field: fields[c] } });
    }
  }
}

interface Settled {
  readonly order: SlashOrder;
  readonly cell: SlashCell;
  /** Which of the cell's dates settles it, and that date. */
  readonly n: number;
  readonly date: SlashDate;
}

/** The order a sheet's slash dates settle, and the first date that settles it; undefined when nothing does. */
function settledOrder(cells: readonly SlashCell[]): Settled | undefined {
  let monthFirst: Settled | undefined;
  for (const cell of cells)
    for (let n = 0; n < cell.dates.length; n++) {
      const date = cell.dates[n];
      const order = orderSettledBy(date);
      if (order === "day-first") return { order, cell, n, date };
      if (order === "month-first") monthFirst ??= { order, cell, n, date };
    }
  return monthFirst;
}

/** The field a cell's n-th date is: a period's first date is the start, its second the end. */
function fieldOf(cell: SlashCell, n: number): Field | ProjectSetting {
  if (cell.setting) return cell.setting;
  const field = (cell.table as NonNullable<SlashCell["table"]>).field;
  return field === "period" ? (n === 0 ? "start" : "end") : (field as Field);
}

function where(cell: SlashCell, n: number, activityId: (sheetIndex: number, rowIndex: number) => ActivityId) {
  if (cell.setting) return { projectField: cell.setting };
  const { sheetIndex, rowIndex } = cell.table as NonNullable<SlashCell["table"]>;
  return { activityId: activityId(sheetIndex, rowIndex), field: fieldOf(cell, n) as Field };
}

function located(found: Issue, cell: SlashCell): { issue: Issue; columnIndex?: number } {
  return cell.table ? { issue: found, columnIndex: cell.table.columnIndex } : { issue: found };
}

/** A copy of the sheet's rows with its slash dates rewritten month first (rows without one are shared, not copied). */
function monthFirstGrid(sheet: SheetGrid, cells: readonly SlashCell[]): SheetGrid {
  const rows = sheet.rows.slice();
  for (const cell of cells) {
    if (cell.sheet !== sheet.name || !cell.table) continue;
    const { rowIndex, columnIndex } = cell.table;
    if (rows[rowIndex] === sheet.rows[rowIndex]) rows[rowIndex] = rows[rowIndex].slice();
    (rows[rowIndex] as unknown[])[columnIndex] = monthFirstText(cell.text, cell.dates);
  }
  return { ...sheet, rows };
}
