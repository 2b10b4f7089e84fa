/** The audit's result: where the tables are, the project read, and every issue with its cell. */
import type { Activity, Language, Project, ProjectSetting, RuleId, Severity } from "../rules";
import type { AuditField } from "./header-labels";
import type { UnrecognisedColumn } from "./find-table";
import type { SettingCell, SettingNotFound } from "./project-settings";

export interface TableReport {
  readonly sheet: string;
  readonly headerRow: number;
  /** Field → column letter. */
  readonly columns: Partial<Record<AuditField, string>>;
  readonly unrecognised: readonly UnrecognisedColumn[];
  /** Activity rows read from this table. */
  readonly rows: number;
}

export interface AuditIssue {
  readonly sheet: string | null;
  /** A1 address; null for project-level issues. */
  readonly cell: string | null;
  readonly row: number | null;
  readonly field: string | null;
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
}

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  /** Activity rows checked. */
  readonly rows: number;
}

export interface AuditReport {
  readonly language: Language;
  readonly tables: readonly TableReport[];
  /** The project settings used, and where each was read (absent when given by the caller or not found). */
  readonly project: Project;
  readonly projectSources: Partial<Record<keyof Project, SettingCell>>;
  /** The project number read, its cell, and the settings taken from it (those no cell or caller gave). */
  readonly projectNumber?: { readonly number: string; readonly at: SettingCell; readonly gave: readonly ProjectSetting[] };
  /** The settings not found (nor given by the caller), with the labels looked for. Absent in reports built by hand. */
  readonly settingsNotFound?: readonly SettingNotFound[];
  readonly issues: readonly AuditIssue[];
  readonly summary: Summary;
  /** The activities read, with their sheet and row: only when asked for (AuditOptions.keepActivities). */
  readonly activities?: readonly LocatedActivity[];
}

/** An activity as read, and where: its sheet and (1-based) row. */
export interface LocatedActivity {
  readonly sheet: string;
  readonly row: number;
  readonly activity: Activity;
}

export function summarise(issues: readonly AuditIssue[], rows: number): Summary {
  let errors = 0;
  let warnings = 0;
  let info = 0;
  // Indexed: a for-of step allocates before V8 optimises this once-per-audit loop over 100,000 issues.
  for (let i = 0; i < issues.length; i++) {
    const { severity } = issues[i];
    if (severity === "error") errors++;
    else if (severity === "warning") warnings++;
    else info++;
  }
  return { errors, warnings, info, rows };
}
