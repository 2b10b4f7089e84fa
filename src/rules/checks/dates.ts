/**
 * Dates of one activity: present and readable, in order, inside the project (rules-2026.md §4; PG26 p.93). A date that
 * is no calendar date ("2026-02-30") is reported rather than skipped, for callers that did not parse the plan.
 */
import { isoFromDayNumber } from "../dates";
import { rule, type RuleModule } from "../rule";
import type { Field } from "../types";
import type { ActivityCheck } from "./context";

const checkDates: ActivityCheck = (a, project, report) => {
  if (a.activity.start === undefined) report.activity("date-missing", a, { field: "start" }, "start");
  else if (a.startDay === undefined)
    report.activity("value-unreadable", a, { field: "start", value: a.activity.start, expected: "date" }, "start");
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

export default {
  rules: {
    "date-missing": rule<{ field: Field }>({
      severity: "error",
      scope: "activity",
      field: "start",
      source: "rules-2026.md §4",
      example: { field: "start" },
      messages: {
        en: (p, f) => `The ${f.field(p.field)} is missing.`,
        lv: (p, f) => `Nav norādīts ${f.field(p.field)}.`,
      },
    }),
    "date-order": rule<{ start: string; end: string }>({
      severity: "error",
      scope: "activity",
      field: "end",
      source: "rules-2026.md §4",
      example: { start: "2026-09-11", end: "2026-09-07" },
      messages: {
        en: (p, f) => `The end date ${f.date(p.end)} is before the start date ${f.date(p.start)}.`,
        lv: (p, f) => `Beigu datums (${f.date(p.end)}) ir pirms sākuma datuma (${f.date(p.start)}).`,
      },
    }),
    "outside-project-period": rule<{ start: string; end: string; projectStart: string; projectEnd: string }>({
      severity: "error",
      scope: "activity",
      field: "start",
      source: "PG26 p.93",
      example: { start: "2027-06-01", end: "2027-06-05", projectStart: "2026-06-01", projectEnd: "2027-05-31" },
      messages: {
        en: (p, f) =>
          `The activity (${f.date(p.start)} – ${f.date(p.end)}) is not inside the project period ${f.date(p.projectStart)} – ${f.date(p.projectEnd)}.`,
        lv: (p, f) =>
          `Aktivitāte (${f.date(p.start)} – ${f.date(p.end)}) nav projekta laikā (${f.date(p.projectStart)} – ${f.date(p.projectEnd)}).`,
      },
    }),
  },
  activity: checkDates,
} satisfies RuleModule;
