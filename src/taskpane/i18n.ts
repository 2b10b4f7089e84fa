/**
 * The pane's own words, in English and Latvian. Issue messages come from src/rules (MESSAGES) in the language of the
 * audit; field names from src/rules (fieldName). Placeholders are `{name}`; the values are inserted as text.
 * Counts are written as "Label: n" so that Latvian needs no plural forms.
 */
import { languageOfLocale, type Language } from "../rules";

const EN = {
  "app.title": "Erasmus+ Mobility Auditor",
  "app.subtitle": "KA1 mobility plans",
  "lang.label": "Language",
  "lang.en": "English",
  "lang.lv": "Latviešu",

  "action.auditSheet": "Audit sheet",
  "action.auditSheet.hint": "Check the plan on the active sheet",
  "action.auditWorkbook": "Audit workbook",
  "action.auditWorkbook.hint": "Check the plans on every sheet",
  "action.clear": "Clear",
  "action.clear.hint": "Restore the cell fills and remove the add-in's notes",
  "action.newPlan": "+ New plan sheet",
  "action.newPlan.hint":
    "Add a sheet with an empty plan table: drop-down lists, dates checked against the project period, and a Check column that checks each row as you type",
  "actions.label": "Audit",
  "live.label": "Check as I type",
  "live.hint": "After an audit, edited rows and the rows tied to them are checked again",
  "status.liveMoved": "Checking as you type stopped: cells were moved. Audit again to resume.",
  "status.liveFailed": "Checking as you type stopped: {message}",

  "notes.unsupported":
    "This version of Excel cannot add notes to cells ({requirement} is needed). Problem cells are still highlighted; this pane alone explains them.",

  "summary.label": "Summary",
  "notes.otherLanguage": "The notes in the workbook are in {language}.",
  "notes.rewrite": "Rewrite them in English",
  "summary.none": "The audit colours the cells with problems and adds notes to them; Clear takes both away.",
  "summary.errors": "Errors",
  "summary.warnings": "Warnings",
  "summary.info": "Info",
  "summary.rows": "Rows checked: {rows}",
  "summary.tables": "Tables: {tables}",
  "summary.clean": "No problems found.",
  "summary.noTable":
    "No plan table was found. The header row needs column names such as Activity type, Start date and End date; or set the columns under Columns.",
  "summary.highlighted": "Cells marked: {cells}",
  "summary.notesSkipped":
    "Cells that already had a note of yours kept it (the add-in never overwrites one): {count}. Their issues are explained here only.",
  "summary.unmarked": "An audit marks at most {limit} cells. Flagged cells left unmarked: {count}; they are all in the list below.",
  "summary.recordUnreadable":
    "The record of earlier marks in this workbook could not be read (it was edited, or another version wrote it), so it was ignored: cells marked before may keep their colour. Clear those by hand if needed.",
  "summary.scope.sheet": "Active sheet",
  "summary.scope.workbook": "Whole workbook",

  "filter.legend": "Show",

  "list.label": "Issues",
  "list.view": "Results",
  "list.byRow": "By row",
  "list.byRule": "By rule",
  "list.budget": "Budget",
  "list.ruleCount": "Cells: {count}",
  "list.project": "Project",
  "list.row": "{sheet} · row {row}",
  "list.showMore": "Show more (rows left: {count})",
  "list.filteredOut": "No issues match the filter.",
  "list.keyboardHint": "Rows with errors first, then with warnings. Arrow keys move between issues; Enter selects the cell.",
  "issue.cell": "Cell {cell}",
  "issue.noCell": "No cell",

  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Info",

  "progress.loading": "Reading the workbook…",
  "progress.clearing": "Removing earlier marks…",
  "progress.creating": "Adding the plan sheet…",
  "progress.reading": "Reading rows: {done} of {total}",
  "progress.readingUnknown": "Reading rows…",
  "progress.auditing": "Checking the plan…",
  "progress.highlighting": "Marking cells…",
  "progress.marking": "Cells marked: {done} of {total}",
  "progress.saving": "Saving…",
  "progress.cancelling": "Cancelling…",
  "progress.relanguage": "Rewording the issues in English…",

  "status.audited": "Audit finished.",
  "status.cleared": "Marks removed. Cells restored: {restored}. Notes removed: {notes}.",
  "status.cancelled": "Audit cancelled; the workbook is as Clear leaves it. Cells restored: {restored}. Notes removed: {notes}.",
  "status.clearedUnreadable":
    "The record of earlier marks could not be read (it was edited, or another version wrote it) and was removed: no cell could be given its own fill back. Clear any highlights left by hand.",
  "status.settingsIgnored":
    "Part of the settings saved in this workbook could not be read (it was edited, or another version wrote it) and was ignored.",
  "status.saved": "Saved in the workbook.",
  "status.planSheetAdded": "Sheet “{sheet}” added: fill in the project block and the table; its Check column checks each row as you type.",
  "status.selectFailed": "Could not select {sheet}!{cell}: {message}",

  "error.protected-sheet":
    "Protected sheets: {sheets}. Unprotect them (Review > Unprotect Sheet) so the add-in can mark cells. Nothing was changed.",
  "error.no-plan-table":
    "No plan table was found on sheet {sheet}: none of its first {rows} rows is a header row naming at least three plan columns (the activity type, or the start and end dates, among them). Check the column headers, or name the columns below. Nothing was changed.",
  "error.no-plan-table.workbook":
    "No plan table was found on any sheet: none of the first {rows} rows of a sheet is a header row naming at least three plan columns (the activity type, or the start and end dates, among them). Check the column headers, or name the columns below. Nothing was changed.",
  "error.too-large":
    "Sheet {sheet} is too large to audit in Excel. Rows: {rows}; columns: {columns}; cells: {cells}, where the audit reads at most {limit}. Delete unused rows or columns, split the plan, or audit the saved file with the command line (mobility-audit). Nothing was changed.",
  "error.payload-too-large":
    "Excel could not send the sheet in pieces under its limit of {limit} bytes. Audit the saved file with the command line (mobility-audit). Nothing was changed.",
  "error.excel-too-old": "This add-in needs Excel on the web, Microsoft 365 or Excel 2019 or later ({requirement}).",
  "error.office-error": "Excel reported an error ({code}): {detail}",
  "error.unexpected": "Something went wrong: {message}",

  "settings.title": "Project",
  "settings.intro": "Read from the workbook's project block. A value you change here is kept in the workbook and wins over the cell.",
  "settings.call": "Call round",
  "settings.sector": "Sector",
  "settings.start": "Project start",
  "settings.end": "Project end",
  "settings.country": "Sending country",
  "settings.action": "Action",
  "action.KA122": "KA122 short-term project",
  "action.KA121": "KA121 accredited project",
  "settings.notSet": "Not set",
  "settings.asWritten": "{value} (as written)",
  "settings.from": "From cell {sheet}!{cell}",
  "settings.fromNumber": "From the project number in {sheet}!{cell}",
  "settings.notFound": "Not found in the workbook; looked for a label such as {labels}",
  "settings.emptyLabel": "Its label is in {sheet}!{cell}, with no value beside it: fill it in there, or here",
  "settings.override": "Changed here; the workbook says: {value}",
  "settings.overrideNoCell": "Set here; not in the workbook",
  "settings.save": "Save to workbook",
  "settings.unsaved": "Not saved yet; the next audit uses these values.",

  "sector.VET": "Vocational education and training (VET)",
  "sector.SCH": "School education (SCH)",
  "sector.ADU": "Adult education (ADU)",

  "mapping.title": "Columns",
  "mapping.intro": "Which column was read as which field. Correct a column, then apply: the correction is kept in the workbook.",
  "mapping.empty": "Audit the sheet to see which columns were read.",
  "mapping.sheet": "Sheet {sheet}",
  "mapping.rows": "Rows read: {rows}",
  "mapping.headerRow": "Header row",
  "mapping.notRead": "Not read",
  "mapping.column": "Column {column}",
  "mapping.columnHeader": "{column}: {header}",
  "mapping.unrecognised": "Columns not read",
  "mapping.duplicate": "{column}: {header} (a second {field} column)",
  "mapping.corrected": "Corrected columns: {count}",
  "mapping.apply": "Apply and audit again",
  "mapping.reset": "Use detected columns",
  "mapping.shared": "Column {column} is chosen for more than one field: {fields}. Choose one column per field.",
  "mapping.rowOption": "Row {row}: {cells}",
  "mapping.more": "More fields ({count})",
  "pick.title": "Name the plan's columns",
  "pick.intro":
    "No plan table was recognised on sheet {sheet}. Choose the row with the column headers and the column of each field, then audit.",
  "pick.preview": "The first rows of sheet {sheet}",
  "pick.row": "Row",
  "pick.apply": "Audit with these columns",

  "field.accompanying": "Accompanying person",
  "field.surname": "Surname",
  "field.period": "Period (start and end in one cell)",
} as const;

export type UiKey = keyof typeof EN;
export type UiStrings = Readonly<Record<UiKey, string>>;

const LV: UiStrings = {
  "app.title": "Erasmus+ mobilitātes auditors",
  "app.subtitle": "KA1 mobilitātes plāni",
  "lang.label": "Valoda",
  "lang.en": "English",
  "lang.lv": "Latviešu",

  "action.auditSheet": "Pārbaudīt lapu",
  "action.auditSheet.hint": "Pārbaudīt plānu aktīvajā lapā",
  "action.auditWorkbook": "Pārbaudīt visu",
  "action.auditWorkbook.hint": "Pārbaudīt plānus visās darbgrāmatas lapās",
  "action.clear": "Notīrīt",
  "action.clear.hint": "Atjaunot šūnu aizpildījumu un noņemt pievienojumprogrammas piezīmes",
  "action.newPlan": "+ Jauna plāna lapa",
  "action.newPlan.hint":
    "Pievienot lapu ar tukšu plāna tabulu: izvēlņu saraksti, datumi pārbaudīti pret projekta periodu un kolonna “Pārbaude”, kas pārbauda katru rindu, kamēr rakstāt",
  "actions.label": "Pārbaude",
  "live.label": "Pārbaudīt rakstot",
  "live.hint": "Pēc pārbaudes labotās un ar tām saistītās rindas tiek pārbaudītas vēlreiz",
  "status.liveMoved": "Pārbaude rakstot apturēta: šūnas tika pārvietotas. Lai turpinātu, pārbaudiet vēlreiz.",
  "status.liveFailed": "Pārbaude rakstot apturēta: {message}",

  "notes.unsupported":
    "Šī Excel versija nevar pievienot šūnām piezīmes (vajadzīgs {requirement}). Problemātiskās šūnas tik un tā tiek iekrāsotas; tās skaidro tikai šis panelis.",

  "summary.label": "Kopsavilkums",
  "notes.otherLanguage": "Piezīmes darbgrāmatā ir valodā: {language}.",
  "notes.rewrite": "Pārrakstīt tās latviski",
  "summary.none": "Pārbaude iekrāso šūnas ar problēmām un pievieno tām piezīmes; Notīrīt noņem abus.",
  "summary.errors": "Kļūdas",
  "summary.warnings": "Brīdinājumi",
  "summary.info": "Informācija",
  "summary.rows": "Pārbaudītās rindas: {rows}",
  "summary.tables": "Tabulas: {tables}",
  "summary.clean": "Problēmas nav atrastas.",
  "summary.noTable":
    "Plāna tabula netika atrasta. Virsrakstu rindā vajag kolonnu nosaukumus, piemēram, Aktivitātes veids, Sākuma datums un Beigu datums; vai norādiet kolonnas sadaļā Kolonnas.",
  "summary.highlighted": "Atzīmētās šūnas: {cells}",
  "summary.notesSkipped":
    "Šūnas, kurām jau bija jūsu piezīme, to saglabāja (pievienojumprogramma piezīmes nepārraksta): {count}. To problēmas skaidro tikai šis panelis.",
  "summary.unmarked": "Pārbaude atzīmē ne vairāk kā {limit} šūnu. Neatzīmētās šūnas: {count}; tās visas ir zemāk sarakstā.",
  "summary.recordUnreadable":
    "Iepriekšējo atzīmju ierakstu šajā darbgrāmatā nevarēja nolasīt (tas ir labots, vai to rakstījusi cita versija), tāpēc tas netika ņemts vērā: agrāk atzīmētās šūnas var saglabāt savu krāsu. Ja vajag, notīriet tās ar roku.",
  "summary.scope.sheet": "Aktīvā lapa",
  "summary.scope.workbook": "Visa darbgrāmata",

  "filter.legend": "Rādīt",

  "list.label": "Problēmas",
  "list.view": "Rezultāti",
  "list.byRow": "Pa rindām",
  "list.byRule": "Pa noteikumiem",
  "list.budget": "Budžets",
  "list.ruleCount": "Šūnas: {count}",
  "list.project": "Projekts",
  "list.row": "{sheet} · {row}. rinda",
  "list.showMore": "Rādīt vairāk (atlikušās rindas: {count})",
  "list.filteredOut": "Filtram neatbilst neviena problēma.",
  "list.keyboardHint":
    "Vispirms rindas ar kļūdām, tad ar brīdinājumiem. Ar bultiņu taustiņiem pārvietojas starp problēmām; Enter atlasa šūnu.",
  "issue.cell": "Šūna {cell}",
  "issue.noCell": "Bez šūnas",

  "severity.error": "Kļūda",
  "severity.warning": "Brīdinājums",
  "severity.info": "Informācija",

  "progress.loading": "Nolasa darbgrāmatu…",
  "progress.clearing": "Noņem iepriekšējās atzīmes…",
  "progress.creating": "Pievieno plāna lapu…",
  "progress.reading": "Nolasa rindas: {done} no {total}",
  "progress.readingUnknown": "Nolasa rindas…",
  "progress.auditing": "Pārbauda plānu…",
  "progress.highlighting": "Atzīmē šūnas…",
  "progress.marking": "Atzīmētās šūnas: {done} no {total}",
  "progress.saving": "Saglabā…",
  "progress.cancelling": "Atceļ…",
  "progress.relanguage": "Pārraksta problēmu aprakstus latviski…",

  "status.audited": "Pārbaude pabeigta.",
  "status.cleared": "Atzīmes noņemtas. Atjaunotās šūnas: {restored}. Noņemtās piezīmes: {notes}.",
  "status.cancelled":
    "Pārbaude atcelta; darbgrāmata ir tāda, kādu to atstāj Notīrīt. Atjaunotās šūnas: {restored}. Noņemtās piezīmes: {notes}.",
  "status.clearedUnreadable":
    "Iepriekšējo atzīmju ierakstu nevarēja nolasīt (tas ir labots, vai to rakstījusi cita versija), un tas tika noņemts: nevienai šūnai nevarēja atjaunot tās aizpildījumu. Atlikušās iekrāsotās šūnas notīriet ar roku.",
  "status.settingsIgnored":
    "Daļu šajā darbgrāmatā saglabāto iestatījumu nevarēja nolasīt (tie ir laboti, vai tos rakstījusi cita versija), tāpēc tā netika ņemta vērā.",
  "status.saved": "Saglabāts darbgrāmatā.",
  "status.planSheetAdded":
    "Pievienota lapa “{sheet}”: aizpildiet projekta datus un tabulu; tās kolonna “Pārbaude” pārbauda katru rindu, kamēr rakstāt.",
  "status.selectFailed": "Neizdevās atlasīt {sheet}!{cell}: {message}",

  "error.protected-sheet":
    "Aizsargātās lapas: {sheets}. Noņemiet to aizsardzību (Pārskatīšana > Noņemt lapas aizsardzību), lai pievienojumprogramma varētu atzīmēt šūnas. Nekas netika mainīts.",
  "error.no-plan-table":
    "Lapā {sheet} plāna tabula netika atrasta: nevienā no tās pirmajām {rows} rindām nav virsrakstu rindas ar vismaz trim plāna kolonnām (starp tām aktivitātes veids vai sākuma un beigu datums). Pārbaudiet kolonnu virsrakstus vai norādiet kolonnas zemāk. Nekas netika mainīts.",
  "error.no-plan-table.workbook":
    "Nevienā lapā plāna tabula netika atrasta: nevienas lapas pirmajās {rows} rindās nav virsrakstu rindas ar vismaz trim plāna kolonnām (starp tām aktivitātes veids vai sākuma un beigu datums). Pārbaudiet kolonnu virsrakstus vai norādiet kolonnas zemāk. Nekas netika mainīts.",
  "error.too-large":
    "Lapa {sheet} ir par lielu, lai to pārbaudītu programmā Excel. Rindas: {rows}; kolonnas: {columns}; šūnas: {cells}, bet pārbaude nolasa ne vairāk kā {limit}. Izdzēsiet neizmantotās rindas vai kolonnas, sadaliet plānu vai saglabāto failu pārbaudiet ar komandrindas rīku (mobility-audit). Nekas netika mainīts.",
  "error.payload-too-large":
    "Excel nevarēja nosūtīt lapu daļās, kas nepārsniedz {limit} baitu. Saglabāto failu pārbaudiet ar komandrindas rīku (mobility-audit). Nekas netika mainīts.",
  "error.excel-too-old": "Šai pievienojumprogrammai vajag Excel tīmeklī, Microsoft 365 vai Excel 2019 vai jaunāku versiju ({requirement}).",
  "error.office-error": "Excel ziņoja par kļūdu ({code}): {detail}",
  "error.unexpected": "Radās kļūda: {message}",

  "settings.title": "Projekts",
  "settings.intro": "Nolasīti no darbgrāmatas projekta bloka. Šeit mainīta vērtība tiek saglabāta darbgrāmatā un ir noteicošā pār šūnu.",
  "settings.call": "Konkursa kārta",
  "settings.sector": "Sektors",
  "settings.start": "Projekta sākums",
  "settings.end": "Projekta beigas",
  "settings.country": "Nosūtītājvalsts",
  "settings.action": "Pamatdarbība",
  "action.KA122": "KA122 īstermiņa projekts",
  "action.KA121": "KA121 akreditētais projekts",
  "settings.notSet": "Nav norādīts",
  "settings.asWritten": "{value} (kā ierakstīts)",
  "settings.from": "No šūnas {sheet}!{cell}",
  "settings.fromNumber": "No projekta numura šūnā {sheet}!{cell}",
  "settings.notFound": "Darbgrāmatā šī iestatījuma nav; meklētas etiķetes, piemēram, {labels}",
  "settings.emptyLabel": "Etiķete ir šūnā {sheet}!{cell}, bet blakus tai nav vērtības: aizpildiet to tur vai šeit",
  "settings.override": "Mainīts šeit; darbgrāmatā: {value}",
  "settings.overrideNoCell": "Norādīts šeit; darbgrāmatā nav",
  "settings.save": "Saglabāt darbgrāmatā",
  "settings.unsaved": "Vēl nav saglabāts; nākamā pārbaude izmanto šīs vērtības.",

  "sector.VET": "Profesionālā izglītība un mācības (VET)",
  "sector.SCH": "Skolu izglītība (SCH)",
  "sector.ADU": "Pieaugušo izglītība (ADU)",

  "mapping.title": "Kolonnas",
  "mapping.intro": "Kura kolonna nolasīta kā kurš lauks. Izlabojiet kolonnu un lietojiet: labojums tiek saglabāts darbgrāmatā.",
  "mapping.empty": "Pārbaudiet lapu, lai redzētu, kuras kolonnas tika nolasītas.",
  "mapping.sheet": "Lapa {sheet}",
  "mapping.rows": "Nolasītās rindas: {rows}",
  "mapping.headerRow": "Virsrakstu rinda",
  "mapping.notRead": "Netiek lasīts",
  "mapping.column": "Kolonna {column}",
  "mapping.columnHeader": "{column}: {header}",
  "mapping.unrecognised": "Nenolasītās kolonnas",
  "mapping.duplicate": "{column}: {header} (vēl viena kolonna laukam {field})",
  "mapping.corrected": "Labotās kolonnas: {count}",
  "mapping.apply": "Lietot un pārbaudīt vēlreiz",
  "mapping.reset": "Izmantot atpazītās kolonnas",
  "mapping.shared": "Kolonna {column} ir izvēlēta vairākiem laukiem: {fields}. Katram laukam izvēlieties savu kolonnu.",
  "mapping.rowOption": "{row}. rinda: {cells}",
  "mapping.more": "Citi lauki ({count})",
  "pick.title": "Norādiet plāna kolonnas",
  "pick.intro":
    "Lapā {sheet} plāna tabula netika atpazīta. Izvēlieties rindu ar kolonnu virsrakstiem un katra lauka kolonnu, tad pārbaudiet.",
  "pick.preview": "Lapas {sheet} pirmās rindas",
  "pick.row": "Rinda",
  "pick.apply": "Pārbaudīt ar šīm kolonnām",

  "field.accompanying": "Pavadošā persona",
  "field.surname": "Uzvārds",
  "field.period": "Periods (sākums un beigas vienā šūnā)",
};

export const STRINGS: Readonly<Record<Language, UiStrings>> = { en: EN, lv: LV };

/** A number written the way the language writes numbers when the string is shown (kept as a number until then). */
export interface Counted {
  readonly counted: number;
}
export const counted = (value: number): Counted => ({ counted: value });

export type Params = Readonly<Record<string, string | number | Counted>>;

/** The string `key` in `language`, with `{name}` placeholders filled from `params`. */
export function t(language: Language, key: UiKey, params?: Params): string {
  const template = STRINGS[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === "object" ? count(language, value.counted) : String(value);
  });
}

/** The placeholders a string uses (the i18n test checks both languages use the same ones). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/** Latvian for a Latvian display language ("lv", "lv-LV"), English for any other. */
export const languageOf = languageOfLocale;

/** Formats a count the way the language writes numbers (20 000 in Latvian, 20,000 in English). */
export function count(language: Language, value: number): string {
  return value.toLocaleString(language === "lv" ? "lv-LV" : "en-GB");
}
