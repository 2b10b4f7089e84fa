/**
 * Every country a coordinator may write in a plan, by ISO code (alpha-2, alpha-3; Greece also EL), English or Latvian
 * name: its names from country-names.ts (i18n-iso-countries), its status in the Programme from programme-countries.ts
 * and country-regions.ts, so that "Kanādā" is a country that is not eligible rather than "unknown".
 *
 * Eligibility is a classification (CountryStatus), not a list per action: every country that is neither a Member
 * State nor associated is a third country not associated to the Programme (PG26 Part A lists them by region, p.34–36),
 * except Belarus and Russia, to which no mobility goes (PG26 p.87, 89). Which of them may host what is the rules' call.
 */
import { ALPHA3_BY_ISO, ISO_CODES, KNOWN_NAMES, isoEnglishNames, isoLatvianName } from "./country-names";
import { EXCLUDED_CODES, REGION_BY_CODE, TERRITORIES } from "./country-regions";
import { ELIGIBLE_COUNTRIES, SOURCES, type Country, type CountryStatus } from "./programme-countries";

export { latvianForms } from "./latvian-forms";
export {
  ASSOCIATED_COUNTRY_CODES,
  ELIGIBLE_COUNTRIES,
  programmeCountryByCode,
  type Country,
  type CountryStatus,
} from "./programme-countries";

/** A country outside the Programme is not associated to it, unless excluded. */
export function statusOf(code: string, programme: boolean): CountryStatus {
  if (programme) return "programme";
  return EXCLUDED_CODES.has(code) ? "excluded" : "not-associated";
}

/** The codes EU documents use where ISO's differ: Greece is EL (ISO GR stays an alias code). */
const EU_CODE_OF_ISO: Readonly<Record<string, string>> = { GR: "EL" };
const ISO_OF_EU_CODE: ReadonlyMap<string, string> = new Map(Object.entries(EU_CODE_OF_ISO).map(([iso, eu]) => [eu, iso]));

const PROGRAMME_CODES: ReadonlySet<string> = new Set(ELIGIBLE_COUNTRIES.map((c) => c.code));
const KNOWN_ROWS = new Map(KNOWN_NAMES.map((row) => [row[0], row]));

/** The preferred names, then the ISO names not already among them. */
function withIsoNames(preferred: readonly string[], iso: readonly string[]): string[] {
  const names = [...preferred];
  for (const name of iso) if (!names.includes(name)) names.push(name);
  return names;
}

/** A country outside the Programme (or a territory), by its ISO code. */
function country(iso: string): Country {
  const code = EU_CODE_OF_ISO[iso] ?? iso;
  const [, en, lv, enAliases = [], lvAliases = [], aliasCodes = []] = KNOWN_ROWS.get(code) ?? [code, "", ""];
  const english = withIsoNames(en ? [en, ...enAliases] : [], isoEnglishNames(iso));
  const latvian = withIsoNames(lv ? [lv, ...lvAliases] : [], [isoLatvianName(iso)]);
  const partOf = TERRITORIES[code];
  const holder = partOf ?? code;
  const status = statusOf(holder, PROGRAMME_CODES.has(holder));
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
    aliasCodes,
    source: SOURCES[status],
  };
}

/** The Programme's countries first (EU Member States, then the associated ones), then every other by ISO code. */
export const COUNTRIES: readonly Country[] = [
  ...ELIGIBLE_COUNTRIES,
  ...ISO_CODES.filter((iso) => !PROGRAMME_CODES.has(EU_CODE_OF_ISO[iso] ?? iso)).map(country),
];

/** A country's ISO 3166-1 alpha-3 code ("DEU"). */
export function alpha3Of(country: Country): string | undefined {
  return ALPHA3_BY_ISO.get(ISO_OF_EU_CODE.get(country.code) ?? country.code);
}

/** Codes a cell means as something else, not read as a country: "N/A" (not applicable) is not Namibia (NAM, "Namibia"). */
export const CODES_NOT_READ: ReadonlySet<string> = new Set(["NA"]);

const BY_CODE = new Map(COUNTRIES.flatMap((c) => [c.code, ...c.aliasCodes, alpha3Of(c) ?? c.code].map((code) => [code, c] as const)));

/** A country by its alpha-2 code (or EL, UK) or its alpha-3 code, in any case. */
export function countryByCode(code: string): Country | undefined {
  return BY_CODE.get(code.toUpperCase());
}
