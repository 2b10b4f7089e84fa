/** The project settings the workbook holds (for the pane's form), and where each was read. */
import { workbookProject, type SheetGrid, type WorkbookProject } from "../audit";
import { Batch, type BatchOp, packOps } from "./batch";
import { queueSessionProbe } from "./session";
import { storedReaders } from "./stored-readers";
import type { ExcelHost } from "./types";

/** The top of each sheet that the project block and the plan's header can stand in. */
const PROJECT_AREA = { rows: 60, columns: 40 };

export async function readWorkbookProject(host: ExcelHost): Promise<WorkbookProject> {
  const readers = await storedReaders();
  return host.run(async (context) => {
    const batch = new Batch(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/id,items/name");
    const date = context.workbook.functions.date(1904, 1, 1);
    date.load("value");
    const probe = queueSessionProbe(host, context, readers);
    await batch.sync();
    probe();
    const grids: SheetGrid[] = [];
    const ops = worksheets.items.map((sheet): BatchOp => ({
      request: 300,
      response: PROJECT_AREA.rows * PROJECT_AREA.columns * 12,
      queue: (b) => {
        const worksheet = b.worksheet(sheet.id);
        const top = worksheet
          .getUsedRange(true)
          .getIntersectionOrNullObject(worksheet.getRangeByIndexes(0, 0, PROJECT_AREA.rows, PROJECT_AREA.columns));
        top.load("values,rowIndex,columnIndex");
        return () => {
          if (!top.isNullObject)
            grids.push({ name: sheet.name, rows: top.values, firstRow: top.rowIndex + 1, firstColumn: top.columnIndex + 1 });
        };
      },
    }));
    for (const group of packOps(ops)) {
      const finishers = group.map((op) => op.queue(batch));
      await batch.sync();
      for (const finish of finishers) finish?.();
    }
    return workbookProject({ sheets: grids, date1904: date.value === 0 });
  });
}
