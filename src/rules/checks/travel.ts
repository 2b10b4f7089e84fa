/**
 * Travel days: subsistence is funded for at most 2, or 6 with green travel (PG26 p.99, 120, 140). More do not make the
 * activity ineligible, they are not funded: a warning (rules-2026.md §3, §5.7).
 */
import { englishCount } from "../messages/en";
import { latvianCount } from "../messages/lv";
import { TRAVEL_RULES } from "../project-rules";
import { rule, type RuleModule } from "../rule";
import type { ActivityCheck } from "./context";

const checkTravelDays: ActivityCheck = (a, _project, report) => {
  const days = a.activity.travelDays;
  if (days === undefined) return;
  const green = a.activity.greenTravel === true;
  const { maxTravelDays, maxGreenTravelDays: greenMax } = TRAVEL_RULES;
  const max = green ? greenMax : maxTravelDays;
  if (days > max) report.activity("travel-days-exceeded", a, { days, max, green, greenMax });
};

export default {
  rules: {
    "travel-days-exceeded": rule<{ days: number; max: number; green: boolean; greenMax: number }>({
      severity: "warning",
      scope: "activity",
      field: "travelDays",
      source: "PG26 p.99, 120, 140; rules-2026.md §5.7",
      example: { days: 3, max: 2, green: false, greenMax: 6 },
      messages: {
        en: (p) =>
          `${englishCount(p.days, "travel day", "travel days")}: subsistence is funded for at most ${englishCount(p.max, "travel day", "travel days")}${p.green ? " with green travel" : ` (${p.greenMax} with green travel)`}; the extra ${englishCount(p.days - p.max, "day is", "days are")} not funded.`,
        lv: (p) =>
          `${latvianCount(p.days, "ceļošanas diena", "ceļošanas dienas")}: uzturēšanās tiek finansēta ne vairāk kā ${latvianCount(p.max, "ceļošanas dienai", "ceļošanas dienām")}${p.green ? " ar zaļo ceļojumu" : ` (${p.greenMax} ar zaļo ceļojumu)`}; ${latvianCount(p.days - p.max, "papildu diena netiek finansēta", "papildu dienas netiek finansētas")}.`,
      },
    }),
  },
  activity: checkTravelDays,
} satisfies RuleModule;
