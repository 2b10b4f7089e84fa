/**
 * The Latvian words messages are written with, and the plural helper; the messages are in checks/. Terminology
 * follows the national agency (SEED-003).
 */
import type { LanguageWords } from "./format";

export const LV_WORDS: LanguageWords = {
  language: "lv",
  // "05.10.2026.": dd.mm.yyyy with the ordinal dot Latvian writes after the year. That dot also ends a sentence: a
  // message never puts a second full stop after a date (it ends on the date, or the date stands in parentheses).
  dateFormat: (year, month, day) => `${day}.${month}.${year}.`,
  fields: {
    participant: "dalībnieks",
    role: "loma",
    sector: "sektors",
    activity: "aktivitātes veids",
    start: "sākuma datums",
    end: "beigu datums",
    durationDays: "ilgums",
    travelDays: "ceļošanas dienas",
    greenTravel: "zaļais ceļojums",
    sendingCountry: "nosūtītājvalsts",
    hostCountry: "uzņēmējvalsts",
    hostOrganisation: "uzņēmējorganizācija",
    group: "grupa",
    mentor: "mentors",
    course: "kursi",
    fewerOpportunities: "mazākas iespējas",
    recentGraduate: "nesens absolvents",
    graduationDate: "absolvēšanas datums",
    distanceKm: "attālums (km)",
    distanceBand: "attāluma josla",
    linguisticSupport: "valodas atbalsts",
    call: "konkursa kārta",
    country: "projekta īstenotāja valsts",
    action: "pamatdarbība",
  },
  families: {
    "job-shadowing": "“Ēnošana” darbā",
    "teaching-assignment": "Norīkošana mācīšanai vai apmācībai",
    course: "Kursi un apmācības",
    "skills-competition": "Dalība PIA prasmju konkursos",
    "group-mobility": "Izglītojamo grupu mobilitāte",
    "short-term-learners": "Izglītojamo īstermiņa mācību mobilitāte",
    "long-term-learners": "Izglītojamo ilgtermiņa mācību mobilitāte",
    "invited-expert": "Ekspertu uzaicināšana",
    "hosted-teacher": "Apmācības jomas skolotāju un izglītotāju uzņemšana praksē",
    "preparatory-visit": "Sagatavošanās vizīte",
  },
  quote: (text) => `“${text}”`,
  suggestion: (label) => ` Vai domājāt “${label}”?`,
};

/** Latvian agrees a noun with the last digit of its count, except 11: "1 diena", "21 diena", "2 dienas", "11 dienas". */
export function latvianCount(n: number, one: string, many: string): string {
  return `${n} ${n % 10 === 1 && n % 100 !== 11 ? one : many}`;
}
