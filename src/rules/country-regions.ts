/**
 * Where every country stands in the Programme, as data: the third countries not associated to the Programme by the
 * region PG26 Part A lists them in (p.34–36), the two countries no mobility goes to, and the territories that take
 * their status from another country. EU Member States and associated third countries are in countries.ts.
 */

/**
 * Third countries not associated to the Programme, by region (PG26 p.34–36), as ISO 3166-1 alpha-2 codes. Region 4
 * is Russia alone; Belarus is in region 2; both are excluded from mobility (EXCLUDED_CODES).
 */
export const NOT_ASSOCIATED_REGIONS: Readonly<Record<number, string>> = {
  1: "AL BA XK ME", // Western Balkans
  2: "AM AZ BY GE MD UA", // Neighbourhood East
  3: "DZ EG IL JO LB LY MA PS SY TN", // South-Mediterranean countries
  4: "RU", // Russian Federation
  5: "BD BT KH CN KP IN ID LA MY MV MN MM NP PK PH LK TH VN BN HK JP KR MO SG TW", // Asia
  6: "AF KZ KG TJ TM UZ", // Central Asia
  7: "IR IQ YE BH KW OM QA SA AE", // Middle East
  8: "FJ KI MH FM NR NU PW PG WS SB TL TO TV VU AU CK NZ", // Pacific
  // Sub-Saharan Africa
  9:
    "AO BJ BW BF BI CM CV CF TD KM CG CD CI DJ GQ ER SZ ET GA GM GH GN GW KE LS LR MG MW ML MR MU MZ NA NE NG RW ST SN SC SL SO ZA SS SD " +
    "TZ TG UG ZM ZW",
  10: "AR BO BR CL CO CR EC SV GT HN MX NI PA PY PE UY VE", // Latin America
  11: "AG BS BB BZ CU DM DO GD GY HT JM KN LC VC SR TT", // Caribbean
  12: "US CA", // US and Canada
  13: "AD MC SM VA",
  14: "FO CH GB",
};

/** No mobility activity goes to these (PG26 p.87, 89: "Mobility activities to Belarus and Russia are not eligible"). */
export const EXCLUDED_CODES: ReadonlySet<string> = new Set(["BY", "RU"]);

/**
 * Territories with their own ISO code that take the status (and region) of the country they belong to: the overseas
 * countries and territories of Member States take part as their Member State (PG26 p.33, footnote 41), the outermost
 * regions and Åland are the EU; other dependencies are their country's territory (PG26 p.36: "countries within their
 * territories as recognised by international law"). Antarctica and Western Sahara are in no region.
 */
export const TERRITORIES: Readonly<Record<string, string>> = {
  // Overseas countries and territories (footnote 41)
  GL: "DK",
  AW: "NL",
  BQ: "NL",
  CW: "NL",
  SX: "NL",
  PF: "FR",
  NC: "FR",
  WF: "FR",
  PM: "FR",
  BL: "FR",
  TF: "FR",
  // Outermost regions and Åland: part of the EU
  GF: "FR",
  GP: "FR",
  MQ: "FR",
  RE: "FR",
  YT: "FR",
  MF: "FR",
  AX: "FI",
  // Dependencies of other countries
  SJ: "NO",
  BV: "NO",
  AS: "US",
  GU: "US",
  MP: "US",
  PR: "US",
  UM: "US",
  VI: "US",
  AI: "GB",
  BM: "GB",
  IO: "GB",
  VG: "GB",
  KY: "GB",
  FK: "GB",
  GI: "GB",
  GG: "GB",
  IM: "GB",
  JE: "GB",
  MS: "GB",
  PN: "GB",
  SH: "GB",
  GS: "GB",
  TC: "GB",
  CX: "AU",
  CC: "AU",
  HM: "AU",
  NF: "AU",
  TK: "NZ",
};

/** The region of each listed third country not associated to the Programme. */
export const REGION_BY_CODE: ReadonlyMap<string, number> = new Map(
  Object.entries(NOT_ASSOCIATED_REGIONS).flatMap(([region, codes]) => codes.split(" ").map((code) => [code, Number(region)] as const)),
);
