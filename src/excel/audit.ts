/** "Audit sheet" and "Audit workbook": read, audit with src/audit, restore the previous marks and mark the flagged cells. */
import { type CellMarkOptions, HEADER_SEARCH_ROWS, type SheetGrid } from "../audit";
import { auditInThread } from "./audit-in-thread";
import { cellA1, parseAddress } from "./address";
import { Batch, type BatchOp, PAYLOAD_LIMIT, runReadOps, yieldToPane } from "./batch";
import { ExcelAuditError, asAuditError, refuseProtected } from "./errors";
import { CLEAR_RECORD, auditCheckBudget, checkOps, readHead } from "./first-read";
import { notesSupported, requireBase } from "./host";
import { readBlocks } from "./read-blocks";
import { relocateInGrids } from "./relocate-marks";
import { gridPrints } from "./row-prints";
import { MAX_USED_CELLS, MERGES_API, SheetReader } from "./read-grid";
import { session } from "./session";
import { storedReaders } from "./stored-readers";
import { sheetPreview } from "./preview";
import { markTargets } from "./targets";
import type { AuditRequest, ExcelAuditResult, ExcelHost } from "./types";
import { writeMarks } from "./write-marks";

/** Issues of cells inside a merged area mark the area's top-left cell, the one Excel shows. */
function shownAt(readers: readonly SheetReader[]): CellMarkOptions["shownAt"] {
  const merges = new Map(readers.map((r) => [r.name, r.mergedAreas]));
  return (sheet, cell) => {
    const { row, column } = parseAddress(cell);
    const area = merges
      .get(sheet)
      ?.find((m) => row >= m.row && row < m.row + m.rows && column >= m.column && column < m.column + m.columns);
    return area ? cellA1(area.row, area.column) : cell;
  };
}

export async function auditInExcel(host: ExcelHost, request: AuditRequest): Promise<ExcelAuditResult> {
  requireBase(host);
  const notesOn = notesSupported(host);
  const merges = host.isSetSupported("ExcelApi", MERGES_API);
  const progress = request.onProgress ?? (() => undefined);
  const stored = await storedReaders();
  return host.run(async (context) => {
    const batch = new Batch(context);
    try {
      progress({ phase: "reading", done: 0, total: 0 });
      const cache = session.get(host);
      const head = await readHead(batch, {
        activeSheet: request.scope === "sheet",
        notes: notesOn,
        cache,
        blind: true,
        plain: false,
        checkBudget: auditCheckBudget(cache),
        merges,
        readers: stored,
      });
      const targets = request.scope === "sheet" ? (head.active ? [head.active] : []) : head.sheets;
      const record = head.record;
      // Nothing is written to a protected sheet: the active sheet (scope "sheet"), and any sheet whose old marks
      // must be restored, are refused before reading; in scope "workbook", sheets with cells to mark after the audit.
      const markedSheets = head.sheets.filter((s) => record.has(s.id));
      refuseProtected([...(request.scope === "sheet" ? targets : []), ...markedSheets]);

      const readers =
        request.scope === "sheet" && head.reader ? [head.reader] : targets.map((s) => new SheetReader(s.id, s.name, head.plain));
      const checks = checkOps(head, notesOn);
      let readSyncs = 1;
      if (request.scope === "workbook") {
        // The used ranges' sizes and merged areas first (the checks ride along), then the blocks.
        const sizes = readers.map((reader): BatchOp => ({
          request: merges ? 400 : 300,
          response: merges ? 2_000 : 200,
          queue: (b) => reader.queueUsed(b.worksheet(reader.id), merges).finish,
        }));
        const before = batch.syncs;
        await runReadOps(batch, [...sizes, ...checks.ops]);
        readSyncs += batch.syncs - before;
        checks.ops.length = 0;
      }
      const tooLarge = readers.find((r) => r.used && r.used.rows * r.used.columns > MAX_USED_CELLS);
      if (tooLarge?.used) {
        const { rows, columns } = tooLarge.used;
        throw new ExcelAuditError({
          reason: "too-large",
          params: { sheet: tooLarge.name, rows, columns, cells: rows * columns, limit: MAX_USED_CELLS },
        });
      }
      const totalRows = readers.reduce((n, r) => n + (r.used?.rows ?? 0), 0);
      const rowsRead = () => readers.reduce((n, r) => n + r.rowsRead, 0);
      progress({ phase: "reading", done: rowsRead(), total: totalRows });
      const bytesPerCell = Math.max(...readers.map((r) => r.bytesPerCell()));
      const before = batch.syncs;
      const blocks = await readBlocks(batch, readers, checks.ops, () => progress({ phase: "reading", done: rowsRead(), total: totalRows }));
      readSyncs += batch.syncs - before;

      progress({ phase: "auditing", done: totalRows, total: totalRows });
      await yieldToPane();
      const grids: SheetGrid[] = readers.map((r) => r.grid(head.date1904));
      const runAudit = request.runAudit ?? auditInThread;
      const input = {
        workbook: { sheets: grids, date1904: head.date1904 },
        options: {
          language: request.language,
          project: request.project,
          mappings: request.mappings,
          ...(request.keepActivities ? { keepActivities: true } : {}),
        },
      };
      const report = await runAudit(input.workbook, input.options);
      if (report.tables.length === 0) {
        const sheet = request.scope === "sheet" ? (head.active?.name ?? "") : null;
        const active = grids.find((g) => g.name === head.active?.name) ?? grids[0];
        const preview = active ? sheetPreview(active) : undefined;
        throw new ExcelAuditError({
          reason: "no-plan-table",
          params: { sheet, rows: HEADER_SEARCH_ROWS, ...(preview ? { preview } : {}) },
        });
      }
      const previews = report.tables.flatMap((table) => {
        const grid = grids.find((g) => g.name === table.sheet);
        return grid ? [sheetPreview(grid, table.headerRow)] : [];
      });
      const sheetIds = new Map(head.sheets.map((s) => [s.name, s.id]));
      const { targets: marks, unmarked } = markTargets(report, sheetIds, { shownAt: shownAt(readers) });
      refuseProtected(head.sheets.filter((s) => marks.has(s.id)));
      const total = [...marks.values()].reduce((n, cells) => n + cells.size, 0);
      progress({ phase: "highlighting", done: 0, total });
      // Rows inserted or deleted since the record was written, unheard: old marks are restored where their rows went.
      const gridIds = new Map(grids.map((g) => [sheetIds.get(g.name) as string, g]));
      const oldMarks = await relocateInGrids(batch, record, gridIds, checks.current);
      const written = await writeMarks(batch, {
        record: oldMarks,
        current: checks.current,
        notes: checks.notes,
        targets: marks,
        sheetNames: new Map(head.sheets.map((s) => [s.id, s.name])),
        chunks: head.chunks,
        recordText: head.recordUnreadable ? CLEAR_RECORD : head.recordText,
        prints: new Map([...gridIds].map(([id, g]) => [id, gridPrints(g.rows, g.firstRow ?? 1, g.firstColumn ?? 1)])),
        onSync: (done, all) => progress({ phase: "highlighting", done: Math.round((done / Math.max(all, 1)) * total), total }),
      });
      const noteCount = head.noteCount === undefined ? undefined : head.noteCount + written.notesAdded - written.notesDeleted;
      session.set(host, {
        recordText: written.recordText,
        noteCount,
        headBytes: head.reader?.bytes ?? cache?.headBytes,
        live: {
          grids,
          date1904: head.date1904,
          report,
          sheetIds,
          merges: new Map(readers.map((r) => [r.name, r.mergedAreas])),
          targets: marks,
          recordBefore: record,
          recordText: written.recordText,
          chunks: written.chunks,
          notes: checks.notes,
          noteCount,
        },
      });
      return {
        report,
        input,
        previews,
        highlighted: written.highlighted,
        notesWritten: notesOn && checks.notes !== undefined,
        syncs: batch.syncs,
        restored: written.restored,
        notesSkipped: written.notesSkipped,
        unmarked,
        reads: { syncs: readSyncs, blocks, bytesPerCell },
        ...(head.recordUnreadable ? { recordUnreadable: true } : {}),
      };
    } catch (error) {
      session.forget(host);
      throw asAuditError(error, PAYLOAD_LIMIT);
    }
  });
}
