/** The entry points: check a whole plan, or one activity on its own (custom functions, a single row). */
import type { Activity, Plan, Project } from "./activity";
import {
  ACTIVITY_CHECKS,
  CROSS_ACTIVITY_CHECKS,
  PROJECT_CHECKS,
  prepareActivity,
  prepareProject,
  type PreparedActivity,
  type Reporter,
} from "./checks";
import { issue, type Issue } from "./rules";
import { resetSuggestionSearches } from "./text";

function reporter(): Reporter {
  const issues: Issue[] = [];
  return {
    issues,
    activity: (rule, target, params, field) => issues.push(issue(rule, params, { activityId: target.id, field })),
    project: (rule, params, projectField) => issues.push(issue(rule, params, { projectField })),
  };
}

/** Every issue of a plan: each activity, the activities together, and the project. */
export function checkPlan(plan: Plan): Issue[] {
  resetSuggestionSearches();
  const report = reporter();
  const project = prepareProject(plan.project, report, plan.recordedFields);
  // Indexed loops over the rows: this runs once per audit, mostly before V8 optimises it, and a for-of step there
  // allocates an iterator result per row.
  const activities: PreparedActivity[] = [];
  for (let i = 0; i < plan.activities.length; i++) activities.push(prepareActivity(plan.activities[i], project, report));
  for (let i = 0; i < activities.length; i++)
    for (let c = 0; c < ACTIVITY_CHECKS.length; c++) ACTIVITY_CHECKS[c](activities[i], project, report);
  for (const check of CROSS_ACTIVITY_CHECKS) check(activities, project, report);
  for (const check of PROJECT_CHECKS) check(activities, project, report);
  return report.issues;
}

/**
 * The issues of one activity on its own: labels, dates, duration, countries, travel days, graduates, reminders.
 * Project settings given are used (sector, period, country) but the project itself is not checked.
 */
export function checkActivity(activity: Activity, project: Project = {}): Issue[] {
  resetSuggestionSearches();
  const report = reporter();
  const prepared = prepareProject(project, report);
  const a = prepareActivity(activity, prepared, report);
  for (const check of ACTIVITY_CHECKS) check(a, prepared, report);
  return report.issues;
}
