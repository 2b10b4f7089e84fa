/**
 * The human report: the project settings used, each table found, then the issues grouped by sheet and row (project
 * issues first), each as `  E12  error  end date: message`, and a summary line. Colours only when asked for (the
 * caller decides: a TTY and no NO_COLOR). Every line is passed through printable(): sheet names, headers, values and
 * messages come from the workbook and may hold terminal control characters.
 */
import type { AuditIssue, AuditReport } from "../audit";
import {
  DEFAULT_ACTION,
  FORMATTERS,
  fieldName,
  resolveAction,
  resolveCallRound,
  resolveCountry,
  type Field,
  type Language,
  type ProjectSetting,
  type Severity,
} from "../rules";
import { WORDS } from "./language";
import { ChunkedOutput, type Output } from "./output";
import { printable } from "./printable";

export interface TextOptions {
  readonly file: string;
  readonly language: Language;
  readonly color?: boolean;
  /** A label for a sheet row (the participant's name), shown beside the row number. */
  readonly rowLabel?: (sheet: string, row: number) => string | undefined;
}

const ANSI = { bold: "1", red: "31", yellow: "33", cyan: "36", green: "32", dim: "2" } as const;
type Style = keyof typeof ANSI;

const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = { error: "red", warning: "yellow", info: "cyan" };

/** Colours are on when stdout is a terminal, NO_COLOR is unset or empty, and TERM is not "dumb". */
export function colorWanted(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return isTTY === true;
}

function fieldLabel(field: string | null, language: Language): string | undefined {
  if (field === null) return undefined;
  return fieldName(field as Field | ProjectSetting, language) || field;
}

export function formatText(report: AuditReport, options: TextOptions): string {
  return `${[...textLines(report, options)].join("\n")}\n`;
}

/** formatText's text, written to `out` line by line: a plan with an issue per row has a report of hundreds of MB. */
export async function writeText(report: AuditReport, options: TextOptions, out: Output, after: readonly string[] = []): Promise<void> {
  const output = new ChunkedOutput(out);
  for (const line of textLines(report, options)) if (output.add(`${line}\n`)) await output.flush();
  for (const line of after) output.add(line);
  await output.flush();
}

/** The report's lines (without their line ends), one at a time. */
function* textLines(report: AuditReport, options: TextOptions): Generator<string> {
  const { language, color = false } = options;
  const words = WORDS[language];
  const format = FORMATTERS[language];
  // Text is made printable before it is painted: the colours' own escapes must stay.
  const paint = (style: Style, text: string) => (color ? `\u001b[${ANSI[style]}m${printable(text)}\u001b[0m` : printable(text));
  const lines: string[] = [paint("bold", words.title(options.file))];

  const { project } = report;
  // The action is always shown: a coordinator of an accredited project must see when the KA122 rules were applied.
  const action =
    project.action === undefined ? `${DEFAULT_ACTION} ${words.assumed}` : (resolveAction(project.action).value ?? project.action);
  const parts: string[] = [`${words.action} ${action}`];
  if (project.sector !== undefined) parts.push(`${words.sector} ${project.sector}`);
  if (project.call !== undefined) parts.push(`${words.call} ${format.call(project.call)}`);
  if (project.start !== undefined || project.end !== undefined) {
    parts.push(`${words.period} ${project.start ? format.date(project.start) : "?"} – ${project.end ? format.date(project.end) : "?"}`);
  }
  if (project.country !== undefined) parts.push(`${words.country} ${format.country(project.country)}`);
  lines.push(printable(words.projectLine(parts.join(" · "))));
  for (const table of report.tables) {
    lines.push(printable(words.table(table.sheet, table.headerRow, table.rows)));
    if (table.unrecognised.length > 0) {
      lines.push(printable(words.notRead(table.unrecognised.map((u) => `${u.column} ${format.quote(u.header)}`).join(", "))));
    }
  }
  for (const line of settingLines(report, language)) lines.push(printable(line));

  // Project issues (no row, or a setting's cell above the table) first; then one block per sheet, one group per row.
  const projectIssues: AuditIssue[] = [];
  const rowIssues: AuditIssue[] = [];
  let severityWidth = 0;
  let cellWidth = 0;
  for (const issue of report.issues) {
    severityWidth = Math.max(severityWidth, words.severity[issue.severity].length);
    if (isProjectIssue(issue, report)) projectIssues.push(issue);
    else {
      rowIssues.push(issue);
      cellWidth = Math.max(cellWidth, (issue.cell ?? "").length);
    }
  }
  // The parts of a line that repeat (a severity, a field's name) are built once: a plan may have 100,000 issues.
  const severityText = {} as Record<Severity, string>;
  for (const severity of ["error", "warning", "info"] as const) {
    const word = words.severity[severity];
    severityText[severity] = paint(SEVERITY_STYLE[severity], word) + " ".repeat(Math.max(0, severityWidth - word.length));
  }
  const fieldPrefixes = new Map<string | null, string>();
  const fieldPrefix = (field: string | null, project: boolean) => {
    const key = project ? `project:${field}` : field;
    let prefix = fieldPrefixes.get(key);
    if (prefix === undefined) {
      const name = project && field !== null ? (words.projectFields[field as ProjectSetting] ?? field) : fieldLabel(field, language);
      fieldPrefixes.set(key, (prefix = name ? `${name}: ` : ""));
    }
    return prefix;
  };
  const issueLine = (issue: AuditIssue, cell: string, width: number, project = false) => {
    const where = width > 0 ? `${cell.padEnd(width)}  ` : "";
    return `  ${where}${severityText[issue.severity]}  ${printable(fieldPrefix(issue.field, project) + issue.message)}`;
  };

  yield* lines;
  if (projectIssues.length > 0) {
    yield "";
    yield paint("bold", `== ${words.projectHeading} ==`);
    const where = (i: AuditIssue) => (i.cell ? printable(`${i.sheet}!${i.cell}`) : "");
    const width = projectIssues.reduce((w, i) => Math.max(w, where(i).length), 0);
    for (const issue of projectIssues) yield issueLine(issue, where(issue), width, true);
  }
  let sheet: string | null | undefined;
  let row: number | null | undefined;
  for (const issue of rowIssues) {
    if (issue.sheet !== sheet) {
      sheet = issue.sheet;
      row = undefined;
      yield "";
      yield paint("bold", `== ${sheet} ==`);
    }
    if (issue.row !== row) {
      row = issue.row;
      const label = row === null ? undefined : options.rowLabel?.(issue.sheet as string, row);
      yield printable(`${words.row(row as number)}${label ? ` · ${label}` : ""}`);
    }
    yield issueLine(issue, printable(issue.cell ?? ""), cellWidth);
  }

  const { errors, warnings, info, rows } = report.summary;
  yield "";
  if (report.issues.length === 0) yield paint("green", words.noIssues);
  yield paint("bold", words.summary(errors, warnings, info, rows));
}

/** How many of the labels looked for a missing setting the text report names (the JSON report has them all). */
const LOOKED_FOR_SHOWN = 6;

/**
 * Where each setting came from ("sector: VET (from the project number in Plāns!A1)") and, for each one not found,
 * the labels looked for, so that a coordinator can rename theirs.
 */
function settingLines(report: AuditReport, language: Language): string[] {
  const words = WORDS[language];
  const format = FORMATTERS[language];
  const { project, projectSources, projectNumber, settingsNotFound = [] } = report;
  const title = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
  const lines: string[] = [];
  if (projectNumber)
    lines.push(`  ${title(words.numberName)}: ${projectNumber.number} (${projectNumber.at.sheet}!${projectNumber.at.cell})`);
  for (const field of SETTINGS_ORDER) {
    const value = project[field];
    if (value === undefined) continue;
    const at = projectSources[field];
    const where = !at ? words.given : at.via === "number" ? words.fromNumber(`${at.sheet}!${at.cell}`) : `${at.sheet}!${at.cell}`;
    lines.push(`  ${title(words.projectFields[field])}: ${settingValue(field, value, language)} (${where})`);
  }
  for (const { setting, lookedFor, emptyLabel } of settingsNotFound) {
    const name = setting === "number" ? words.numberName : words.projectFields[setting];
    if (emptyLabel) {
      lines.push(`  ${title(name)}: ${words.emptyLabel(`${emptyLabel.sheet}!${emptyLabel.cell}`)}`);
      continue;
    }
    const shown = lookedFor.slice(0, LOOKED_FOR_SHOWN).map((label) => format.quote(label));
    if (lookedFor.length > LOOKED_FOR_SHOWN) shown.push("…");
    lines.push(`  ${title(name)}: ${words.notFound(shown.join(", "))}`);
  }
  return lines.length === 0 ? [] : [words.settingsHeading, ...lines];
}

const SETTINGS_ORDER: readonly ProjectSetting[] = ["action", "sector", "call", "start", "end", "country"];

function settingValue(field: ProjectSetting, value: string, language: Language): string {
  const format = FORMATTERS[language];
  if (field === "start" || field === "end") return format.date(value);
  if (field === "call") return format.call(resolveCallRound(value).value?.id ?? value);
  if (field === "country") return format.country(resolveCountry(value).value?.code ?? value);
  if (field === "action") return resolveAction(value).value ?? value;
  return value;
}

/** Issues without a row, and those on a setting's cell (an unreadable "Projekta sākums" above the table), are the project's. */
function isProjectIssue(issue: AuditIssue, report: AuditReport): boolean {
  const { sheet, row } = issue;
  if (sheet === null || row === null) return true;
  // A loop, not tables.some with a closure: this runs for each of up to 100,000 issues.
  for (const table of report.tables) if (table.sheet === sheet && row > table.headerRow) return false;
  return true;
}
