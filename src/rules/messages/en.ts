/** English messages, keyed by rule id. */
import { ASSOCIATED_COUNTRY_CODES } from "../countries";
import { TRAVEL_RULES } from "../project-rules";
import type { LanguageWords, MessageCatalog } from "./format";

export const EN_WORDS: LanguageWords = {
  language: "en",
  dateFormat: (year, month, day) => `${year}-${month}-${day}`,
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
    call: "call round",
    country: "country of the beneficiary",
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

const EXPECTED = { date: "a date", number: "a number", "yes-no": "yes or no", text: "text" } as const;

export const EN: MessageCatalog = {
  "value-unreadable": (p, f) => `The ${f.field(p.field)} ${f.quote(p.value)} cannot be read: expected ${EXPECTED[p.expected]}.`,
  "cell-error": (p, f) => `The ${f.field(p.field)} holds the Excel error ${p.value}: fix the formula or enter the value.`,
  "sector-missing": () =>
    "The project's sector (VET, SCH or ADU) is not given, so durations of learner activities cannot be checked: add it to the project settings.",
  "sector-unknown": (p, f) => `Unknown sector ${f.quote(p.value)}: expected VET, SCH or ADU.${f.suggestion(p.suggestion)}`,
  "activity-missing": () => "The activity type is missing.",
  "activity-unknown": (p, f) => `Unknown activity type ${f.quote(p.value)}.${f.suggestion(p.suggestion)}`,
  "activity-not-in-sector": (p, f) => `${f.activity(p.activity)} is not an activity of the ${p.sector} sector.`,
  "country-unknown": (p, f) => `Unknown country ${f.quote(p.value)} in ${f.field(p.field)}.${f.suggestion(p.suggestion)}`,
  "role-unknown": (p, f) =>
    `Unknown role ${f.quote(p.value)}: expected learner, staff, accompanying person, expert or teacher in training.${f.suggestion(p.suggestion)}`,
  "call-unknown": (p, f) => `Unknown call round ${f.quote(p.value)}: expected 2026 round 1 or round 2.${f.suggestion(p.suggestion)}`,
  "date-missing": (p, f) => `The ${f.field(p.field)} is missing.`,
  "date-order": (p, f) => `The end date ${f.date(p.end)} is before the start date ${f.date(p.start)}.`,
  "duration-below-min": (p, f) =>
    `${f.activity(p.activity)} lasts ${p.days} day(s); the minimum is ${p.min} days (travel days not counted).`,
  "duration-above-max": (p, f) =>
    `${f.activity(p.activity)} lasts ${p.days} days; the maximum is ${p.max} days (travel days not counted).`,
  "fewer-opportunities-short": (p, f) =>
    `${f.activity(p.activity)} lasts ${p.days} days, below the usual ${p.min}: allowed from ${p.reducedMin} days for a participant with fewer opportunities, if justified in the application.`,
  "duration-mismatch": (p) => `The duration says ${p.stated} days, but the dates give ${p.days} days (start and end included).`,
  "outside-project-period": (p, f) =>
    `The activity (${f.date(p.start)} – ${f.date(p.end)}) is not inside the project period ${f.date(p.projectStart)} – ${f.date(p.projectEnd)}.`,
  "country-not-eligible": (p, f) =>
    `${f.country(p.country)} is not an eligible country for KA1 mobility (EU Member States and ${ASSOCIATED_COUNTRY_CODES} only).`,
  "host-same-as-sending": (p, f) => `The host country ${f.country(p.country)} is the sending country: the mobility must go abroad.`,
  "incoming-from-own-country": (p, f) =>
    `${f.activity(p.activity)}: the participant must come from another eligible country, not from ${f.country(p.country)}.`,
  "travel-days-exceeded": (p) =>
    `${p.days} travel days: at most ${p.max}${p.green ? " with green travel" : ` (${TRAVEL_RULES.maxGreenTravelDays} with green travel)`}.`,
  "group-too-small": (p, f) => `Group ${f.quote(p.group)} has ${p.learners} learner(s); group mobility needs at least ${p.min}.`,
  "group-not-accompanied": (p, f) =>
    `Group ${f.quote(p.group)} (${f.date(p.start)} – ${f.date(p.end)}) has no accompanying person for its whole duration.`,
  "group-two-countries": (p, f) =>
    `Reminder for group ${f.quote(p.group)}: learners from at least two countries must take part in group mobility.`,
  "recent-graduate-in-group": () => "Recent graduates cannot take part in group mobility of VET learners.",
  "recent-graduate-too-late": (p, f) =>
    `The activity starts ${f.date(p.start)}, more than ${p.months} months after graduation (${f.date(p.graduation)}).`,
  "course-too-many-together": (p, f) =>
    `${p.count} persons attend the course ${f.quote(p.course)} together; at most ${p.max} from the same organisation.`,
  "course-too-many-same-title": (p, f) =>
    `${p.count} persons attend courses titled ${f.quote(p.course)} (at different dates); at most ${p.max} on the same course.`,
  "course-repeated": (p, f) =>
    `${f.quote(p.participant)} is on ${p.count} courses; a person may attend only one course per project.`,
  "mentor-overbooked": (p, f) =>
    `${p.count} participants shadow mentor ${f.quote(p.mentor)} at the same time; at most ${p.max}.`,
  "prep-visit-too-many": (p, f) => `${p.count} persons on the preparatory visit to ${f.quote(p.host)}; at most ${p.max}.`,
  "prep-visit-second": (p, f) =>
    `A second preparatory visit to ${f.quote(p.host)} (the first starts ${f.date(p.first)}); only one visit per host.`,
  "prep-visit-courses-only": (p, f) =>
    `The preparatory visit to ${f.quote(p.host)} prepares only courses and training, which preparatory visits may not.`,
  "long-pupil-pre-departure": () => "Reminder: pre-departure training is compulsory for long-term pupil mobility.",
  "project-cap-exceeded": (p) =>
    `Mobility activity no. ${p.position} of ${p.count}: a short-term project has at most ${p.max} (accompanying persons and preparatory visits not counted).`,
  "project-no-mobility": () =>
    "The project has no staff or learner mobility activity; invited experts, hosted teachers and preparatory visits alone are not enough.",
  "project-period-missing": () =>
    "The project start and end dates are not given, so activities are not checked against the project period.",
  "project-duration": (p, f) =>
    `The project runs ${f.date(p.start)} – ${f.date(p.end)}; a short-term project lasts ${p.min} to ${p.max} months.`,
  "project-start-outside-call": (p, f) =>
    `The project starts ${f.date(p.start)}; projects of the ${f.call(p.call)} start between ${f.date(p.from)} and ${f.date(p.to)}.`,
  "sending-country-missing": () =>
    "The beneficiary's country is not given, so host countries are not checked against it.",
};
