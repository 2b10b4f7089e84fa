/**
 * Column recognition (src/audit/headers.ts over src/audit/header-labels.ts): what coordinators and the EU's tools call
 * each column, in English and Latvian, whatever the case, diacritics, punctuation, units in brackets and word order;
 * and the columns that look alike but hold something else (ids, PICs, birth dates, row numbers, notes).
 */
import { HEADER_LABELS, headerWords, matchHeader, type AuditField } from "../../src/audit";

const fieldOf = (header: string): AuditField | null => matchHeader(header)?.field ?? null;

/**
 * Every column of a Mobility Tool+ export (../shared/reference/headers/mobility-tool-plus-columns.csv, in its order),
 * with the field it holds, or null for the columns the audit does not read.
 */
const MOBILITY_TOOL_PLUS: readonly (readonly [string, AuditField | null])[] = [
  ["Grant Agreement No.", null],
  ["Activity No.", null],
  ["Activity Type", "activity"],
  ["Long-term Activity", null],
  ["Participant Id", "participant"],
  ["First Name", null],
  ["Participant Date of Birth", null],
  ["Participant Gender", null],
  ["Participant Email", null],
  ["Nationality", null],
  ["Accompanying Person", "accompanying"],
  ["Group Leader / Trainer / Facilitator", null],
  ["Participant With Special Needs", null],
  ["Participant With Fewer Opportunities", "fewerOpportunities"],
  ["European Solidarity Corps volunteer", null],
  ["European Solidarity Corps ID Nr", null],
  ["Participant Group", "group"],
  ["Mobility ID", null],
  ["Sending Organisation ID", null],
  ["Sending Organisation PIC", null],
  ["Sending Organisation Legal Name", null],
  ["Sending Organisation Business Name", null],
  ["Sending Organisation Full Legal Name (National Language)", null],
  ["Sending Organisation Acronym", null],
  ["Sending Organisation National ID (if applicable)", null],
  ["Sending Organisation Department", null],
  ["Sending Organisation Type", null],
  ["Sending Organisation Public Body", null],
  ["Sending Organisation Non-Profit", null],
  ["Sending Organisation number of employees below 250", null],
  ["Sending Organisation Legal Address", null],
  ["Sending Organisation VAT", null],
  ["Sending Organisation Country", "sendingCountry"],
  ["Sending Organisation Region", null],
  ["Sending Organisation P.O. Box", null],
  ["Sending Organisation Post Code", null],
  ["Sending Organisation CEDEX", null],
  ["Sending Organisation City", null],
  ["Sending Organisation Email", null],
  ["Sending Organisation Website", null],
  ["Sending Organisation Telephone 1", null],
  ["Sending Organisation Telephone 2", null],
  ["Sending Organisation Fax", null],
  ["Receiving Organisation ID", null],
  ["Receiving Organisation PIC", null],
  ["Receiving Organisation Legal Name", "hostOrganisation"],
  ["Receiving Organisation Business Name", "hostOrganisation"],
  ["Receiving Organisation Full Legal Name (National Language)", "hostOrganisation"],
  ["Receiving Organisation Acronym", null],
  ["Receiving Organisation National ID (if applicable)", null],
  ["Receiving Organisation Department", null],
  ["Receiving Organisation Type", null],
  ["Receiving Organisation Public Body", null],
  ["Receiving Organisation Non-Profit", null],
  ["Receiving Organisation number of employees below 250", null],
  ["Receiving Organisation Legal Address", null],
  ["Receiving Organisation VAT", null],
  ["Receiving Organisation Country", "hostCountry"],
  ["Receiving Organisation Region", null],
  ["Receiving Organisation P.O. Box", null],
  ["Receiving Organisation Post Code", null],
  ["Receiving Organisation CEDEX", null],
  ["Receiving Organisation City", null],
  ["Receiving Organisation Email", null],
  ["Receiving Organisation Website", null],
  ["Receiving Organisation Telephone 1", null],
  ["Receiving Organisation Telephone 2", null],
  ["Receiving Organisation Fax", null],
  ["Sending Country", "sendingCountry"],
  ["Sending City", null],
  ["Receiving Country", "hostCountry"],
  ["Receiving City", null],
  ["Distance Band", null],
  ["EU Travel Grant", null],
  ["No. of Expensive Domestic Travels", null],
  ['Top-up for "Expensive Domestic Travel Cost"', null],
  ['Total Top-up for "Expensive Domestic Travel Cost"', null],
  ["Expensive Domestic Travel Cost Description", null],
  ["Total EU Travel Grant", null],
  ["Total EU Travel Grant - Grant Not Required", null],
  ["Comments on different location than sending/receiving organisations", null],
  ["Main Instruction/Work/Volunteering Language", null],
  ["Native Speaker Or Duly Justified Exception", null],
  ["Linguistic Preparation", null],
  ["Linguistic Preparation Grant", null],
  ["Linguistic Preparation Grant - Grant Not Required", null],
  ["Other Used Language 1", null],
  ["Other Used Language 2", null],
  ["Other Used Language 3", null],
  ["Start Date", "start"],
  ["End Date", "end"],
  ["Duration Calculated (days)", "durationDays"],
  ["Interruption Duration (days)", null],
  ["Duration of Mobility Period (days)", "durationDays"],
  ["Travel Days (max. 2)", "travelDays"],
  ["Non-Funded Duration (days)", null],
  ["Funded Duration (days)", null],
  ["EU Individual Support", null],
  ["EU Individual Support - Grant Not Required", null],
  ["Organisational Support Grant/Day", null],
  ["Organisational Support", null],
  ["Organisational Support - Grant Not Required", null],
  ["EU Special Needs Support", null],
  ["EU Special Needs Support Comments", null],
  ["Exceptional Costs", null],
  ["Exceptional Costs Comments", null],
  ["Force Majeure ?", null],
  ["Force Majeure Explanations", null],
  ["EU Mobility Total Grant Calculated", null],
  ["Certifying Organisation ID 1", null],
  ["Recognition System 1", null],
  ["Certifying Organisation ID 2", null],
  ["Certification Type 2", null],
  ["Certifying Organisation ID 3", null],
  ["Certification Type 3", null],
  ["Overall Comments", null],
  ["Participant Report Requested On", null],
  ["Participant Report Received On", null],
  ["Draft Mobility", null],
];

describe("Mobility Tool+ export columns", () => {
  test("the table lists all 119 columns of the export", () => {
    expect(MOBILITY_TOOL_PLUS).toHaveLength(119);
  });

  test.each(MOBILITY_TOOL_PLUS.map(([label, field], i) => [i + 1, label, field] as const))("%i. %j → %s", (_n, label, field) => {
    expect(fieldOf(label)).toBe(field);
  });

  test("of several host organisation name columns the legal name is the most specific", () => {
    const legal = matchHeader("Receiving Organisation Legal Name");
    const business = matchHeader("Receiving Organisation Business Name");
    expect(legal && business && legal.strength > business.strength).toBe(true);
  });
});

describe("English headers a coordinator writes", () => {
  test.each<[string, AuditField]>([
    ["Participant", "participant"],
    ["Participant name", "participant"],
    ["Name", "participant"],
    ["Full name", "participant"],
    ["Name and surname", "participant"],
    ["Role", "role"],
    ["Participant type", "role"],
    ["Role of participant", "role"],
    ["Sector", "sector"],
    ["Field", "sector"],
    ["Activity", "activity"],
    ["Type of activity", "activity"],
    ["Mobility type", "activity"],
    ["Start", "start"],
    ["Start date", "start"],
    ["Date from", "start"],
    ["From", "start"],
    ["Start date (dd.mm.yyyy)", "start"],
    ["Planned start date", "start"],
    ["End", "end"],
    ["Date to", "end"],
    ["To", "end"],
    ["End date (dd/mm/yyyy)", "end"],
    ["Duration", "durationDays"],
    ["Duration (days)", "durationDays"],
    ["Number of days", "durationDays"],
    ["Days", "durationDays"],
    ["Travel days", "travelDays"],
    ["Number of travel days", "travelDays"],
    ["How many days count as travel days?", "travelDays"],
    ["Green travel", "greenTravel"],
    ["Green travel (yes/no)", "greenTravel"],
    ["Sustainable travel", "greenTravel"],
    ["Sending country", "sendingCountry"],
    ["Country of origin", "sendingCountry"],
    ["Host country", "hostCountry"],
    ["Destination country", "hostCountry"],
    ["Country", "hostCountry"],
    ["Host organisation", "hostOrganisation"],
    ["Host organization", "hostOrganisation"],
    ["Host institution", "hostOrganisation"],
    ["Receiving organisation", "hostOrganisation"],
    ["Group", "group"],
    ["Group No.", "group"],
    ["Group name", "group"],
    ["Mentor", "mentor"],
    ["Mentor name", "mentor"],
    ["Host mentor", "mentor"],
    ["Course", "course"],
    ["Course title", "course"],
    ["Training course", "course"],
    ["Fewer opportunities", "fewerOpportunities"],
    ["Fewer opportunities (yes/no)", "fewerOpportunities"],
    ["With fewer opportunities", "fewerOpportunities"],
    ["Recent graduate", "recentGraduate"],
    ["Recent graduate (yes/no)", "recentGraduate"],
    ["Graduation date", "graduationDate"],
    ["Date of graduation", "graduationDate"],
    ["Accompanying person", "accompanying"],
    ["Accompanying", "accompanying"],
    // Other MT+/Beneficiary Module wording (../shared/reference/headers/mobility-field-labels-11-languages.csv)
    ["Total number of days in this mobility", "durationDays"],
    ["Participant with fewer opportunities", "fewerOpportunities"],
    ["Last name", "surname"],
    ["Surname", "surname"],
  ])("%j → %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });
});

describe("Latvian headers, as written and inflected", () => {
  test.each<[string, AuditField]>([
    ["Dalībnieks", "participant"],
    ["Vārds, uzvārds", "participant"],
    ["Vārds Uzvārds", "participant"],
    ["Uzvārds, vārds", "participant"],
    ["Uzvārds", "surname"],
    ["Periods", "period"],
    ["Period", "period"],
    ["Mobilitātes periods", "period"],
    ["Mobility period", "period"],
    ["Dates of mobility", "period"],
    ["Mobilitātes datumi", "period"],
    ["Activity dates", "period"],
    ["Norises laiks", "period"],
    ["Dalībnieka uzvārds", "surname"],
    ["Dalībnieka vārds, uzvārds", "participant"],
    ["Izglītojamā vārds, uzvārds", "participant"],
    ["Loma", "role"],
    ["Dalībnieka loma", "role"],
    ["Dalībnieka statuss", "role"],
    ["Sektors", "sector"],
    ["Joma", "sector"],
    ["Aktivitāte", "activity"],
    ["Aktivitātes veids", "activity"],
    ["Mobilitātes veids", "activity"],
    ["Mobilitātes aktivitātes veids", "activity"],
    ["Sākuma datums", "start"],
    ["Sākums", "start"],
    ["Datums no", "start"],
    ["Mobilitātes sākuma datums", "start"],
    ["Plānotais sākuma datums", "start"],
    ["Beigu datums", "end"],
    ["Beigas", "end"],
    ["Datums līdz", "end"],
    ["Līdz", "end"],
    ["Ilgums", "durationDays"],
    ["Ilgums (dienas)", "durationDays"],
    ["Ilgums dienās", "durationDays"],
    ["Dienu skaits", "durationDays"],
    ["Mobilitātes ilgums", "durationDays"],
    ["Ceļošanas dienas", "travelDays"],
    ["Ceļa dienas", "travelDays"],
    ["Ceļa dienas (max 2)", "travelDays"],
    ["Ceļošanas dienu skaits", "travelDays"],
    ["Zaļais ceļojums", "greenTravel"],
    ["Zaļais ceļojums (jā/nē)", "greenTravel"],
    ["Zaļā ceļošana", "greenTravel"],
    ["Nosūtītājvalsts", "sendingCountry"],
    ["Nosūtošā valsts", "sendingCountry"],
    ["Izcelsmes valsts", "sendingCountry"],
    ["Uzņēmējvalsts", "hostCountry"],
    ["Uzņemošā valsts", "hostCountry"],
    ["Uzņemošās valsts", "hostCountry"],
    ["Galamērķa valsts", "hostCountry"],
    ["Valsts", "hostCountry"],
    ["Uzņemošā organizācija", "hostOrganisation"],
    ["Uzņemošās organizācijas nosaukums", "hostOrganisation"],
    ["Uzņemošās iestādes nosaukums", "hostOrganisation"],
    ["Uzņēmējorganizācija", "hostOrganisation"],
    ["Partnerorganizācija", "hostOrganisation"],
    ["Grupa", "group"],
    ["Grupas nosaukums", "group"],
    ["Grupas Nr.", "group"],
    ["Mentors", "mentor"],
    ["Galvenais mentors", "mentor"],
    ["Mentora vārds", "mentor"],
    ["Mentora vārds, uzvārds", "mentor"],
    ["Kurss", "course"],
    ["Kursi", "course"],
    ["Kursa nosaukums", "course"],
    ["Kursu nosaukums", "course"],
    ["Mācību kursa nosaukums", "course"],
    ["Mazākas iespējas", "fewerOpportunities"],
    ["Mazākas iespējas (jā/nē)", "fewerOpportunities"],
    ["Ar mazākām iespējām", "fewerOpportunities"],
    ["Dalībnieks ar mazākām iespējām", "fewerOpportunities"],
    ["Izglītojamais ar mazākām iespējām", "fewerOpportunities"],
    ["Nesens absolvents", "recentGraduate"],
    ["Absolvents", "recentGraduate"],
    ["Absolvēšanas datums", "graduationDate"],
    ["Pavadošā persona", "accompanying"],
    ["Pavadošā persona (jā/nē)", "accompanying"],
    ["Pavadošais", "accompanying"],
    ["Pavadonis", "accompanying"],
  ])("%j → %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });
});

describe("case, diacritics, punctuation, brackets and word order do not matter", () => {
  test.each<[string, AuditField]>([
    ["DATUMS, SĀKUMA", "start"],
    ["sakuma datums", "start"],
    ["SĀKUMA DATUMS", "start"],
    ["Sākuma_datums", "start"],
    ["sākuma-datums:", "start"],
    ["  Sākuma   datums  ", "start"],
    ["Sākuma datums*", "start"],
    ["beigu datums (dd.mm.gggg.)", "end"],
    ["DATE, END", "end"],
    ["uznemosas organizacijas nosaukums", "hostOrganisation"],
    ["NOSAUKUMS, UZŅEMOŠĀS ORGANIZĀCIJAS", "hostOrganisation"],
    ["uzvards vards", "participant"],
    ["Ilgums [dienas]", "durationDays"],
    ["Ilgums {d.}", "durationDays"],
    ["mazakas iespejas", "fewerOpportunities"],
    ["IESPĒJAS MAZĀKAS", "fewerOpportunities"],
    ["Country, receiving", "hostCountry"],
    ["Date, start", "start"],
    ["Travel days – max. 2", "travelDays"],
    ["Start\ndate", "start"],
  ])("%j → %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  test("a qualifier in brackets can say which country or date a column holds", () => {
    expect(fieldOf("Country (sending)")).toBe("sendingCountry");
    expect(fieldOf("Country (receiving)")).toBe("hostCountry");
    expect(fieldOf("Valsts (nosūtītāja)")).toBe("sendingCountry");
    expect(fieldOf("Valsts (uzņemošā)")).toBe("hostCountry");
    expect(fieldOf("Datums (no)")).toBe("start");
    expect(fieldOf("Datums (līdz)")).toBe("end");
  });

  test("but a qualifier in brackets does not make a column out of another one", () => {
    expect(fieldOf("Mobility ID (start date)")).toBeNull();
    expect(fieldOf("Participant Id (name)")).toBe("participant");
  });
});

describe("columns that are not a field", () => {
  test.each([
    "Receiving Organisation ID",
    "Receiving Organisation PIC",
    "Sending Organisation PIC",
    "Sending Organisation",
    "Nosūtošā organizācija",
    "Participant Date of Birth",
    "Date of birth",
    "Dzimšanas datums",
    "Grant Agreement No.",
    "Activity No.",
    "Participant No.",
    "Mobility ID",
    "No.",
    "Nr.",
    "Nr. p.k.",
    "#",
    "Piezīmes",
    "Comments",
    "Komentāri",
    "Notes",
    "E-pasts",
    "E-mail",
    "Tālrunis",
    "Personas kods",
    "Pilsēta",
    "Receiving City",
    "Summa",
    "Budget (EUR)",
    "Attālums (km)",
    "Distance band",
    "Date",
    "Datums",
    "Type",
    "ID",
    "Total",
    "Kopā",
    "Erasmus+ KA122 mobilitātes plāns",
    "",
    "   ",
    "—",
    "(dienas)",
    "()",
    "2026",
    "01.06.2026",
  ])("%j is not recognised", (header) => {
    expect(fieldOf(header)).toBeNull();
  });

  test("30,000-character headers and script text", () => {
    expect(fieldOf("Sākuma datums ".repeat(2_143))).toBe("start"); // the same two words repeated are still the start date
    expect(fieldOf("x".repeat(30_000))).toBeNull();
    expect(fieldOf(`Sākuma datums ${"x".repeat(30_000)}`)).toBeNull();
    expect(fieldOf("<script>alert('Sākuma datums')</script>")).toBeNull();
  });
});

describe("the label table", () => {
  const entries = (Object.entries(HEADER_LABELS) as [AuditField, readonly string[]][]).flatMap(([field, labels]) =>
    labels.map((label) => [label, field] as const),
  );

  test.each(entries)("the label %j is recognised as %s", (label, field) => {
    expect(fieldOf(label)).toBe(field);
  });

  test("no two fields share a label once normalised", () => {
    const byWords = new Map<string, AuditField>();
    for (const [label, field] of entries) {
      const key = [...new Set(headerWords(label))].sort().join(" ");
      const other = byWords.get(key);
      if (other !== undefined) expect(`${label}: ${field}`).toBe(`${label}: ${other}`);
      byWords.set(key, field);
    }
  });
});

describe("headerWords", () => {
  test.each([
    ["Sākuma datums", ["sakum", "datum"]],
    ["Uzņemošās organizācijas", ["uznemos", "organizacij"]],
    ["Uzņemošā organizācija", ["uznemos", "organizacij"]],
    ["Ilgums (dienas)", ["ilgum"]],
    ["Travel Days (max. 2)", ["travel", "day"]],
    ["Vārds, uzvārds", ["vard", "uzvard"]],
    ["", []],
  ])("%j → %j", (text, words) => {
    expect(headerWords(text)).toEqual(words);
  });
});
