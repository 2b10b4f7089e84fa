/** Latvian messages, keyed by rule id. Terminology follows the national agency (SEED-003). */
import { ASSOCIATED_COUNTRY_CODES } from "../countries";
import { TRAVEL_RULES } from "../project-rules";
import type { LanguageWords, MessageCatalog } from "./format";

export const LV_WORDS: LanguageWords = {
  language: "lv",
  // dd.mm.yyyy without the ordinal's trailing dot, so a date can end a sentence without "2026.." (both forms are usual).
  dateFormat: (year, month, day) => `${day}.${month}.${year}`,
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
    call: "konkursa kārta",
    country: "projekta īstenotāja valsts",
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

const EXPECTED = { date: "datums", number: "skaitlis", "yes-no": "jā vai nē", text: "teksts" } as const;

/** Latvian agrees a noun with the last digit of its count, except 11: "1 diena", "21 diena", "2 dienas", "11 dienas". */
export function latvianCount(n: number, one: string, many: string): string {
  return `${n} ${n % 10 === 1 && n % 100 !== 11 ? one : many}`;
}

const days = (n: number) => latvianCount(n, "diena", "dienas");

export const LV: MessageCatalog = {
  "value-unreadable": (p, f) => `Lauka “${f.field(p.field)}” vērtību ${f.quote(p.value)} nevar nolasīt: gaidīts ${EXPECTED[p.expected]}.`,
  "cell-error": (p, f) => `Laukā “${f.field(p.field)}” ir Excel kļūda ${p.value}: izlabojiet formulu vai ievadiet vērtību.`,
  "sector-missing": () =>
    "Projekta sektors (VET, SCH vai ADU) nav norādīts, tāpēc izglītojamo aktivitāšu ilgumu nevar pārbaudīt: norādiet to projekta iestatījumos.",
  "sector-unknown": (p, f) => `Nezināms sektors ${f.quote(p.value)}: gaidīts VET, SCH vai ADU.${f.suggestion(p.suggestion)}`,
  "activity-missing": () => "Nav norādīts aktivitātes veids.",
  "activity-unknown": (p, f) => `Nezināms aktivitātes veids ${f.quote(p.value)}.${f.suggestion(p.suggestion)}`,
  "activity-not-in-sector": (p, f) => `${f.activity(p.activity)} nav ${p.sector} sektora aktivitāte.`,
  "country-unknown": (p, f) => `Nezināma valsts ${f.quote(p.value)} laukā “${f.field(p.field)}”.${f.suggestion(p.suggestion)}`,
  "role-unknown": (p, f) =>
    `Nezināma loma ${f.quote(p.value)}: gaidīts izglītojamais, personāls, pavadošā persona, eksperts vai skolotājs praktikants.${f.suggestion(p.suggestion)}`,
  "call-unknown": (p, f) => `Nezināma konkursa kārta ${f.quote(p.value)}: gaidīta 2026. gada 1. vai 2. kārta.${f.suggestion(p.suggestion)}`,
  "date-missing": (p, f) => `Nav norādīts ${f.field(p.field)}.`,
  "date-order": (p, f) => `Beigu datums ${f.date(p.end)} ir pirms sākuma datuma ${f.date(p.start)}.`,
  "duration-below-min": (p, f) =>
    `${f.activity(p.activity)}: ilgums ${days(p.days)}, minimālais ir ${days(p.min)} (ceļošanas dienas neskaita).`,
  "duration-above-max": (p, f) =>
    `${f.activity(p.activity)}: ilgums ${days(p.days)}, maksimālais ir ${days(p.max)} (ceļošanas dienas neskaita).`,
  "fewer-opportunities-short": (p, f) =>
    `${f.activity(p.activity)}: ${days(p.days)} ir mazāk nekā parastās ${p.min} dienas; dalībniekam ar mazākām iespējām pieļaujams no ${p.reducedMin} dienām, ja tas pamatots pieteikumā.`,
  "duration-mismatch": (p) => `Norādītais ilgums ir ${days(p.stated)}, bet pēc datumiem tas ir ${days(p.days)} (ieskaitot sākuma un beigu dienu).`,
  "outside-project-period": (p, f) =>
    `Aktivitāte (${f.date(p.start)} – ${f.date(p.end)}) nav projekta laikā ${f.date(p.projectStart)} – ${f.date(p.projectEnd)}.`,
  "country-not-eligible": (p, f) =>
    `${f.country(p.country)} nav atbilstīga valsts KA1 mobilitātei (tikai ES dalībvalstis un ${ASSOCIATED_COUNTRY_CODES}).`,
  "host-same-as-sending": (p, f) => `Uzņēmējvalsts ${f.country(p.country)} ir arī nosūtītājvalsts: mobilitātei jānotiek ārvalstīs.`,
  "incoming-from-own-country": (p, f) =>
    `${f.activity(p.activity)}: dalībniekam jāierodas no citas atbilstīgas valsts, nevis no projekta īstenotāja valsts (${f.country(p.country)}).`,
  "travel-days-exceeded": (p) =>
    `Ceļošanas dienas: ${p.days}; atļauts ne vairāk kā ${p.max}${p.green ? " ar zaļo ceļojumu" : ` (${TRAVEL_RULES.maxGreenTravelDays} ar zaļo ceļojumu)`}.`,
  "group-too-small": (p, f) => `Grupā ${f.quote(p.group)} izglītojamo skaits ir ${p.learners}; grupu mobilitātei vajag vismaz ${p.min}.`,
  "group-not-accompanied": (p, f) =>
    `Grupai ${f.quote(p.group)} (${f.date(p.start)} – ${f.date(p.end)}) nav pavadošās personas visā mobilitātes laikā.`,
  "group-two-countries": (p, f) =>
    `Atgādinājums grupai ${f.quote(p.group)}: grupu mobilitātē obligāti piedalās izglītojamie no vismaz divām valstīm.`,
  "recent-graduate-in-group": () => "Nesenie absolventi nevar piedalīties PIA izglītojamo grupu mobilitātē.",
  "recent-graduate-too-late": (p, f) =>
    `Aktivitāte sākas ${f.date(p.start)}, vairāk nekā ${p.months} mēnešus pēc absolvēšanas (${f.date(p.graduation)}).`,
  "course-too-many-together": (p, f) =>
    `Kursos ${f.quote(p.course)} vienlaikus piedalās ${p.count} personas; no vienas organizācijas ne vairāk kā ${p.max}.`,
  "course-too-many-same-title": (p, f) =>
    `Kursos ar nosaukumu ${f.quote(p.course)} (dažādos datumos) piedalās ${p.count} personas; vienos kursos ne vairāk kā ${p.max}.`,
  "course-repeated": (p, f) =>
    `Dalībniekam ${f.quote(p.participant)} plānoti ${p.count} kursi; viena persona projektā drīkst piedalīties tikai vienos kursos.`,
  "mentor-overbooked": (p, f) =>
    `Mentoru ${f.quote(p.mentor)} vienlaikus ēno ${latvianCount(p.count, "dalībnieks", "dalībnieki")}; atļauts ne vairāk kā ${p.max}.`,
  "prep-visit-too-many": (p, f) => `Sagatavošanās vizītē uz ${f.quote(p.host)} dodas ${p.count} personas; atļauts ne vairāk kā ${p.max}.`,
  "prep-visit-second": (p, f) =>
    `Otra sagatavošanās vizīte uz ${f.quote(p.host)} (pirmā sākas ${f.date(p.first)}); katrai uzņēmējorganizācijai tikai viena vizīte.`,
  "prep-visit-courses-only": (p, f) =>
    `Sagatavošanās vizīte uz ${f.quote(p.host)} gatavo tikai kursus un apmācības, kam sagatavošanās vizītes nav atļautas.`,
  "long-pupil-pre-departure": () => "Atgādinājums: izglītojamo ilgtermiņa mobilitātei ir obligāta apmācība pirms izbraukšanas.",
  "project-cap-exceeded": (p) =>
    `Mobilitātes aktivitāte nr. ${p.position} no ${p.count}: īstermiņa projektā atļautas ne vairāk kā ${p.max} aktivitātes (pavadošās personas un sagatavošanās vizītes neskaita).`,
  "project-no-mobility": () =>
    "Projektā nav personāla vai izglītojamo mobilitātes aktivitātes; ar ekspertu uzaicināšanu, skolotāju uzņemšanu un sagatavošanās vizītēm vien nepietiek.",
  "project-period-missing": () =>
    "Projekta sākuma un beigu datumi nav norādīti, tāpēc aktivitātes netiek pārbaudītas pret projekta laiku.",
  "project-duration": (p, f) =>
    `Projekts ilgst ${f.date(p.start)} – ${f.date(p.end)}; īstermiņa projekta ilgums ir no ${p.min} līdz ${p.max} mēnešiem.`,
  "project-start-outside-call": (p, f) =>
    `Projekts sākas ${f.date(p.start)}; ${f.call(p.call)}: projektiem jāsākas no ${f.date(p.from)} līdz ${f.date(p.to)}.`,
  "sending-country-missing": () =>
    "Projekta īstenotāja valsts nav norādīta, tāpēc uzņēmējvalstis netiek salīdzinātas ar to.",
};
