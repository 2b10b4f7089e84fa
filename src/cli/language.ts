/**
 * The command's language and its own few words (the rule messages come from src/rules/messages): --lang, else the
 * POSIX locale variables (LC_ALL, then LC_MESSAGES, then LANG), else the runtime's default locale (Windows and macOS
 * set no LANG), else English.
 */
import { languageOfLocale, latvianCount, type Language, type ProjectSetting, type Severity } from "../rules";
import type { CannotAuditReason, ReasonFacts } from "./errors";

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
  /** A setting's label found with nothing beside or below it. */
  emptyLabel(cell: string): string;
  row(row: number): string;
  readonly noIssues: string;
  copyWritten(file: string): string;
  templateWritten(file: string): string;
  cannotAudit(file: string, reason: string): string;
  cannotWrite(file: string, reason: string): string;
  /** After a copy of a macro workbook (.xlsm) is written: the copy has none. */
  macrosNotCopied(copy: string, input: string): string;
  /** Why a file cannot be audited: a sentence, or one built from the refusal's facts (sizes, limits, names). */
  readonly reasons: Readonly<Record<CannotAuditReason, string | ((facts: ReasonFacts) => string)>>;
  readonly auditSheetColumns: readonly [sheet: string, cell: string, severity: string, rule: string, message: string];
  readonly rulesColumns: readonly [sector: string, code: string, en: string, lv: string, minDays: string, maxDays: string];
  readonly ownCode: string;
}

const enPlural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Latvian: numbers ending in 1 (but not 11) take the singular. */
const lvPlural = latvianCount;

const GROUPING_LOCALE: Readonly<Record<Language, string>> = { en: "en-US", lv: "lv-LV" };
// Made on first use, not at start-up: a number format loads ICU data (tens of ms), and most runs print no such number.
const GROUPED: Partial<Record<Language, Intl.NumberFormat>> = {};
/** 1048576 → "1,048,576" (en), "1 048 576" (lv). */
const grouped = (language: Language, n: number) =>
  (GROUPED[language] ??= new Intl.NumberFormat(GROUPING_LOCALE[language], { maximumFractionDigits: 1 })).format(n);
/** A byte count in decimal units, as the limits are set: "1 GB", "1.2 GB", "350 MB" (lv "1,2 GB"). */
function bytes(language: Language, n: number): string {
  for (const [unit, size] of [
    ["GB", 1e9],
    ["MB", 1e6],
    ["KB", 1e3],
  ] as const) {
    if (n >= size) return `${grouped(language, n / size)} ${unit}`;
  }
  return `${grouped(language, n)} ${language === "en" ? "bytes" : "baiti"}`;
}
const lvCount = (n: number, one: string, many: string) => `${grouped("lv", n)} ${lvPlural(n, one, many).replace(/^\d+ /, "")}`;
const n = (facts: ReasonFacts, key: "found" | "limit", language: Language) => grouped(language, facts[key] ?? 0);
const EXCEL_LIMIT = { en: "1,048,576 rows × 16,384 columns", lv: "1 048 576 rindas × 16 384 kolonnas" };

const EN_SPECIAL: Readonly<Record<string, string>> = { pipe: "a named pipe", device: "a device", socket: "a socket" };
const LV_SPECIAL: Readonly<Record<string, string>> = {
  pipe: "tas ir nosauktais kanāls",
  device: "tā ir ierīce",
  socket: "tā ir ligzda (socket)",
};
const EN_BEYOND: Readonly<Record<string, string>> = { row: "row number", cell: "a cell", column: "column number", range: "the range" };
const LV_BEYOND: Readonly<Record<string, string>> = { row: "rindas numurs", cell: "šūna", column: "kolonnas numurs", range: "apgabals" };

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
    emptyLabel: (cell) => `not filled in (its label is in ${cell}, with no value beside it)`,
    row: (row) => `Row ${row}`,
    noIssues: "No issues found.",
    copyWritten: (file) => `Audited copy written to ${file}`,
    templateWritten: (file) => `New plan written to ${file}: fill in the project block and the table, then audit it`,
    cannotAudit: (file, reason) => `cannot audit ${file}: ${reason}`,
    cannotWrite: (file, reason) => `cannot write ${file}: ${reason}`,
    macrosNotCopied: (copy, input) => `note: the copy ${copy} has no macros; they stay in ${input}`,
    reasons: {
      "not-found": "no such file",
      "not-a-file": "it is a directory, not a file",
      "not-regular": (f) => (EN_SPECIAL[f.kind] ? `it is ${EN_SPECIAL[f.kind]}, not a file` : "it is not a regular file"),
      unreadable: "the file cannot be read",
      "empty-file": "the file is empty (0 bytes)",
      "not-xlsx": "not an .xlsx workbook",
      xls: "an Excel 97-2003 .xls workbook; save it as .xlsx and try again",
      encrypted: "the workbook is password-protected; save a copy without a password and try again",
      corrupt: "the workbook is damaged: part of its content cannot be read; open it in Excel and save it again",
      "unpack-failed": "the file is damaged: a part of it cannot be unpacked; open it in Excel and save it again",
      "beyond-excel": (f) =>
        `the file is damaged: sheet “${f.sheet}” has ${EN_BEYOND[f.kind]} ${f.name}, beyond Excel's ${EXCEL_LIMIT.en}; open it in Excel, let Excel repair it, and save it again`,
      "too-large": (f) =>
        f.kind === "parts"
          ? `the file is too large: it holds ${n(f, "found", "en")} parts, over the limit of ${n(f, "limit", "en")}`
          : f.kind === "part"
            ? `the file is too large: its part ${f.name} unpacks to ${bytes("en", f.found ?? 0)}, over the limit of ${bytes("en", f.limit ?? 0)} per part`
            : `the file is too large: it unpacks to ${bytes("en", f.found ?? 0)}, over the limit of ${bytes("en", f.limit ?? 0)}`,
      "too-large-in-memory":
        "the file is too large to read at once: a part of it is longer than the reader can hold; split the plan into smaller workbooks",
      "zip-bomb": (f) =>
        `not a normal workbook: its part ${f.name} would unpack to ${n(f, "found", "en")} times its packed size, over the limit of ${n(f, "limit", "en")} times`,
      "too-many-merges": (f) =>
        f.kind === "cells"
          ? `sheet “${f.sheet}” has merged areas covering ${n(f, "found", "en")} cells, over the limit of ${n(f, "limit", "en")}; unmerge them (Home › Merge & Center) and try again`
          : `sheet “${f.sheet}” has ${n(f, "found", "en")} merged areas over several rows, over the limit of ${n(f, "limit", "en")}; unmerge them (Home › Merge & Center) and try again`,
      ods: "an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) and try again",
      "empty-workbook": "the workbook has no data",
      "no-table":
        "no sheet has a recognisable planning table (a header row in the first 30 rows naming the activity type, or the start and end dates, and at least 3 columns)",
      "out-is-input": "--out names the input file; the input is never modified, choose another name for the copy",
      "macro-copy": (f) => `the copy is written without macros, so it cannot be a macro-enabled workbook (${f.kind}); name it ${f.name}`,
      exists: "a file of that name exists; a new plan is never written over a file, so choose a new name",
      "write-failed": "the file could not be written",
      "too-large-to-copy": (f) =>
        `the plan has ${n(f, "found", "en")} ${f.kind === "cells" ? "cells" : "rows"}, over the limit of ${n(f, "limit", "en")} for an audited copy; run without --out to audit it, or split the plan into smaller workbooks`,
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
    notFound: (lookedFor) => `darbgrāmatā nav; meklētas etiķetes ${lookedFor}`,
    emptyLabel: (cell) => `nav aizpildīts (etiķete ir ${cell}, blakus tai nav vērtības)`,
    row: (row) => `${row}. rinda`,
    noIssues: "Problēmas netika atrastas.",
    copyWritten: (file) => `Pārbaudītā kopija saglabāta: ${file}`,
    templateWritten: (file) => `Jauns plāns saglabāts: ${file}; aizpildiet projekta datus un tabulu, tad pārbaudiet to`,
    cannotAudit: (file, reason) => `nevar pārbaudīt ${file}: ${reason}`,
    cannotWrite: (file, reason) => `nevar saglabāt ${file}: ${reason}`,
    macrosNotCopied: (copy, input) => `piezīme: kopijā ${copy} nav makrosu; tie paliek failā ${input}`,
    reasons: {
      "not-found": "šāda faila nav",
      "not-a-file": "tā ir mape, nevis fails",
      "not-regular": (f) => (LV_SPECIAL[f.kind] ? `${LV_SPECIAL[f.kind]}, nevis fails` : "tas nav parasts fails"),
      unreadable: "failu nevar nolasīt",
      "empty-file": "fails ir tukšs (0 baitu)",
      "not-xlsx": "tā nav .xlsx darbgrāmata",
      xls: "tā ir Excel 97-2003 .xls darbgrāmata; saglabājiet to kā .xlsx un mēģiniet vēlreiz",
      encrypted: "darbgrāmata ir aizsargāta ar paroli; saglabājiet kopiju bez paroles un mēģiniet vēlreiz",
      corrupt: "darbgrāmata ir bojāta: daļu tās satura nevar nolasīt; atveriet to programmā Excel un saglabājiet vēlreiz",
      "unpack-failed": "fails ir bojāts: kādu tā daļu nevar atpakot; atveriet to programmā Excel un saglabājiet vēlreiz",
      "beyond-excel": (f) =>
        `fails ir bojāts: lapā “${f.sheet}” ir ${LV_BEYOND[f.kind]} ${f.name}, kas pārsniedz Excel robežas (${EXCEL_LIMIT.lv}); atveriet to programmā Excel, ļaujiet Excel to salabot un saglabājiet vēlreiz`,
      "too-large": (f) =>
        f.kind === "parts"
          ? `fails ir pārāk liels: tajā ir ${lvCount(f.found ?? 0, "daļa", "daļas")}, vairāk nekā atļautās ${n(f, "limit", "lv")}`
          : f.kind === "part"
            ? `fails ir pārāk liels: tā daļa ${f.name} atpakota aizņem ${bytes("lv", f.found ?? 0)}, vairāk nekā atļautie ${bytes("lv", f.limit ?? 0)} vienai daļai`
            : `fails ir pārāk liels: atpakots tas aizņem ${bytes("lv", f.found ?? 0)}, vairāk nekā atļautie ${bytes("lv", f.limit ?? 0)}`,
      "too-large-in-memory":
        "fails ir pārāk liels, lai to nolasītu vienā reizē: kāda tā daļa ir garāka, nekā lasītājs spēj aptvert; sadaliet plānu mazākās darbgrāmatās",
      "zip-bomb": (f) =>
        `tā nav parasta darbgrāmata: tās daļa ${f.name} atpakojot kļūtu ${n(f, "found", "lv")} reizes lielāka nekā saspiesta, vairāk nekā atļautās ${n(f, "limit", "lv")} reizes`,
      "too-many-merges": (f) =>
        f.kind === "cells"
          ? `lapā “${f.sheet}” sapludinātie apgabali aptver ${lvCount(f.found ?? 0, "šūnu", "šūnas")}, vairāk nekā atļautās ${n(f, "limit", "lv")}; atceliet sapludināšanu (Sākums › Sapludināt un centrēt) un mēģiniet vēlreiz`
          : `lapā “${f.sheet}” ir ${lvCount(f.found ?? 0, "sapludināts apgabals", "sapludināti apgabali")} pāri vairākām rindām, vairāk nekā atļautie ${n(f, "limit", "lv")}; atceliet sapludināšanu (Sākums › Sapludināt un centrēt) un mēģiniet vēlreiz`,
      ods: "tā ir OpenDocument izklājlapa (.ods); saglabājiet to kā Excel darbgrāmatu (.xlsx) un mēģiniet vēlreiz",
      "empty-workbook": "darbgrāmatā nav datu",
      "no-table":
        "nevienā lapā nav atpazīstamas plāna tabulas (virsrakstu rindas pirmajās 30 rindās, kas nosauc aktivitātes veidu vai sākuma un beigu datumu un vismaz 3 kolonnas)",
      "out-is-input": "--out norāda ievades failu; ievades fails netiek mainīts, izvēlieties citu kopijas nosaukumu",
      "macro-copy": (f) =>
        `kopija tiek saglabāta bez makrosiem, tāpēc tā nevar būt makrosu iespējota darbgrāmata (${f.kind}); nosauciet to ${f.name}`,
      exists: "šāds fails jau ir; jauns plāns nekad netiek saglabāts pāri failam, tāpēc izvēlieties jaunu nosaukumu",
      "write-failed": "failu nevarēja saglabāt",
      "too-large-to-copy": (f) =>
        `plānā ir ${f.kind === "cells" ? lvCount(f.found ?? 0, "šūna", "šūnas") : lvCount(f.found ?? 0, "rinda", "rindas")}, vairāk nekā atļautās ${n(f, "limit", "lv")} pārbaudītai kopijai; palaidiet bez --out, lai to pārbaudītu, vai sadaliet plānu mazākās darbgrāmatās`,
    },
    auditSheetColumns: ["Lapa", "Šūna", "Nozīmīgums", "Noteikums", "Ziņojums"],
    rulesColumns: ["Sektors", "Kods", "Angliski", "Latviski", "Min. dienas", "Maks. dienas"],
    ownCode: "* šī projekta kods: oficiāls Beneficiary Module kods netika atrasts",
  },
};

/** A refusal's reason in `language`: its sentence, built from its facts where it has them. */
export function reasonText(language: Language, reason: CannotAuditReason, facts: ReasonFacts | undefined): string {
  const words = WORDS[language].reasons[reason];
  return typeof words === "string" ? words : words(facts ?? { kind: "" });
}
