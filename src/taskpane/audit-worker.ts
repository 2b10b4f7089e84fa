/**
 * The audit-worker.js bundle: runs src/audit in a Web Worker, so the pane keeps painting its progress while a big
 * plan is checked (a 100,000-row audit takes about a second of pure computation). Messages: { id, workbook, options }
 * in, { id, report } or { id, error } out.
 */
import { auditWorkbook, type AuditOptions, type WorkbookGrid } from "../audit";

interface AuditMessage {
  readonly id: number;
  readonly workbook: WorkbookGrid;
  readonly options: AuditOptions;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<AuditMessage>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  const { id, workbook, options } = event.data;
  try {
    scope.postMessage({ id, report: auditWorkbook(workbook, options) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
