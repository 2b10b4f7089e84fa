/**
 * What coordinators call each project setting, in Latvian and English, and what the EU's tools call the project number
 * (../shared/reference/headers/). Data only; reading is in project-settings.ts.
 */
import type { ProjectSetting } from "../rules";

/** The settings read from a workbook: the project's, and the project number they may come from. */
export type WorkbookSetting = ProjectSetting | "number";

/** The order settings are reported in. */
export const WORKBOOK_SETTINGS: readonly WorkbookSetting[] = ["number", "action", "sector", "call", "start", "end", "country"];

/** Each setting's labels, in English and Latvian; the project number's also as the EU's tools write it (11 languages). */
export const PROJECT_LABELS: Readonly<Record<WorkbookSetting, readonly string[]>> = {
  sector: [
    "Sektors",
    "Sector",
    "Joma",
    "Izglītības joma",
    "Field of education",
    "Field",
    "Education field",
    "Education sector",
    "Project sector",
    "Izglītības sektors",
    "Projekta sektors",
  ],
  call: ["Konkursa kārta", "Call round", "Call", "Round", "Call year round", "Kārta", "Konkurss", "Projekta konkursa kārta"],
  start: [
    "Projekta sākums",
    "Project start",
    "Project start date",
    "Start of project",
    "Projekta sākuma datums",
    "Projekta īstenošanas sākums",
    "Projekta īstenošanas sākuma datums",
    "Projekts no",
  ],
  end: [
    "Projekta beigas",
    "Project end",
    "Project end date",
    "End of project",
    "Projekta beigu datums",
    "Projekta īstenošanas beigas",
    "Projekta īstenošanas beigu datums",
    "Projekts līdz",
  ],
  country: [
    "Valsts",
    "Beneficiary country",
    "Country",
    "Sending country",
    "Organisation country",
    "Country of the beneficiary",
    "Nosūtītājvalsts",
    "Organizācijas valsts",
    "Projekta īstenotāja valsts",
    "Iestādes valsts",
    "Labuma guvēja valsts",
  ],
  // KA121 or KA122 (rules-2026.md §2b): "Pasākums", "Darbība" and "Pamatdarbība" are the Latvian words for it.
  action: [
    "Pamatdarbība",
    "Action",
    "Key action",
    "Action type",
    "Project type",
    "Type of project",
    "Pasākums",
    "Darbība",
    "Projekta veids",
  ],
  number: [
    "Projekta numurs",
    "Project number",
    "Projekta Nr.",
    "Project No.",
    "Līguma numurs",
    "Līguma Nr.",
    "Grant agreement number",
    "Grant agreement No.",
    "Agreement number",
    "Agreement No.",
    "Projekta līguma numurs",
    "Projekta līguma Nr.",
    "Projekta identifikators",
    "Project ID",
    // mobility-tool-plus-columns.csv and mobility-field-labels-11-languages.csv (../shared/reference/headers).
    "Erasmus+ grant agreement number",
    "Erasmus+ Fördervereinbarungsnummer",
    "Numéro d'accord de subvention Erasmus+",
    "Número de convenio Erasmus+",
    "Numero della convenzione di sovvenzione Erasmus+",
    "Erasmus + projectnummer",
    "Erasmus + dotacijos sutarties numeris",
    "Erasmus+ támogatási szerződés szám",
    "Numarul acordului de finantare Erasmus +",
    "Αριθμός συμφωνίας επιχορήσησης Erasmus+",
    "Número de conveni Erasmus+",
  ],
};

/** A period in one cell ("Projekta īstenošanas periods: 01.09.2026.–31.08.2027.") gives the start and the end. */
export const PERIOD_LABELS: readonly string[] = [
  "Projekta īstenošanas periods",
  "Projekta periods",
  "Īstenošanas periods",
  "Projekta īstenošanas laiks",
  "Project period",
  "Project implementation period",
  "Implementation period",
  "Project dates",
  "Projekta datumi",
];
