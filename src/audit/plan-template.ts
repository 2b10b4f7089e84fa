/**
 * A new plan sheet, as data: the project block, the table's columns with their headers in the chosen language, and the
 * drop-down lists and date checks of each column, all taken from the rules catalog when the sheet is made. The command
 * (src/cli/write-template.ts) and the pane write this same description; the audit reads the result with no mapping.
 */
import {
  CALL_ROUNDS,
  ELIGIBLE_COUNTRIES,
  ROLES,
  ROLE_NAMES,
  SECTORS,
  ACTIONS,
  activitiesOfSector,
  DEFAULT_ACTION,
  PROJECT_RULES,
  programmeCountryByCode,
  resolveAction,
  resolveSector,
  type Action,
  type Language,
  type Project,
  type Sector,
} from "../rules";
import { columnLetter } from "./address";
import type { AuditField } from "./header-labels";
import type { WorkbookSetting } from "./setting-labels";

export type TemplateList = "actions" | "sectors" | "calls" | "countries" | "activities" | "roles" | "yesNo";

/** How a cell is checked as it is typed (Excel's Data Validation); a warning lets the coordinator keep another value. */
export type TemplateCheck =
  | { readonly kind: "list"; readonly list: TemplateList }
  /** A date, and inside the project period when the project block gives it. */
  | { readonly kind: "date-in-period" }
  | { readonly kind: "date" }
  | { readonly kind: "whole"; readonly min: number; readonly max: number };

export interface TemplateSetting {
  readonly setting: WorkbookSetting;
  readonly label: string;
  /** ISO for dates; a code or a name otherwise; undefined leaves the cell for the coordinator. */
  readonly value?: string;
  readonly check?: TemplateCheck;
}

export interface TemplateColumn {
  readonly field: AuditField;
  readonly header: string;
  /** Excel's column width, in characters. */
  readonly width: number;
  readonly check?: TemplateCheck;
  /** Explains the column in the cell's input message. */
  readonly prompt?: string;
}

export interface PlanTemplate {
  readonly language: Language;
  readonly sheetName: string;
  readonly listsSheetName: string;
  readonly tableName: string;
  readonly title: string;
  /** Row of the first setting (1-based); settings go down column A (label) and B (value). */
  readonly settingsRow: number;
  readonly settings: readonly TemplateSetting[];
  /** Row of the table's header (1-based), frozen; the table starts in column A. */
  readonly headerRow: number;
  readonly columns: readonly TemplateColumn[];
  /** Each list's values, in the language, written one per row on the hidden lists sheet under a defined name. */
  readonly lists: Readonly<Record<TemplateList, readonly string[]>>;
  /** Rows below the header that the column checks cover (the table grows into them). */
  readonly checkedRows: number;
  /** How dates show (project block and date columns). */
  readonly dateFormat: string;
  /**
   * Pane only, after `columns`: calculated columns of custom-function formulas. The command writes none (Excel may not
   * bind custom functions in a file it did not write, and its table has no rows to calculate).
   */
  readonly paneColumns: readonly TemplateFormulaColumn[];
  /** Pane only: the count of activities the project's cap counts, beside the project block. */
  readonly activityCount: TemplateActivityCount;
}

/** A calculated column of the pane's table; its formula refers to this row's cells by their headers. */
export interface TemplateFormulaColumn {
  readonly id: "duration" | "check";
  readonly header: string;
  readonly width: number;
  /** In English with "," separators, as Office.js `formulas` takes it. */
  readonly formula: string;
}

export interface TemplateActivityCount {
  /** A1 cells of the label and of the count, right of the project block. */
  readonly labelCell: string;
  readonly valueCell: string;
  readonly label: string;
  /** Shows the count against the cap ("12 / 30"). */
  readonly numberFormat: string;
}

export interface TemplateOptions {
  readonly language: Language;
  /** Settings the sheet starts with: the sector's activities fill the activity list (all sectors' without one). */
  readonly project?: Project;
}

type Words = Readonly<Record<Language, string>>;

const SHEET: Words = { en: "Mobility plan", lv: "Mobilitātes plāns" };
const LISTS_SHEET: Words = { en: "Lists", lv: "Saraksti" };
const TITLE: Words = { en: "Erasmus+ KA1 mobility plan", lv: "Erasmus+ KA1 mobilitātes plāns" };
const YES_NO: Readonly<Record<Language, readonly string[]>> = { en: ["Yes", "No"], lv: ["Jā", "Nē"] };
/** How a date shows in the language's plans (the example plan's Latvian form; ISO in English). */
const DATE_FORMAT: Words = { en: "yyyy-mm-dd", lv: "dd.mm.yyyy." };

/** The project block's labels: each is one the settings reader knows (setting-labels.ts; a test holds them to it). */
const SETTING_LABELS: Readonly<Record<WorkbookSetting, Words>> = {
  action: { en: "Action", lv: "Pamatdarbība" },
  sector: { en: "Sector", lv: "Sektors" },
  call: { en: "Call round", lv: "Konkursa kārta" },
  number: { en: "Grant agreement No.", lv: "Līguma Nr." },
  start: { en: "Project start", lv: "Projekta sākums" },
  end: { en: "Project end", lv: "Projekta beigas" },
  country: { en: "Beneficiary country", lv: "Valsts" },
};

const SETTING_CHECKS: Partial<Record<WorkbookSetting, TemplateCheck>> = {
  action: { kind: "list", list: "actions" },
  sector: { kind: "list", list: "sectors" },
  call: { kind: "list", list: "calls" },
  start: { kind: "date" },
  end: { kind: "date" },
  country: { kind: "list", list: "countries" },
};

const SETTINGS_ORDER: readonly WorkbookSetting[] = ["action", "sector", "call", "number", "start", "end", "country"];

interface ColumnSpec {
  readonly field: AuditField;
  readonly header: Words;
  readonly width: number;
  readonly check?: TemplateCheck;
  readonly prompt?: Words;
}

const YES_NO_CHECK: TemplateCheck = { kind: "list", list: "yesNo" };

/** The table's columns, each headed as the audit recognises it (header-labels.ts; a test holds them to it). */
const COLUMNS: readonly ColumnSpec[] = [
  { field: "participant", header: { en: "Participant", lv: "Dalībnieka vārds, uzvārds" }, width: 26 },
  { field: "role", header: { en: "Role", lv: "Loma" }, width: 20, check: { kind: "list", list: "roles" } },
  { field: "activity", header: { en: "Activity type", lv: "Aktivitātes veids" }, width: 36, check: { kind: "list", list: "activities" } },
  {
    field: "start",
    header: { en: "Start date", lv: "Sākuma datums" },
    width: 13,
    check: { kind: "date-in-period" },
    prompt: { en: "The first day of the activity, within the project period.", lv: "Aktivitātes pirmā diena, projekta periodā." },
  },
  {
    field: "end",
    header: { en: "End date", lv: "Beigu datums" },
    width: 13,
    check: { kind: "date-in-period" },
    prompt: { en: "The last day of the activity, within the project period.", lv: "Aktivitātes pēdējā diena, projekta periodā." },
  },
  {
    field: "travelDays",
    header: { en: "Travel days", lv: "Ceļošanas dienas" },
    width: 11,
    check: { kind: "whole", min: 0, max: 6 },
    prompt: { en: "Up to 2 days, or up to 6 with green travel.", lv: "Līdz 2 dienām, vai līdz 6 ar zaļo ceļošanu." },
  },
  { field: "greenTravel", header: { en: "Green travel", lv: "Zaļā ceļošana" }, width: 11, check: YES_NO_CHECK },
  { field: "hostCountry", header: { en: "Host country", lv: "Uzņemošā valsts" }, width: 20, check: { kind: "list", list: "countries" } },
  { field: "hostOrganisation", header: { en: "Host organisation", lv: "Uzņemošā organizācija" }, width: 30 },
  // The grant estimate's travel band comes from the one-way distance (src/rules/funding, PG26 p.98).
  { field: "distanceKm", header: { en: "Distance (km)", lv: "Attālums (km)" }, width: 12 },
  { field: "group", header: { en: "Group", lv: "Grupa" }, width: 14 },
  { field: "mentor", header: { en: "Mentor", lv: "Mentors" }, width: 20 },
  { field: "course", header: { en: "Course title", lv: "Kursa nosaukums" }, width: 28 },
  { field: "fewerOpportunities", header: { en: "Fewer opportunities", lv: "Mazāk iespēju" }, width: 13, check: YES_NO_CHECK },
  // Linguistic support where Online Language Support cannot serve the participant (the estimate asks per row).
  { field: "linguisticSupport", header: { en: "Linguistic support", lv: "Valodas atbalsts" }, width: 12, check: YES_NO_CHECK },
  // VET learners up to 12 months after graduation, and hosted teachers in training in every sector (PG26 p.89, 91).
  { field: "recentGraduate", header: { en: "Recent graduate", lv: "Absolvents" }, width: 12, check: YES_NO_CHECK },
  { field: "graduationDate", header: { en: "Graduation date", lv: "Absolvēšanas datums" }, width: 14, check: { kind: "date" } },
];

/** Activity names for the list: the sector's, or every sector's without one (one name once). */
function activityNames(language: Language, sector: Sector | undefined): string[] {
  const types = sector ? activitiesOfSector(sector) : SECTORS.flatMap(activitiesOfSector);
  return [...new Set(types.map((type) => type[language]))];
}

function countryNames(language: Language): string[] {
  return ELIGIBLE_COUNTRIES.map((country) => country[language]).sort((a, b) => a.localeCompare(b, language));
}

/**
 * The pane's calculated columns. The duration's header is one the audit reads as the duration, and its value is the
 * dates' own count, so the audit finds nothing in it (IFERROR leaves it blank, not #VALUE! or #NAME?, while a date is
 * missing or the add-in is not loaded: the audit would read an error value there). The check's header is no field's.
 */
const PANE_COLUMNS: readonly { id: TemplateFormulaColumn["id"]; header: Words; width: number }[] = [
  { id: "duration", header: { en: "Duration (days)", lv: "Ilgums (dienas)" }, width: 10 },
  { id: "check", header: { en: "Check", lv: "Pārbaude" }, width: 48 },
];

const ACTIVITY_COUNT_LABEL: Words = {
  en: `Mobility activities (KA122: at most ${PROJECT_RULES.maxMobilityActivities})`,
  lv: `Mobilitātes aktivitātes (KA122: ne vairāk kā ${PROJECT_RULES.maxMobilityActivities})`,
};

/** A structured reference's column name, escaped as Excel requires ('[', ']', '#' and "'" take a "'" before them). */
export function structuredName(header: string): string {
  return header.replace(/['[\]#]/g, "'$&");
}

/** This row's cell of a column, inside the table ("[@[Start date]]"). */
function thisRow(columns: readonly TemplateColumn[], field: AuditField): string {
  const column = columns.find((c) => c.field === field) as TemplateColumn;
  return `[@[${structuredName(column.header)}]]`;
}

function paneFormula(id: TemplateFormulaColumn["id"], columns: readonly TemplateColumn[], cell: (s: WorkbookSetting) => string): string {
  const at = (field: AuditField) => thisRow(columns, field);
  if (id === "duration") return `=IFERROR(MOBILITY_DAYS(${at("start")},${at("end")}),"")`;
  // MOBILITY_CHECK(sector, activity, start, end, fewerOpportunities, hostCountry, sendingCountry, action): blank on a
  // row not yet begun (with the project's sector given, the function would say the activity is missing).
  const begun = `${at("participant")}&${at("activity")}&${at("start")}&${at("end")}=""`;
  const args = [
    cell("sector"),
    at("activity"),
    at("start"),
    at("end"),
    at("fewerOpportunities"),
    at("hostCountry"),
    cell("country"),
    cell("action"),
  ];
  return `=IF(${begun},"",MOBILITY_CHECK(${args.join(",")}))`;
}

/** The description of a new plan sheet in `language`, for the project settings given. */
export function planTemplate({ language, project = {} }: TemplateOptions): PlanTemplate {
  const sector = project.sector === undefined ? undefined : resolveSector(project.sector).value;
  const action: Action = (project.action === undefined ? undefined : resolveAction(project.action).value) ?? DEFAULT_ACTION;
  const values: Partial<Record<WorkbookSetting, string>> = {
    action,
    sector,
    call: project.call,
    start: project.start,
    end: project.end,
    country: project.country,
  };
  const settings = SETTINGS_ORDER.map((setting): TemplateSetting => ({
    setting,
    label: SETTING_LABELS[setting][language],
    ...(values[setting] !== undefined ? { value: values[setting] } : {}),
    ...(SETTING_CHECKS[setting] ? { check: SETTING_CHECKS[setting] } : {}),
  }));
  const settingsRow = 3;
  const columns = COLUMNS.map((spec): TemplateColumn => ({
    field: spec.field,
    header: spec.header[language],
    width: spec.width,
    ...(spec.check ? { check: spec.check } : {}),
    ...(spec.prompt ? { prompt: spec.prompt[language] } : {}),
  }));
  const valueCell = (setting: WorkbookSetting) => `$B$${settingsRow + SETTINGS_ORDER.indexOf(setting)}`;
  return {
    language,
    sheetName: SHEET[language],
    listsSheetName: LISTS_SHEET[language],
    tableName: "MobilityPlan",
    title: TITLE[language],
    settingsRow,
    settings,
    // One empty row between the project block and the table.
    headerRow: settingsRow + settings.length + 1,
    columns,
    lists: {
      actions: [...ACTIONS],
      sectors: [...SECTORS],
      calls: CALL_ROUNDS.map((round) => round.id),
      countries: countryNames(language),
      activities: activityNames(language, sector),
      roles: ROLES.map((role) => ROLE_NAMES[role][language]),
      yesNo: [...YES_NO[language]],
    },
    checkedRows: 1000,
    dateFormat: DATE_FORMAT[language],
    paneColumns: PANE_COLUMNS.map((spec) => ({
      id: spec.id,
      header: spec.header[language],
      width: spec.width,
      formula: paneFormula(spec.id, columns, valueCell),
    })),
    activityCount: {
      labelCell: `D${settingsRow}`,
      valueCell: `E${settingsRow}`,
      label: ACTIVITY_COUNT_LABEL[language],
      numberFormat: `0" / ${PROJECT_RULES.maxMobilityActivities}"`,
    },
  };
}

/**
 * The count of the table's rows the cap counts (rules/checks/cap.ts): rows with an activity type, not accompanying
 * persons and not preparatory visits, by their names in the template's lists.
 */
export function activityCountFormula(template: PlanTemplate, tableName: string): string {
  const column = (field: AuditField) => `${tableName}[${structuredName(template.columns.find((c) => c.field === field)!.header)}]`;
  const quoted = (text: string) => `"<>${text.replace(/"/g, '""')}"`;
  const accompanying = ROLE_NAMES.accompanying[template.language];
  const visits = [
    ...new Set(
      SECTORS.flatMap(activitiesOfSector)
        .filter((t) => t.family === "preparatory-visit")
        .map((t) => t[template.language]),
    ),
  ];
  const criteria = [
    `${column("activity")},"<>"`,
    `${column("role")},${quoted(accompanying)}`,
    ...visits.map((v) => `${column("activity")},${quoted(v)}`),
  ];
  return `=COUNTIFS(${criteria.join(",")})`;
}

/** What a setting's cell holds: a date (ISO), or text (the beneficiary country by its name in the language). */
export type TemplateCellValue = string | { readonly date: string };

export function settingCellValue(template: PlanTemplate, setting: TemplateSetting): TemplateCellValue | undefined {
  const { value } = setting;
  if (value === undefined) return undefined;
  if (setting.setting === "start" || setting.setting === "end") return { date: value };
  if (setting.setting === "country") return programmeCountryByCode(value)?.[template.language] ?? value;
  return value;
}

/** A column check as Excel's Data Validation, for either writer: the rule, and the warning's and prompt's words. */
export interface TemplateValidation {
  readonly rule:
    | { readonly kind: "list"; readonly name: string }
    /** Relative to the top cell of the range it covers, without "=". */
    | { readonly kind: "custom"; readonly formula: string }
    | { readonly kind: "whole"; readonly min: number; readonly max: number };
  readonly title: string;
  readonly error: string;
  readonly prompt?: string;
}

const WARNING: Readonly<Record<Language, { title: string; list: string; date: string; period: string; whole: string }>> = {
  en: {
    title: "Mobility plan",
    list: "Not one of the list's values. Keep it only if the audit reads it (Audit sheet shows what it cannot read).",
    date: "Expected a date.",
    period: "Expected a date inside the project period (Project start – Project end).",
    whole: "Expected a whole number of days from 0 to 6.",
  },
  lv: {
    title: "Mobilitātes plāns",
    list: "Šīs vērtības sarakstā nav. Atstājiet to tikai tad, ja pārbaude to nolasa.",
    date: "Gaidīts datums.",
    period: "Gaidīts datums projekta periodā (Projekta sākums – Projekta beigas).",
    whole: "Gaidīts vesels dienu skaits no 0 līdz 6.",
  },
};

/** The validation of a check over a range whose top cell is `first` ("D12"); a warning lets a value of one's own stay. */
export function templateValidation(template: PlanTemplate, check: TemplateCheck, first: string, prompt?: string): TemplateValidation {
  const words = WARNING[template.language];
  const common = { title: words.title, ...(prompt ? { prompt } : {}) };
  switch (check.kind) {
    case "list":
      return { ...common, rule: { kind: "list", name: listName(check.list) }, error: words.list };
    case "date-in-period":
      return { ...common, rule: { kind: "custom", formula: dateInPeriodFormula(template, first) }, error: words.period };
    case "date":
      return { ...common, rule: { kind: "custom", formula: `ISNUMBER(${first})` }, error: words.date };
    case "whole":
      return { ...common, rule: { kind: "whole", min: check.min, max: check.max }, error: words.whole };
  }
}

/** The defined name of a list on the lists sheet ("List_activities"), which the columns' drop-downs refer to. */
export function listName(list: TemplateList): string {
  return `List_${list}`;
}

/** The absolute address of a setting's value cell ("$B$7"). */
export function settingValueCell(template: PlanTemplate, setting: WorkbookSetting): string | undefined {
  const index = template.settings.findIndex((s) => s.setting === setting);
  return index < 0 ? undefined : `$B$${template.settingsRow + index}`;
}

/** The column letter of a template column ("D"). */
export function templateColumnLetter(template: PlanTemplate, field: AuditField): string | undefined {
  const index = template.columns.findIndex((column) => column.field === field);
  return index < 0 ? undefined : columnLetter(index + 1);
}

/**
 * Excel's custom validation formula for a date cell (`cell`, relative, e.g. "D12") inside the project period: a date,
 * after the project start and before its end when those cells hold one (an empty period allows any date).
 */
export function dateInPeriodFormula(template: PlanTemplate, cell: string): string {
  const start = settingValueCell(template, "start") as string;
  const end = settingValueCell(template, "end") as string;
  return `AND(ISNUMBER(${cell}),OR(${start}="",${cell}>=${start}),OR(${end}="",${cell}<=${end}))`;
}
