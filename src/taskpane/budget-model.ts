/**
 * What the Budget view shows, as text, from an audit's report and the rates in use: the estimate of
 * src/audit/plan-budget.ts (the command's), worded with src/rules/funding/words.ts. Pure, so tested without a page.
 */
import type { AuditReport } from "../audit";
import { planBudget } from "../audit/plan-budget";
import type { Language } from "../rules";
import { FUNDING_WORDS, formatBounds, lineDetail, type AgencyRates } from "../rules/funding";
import { bt } from "./budget-words";
import { t } from "./i18n";

export interface BudgetLineView {
  /** "Travel (500–1999 km, standard)". */
  readonly line: string;
  /** "1 return trip", "14 days". */
  readonly quantity: string;
  readonly amount: string;
  /** "PG26 p.98–99". */
  readonly source: string;
}

export interface BudgetRowView {
  readonly sheet: string;
  readonly row: number;
  /** "Plāns · row 5". */
  readonly title: string;
  readonly lines: readonly BudgetLineView[];
}

export interface BudgetModel {
  readonly total: string;
  /** Whether the amounts are one figure (an agency's rates) or a minimum–maximum. */
  readonly exact: boolean;
  readonly basis: string;
  readonly categories: readonly { readonly name: string; readonly amount: string }[];
  /** The courses-and-training limit exceeded, in words; null when it is not. */
  readonly coursesWarning: string | null;
  /** Rows with at least one line, in plan order. */
  readonly rows: readonly BudgetRowView[];
  /** "Plāns · row 7 — Travel: left out: …", project-wide ones under "Project". */
  readonly missing: readonly string[];
  readonly assumptions: readonly string[];
}

/** The view of an audited plan's budget (the report must hold its activities: AuditOptions.keepActivities). */
export function budgetModel(report: AuditReport, rates: AgencyRates | undefined, language: Language): BudgetModel {
  const { estimate, where } = planBudget(report, rates);
  const words = FUNDING_WORDS[language];
  const money = (amount: { min: number; max: number }) => formatBounds(amount, language);
  const placeOf = (id: number | string | undefined) => {
    const at = id === undefined ? undefined : where.get(id);
    return at ? t(language, "list.row", { sheet: at.sheet, row: at.row }) : t(language, "list.project");
  };
  const rows: BudgetRowView[] = [];
  for (const { id, lines } of estimate.activities) {
    const at = where.get(id);
    if (!at || lines.length === 0) continue;
    rows.push({
      sheet: at.sheet,
      row: at.row,
      title: placeOf(id),
      lines: lines.map((l) => {
        const detail = lineDetail(l, language);
        return {
          line: detail ? `${words.categories[l.category]} (${detail})` : words.categories[l.category],
          quantity: words.unit(l.unit, l.quantity),
          amount: money(l.amount),
          source: l.source,
        };
      }),
    });
  }
  const agency = estimate.assumptions.find((a) => a.id === "agency-rates")?.agency;
  return {
    total: money(estimate.total),
    exact: estimate.exact,
    basis: estimate.exact ? bt(language, "agencyBasis", { agency: agency ? ` (${agency})` : "" }) : bt(language, "rangeBasis"),
    categories: estimate.categories.map(({ category, amount }) => ({ name: words.categories[category], amount: money(amount) })),
    coursesWarning: estimate.coursesLimit?.exceeded ? words.coursesLimit(estimate.coursesLimit, money) : null,
    rows,
    missing: estimate.missing.map(({ id, category, why }) => `${placeOf(id)} — ${words.categories[category]}: ${words.missing[why]}`),
    // The first assumption says where the rates come from: the basis line says it already.
    assumptions: estimate.assumptions.filter((a) => a.id !== "guide-ranges" && a.id !== "agency-rates").map((a) => words.assumption(a)),
  };
}
