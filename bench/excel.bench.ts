/**
 * Round trips of the Excel layer, measured with the in-memory fake of Office.js (test/excel/fake-excel.ts) on
 * generated plans with deliberate mistakes: context.sync calls per audit and per clear, and the largest request and
 * response (Excel on the web refuses more than 5 MB). Sync counts are exact, not timings.
 */
import { performance } from "node:perf_hooks";
import { auditInExcel, clearAuditMarks, loadStoredSettings } from "../src/excel";
import { startLiveCheck } from "../src/excel/live-check";
import * as liveDeps from "../src/excel/live-deps";
import { cloneWorkbook, createFakeExcel, fakeWorkbook } from "../test/excel/fake-excel";
import { planSheet, type PlanOptions } from "../test/excel/plans";
import type { BenchFigure } from "./run";

async function audited(rows: number, options: PlanOptions = {}) {
  const fake = createFakeExcel(fakeWorkbook([planSheet("Plan", rows, { mistakeEvery: 25, ...options })]));
  const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
  return { fake, result };
}

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const add = (key: string, value: number, unit = "syncs") => figures.push({ key, value, unit });

  for (const rows of [100, 20_000, 100_000]) {
    const { fake, result } = await audited(rows);
    add(`excel.syncs.audit.rows_${rows}`, result.syncs);
    if (rows === 100_000) {
      add("excel.blocks.audit.rows_100000", result.reads?.blocks ?? 0, "blocks");
      add("excel.bytes.max_response.rows_100000", fake.stats.maxResponse, "bytes");
      add("excel.bytes.max_request.rows_100000", fake.stats.maxRequest, "bytes");
    }
    if (rows === 20_000) {
      add("excel.cells.highlighted.rows_20000", result.highlighted, "cells");
      const reopened = createFakeExcel(cloneWorkbook(fake.workbook));
      const reopenedPane = createFakeExcel(cloneWorkbook(fake.workbook));
      fake.stats.reset();
      const again = await auditInExcel(fake, { scope: "sheet", language: "en" });
      add("excel.syncs.reaudit.rows_20000", again.syncs);
      fake.stats.reset();
      add("excel.syncs.clear.rows_20000", (await clearAuditMarks(fake)).syncs);
      add("excel.syncs.clear_reopened.rows_20000", (await clearAuditMarks(reopened)).syncs);
      // The pane loads its settings when it opens: that sync also tells it the record and the note count.
      await loadStoredSettings(reopenedPane);
      add("excel.syncs.clear_reopened_after_settings.rows_20000", (await clearAuditMarks(reopenedPane)).syncs);
    }
  }

  await liveEdit(add);

  // Every row flagged: 3 travel days on each (at most 2 funded) flags 20,000 cells, each with a note (notes are one
  // call each). The 30-activity cap no longer does: it is one finding, on the first row beyond it.
  const { fake, result } = await audited(20_000, { travelDays: 3 });
  if (result.highlighted < 20_000) throw new Error(`every row should be flagged, but ${result.highlighted} cells are`);
  add("excel.syncs.audit_every_row_flagged.rows_20000", result.syncs);
  add("excel.syncs.clear_every_row_flagged.rows_20000", (await clearAuditMarks(fake)).syncs);
  return figures;
}

/**
 * Checks as you type on a 20,000-row audited plan: one row edited (a mistake made, then fixed, in turn), from the change
 * event to the marks written (debounce set to 0), against the fake; the median time and the most syncs of any burst.
 */
async function liveEdit(add: (key: string, value: number, unit?: string) => void): Promise<void> {
  const { fake, result } = await audited(20_000);
  let syncs = 0;
  const live = await startLiveCheck(fake, {
    deps: liveDeps,
    options: result.input?.options ?? {},
    debounceMs: 0,
    onUpdate: (update) => (syncs = Math.max(syncs, update.syncs)),
    onStop: (reason, error) => {
      throw new Error(`live checking stopped: ${reason} ${String(error)}`);
    },
  });
  if (!live) throw new Error("live checking did not start");
  const times: number[] = [];
  // Row 1,000 of the table (sheet row 1,007): its travel days, 4 (too many) and 2 in turn.
  for (let i = 0; i < 9; i++) {
    const start = performance.now();
    await fake.edit("Plan", "G1007", [[i % 2 === 0 ? 4 : 2]]);
    await live.idle();
    times.push(performance.now() - start);
  }
  await live.stop();
  times.sort((a, b) => a - b);
  add("excel.syncs.live_edit.rows_20000", syncs);
  add("excel.live_edit_ms.rows_20000", Math.round(times[Math.floor(times.length / 2)]), "ms");
}
