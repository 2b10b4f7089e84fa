/**
 * Courses and training (PG26 p.86, 107, 127; rules-2026.md §5.3): at most 3 persons from the sending organisation on
 * the same course together (same course, overlapping dates: error); more than 3 on courses of the same title at other
 * dates is a warning; and one course per person per project (SEED-003).
 */
import { familyLimit, smallestFamilyLimit } from "../catalog";
import { englishCount } from "../messages/en";
import { latvianCount } from "../messages/lv";
import { rule, type RuleModule } from "../rule";
import type { CrossActivityCheck, PreparedActivity } from "./context";
import { isParticipant } from "./context";
import { crowded, dated } from "./intervals";
import { labelGroups, participantHashes } from "./label-groups";

const lvPersons = (n: number) => latvianCount(n, "persona", "personas");

/** For rows whose sector's entry is unknown: the catalog's limit, the same in every sector. */
const MAX_TOGETHER = familyLimit("course", "maxTogether");
/** A title with no more rows than the smallest limit is never too many: fewer rows are not grouped at all. */
const FEWEST_CHECKED = smallestFamilyLimit("course", "maxTogether") + 1;

/**
 * A course is named by its title. Without one the check cannot tell courses apart (one provider runs many), so it
 * does not guess: four teachers on four courses at the same provider are not "four on one course".
 */
function courseName(a: PreparedActivity): string | undefined {
  return a.activity.course;
}

const checkCourses: CrossActivityCheck = (activities, _project, report) => {
  // An indexed loop: it runs once per audit, mostly before V8 optimises it (filter's callback would not be inlined).
  const courses: PreparedActivity[] = [];
  const people: number[] = [];
  const participants = participantHashes(activities);
  for (let i = 0; i < activities.length; i++) {
    if (activities[i].family === "course" && isParticipant(activities[i])) {
      courses.push(activities[i]);
      people.push(participants[i]);
    }
  }

  for (const rows of labelGroups(courses, courseName, FEWEST_CHECKED)) {
    const max = rows[0].limits?.maxTogether ?? MAX_TOGETHER;
    // At most `max` persons on a title can be neither too many together nor too many on the title.
    if (max === null || rows.length <= max) continue;
    const together = crowded(dated(rows), max);
    for (const [a, count] of together) {
      report.activity("course-too-many-together", a, { course: courseName(a) as string, count, max }, "course");
    }
    for (const a of rows) {
      if (!together.has(a)) {
        report.activity("course-too-many-same-title", a, { course: courseName(a) as string, count: rows.length, max }, "course");
      }
    }
  }

  for (const rows of labelGroups(courses, (a) => a.activity.participant, 2, Float64Array.from(people))) {
    for (const a of rows) {
      report.activity("course-repeated", a, { participant: a.activity.participant as string, count: rows.length }, "participant");
    }
  }
};

export default {
  rules: {
    "course-too-many-together": rule<{ course: string; count: number; max: number }>({
      severity: "error",
      scope: "cross-activity",
      field: "course",
      source: "PG26 p.86, 107, 127",
      example: { course: "Digital classroom", count: 4, max: 3 },
      messages: {
        en: (p, f) =>
          `${englishCount(p.count, "person attends", "persons attend")} the course ${f.quote(p.course)} together; at most ${p.max} from the same organisation.`,
        lv: (p, f) =>
          `Kursos ${f.quote(p.course)} vienlaikus piedalās ${lvPersons(p.count)}; no vienas organizācijas ne vairāk kā ${p.max}.`,
      },
    }),
    "course-too-many-same-title": rule<{ course: string; count: number; max: number }>({
      severity: "warning",
      scope: "cross-activity",
      field: "course",
      source: "PG26 p.86, 107, 127; rules-2026.md §5.3",
      example: { course: "Digital classroom", count: 5, max: 3 },
      messages: {
        en: (p, f) =>
          `${englishCount(p.count, "person attends", "persons attend")} courses titled ${f.quote(p.course)} (at different dates); at most ${p.max} on the same course.`,
        lv: (p, f) =>
          `Kursos ar nosaukumu ${f.quote(p.course)} (dažādos datumos) piedalās ${lvPersons(p.count)}; vienos kursos ne vairāk kā ${p.max}.`,
      },
    }),
    "course-repeated": rule<{ participant: string; count: number }>({
      severity: "error",
      scope: "cross-activity",
      field: "participant",
      source: "SEED-003 (one course per person per project)",
      example: { participant: "Anna Bērziņa", count: 2 },
      messages: {
        en: (p, f) => `${f.quote(p.participant)} is on ${p.count} courses; a person may attend only one course per project.`,
        lv: (p, f) =>
          `Dalībniekam ${f.quote(p.participant)} projektā ir ${latvianCount(p.count, "kurss", "kursi")}; viena persona projektā drīkst piedalīties tikai vienos kursos.`,
      },
    }),
  },
  crossActivity: checkCourses,
} satisfies RuleModule;
