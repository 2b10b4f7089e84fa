/** Vocabulary shared by the catalog and the checks. */

export const SECTORS = ["VET", "SCH", "ADU"] as const;
/** VET: vocational education and training; SCH: school education; ADU: adult education. */
export type Sector = (typeof SECTORS)[number];

/**
 * An activity family groups the entries that share a Latvian label across sectors: the national agency uses
 * "Izglītojamo grupu mobilitāte" for group mobility in VET, SCH and ADU alike, and the sector decides the entry.
 */
export const ACTIVITY_FAMILIES = [
  "job-shadowing",
  "teaching-assignment",
  "course",
  "skills-competition",
  "group-mobility",
  "short-term-learners",
  "long-term-learners",
  "invited-expert",
  "hosted-teacher",
  "preparatory-visit",
] as const;
export type ActivityFamily = (typeof ACTIVITY_FAMILIES)[number];

/** Who takes part. Incoming kinds come to the beneficiary from abroad. */
export type ParticipantKind = "staff" | "learner" | "incoming-expert" | "incoming-teacher-in-training";

/** What an activity is for the project rules: mobility counts towards the 30-activity cap, support does not. */
export type ActivityCategory = "staff-mobility" | "learner-mobility" | "other-activity" | "support-activity";

/** Where the activity happens: abroad at the host, or at the beneficiary itself (incoming people). */
export type Venue = "host-abroad" | "beneficiary";

/** Whether accompanying persons are required, allowed when needed, or not a feature of the activity. */
export type Accompanying = "mandatory-whole-duration" | "when-needed" | "not-applicable";

export type Severity = "error" | "warning" | "info";

export type Language = "en" | "lv";
export const LANGUAGES: readonly Language[] = ["en", "lv"];

/** Roles a row can have. Accompanying persons are a role, not an activity (rules-2026.md §1). */
export const ROLES = ["learner", "staff", "accompanying", "expert", "teacher-in-training"] as const;
export type Role = (typeof ROLES)[number];

/** The fields of an activity that checks point at. The audit maps each one to a column. */
export const FIELDS = [
  "participant",
  "role",
  "sector",
  "activity",
  "start",
  "end",
  "durationDays",
  "travelDays",
  "greenTravel",
  "sendingCountry",
  "hostCountry",
  "hostOrganisation",
  "group",
  "mentor",
  "course",
  "fewerOpportunities",
  "recentGraduate",
  "graduationDate",
  // The grant estimate's inputs (src/rules/funding): no check reads them.
  "distanceKm",
  "distanceBand",
  "linguisticSupport",
] as const;
export type Field = (typeof FIELDS)[number];

/** Project settings a check can point at (the audit shows where they were read), as the pane's form edits them. */
export const PROJECT_FIELDS = ["sector", "call", "start", "end", "country", "action"] as const;
export type ProjectField = (typeof PROJECT_FIELDS)[number];

/** Every project setting (the same list as the form's fields: the action included). */
export const PROJECT_SETTINGS = PROJECT_FIELDS;
export type ProjectSetting = ProjectField;

/** KA122: short-term projects; KA121: accredited projects (rules-2026.md §2, §2b). A plan is KA122 unless it says KA121. */
export const ACTIONS = ["KA121", "KA122"] as const;
export type Action = (typeof ACTIONS)[number];
export const DEFAULT_ACTION: Action = "KA122";

/**
 * The language for a locale: Latvian for "lv", "lv-LV", "lv_LV.UTF-8", "lv@euro"; English for anything else
 * (Office's display language, the browser's, the POSIX locale variables).
 */
export function languageOfLocale(locale: string | null | undefined): Language {
  return typeof locale === "string" && /^lv(?:[-_.@]|$)/i.test(locale.trim()) ? "lv" : "en";
}
