/**
 * The 30-activity cap of short-term projects (PG26 p.92–93; SEED-003's reading, rules-2026.md §5.4): every participant
 * row counts, a group of N learners counts N, the same person twice counts 2; accompanying persons and preparatory
 * visits do not. One finding, on the first row beyond the cap, naming the count (rules-2026.md §5.9): a plan of 1,000
 * rows would otherwise bury every other problem under 970 copies of one sentence. Accredited projects (KA121) have no
 * cap (rules-2026.md §2b).
 */
import { latvianCount } from "../messages/lv";
import { PROJECT_RULES } from "../project-rules";
import { rule, type RuleModule } from "../rule";
import type { CrossActivityCheck } from "./context";
import { isParticipant } from "./context";

const checkActivityCap: CrossActivityCheck = (activities, project, report) => {
  if (project.action !== "KA122") return;
  const max = PROJECT_RULES.maxMobilityActivities;
  let count = 0;
  let first: (typeof activities)[number] | undefined;
  // An indexed loop: a for-of step over 100,000 rows allocates an iterator result each until V8 optimises it.
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i];
    if (a.family === undefined || a.family === "preparatory-visit" || !isParticipant(a)) continue;
    count++;
    if (count === max + 1) first = a;
  }
  if (first) report.activity("project-cap-exceeded", first, { position: max + 1, count, max });
};

export default {
  rules: {
    "project-cap-exceeded": rule<{ position: number; count: number; max: number }>({
      severity: "error",
      scope: "cross-activity",
      field: "activity",
      source: "PG26 p.92–93; SEED-003; rules-2026.md §5.9",
      example: { position: 31, count: 45, max: 30 },
      messages: {
        en: (p) =>
          `The project has ${p.count} mobility activities; a short-term project (KA122) has at most ${p.max} (accompanying persons and preparatory visits not counted). This is no. ${p.position}, the first beyond the limit.`,
        lv: (p) =>
          `Projektā ir ${latvianCount(p.count, "mobilitātes aktivitāte", "mobilitātes aktivitātes")}; īstermiņa projektā (KA122) atļautas ne vairāk kā ${p.max} (pavadošās personas un sagatavošanās vizītes neskaita). Šī ir ${p.position}., pirmā virs ierobežojuma.`,
      },
    }),
  },
  crossActivity: checkActivityCap,
} satisfies RuleModule;
