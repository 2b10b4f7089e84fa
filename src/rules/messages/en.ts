/** The English words messages are written with (field and activity names, quotes); the messages are in checks/. */
import type { LanguageWords } from "./format";

/**
 * The English short month names. Twelve words, not date-fns's `format` and `enGB` locale: those would add several
 * kilobytes to every bundle that carries messages (the pane, the worker, the functions) for these twelve words.
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

export const EN_WORDS: LanguageWords = {
  language: "en",
  // "5 Oct 2026": day without a leading zero, the short English month, the year (as en-GB writes "d MMM yyyy").
  dateFormat: (year, month, day) => `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`,
  fields: {
    participant: "participant",
    role: "role",
    sector: "sector",
    activity: "activity type",
    start: "start date",
    end: "end date",
    durationDays: "duration",
    travelDays: "travel days",
    greenTravel: "green travel",
    sendingCountry: "sending country",
    hostCountry: "host country",
    hostOrganisation: "host organisation",
    group: "group",
    mentor: "mentor",
    course: "course",
    fewerOpportunities: "fewer opportunities",
    recentGraduate: "recent graduate",
    graduationDate: "graduation date",
    distanceKm: "distance (km)",
    distanceBand: "distance band",
    linguisticSupport: "linguistic support",
    call: "call round",
    country: "country of the beneficiary",
    action: "action",
  },
  families: {
    "job-shadowing": "Job shadowing",
    "teaching-assignment": "Teaching or training assignments",
    course: "Courses and training",
    "skills-competition": "Participation in VET skills competitions",
    "group-mobility": "Group mobility of learners",
    "short-term-learners": "Short-term learning mobility of learners",
    "long-term-learners": "Long-term learning mobility of learners",
    "invited-expert": "Invited experts",
    "hosted-teacher": "Hosting teachers and educators in training",
    "preparatory-visit": "Preparatory visit",
  },
  quote: (text) => `"${text}"`,
  suggestion: (label) => ` Did you mean "${label}"?`,
};

/** "1 day", "5 days", "0 days": English agrees a noun with its count (never "day(s)"). */
export function englishCount(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
