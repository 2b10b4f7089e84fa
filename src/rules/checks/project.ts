/**
 * The project as a whole (rules-2026.md §2): a sector, a period of 6–18 months that starts in the call round's window
 * (KA122 only; KA121 in accredited.ts), at least one staff or learner mobility activity, and a country to tell
 * "abroad" by.
 */
import { CALL_ROUNDS, PROJECT_RULES, type CallRound } from "../project-rules";
import { dayNumber, endOfMonthsPeriod, isoFromDayNumber } from "../dates";
import { latvianCount } from "../messages/lv";
import { rule, type RuleModule } from "../rule";
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

const checkProject: CrossActivityCheck = (activities, project, report) => {
  if (project.project.sector === undefined && activities.some((a) => a.activity.sector === undefined)) {
    report.project("sector-missing", {});
  }

  const mobility = activities.some(
    (a) =>
      a.role !== "accompanying" &&
      (a.type?.category === "staff-mobility" ||
        a.type?.category === "learner-mobility" ||
        (a.type === undefined && a.family !== undefined && !["invited-expert", "hosted-teacher", "preparatory-visit"].includes(a.family))),
  );
  if (!mobility) report.project("project-no-mobility", {});

  if (
    !project.country &&
    activities.some((a) => a.type?.venue !== "beneficiary" && a.activity.sendingCountry === undefined && a.hostCountry)
  ) {
    report.project("sending-country-missing", {});
  }

  const { startDay, endDay } = project;
  if (startDay === undefined || endDay === undefined) report.project("project-period-missing", {});
  // Accredited projects have their own duration and start (accredited.ts).
  if (project.action !== "KA122") return;
  if (startDay !== undefined && endDay !== undefined) {
    const start = isoFromDayNumber(startDay);
    const earliestEnd = dayNumber(endOfMonthsPeriod(start, PROJECT_RULES.minMonths)) as number;
    const latestEnd = dayNumber(endOfMonthsPeriod(start, PROJECT_RULES.maxMonths)) as number;
    if (endDay < earliestEnd || endDay > latestEnd) {
      report.project("project-duration", {
        start,
        end: isoFromDayNumber(endDay),
        min: PROJECT_RULES.minMonths,
        max: PROJECT_RULES.maxMonths,
      });
    }
  }
  if (startDay !== undefined) {
    const round = roundFor(startDay, project.call);
    if (startDay < (dayNumber(round.startFrom) as number) || startDay > (dayNumber(round.startTo) as number)) {
      report.project("project-start-outside-call", {
        start: isoFromDayNumber(startDay),
        call: round.id,
        from: round.startFrom,
        to: round.startTo,
      });
    }
  }
};

export default {
  rules: {
    "sector-missing": rule<Record<string, never>>({
      severity: "warning",
      scope: "project",
      field: "sector",
      source: "rules-2026.md §1: the sector decides the activity limits",
      example: {},
      messages: {
        en: () =>
          "The project's sector (VET, SCH or ADU) is not given, so durations of learner activities cannot be checked: add it to the project settings.",
        lv: () =>
          "Projekta sektors (VET, SCH vai ADU) nav norādīts, tāpēc izglītojamo aktivitāšu ilgumu nevar pārbaudīt: norādiet to projekta iestatījumos.",
      },
    }),
    "project-no-mobility": rule<Record<string, never>>({
      severity: "error",
      scope: "project",
      source: "PG26 p.92",
      example: {},
      messages: {
        en: () =>
          "The project has no staff or learner mobility activity; invited experts, hosted teachers and preparatory visits alone are not enough.",
        lv: () =>
          "Projektā nav personāla vai izglītojamo mobilitātes aktivitātes; ar ekspertu uzaicināšanu, skolotāju uzņemšanu un sagatavošanās vizītēm vien nepietiek.",
      },
    }),
    "project-period-missing": rule<Record<string, never>>({
      severity: "info",
      scope: "project",
      field: "start",
      source: "PG26 p.93",
      example: {},
      messages: {
        en: () => "The project start and end dates are not given, so activities are not checked against the project period.",
        lv: () => "Projekta sākuma un beigu datumi nav norādīti, tāpēc aktivitātes netiek pārbaudītas pret projekta laiku.",
      },
    }),
    "project-duration": rule<{ start: string; end: string; min: number; max: number }>({
      severity: "error",
      scope: "project",
      field: "end",
      source: "PG26 p.93",
      example: { start: "2026-06-01", end: "2026-11-29", min: 6, max: 18 },
      messages: {
        en: (p, f) =>
          `The project runs ${f.date(p.start)} – ${f.date(p.end)}; a short-term project (KA122) lasts ${p.min} to ${p.max} months.`,
        lv: (p, f) =>
          `Projekts ilgst ${f.date(p.start)} – ${f.date(p.end)}; īstermiņa projekta (KA122) ilgums ir no ${p.min} līdz ${latvianCount(p.max, "mēnesim", "mēnešiem")}.`,
      },
    }),
    "project-start-outside-call": rule<{ start: string; call: string; from: string; to: string }>({
      severity: "error",
      scope: "project",
      field: "start",
      source: "PG26 p.92; SEED-003",
      example: { start: "2026-05-31", call: "2026-R1", from: "2026-06-01", to: "2026-12-31" },
      messages: {
        en: (p, f) =>
          `The project starts ${f.date(p.start)}; projects of the ${f.call(p.call)} start between ${f.date(p.from)} and ${f.date(p.to)}.`,
        // The date's own dot ends the sentence.
        lv: (p, f) => `Projekts sākas ${f.date(p.start)}; ${f.call(p.call)}: projektiem jāsākas no ${f.date(p.from)} līdz ${f.date(p.to)}`,
      },
    }),
    "sending-country-missing": rule<Record<string, never>>({
      severity: "info",
      scope: "project",
      field: "country",
      source: "PG26 p.85",
      example: {},
      messages: {
        en: () => "The beneficiary's country is not given, so host countries are not checked against it.",
        lv: () => "Projekta īstenotāja valsts nav norādīta, tāpēc uzņēmējvalstis netiek salīdzinātas ar to.",
      },
    }),
  },
  project: checkProject,
} satisfies RuleModule;
