/**
 * Every country a coordinator may write in a plan, by ISO code (alpha-2, alpha-3; Greece also EL), English or Latvian
 * name: its names from country-names.ts (i18n-iso-countries), its status in the Programme from the data here and in
 * country-regions.ts, so that "Kanādā" is a country that is not eligible rather than "unknown".
 *
 * Eligibility is a classification (CountryStatus), not a list per action: every country that is neither a Member
 * State nor associated is a third country not associated to the Programme (PG26 Part A lists them by region, p.34–36),
 * except Belarus and Russia, to which no mobility goes (PG26 p.87, 89). Which of them may host what is the rules' call.
 */
import { ALPHA3_BY_ISO, ISO_CODES, KNOWN_NAMES, isoEnglishNames, isoLatvianName, type NameRow } from "./country-names";
import { EXCLUDED_CODES, REGION_BY_CODE, TERRITORIES } from "./country-regions";

export { latvianForms } from "./latvian-forms";

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
  /** ISO 3166-1 alpha-3 ("DEU"). */
  readonly alpha3?: string;
  readonly source: string;
}

const ELIGIBLE_SOURCE = "PG26 p.33–34";
const NOT_ELIGIBLE_SOURCE = "PG26 p.33–34 (not a Member State nor an associated third country)";
const EXCLUDED_SOURCE = "PG26 p.34–35, 87, 89 (Belarus and Russia: no mobility)";

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

/** A country outside the Programme is not associated to it, unless excluded. */
export function statusOf(code: string, programme: boolean): CountryStatus {
  if (programme) return "programme";
  return EXCLUDED_CODES.has(code) ? "excluded" : "not-associated";
}

const SOURCES: Readonly<Record<CountryStatus, string>> = {
  programme: ELIGIBLE_SOURCE,
  "not-associated": NOT_ELIGIBLE_SOURCE,
  excluded: EXCLUDED_SOURCE,
};

/** The codes EU documents use where ISO's differ: Greece is EL (ISO GR stays an alias code). */
const EU_CODE_OF_ISO: Readonly<Record<string, string>> = { GR: "EL" };

const PROGRAMME_ROWS: ReadonlyMap<string, Row> = new Map([...EU_MEMBER_STATES, ...ASSOCIATED_THIRD_COUNTRIES].map((row) => [row[0], row]));
const KNOWN_ROWS: ReadonlyMap<string, Row> = new Map(KNOWN_NAMES.map((row) => [row[0], row]));

/** The names of `row` (the preferred ones) then the ISO names not already among them. */
function withIsoNames(preferred: readonly string[], iso: readonly string[]): string[] {
  const names = [...preferred];
  for (const name of iso) if (!names.includes(name)) names.push(name);
  return names;
}

function country(iso: string): Country {
  const code = EU_CODE_OF_ISO[iso] ?? iso;
  const programme = PROGRAMME_ROWS.get(code);
  const [, en, lv, enAliases = [], lvAliases = [], aliasCodes = []] = programme ?? KNOWN_ROWS.get(code) ?? [code, "", ""];
  const english = withIsoNames(en ? [en, ...enAliases] : [], isoEnglishNames(iso));
  const latvian = withIsoNames(lv ? [lv, ...lvAliases] : [], [isoLatvianName(iso)]);
  const partOf = TERRITORIES[code];
  const holder = partOf ?? code;
  const status = statusOf(holder, PROGRAMME_ROWS.has(holder));
  return {
    code,
    status,
    eligible: status === "programme",
    region: REGION_BY_CODE.get(holder),
    partOf,
    en: english[0],
    enAliases: english.slice(1),
    lv: latvian[0],
    lvAliases: latvian.slice(1),
    aliasCodes: code === iso ? aliasCodes : withIsoNames(aliasCodes, [iso]),
    alpha3: ALPHA3_BY_ISO.get(iso),
    source: SOURCES[status],
  };
}

/** The Programme's countries first (EU Member States, then the associated ones), then every other by ISO code. */
const ISO_OF_EU_CODE = new Map(Object.entries(EU_CODE_OF_ISO).map(([iso, eu]) => [eu, iso]));
const PROGRAMME_ISO_CODES = [...PROGRAMME_ROWS.keys()].map((code) => ISO_OF_EU_CODE.get(code) ?? code);
export const COUNTRIES: readonly Country[] = [...PROGRAMME_ISO_CODES, ...ISO_CODES.filter((iso) => !PROGRAMME_ISO_CODES.includes(iso))].map(
  country,
);

/** The Programme's countries themselves, without their territories: what a beneficiary's country is chosen from. */
export const ELIGIBLE_COUNTRIES: readonly Country[] = COUNTRIES.filter((c) => c.eligible && !c.partOf);

/** The third countries associated to the Programme, as messages list them: "IS, LI, NO, MK, RS, TR". */
export const ASSOCIATED_COUNTRY_CODES: string = ASSOCIATED_THIRD_COUNTRIES.map(([code]) => code).join(", ");

/** Codes a cell means as something else, not read as a country: "N/A" (not applicable) is not Namibia (NAM, "Namibia"). */
export const CODES_NOT_READ: ReadonlySet<string> = new Set(["NA"]);

const BY_CODE = new Map(
  COUNTRIES.flatMap((c) => [c.code, ...c.aliasCodes, ...(c.alpha3 ? [c.alpha3] : [])].map((code) => [code, c] as const)),
);

/** A country by its alpha-2 code (or EL, UK) or its alpha-3 code, in any case. */
export function countryByCode(code: string): Country | undefined {
  return BY_CODE.get(code.toUpperCase());
}
