/**
 * --template: a new workbook holding a plan sheet made from src/audit/plan-template.ts — the project block, the plan as
 * an Excel table with frozen headers, drop-downs from a hidden lists sheet and date checks inside the project period.
 * No formulas (Excel may not bind custom functions in a file it did not write, and a table without rows has none to
 * calculate); the pane's plan sheet adds the duration and check columns.
 */
import { Workbook, type DataValidation, type Worksheet } from "exceljs";
import {
  listName,
  planTemplate,
  settingCellValue,
  templateValidation,
  type PlanTemplate,
  type TemplateCheck,
  type TemplateList,
  type TemplateOptions,
} from "../audit/plan-template";
import { columnLetter } from "../audit";
import { writeWorkbookFile } from "./write-copy";

/** exceljs 4.4 has a sheet's data validations (lib/doc/data-validations.js) but leaves them out of its types. */
type ValidatedSheet = Worksheet & { readonly dataValidations: { add(address: string, validation: DataValidation): void } };

/** Excel's Data Validation for a check of the cell `first` (the top cell of the range it covers). */
function validation(template: PlanTemplate, check: TemplateCheck, first: string, prompt?: string): DataValidation {
  const { rule, title, error, prompt: message } = templateValidation(template, check, first, prompt);
  // A warning, not a stop: the coordinator may keep a value of their own, which the audit then judges.
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: title,
    error,
    ...(message ? { showInputMessage: true, prompt: message } : {}),
  };
  switch (rule.kind) {
    case "list":
      return { ...common, type: "list", formulae: [rule.name] };
    case "custom":
      return { ...common, type: "custom", formulae: [rule.formula] };
    case "whole":
      return { ...common, type: "whole", operator: "between", formulae: [rule.min, rule.max] };
  }
}

function writeLists(workbook: Workbook, template: PlanTemplate): void {
  const sheet = workbook.addWorksheet(template.listsSheetName, { state: "hidden" });
  const quoted = `'${template.listsSheetName.replace(/'/g, "''")}'`;
  Object.entries(template.lists).forEach(([list, values], index) => {
    const letter = columnLetter(index + 1);
    values.forEach((value, row) => (sheet.getCell(`${letter}${row + 1}`).value = value));
    sheet.getColumn(index + 1).width = Math.max(12, ...values.map((value) => value.length + 2));
    workbook.definedNames.add(`${quoted}!$${letter}$1:$${letter}$${values.length}`, listName(list as TemplateList));
  });
}

function writePlanSheet(workbook: Workbook, template: PlanTemplate): Worksheet {
  const { headerRow, settingsRow, columns, dateFormat } = template;
  const sheet = workbook.addWorksheet(template.sheetName, { views: [{ state: "frozen", ySplit: headerRow }] }) as ValidatedSheet;
  sheet.getCell("A1").value = template.title;
  sheet.getCell("A1").font = { bold: true, size: 14 };

  template.settings.forEach((entry, index) => {
    const { setting, label, check } = entry;
    const row = settingsRow + index;
    sheet.getCell(`A${row}`).value = label;
    sheet.getCell(`A${row}`).font = { bold: true };
    const cell = sheet.getCell(`B${row}`);
    const value = settingCellValue(template, entry);
    if (value !== undefined) cell.value = typeof value === "string" ? value : new Date(`${value.date}T00:00:00Z`);
    if (setting === "start" || setting === "end") cell.numFmt = dateFormat;
    if (check) sheet.dataValidations.add(`B${row}`, validation(template, check, `B${row}`));
  });

  sheet.addTable({
    name: template.tableName,
    ref: `A${headerRow}`,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: columns.map((column) => ({ name: column.header, filterButton: true })),
    // A table has at least one row; it grows as the coordinator types below it.
    rows: [columns.map(() => null)],
  });

  const lastRow = headerRow + template.checkedRows;
  columns.forEach((column, index) => {
    const letter = columnLetter(index + 1);
    sheet.getColumn(index + 1).width = column.width;
    if (column.check?.kind === "date-in-period" || column.check?.kind === "date") sheet.getColumn(index + 1).numFmt = dateFormat;
    if (column.check) {
      const first = `${letter}${headerRow + 1}`;
      sheet.dataValidations.add(`${first}:${letter}${lastRow}`, validation(template, column.check, first, column.prompt));
    }
  });
  return sheet;
}

/** The template workbook, in memory. */
export function templateWorkbook(options: TemplateOptions): Workbook {
  const template = planTemplate(options);
  const workbook = new Workbook();
  writePlanSheet(workbook, template);
  writeLists(workbook, template);
  return workbook;
}

/** Writes a new plan workbook to `out` (a new name: the caller has refused an existing file). */
export async function writeTemplate(out: string, options: TemplateOptions): Promise<void> {
  await writeWorkbookFile(templateWorkbook(options), out);
}
