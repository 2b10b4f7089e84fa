/**
 * Countries a coordinator may write in a plan: the eligible ones (EU-27 and the third countries associated to the
 * Programme, PG26 p.33–34) and the neighbours people often plan for but that cannot host a KA122 activity, so that
 * "Šveice" gets "not eligible" rather than "unknown".
 *
 * Eligibility is a classification (CountryStatus), not a list per action: every country that is neither a Member
 * State nor associated is a third country not associated to the Programme (PG26 Part A lists them by region, p.34–36),
 * except Belarus and Russia, to which no mobility goes (PG26 p.87, 89). Which of them may host what is the rules' call.
 */

/**
 * programme: an EU Member State or a third country associated to the Programme; not-associated: any other third
 * country (a KA121 VET venue for some activities); excluded: Belarus and Russia, never a venue.
 */
export type CountryStatus = "programme" | "not-associated" | "excluded";

export interface Country {
  /** ISO 3166-1 alpha-2, except Greece, which EU documents write EL (both are accepted). */
  readonly code: string;
  readonly status: CountryStatus;
  /** status === "programme": a venue of every KA1 mobility. */
  readonly eligible: boolean;
  readonly en: string;
  readonly enAliases: readonly string[];
  /** Latvian name in the nominative; the locative and genitive forms are derived (see latvianForms). */
  readonly lv: string;
  readonly lvAliases: readonly string[];
  readonly aliasCodes: readonly string[];
  readonly source: string;
}

const ELIGIBLE_SOURCE = "PG26 p.33–34";
const NOT_ELIGIBLE_SOURCE = "PG26 p.33–34 (not a Member State nor an associated third country)";

type Row = readonly [
  code: string,
  en: string,
  lv: string,
  enAliases?: readonly string[],
  lvAliases?: readonly string[],
  aliasCodes?: readonly string[],
];

const EU_MEMBER_STATES: readonly Row[] = [
  ["AT", "Austria", "Austrija"],
  ["BE", "Belgium", "Beļģija"],
  ["BG", "Bulgaria", "Bulgārija"],
  ["HR", "Croatia", "Horvātija"],
  ["CY", "Cyprus", "Kipra"],
  ["CZ", "Czechia", "Čehija", ["Czech Republic"], ["Čehijas Republika"]],
  ["DK", "Denmark", "Dānija"],
  ["EE", "Estonia", "Igaunija"],
  ["FI", "Finland", "Somija"],
  ["FR", "France", "Francija"],
  ["DE", "Germany", "Vācija"],
  ["EL", "Greece", "Grieķija", ["Hellas"], [], ["GR"]],
  ["HU", "Hungary", "Ungārija"],
  ["IE", "Ireland", "Īrija"],
  ["IT", "Italy", "Itālija"],
  ["LV", "Latvia", "Latvija"],
  ["LT", "Lithuania", "Lietuva"],
  ["LU", "Luxembourg", "Luksemburga"],
  ["MT", "Malta", "Malta"],
  ["NL", "Netherlands", "Nīderlande", ["The Netherlands", "Holland"], []],
  ["PL", "Poland", "Polija"],
  ["PT", "Portugal", "Portugāle"],
  ["RO", "Romania", "Rumānija"],
  ["SK", "Slovakia", "Slovākija"],
  ["SI", "Slovenia", "Slovēnija"],
  ["ES", "Spain", "Spānija"],
  ["SE", "Sweden", "Zviedrija"],
];

const ASSOCIATED_THIRD_COUNTRIES: readonly Row[] = [
  ["IS", "Iceland", "Islande"],
  ["LI", "Liechtenstein", "Lihtenšteina"],
  ["NO", "Norway", "Norvēģija"],
  ["MK", "North Macedonia", "Ziemeļmaķedonija", ["Macedonia", "Republic of North Macedonia"], ["Maķedonija"]],
  ["RS", "Serbia", "Serbija"],
  ["TR", "Türkiye", "Turcija", ["Turkey", "Turkiye"], []],
];

/** No mobility activity goes to these (PG26 p.87, 89: "Mobility activities to Belarus and Russia are not eligible"). */
const EXCLUDED_CODES: ReadonlySet<string> = new Set(["BY", "RU"]);
const EXCLUDED_SOURCE = "PG26 p.34–35, 87, 89 (Belarus and Russia: no mobility)";

const NOT_ELIGIBLE: readonly Row[] = [
  ["CH", "Switzerland", "Šveice"],
  [
    "GB",
    "United Kingdom",
    "Lielbritānija",
    ["UK", "Great Britain", "England", "Scotland", "Wales"],
    ["Apvienotā Karaliste", "Anglija"],
    ["UK"],
  ],
  ["UA", "Ukraine", "Ukraina"],
  ["MD", "Moldova", "Moldova"],
  ["GE", "Georgia", "Gruzija"],
  ["AL", "Albania", "Albānija"],
  ["BA", "Bosnia and Herzegovina", "Bosnija un Hercegovina"],
  ["ME", "Montenegro", "Melnkalne"],
  ["XK", "Kosovo", "Kosova"],
  ["BY", "Belarus", "Baltkrievija"],
  ["RU", "Russia", "Krievija"],
  ["US", "United States", "Amerikas Savienotās Valstis", ["USA"], ["ASV"]],
];

/** A country outside the Programme is not associated to it, unless excluded: how a later, complete list classifies too. */
export function statusOf(code: string, programme: boolean): CountryStatus {
  if (programme) return "programme";
  return EXCLUDED_CODES.has(code) ? "excluded" : "not-associated";
}

function country(row: Row, programme: boolean): Country {
  const [code, en, lv, enAliases = [], lvAliases = [], aliasCodes = []] = row;
  const status = statusOf(code, programme);
  const source = status === "programme" ? ELIGIBLE_SOURCE : status === "excluded" ? EXCLUDED_SOURCE : NOT_ELIGIBLE_SOURCE;
  return { code, status, eligible: programme, en, enAliases, lv, lvAliases, aliasCodes, source };
}

export const COUNTRIES: readonly Country[] = [
  ...EU_MEMBER_STATES.map((row) => country(row, true)),
  ...ASSOCIATED_THIRD_COUNTRIES.map((row) => country(row, true)),
  ...NOT_ELIGIBLE.map((row) => country(row, false)),
];

export const ELIGIBLE_COUNTRIES: readonly Country[] = COUNTRIES.filter((c) => c.eligible);

/** The third countries associated to the Programme, as messages list them: "IS, LI, NO, MK, RS, TR". */
export const ASSOCIATED_COUNTRY_CODES: string = ASSOCIATED_THIRD_COUNTRIES.map(([code]) => code).join(", ");

/**
 * The forms of a Latvian place name a coordinator writes in a cell: "Vācija" (nominative), "Vācijā" (locative,
 * "in Germany": the most common in plans), "Vācijas" (genitive). Country names are feminine and end in -a or -e;
 * only the last word of a multi-word name is declined here ("Bosnija un Hercegovinā"), which is how people write it.
 */
export function latvianForms(nominative: string): string[] {
  const forms = [nominative];
  const ending = nominative.slice(-1);
  const stem = nominative.slice(0, -1);
  if (ending === "a") forms.push(`${stem}ā`, `${stem}as`);
  if (ending === "e") forms.push(`${stem}ē`, `${stem}es`);
  return forms;
}

const BY_CODE = new Map(COUNTRIES.flatMap((c) => [c.code, ...c.aliasCodes].map((code) => [code, c] as const)));

export function countryByCode(code: string): Country | undefined {
  return BY_CODE.get(code.toUpperCase());
}
