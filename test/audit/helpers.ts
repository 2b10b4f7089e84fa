/**
 * Shared builders for the sheet audit tests: plan tables as grids (a header row and data rows keyed by field), valid
 * rows, a valid project, and compact views of a report ("rule@Sheet!A1") so expectations read like the sheet.
 */
import { formatIssue, issue } from "../../src/rules";
import type { Language, Project, RuleId, RuleParams } from "../../src/rules";
import type { AuditField, AuditIssue, AuditReport, CellValue, SheetGrid } from "../../src/audit";

/** How a Latvian coordinator heads each column. */
export const LV_HEADERS: Readonly<Record<AuditField, string>> = {
  participant: "Vārds, uzvārds",
  role: "Loma",
  sector: "Sektors",
  activity: "Aktivitātes veids",
  start: "Sākuma datums",
  end: "Beigu datums",
  durationDays: "Ilgums (dienas)",
  travelDays: "Ceļošanas dienas",
  greenTravel: "Zaļais ceļojums (jā/nē)",
  sendingCountry: "Nosūtītājvalsts",
  hostCountry: "Uzņemošā valsts",
  hostOrganisation: "Uzņemošā organizācija",
  group: "Grupa",
  mentor: "Mentors",
  course: "Kursa nosaukums",
  fewerOpportunities: "Mazākas iespējas (jā/nē)",
  recentGraduate: "Nesens absolvents",
  graduationDate: "Absolvēšanas datums",
  distanceKm: "Attālums (km)",
  distanceBand: "Attāluma josla",
  linguisticSupport: "Valodas atbalsts (jā/nē)",
  accompanying: "Pavadošā persona",
  surname: "Uzvārds",
  period: "Mobilitātes periods",
};

/** The columns most tests use, in sheet order: A participant … F host organisation. */
export const BASIC_FIELDS: readonly AuditField[] = ["participant", "activity", "start", "end", "hostCountry", "hostOrganisation"];

export type RowValues = Partial<Record<AuditField, CellValue>>;

/** A valid staff row: 5 days of job shadowing in Germany in September 2026, dates as Latvians type them. */
export function staff(overrides: RowValues = {}): RowValues {
  return {
    participant: "Anna Bērziņa",
    activity: "Ēnošana darbā",
    start: "07.09.2026",
    end: "11.09.2026",
    hostCountry: "Vācija",
    hostOrganisation: "Berufskolleg Köln",
    ...overrides,
  };
}

/** A header row and one row of cells per activity, the columns in the order of `fields`. */
export function table(
  fields: readonly AuditField[],
  rows: readonly RowValues[],
  headers: Partial<Record<AuditField, string>> = {},
): CellValue[][] {
  return [fields.map((f) => headers[f] ?? LV_HEADERS[f]), ...rows.map((row) => fields.map((f) => row[f] ?? null))];
}

export function sheet(
  name: string,
  rows: readonly (readonly CellValue[])[],
  at: { firstRow?: number; firstColumn?: number } = {},
): SheetGrid {
  return { name, rows, ...at };
}

/** A valid project: VET, round 1, 12 months from 1 June 2026, beneficiary in Latvia. */
export const PROJECT: Readonly<Project> = { sector: "VET", call: "2026-R1", start: "2026-06-01", end: "2027-05-31", country: "LV" };

/** "rule@Sheet!A1" for issues on a cell, "rule" for project-level issues, in report order. */
export function located(report: AuditReport): string[] {
  return report.issues.map((i) => (i.cell === null ? i.rule : `${i.rule}@${i.sheet}!${i.cell}`));
}

/** The cells (as "Sheet!A1") that carry issues of `rule`, in report order. */
export function cellsOf(report: AuditReport, rule: RuleId): string[] {
  return report.issues.filter((i) => i.rule === rule).map((i) => `${i.sheet}!${i.cell}`);
}

export function issuesOf(report: AuditReport, rule: RuleId): AuditIssue[] {
  return report.issues.filter((i) => i.rule === rule);
}

/** The message src/rules words for `rule` with `params`: what the report must carry, whatever the wording. */
export function message<R extends RuleId>(rule: R, params: RuleParams[R], language: Language = "en"): string {
  return formatIssue(issue(rule, params, { activityId: "any" }), language);
}
