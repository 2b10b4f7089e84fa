/**
 * Job shadowing: a clearly identified main mentor at the host, and at most 2 participants shadow the same mentor at the
 * same time (PG26 p.86, 107, 127; SEED-003). A row without a mentor is a warning only where the plan has a mentor
 * column (Plan.recordedFields): a sheet that does not record mentors says nothing about them.
 */
import { familyLimit, smallestFamilyLimit } from "../catalog";
import { latvianCount } from "../messages/lv";
import { rule, type ActivityRef, type RuleModule } from "../rule";
import { labelKey } from "../text";
import type { CrossActivityCheck, PreparedActivity } from "./context";
import { isParticipant } from "./context";
import { crowded, dated } from "./intervals";
import { keyGroupPositions, labelHashes } from "./label-groups";

/** For rows whose sector's entry is unknown: the catalog's limit, the same in every sector. */
const MAX_PER_MENTOR = familyLimit("job-shadowing", "maxTogether");
/** Most mentors have one or two visitors, never too many: mentors with no more than the smallest limit are not grouped. */
const FEWEST_CHECKED = smallestFamilyLimit("job-shadowing", "maxTogether") + 1;

/** A row's host and mentor as one key: the same name at two hosts is two mentors. Keys are a–z and 0–9 only. */
function hostAndMentorKey(a: PreparedActivity): string {
  const host = labelKey(a.activity.hostOrganisation ?? "");
  const mentor = labelKey(a.activity.mentor as string);
  return host === "" && mentor === "" ? "" : `${host} ${mentor}`;
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
  const groups = keyGroupPositions(
    // The mentor's name alone: rows with one host and mentor have one mentor's name; a name at two hosts, the keys tell.
    labelHashes(shadowing.map((a) => a.activity.mentor)),
    (i) => hostAndMentorKey(shadowing[i]),
    FEWEST_CHECKED,
  );
  for (const positions of groups) {
    const rows = positions.map((i) => shadowing[i]);
    const max = rows[0].limits?.maxTogether ?? MAX_PER_MENTOR;
    // No day can hold more visitors than the mentor has.
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
