/**
 * "New plan": a plan sheet made from src/audit/plan-template.ts (the description the command writes too), in two
 * syncs: the names in use, then everything under free names. Only new sheets are written; nothing existing is renamed.
 */
import { columnLetter } from "../audit";
import {
  activityCountFormula,
  listName,
  planTemplate,
  settingCellValue,
  templateValidation,
  type PlanTemplate,
  type TemplateList,
  type TemplateValidation,
} from "../audit/plan-template";
import { isoToSerial } from "../rules";
import { Batch, PAYLOAD_LIMIT } from "./batch";
import { asAuditError } from "./errors";
import { requireBase } from "./host";
import type { ExcelHost, PlanSheetRequest, PlanSheetResult } from "./types";

const SHEET_NAME_LIMIT = 31;

/** `wanted`, else "wanted 2", "wanted 3", …: the first name no sheet has (Excel compares sheet names ignoring case). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` ${n}`;
    const name = wanted.slice(0, SHEET_NAME_LIMIT - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** `wanted`, else "wanted2", "wanted3", …: a table name no table or workbook name has (ignoring case, as Excel does). */
export function freeName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted}${n}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Excel's width in points of a column `characters` wide (7 pixels a character of Calibri 11, 5 of padding; 0.75 pt a pixel). */
function points(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

function validationRule(rule: TemplateValidation["rule"]): Excel.DataValidationRule {
  switch (rule.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: `=${rule.name}` } };
    case "custom":
      return { custom: { formula: `=${rule.formula}` } };
    case "whole":
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
  }
}

/** A warning, not a stop, as in the command's template: the coordinator may keep a value of their own. */
function validate(range: Excel.Range, validation: TemplateValidation): void {
  const { dataValidation } = range;
  dataValidation.rule = validationRule(validation.rule);
  dataValidation.errorAlert = { showAlert: true, style: "Warning", title: validation.title, message: validation.error };
  if (validation.prompt) dataValidation.prompt = { showPrompt: true, title: validation.title, message: validation.prompt };
}

interface Names {
  readonly sheet: string;
  readonly lists: string;
  readonly table: string;
}

/** The lists on the hidden lists sheet, one a column, each under its name scoped to the plan sheet. */
function queueLists(template: PlanTemplate, plan: Excel.Worksheet, lists: Excel.Worksheet): void {
  (Object.entries(template.lists) as [TemplateList, readonly string[]][]).forEach(([list, values], index) => {
    const letter = columnLetter(index + 1);
    const range = lists.getRange(`${letter}1:${letter}${values.length}`);
    range.values = values.map((value) => [value]);
    range.format.columnWidth = points(Math.max(12, ...values.map((value) => value.length + 2)));
    plan.names.add(listName(list), range);
  });
  lists.visibility = "Hidden";
}

function queueProjectBlock(template: PlanTemplate, plan: Excel.Worksheet, date1904: boolean): void {
  const { settingsRow, settings } = template;
  const title = plan.getRange("A1");
  title.values = [[template.title]];
  title.format.font.bold = true;
  title.format.font.size = 14;
  const lastRow = settingsRow + settings.length - 1;
  const cells = settings.map((setting) => {
    const value = settingCellValue(template, setting);
    if (value === undefined) return "";
    return typeof value === "string" ? value : (isoToSerial(value.date, date1904) ?? "");
  });
  plan.getRange(`A${settingsRow}:B${lastRow}`).values = settings.map((setting, i) => [setting.label, cells[i]]);
  plan.getRange(`A${settingsRow}:A${lastRow}`).format.font.bold = true;
  settings.forEach((setting, index) => {
    const cell = `B${settingsRow + index}`;
    if (setting.setting === "start" || setting.setting === "end") plan.getRange(cell).numberFormat = [[template.dateFormat]];
    if (setting.check) validate(plan.getRange(cell), templateValidation(template, setting.check, cell));
  });
}

/** After the table: a formula naming a table that does not exist yet is refused. */
function queueActivityCount(template: PlanTemplate, plan: Excel.Worksheet, tableName: string): void {
  const { activityCount } = template;
  const label = plan.getRange(activityCount.labelCell);
  label.values = [[activityCount.label]];
  label.format.font.bold = true;
  const count = plan.getRange(activityCount.valueCell);
  count.formulas = [[activityCountFormula(template, tableName)]];
  count.numberFormat = [[activityCount.numberFormat]];
}

function queueTable(template: PlanTemplate, plan: Excel.Worksheet, tableName: string): void {
  const { headerRow, columns, paneColumns, checkedRows } = template;
  const headers = [...columns.map((c) => c.header), ...paneColumns.map((c) => c.header)];
  const last = columnLetter(headers.length);
  plan.getRange(`A${headerRow}:${last}${headerRow}`).values = [headers];
  // The header and one empty row: the table grows as the coordinator types below it.
  const table = plan.tables.add(`A${headerRow}:${last}${headerRow + 1}`, true);
  table.name = tableName;
  table.style = "TableStyleMedium2";
  // Set on the one data row, each is a calculated column: Excel fills it into every row the table grows by.
  paneColumns.forEach((column, index) => {
    table.columns.getItemAt(columns.length + index).getDataBodyRange().formulas = [[column.formula]];
  });
  [...columns, ...paneColumns].forEach((column, index) => {
    plan.getRange(`${columnLetter(index + 1)}${headerRow}`).format.columnWidth = points(column.width);
  });
  // The checks and date formats cover the rows the command's template covers.
  const first = headerRow + 1;
  const lastRow = headerRow + checkedRows;
  columns.forEach((column, index) => {
    const letter = columnLetter(index + 1);
    const range = plan.getRange(`${letter}${first}:${letter}${lastRow}`);
    if (column.check?.kind === "date-in-period" || column.check?.kind === "date")
      range.numberFormat = Array.from({ length: checkedRows }, () => [template.dateFormat]);
    if (column.check) validate(range, templateValidation(template, column.check, `${letter}${first}`, column.prompt));
  });
  plan.freezePanes.freezeRows(headerRow);
}

/**
 * Adds a new plan sheet in the language, with the project settings given, and a hidden lists sheet for its drop-downs;
 * activates it and selects its first data cell. Two syncs: the names in use (and the date system), then the writes.
 */
export async function createPlanSheet(host: ExcelHost, request: PlanSheetRequest): Promise<PlanSheetResult> {
  requireBase(host);
  const template = planTemplate({ language: request.language, ...(request.project ? { project: request.project } : {}) });
  return host.run(async (context) => {
    const batch = new Batch(context);
    try {
      const { workbook } = context;
      workbook.worksheets.load("items/name");
      workbook.tables.load("items/name");
      workbook.names.load("items/name");
      // DATE(1904,1,1) is 0 in the 1904 date system (first-read.ts): the project's dates are written as serials.
      const date = workbook.functions.date(1904, 1, 1);
      date.load("value");
      await batch.sync();

      const sheets = workbook.worksheets.items.map((s) => s.name);
      const sheetName = freeSheetName(template.sheetName, sheets);
      const names: Names = {
        sheet: sheetName,
        lists: freeSheetName(template.listsSheetName, [...sheets, sheetName]),
        table: freeName(template.tableName, [...workbook.tables.items.map((t) => t.name), ...workbook.names.items.map((n) => n.name)]),
      };
      context.application.suspendApiCalculationUntilNextSync();
      const plan = workbook.worksheets.add(names.sheet);
      const lists = workbook.worksheets.add(names.lists);
      queueLists(template, plan, lists);
      queueProjectBlock(template, plan, date.value === 0);
      queueTable(template, plan, names.table);
      queueActivityCount(template, plan, names.table);
      plan.activate();
      plan.getRange(`A${template.headerRow + 1}`).select();
      await batch.sync();
      return { sheet: names.sheet, table: names.table, listsSheet: names.lists, syncs: batch.syncs };
    } catch (error) {
      throw asAuditError(error, PAYLOAD_LIMIT);
    }
  });
}
