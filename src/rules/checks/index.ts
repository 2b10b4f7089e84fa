/**
 * The registry: every rule module, one line each. Checks run in this order within each phase (rows alone, rows
 * together, the project), which is the order of issues in a report. See README "Adding a rule".
 */
import type { RuleDefinition, RuleModule } from "../rule";
import accredited from "./accredited";
import cap from "./cap";
import countries from "./countries";
import courses from "./courses";
import dateReading from "./date-reading";
import dates from "./dates";
import duration from "./duration";
import graduates from "./graduates";
import groups from "./groups";
import input from "./input";
import mentors from "./mentors";
import overlap from "./overlap";
import preparatoryVisits from "./preparatory-visits";
import project from "./project";
import projectNumber from "./project-number";
import reminders from "./reminders";
import travel from "./travel";

export const RULE_MODULES = [
  input,
  dateReading,
  dates,
  duration,
  countries,
  travel,
  graduates,
  reminders,
  groups,
  courses,
  mentors,
  preparatoryVisits,
  cap,
  project,
  overlap,
  accredited,
  projectNumber,
] as const;

type Definitions = (typeof RULE_MODULES)[number]["rules"];
type KeysOf<T> = T extends unknown ? keyof T : never;

/** Every rule's id, from the modules. */
export type RuleId = KeysOf<Definitions> & string;

/** The parameters each rule's message takes, from the modules. */
export type RuleParams = {
  [R in RuleId]: Extract<Definitions, { readonly [K in R]: unknown }>[R] extends RuleDefinition<infer P> ? P : never;
};

const modules: readonly RuleModule[] = RULE_MODULES;

export const ACTIVITY_CHECKS = modules.flatMap((m) => (m.activity ? [m.activity] : []));
export const CROSS_ACTIVITY_CHECKS = modules.flatMap((m) => (m.crossActivity ? [m.crossActivity] : []));
export const PROJECT_CHECKS = modules.flatMap((m) => (m.project ? [m.project] : []));

export { prepareActivity, prepareProject } from "./prepare";
export type { PreparedActivity, PreparedProject, Reporter } from "./context";
