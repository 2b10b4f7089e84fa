/** The pure audit in this thread, loaded on first use: the pane's bundle carries the rules engine as a separate chunk. */
import type { AuditRunner } from "./types";

export const auditInThread: AuditRunner = async (workbook, options) => {
  const { auditWorkbook } = await import(/* webpackChunkName: "audit-engine" */ "../audit/audit");
  return auditWorkbook(workbook, options);
};
