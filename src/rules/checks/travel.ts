/** Travel days: at most 2, or 6 with green travel (PG26 p.99, 120, 140). */
import { TRAVEL_RULES } from "../project-rules";
import type { ActivityCheck } from "./context";

export const checkTravelDays: ActivityCheck = (a, _project, report) => {
  const days = a.activity.travelDays;
  if (days === undefined) return;
  const green = a.activity.greenTravel === true;
  const max = green ? TRAVEL_RULES.maxGreenTravelDays : TRAVEL_RULES.maxTravelDays;
  if (days > max) report.activity("travel-days-exceeded", a, { days, max, green });
};
