/**
 * The command's language and its own few words (the rule messages come from src/rules/messages): --lang, else the
 * POSIX locale variables (LC_ALL, then LC_MESSAGES, then LANG), else the runtime's default locale (Windows and macOS
 * set no LANG), else English.
 */
import { languageOfLocale, latvianCount, type Language, type ProjectSetting, type Severity } from "../rules";
import type { CannotAuditReason } from "./errors";

export function isLanguage(value: string): value is Language {
  return value === "en" || value === "lv";
}

/** The runtime's default locale ("lv-LV", "en-US"). */
export function runtimeLocale(): string {
  try {
    return new Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return "en";
  }
}

/**
 * The language when --lang is not given. The first locale variable that is set decides (POSIX precedence); "C" and
 * "POSIX" say nothing about a language, so the runtime locale decides then.
 */
export function defaultLanguage(env: Readonly<Record<string, string | undefined>>, intlLocale: string = runtimeLocale()): Language {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name]?.trim();
    if (!value) continue;
    if (/^(C|POSIX)([.@]|$)/i.test(value)) break;
    return languageOfLocale(value);
  }
  return languageOfLocale(intlLocale);
}

export interface CliWords {
  readonly severity: Readonly<Record<Severity, string>>;
  /** "3 errors, 1 warning, 2 info in 25 rows". */
  summary(errors: number, warnings: number, info: number, rows: number): string;
  title(file: string): string;
  table(sheet: string, headerRow: number, rows: number): string;
  notRead(columns: string): string;
  projectLine(parts: string): string;
  readonly projectHeading: string;
  /** Project settings as the project section names them ("start date" alone would read as an activity's). */
  readonly projectFields: Readonly<Record<ProjectSetting, string>>;
  readonly action: string;
  /** After the action when no setting gives one: the KA122 rules apply (rules-2026.md scope). */
  readonly assumed: string;
  readonly period: string;
  readonly country: string;
  readonly sector: string;
  readonly call: string;
  /** The settings section: where each setting was read, and what was looked for when it was not found. */
  readonly settingsHeading: string;
  readonly numberName: string;
  fromNumber(cell: string): string;
  /** A setting given on the command line. */
  readonly given: string;
  notFound(lookedFor: string): string;
  row(row: number): string;
  readonly noIssues: string;
  copyWritten(file: string): string;
  cannotAudit(file: string, reason: string): string;
  cannotWrite(file: string, reason: string): string;
  readonly reasons: Readonly<Record<CannotAuditReason, string>>;
  readonly auditSheetColumns: readonly [sheet: string, cell: string, severity: string, rule: string, message: string];
  readonly rulesColumns: readonly [sector: string, code: string, en: string, lv: string, minDays: string, maxDays: string];
  readonly ownCode: string;
}

const enPlural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Latvian: numbers ending in 1 (but not 11) take the singular. */
const lvPlural = latvianCount;

export const WORDS: Readonly<Record<Language, CliWords>> = {
  en: {
    severity: { error: "error", warning: "warning", info: "info" },
    summary: (e, w, i, r) =>
      `${enPlural(e, "error", "errors")}, ${enPlural(w, "warning", "warnings")}, ${i} info in ${enPlural(r, "row", "rows")}`,
    title: (file) => `Mobility plan audit: ${file}`,
    table: (sheet, headerRow, rows) => `Sheet "${sheet}": header on row ${headerRow}, ${enPlural(rows, "activity row", "activity rows")}`,
    notRead: (columns) => `  Columns not read: ${columns}`,
    projectLine: (parts) => `Project: ${parts}`,
    projectHeading: "Project",
    projectFields: { sector: "sector", call: "call", start: "project start", end: "project end", country: "country", action: "action" },
    action: "action",
    assumed: "(assumed)",
    period: "period",
    country: "country",
    sector: "sector",
    call: "call",
    settingsHeading: "Project settings:",
    numberName: "project number",
    fromNumber: (cell) => `from the project number in ${cell}`,
    given: "given on the command line",
    notFound: (lookedFor) => `not found; looked for ${lookedFor}`,
    row: (row) => `Row ${row}`,
    noIssues: "No issues found.",
    copyWritten: (file) => `Audited copy written to ${file}`,
    cannotAudit: (file, reason) => `cannot audit ${file}: ${reason}`,
    cannotWrite: (file, reason) => `cannot write ${file}: ${reason}`,
    reasons: {
      "not-found": "no such file",
      "not-a-file": "it is a directory, not a file",
      unreadable: "the file cannot be read",
      "empty-file": "the file is empty (0 bytes)",
      "not-xlsx": "not an .xlsx workbook",
      xls: "an Excel 97-2003 .xls workbook; save it as .xlsx and try again",
      encrypted: "the workbook is password-protected; save a copy without a password and try again",
      corrupt: "the workbook is damaged or not a valid .xlsx file",
      "empty-workbook": "the workbook has no data",
      "no-table":
        "no sheet has a recognisable planning table (a header row in the first 30 rows naming the activity type, or the start and end dates, and at least 3 columns)",
      "out-is-input": "--out names the input file; the input is never modified, choose another name for the copy",
      "write-failed": "the audited copy could not be written",
    },
    auditSheetColumns: ["Sheet", "Cell", "Severity", "Rule", "Message"],
    rulesColumns: ["Sector", "Code", "English", "Latvian", "Min days", "Max days"],
    ownCode: "* this project's own code: no official Beneficiary Module code was found",
  },
  lv: {
    // Not "piezīme": that is Excel's word for a note, which the audited copy also has.
    severity: { error: "kļūda", warning: "brīdinājums", info: "informācija" },
    summary: (e, w, i, r) =>
      `${lvPlural(e, "kļūda", "kļūdas")}, ${lvPlural(w, "brīdinājums", "brīdinājumi")}, ${lvPlural(i, "informatīvs ziņojums", "informatīvi ziņojumi")} ${lvPlural(r, "rindā", "rindās")}`,
    title: (file) => `Mobilitāšu plāna pārbaude: ${file}`,
    table: (sheet, headerRow, rows) =>
      `Lapa “${sheet}”: virsraksti ${headerRow}. rindā, ${lvPlural(rows, "aktivitātes rinda", "aktivitāšu rindas")}`,
    notRead: (columns) => `  Netika lasītas kolonnas: ${columns}`,
    projectLine: (parts) => `Projekts: ${parts}`,
    projectHeading: "Projekts",
    projectFields: {
      sector: "sektors",
      call: "konkursa kārta",
      start: "projekta sākums",
      end: "projekta beigas",
      country: "projekta īstenotāja valsts",
      action: "pamatdarbība",
    },
    action: "pamatdarbība",
    assumed: "(pieņemts)",
    period: "periods",
    country: "valsts",
    sector: "sektors",
    call: "konkursa kārta",
    settingsHeading: "Projekta iestatījumi:",
    numberName: "projekta numurs",
    fromNumber: (cell) => `no projekta numura šūnā ${cell}`,
    given: "norādīts komandrindā",
    notFound: (lookedFor) => `nav atrasts; meklēts ${lookedFor}`,
    row: (row) => `${row}. rinda`,
    noIssues: "Problēmas netika atrastas.",
    copyWritten: (file) => `Pārbaudītā kopija saglabāta: ${file}`,
    cannotAudit: (file, reason) => `nevar pārbaudīt ${file}: ${reason}`,
    cannotWrite: (file, reason) => `nevar saglabāt ${file}: ${reason}`,
    reasons: {
      "not-found": "šāda faila nav",
      "not-a-file": "tā ir mape, nevis fails",
      unreadable: "failu nevar nolasīt",
      "empty-file": "fails ir tukšs (0 baitu)",
      "not-xlsx": "tā nav .xlsx darbgrāmata",
      xls: "tā ir Excel 97-2003 .xls darbgrāmata; saglabājiet to kā .xlsx un mēģiniet vēlreiz",
      encrypted: "darbgrāmata ir aizsargāta ar paroli; saglabājiet kopiju bez paroles un mēģiniet vēlreiz",
      corrupt: "darbgrāmata ir bojāta vai nav derīgs .xlsx fails",
      "empty-workbook": "darbgrāmatā nav datu",
      "no-table":
        "nevienā lapā nav atpazīstamas plāna tabulas (virsrakstu rindas pirmajās 30 rindās, kas nosauc aktivitātes veidu vai sākuma un beigu datumu un vismaz 3 kolonnas)",
      "out-is-input": "--out norāda ievades failu; ievades fails netiek mainīts, izvēlieties citu kopijas nosaukumu",
      "write-failed": "pārbaudīto kopiju nevarēja saglabāt",
    },
    auditSheetColumns: ["Lapa", "Šūna", "Nozīmīgums", "Noteikums", "Ziņojums"],
    rulesColumns: ["Sektors", "Kods", "Angliski", "Latviski", "Min. dienas", "Maks. dienas"],
    ownCode: "* šī projekta kods: oficiāls Beneficiary Module kods netika atrasts",
  },
};
