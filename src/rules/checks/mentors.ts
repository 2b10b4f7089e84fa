/**
 * Job shadowing: a clearly identified main mentor at the host, and at most 2 participants shadow the same mentor at the
 * same time (PG26 p.86, 107, 127; SEED-003). A row without a mentor is a warning only where the plan has a mentor
 * column (Plan.recordedFields): a sheet that does not record mentors says nothing about them.
 */
import { familyLimit } from "../catalog";
import { latvianCount } from "../messages/lv";
import { rule, type ActivityRef, type RuleModule } from "../rule";
import type { CrossActivityCheck, PreparedActivity } from "./context";
import { isParticipant } from "./context";
import { LabelKeys, crowded, dated } from "./intervals";

/** For rows whose sector's entry is unknown: the catalog's limit, the same in every sector. */
const MAX_PER_MENTOR = familyLimit("job-shadowing", "maxTogether");

/**
 * Rows by host, then by mentor: the same name at two hosts is two mentors. Nested maps rather than one key
 * "host|mentor" per row, which no label cache would ever see twice. Groups in the order of their first row.
 */
function byHostAndMentor(rows: readonly PreparedActivity[]): PreparedActivity[][] {
  const keys = new LabelKeys();
  const byHost = new Map<string, Map<string, PreparedActivity[]>>();
  const groups: PreparedActivity[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i];
    const host = keys.of(a.activity.hostOrganisation ?? "");
    const mentor = keys.of(a.activity.mentor as string);
    if (host === "" && mentor === "") continue;
    let mentors = byHost.get(host);
    if (!mentors) byHost.set(host, (mentors = new Map()));
    const group = mentors.get(mentor);
    if (group) group.push(a);
    else {
      mentors.set(mentor, [a]);
      groups.push(mentors.get(mentor) as PreparedActivity[]);
    }
  }
  return groups;
}

const checkMentors: CrossActivityCheck = (activities, project, report) => {
  const mentorColumn = project.recordedFields?.has("mentor") === true;
  const shadowing: PreparedActivity[] = [];
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i];
    if (a.family !== "job-shadowing" || !isParticipant(a)) continue;
    if (a.activity.mentor !== undefined) shadowing.push(a);
    else if (mentorColumn) report.activity("mentor-missing", a, { activity: { family: "job-shadowing", sector: a.sector } });
  }
  for (const rows of byHostAndMentor(shadowing)) {
    const max = rows[0].limits?.maxTogether ?? MAX_PER_MENTOR;
    // Most mentors have one or two visitors: no day can hold more than that.
    if (max === null || rows.length <= max) continue;
    for (const [a, count] of crowded(dated(rows), max)) {
      report.activity("mentor-overbooked", a, { mentor: a.activity.mentor as string, count, max });
    }
  }
};

export default {
  rules: {
    "mentor-overbooked": rule<{ mentor: string; count: number; max: number }>({
      severity: "error",
      scope: "cross-activity",
      field: "mentor",
      source: "PG26 p.86, 107, 127; SEED-003",
      example: { mentor: "Dr. Müller", count: 3, max: 2 },
      messages: {
        en: (p, f) => `${p.count} participants shadow mentor ${f.quote(p.mentor)} at the same time; at most ${p.max}.`,
        lv: (p, f) =>
          `Mentoru ${f.quote(p.mentor)} vienlaikus ēno ${latvianCount(p.count, "dalībnieks", "dalībnieki")}; atļauts ne vairāk kā ${p.max}.`,
      },
    }),
    "mentor-missing": rule<{ activity: ActivityRef }>({
      severity: "warning",
      scope: "cross-activity",
      field: "mentor",
      source: "PG26 p.86, 107, 127",
      example: { activity: { family: "job-shadowing", sector: "SCH" } },
      messages: {
        en: (p, f) => `${f.activity(p.activity)} needs a clearly identified main mentor at the host: the mentor is not named.`,
        lv: (p, f) =>
          `${f.activity(p.activity)}: uzņēmējorganizācijā jābūt skaidri noteiktam galvenajam mentoram, bet mentors nav norādīts.`,
      },
    }),
  },
  crossActivity: checkMentors,
} satisfies RuleModule;
