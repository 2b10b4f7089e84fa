/** Shows a cell: activates its sheet and selects it. */
import type { ExcelHost } from "./types";

export async function selectCell(host: ExcelHost, sheet: string, cell: string): Promise<void> {
  await host.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}
