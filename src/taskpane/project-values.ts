/**
 * The project settings form's logic, without DOM: the form shows the workbook's project block, in canonical form
 * (call round id, sector code, country code, ISO dates); what the coordinator changes becomes an override, which is
 * what the audit receives and what is saved in the workbook. A value put back to the workbook's is no override.
 */
import type { AuditReport } from "../audit";
import { PROJECT_LABELS, type SettingCell } from "../audit/project-settings";
import {
  PROGRAMME_FORMATTERS,
  PROJECT_FIELDS,
  type Language,
  resolveAction,
  resolveCallRound,
  resolveProgrammeCountry,
  resolveSector,
  type Project,
  type ProjectField,
} from "../rules";

/** The form's order. */
export const FORM_FIELDS: readonly ProjectField[] = ["action", "call", "sector", "start", "end", "country"];

/** A value as the form's control holds it: the catalog's id or code when the label resolves; else as written. */
export function canonical(field: ProjectField, value: string | undefined): string {
  if (value === undefined) return "";
  const text = value.trim();
  if (text === "") return "";
  switch (field) {
    case "call":
      return resolveCallRound(text).value?.id ?? text;
    case "sector":
      return resolveSector(text).value ?? text;
    case "country":
      // A beneficiary's country is one of the Programme's; any other stays as written, for the audit to report.
      return resolveProgrammeCountry(text).value?.code ?? text;
    case "action":
      return resolveAction(text).value ?? text;
    default:
      return text;
  }
}

/** What the form shows for `field`. */
export function formValue(overrides: Project, workbook: Project, field: ProjectField): string {
  const override = overrides[field];
  return override !== undefined ? override : canonical(field, workbook[field]);
}

/** The overrides after the coordinator set `field` to `value` in the form. */
export function withEdit(overrides: Project, workbook: Project, field: ProjectField, value: string): Project {
  const next: Record<string, string> = { ...(overrides as Record<string, string>) };
  const text = value.trim();
  if (text === "" || text === canonical(field, workbook[field])) delete next[field];
  else next[field] = text;
  return next as Project;
}

export function sameProject(a: Project, b: Project): boolean {
  return PROJECT_FIELDS.every((field) => (a[field] ?? "") === (b[field] ?? ""));
}

type Cells = Partial<Record<ProjectField, SettingCell>>;

/**
 * What an audit tells about the project block: the settings it read from cells (those the pane did not override, so
 * the audit read them) replace the earlier workbook values, and a label it found empty is known as such. Others are
 * kept: an overridden setting is not read, and a sheet audit may not see the settings sheet.
 */
export function workbookProjectAfter(
  report: AuditReport,
  overrides: Project,
  before: { project: Project; sources: Cells; emptyLabels: Cells },
): { project: Project; sources: Cells; emptyLabels: Cells } {
  const project: Record<string, string | undefined> = { ...before.project };
  const sources: Cells = { ...before.sources };
  const emptyLabels: Cells = { ...before.emptyLabels };
  for (const field of PROJECT_FIELDS) {
    const at = report.projectSources[field];
    if (overrides[field] === undefined && at && report.project[field] !== undefined) {
      project[field] = report.project[field];
      sources[field] = at;
      delete emptyLabels[field];
    }
  }
  for (const { setting, emptyLabel } of report.settingsNotFound ?? [])
    if (setting !== "number" && emptyLabel && overrides[setting] === undefined) emptyLabels[setting] = emptyLabel;
  return { project: project as Project, sources, emptyLabels };
}

/** How many labels a missing setting's hint names: enough to show the idea, short enough for the pane. */
const HINT_LABELS = 3;

/** The first labels the audit looks for a setting under, quoted the language's way: "“Sektors”, “Sector”, “Joma”". */
export function lookedForText(field: ProjectField, language: Language): string {
  return PROJECT_LABELS[field]
    .slice(0, HINT_LABELS)
    .map((label) => PROGRAMME_FORMATTERS[language].quote(label))
    .join(", ");
}
