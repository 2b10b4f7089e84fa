/**
 * A full-height plan: a header row and 1,048,575 activity rows (every row Excel allows), written with exceljs's
 * streaming writer so that writing it takes bounded memory. Shared strings and styles as Excel writes them; dates as
 * date-formatted numbers; the duration, where present, as a formula with its result. The bench and the big-sheet test
 * write it into a temporary folder, never into the repository.
 */
import { stream } from "exceljs";
import { isCellDate, type CellValue } from "../src/audit";
import { COLUMNS, HEADERS, planRowStream } from "./plan-generator";

/** Every row below the header: 1,048,576 − 1. */
export const FULL_HEIGHT_ROWS = 1_048_575;

/** A 14th column, free text, so that the widest plan has one column the audit does not read. */
const NOTES_HEADER = "Piezīmes";
/** The plan's columns in the order a narrower plan keeps them: 5 columns are name, activity, both dates, country. */
const KEPT_FIRST = [1, 3, 4, 5, 7, 6, 0, 2, 8, 9, 10, 11, 12, 13];

export const MIN_COLUMNS = 5;
export const MAX_COLUMNS = KEPT_FIRST.length;

function excelValue(value: CellValue): unknown {
  return isCellDate(value) ? new Date(`${value.date}T00:00:00Z`) : (value ?? null);
}

/** A country outside the programme: with `everyRowWrong`, every row has it, so every row has an error. */
const WRONG_COUNTRY = "Šveice";

/**
 * Mistakes in the plan: "few" as plans have them (about 1 row in 50); "every-row", the same country outside the
 * programme on every row (an issue per row, one message for all); "every-row-distinct", a stated duration that
 * disagrees with the dates by a different number of days on every row, so each row's message is its own (the
 * report's worst case: no two issues share their words).
 */
export type TallPlanMistakes = "few" | "every-row" | "every-row-distinct";

/** Writes `rows` plan rows under one header row, keeping `columns` (5 to 14) of the plan's columns. */
export async function writeTallPlanXlsx(path: string, rows: number, columns: number, mistakes: TallPlanMistakes = "few"): Promise<void> {
  const kept = KEPT_FIRST.slice(0, Math.max(MIN_COLUMNS, Math.min(MAX_COLUMNS, columns))).sort((a, b) => a - b);
  const headers = [...HEADERS, NOTES_HEADER];
  const workbook = new stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet("Mobilitātes");
  sheet.addRow(kept.map((c) => headers[c])).commit();
  const durationAt = kept.indexOf(COLUMNS.duration);
  const startAt = kept.indexOf(COLUMNS.start);
  const endAt = kept.indexOf(COLUMNS.end);
  let written = 0;
  for (const cells of planRowStream()) {
    if (written >= rows) break;
    written++;
    const r = written + 1;
    if (mistakes === "every-row") cells[COLUMNS.country] = WRONG_COUNTRY;
    else if (mistakes === "every-row-distinct") cells[COLUMNS.duration] = (cells[COLUMNS.duration] as number) + r;
    const values = kept.map((c) => (c === MAX_COLUMNS - 1 ? (r % 7 === 0 ? `Piezīme ${r}` : null) : excelValue(cells[c])));
    const row = sheet.addRow(values);
    for (const at of [startAt, endAt]) if (at >= 0 && values[at] instanceof Date) row.getCell(at + 1).numFmt = "dd.mm.yyyy";
    const start = cells[COLUMNS.start];
    const end = cells[COLUMNS.end];
    if (durationAt >= 0 && startAt >= 0 && endAt >= 0 && isCellDate(start) && isCellDate(end)) {
      const s = String.fromCharCode(65 + startAt);
      const e = String.fromCharCode(65 + endAt);
      row.getCell(durationAt + 1).value = { formula: `${e}${r}-${s}${r}+1`, result: cells[COLUMNS.duration] as number };
    }
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}
