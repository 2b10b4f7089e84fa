/**
 * The estimate in words, English and Latvian: budget categories, units, why a line is missing, the assumptions, and
 * amounts in euros ("1,234 EUR", Latvian "1 234 EUR"; a range "665–1,183 EUR"). Shared by the command and, later, the
 * pane. Latvian numbers agree with their noun through latvianCount.
 */
import { englishCount } from "../messages/en";
import { latvianCount } from "../messages/lv";
import type { Language } from "../types";
import type { Assumption, AssumptionId, BudgetLine, BudgetUnit, Bounds, CoursesLimitCheck, MissingReason } from "./estimate";
import type { BudgetCategory, RateCategory } from "./unit-costs";

export interface FundingWords {
  readonly categories: Readonly<Record<BudgetCategory, string>>;
  readonly rateCategories: Readonly<Record<RateCategory, string>>;
  /** "3 return trips", "14 days", "2 days at 70 %". */
  unit(unit: BudgetUnit, quantity: number): string;
  group(group: number): string;
  readonly green: string;
  readonly standard: string;
  band(from: number, to: number | null): string;
  /** A distance below the first band (no travel grant), as a distance-band cell may say it. */
  readonly underFirstBand: string;
  readonly missing: Readonly<Record<MissingReason, string>>;
  assumption(assumption: Assumption): string;
  coursesLimit(check: CoursesLimitCheck, money: (b: Bounds) => string): string;
  readonly accompanying: string;
}

const EN_ASSUMPTIONS: Readonly<Record<AssumptionId, (rows: string, a: Assumption) => string>> = {
  "guide-ranges": () =>
    "No rates file: each daily rate of individual support is the Guide's range, so every amount is a minimum–maximum (PG26 p.99, 120, 140).",
  "agency-rates": (_rows, a) => `Daily rates of individual support from the rates file${a.agency ? ` (${a.agency})` : ""}.`,
  "travel-days-assumed": (rows) => `${rows} without travel days: 2 travel days counted for individual support (PG26 p.99, 120, 140).`,
  "standard-travel-assumed": (rows) => `${rows} without green travel stated: standard (non-green) travel counted.`,
  "travel-days-capped": (rows) => `${rows} with more travel days than are funded: 2 counted, 6 with green travel (PG26 p.99, 120, 140).`,
  "incoming-staff-rates": (rows) =>
    `${rows} of invited experts or hosted teachers: staff rates of the beneficiary's country, their venue (the Guide names no rate category for them).`,
  "third-country-groups": (rows) =>
    `${rows} in third countries not associated to the Programme: the ranges of their receiving country group (PG26 p.99–100, footnote 107).`,
  "tier-order": (rows) =>
    `${rows} after the 100th participant of their activity type, counted by start date, then row (participants in third countries too): 200 EUR organisational support (PG26 p.98, 119, 139).`,
  "course-days-capped": (rows) => `${rows} of courses longer than 10 days: course fees for 10 days (PG26 p.86, 106, 126).`,
  "accompanying-60-days": (rows) =>
    `${rows} of accompanying persons over 60 days: individual support to the 60th day; beyond it, inclusion support on real costs (PG26 p.99, footnote 106).`,
};

const LV_ASSUMPTIONS: Readonly<Record<AssumptionId, (rows: string, a: Assumption) => string>> = {
  "guide-ranges": () =>
    "Likmju faila nav: individuālā atbalsta dienas likmes ir Programmas ceļveža diapazoni, tāpēc katra summa ir minimums–maksimums (PG26 99., 120., 140. lpp.).",
  "agency-rates": (_rows, a) => `Individuālā atbalsta dienas likmes no likmju faila${a.agency ? ` (${a.agency})` : ""}.`,
  "travel-days-assumed": (rows) =>
    `${rows} bez ceļošanas dienām: individuālajam atbalstam ieskaitītas 2 ceļošanas dienas (PG26 99., 120., 140. lpp.).`,
  "standard-travel-assumed": (rows) => `${rows} bez norādes par zaļo ceļojumu: ieskaitīts standarta (ne zaļais) ceļojums.`,
  "travel-days-capped": (rows) =>
    `${rows} ar vairāk ceļošanas dienām, nekā tiek finansēts: ieskaitītas 2, ar zaļo ceļojumu 6 (PG26 99., 120., 140. lpp.).`,
  "incoming-staff-rates": (rows) =>
    `${rows} ar uzaicinātiem ekspertiem vai uzņemtiem skolotājiem praktikantiem: personāla likmes projekta īstenotāja valstī, kas ir viņu norises vieta (ceļvedis tiem likmju kategoriju nenosauc).`,
  "third-country-groups": (rows) =>
    `${rows} ar programmā neasociētām trešajām valstīm: to uzņēmējvalstu grupas diapazoni (PG26 99.–100. lpp., 107. zemsvītras piezīme).`,
  "tier-order": (rows) =>
    `${rows} pēc sava aktivitātes veida 100. dalībnieka, skaitot pēc sākuma datuma, tad rindas (arī dalībniekus trešajās valstīs): organizatoriskais atbalsts 200 EUR (PG26 98., 119., 139. lpp.).`,
  "course-days-capped": (rows) => `${rows} ar kursiem, kas ilgāki par 10 dienām: kursu maksa par 10 dienām (PG26 86., 106., 126. lpp.).`,
  "accompanying-60-days": (rows) =>
    `${rows} ar pavadošajām personām ilgāk par 60 dienām: individuālais atbalsts līdz 60. dienai; pēc tās iekļaušanas atbalsts pēc faktiskajām izmaksām (PG26 99. lpp., 106. zemsvītras piezīme).`,
};

export const FUNDING_WORDS: Readonly<Record<Language, FundingWords>> = {
  en: {
    categories: {
      "organisational-support": "Organisational support",
      travel: "Travel",
      "individual-support": "Individual support",
      "inclusion-support-organisations": "Inclusion support for organisations",
      "preparatory-visits": "Preparatory visits",
      "course-fees": "Course fees",
      "linguistic-support": "Linguistic support",
      "inclusion-support-participants": "Inclusion support for participants",
      "exceptional-costs": "Exceptional costs",
    },
    rateCategories: {
      staff: "staff",
      "vet-learners": "VET learners",
      "school-pupils": "school pupils",
      "adult-learners": "adult learners",
    },
    unit: (unit, n) =>
      ({
        "return-trip": englishCount(n, "return trip", "return trips"),
        day: englishCount(n, "day", "days"),
        "day-70": `${englishCount(n, "day", "days")} at 70 %`,
        participant: englishCount(n, "participant", "participants"),
        "reinforced-participant": `${englishCount(n, "participant", "participants")}, reinforced`,
        "course-day": englishCount(n, "course day", "course days"),
      })[unit],
    group: (group) => `country group ${group}`,
    green: "green",
    standard: "standard",
    band: (from, to) => (to === null ? `${from} km or more` : `${from}–${to - 1} km`),
    underFirstBand: "under 10 km",
    missing: {
      "sector-unknown": "not estimated: the sector is not known",
      "activity-unknown": "not estimated: the activity type is not known",
      "distance-missing": "left out: the row gives no distance or distance band",
      "distance-unreadable": "left out: the distance band names none of the Guide's bands",
      "dates-missing": "left out: the row's start and end dates are missing or out of order",
      "country-missing": "left out: no venue country (the host country, or the beneficiary's for incoming people)",
      "country-group-unknown": "left out: the venue country is in no receiving country group",
      "linguistic-support-not-stated": "not estimated: the plan does not say whether Online Language Support can serve the participant",
      "real-costs": "not estimated: paid on real costs, as the National Agency approves each request",
    },
    assumption: (a) => EN_ASSUMPTIONS[a.id](englishCount(a.rows, "row", "rows"), a),
    coursesLimit: (c, money) =>
      `Courses and training come to ${money(c.courses)}, over the limit of ${money(c.limit)} for a grant of ${money(c.grant)} (at most 50 % of the grant; 20,000 EUR for grants up to 40,000 EUR; ${c.source})`,
    accompanying: "accompanying person",
  },
  lv: {
    categories: {
      "organisational-support": "Organizatoriskais atbalsts",
      travel: "Ceļa izmaksas",
      "individual-support": "Individuālais atbalsts",
      "inclusion-support-organisations": "Iekļaušanas atbalsts organizācijām",
      "preparatory-visits": "Sagatavošanās vizītes",
      "course-fees": "Kursu maksa",
      "linguistic-support": "Valodas atbalsts",
      "inclusion-support-participants": "Iekļaušanas atbalsts dalībniekiem",
      "exceptional-costs": "Ārkārtas izmaksas",
    },
    rateCategories: {
      staff: "personāls",
      "vet-learners": "PIA izglītojamie",
      "school-pupils": "skolēni",
      "adult-learners": "pieaugušie izglītojamie",
    },
    unit: (unit, n) =>
      ({
        "return-trip": latvianCount(n, "brauciens turp un atpakaļ", "braucieni turp un atpakaļ"),
        day: latvianCount(n, "diena", "dienas"),
        "day-70": `${latvianCount(n, "diena", "dienas")} ar 70 % likmi`,
        participant: latvianCount(n, "dalībnieks", "dalībnieki"),
        "reinforced-participant": `${latvianCount(n, "dalībnieks", "dalībnieki")}, pastiprināts atbalsts`,
        "course-day": latvianCount(n, "kursu diena", "kursu dienas"),
      })[unit],
    group: (group) => `${group}. valstu grupa`,
    green: "zaļais",
    standard: "standarta",
    band: (from, to) => (to === null ? `${from} km un vairāk` : `${from}–${to - 1} km`),
    underFirstBand: "mazāk par 10 km",
    missing: {
      "sector-unknown": "nav aprēķināts: nav zināms sektors",
      "activity-unknown": "nav aprēķināts: nav zināms aktivitātes veids",
      "distance-missing": "nav ieskaitīts: rindā nav attāluma vai attāluma joslas",
      "distance-unreadable": "nav ieskaitīts: attāluma josla nav neviena no ceļveža joslām",
      "dates-missing": "nav ieskaitīts: rindā nav sākuma un beigu datuma vai tie ir nepareizā secībā",
      "country-missing": "nav ieskaitīts: nav norises valsts (uzņēmējvalsts vai, uzņemtajiem, projekta īstenotāja valsts)",
      "country-group-unknown": "nav ieskaitīts: norises valsts nav nevienā uzņēmējvalstu grupā",
      "linguistic-support-not-stated": "nav aprēķināts: plānā nav norādīts, vai dalībnieks var izmantot tiešsaistes valodu atbalstu (OLS)",
      "real-costs": "nav aprēķināts: maksā pēc faktiskajām izmaksām, ko apstiprina Nacionālā aģentūra",
    },
    assumption: (a) => LV_ASSUMPTIONS[a.id](latvianCount(a.rows, "rinda", "rindas"), a),
    coursesLimit: (c, money) =>
      `Kursi un apmācības kopā ir ${money(c.courses)}, vairāk nekā ierobežojums ${money(c.limit)} pie granta ${money(c.grant)} (ne vairāk kā 50 % no granta; 20 000 EUR, ja grants nepārsniedz 40 000 EUR; ${c.source})`,
    accompanying: "pavadošā persona",
  },
};

const GROUPED: Readonly<Record<Language, Intl.NumberFormat>> = {
  en: new Intl.NumberFormat("en-US", { minimumFractionDigits: 0, maximumFractionDigits: 2 }),
  lv: new Intl.NumberFormat("lv-LV", { minimumFractionDigits: 0, maximumFractionDigits: 2 }),
};

/** Cents as euros: "1,234 EUR" (lv "1 234 EUR"), cents shown only when there are any ("20,000.50 EUR"). */
export function formatEuros(cents: number, language: Language): string {
  const text = GROUPED[language].format(cents / 100);
  // Intl writes Latvian groups with a no-break space: a plain one reads the same and greps as typed.
  return `${language === "lv" ? text.replace(/\u00a0/g, " ") : text} EUR`;
}

/** A minimum–maximum, or one amount when they agree: "665–1,183 EUR", "665 EUR". */
export function formatBounds(bounds: Bounds, language: Language): string {
  if (bounds.min === bounds.max) return formatEuros(bounds.min, language);
  return `${formatEuros(bounds.min, language).replace(/ EUR$/, "")}–${formatEuros(bounds.max, language)}`;
}

/** What a line is, beyond its category: "100–499 km, green", "staff, country group 2". */
export function lineDetail(line: BudgetLine, language: Language): string {
  const words = FUNDING_WORDS[language];
  if (line.band) return `${words.band(line.band.from, line.band.to)}, ${line.green ? words.green : words.standard}`;
  if (line.rateCategory && line.group) return `${words.rateCategories[line.rateCategory]}, ${words.group(line.group)}`;
  return "";
}
