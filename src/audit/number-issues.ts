/**
 * The project number's issues: settings that contradict it, and a number of an action the audit does not cover. Apart
 * from project-settings.ts because issues bring the rules' registry: the task pane reads settings without it.
 */
import { isAuditedAction, issue as ruleIssue, numberConflicts, type Issue, type Project } from "../rules";
import { projectFrom, projectNumberOf, type SettingCell, type SettingReading } from "./project-settings";

/**
 * The project number against the settings written (in cells or by the caller): each contradiction on the setting's
 * cell, and a number of an action the audit does not cover on the number's cell.
 */
export function numberIssues(settings: readonly SettingReading[], overrides: Project = {}): { issue: Issue; at?: SettingCell }[] {
  const found = projectNumberOf(settings);
  if (!found) return [];
  const { number, at } = found;
  const written = projectFrom(
    settings.filter((s) => s.field !== "number"),
    overrides,
  );
  const result: { issue: Issue; at?: SettingCell }[] = numberConflicts(written, number).map((conflict) => ({
    issue: ruleIssue("project-number-conflict", { ...conflict, number: number.text }, { projectField: conflict.field }),
    at: overrides[conflict.field] === undefined ? settings.find((s) => s.field === conflict.field)?.at : undefined,
  }));
  if (!isAuditedAction(number.action))
    result.push({ issue: ruleIssue("project-number-action", { number: number.text, action: number.action }), at });
  return result;
}
