/**
 * The 30-activity cap of short-term projects (PG26 p.92–93; SEED-003's reading, rules-2026.md §5.4): every participant
 * row counts, a group of N learners counts N, the same person twice counts 2; accompanying persons and preparatory
 * visits do not. The rows past the 30th are the ones flagged, each with its position.
 */
import { PROJECT_RULES } from "../project-rules";
import { rule, type RuleModule } from "../rule";
import type { CrossActivityCheck } from "./context";
import { isParticipant } from "./context";

const checkActivityCap: CrossActivityCheck = (activities, _project, report) => {
  const counted = activities.filter((a) => a.family !== undefined && a.family !== "preparatory-visit" && isParticipant(a));
  const max = PROJECT_RULES.maxMobilityActivities;
  if (counted.length <= max) return;
  for (let i = max; i < counted.length; i++) {
    report.activity("project-cap-exceeded", counted[i], { position: i + 1, count: counted.length, max });
  }
};

export default {
  rules: {
    "project-cap-exceeded": rule<{ position: number; count: number; max: number }>({
      severity: "error",
      scope: "cross-activity",
      field: "activity",
      source: "PG26 p.92–93; SEED-003",
      example: { position: 31, count: 31, max: 30 },
      messages: {
        en: (p) =>
          `Mobility activity no. ${p.position} of ${p.count}: a short-term project has at most ${p.max} (accompanying persons and preparatory visits not counted).`,
        lv: (p) =>
          `Mobilitātes aktivitāte nr. ${p.position} no ${p.count}: īstermiņa projektā atļautas ne vairāk kā ${p.max} aktivitātes (pavadošās personas un sagatavošanās vizītes neskaita).`,
      },
    }),
  },
  crossActivity: checkActivityCap,
} satisfies RuleModule;
