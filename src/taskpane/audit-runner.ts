/**
 * Runs the audit in a Web Worker (audit-worker.js, built beside taskpane.js) when the browser has workers, and in
 * this thread otherwise or when the worker cannot start (a host that forbids workers): the result is the same, only
 * the pane's responsiveness differs.
 */
import type { AuditOptions, AuditReport, WorkbookGrid } from "../audit";
import { auditInThread } from "../excel";
import type { AuditRunner } from "../excel/types";

const WORKER_URL = "audit-worker.js";

type Reply = { readonly id: number; readonly report?: AuditReport; readonly error?: string };

export function createAuditRunner(): AuditRunner {
  let worker: Worker | undefined;
  let broken = typeof Worker === "undefined";
  let nextId = 0;
  const pending = new Map<number, { resolve: (report: AuditReport) => void; reject: (error: Error) => void; fallback: () => void }>();

  const start = (): Worker => {
    const created = new Worker(WORKER_URL);
    created.onmessage = (event: MessageEvent<Reply>) => {
      const waiting = pending.get(event.data.id);
      if (!waiting) return;
      pending.delete(event.data.id);
      if (event.data.report) waiting.resolve(event.data.report);
      else waiting.reject(new Error(event.data.error ?? "The audit failed."));
    };
    // A worker that fails to load (blocked, missing file) or cannot pass the plan answers nothing: audit in this
    // thread instead, now and from then on.
    const giveUp = (event: Event) => {
      event.preventDefault();
      broken = true;
      worker = undefined;
      created.terminate();
      for (const waiting of pending.values()) waiting.fallback();
      pending.clear();
    };
    created.onerror = giveUp;
    created.onmessageerror = giveUp;
    return created;
  };

  const inThread = (workbook: WorkbookGrid, options: AuditOptions) => auditInThread(workbook, options);

  return (workbook, options) => {
    if (broken) return inThread(workbook, options);
    return new Promise<AuditReport>((resolve, reject) => {
      const id = nextId++;
      const fallback = () => inThread(workbook, options).then(resolve, reject);
      pending.set(id, { resolve, reject, fallback });
      try {
        worker ??= start();
        worker.postMessage({ id, workbook, options });
      } catch {
        pending.delete(id);
        broken = true;
        fallback();
      }
    });
  };
}
