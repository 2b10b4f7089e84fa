/** The Office.js host (Excel.run and requirement sets), and the requirement sets the add-in needs. */
import { ExcelAuditError } from "./errors";
import type { ExcelHost } from "./types";

/** getRanges/RangeAreas, getSpecialCells and RangeFill.pattern. */
const BASE_API = "1.9";
/** Notes. */
const NOTES_API = "1.18";
/** What Excel needs for the add-in to write notes, as the pane names it. */
export const NOTES_REQUIREMENT = `ExcelApi ${NOTES_API}`;

export function notesSupported(host: ExcelHost): boolean {
  return host.isSetSupported("ExcelApi", NOTES_API);
}

/** Refuses an Excel without the base requirement set. */
export function requireBase(host: ExcelHost): void {
  if (!host.isSetSupported("ExcelApi", BASE_API))
    throw new ExcelAuditError({ reason: "excel-too-old", params: { requirement: `ExcelApi ${BASE_API}` } });
}

let office: ExcelHost | undefined;

/** The real host, from the Office.js globals (one per pane, so the session cache holds across calls). */
export function officeHost(): ExcelHost {
  office ??= {
    run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
  return office;
}
