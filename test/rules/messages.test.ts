/**
 * Messages (each rule module's, written with src/rules/messages): every rule has an English and a Latvian message, each
 * a readable sentence for its example parameters, naming the values that matter, with dates written the language's way.
 */
import {
  FORMATTERS,
  LANGUAGES,
  MESSAGES,
  RULES,
  RULE_IDS,
  fieldName,
  formatIssue,
  issue,
  type Language,
  type RuleId,
} from "../../src/rules";
import { RULE_DEFINITIONS } from "../../src/rules/rules";

/** Each rule's example parameters, declared by its module: the registry makes the table complete. */
const example = (rule: RuleId): object => RULE_DEFINITIONS[rule].example;

/** What each message must show, in both languages, beyond being a sentence: the values a reader acts on. */
const MENTIONS: { readonly [R in RuleId]?: { readonly en: readonly string[]; readonly lv: readonly string[] } } = {
  "value-unreadable": { en: ["30/02/2026", "start date"], lv: ["30/02/2026", "sākuma datums"] },
  "cell-error": { en: ["#VALUE!"], lv: ["#VALUE!"] },
  "date-ambiguous": {
    en: ["03/04/2026", "3 Apr 2026 or 4 Mar 2026", "start date"],
    lv: ["03/04/2026", "03.04.2026. vai 04.03.2026.", "sākuma datums"],
  },
  "date-month-first": { en: ["12/25/2026", "25 Dec 2026"], lv: ["12/25/2026", "25.12.2026."] },
  "sector-unknown": { en: ["VTE", "VET"], lv: ["VTE", "VET"] },
  "activity-unknown": { en: ["Ernošana", "Ēnošana"], lv: ["Ernošana", "Ēnošana"] },
  "activity-not-in-sector": {
    en: ["Skills competitions", "Participation in VET skills competitions", "VET sector", "SCH"],
    lv: ["Skills competitions", "Dalība PIA prasmju konkursos", "VET sektora", "SCH"],
  },
  "country-unknown": { en: ["Vacia", "Vācija", "host country"], lv: ["Vacia", "Vācija", "uzņēmējvalsts"] },
  "call-unknown": { en: ["2026-R3", "2026-R2"], lv: ["2026-R3", "2026-R2"] },
  "date-order": { en: ["11 Sep 2026", "7 Sep 2026"], lv: ["11.09.2026.", "07.09.2026."] },
  "duration-below-min": { en: ["Job shadowing", "1", "2"], lv: ["“Ēnošana” darbā", "1 diena", "2 dienas"] },
  "duration-above-max": { en: ["Courses and training", "11", "10"], lv: ["Kursi un apmācības", "11 dienas", "10 dienas"] },
  "fewer-opportunities-short": {
    en: ["Short-term learning mobility of VET learners", "9", "10", "2"],
    // SEED-003's name of the VET entry first (rules-2026.md §1).
    lv: ["Izglītojamo īstermiņa mācību mobilitāte", "9 dienas", "10 dienas", "no 2 dienām"],
  },
  "duration-mismatch": { en: ["7", "5"], lv: ["7 dienas", "5 dienas"] },
  "outside-project-period": {
    en: ["1 Jun 2027", "5 Jun 2027", "1 Jun 2026", "31 May 2027"],
    lv: ["01.06.2027.", "05.06.2027.", "01.06.2026.", "31.05.2027."],
  },
  "country-not-eligible": { en: ["Switzerland", "IS, LI, NO, MK, RS, TR"], lv: ["Šveice", "IS, LI, NO, MK, RS, TR"] },
  "host-same-as-sending": { en: ["Latvia"], lv: ["Latvija"] },
  "incoming-from-own-country": { en: ["Invited experts", "Latvia"], lv: ["Ekspertu uzaicināšana", "Latvija"] },
  "travel-days-exceeded": {
    en: ["3 travel days", "2 travel days", "6", "1 day is not funded"],
    lv: ["3 ceļošanas dienas", "2 ceļošanas dienām", "6", "1 papildu diena netiek finansēta"],
  },
  "group-too-small": { en: ["Grupa A", "1 learner;", "2"], lv: ["Grupa A", "1 izglītojamais", "2 izglītojamos"] },
  "group-not-accompanied": { en: ["Grupa A", "7 Sep 2026", "18 Sep 2026"], lv: ["Grupa A", "07.09.2026.", "18.09.2026."] },
  "group-two-countries": { en: ["Grupa A", "two countries"], lv: ["Grupa A", "divām valstīm"] },
  "recent-graduate-too-late": {
    en: ["21 Jun 2026", "12 months", "20 Jun 2025", "civil or military service"],
    lv: ["21.06.2026.", "12 mēnešus", "20.06.2025.", "civilais vai militārais dienests"],
  },
  "course-too-many-together": { en: ["4 persons", "Digital classroom", "3"], lv: ["4 personas", "Digital classroom", "3"] },
  "course-too-many-same-title": { en: ["5 persons", "Digital classroom", "3"], lv: ["5 personas", "Digital classroom", "3"] },
  "course-repeated": { en: ["Anna Bērziņa", "2"], lv: ["Anna Bērziņa", "2 kursi"] },
  "mentor-overbooked": { en: ["3", "Dr. Müller", "2"], lv: ["3", "Dr. Müller", "2"] },
  "prep-visit-too-many": { en: ["4 persons", "Berufskolleg Köln", "3"], lv: ["4 personas", "Berufskolleg Köln", "3"] },
  "prep-visit-second": { en: ["Berufskolleg Köln", "6 Jul 2026"], lv: ["Berufskolleg Köln", "06.07.2026."] },
  "prep-visit-courses-only": { en: ["Europass Academy"], lv: ["Europass Academy"] },
  "project-cap-exceeded": {
    en: ["45 mobility activities", "30", "no. 31", "KA122"],
    lv: ["45 mobilitātes aktivitātes", "30", "31.", "KA122"],
  },
  "mentor-missing": { en: ["Job shadowing", "main mentor"], lv: ["“Ēnošana” darbā", "galvenajam mentoram"] },
  "action-unknown": { en: ["KA131", "KA121 and KA122", "KA122 project rules"], lv: ["KA131", "KA121 un KA122", "KA122"] },
  "country-excluded": { en: ["Russia", "Belarus"], lv: ["Krievija", "Baltkrieviju"] },
  "third-country-venue": {
    en: ["United States", "KA121", "Job shadowing", "20 %"],
    lv: ["Amerikas Savienotās Valstis", "KA121", "“Ēnošana” darbā", "20 %"],
  },
  "ka121-call-round": { en: ["KA121", "round 2", "1 June"], lv: ["KA121", "2. kārta", "1. jūnijā"] },
  "ka121-start": { en: ["1 Sep 2026", "1 Jun 2026", "KA121"], lv: ["01.09.2026.", "01.06.2026.", "KA121"] },
  "ka121-duration-short": { en: ["1 Jun 2026", "30 Aug 2027", "15 months"], lv: ["01.06.2026.", "30.08.2027.", "15 mēnešus"] },
  "ka121-duration-prolongation": {
    en: ["1 Sep 2027", "15 months", "24 months", "prolongation"],
    lv: ["01.09.2027.", "15 mēnešiem", "24 mēnešiem", "pagarinājumu"],
  },
  "ka121-duration-too-long": { en: ["1 Jun 2028", "24 months", "15 months"], lv: ["01.06.2028.", "24 mēnešiem", "15 mēnešus"] },
  "project-duration": { en: ["1 Jun 2026", "29 Nov 2026", "6", "18"], lv: ["01.06.2026.", "29.11.2026.", "6", "18"] },
  "project-start-outside-call": {
    en: ["31 May 2026", "1 Jun 2026", "31 Dec 2026", "round 1"],
    lv: ["31.05.2026.", "01.06.2026.", "31.12.2026.", "1. kārta"],
  },
};

function message(rule: RuleId, language: Language, params: object = example(rule)): string {
  return formatIssue({ ...issue(rule, params as never, { activityId: "r1" }) }, language);
}

const cases = RULE_IDS.flatMap((rule) => LANGUAGES.map((language) => [rule, language] as const));

describe("the rule table", () => {
  test("has unique ids, and its ids are exactly the message keys in both languages", () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const language of LANGUAGES) expect(Object.keys(MESSAGES[language]).sort()).toEqual([...RULE_IDS].sort());
  });

  test.each(RULE_IDS)("%s names its source", (rule) => {
    expect(RULES[rule].source.trim()).not.toBe("");
    expect(RULES[rule].source).toMatch(/PG26 p\.\d+|SEED-\d{3}|rules-2026\.md|audit/);
  });
});

describe("every message", () => {
  test.each(cases)("%s (%s) is a non-empty sentence with no leaked values", (rule, language) => {
    const text = message(rule, language);
    expect(text.trim().length).toBeGreaterThan(10);
    expect(text).not.toMatch(/undefined|\[object Object\]|NaN|null/);
    expect(text).toMatch(/[.?!)]$/);
  });

  test.each(RULE_IDS)('%s (en) agrees nouns with numbers: never "day(s)" or "learner(s)"', (rule) => {
    expect(message(rule, "en")).not.toMatch(/\(s\)/);
  });

  test.each(RULE_IDS)("%s differs between English and Latvian", (rule) => {
    expect(message(rule, "lv")).not.toBe(message(rule, "en"));
  });

  test.each(cases)("%s (%s) names the values a reader needs", (rule, language) => {
    const text = message(rule, language);
    for (const expected of MENTIONS[rule]?.[language] ?? []) expect(text).toContain(expected);
  });

  test.each(cases)("%s (%s) writes no ISO date in Latvian and no Latvian date in English", (rule, language) => {
    const text = message(rule, language);
    if (language === "lv") expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    else expect(text).not.toMatch(/\d{2}\.\d{2}\.\d{4}/);
  });
});

describe("dates in messages", () => {
  /** Every ISO date among a rule's example parameters. */
  const isoDates = (rule: RuleId): string[] =>
    Object.values(example(rule)).filter((v): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v));
  const withDates = RULE_IDS.filter((rule) => isoDates(rule).length > 0);

  test("some rules name dates", () => {
    expect(withDates.length).toBeGreaterThanOrEqual(10);
  });

  test.each(withDates)("%s shows its example dates as 5 Oct 2026 in English and 05.10.2026. in Latvian", (rule) => {
    for (const iso of isoDates(rule)) {
      expect(message(rule, "en")).toContain(FORMATTERS.en.date(iso));
      expect(message(rule, "lv")).toContain(FORMATTERS.lv.date(iso));
    }
    expect(message(rule, "en")).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(message(rule, "lv")).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  test.each(RULE_IDS)("%s (lv) never puts a second full stop after a date", (rule) => {
    expect(message(rule, "lv")).not.toMatch(/\d{2}\.\d{2}\.\d{4}\.\s*\./);
    expect(message(rule, "lv")).not.toMatch(/\.\s*\./);
  });
});

describe("optional suggestions", () => {
  const withSuggestion = ["sector-unknown", "activity-unknown", "country-unknown", "role-unknown", "call-unknown"] as const;

  test.each(withSuggestion.flatMap((rule) => LANGUAGES.map((language) => [rule, language] as const)))(
    "%s (%s) offers a suggestion when there is one, and reads well without",
    (rule, language) => {
      const { suggestion: _ignored, ...without } = example(rule) as { suggestion?: string };
      const plain = message(rule, language, without);
      expect(plain).not.toMatch(/undefined|Did you mean|Vai domājāt/);
      const suggested = message(rule, language, { ...without, suggestion: "Zzz label" });
      expect(suggested).toContain("Zzz label");
      expect(suggested).toMatch(language === "en" ? /Did you mean/ : /Vai domājāt/);
    },
  );
});

describe("the formatters", () => {
  test("a Latvian sentence that ends with a date ends with the date's own dot", () => {
    const text = formatIssue(issue("ka121-start", { start: "2026-09-01", expected: "2026-06-01" }, { activityId: "1" }), "lv");
    expect(text.endsWith("sākas 01.06.2026.")).toBe(true);
    expect(text).not.toMatch(/\.\s*\.$/);
  });

  test.each([
    ["2026-01-01", "1 Jan 2026", "01.01.2026."],
    ["2026-12-31", "31 Dec 2026", "31.12.2026."],
    ["2026-10-05", "5 Oct 2026", "05.10.2026."],
    ["2026-06-09", "9 Jun 2026", "09.06.2026."],
    ["2026-02-10", "10 Feb 2026", "10.02.2026."],
    ["2027-05-12", "12 May 2027", "12.05.2027."],
    ["2028-02-29", "29 Feb 2028", "29.02.2028."],
  ])("date %s is %s in English and %s in Latvian", (iso, en, lv) => {
    expect(FORMATTERS.en.date(iso)).toBe(en);
    expect(FORMATTERS.en.date(iso)).toMatch(/^[1-9]\d? [A-Z][a-z]{2} \d{4}$/);
    expect(FORMATTERS.lv.date(iso)).toBe(lv);
    expect(FORMATTERS.lv.date(iso)).toMatch(/^\d{2}\.\d{2}\.\d{4}\.$/);
  });

  test("every month has its English short name", () => {
    const months = Array.from({ length: 12 }, (_, i) => FORMATTERS.en.date(`2026-${String(i + 1).padStart(2, "0")}-15`).split(" ")[1]);
    expect(months).toEqual(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]);
  });

  test("a text that is no date is shown as written", () => {
    expect(FORMATTERS.lv.date("soon")).toBe("soon");
  });

  test("an activity with its sector is named by the sector's entry; without, by its family", () => {
    expect(FORMATTERS.en.activity({ family: "group-mobility", sector: "SCH" })).toBe("Group mobility of school pupils");
    expect(FORMATTERS.en.activity({ family: "group-mobility" })).toBe("Group mobility of learners");
    expect(FORMATTERS.lv.activity({ family: "job-shadowing", sector: "ADU" })).toBe("“Ēnošana” darbā");
    expect(FORMATTERS.lv.activity({ family: "preparatory-visit" })).toBe("Sagatavošanās vizīte");
  });

  test("countries and call rounds are named in the language; unknown codes are shown as written", () => {
    expect(FORMATTERS.en.country("EL")).toBe("Greece");
    expect(FORMATTERS.lv.country("GR")).toBe("Grieķija");
    expect(FORMATTERS.lv.country("Atlantis")).toBe("Atlantis");
    expect(FORMATTERS.en.call("2026-R2")).toBe("2026 call, round 2");
    expect(FORMATTERS.lv.call("2026-R1")).toBe("2026. gada konkurss, 1. kārta");
  });

  test("long cell text is cut when quoted", () => {
    const quoted = FORMATTERS.en.quote("x".repeat(500));
    expect(quoted.length).toBeLessThan(80);
    expect(quoted).toContain("…");
  });

  test.each([
    ["course-too-many-together", { course: "C", count: 21, max: 3 }, "21 persona", "21 persons"],
    ["course-repeated", { participant: "P", count: 21 }, "21 kurss", "21 courses"],
    ["prep-visit-too-many", { host: "H", count: 21, max: 3 }, "21 persona", "21 persons"],
    ["group-too-small", { group: "G", learners: 1, min: 2 }, "1 izglītojamais", "1 learner;"],
    ["duration-below-min", { activity: { family: "job-shadowing" }, days: 1, min: 2 }, "1 diena", "1 day;"],
    ["travel-days-exceeded", { days: 21, max: 2, green: false, greenMax: 6 }, "21 ceļošanas diena", "21 travel days"],
    ["project-cap-exceeded", { position: 31, count: 41, max: 30 }, "41 mobilitātes aktivitāte;", "41 mobility activities"],
  ] as const)("%s: Latvian %j and English %j agree with their numbers", (rule, params, lv, en) => {
    expect(message(rule, "lv", params)).toContain(lv);
    expect(message(rule, "en", params)).toContain(en);
  });

  test("Latvian day counts agree with the number (1 diena, 11 dienas, 21 diena)", () => {
    const text = (days: number) => message("duration-mismatch", "lv", { stated: days, days: 2 });
    expect(text(1)).toContain("1 diena,");
    expect(text(11)).toContain("11 dienas");
    expect(text(21)).toContain("21 diena,");
    expect(text(30)).toContain("30 dienas");
  });

  test("field names exist in both languages and differ", () => {
    for (const field of ["start", "hostCountry", "mentor", "call"] as const) {
      expect(fieldName(field, "en")).not.toBe("");
      expect(fieldName(field, "lv")).not.toBe(fieldName(field, "en"));
    }
  });
});
