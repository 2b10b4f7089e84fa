/**
 * Every country's names, from the ISO 3166-1 data of i18n-iso-countries (English and Latvian only: the two locale
 * files, not the package's index of 80 languages), with the names coordinators write that it lacks or says otherwise
 * ("United States", "ASV", "Anglija", "Moldāvija"). countries.ts joins them with each country's status.
 */
import EN from "i18n-iso-countries/langs/en.json";
import LV from "i18n-iso-countries/langs/lv.json";
import type { NameRow } from "./programme-countries";

type IsoNames = Readonly<Record<string, string | readonly string[]>>;
const EN_NAMES = EN.countries as IsoNames;
const LV_NAMES = LV.countries as IsoNames;

/** The ISO codes of every country and territory, in code order. */
export const ISO_CODES: readonly string[] = Object.keys(LV_NAMES).sort();

function namesOf(iso: string): readonly string[] {
  const names = EN_NAMES[iso] ?? [];
  return typeof names === "string" ? [names] : names;
}

/** Names the ISO data gives two countries ("Congo"): neither's alias (KNOWN_NAMES says which one a name is). */
const SHARED_NAMES: ReadonlySet<string> = (() => {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const iso of ISO_CODES) for (const name of namesOf(iso)) (seen.has(name) ? shared : seen).add(name);
  return shared;
})();

/** The English names of an ISO code, the package's preferred first. */
export function isoEnglishNames(iso: string): readonly string[] {
  return namesOf(iso).filter((name) => !SHARED_NAMES.has(name));
}

export function isoLatvianName(iso: string): string {
  const name = LV_NAMES[iso];
  return typeof name === "string" ? name : (name?.[0] ?? iso);
}

/**
 * Countries outside the Programme named as messages should name them and as coordinators write them, where the ISO
 * names are formal ("Russian Federation", "Moldova, Republic of") or lack a usual name ("ASV", "Anglija"). The ISO
 * names stay aliases.
 */
export const KNOWN_NAMES: readonly NameRow[] = [
  ["CH", "Switzerland", "Šveice"],
  [
    "GB",
    "United Kingdom",
    "Lielbritānija",
    ["UK", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland"],
    ["Apvienotā Karaliste", "Anglija", "Skotija", "Velsa", "Ziemeļīrija"],
    ["UK"],
  ],
  ["UA", "Ukraine", "Ukraina"],
  ["MD", "Moldova", "Moldova", ["Republic of Moldova"], ["Moldāvija"]],
  ["GE", "Georgia", "Gruzija"],
  ["AL", "Albania", "Albānija"],
  ["BA", "Bosnia and Herzegovina", "Bosnija un Hercegovina", ["Bosnia"], ["Bosnija"]],
  ["ME", "Montenegro", "Melnkalne"],
  ["XK", "Kosovo", "Kosova", [], ["Kosovo"]],
  ["BY", "Belarus", "Baltkrievija", ["Byelorussia"]],
  ["RU", "Russia", "Krievija", [], ["Krievijas Federācija"]],
  ["US", "United States", "Amerikas Savienotās Valstis", ["USA", "America"], ["ASV", "Amerika"]],
  ["AE", "United Arab Emirates", "Apvienotie Arābu Emirāti", ["Emirates"], ["AAE"]],
  ["CN", "China", "Ķīna"],
  ["KR", "South Korea", "Dienvidkoreja", ["Korea"], ["Korejas Republika", "Koreja"]],
  ["TW", "Taiwan", "Taivāna"],
  ["HK", "Hong Kong", "Honkonga"],
  ["MO", "Macao", "Makao", ["Macau"]],
  ["IR", "Iran", "Irāna"],
  ["SY", "Syria", "Sīrija"],
  ["LA", "Laos", "Laosa"],
  ["BN", "Brunei", "Bruneja"],
  ["MM", "Myanmar", "Mjanma", ["Burma"], ["Birma"]],
  ["TL", "Timor-Leste", "Austrumtimora", ["East Timor"]],
  ["FM", "Micronesia", "Mikronēzija"],
  ["TZ", "Tanzania", "Tanzānija"],
  ["PS", "Palestine", "Palestīna"],
  ["CV", "Cabo Verde", "Kaboverde", ["Cape Verde"]],
  ["SZ", "Eswatini", "Esvatini", ["Swaziland"], ["Svazilenda"]],
  ["VA", "Vatican City", "Vatikāns", ["Vatican", "Holy See", "Vatican City State"]],
  // As the Guide writes them in its receiving country groups (PG26 p.99–100, footnote 107).
  ["KN", "Saint Kitts and Nevis", "Sentkitsa un Nevisa", ["Saint Kitts & Nevis", "St Kitts and Nevis"]],
  ["VC", "Saint Vincent and the Grenadines", "Sentvinsenta un Grenadīnas", ["St. Vincent and the Grenadines", "St Vincent & Grenadines"]],
  ["KP", "North Korea", "Ziemeļkoreja", ["DPR Korea", "DPRK"]],
  ["CG", "Congo", "Kongo", ["Congo-Brazzaville"]],
  ["CD", "DR Congo", "Kongo Demokrātiskā Republika", ["Congo-Kinshasa", "DRC"]],
];

/** ISO 3166-1 alpha-3 codes ("DEU", "CAN"), as alpha-2 and alpha-3 pairs; test/rules/countries.test.ts checks them against the package. */
const ALPHA3_PAIRS = [
  "ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO AQATA ARARG ASASM ATAUT AUAUS AWABW AXALA AZAZE",
  "BABIH BBBRB BDBGD BEBEL BFBFA BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN BOBOL BQBES BRBRA BSBHS BTBTN BVBVT BWBWA BYBLR BZBLZ",
  "CACAN CCCCK CDCOD CFCAF CGCOG CHCHE CICIV CKCOK CLCHL CMCMR CNCHN COCOL CRCRI CUCUB CVCPV CWCUW CXCXR CYCYP CZCZE",
  "DEDEU DJDJI DKDNK DMDMA DODOM DZDZA",
  "ECECU EEEST EGEGY EHESH ERERI ESESP ETETH",
  "FIFIN FJFJI FKFLK FMFSM FOFRO FRFRA",
  "GAGAB GBGBR GDGRD GEGEO GFGUF GGGGY GHGHA GIGIB GLGRL GMGMB GNGIN GPGLP GQGNQ GRGRC GSSGS GTGTM GUGUM GWGNB GYGUY",
  "HKHKG HMHMD HNHND HRHRV HTHTI HUHUN",
  "IDIDN IEIRL ILISR IMIMN ININD IOIOT IQIRQ IRIRN ISISL ITITA",
  "JEJEY JMJAM JOJOR JPJPN",
  "KEKEN KGKGZ KHKHM KIKIR KMCOM KNKNA KPPRK KRKOR KWKWT KYCYM KZKAZ",
  "LALAO LBLBN LCLCA LILIE LKLKA LRLBR LSLSO LTLTU LULUX LVLVA LYLBY",
  "MAMAR MCMCO MDMDA MEMNE MFMAF MGMDG MHMHL MKMKD MLMLI MMMMR MNMNG MOMAC MPMNP MQMTQ MRMRT MSMSR MTMLT MUMUS MVMDV MWMWI MXMEX MYMYS MZMOZ",
  "NANAM NCNCL NENER NFNFK NGNGA NINIC NLNLD NONOR NPNPL NRNRU NUNIU NZNZL",
  "OMOMN",
  "PAPAN PEPER PFPYF PGPNG PHPHL PKPAK PLPOL PMSPM PNPCN PRPRI PSPSE PTPRT PWPLW PYPRY",
  "QAQAT",
  "REREU ROROU RSSRB RURUS RWRWA",
  "SASAU SBSLB SCSYC SDSDN SESWE SGSGP SHSHN SISVN SJSJM SKSVK SLSLE SMSMR SNSEN SOSOM SRSUR SSSSD STSTP SVSLV SXSXM SYSYR SZSWZ",
  "TCTCA TDTCD TFATF TGTGO THTHA TJTJK TKTKL TLTLS TMTKM TNTUN TOTON TRTUR TTTTO TVTUV TWTWN TZTZA",
  "UAUKR UGUGA UMUMI USUSA UYURY UZUZB",
  "VAVAT VCVCT VEVEN VGVGB VIVIR VNVNM VUVUT",
  "WFWLF WSWSM",
  "XKXKK",
  "YEYEM YTMYT",
  "ZAZAF ZMZMB ZWZWE",
].join(" ");

export const ALPHA3_BY_ISO: ReadonlyMap<string, string> = new Map(ALPHA3_PAIRS.split(" ").map((pair) => [pair.slice(0, 2), pair.slice(2)]));
