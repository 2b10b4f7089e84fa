/**
 * The 30-activity cap of short-term projects (PG26 p.92–93; SEED-003's reading, rules-2026.md §5.4): every participant
 * row counts, a group of N learners counts N, the same person twice counts 2; accompanying persons and preparatory
 * visits do not. The rows past the 30th are the ones flagged, each with its position.
 */
import { PROJECT_RULES } from "../project-rules";
import type { CrossActivityCheck } from "./context";
import { isParticipant } from "./context";

export const checkActivityCap: CrossActivityCheck = (activities, _project, report) => {
  const counted = activities.filter((a) => a.family !== undefined && a.family !== "preparatory-visit" && isParticipant(a));
  const max = PROJECT_RULES.maxMobilityActivities;
  if (counted.length <= max) return;
  for (let i = max; i < counted.length; i++) {
    report.activity("project-cap-exceeded", counted[i], { position: i + 1, count: counted.length, max });
  }
};
