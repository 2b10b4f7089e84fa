/**
 * --out with --budget: a sheet "Budget" ("Budget 2", … if the name is taken) in the copy, one budget line per row with
 * a link to its plan row, the amounts as numbers (EUR, minimum and maximum), its page; then what is not in the
 * estimate, the totals per category, the assumptions and the total.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { Language } from "../rules";
import { FUNDING_WORDS, formatBounds, lineDetail, type Bounds } from "../rules/funding";
import type { PlanBudget } from "./budget";
import { auditSheetName, linkFormula } from "./write-copy";

const COLUMNS = {
  en: ["Sheet", "Row", "Budget line", "Detail", "Quantity", "Unit", "Rate min (EUR)", "Rate max (EUR)", "Min (EUR)", "Max (EUR)", "Source"],
  lv: [
    "Lapa",
    "Rinda",
    "Budžeta pozīcija",
    "Sīkāk",
    "Daudzums",
    "Vienība",
    "Likme min. (EUR)",
    "Likme maks. (EUR)",
    "Min. (EUR)",
    "Maks. (EUR)",
    "Avots",
  ],
} as const;
const WIDTHS = [16, 8, 34, 30, 10, 26, 14, 14, 12, 12, 18];
const LABELS = {
  en: { missing: "Not in the estimate", total: "Total", assumptions: "Assumptions", warning: "Warning", sheet: "Budget" },
  lv: { missing: "Aprēķinā nav", total: "Kopā", assumptions: "Pieņēmumi", warning: "Brīdinājums", sheet: "Budžets" },
} as const;

const euros = (cents: number) => cents / 100;

/** Adds the budget sheet to `workbook` and returns it. */
export function addBudgetSheet(workbook: Workbook, { estimate, where }: PlanBudget, language: Language): Worksheet {
  const words = FUNDING_WORDS[language];
  const labels = LABELS[language];
  const sheet = workbook.addWorksheet(auditSheetName(workbook, labels.sheet), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS[language].map((header, i) => ({ header, width: WIDTHS[i] }));
  sheet.getRow(1).font = { bold: true };
  const money = (row: ReturnType<Worksheet["addRow"]>, first: number, ...amounts: Bounds[]) =>
    amounts.forEach((b, i) => {
      row.getCell(first + 2 * i).value = euros(b.min);
      row.getCell(first + 2 * i + 1).value = euros(b.max);
      row.getCell(first + 2 * i).numFmt = row.getCell(first + 2 * i + 1).numFmt = "#,##0.00";
    });
  const link = (row: ReturnType<Worksheet["addRow"]>, place: { sheet: string; row: number } | undefined) => {
    if (!place) return;
    row.getCell(1).value = place.sheet;
    row.getCell(2).value = { ...linkFormula(place.sheet, `A${place.row}`), result: String(place.row) };
    row.getCell(2).font = { color: { argb: "FF0563C1" }, underline: true };
  };
  for (const activity of estimate.activities) {
    for (const line of activity.lines) {
      const row = sheet.addRow([]);
      link(row, where.get(activity.id));
      row.getCell(3).value = words.categories[line.category];
      row.getCell(4).value = lineDetail(line, language);
      row.getCell(5).value = line.quantity;
      row.getCell(6).value = words.unit(line.unit, line.quantity).replace(/^\d+ /, "");
      money(row, 7, line.rate, line.amount);
      row.getCell(11).value = line.source;
    }
  }
  sheet.addRow([]);
  sheet.addRow([labels.missing]).font = { bold: true };
  for (const m of estimate.missing) {
    const row = sheet.addRow([]);
    link(row, m.id === undefined ? undefined : where.get(m.id));
    row.getCell(3).value = words.categories[m.category];
    row.getCell(4).value = words.missing[m.why];
  }
  sheet.addRow([]);
  for (const { category, amount } of estimate.categories) {
    const row = sheet.addRow([]);
    row.getCell(3).value = words.categories[category];
    money(row, 9, amount);
  }
  const total = sheet.addRow([]);
  total.getCell(3).value = labels.total;
  money(total, 9, estimate.total);
  total.font = { bold: true };
  sheet.addRow([]);
  sheet.addRow([labels.assumptions]).font = { bold: true };
  for (const a of estimate.assumptions) sheet.addRow([words.assumption(a)]);
  if (estimate.coursesLimit?.exceeded) {
    const text = words.coursesLimit(estimate.coursesLimit, (b) => formatBounds(b, language));
    sheet.addRow([`${labels.warning}: ${text}`]).font = { color: { argb: "FF9C5700" } };
  }
  return sheet;
}
