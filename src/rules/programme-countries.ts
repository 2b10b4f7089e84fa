/**
 * The Programme's countries (PG26 p.33–34): the EU Member States and the third countries associated to the Programme,
 * with the names coordinators write. Apart from every other country (countries.ts, with the ISO names of
 * i18n-iso-countries), so that the task pane, whose sending country is one of these, does not carry the whole list.
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
  /** A third country's region in PG26 Part A (p.34–36); none for the Programme's countries, Antarctica, Western Sahara. */
  readonly region?: number;
  /** A territory's country, whose status and region it has (country-regions.ts TERRITORIES). */
  readonly partOf?: string;
  readonly en: string;
  readonly enAliases: readonly string[];
  /** Latvian name in the nominative; its case forms are derived (see latvianForms). */
  readonly lv: string;
  readonly lvAliases: readonly string[];
  readonly aliasCodes: readonly string[];
  readonly source: string;
}

/** A country's names as data: code, English and Latvian names (nominative), then aliases and other codes. */
export type NameRow = readonly [
  code: string,
  en: string,
  lv: string,
  enAliases?: readonly string[],
  lvAliases?: readonly string[],
  aliasCodes?: readonly string[],
];

export const SOURCES: Readonly<Record<CountryStatus, string>> = {
  programme: "PG26 p.33–34",
  "not-associated": "PG26 p.33–34 (not a Member State nor an associated third country)",
  excluded: "PG26 p.34–35, 87, 89 (Belarus and Russia: no mobility)",
};

type Row = NameRow;

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
  ["NL", "Netherlands", "Nīderlande", ["The Netherlands", "Holland"], ["Holande"]],
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

function programmeCountry([code, en, lv, enAliases = [], lvAliases = [], aliasCodes = []]: Row): Country {
  return { code, status: "programme", eligible: true, en, enAliases, lv, lvAliases, aliasCodes, source: SOURCES.programme };
}

/** The Programme's countries themselves, without their territories: what a beneficiary's country is chosen from. */
export const ELIGIBLE_COUNTRIES: readonly Country[] = [...EU_MEMBER_STATES, ...ASSOCIATED_THIRD_COUNTRIES].map(programmeCountry);

/** The third countries associated to the Programme, as messages list them: "IS, LI, NO, MK, RS, TR". */
export const ASSOCIATED_COUNTRY_CODES: string = ASSOCIATED_THIRD_COUNTRIES.map(([code]) => code).join(", ");

const BY_CODE = new Map(ELIGIBLE_COUNTRIES.flatMap((c) => [c.code, ...c.aliasCodes].map((code) => [code, c] as const)));

/** One of the Programme's countries by its code (or EL's GR), in any case. */
export function programmeCountryByCode(code: string): Country | undefined {
  return BY_CODE.get(code.toUpperCase());
}
