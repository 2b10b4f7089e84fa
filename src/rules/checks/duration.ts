/**
 * Duration of one activity against its catalog entry: below the minimum, above the maximum, the fewer-opportunities
 * exception for short-term VET and school learners, and a stated duration that disagrees with the dates.
 */
import { englishCount } from "../messages/en";
import { latvianCount } from "../messages/lv";
import { rule, type ActivityRef, type RuleModule } from "../rule";
import type { ActivityCheck } from "./context";
import { isParticipant } from "./context";

const lvDays = (n: number) => latvianCount(n, "diena", "dienas");
const enDays = (n: number) => englishCount(n, "day", "days");

const checkDuration: ActivityCheck = (a, _project, report) => {
  const { limits, days } = a;
  if (days === undefined) return;
  const stated = a.activity.durationDays;
  if (stated !== undefined && stated !== days) report.activity("duration-mismatch", a, { stated, days });

  // Accompanying persons may go for part of the activity; the participants' limits are not theirs.
  if (!limits || !isParticipant(a)) return;
  const { minDays, maxDays, fewerOpportunitiesMinDays: reducedMin } = limits;
  const tooLong = maxDays !== null && days > maxDays;
  if (!tooLong && (minDays === null || days >= minDays)) return;
  // Made only for a row with an issue: most of 100,000 rows have none.
  const activity = { family: limits.family, sector: a.sector };
  if (tooLong) report.activity("duration-above-max", a, { activity, days, max: maxDays });
  if (minDays === null || days >= minDays) return;
  if (reducedMin !== null && a.activity.fewerOpportunities === true && days >= reducedMin) {
    report.activity("fewer-opportunities-short", a, { activity, days, min: minDays, reducedMin });
  } else {
    const min = reducedMin !== null && a.activity.fewerOpportunities === true ? reducedMin : minDays;
    report.activity("duration-below-min", a, { activity, days, min });
  }
};

export default {
  rules: {
    "duration-below-min": rule<{ activity: ActivityRef; days: number; min: number }>({
      severity: "error",
      scope: "activity",
      field: "end",
      source: "PG26 p.86–91, 106–112, 126–132 (per activity)",
      example: { activity: { family: "job-shadowing", sector: "VET" }, days: 1, min: 2 },
      messages: {
        en: (p, f) => `${f.activity(p.activity)} lasts ${enDays(p.days)}; the minimum is ${enDays(p.min)} (travel days not counted).`,
        lv: (p, f) => `${f.activity(p.activity)}: ilgums ${lvDays(p.days)}, minimālais ir ${lvDays(p.min)} (ceļošanas dienas neskaita).`,
      },
    }),
    "duration-above-max": rule<{ activity: ActivityRef; days: number; max: number }>({
      severity: "error",
      scope: "activity",
      field: "end",
      source: "PG26 p.86–91, 106–112, 126–132 (per activity)",
      example: { activity: { family: "course", sector: "ADU" }, days: 11, max: 10 },
      messages: {
        en: (p, f) => `${f.activity(p.activity)} lasts ${enDays(p.days)}; the maximum is ${enDays(p.max)} (travel days not counted).`,
        lv: (p, f) => `${f.activity(p.activity)}: ilgums ${lvDays(p.days)}, maksimālais ir ${lvDays(p.max)} (ceļošanas dienas neskaita).`,
      },
    }),
    "fewer-opportunities-short": rule<{ activity: ActivityRef; days: number; min: number; reducedMin: number }>({
      severity: "info",
      scope: "activity",
      field: "end",
      source: "PG26 p.88–89, 109",
      example: { activity: { family: "short-term-learners", sector: "VET" }, days: 9, min: 10, reducedMin: 2 },
      messages: {
        en: (p, f) =>
          `${f.activity(p.activity)} lasts ${enDays(p.days)}, below the usual ${p.min}: allowed from ${enDays(p.reducedMin)} for a participant with fewer opportunities, if justified in the application.`,
        lv: (p, f) =>
          `${f.activity(p.activity)}: ${lvDays(p.days)} ir mazāk par parasto minimumu (${lvDays(p.min)}); dalībniekam ar mazākām iespējām pieļaujams no ${latvianCount(p.reducedMin, "dienas", "dienām")}, ja tas pamatots pieteikumā.`,
      },
    }),
    "duration-mismatch": rule<{ stated: number; days: number }>({
      severity: "warning",
      scope: "activity",
      field: "durationDays",
      source: "rules-2026.md §1: end − start + 1",
      example: { stated: 7, days: 5 },
      messages: {
        en: (p) => `The duration says ${enDays(p.stated)}, but the dates give ${enDays(p.days)} (start and end included).`,
        lv: (p) => `Norādītais ilgums ir ${lvDays(p.stated)}, bet pēc datumiem tas ir ${lvDays(p.days)} (ieskaitot sākuma un beigu dienu).`,
      },
    }),
  },
  activity: checkDuration,
} satisfies RuleModule;
