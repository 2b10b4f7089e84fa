/**
 * Accredited projects (KA121, rules-2026.md §2b): they start on 1 June of the call year, in round 1, and last 15
 * months; up to 24 only with a prolongation the national agency grants (a warning), never beyond (an error). A shorter
 * project is a warning: the grant agreement sets 15 months. The cap and the venues are in cap.ts and countries.ts.
 */
import { dayNumber, endOfMonthsPeriod, isoFromDayNumber } from "../dates";
import { ACCREDITED_RULES, CALL_ROUNDS } from "../project-rules";
import { latvianCount } from "../messages/lv";
import { rule, type RuleModule } from "../rule";
import type { CrossActivityCheck } from "./context";

const { months, maxProlongedMonths, startMonthDay } = ACCREDITED_RULES;
/** "15 mēnešus" (accusative) and "par 15 mēnešiem" (dative), agreeing with the number. */
const lvMonths = (n: number) => latvianCount(n, "mēnesi", "mēnešus");
const lvMonthsDative = (n: number) => latvianCount(n, "mēnesim", "mēnešiem");
/** Round 1 of the call: accredited projects have no other round. */
const FIRST_ROUND = CALL_ROUNDS[0];

const checkAccredited: CrossActivityCheck = (_activities, project, report) => {
  if (project.action !== "KA121") return;
  const round = project.call ?? FIRST_ROUND;
  if (round.id !== FIRST_ROUND.id) report.project("ka121-call-round", { call: round.id });

  const { startDay, endDay } = project;
  if (startDay === undefined) return;
  const start = isoFromDayNumber(startDay);
  const expected = `${round.year}-${startMonthDay}`;
  if (start !== expected) report.project("ka121-start", { start, expected });

  if (endDay === undefined) return;
  const end = isoFromDayNumber(endDay);
  const standardEnd = dayNumber(endOfMonthsPeriod(start, months)) as number;
  const latestEnd = dayNumber(endOfMonthsPeriod(start, maxProlongedMonths)) as number;
  if (endDay < standardEnd) report.project("ka121-duration-short", { start, end, months });
  else if (endDay > latestEnd) report.project("ka121-duration-too-long", { start, end, months, max: maxProlongedMonths });
  else if (endDay > standardEnd) report.project("ka121-duration-prolongation", { start, end, months, max: maxProlongedMonths });
};

type Period = { start: string; end: string; months: number };

export default {
  rules: {
    "ka121-call-round": rule<{ call: string }>({
      severity: "error",
      scope: "project",
      field: "call",
      source: "PG26 p.95, 117, 137; rules-2026.md §4",
      example: { call: "2026-R2" },
      messages: {
        en: (p, f) => `Accredited projects (KA121) have no ${f.call(p.call)}: they start on 1 June of the call year, in round 1.`,
        lv: (p, f) => `Akreditētajiem projektiem (KA121) nav ${f.call(p.call)}: tie sākas konkursa gada 1. jūnijā, 1. kārtā.`,
      },
    }),
    "ka121-start": rule<{ start: string; expected: string }>({
      severity: "error",
      scope: "project",
      field: "start",
      source: "PG26 p.95, 117, 137",
      example: { start: "2026-09-01", expected: "2026-06-01" },
      messages: {
        en: (p, f) => `The project starts ${f.date(p.start)}; accredited projects (KA121) of the call start on ${f.date(p.expected)}.`,
        // The date's own dot ends the sentence.
        lv: (p, f) => `Projekts sākas ${f.date(p.start)}; konkursa akreditētie projekti (KA121) sākas ${f.date(p.expected)}`,
      },
    }),
    "ka121-duration-short": rule<Period>({
      severity: "warning",
      scope: "project",
      field: "end",
      source: "PG26 p.95, 117, 137",
      example: { start: "2026-06-01", end: "2027-08-30", months: 15 },
      messages: {
        en: (p, f) =>
          `The project runs ${f.date(p.start)} – ${f.date(p.end)}, less than the ${p.months} months of an accredited project (KA121).`,
        lv: (p, f) =>
          `Projekts ilgst ${f.date(p.start)} – ${f.date(p.end)}, mazāk nekā ${lvMonths(p.months)}, kas ir akreditēta projekta (KA121) ilgums.`,
      },
    }),
    "ka121-duration-prolongation": rule<Period & { max: number }>({
      severity: "warning",
      scope: "project",
      field: "end",
      source: "PG26 p.95, 117, 137",
      example: { start: "2026-06-01", end: "2027-09-01", months: 15, max: 24 },
      messages: {
        en: (p, f) =>
          `The project runs ${f.date(p.start)} – ${f.date(p.end)}, longer than ${p.months} months: an accredited project (KA121) lasts up to ${p.max} months only with a prolongation granted by the national agency.`,
        lv: (p, f) =>
          `Projekts ilgst ${f.date(p.start)} – ${f.date(p.end)}, ilgāk par ${lvMonthsDative(p.months)}: akreditēts projekts (KA121) var ilgt līdz ${lvMonthsDative(p.max)} tikai tad, ja nacionālā aģentūra piešķir pagarinājumu.`,
      },
    }),
    "ka121-duration-too-long": rule<Period & { max: number }>({
      severity: "error",
      scope: "project",
      field: "end",
      source: "PG26 p.95, 117, 137",
      example: { start: "2026-06-01", end: "2028-06-01", months: 15, max: 24 },
      messages: {
        en: (p, f) =>
          `The project runs ${f.date(p.start)} – ${f.date(p.end)}, longer than ${p.max} months: an accredited project (KA121) lasts ${p.months} months, at most ${p.max} with a prolongation.`,
        lv: (p, f) =>
          `Projekts ilgst ${f.date(p.start)} – ${f.date(p.end)}, ilgāk par ${lvMonthsDative(p.max)}: akreditēts projekts (KA121) ilgst ${lvMonths(p.months)}, ar pagarinājumu ne vairāk kā ${p.max}.`,
      },
    }),
  },
  project: checkAccredited,
} satisfies RuleModule;
