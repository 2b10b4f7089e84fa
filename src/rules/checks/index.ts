/**
 * The checks, in the order their issues are reported: what a row says is resolved first (prepare), then each row on
 * its own, then rows together, then the project.
 */
import type { ActivityCheck, CrossActivityCheck } from "./context";
import { checkActivityCap } from "./cap";
import { checkCountries } from "./countries";
import { checkCourses } from "./courses";
import { checkDates } from "./dates";
import { checkDuration } from "./duration";
import { checkGroups } from "./groups";
import { checkMentors } from "./mentors";
import { checkPreparatoryVisits } from "./preparatory-visits";
import { checkProject } from "./project";
import { checkRecentGraduates } from "./graduates";
import { checkReminders } from "./reminders";
import { checkTravelDays } from "./travel";

export const ACTIVITY_CHECKS: readonly ActivityCheck[] = [
  checkDates,
  checkDuration,
  checkCountries,
  checkTravelDays,
  checkRecentGraduates,
  checkReminders,
];

export const CROSS_ACTIVITY_CHECKS: readonly CrossActivityCheck[] = [
  checkGroups,
  checkCourses,
  checkMentors,
  checkPreparatoryVisits,
  checkActivityCap,
];

export const PROJECT_CHECKS: readonly CrossActivityCheck[] = [checkProject];

export { prepareActivity, prepareProject } from "./prepare";
export type { PreparedActivity, PreparedProject, Reporter } from "./context";
