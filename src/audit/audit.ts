/**
 * The sheet audit: grids of cell values in, a report of issues with cell addresses out. Pure.
 *
 * grid → table (find-table) → typed rows (rows) → rules (src/rules checkPlan) → issues located on cells.
 * All tables of a workbook are one project: the 30-activity cap and the cross-row checks span every sheet.
 */
import {
  FIELDS,
  checkPlan,
  issue as ruleIssue,
  type Activity,
  type ActivityId,
  type Field,
  type Issue,
  type Language,
  type Project,
} from "../rules";
import { columnLetter } from "./address";
import { findTable, type ColumnMapping, type TableLayout } from "./find-table";
import type { SheetGrid, WorkbookGrid } from "./grid";
import type { AuditField } from "./header-labels";
import {
  numberGave,
  projectFrom,
  projectNumberOf,
  readWorkbookSettings,
  settingSources,
  settingsNotFound,
  type SettingCell,
  type SettingReading,
} from "./project-settings";
import { issueWords } from "./issue-words";
import { numberIssues } from "./number-issues";
import { readRows, type InputProblem, type TableRows } from "./rows";
import { decideSlashDates } from "./slash-dates";
import { summarise, type AuditIssue, type AuditReport, type LocatedActivity, type TableReport } from "./report";

export interface AuditOptions {
  readonly language?: Language;
  /** Settings that override the workbook's project block (command-line flags, the task pane's form). */
  readonly project?: Project;
  /** Per sheet name: a header row and column letters that override detection. */
  readonly mappings?: Readonly<Record<string, ColumnMapping>>;
  /** Also return the activities read, each with its sheet and row (the grant estimate prices them). */
  readonly keepActivities?: boolean;
  /**
   * Called once the tables' rows are typed, before the rules run: the audit reads the sheets' rows no more, so the
   * caller may let them go (the command does: a full-height sheet's grid is hundreds of MB).
   */
  readonly rowsRead?: (tables: readonly { readonly sheet: SheetGrid; readonly layout: TableLayout }[]) => void;
}

interface LocatedTable {
  readonly sheet: SheetGrid;
  readonly layout: TableLayout;
  readonly rows: TableRows;
}

/** Where an issue about a field that has no column of its own is shown instead. */
const FALLBACK_FIELDS: Partial<Record<Field, readonly AuditField[]>> = {
  course: ["hostOrganisation"],
  group: ["hostOrganisation", "activity"],
  mentor: ["hostOrganisation"],
  // A period column holds both dates: their issues are shown on it when the sheet has no date columns.
  start: ["period"],
  end: ["period"],
  durationDays: ["end", "period"],
  graduationDate: ["recentGraduate"],
  recentGraduate: ["activity"],
  sendingCountry: ["hostCountry"],
  role: ["accompanying", "activity"],
};

function columnFor(layout: TableLayout, field: Field | undefined): number {
  const candidates: AuditField[] = [...(field ? [field, ...(FALLBACK_FIELDS[field] ?? [])] : []), "activity", "participant", "start"];
  for (const candidate of candidates) {
    const index = layout.columns.get(candidate);
    if (index !== undefined) return index;
  }
  return Math.min(...layout.columns.values());
}

/** The rules' field an audit column's problem is reported as. */
const REPORTED_AS: Partial<Record<AuditField, Field>> = { accompanying: "role", surname: "participant", period: "start" };

function inputIssue(problem: InputProblem, activityId: ActivityId): Issue {
  const field = REPORTED_AS[problem.field] ?? (problem.field as Field);
  const { reading } = problem;
  return reading.problem === "error"
    ? ruleIssue("cell-error", { field, value: reading.text }, { activityId, field })
    : ruleIssue("value-unreadable", { field, value: reading.text, expected: reading.expected }, { activityId, field });
}

function settingIssue({ field, reading }: SettingReading): Issue | undefined {
  if (reading.ok) return undefined;
  if (field === "number") return ruleIssue("project-number-unreadable", { value: reading.text });
  return reading.problem === "error"
    ? ruleIssue("cell-error", { field, value: reading.text }, { projectField: field })
    : ruleIssue("value-unreadable", { field, value: reading.text, expected: reading.expected }, { projectField: field });
}

/** Room for each sheet's rows in an activity id: Excel has 2^20. */
const ROWS_PER_SHEET = 2 ** 21;

/**
 * An activity's id: its sheet's index in the workbook and its index into the sheet's rows, packed in one number. A
 * number, not text: a string per row of 100,000 is that many more objects for the garbage collector to copy.
 */
function activityId(sheetIndex: number, rowIndex: number): number {
  return sheetIndex * ROWS_PER_SHEET + rowIndex;
}

/** The sheet index of an id made by activityId (every activity of an audit has one). */
function sheetIndexOf(id: ActivityId): number {
  return Math.floor((id as number) / ROWS_PER_SHEET);
}

function rowIndexOf(id: ActivityId): number {
  return (id as number) % ROWS_PER_SHEET;
}

export function auditWorkbook(workbook: WorkbookGrid, options: AuditOptions = {}): AuditReport {
  const language = options.language ?? "en";
  const date1904 = workbook.date1904 ?? false;

  const found = workbook.sheets.flatMap((sheet, sheetIndex) => {
    const layout = findTable(sheet, options.mappings?.[sheet.name]);
    return layout ? [{ sheet, sheetIndex, layout }] : [];
  });
  // Slash dates ("03/04/2026") are read in the order their sheet decides, settings and table alike.
  const slash = decideSlashDates(
    found,
    readWorkbookSettings(
      workbook,
      found.map((t) => ({ sheet: t.sheet, headerIndex: t.layout.firstHeaderIndex })),
    ),
    activityId,
    date1904,
  );
  const { settings } = slash;
  const tables: LocatedTable[] = found.map(({ sheet, sheetIndex, layout }) => ({
    sheet,
    layout,
    rows: readRows(slash.grids.get(sheet) ?? sheet, layout, (index) => activityId(sheetIndex, index), date1904),
  }));
  options.rowsRead?.(found);
  const project = projectFrom(settings, options.project);
  const projectSources = settingSources(settings, options.project);
  const number = projectNumberOf(settings);

  const issues: Issue[] = [];
  const unreadable = new Set<string>();
  // Input issues are shown on the cell that could not be read (an "accompanying person" cell is reported as the role).
  const inputColumns = new Map<Issue, number>();
  // Only the rows with problems are visited (few): a loop over every row would step 100,000 times.
  for (const table of tables) {
    const { activities, problems } = table.rows;
    for (const [position, rowProblems] of problems) {
      const { id } = activities[position];
      for (const problem of rowProblems) {
        const input = inputIssue(problem, id);
        issues.push(input);
        inputColumns.set(input, problem.columnIndex);
        unreadable.add(`${id}/${problem.field}`);
        // An unreadable period is both dates: "missing" on either would repeat it.
        if (problem.field === "period") unreadable.add(`${id}/start`).add(`${id}/end`);
      }
    }
  }
  // Setting issues are shown on the setting's cell (none for a setting the caller gave).
  const settingCells = new Map<Issue, SettingCell>();
  const settingAt = new Map(settings.map((s) => [s.field, s.at]));
  // How slash dates were read ("03/04/2026"): on their cell, as input issues are.
  for (const { issue: slashIssue, columnIndex } of slash.issues) {
    issues.push(slashIssue);
    if (columnIndex !== undefined) inputColumns.set(slashIssue, columnIndex);
    const at = slashIssue.projectField === undefined ? undefined : settingAt.get(slashIssue.projectField);
    if (at) settingCells.set(slashIssue, at);
  }
  const activities = tables.length === 1 ? tables[0].rows.activities : tables.flatMap((t) => t.rows.activities);
  // An unreadable date or activity is already reported on its cell: "missing" on the same cell would say it twice.
  const ruleIssues = checkPlan({ project, activities, recordedFields: recordedFields(tables) }).filter(
    (i) =>
      !(
        (i.rule === "date-missing" || i.rule === "activity-missing") &&
        i.activityId !== undefined &&
        unreadable.has(`${i.activityId}/${i.field}`)
      ),
  );

  const settingIssues: Issue[] = [];
  for (const setting of settings) {
    const found = settingIssue(setting);
    if (!found) continue;
    settingIssues.push(found);
    settingCells.set(found, setting.at);
  }
  for (const { issue, at } of numberIssues(settings, options.project)) {
    settingIssues.push(issue);
    if (at) settingCells.set(issue, at);
  }
  const rowCount = tables.reduce((n, t) => n + t.rows.activities.length, 0);
  const tableReports = tables.map(tableReport);
  const kept = options.keepActivities ? locatedActivities(activities, workbook) : undefined;
  // From here on the rows and the rules' issues are let go as soon as they are done with: a full-height plan with an
  // issue per row holds a million of each, and the located issues take their place.
  const placed = tables.map(({ sheet, layout }) => ({ sheet, layout }));
  tables.length = 0;
  activities.length = 0;
  // concat, not [...a, ...b, ...c]: past the first, a spread steps an iterator, one result object per issue.
  const pending = settingIssues.concat(issues, ruleIssues);
  issues.length = 0;
  ruleIssues.length = 0;
  const located = locate(pending, placed, settingCells, workbook, language, inputColumns);
  return {
    language,
    tables: tableReports,
    project,
    projectSources,
    ...(number ? { projectNumber: { number: number.number.text, at: number.at, gave: numberGave(projectSources) } } : {}),
    settingsNotFound: settingsNotFound(settings, options.project),
    issues: located,
    summary: summarise(located, rowCount),
    ...(kept ? { activities: kept } : {}),
  };
}

function locatedActivities(activities: readonly Activity[], workbook: WorkbookGrid): LocatedActivity[] {
  return activities.map((activity) => {
    const sheet = workbook.sheets[sheetIndexOf(activity.id)];
    return { sheet: sheet.name, row: (sheet.firstRow ?? 1) + rowIndexOf(activity.id), activity };
  });
}

const RULE_FIELDS: ReadonlySet<string> = new Set(FIELDS);

/** The rules' fields some table has a column for: a check of a blank value runs only where the sheet records it. */
function recordedFields(tables: readonly LocatedTable[]): ReadonlySet<Field> {
  const fields = new Set<Field>();
  for (const { layout } of tables)
    for (const field of layout.columns.keys()) {
      if (RULE_FIELDS.has(field)) fields.add(field as Field);
      else if (field === "period") fields.add("start").add("end");
    }
  return fields;
}

function tableReport({ sheet, layout, rows }: LocatedTable): TableReport {
  const firstColumn = sheet.firstColumn ?? 1;
  const columns: Partial<Record<AuditField, string>> = {};
  for (const [field, index] of layout.columns) columns[field] = columnLetter(firstColumn + index);
  return { sheet: sheet.name, headerRow: layout.headerRow, columns, unrecognised: layout.unrecognised, rows: rows.activities.length };
}

/** Project issues about a setting's cell, shown on it; other project issues have no cell. */

/** Puts each issue on its cell, words it, and orders the list: project first, then by sheet, row and column. */
function locate(
  issues: (Issue | undefined)[],
  tables: readonly Omit<LocatedTable, "rows">[],
  settingCells: ReadonlyMap<Issue, SettingCell>,
  workbook: WorkbookGrid,
  language: Language,
  inputColumns: ReadonlyMap<Issue, number>,
): AuditIssue[] {
  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const tableOfSheet = new Map(tables.map((t) => [workbook.sheets.indexOf(t.sheet), t]));
  // Per table and field, the column an issue is shown in; per column, its letters: looked up, not rebuilt, per issue.
  const columns = new Map<TableLayout, Map<Field | undefined, number>>();
  const columnOf = (layout: TableLayout, field: Field | undefined) => {
    let byField = columns.get(layout);
    if (!byField) columns.set(layout, (byField = new Map()));
    let column = byField.get(field);
    if (column === undefined) byField.set(field, (column = columnFor(layout, field)));
    return column;
  };
  const letters = new Map<number, string>();
  const address = (row: number, column: number) => {
    let letter = letters.get(column);
    if (letter === undefined) letters.set(column, (letter = columnLetter(column)));
    return letter + row;
  };
  // One number orders an issue: project issues (by row) first, then sheet, row, column; the stable sort keeps the
  // order issues were found in for the same cell. Rows < 2^20 and columns < 2^15 fit (Excel: 1,048,576 × 16,384).
  // Keys in a typed array and the issues in place, sorted through their positions: no wrapper object per issue.
  const PROJECT = -(2 ** 52);
  const words = issueWords(language);
  const keys = new Float64Array(issues.length);
  const located: AuditIssue[] = [];
  let sorted = true;
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i] as Issue;
    // Located, the rule's issue is no longer needed (the caller hands the list over).
    issues[i] = undefined;
    if (issue.activityId === undefined) {
      // Setting issues are shown on their cell; project-level rule issues have no cell.
      const at = settingCells.size === 0 ? undefined : settingCells.get(issue);
      located.push(locatedIssue(issue, words(issue), at?.sheet ?? null, at?.cell ?? null, at?.row ?? null, issue.projectField ?? null));
      keys[i] = PROJECT + (at?.row ?? -1);
    } else {
      const { sheet, layout } = tableOfSheet.get(sheetIndexOf(issue.activityId)) as Omit<LocatedTable, "rows">;
      const column = (inputColumns.size === 0 ? undefined : inputColumns.get(issue)) ?? columnOf(layout, issue.field);
      const row = (sheet.firstRow ?? 1) + rowIndexOf(issue.activityId);
      const columnNumber = (sheet.firstColumn ?? 1) + column;
      located.push(locatedIssue(issue, words(issue), sheet.name, address(row, columnNumber), row, issue.field ?? null));
      keys[i] = ((sheetOrder.get(sheet.name) as number) * 2 ** 20 + row) * 2 ** 15 + columnNumber;
    }
    if (i > 0 && keys[i] < keys[i - 1]) sorted = false;
  }
  if (sorted) return located;
  const order: number[] = [];
  for (let i = 0; i < located.length; i++) order.push(i);
  order.sort((a, b) => keys[a] - keys[b]);
  return order.map((i) => located[i]);
}

/** An issue on its cell, in words. A literal, not spread from a shared base: V8 spreads into 100,000 objects slowly. */
function locatedIssue(
  issue: Issue,
  message: string,
  sheet: string | null,
  cell: string | null,
  row: number | null,
  field: string | null,
): AuditIssue {
  return { rule: issue.rule, severity: issue.severity, message, sheet, cell, row, field };
}
