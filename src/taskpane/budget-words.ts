/**
 * The Budget view's own words, English and Latvian: its catalogue beside the pane's (i18n.ts), loaded with the view
 * (its own bundle, budget-view.js) so that taskpane.js does not carry them. The budget lines' words (categories, units, why a line is
 * missing, the assumptions) are src/rules/funding/words.ts's, the command's too; placeholders as in i18n.ts.
 */
import type { Language } from "../rules";

const EN = {
  heading: "Budget",
  noAudit: "Audit the plan to see what it is worth under the 2026 unit costs.",
  computing: "Estimating the grant…",
  noInput: "Audit the plan again to see its budget.",
  total: "Estimated grant",
  rangeBasis: "A minimum–maximum: without a rates file, each daily rate of individual support is the Guide's range.",
  agencyBasis: "At the daily rates of the rates file{agency}.",
  categories: "By category",
  rows: "Lines per row",
  line: "Line",
  quantity: "Quantity",
  amount: "Amount",
  noLines: "No row has a budget line.",
  moreRows: "Show more rows ({count} more)",
  missing: "Not estimated",
  assumptions: "Assumptions",
  ratesLegend: "National Agency's rates",
  ratesNone: "No rates file in this workbook: amounts are minimum–maximum.",
  ratesStored: "Rates file in this workbook: {agency}.",
  ratesUnnamed: "no agency named",
  ratesLoad: "Load a rates file (JSON)",
  ratesRemove: "Remove the rates",
  ratesLoaded: "The rates file was checked and saved in the workbook.",
  ratesRefused: "The rates file was not loaded: {problem}",
  ratesTooLarge: "too large for a rates file",
  ratesIgnored: "The rates saved in this workbook could not be read and are ignored: {problem}",
  ratesRemoved: "The rates were removed from the workbook.",
  ratesFailed: "The rates could not be saved or removed: {message}",
};

export type BudgetKey = keyof typeof EN;

const LV: Readonly<Record<BudgetKey, string>> = {
  heading: "Budžets",
  noAudit: "Pārbaudiet plānu, lai redzētu tā vērtību pēc 2026. gada vienības izmaksām.",
  computing: "Aprēķina grantu…",
  noInput: "Pārbaudiet plānu vēlreiz, lai redzētu tā budžetu.",
  total: "Aptuvenais grants",
  rangeBasis: "Minimums–maksimums: bez likmju faila katra individuālā atbalsta dienas likme ir ceļveža diapazons.",
  agencyBasis: "Pēc likmju faila dienas likmēm{agency}.",
  categories: "Pa kategorijām",
  rows: "Pozīcijas pa rindām",
  line: "Pozīcija",
  quantity: "Daudzums",
  amount: "Summa",
  noLines: "Nevienā rindā nav budžeta pozīciju.",
  moreRows: "Rādīt vairāk rindu (vēl {count})",
  missing: "Nav aprēķināts",
  assumptions: "Pieņēmumi",
  ratesLegend: "Nacionālās aģentūras likmes",
  ratesNone: "Šajā darbgrāmatā nav likmju faila: summas ir minimums–maksimums.",
  ratesStored: "Likmju fails šajā darbgrāmatā: {agency}.",
  ratesUnnamed: "aģentūra nav norādīta",
  ratesLoad: "Ielādēt likmju failu (JSON)",
  ratesRemove: "Noņemt likmes",
  ratesLoaded: "Likmju fails pārbaudīts un saglabāts darbgrāmatā.",
  ratesRefused: "Likmju fails netika ielādēts: {problem}",
  ratesTooLarge: "pārāk liels likmju failam",
  ratesIgnored: "Darbgrāmatā saglabātās likmes nevar nolasīt, tāpēc tās netiek ņemtas vērā: {problem}",
  ratesRemoved: "Likmes noņemtas no darbgrāmatas.",
  ratesFailed: "Likmes nevarēja saglabāt vai noņemt: {message}",
};

const WORDS: Readonly<Record<Language, Readonly<Record<BudgetKey, string>>>> = { en: EN, lv: LV };

/** The Budget view's string `key` in `language`, `{name}` placeholders filled with text. */
export function bt(language: Language, key: BudgetKey, params: Readonly<Record<string, string>> = {}): string {
  return WORDS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
