/**
 * Dates of one activity: present and readable, in order, inside the project (rules-2026.md §4; PG26 p.93). A date that
 * is no calendar date ("2026-02-30") is reported rather than skipped, for callers that did not parse the plan.
 */
import { isoFromDayNumber } from "../dates";
import type { ActivityCheck } from "./context";

export const checkDates: ActivityCheck = (a, project, report) => {
  if (a.activity.start === undefined) report.activity("date-missing", a, { field: "start" }, "start");
  else if (a.startDay === undefined) report.activity("value-unreadable", a, { field: "start", value: a.activity.start, expected: "date" }, "start");
  if (a.activity.end === undefined) report.activity("date-missing", a, { field: "end" }, "end");
  else if (a.endDay === undefined) report.activity("value-unreadable", a, { field: "end", value: a.activity.end, expected: "date" }, "end");
  if (a.startDay === undefined || a.endDay === undefined) return;
  if (a.endDay < a.startDay) {
    report.activity("date-order", a, { start: isoFromDayNumber(a.startDay), end: isoFromDayNumber(a.endDay) });
    return;
  }
  const { startDay: projectStart, endDay: projectEnd } = project;
  if (projectStart === undefined || projectEnd === undefined) return;
  if (a.startDay < projectStart || a.endDay > projectEnd) {
    report.activity(
      "outside-project-period",
      a,
      {
        start: isoFromDayNumber(a.startDay),
        end: isoFromDayNumber(a.endDay),
        projectStart: isoFromDayNumber(projectStart),
        projectEnd: isoFromDayNumber(projectEnd),
      },
      a.startDay < projectStart ? "start" : "end",
    );
  }
};
