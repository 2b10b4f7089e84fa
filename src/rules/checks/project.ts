/**
 * The project as a whole (rules-2026.md §2): a sector, a period of 6–18 months that starts in the call round's window,
 * at least one staff or learner mobility activity, and a country to tell "abroad" by.
 */
import { CALL_ROUNDS, PROJECT_RULES, type CallRound } from "../project-rules";
import { dayNumber, endOfMonthsPeriod, isoFromDayNumber } from "../dates";
import type { CrossActivityCheck } from "./context";

/** With no call round given, the round whose window holds the start, else the nearest one. */
function roundFor(start: number, given: CallRound | undefined): CallRound {
  if (given) return given;
  const distance = (round: CallRound) => {
    const from = dayNumber(round.startFrom) as number;
    const to = dayNumber(round.startTo) as number;
    return start < from ? from - start : start > to ? start - to : 0;
  };
  return [...CALL_ROUNDS].sort((a, b) => distance(a) - distance(b))[0];
}

export const checkProject: CrossActivityCheck = (activities, project, report) => {
  if (project.project.sector === undefined && activities.some((a) => a.activity.sector === undefined)) {
    report.project("sector-missing", {});
  }

  const mobility = activities.some(
    (a) => a.role !== "accompanying" && (a.type?.category === "staff-mobility" || a.type?.category === "learner-mobility" ||
      (a.type === undefined && a.family !== undefined && !["invited-expert", "hosted-teacher", "preparatory-visit"].includes(a.family))),
  );
  if (!mobility) report.project("project-no-mobility", {});

  if (!project.country && activities.some((a) => a.type?.venue !== "beneficiary" && a.activity.sendingCountry === undefined && a.hostCountry)) {
    report.project("sending-country-missing", {});
  }

  const { startDay, endDay } = project;
  if (startDay === undefined || endDay === undefined) {
    report.project("project-period-missing", {});
  } else {
    const start = isoFromDayNumber(startDay);
    const earliestEnd = dayNumber(endOfMonthsPeriod(start, PROJECT_RULES.minMonths)) as number;
    const latestEnd = dayNumber(endOfMonthsPeriod(start, PROJECT_RULES.maxMonths)) as number;
    if (endDay < earliestEnd || endDay > latestEnd) {
      report.project("project-duration", { start, end: isoFromDayNumber(endDay), min: PROJECT_RULES.minMonths, max: PROJECT_RULES.maxMonths });
    }
  }
  if (startDay !== undefined) {
    const round = roundFor(startDay, project.call);
    if (startDay < (dayNumber(round.startFrom) as number) || startDay > (dayNumber(round.startTo) as number)) {
      report.project("project-start-outside-call", { start: isoFromDayNumber(startDay), call: round.id, from: round.startFrom, to: round.startTo });
    }
  }
};
