/** Travel days: at most 2, or 6 with green travel (PG26 p.99, 120, 140). */
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
      severity: "error",
      scope: "activity",
      field: "travelDays",
      source: "PG26 p.99, 120, 140",
      example: { days: 3, max: 2, green: false, greenMax: 6 },
      messages: {
        en: (p) => `${p.days} travel days: at most ${p.max}${p.green ? " with green travel" : ` (${p.greenMax} with green travel)`}.`,
        lv: (p) => `Ceļošanas dienas: ${p.days}; atļauts ne vairāk kā ${p.max}${p.green ? " ar zaļo ceļojumu" : ` (${p.greenMax} ar zaļo ceļojumu)`}.`,
      },
    }),
  },
  activity: checkTravelDays,
} satisfies RuleModule;
