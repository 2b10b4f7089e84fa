/**
 * Courses and training (PG26 p.86, 106, 126; rules-2026.md §5.3): at most 3 persons from the sending organisation on
 * the same course together (same course, overlapping dates: error); more than 3 on courses of the same title at other
 * dates is a warning; and one course per person per project (SEED-003).
 */
import type { CrossActivityCheck, PreparedActivity } from "./context";
import { isParticipant } from "./context";
import { crowded, dated, groupByLabel } from "./intervals";

const MAX_TOGETHER = 3;

/**
 * A course is named by its title. Without one the check cannot tell courses apart (one provider runs many), so it
 * does not guess: four teachers on four courses at the same provider are not "four on one course".
 */
function courseName(a: PreparedActivity): string | undefined {
  return a.activity.course;
}

export const checkCourses: CrossActivityCheck = (activities, _project, report) => {
  const courses = activities.filter((a) => a.family === "course" && isParticipant(a));

  for (const rows of groupByLabel(courses, courseName).values()) {
    const max = rows[0].limits?.maxTogether ?? MAX_TOGETHER;
    // At most `max` persons on a title can be neither too many together nor too many on the title.
    if (rows.length <= max) continue;
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

  for (const rows of groupByLabel(courses, (a) => a.activity.participant).values()) {
    if (rows.length < 2) continue;
    for (const a of rows) {
      report.activity("course-repeated", a, { participant: a.activity.participant as string, count: rows.length }, "participant");
    }
  }
};
