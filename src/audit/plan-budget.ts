/**
 * The grant estimate of an audited plan (audited with keepActivities): src/rules/funding's estimate over the rows the
 * audit read, with each activity id's sheet and row. Shared by the command (--budget) and the pane's Budget view.
 * Not exported from src/audit/index.ts, so that the funding code comes only to those that import it.
 */
import { estimatePlan, type AgencyRates, type Estimate } from "../rules/funding";
import type { AuditReport } from "./report";

export interface PlanBudget {
  readonly estimate: Estimate;
  /** Each activity id's sheet and row. */
  readonly where: ReadonlyMap<number | string, { readonly sheet: string; readonly row: number }>;
}

/** The estimate of an audited plan (audited with keepActivities). */
export function planBudget(report: AuditReport, rates?: AgencyRates): PlanBudget {
  const located = report.activities ?? [];
  const where = new Map(located.map(({ sheet, row, activity }) => [activity.id, { sheet, row }]));
  const estimate = estimatePlan({ project: report.project, activities: located.map((l) => l.activity) }, rates);
  return { estimate, where };
}
