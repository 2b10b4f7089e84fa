/** Job shadowing: at most 2 participants shadow the same mentor at the same time (PG26 p.86, 106, 126; SEED-003). */
import type { CrossActivityCheck } from "./context";
import { isParticipant } from "./context";
import { crowded, dated, groupByLabel } from "./intervals";

export const checkMentors: CrossActivityCheck = (activities, _project, report) => {
  const shadowing = activities.filter((a) => a.family === "job-shadowing" && isParticipant(a) && a.activity.mentor !== undefined);
  // The same name at two hosts is two mentors.
  const byMentor = groupByLabel(shadowing, (a) => `${a.activity.hostOrganisation ?? ""}|${a.activity.mentor}`);
  for (const rows of byMentor.values()) {
    const max = rows[0].limits?.maxTogether ?? 2;
    // Most mentors have one or two visitors: no day can hold more than that.
    if (rows.length <= max) continue;
    for (const [a, count] of crowded(dated(rows), max)) {
      report.activity("mentor-overbooked", a, { mentor: a.activity.mentor as string, count, max });
    }
  }
};
