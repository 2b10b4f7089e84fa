/**
 * Recent graduates (PG26 p.89): VET learners may go up to 12 months after graduation, but not in group mobility, which
 * is for enrolled learners only. Hosted teachers in training likewise graduated at most 12 months ago (footnotes 98,
 * 117, 132 on p.91, 111, 131). Obligatory civil or military service after graduation extends the period by its length:
 * the sheet does not record it, so the message says so rather than the check guessing (rules-2026.md §3).
 */
import { addMonths, dayNumber, isoFromDayNumber } from "../dates";
import { latvianCount } from "../messages/lv";
import { PARTICIPANT_RULES } from "../project-rules";
import { rule, type RuleModule } from "../rule";
import type { ActivityCheck } from "./context";

const checkRecentGraduates: ActivityCheck = (a, _project, report) => {
  const graduation = a.activity.graduationDate;
  const graduationDay = graduation === undefined ? undefined : dayNumber(graduation);
  if (graduation !== undefined && graduationDay === undefined) {
    report.activity("value-unreadable", a, { field: "graduationDate", value: graduation, expected: "date" }, "graduationDate");
  }
  // A learner who graduated before the activity starts is a recent graduate, whether or not the sheet says so.
  const graduated =
    a.activity.recentGraduate === true || (graduationDay !== undefined && a.startDay !== undefined && graduationDay <= a.startDay);
  if (graduated && a.family === "group-mobility" && a.sector === "VET" && a.role !== "accompanying") {
    report.activity("recent-graduate-in-group", a, {});
  }
  if (graduation === undefined || graduationDay === undefined || a.startDay === undefined) return;
  const months = PARTICIPANT_RULES.recentGraduateMonths;
  const latestStart = dayNumber(addMonths(graduation, months)) as number;
  if (a.startDay > latestStart) {
    report.activity("recent-graduate-too-late", a, { graduation, start: isoFromDayNumber(a.startDay), months });
  }
};

export default {
  rules: {
    "recent-graduate-in-group": rule<Record<string, never>>({
      severity: "error",
      scope: "activity",
      field: "recentGraduate",
      source: "PG26 p.89",
      example: {},
      messages: {
        en: () => "Recent graduates cannot take part in group mobility of VET learners.",
        lv: () => "Nesenie absolventi nevar piedalīties PIA izglītojamo grupu mobilitātē.",
      },
    }),
    "recent-graduate-too-late": rule<{ graduation: string; start: string; months: number }>({
      severity: "error",
      scope: "activity",
      field: "graduationDate",
      source: "PG26 p.89; footnotes 98, 117, 132 (p.91, 111, 131)",
      example: { graduation: "2025-06-20", start: "2026-06-21", months: 12 },
      messages: {
        en: (p, f) =>
          `The activity starts ${f.date(p.start)}, more than ${p.months} months after graduation (${f.date(p.graduation)}), unless obligatory civil or military service after graduation extends the period by its duration.`,
        lv: (p, f) =>
          `Aktivitāte sākas ${f.date(p.start)}, vairāk nekā ${latvianCount(p.months, "mēnesi", "mēnešus")} pēc absolvēšanas (${f.date(p.graduation)}), ja vien šo laiku nepagarina obligātais civilais vai militārais dienests pēc absolvēšanas (par dienesta ilgumu).`,
      },
    }),
  },
  activity: checkRecentGraduates,
} satisfies RuleModule;
