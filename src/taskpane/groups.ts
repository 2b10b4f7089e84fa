/**
 * Issues grouped for the list: one group per sheet row (project-level issues first, in one group), with the severity
 * filter applied. Pure, so it is tested without a browser.
 */
import type { AuditIssue } from "../audit";
import type { Severity } from "../rules";

export interface IssueGroup {
  /** "" for the project group; otherwise sheet and row. */
  readonly key: string;
  readonly sheet: string | null;
  readonly row: number | null;
  /** Indexes into the report's issues. */
  readonly issues: readonly number[];
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function groupKey(issue: AuditIssue): string {
  return issue.sheet === null || issue.row === null ? "" : `${issue.sheet}\u0000${issue.row}`;
}

/**
 * The rows worst first: the project group, then the rows with an error, then those with a warning, then info, each in
 * the report's order (sheet, row). An ineligible country or a wrong date on row 1,900 is on the first page, not
 * behind "Show more" after a thousand rows of notes.
 */
export function groupIssues(issues: readonly AuditIssue[], filter: Readonly<Record<Severity, boolean>>): IssueGroup[] {
  const groups = new Map<string, { sheet: string | null; row: number | null; issues: number[] }>();
  issues.forEach((issue, index) => {
    if (!filter[issue.severity]) return;
    const key = groupKey(issue);
    let group = groups.get(key);
    if (!group) {
      group = { sheet: key === "" ? null : issue.sheet, row: key === "" ? null : issue.row, issues: [] };
      groups.set(key, group);
    }
    group.issues.push(index);
  });
  const rank = (key: string, indexes: readonly number[]) => (key === "" ? -1 : SEVERITIES.indexOf(worstSeverity(issues, indexes)));
  // Array.prototype.sort is stable: within a rank the report's order stays.
  return [...groups]
    .map(([key, group]) => ({ key, ...group, rank: rank(key, group.issues) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ rank: _rank, ...group }) => group);
}

/** The most severe severity among a group's issues (for the group's marker). */
export function worstSeverity(issues: readonly AuditIssue[], indexes: readonly number[]): Severity {
  let worst = 2;
  for (const index of indexes) worst = Math.min(worst, SEVERITIES.indexOf(issues[index].severity));
  return SEVERITIES[worst];
}

export interface RuleGroup {
  readonly rule: string;
  readonly severity: Severity;
  /** Indexes into the report's issues, in report order. */
  readonly issues: readonly number[];
}

/**
 * Issues grouped by rule for the "By rule" view: errors first, then warnings, then info; within a severity the
 * rule with the most issues first (ties in report order). A hundred rows with one repeated message are one line.
 */
export function groupByRule(issues: readonly AuditIssue[], filter: Readonly<Record<Severity, boolean>>): RuleGroup[] {
  const groups = new Map<string, { severity: Severity; issues: number[] }>();
  issues.forEach((issue, index) => {
    if (!filter[issue.severity]) return;
    let group = groups.get(issue.rule);
    if (!group) {
      group = { severity: issue.severity, issues: [] };
      groups.set(issue.rule, group);
    }
    group.issues.push(index);
  });
  return [...groups]
    .map(([rule, group]) => ({ rule, ...group }))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || b.issues.length - a.issues.length);
}
