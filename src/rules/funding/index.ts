/**
 * src/rules/funding: the 2026 unit costs as data, an agency's rates file, and the grant estimate. Imported directly
 * (not through src/rules/index.ts), so that the task pane and the custom functions do not carry it until they use it.
 */
export * from "./unit-costs";
export { PROGRAMME_COUNTRY_GROUPS, THIRD_COUNTRY_GROUPS, fundingGroupOf, type FundingGroup } from "./country-groups";
export { bandOfKm, readDistanceBand, type BandReading } from "./distance";
export {
  ASSUMPTIONS,
  BUDGET_UNITS,
  MISSING_REASONS,
  activityLines,
  baseRates,
  coursesLimitFor,
  estimatePlan,
  reducedRate,
  type ActivityEstimate,
  type Assumption,
  type AssumptionId,
  type Bounds,
  type BudgetLine,
  type BudgetUnit,
  type CoursesLimitCheck,
  type Estimate,
  type Missing,
  type MissingReason,
  type PricedRow,
  type RowLines,
} from "./estimate";
export { FUNDING_WORDS, formatBounds, formatEuros, lineDetail, type FundingWords } from "./words";
export type { AgencyRates, RatesProblem, RatesReading } from "./rates-file";
