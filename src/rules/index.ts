/**
 * src/rules: the Erasmus+ KA1 rules of the 2026 call (rules-2026.md) as data and pure checks.
 * No Office, no I/O; everything else depends on it.
 */
export * from "./types";
export * from "./activity";
export { ACTIVITY_TYPES, FAMILY_LABELS, activityTypeFor, activitiesOfSector, type ActivityType } from "./catalog";
export { COUNTRIES, countryByCode, latvianForms, statusOf } from "./countries";
export { ELIGIBLE_COUNTRIES, programmeCountryByCode, type Country, type CountryStatus } from "./programme-countries";
export { ACCREDITED_RULES, CALL_ROUNDS, PROJECT_RULES, TRAVEL_RULES, PARTICIPANT_RULES, type CallRound } from "./project-rules";
export * from "./resolve";
export { resolveCountry } from "./resolve-country";
export { RULES, RULE_IDS, issue, type Issue, type RuleId, type RuleMeta, type RuleParams, type RuleScope, type ActivityRef } from "./rules";
export { checkPlan, checkActivity } from "./check";
export {
  MESSAGES,
  FORMATTERS,
  PROGRAMME_FORMATTERS,
  formatIssue,
  fieldName,
  latvianCount,
  englishCount,
  type Formatter,
  type MessageCatalog,
} from "./messages";
export { dayNumber, isoFromDayNumber, isoFromParts, inclusiveDays, addMonths, endOfMonthsPeriod } from "./dates";
export { labelKey, editDistance, Vocabulary } from "./text";
export { serialToIso, isoToSerial, parseDateText } from "./excel-dates";
export { parseDateRange, type DateRange } from "./date-range";
export { slashDates, isAmbiguous, orderSettledBy, monthFirstText, type SlashDate, type SlashOrder } from "./slash-dates";
export { excelErrorText, yesNoText, planDate, FORMULA_WITHOUT_RESULT } from "./cell-values";
export {
  findProjectNumber,
  parseProjectNumber,
  settingsOfNumber,
  numberConflicts,
  isAuditedAction,
  type ProjectNumber,
  type NumberConflict,
} from "./project-number";
