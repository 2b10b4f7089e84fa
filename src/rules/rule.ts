/**
 * What a rule module is (ESLint's shape: meta, messages and the check in one file under checks/): each rule's severity,
 * scope, field, source, parameter type, example parameters and its English and Latvian messages, and the checks that
 * report them. checks/index.ts lists the modules; rules.ts derives the rule table from that list.
 */
import type { ActivityCheck, CrossActivityCheck } from "./checks/context";
import type { Formatter } from "./messages/format";
import type { ActivityFamily, Field, Language, ProjectSetting, Sector, Severity } from "./types";

/** An activity named in a message: its family, and the sector's entry when known. */
export interface ActivityRef {
  readonly family: ActivityFamily;
  readonly sector?: Sector;
}

/**
 * input: a cell the audit could not read; activity: one row alone; cross-activity: rows together (mentor, course,
 * group, visits, cap); project: the project as a whole.
 */
export type RuleScope = "input" | "activity" | "cross-activity" | "project";

/** One rule: everything about it but its id (the key it is registered under). */
export interface RuleDefinition<P> {
  readonly severity: Severity;
  readonly scope: RuleScope;
  /** The field an issue points at by default (a project field for project rules); none for input problems. */
  readonly field?: Field | ProjectSetting;
  /** Where the rule is written: a PG26 page, SEED-003, rules-2026.md, or "audit: …" for this tool's own reasoning. */
  readonly source: string;
  /** Representative parameters: the README's sample message and the messages test use them. */
  readonly example: P;
  readonly messages: { readonly [L in Language]: (params: P, format: Formatter) => string };
}

/** Declares a rule whose message parameters are `P` (the messages are then typed by it). */
export function rule<P>(definition: RuleDefinition<P>): RuleDefinition<P> {
  return definition;
}

/** A module: its rules, keyed by id, and the checks that report them (each run in the phase its name says). */
export interface RuleModule {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule has its own parameter type
  readonly rules: { readonly [id: string]: RuleDefinition<any> };
  /** Run on each row alone, in checkPlan and checkActivity. */
  readonly activity?: ActivityCheck;
  /** Run on all rows together, after every row's own checks. */
  readonly crossActivity?: CrossActivityCheck;
  /** Run last, on the project as a whole. */
  readonly project?: CrossActivityCheck;
}
