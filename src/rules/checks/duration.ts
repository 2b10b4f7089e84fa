/**
 * Duration of one activity against its catalog entry: below the minimum, above the maximum, the fewer-opportunities
 * exception for short-term VET and school learners, and a stated duration that disagrees with the dates.
 */
import type { ActivityCheck } from "./context";
import { isParticipant } from "./context";

export const checkDuration: ActivityCheck = (a, _project, report) => {
  const { limits, days } = a;
  if (days === undefined) return;
  const stated = a.activity.durationDays;
  if (stated !== undefined && stated !== days) report.activity("duration-mismatch", a, { stated, days });

  // Accompanying persons may go for part of the activity; the participants' limits are not theirs.
  if (!limits || !isParticipant(a)) return;
  const activity = { family: limits.family, sector: a.sector };
  const { minDays, maxDays, fewerOpportunitiesMinDays: reducedMin } = limits;
  if (maxDays !== null && days > maxDays) report.activity("duration-above-max", a, { activity, days, max: maxDays });
  if (minDays === null || days >= minDays) return;
  if (reducedMin !== null && a.activity.fewerOpportunities === true && days >= reducedMin) {
    report.activity("fewer-opportunities-short", a, { activity, days, min: minDays, reducedMin });
  } else {
    const min = reducedMin !== null && a.activity.fewerOpportunities === true ? reducedMin : minDays;
    report.activity("duration-below-min", a, { activity, days, min });
  }
};
