/**
 * Column recognition (src/audit/headers.ts over src/audit/header-labels.ts): what coordinators and the EU's tools call
 * each column, in English and Latvian, whatever the case, diacritics, punctuation, units in brackets and word order;
 * and the columns that look alike but hold something else (ids, PICs, birth dates, row numbers, notes).
 */
import { HEADER_LABELS, STAND_IN_LABELS, headerWords, matchHeader, type AuditField } from "../../src/audit";

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
  ["Group Leader / Trainer / Facilitator", "accompanying"],
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
  ["Distance Band", "distanceBand"],
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

/**
 * The Beneficiary Module's participant fields in ten languages (../shared/reference/headers/mobility-field-labels-11-
 * languages.csv, its columns en de fr es it nl lt hu ro ca; its Greek column is left out: header words are Latin
 * letters), with the field each holds or null for those the audit does not read.
 */
const BM_LABELS: readonly (readonly [key: string, field: AuditField | null, labels: readonly string[]])[] = [
  [
    "host_organisation",
    "hostOrganisation",
    [
      "Host organisation",
      "Gastgeber-Organisation",
      "Structure d'accueil",
      "Organización de acogida",
      "Organizzazione ospitante",
      "Gastorganisatie",
      "Priimančioji organizacija",
      "Fogadó szervezet",
      "Organizatia gazda",
      "Organització d'acollida",
    ],
  ],
  [
    "sending_organisation",
    null,
    [
      "Sending organisation",
      "Entsendende Organisation",
      "Structure d'envoi",
      "Organización de envío",
      "Organizzazione di invio",
      "Zendende organisatie",
      "Siunčiančioji organizacija",
      "Küldő szervezet",
      "Organizatia de trimitere",
      "Organització d'enviament",
    ],
  ],
  [
    "total_number_days_mobility",
    "durationDays",
    [
      "Total number of days in this mobility",
      "Gesamtzahl der Tage in dieser Mobilität",
      "Nombre total de jours dans cette mobilité",
      "Número total de días en esta movilidad",
      "Numero totale giorni di questa mobilità",
      "totaal aantal dagen in deze mobiliteit",
      "Pilnas dienų skaičius",
      "Összes nap ebben a mobilitásban",
      "Numarul total de zile in aceata mobilitate",
      "Nombre total de dies d'aquesta mobilitat",
    ],
  ],
  [
    "Erasmus+ grant agreement number",
    null,
    [
      "Erasmus+ grant agreement number",
      "Erasmus+ Fördervereinbarungsnummer",
      "Numéro d'accord de subvention Erasmus+",
      "Número de convenio Erasmus+",
      "Numero della convenzione di sovvenzione Erasmus+",
      "Erasmus + projectnummer",
      "Erasmus + dotacijos sutarties numeris",
      "Erasmus+ támogatási szerződés szám",
      "Numarul acordului de finantare Erasmus +",
      "Número de conveni Erasmus+",
    ],
  ],
  [
    "Main working language(s)",
    null,
    [
      "Main working language(s)",
      "Hauptsächlich genutzte Sprache(n)",
      "Principale(s) langue(s) de travail",
      "Idioma(s) vehicular(es) principal(es)",
      "Lingue principali usate nell'attività",
      "Meest gebruikte taal tijdens de activiteit",
      "Pagrindinė (-ės) darbinės kalba (-os)",
      "Fő munkanyelv(ek)",
      "Limba (limbile) principala de lucru",
      "Idioma/es vehicular/s principal/s",
    ],
  ],
  ["Gender", null, ["Gender", "Geschlecht", "Genre", "Género", "Genere", "Geslacht", "Lytis", "Nem", "Sex", "Gènere"]],
  [
    "Nationality",
    null,
    [
      "Nationality",
      "Nationalität",
      "Nationalité",
      "Nacionalidad",
      "Nazionalità",
      "Nationaliteit",
      "Tautybė",
      "Nemzetiség",
      "Nationalitatea",
      "Nacionalitat",
    ],
  ],
  [
    "Sending organisation",
    null,
    [
      "Sending organisation",
      "Entsendeorganisation",
      "Structure d'envoi",
      "Organización de acogida",
      "Organizzazione di invio",
      "Verzendende organisatie",
      "Siunčianti organizacija",
      "Küldő szervezet",
      "Organizatia de trimitere",
      "Organització d'acollida",
    ],
  ],
  [
    "Participant with special needs",
    null,
    [
      "Participant with special needs",
      "Teilnehmer*in mit speziellen Bedürfnissen",
      "Participant avec des besoins spéciaux",
      "Participante con necesidades especiales",
      "Partecipanti con esigenze speciali",
      "Deelnemer met speciale behoeften",
      "Dalyvis su specialiais poreikiais",
      "Speciális igényű résztvevő",
      "Participant cu nevoi speciale",
      "Participant amb necessitats especials",
    ],
  ],
  [
    "EU grant for participants with special needs",
    null,
    [
      "EU grant for participants with special needs",
      "EU-Förderung für Teilnehmer*innen mit speziellen Bedürfnissen",
      "NO--TRANSLATION",
      "Ayuda UE para participantes con necesidades especiales",
      "Sostegno dell'UE per partecipanti con esigenze speciali",
      "EU-subsidie voor deelnemers met speciale behoeften",
      "ES stipendija specialiųjų poreikių turintiems dalyviams",
      "A speciális igényű résztvevők számára megítélt uniós támogatás",
      "Finantare EU pentru participant cu nevoi speciale",
      "Ajut UE per participants amb necessitats especials",
    ],
  ],
  [
    "Accompanying person for participant with special needs",
    "accompanying",
    [
      "Accompanying person for participant with special needs",
      "Begleitperson für Teilnehmer*innen mit speziellen Bedürfnissen",
      "Personne accompagnant le participant avec des besoins spéciaux",
      "Acompañante para participante con necesidades especiales",
      "Accompagnatore di partecipanti con esigenze speciali",
      "Begeleidende persoon voor deelnemer met speciale behoeften",
      "Lydintysis asmuo dalyviui su specialiais poreikiais",
      "Speciális igényű résztvevőt kísérő személy",
      "Insotitor pentru participant cu nevoi speciale",
      "Acompanyant per participant amb necessitats especials",
    ],
  ],
  [
    "Participant with fewer opportunities",
    "fewerOpportunities",
    [
      "Participant with fewer opportunities",
      "Teilnehmer*in mit geringeren Chancen",
      "Participant avec moins d'opportunités",
      "Participante desfavorecid@",
      "Partecipante con minori opportunità",
      "Deelnemer met minder kansen",
      "Mažiau galimybių turintis",
      "Hátrányos helyzetű résztvevő",
      "Participant defavorizat",
      "Participant desfavorit/da",
    ],
  ],
  [
    "Group leader / trainer",
    "accompanying",
    [
      "Group leader / trainer",
      "Gruppenleiter*in / Trainer*in",
      "Chef de groupe",
      "Responsable de grupo / formador/a",
      "Leader di gruppo / formatore",
      "Groepsleider / trainer",
      "Grupės vadovas / treneris",
      "Csoportvezető / tréner",
      "Lider de grup / Trainer",
      "Responsable de grup / formador/a",
    ],
  ],
  [
    "Distance band",
    "distanceBand",
    [
      "Distance band",
      "Distanzband",
      "Bande de distance",
      "Tramo de distancia",
      "Fascia chilometrica",
      "Afstand band",
      "Atstumo skaičiuoklė",
      "Távolsági sáv",
      "Distanta",
      "Tram de distància",
    ],
  ],
  [
    "Main Working Language",
    null,
    [
      "Main Working Language",
      "Hauptsächlich genutzte Sprache(n)",
      "Principale langue de travail",
      "Idioma principal",
      "Lingua di lavoro principale",
      "Hoofdwerktaal",
      "Pagrindinė darbinė kalba",
      "Elsődleges munkanyelv",
      "Limba de lucru principala",
      "Idioma principal",
    ],
  ],
  [
    "Exceptional costs",
    null,
    [
      "Exceptional costs",
      "Außergewöhnliche Kosten",
      "Coûts exceptionnels",
      "Gastos excepcionales",
      "Costi eccezionali",
      "Uitzonderlijke kosten",
      "Specialiosios išlaidos",
      "Rendkívüli költségek",
      "Costuri exceptionale",
      "Despeses excepcionals",
    ],
  ],
  [
    "EU Travel grant NOT required",
    null,
    [
      "EU Travel grant NOT required",
      "EU Reisekostenförderung NICHT benötigt",
      "Subvention de trajet de l'UE NON requise",
      "No se precisa ayuda de viajes UE",
      "Sovvenzione UE per spese di viaggio NON richiesta",
      "EU-reisbeurs NIET vereist",
      "ES kelionės dotacija NEPRIVALOMA",
      "EU-s utazási támogatás NEM szükséges",
      "Finantare EU de calatorie NESOLICITATA",
      "No cal ajut de viatges UE",
    ],
  ],
  [
    "EU individual support grant NOT required",
    null,
    [
      "EU individual support grant NOT required",
      "EU-Zuschuss zu den Aufenthaltskosten NICHT benötigt",
      "Subvention de soutien individuel de l'UE NON requise",
      "No se precisa ayuda de apoyo personal",
      "Sovvenzione UE per sostegno individuale NON richiesta",
      "EU individuele steunverlening NIET vereist",
      "ES individualios paramos dotacija NEPRIVALOMA",
      "EU-s személyi támogatás NEM szükséges",
      "Finanatare EU de sprijin individual NESOLICITATA",
      "No cal ajut de suport personal",
    ],
  ],
  [
    "EU organisational support grant NOT required",
    null,
    [
      "EU organisational support grant NOT required",
      "EU-Zuschuss für organisatorische Unterstützung NICHT benötigt",
      "Subvention de soutien structurel de l'UE NON requise",
      "No se precisa ayuda de apoyo para la organización",
      "Sovvenzione UE per sostegno organizzativo NON richiesta",
      "EU-subsidie voor organisatieondersteuning NIET vereist",
      "ES organizacinės paramos dotacija NEPRIVALOMA",
      "EU-s szervezési támogatás NEM szükséges",
      "Finantare EU de suport organization NESOLICITATA",
      "No cal ajut de suport per a l'organització",
    ],
  ],
  [
    "How many days count as travel days?",
    "travelDays",
    [
      "How many days count as travel days?",
      "Wie viele Tage zählen als Reisetage?",
      "Combien de jours comptent comme des jours de trajets",
      "¿Cuántos días cuentan como días de viaje?",
      "Quanti giorni sono da considerarsi giorni di viaggio?",
      "Hoeveel dagen tellen als reisdagen?",
      "Kiek dienų laikomos kelionės dienomis?",
      "Hány nap számít utazási napnak?",
      "Cate zile se iau in considerare ca zile de calatorie?",
      "Quants dies compten com a dies de viatge?",
    ],
  ],
  [
    "Missed days",
    null,
    [
      "Missed days",
      "Verpasste Tage",
      "Jours manqués",
      "Días perdidos",
      "Giorni persi",
      "Gemiste dagen",
      "Praleistos dienos",
      "Kimaradt napok",
      "Zile lipsa",
      "Dies perduts",
    ],
  ],
  [
    "How many days without funding?",
    null,
    [
      "How many days without funding?",
      "Wie viele Tage ohne Förderung?",
      "Combien de jours sans financement?",
      "¿Cuántos días sin financiación?",
      "Quanti giorni senza finanziamento?",
      "Hoeveel dagen zonder financiering?",
      "Kiek dienų be finansavimo?",
      "Hány nem támogatott nap van?",
      "Cate zile fara finantare?",
      "Quants dies sense finançament?",
    ],
  ],
  [
    "Participant couldn’t stay for the full planned activity due to force majeure?",
    null,
    [
      "Participant couldn’t stay for the full planned activity due to force majeure?",
      "Teilnehmer*innen konnten aufgrund höherer Gewalt nicht für die geplante Gesamtdauer der Aktivität bleiben?",
      "Les participants ne pouvaient pas rester durant toute l'activité plannifiée à cause de force majeure?",
      "Si el/la participante no se pudo quedar durante toda la actividad, ¿fue por razones de fuerza mayor?",
      "Il/la partecipante non ha potuto essere presente per tutta la durata dell'attività per causa di forza maggiore?",
      "Deelnemer kon niet blijven voor de volledige geplande activiteit als gevolg van overmacht?",
      "Dėl force majeure dalyvis negalėjo likti visai suplanuotai veiklai?",
      "A résztvevő vis maior miatt nem tudott ott lenni a teljes tevékenységen?",
      "Participantul nu a putut sa participe la intreaga activitate planificata din cauza de forta majora?",
      "Si el / la participant no es va poder quedar durant tota l'activitat, va ser per raons de força major?",
    ],
  ],
  [
    "Explanation for that case of force majeure",
    null,
    [
      "Explanation for that case of force majeure",
      "Erklärung für diesen Fall höherer Gewalt",
      "Explication pour ce cas de force majeure",
      "Justificación del caso de fuerza mayor",
      "Spiegazione per i casi di forza maggiore",
      "Toelichting bij dat geval van overmacht",
      "Force majeure atvejų išaiškinimai",
      "A vis maior leírása",
      "Explicatie pentru situatia de forta majora",
      "Justificació del cas de força major",
    ],
  ],
  [
    "Sending Organisation ID",
    null,
    [
      "Sending Organisation ID",
      "ID der entsendenden Organisation",
      "Structure d'envoi ID",
      "Identificador de la organización de envío",
      "ID Organizzazione di invio",
      "Organisatie-ID verzenden",
      "Siunčiančio organizacijos ID",
      "Küldő szervezet azonosító",
      "ID Organizatie de trimitere",
      "Identificador de l'organització d'enviament",
    ],
  ],
  [
    "group leader",
    "accompanying",
    [
      "group leader",
      "Gruppenleiter*in",
      "youth leader",
      "responsable de grupo",
      "leader di gruppo",
      "Groepsleider",
      "grupės vadovas",
      "csoportvezető",
      "Lider de grup",
      "responsable de grup",
    ],
  ],
];

/** Where the file's translation is wrong: its second "Sending organisation" row says "host organisation" in es and ca. */
const BM_MISTRANSLATED: Readonly<Record<string, AuditField>> = {
  "Organización de acogida": "hostOrganisation",
  "Organització d'acollida": "hostOrganisation",
};

describe("Beneficiary Module labels in ten languages", () => {
  const cases = BM_LABELS.flatMap(([key, field, labels]) => labels.map((label) => [key, label, BM_MISTRANSLATED[label] ?? field] as const));

  test("the table holds the file's 26 rows of ten labels", () => {
    expect(cases).toHaveLength(260);
  });

  test.each(cases)("%s: %j → %s", (_key, label, field) => {
    expect(fieldOf(label)).toBe(field);
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
    ["Distance (km)", "distanceKm"],
    ["One-way distance (km)", "distanceKm"],
    ["Distance band", "distanceBand"],
    ["Linguistic support (yes/no)", "linguisticSupport"],
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

describe("partners' headers in German, French, Italian and Lithuanian", () => {
  test.each<[string, AuditField]>([
    ["Teilnehmer*in", "participant"],
    ["Nachname, Vorname", "participant"],
    ["Nachname", "surname"],
    ["Aktivitätstyp", "activity"],
    ["Art der Aktivität", "activity"],
    ["Beginn", "start"],
    ["Startdatum", "start"],
    ["Von", "start"],
    ["Datum von", "start"],
    ["Ende", "end"],
    ["Enddatum", "end"],
    ["Bis", "end"],
    ["Dauer (Tage)", "durationDays"],
    ["Anzahl der Tage", "durationDays"],
    ["Reisetage", "travelDays"],
    ["Gastland", "hostCountry"],
    ["Land", "hostCountry"],
    ["Herkunftsland", "sendingCountry"],
    ["Gastorganisation", "hostOrganisation"],
    ["Begleitperson", "accompanying"],
    ["Nom et prénom", "participant"],
    ["Nom de famille", "surname"],
    ["Type d'activité", "activity"],
    ["Date de début", "start"],
    ["Date début", "start"],
    ["Date de fin", "end"],
    ["Durée (jours)", "durationDays"],
    ["Nombre de jours", "durationDays"],
    ["Pays d'accueil", "hostCountry"],
    ["Pays d'envoi", "sendingCountry"],
    ["Organisme d'accueil", "hostOrganisation"],
    ["Moins d'opportunités", "fewerOpportunities"],
    ["Nome e cognome", "participant"],
    ["Cognome", "surname"],
    ["Tipo di attività", "activity"],
    ["Data di inizio", "start"],
    ["Data inizio", "start"],
    ["Data di fine", "end"],
    ["Data fine", "end"],
    ["Durata (giorni)", "durationDays"],
    ["Giorni di viaggio", "travelDays"],
    ["Paese ospitante", "hostCountry"],
    ["Paese di destinazione", "hostCountry"],
    ["Paese di origine", "sendingCountry"],
    ["Minori opportunità", "fewerOpportunities"],
    ["Accompagnatore", "accompanying"],
    ["Vardas, pavardė", "participant"],
    ["Pavardė", "surname"],
    ["Veiklos tipas", "activity"],
    ["Pradžios data", "start"],
    ["Pabaigos data", "end"],
    ["Nuo", "start"],
    ["Iki", "end"],
    ["Trukmė (dienomis)", "durationDays"],
    ["Kelionės dienos", "travelDays"],
    ["Priimančioji šalis", "hostCountry"],
    ["Šalis", "hostCountry"],
    ["Siunčiančioji šalis", "sendingCountry"],
    ["Priimančioji organizacija", "hostOrganisation"],
    ["Lydintysis asmuo", "accompanying"],
  ])("%j → %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });
});

describe("near misses: a wider vocabulary takes no column for another field", () => {
  test.each<[string, AuditField | null]>([
    // The sending organisation is no field, and never the host organisation.
    ["Sending organisation", null],
    ["Sending organisation name", null],
    ["Sending Organisation Legal Name", null],
    ["Entsendende Organisation", null],
    ["Entsendeorganisation", null],
    ["Structure d'envoi", null],
    ["Organizzazione di invio", null],
    ["Siunčiančioji organizacija", null],
    ["Nosūtošā organizācija", null],
    ["Nom de l'organisation d'envoi", null],
    // A participant with something is that something, not the participant.
    ["Participant with fewer opportunities", "fewerOpportunities"],
    ["Teilnehmer*in mit geringeren Chancen", "fewerOpportunities"],
    ["Participant with special needs", null],
    ["Dalyvis su specialiais poreikiais", null],
    ["Teilnehmer*in mit speziellen Bedürfnissen", null],
    ["EU grant for participants with special needs", null],
    ["Participant Email", null],
    ["Participant Gender", null],
    ["Participant Date of Birth", null],
    // A group leader is an accompanying person, not a group; a group is a group.
    ["Group leader", "accompanying"],
    ["Groepsleider", "accompanying"],
    ["Group", "group"],
    ["Participant group", "group"],
    ["Accompanying person for participant with special needs", "accompanying"],
    // The Latvian group leader's column often names the leader: not a yes/no, not read.
    ["Grupas vadītājs", null],
    ["Trainer", null],
    ["Formatore", null],
    // Dates that are not the mobility's.
    ["Date de naissance", null],
    ["Geburtsdatum", null],
    ["Data di nascita", null],
    ["Gimimo data", null],
    ["Ende der Förderung", null],
    // Days that are not the duration.
    ["Missed days", null],
    ["Jours manqués", null],
    ["How many days without funding?", null],
    ["Wie viele Tage ohne Förderung?", null],
    ["Non-Funded Duration (days)", null],
    ["Interruption Duration (days)", null],
    // Row numbers, and "No" alone (Latvian "from" only beside "Līdz": find-table.ts).
    ["No", null],
    ["No.", null],
    ["Nr.", null],
    ["Nr.p.k.", null],
    ["N.p.k.", null],
    ["Nr. p. k.", null],
    ["Grant Agreement No.", null],
    // People's other attributes.
    ["Nationalität", null],
    ["Nationalité", null],
    ["Tautybė", null],
    ["Geschlecht", null],
    ["Prénom", null],
    ["First name", null],
    ["Pays de naissance", null],
  ])("%j → %s", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });
});

describe("stand-in labels (STAND_IN_LABELS)", () => {
  test("a stand-in ranks below every label of its field", () => {
    const standIn = matchHeader("Group Leader / Trainer / Facilitator");
    const label = matchHeader("Accompanying");
    expect(standIn?.field).toBe("accompanying");
    expect(standIn && label && standIn.strength < label.strength).toBe(true);
  });

  test("a header a label names is the label's, though a stand-in names it too", () => {
    expect(fieldOf("Accompanying person")).toBe("accompanying");
    expect(matchHeader("Accompanying person")?.strength).toBe(2);
  });
});

describe("Latvian headers, as written and inflected", () => {
  test.each<[string, AuditField]>([
    ["Dalībnieks", "participant"],
    ["Vārds, uzvārds", "participant"],
    ["Vārds Uzvārds", "participant"],
    ["Uzvārds, vārds", "participant"],
    ["Uzvārds", "surname"],
    ["Attālums (km)", "distanceKm"],
    ["Attāluma josla", "distanceBand"],
    ["Valodas atbalsts (jā/nē)", "linguisticSupport"],
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

  const standIns = (Object.entries(STAND_IN_LABELS) as [AuditField, readonly string[]][]).flatMap(([field, labels]) =>
    labels.map((label) => [label, field] as const),
  );

  test.each(standIns)("the stand-in label %j is recognised as %s", (label, field) => {
    expect(fieldOf(label)).toBe(field);
  });

  test("no stand-in is also a label once normalised", () => {
    const key = (label: string) => [...new Set(headerWords(label))].sort().join(" ");
    const labelKeys = new Set(entries.map(([label]) => key(label)));
    expect(standIns.filter(([label]) => labelKeys.has(key(label)))).toEqual([]);
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
