/**
 * The rule table, derived from the rule modules of checks/ (their registry is checks/index.ts): each rule's id,
 * severity, scope, default field and source, and the issue builder the checks report through.
 */
import type { ActivityId } from "./activity";
import { RULE_MODULES, type RuleId, type RuleParams } from "./checks";
import type { RuleDefinition, RuleScope } from "./rule";
import type { Field, ProjectSetting, Severity } from "./types";

export type { RuleId, RuleParams } from "./checks";
export type { ActivityRef, RuleDefinition, RuleScope } from "./rule";

export interface RuleMeta {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly scope: RuleScope;
  /** The field an issue points at (the audit highlights its cell). Project issues have none. */
  readonly field?: Field;
  readonly projectField?: ProjectSetting;
  readonly source: string;
}

/** Every rule's full definition (messages and example parameters included), by id, in registry order. */
export const RULE_DEFINITIONS = Object.fromEntries(RULE_MODULES.flatMap((m) => Object.entries(m.rules))) as {
  readonly [R in RuleId]: RuleDefinition<RuleParams[R]>;
};

export const RULE_IDS = Object.keys(RULE_DEFINITIONS) as RuleId[];

function meta(id: RuleId, { severity, scope, field, source }: RuleDefinition<unknown>): RuleMeta {
  if (field === undefined) return { id, severity, scope, source };
  return scope === "project"
    ? { id, severity, scope, projectField: field as ProjectSetting, source }
    : { id, severity, scope, field: field as Field, source };
}

export const RULES: Readonly<Record<RuleId, RuleMeta>> = Object.fromEntries(
  RULE_IDS.map((id) => [id, meta(id, RULE_DEFINITIONS[id] as RuleDefinition<unknown>)]),
) as Record<RuleId, RuleMeta>;

/** One finding. `activityId` is absent for project-level issues; `field` overrides the rule's default field. */
export interface Issue<R extends RuleId = RuleId> {
  readonly rule: R;
  readonly severity: Severity;
  readonly activityId?: ActivityId;
  readonly field?: Field;
  readonly projectField?: ProjectSetting;
  readonly params: RuleParams[R];
}

/** Builds an issue with the severity and default field of its rule. */
export function issue<R extends RuleId>(
  rule: R,
  params: RuleParams[R],
  where: { activityId?: ActivityId; field?: Field; projectField?: ProjectSetting } = {},
): Issue<R> {
  const { severity, field, projectField } = RULES[rule];
  // Literals rather than spreads: a 100,000-row plan builds 100,000 issues, and V8 spreads small objects slowly.
  if (where.activityId === undefined) return { rule, severity, projectField: where.projectField ?? projectField, params };
  return { rule, severity, activityId: where.activityId, field: where.field ?? field, params };
}
