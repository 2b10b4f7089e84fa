/**
 * The receiving country group of each country, for the daily rates of individual support, as the Guide lists them:
 * the Programme's countries (PG26 p.99 footnote 107, p.120 fn. 126, p.140 fn. 140) and the third countries not
 * associated to the Programme (PG26 p.99–100, footnote 107, VET). Each entry keeps the Guide's own name beside the
 * code; a test resolves every name to its code.
 */
import { countryByCode } from "../countries";
import type { CountryGroup } from "./unit-costs";

type Listed = readonly (readonly [code: string, guideName: string])[];

export const PROGRAMME_COUNTRY_GROUPS: Readonly<Record<CountryGroup, Listed>> = {
  1: [
    ["AT", "Austria"],
    ["BE", "Belgium"],
    ["FR", "France"],
    ["DK", "Denmark"],
    ["FI", "Finland"],
    ["DE", "Germany"],
    ["IS", "Iceland"],
    ["IE", "Ireland"],
    ["IT", "Italy"],
    ["LI", "Liechtenstein"],
    ["LU", "Luxembourg"],
    ["NL", "Netherlands"],
    ["NO", "Norway"],
    ["SE", "Sweden"],
  ],
  2: [
    ["CY", "Cyprus"],
    ["CZ", "Czechia"],
    ["EE", "Estonia"],
    ["EL", "Greece"],
    ["LV", "Latvia"],
    ["MT", "Malta"],
    ["PT", "Portugal"],
    ["SK", "Slovakia"],
    ["SI", "Slovenia"],
    ["ES", "Spain"],
  ],
  3: [
    ["BG", "Bulgaria"],
    ["HR", "Croatia"],
    ["HU", "Hungary"],
    ["LT", "Lithuania"],
    ["PL", "Poland"],
    ["RO", "Romania"],
    ["RS", "Serbia"],
    ["MK", "North Macedonia"],
    ["TR", "Türkiye"],
  ],
};
export const PROGRAMME_GROUPS_SOURCE = "PG26 p.99, 120, 140";

const list = (text: string): Listed =>
  text.split("; ").map((entry) => {
    const [code, name] = entry.split("=");
    return [code, name] as const;
  });

/** Third countries not associated to the Programme (PG26 p.99–100, footnote 107), in the Guide's order. */
export const THIRD_COUNTRY_GROUPS: Readonly<Record<CountryGroup, Listed>> = {
  1: list(
    "JP=Japan; IL=Israel; KR=South Korea; GE=Georgia; AR=Argentina; AM=Armenia; AO=Angola; SA=Saudi Arabia; KW=Kuwait; " +
      "US=United States; GB=United Kingdom; CH=Switzerland; BH=Bahrain; AZ=Azerbaijan; SD=Sudan; KN=Saint Kitts & Nevis; " +
      "VC=St. Vincent and the Grenadines; AE=United Arab Emirates; HK=Hong Kong; LB=Lebanon; VN=Vietnam; MX=Mexico; " +
      "TW=Taiwan; MD=Moldova; MY=Malaysia; TZ=Tanzania; CA=Canada; SG=Singapore; AU=Australia; TH=Thailand; " +
      "FO=Faroe Islands; MC=Monaco; SM=San Marino; VA=Vatican City State; AD=Andorra",
  ),
  2: list(
    "IN=India; KZ=Kazakhstan; BR=Brazil; CD=DR Congo; CL=Chile; NG=Nigeria; UG=Uganda; LR=Liberia; DJ=Djibouti; " +
      "KP=DPR Korea; UZ=Uzbekistan; TM=Turkmenistan; DO=Dominican Republic; JM=Jamaica; LY=Libya; SY=Syria; CU=Cuba; " +
      "YE=Yemen; KE=Kenya; RW=Rwanda; SC=Seychelles; AG=Antigua and Barbuda; BN=Brunei; ME=Montenegro; MW=Malawi; " +
      "BB=Barbados; LC=Saint Lucia; GD=Grenada; DM=Dominica; UY=Uruguay; AL=Albania; CN=China; PH=Philippines; PE=Peru; " +
      "VE=Venezuela; PA=Panama; GH=Ghana; TD=Chad; GY=Guyana; EG=Egypt; MA=Morocco; KI=Kiribati; OM=Oman; " +
      "BA=Bosnia and Herzegovina; IR=Iran; MZ=Mozambique; SN=Senegal; MU=Mauritius; QA=Qatar; JO=Jordan; ID=Indonesia; " +
      "LA=Laos; ZA=South Africa; ET=Ethiopia; BD=Bangladesh; EC=Ecuador; PY=Paraguay; CR=Costa Rica; CI=Côte d'Ivoire; " +
      "SL=Sierra Leone; GA=Gabon; HT=Haiti; BS=Bahamas; PG=Papua New Guinea; FM=Micronesia; UA=Ukraine; KG=Kyrgyzstan; " +
      "PS=Palestine",
  ),
  3: list(
    "NP=Nepal; MV=Maldives; TJ=Tajikistan; NI=Nicaragua; ZM=Zambia; GN=Guinea; CG=Congo; BW=Botswana; BZ=Belize; " +
      "WS=Samoa; MH=Marshall Islands; PW=Palau; TV=Tuvalu; NR=Nauru; CK=Cook Islands; NU=Niue; NZ=New Zealand; " +
      "PK=Pakistan; BT=Bhutan; SV=El Salvador; SR=Suriname; GT=Guatemala; HN=Honduras; SO=Somalia; " +
      "TT=Trinidad and Tobago; DZ=Algeria; CO=Colombia; GM=Gambia; FJ=Fiji; SB=Solomon Islands; VU=Vanuatu; " +
      "KH=Cambodia; ZW=Zimbabwe; BI=Burundi; MN=Mongolia; CM=Cameroon; TL=Timor-Leste; LK=Sri Lanka; MG=Madagascar; " +
      "ML=Mali; TG=Togo; ST=Sao Tome and Principe; TO=Tonga; BO=Bolivia; BJ=Benin; LS=Lesotho; MO=Macao; TN=Tunisia; " +
      "IQ=Iraq; BF=Burkina Faso; GQ=Equatorial Guinea; CF=Central African Republic; GW=Guinea-Bissau; NA=Namibia; " +
      "KM=Comoros; ER=Eritrea; MM=Myanmar; AF=Afghanistan; NE=Niger; MR=Mauritania; CV=Cabo Verde; XK=Kosovo; " +
      "SZ=Eswatini; SS=South Sudan",
  ),
};
export const THIRD_COUNTRY_GROUPS_SOURCE = "PG26 p.99–100 (footnote 107)";

export interface FundingGroup {
  readonly group: CountryGroup;
  /** Whether the group is one of the Programme's countries' or of the third countries not associated. */
  readonly programme: boolean;
  readonly source: string;
}

const GROUP_BY_CODE = new Map<string, FundingGroup>();
for (const [table, programme, source] of [
  [PROGRAMME_COUNTRY_GROUPS, true, PROGRAMME_GROUPS_SOURCE],
  [THIRD_COUNTRY_GROUPS, false, THIRD_COUNTRY_GROUPS_SOURCE],
] as const) {
  for (const group of [1, 2, 3] as const) for (const [code] of table[group]) GROUP_BY_CODE.set(code, { group, programme, source });
}

/**
 * The receiving country group of a country code (EL or GR; a territory takes its country's, as it takes its status:
 * countries.ts); undefined for a country the Guide puts in no group (Belarus, Russia, Antarctica).
 */
export function fundingGroupOf(code: string): FundingGroup | undefined {
  const country = countryByCode(code);
  if (!country) return undefined;
  return GROUP_BY_CODE.get(country.code) ?? (country.partOf === undefined ? undefined : GROUP_BY_CODE.get(country.partOf));
}
