/**
 * Recent graduates (PG26 p.89, footnote 98): VET learners may go up to 12 months after graduation, but not in group
 * mobility, which is for enrolled learners only. Hosted teachers in training likewise graduated at most 12 months ago.
 */
import { addMonths, dayNumber, isoFromDayNumber } from "../dates";
import { PARTICIPANT_RULES } from "../project-rules";
import type { ActivityCheck } from "./context";

export const checkRecentGraduates: ActivityCheck = (a, _project, report) => {
  if (a.activity.recentGraduate === true && a.family === "group-mobility" && a.sector === "VET") {
    report.activity("recent-graduate-in-group", a, {});
  }
  const graduation = a.activity.graduationDate;
  if (graduation === undefined) return;
  if (dayNumber(graduation) === undefined) {
    report.activity("value-unreadable", a, { field: "graduationDate", value: graduation, expected: "date" }, "graduationDate");
    return;
  }
  if (a.startDay === undefined) return;
  const months = PARTICIPANT_RULES.recentGraduateMonths;
  const latestStart = dayNumber(addMonths(graduation, months)) as number;
  if (a.startDay > latestStart) {
    report.activity("recent-graduate-too-late", a, { graduation, start: isoFromDayNumber(a.startDay), months });
  }
};
