/**
 * What coordinators call each column, in English and Latvian, and what the EU's tools call it (Mobility Tool+ export
 * and Beneficiary Module columns: ../shared/reference/headers/). Data only; matching is in headers.ts.
 */
import type { Field } from "../rules";

/**
 * The columns the audit reads: the activity fields, a yes/no "accompanying person" column (Mobility Tool+), and a
 * surname column for sheets that keep first names and surnames apart (joined into the participant).
 */
export type AuditField = Field | "accompanying" | "surname";

export const HEADER_LABELS: Readonly<Record<AuditField, readonly string[]>> = {
  participant: [
    "Participant",
    "Participant name",
    "Name",
    "Full name",
    "First name last name",
    "Name surname",
    "Name and surname",
    "Participant Id",
    "Dalībnieks",
    "Dalībnieka vārds uzvārds",
    "Vārds uzvārds",
    "Vārds",
    "Dalībnieka vārds",
    "Persona",
  ],
  role: ["Role", "Participant type", "Participant role", "Type of participant", "Loma", "Dalībnieka loma", "Dalībnieka veids", "Statuss"],
  sector: ["Sector", "Field", "Education sector", "Sektors", "Joma", "Izglītības sektors"],
  activity: [
    "Activity",
    "Activity type",
    "Type of activity",
    "Mobility type",
    "Type of mobility",
    "Activity Type",
    "Aktivitāte",
    "Aktivitātes veids",
    "Mobilitātes veids",
    "Mobilitātes aktivitāte",
    "Mobilitātes aktivitātes veids",
    "Darbības veids",
  ],
  // Not "No" alone: in English sheets "No." is the row number ("Activity No.", "Grant Agreement No." in Mobility Tool+).
  start: ["Start date", "Start", "From", "Date from", "Start of activity", "Sākuma datums", "Sākums", "Datums no", "Aktivitātes sākums", "Sākuma datums mobilitātei"],
  end: ["End date", "End", "To", "Date to", "End of activity", "Beigu datums", "Beigas", "Līdz", "Datums līdz", "Aktivitātes beigas"],
  durationDays: [
    "Duration",
    "Duration days",
    "Days",
    "Number of days",
    "Duration calculated",
    "Duration of mobility period",
    "Total number of days in this mobility",
    "Ilgums",
    "Ilgums dienās",
    "Dienu skaits",
    "Dienas",
    "Mobilitātes ilgums",
  ],
  travelDays: [
    "Travel days",
    "Travel days max 2",
    "Number of travel days",
    "How many days count as travel days",
    "Ceļošanas dienas",
    "Ceļa dienas",
    "Ceļojuma dienas",
    "Ceļošanas dienu skaits",
  ],
  greenTravel: ["Green travel", "Sustainable travel", "Zaļais ceļojums", "Zaļā ceļošana", "Videi draudzīgs ceļojums"],
  sendingCountry: ["Sending country", "Country of origin", "From country", "Sending organisation country", "Nosūtītājvalsts", "Nosūtošā valsts", "Nosūtītāja valsts", "Izcelsmes valsts"],
  hostCountry: [
    "Host country",
    "Receiving country",
    "Destination country",
    "Country",
    "Destination",
    "Receiving organisation country",
    "Uzņēmējvalsts",
    "Uzņemošā valsts",
    "Galamērķa valsts",
    "Galamērķis",
    "Valsts",
    "Mērķa valsts",
  ],
  hostOrganisation: [
    "Host organisation",
    "Host organization",
    "Host",
    "Receiving organisation",
    "Receiving organisation legal name",
    "Host institution",
    "Uzņēmējorganizācija",
    "Uzņemošā organizācija",
    "Uzņemošā iestāde",
    "Partneris",
    "Partnerorganizācija",
  ],
  group: ["Group", "Group name", "Participant group", "Group no", "Grupa", "Grupas nosaukums", "Grupas nr"],
  mentor: ["Mentor", "Main mentor", "Host mentor", "Mentors", "Galvenais mentors", "Mentora vārds", "Mentora vārds uzvārds"],
  course: ["Course", "Course title", "Course name", "Training course", "Kursi", "Kursu nosaukums", "Kursa nosaukums", "Apmācību nosaukums", "Mācību kurss"],
  fewerOpportunities: [
    "Fewer opportunities",
    "Participant with fewer opportunities",
    "With fewer opportunities",
    "Mazākas iespējas",
    "Ar mazākām iespējām",
    "Dalībnieks ar mazākām iespējām",
  ],
  recentGraduate: ["Recent graduate", "Graduate", "Nesens absolvents", "Absolvents"],
  graduationDate: ["Graduation date", "Date of graduation", "Absolvēšanas datums", "Beidza skolu"],
  surname: ["Surname", "Last name", "Family name", "Uzvārds", "Dalībnieka uzvārds"],
  accompanying: ["Accompanying person", "Accompanying", "Pavadošā persona", "Pavadošais", "Pavadonis"],
};

/**
 * Words that add nothing to what a column holds ("Receiving organisation legal name" is the host organisation) and
 * so may stand in a header beside a label's words. Others ("ID", "PIC", "e-mail") make it another column.
 */
export const FILLER_WORDS: readonly string[] = [
  "the", "of", "a", "in", "for", "name", "legal", "full", "business", "national", "language", "dd", "mm", "yyyy", "gggg",
  "planned", "planed", "actual", "participant", "activity", "mobility", "date", "datums", "plānotais", "plānotā",
  "nosaukums", "dalībnieka", "dalībnieks", "izglītojamā", "mobilitātes", "aktivitātes",
];
