/**
 * Shared builders for the rules tests: a plan with sensible defaults (a valid VET project of the 2026 call, round 1,
 * sent from Latvia), activity rows that are valid on their own, and compact ways to compare the issues a check reports.
 *
 * Rows get ids by position ("r1", "r2", …, like sheet rows) unless they give their own, so expected issues can be
 * written as "mentor-overbooked@r3".
 */
import {
  checkActivity,
  checkPlan,
  dayNumber,
  isoFromDayNumber,
  type Activity,
  type Field,
  type Issue,
  type Plan,
  type Project,
  type RuleId,
} from "../../src/rules";

/** A valid project: VET, round 1, 12 months from 1 June 2026, beneficiary in Latvia. */
export const PROJECT: Readonly<Project> = {
  sector: "VET",
  call: "2026-R1",
  start: "2026-06-01",
  end: "2027-05-31",
  country: "LV",
};

/** A row without its id: plan() numbers rows by position. */
export type Row = Omit<Activity, "id"> & { readonly id?: string };

/** A valid staff row: 5 days of job shadowing in Germany, inside the default project period. */
export function activity(overrides: Partial<Row> = {}): Row {
  return {
    participant: "Anna Bērziņa",
    activity: "Job shadowing",
    start: "2026-09-07",
    end: "2026-09-11",
    hostCountry: "DE",
    hostOrganisation: "Berufskolleg Köln",
    ...overrides,
  };
}

/** A learner row: 5 days of VET group mobility in Germany. */
export function learner(overrides: Partial<Row> = {}): Row {
  return activity({ role: "Learner", activity: "Group mobility", participant: "Jānis", ...overrides });
}

/** An accompanying person's row: no activity of their own. */
export function companion(overrides: Partial<Row> = {}): Row {
  return activity({ role: "Accompanying person", activity: undefined, participant: "Skolotāja", ...overrides });
}

/**
 * A plan: the default project, overridden where given, and the rows numbered r1, r2, … With `recordedFields`, the
 * plan says which columns its sheet has (as the audit does).
 */
export function plan(rows: readonly Row[], project: Partial<Project> = {}, recordedFields?: readonly Field[]): Plan {
  return {
    project: { ...PROJECT, ...project },
    activities: rows.map((row, index) => ({ id: `r${index + 1}`, ...row })),
    ...(recordedFields ? { recordedFields: new Set(recordedFields) } : {}),
  };
}

/** checkPlan on plan(rows, project, recordedFields). */
export function check(rows: readonly Row[], project: Partial<Project> = {}, recordedFields?: readonly Field[]): Issue[] {
  return checkPlan(plan(rows, project, recordedFields));
}

/** checkActivity on one row (id "r1") with a project that only sets what is given (no period unless given). */
export function checkOne(row: Row, project: Project = {}): Issue[] {
  return checkActivity({ id: "r1", ...row }, project);
}

/** The rule ids of `issues`, sorted, duplicates kept (three rows flagged = three ids). */
export function rulesOf(issues: readonly Issue[]): RuleId[] {
  return issues.map((i) => i.rule).sort();
}

/** "rule@activityId" for activity issues, "rule" for project issues, sorted: the issues as a table compares them. */
export function summary(issues: readonly Issue[]): string[] {
  return issues.map((i) => (i.activityId === undefined ? i.rule : `${i.rule}@${i.activityId}`)).sort();
}

/** The issues of one rule. */
export function issuesOf<R extends RuleId>(issues: readonly Issue[], rule: R): Issue<R>[] {
  return issues.filter((i): i is Issue<R> => i.rule === rule);
}

/** The ISO date `days` days after `iso` (negative: before). */
export function plusDays(iso: string, days: number): string {
  const day = dayNumber(iso);
  if (day === undefined) throw new Error(`not a date: ${iso}`);
  return isoFromDayNumber(day + days);
}

/** Start and end of an activity of `days` days (start and end included) starting on `start`. */
export function lasting(days: number, start = "2026-09-07"): { start: string; end: string } {
  return { start, end: plusDays(start, days - 1) };
}

/** Expected summary entries for one rule on several rows. */
export function at(rule: RuleId, rowIds: readonly string[]): string[] {
  return rowIds.map((id) => `${rule}@${id}`);
}

/**
 * A RuleTester-style table: `valid` cases must report nothing among `rules`, `invalid` cases exactly `expected`
 * (as summary() writes it) among `rules`. Other rules are left to their own tests; `rules` lists what is under test.
 */
export interface Case {
  readonly name: string;
  readonly rows: readonly Row[];
  readonly project?: Partial<Project>;
  /** The columns the plan's sheet has, where a case depends on them (a mentor column). */
  readonly recordedFields?: readonly Field[];
}
export interface InvalidCase extends Case {
  readonly expected: readonly string[];
  /** Parameters every issue of the rule under test has (toMatchObject), when the case pins them. */
  readonly params?: object;
}

/**
 * A rule's cases, ESLint RuleTester style: at least one plan it passes and one it fails. A rule that only src/audit
 * can report (an Excel error in a cell) names instead the test that covers it.
 */
export type RuleCases = { readonly valid: readonly Case[]; readonly invalid: readonly InvalidCase[] } | { readonly testedIn: string };

/** One file of test/rules/cases/: the cases of the rules of one module, by rule id. */
export type CaseTable = { readonly [R in RuleId]?: RuleCases };

export function runRuleTable(rules: readonly RuleId[], table: { valid: readonly Case[]; invalid: readonly InvalidCase[] }): void {
  const relevant = (issues: Issue[]) => summary(issues.filter((i) => rules.includes(i.rule)));
  if (table.valid.length > 0) {
    test.each(table.valid.map((c) => [c.name, c] as const))("valid: %s", (_name, c) => {
      expect(relevant(check(c.rows, c.project, c.recordedFields))).toEqual([]);
    });
  }
  if (table.invalid.length > 0) {
    test.each(table.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_name, c) => {
      expect(relevant(check(c.rows, c.project, c.recordedFields))).toEqual([...c.expected].sort());
    });
  }
}
