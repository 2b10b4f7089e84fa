/**
 * The rates file: one National Agency's daily rates, checked against the Guide's ranges (PG26 p.99, 120, 140). A file
 * that does not fit is refused with the key at fault.
 */
import { parseRatesText, ratesProblemText, readRates } from "../../../src/rules/funding/rates-file";

/** Every rate at its range's minimum: a valid file. */
function valid(): Record<string, unknown> {
  return {
    agency: "LV01",
    individualSupport: {
      staff: { group1: 107, group2: 95, group3: 84 },
      "vet-learners": { group1: 48, group2: 41, group3: 36 },
      "school-pupils": { group1: 48, group2: 41, group3: 36 },
      "adult-learners": { group1: 48, group2: 41, group3: 36 },
    },
  };
}

/** The valid file with one rate changed. */
function withRate(category: string, group: string, value: unknown) {
  const file = valid() as { individualSupport: Record<string, Record<string, unknown>> };
  file.individualSupport[category][group] = value;
  return file;
}

describe("a valid rates file", () => {
  test("every rate at its minimum and the agency's name", () => {
    const read = readRates(valid());
    expect(read).toEqual({
      ok: true,
      rates: {
        agency: "LV01",
        individualSupport: {
          staff: { 1: 107, 2: 95, 3: 84 },
          "vet-learners": { 1: 48, 2: 41, 3: 36 },
          "school-pupils": { 1: 48, 2: 41, 3: 36 },
          "adult-learners": { 1: 48, 2: 41, 3: 36 },
        },
      },
    });
  });

  test.each<[string, string, number]>([
    ["staff", "group1", 191],
    ["staff", "group3", 148],
    ["school-pupils", "group1", 85],
    ["school-pupils", "group2", 74],
    ["vet-learners", "group1", 127],
    ["adult-learners", "group3", 93],
  ])("%s %s at its maximum, %d", (category, group, value) => {
    expect(readRates(withRate(category, group, value)).ok).toBe(true);
  });
});

describe("a rates file refused, naming the key", () => {
  test.each<[string, unknown, string]>([
    [
      "staff, group 1, one under the range",
      withRate("staff", "group1", 106),
      "individualSupport.staff.group1: 106 EUR is outside the Guide's range 107–191 EUR (PG26 p.99, 120, 140)",
    ],
    [
      "staff, group 1, one over",
      withRate("staff", "group1", 192),
      "individualSupport.staff.group1: 192 EUR is outside the Guide's range 107–191 EUR (PG26 p.99, 120, 140)",
    ],
    [
      "pupils, group 1, over",
      withRate("school-pupils", "group1", 86),
      "individualSupport.school-pupils.group1: 86 EUR is outside the Guide's range 48–85 EUR (PG26 p.120)",
    ],
    [
      "VET learners, group 3, under",
      withRate("vet-learners", "group3", 35),
      "individualSupport.vet-learners.group3: 35 EUR is outside the Guide's range 36–93 EUR (PG26 p.99)",
    ],
    ["a rate in cents", withRate("staff", "group2", 100.5), "individualSupport.staff.group2: 100.5 is not a rate in whole euros"],
    ["a rate as text", withRate("staff", "group2", "120"), 'individualSupport.staff.group2: "120" is not a rate in whole euros'],
    ["a missing group", withRate("staff", "group3", undefined), "individualSupport.staff.group3: missing"],
    ["an unknown group", withRate("staff", "group4", 100), "individualSupport.staff.group4: unknown key"],
    [
      "an unknown category",
      { ...valid(), individualSupport: { ...(valid().individualSupport as object), pupils: {} } },
      "individualSupport.pupils: unknown key",
    ],
    ["an unknown top-level key", { ...valid(), travel: {} }, "travel: unknown key"],
    ["no individual support", { agency: "LV01" }, "individualSupport: missing"],
  ])("%s", (_name, file, message) => {
    const read = readRates(file);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(ratesProblemText(read.problem, "en")).toBe(message);
  });

  test("text that is not JSON", () => {
    const read = parseRatesText("{ staff: 100 ");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.kind).toBe("not-json");
  });

  test("in Latvian", () => {
    const read = readRates(withRate("staff", "group1", 200));
    if (read.ok) throw new Error("accepted");
    expect(ratesProblemText(read.problem, "lv")).toBe(
      "individualSupport.staff.group1: 200 EUR ir ārpus Programmas ceļveža diapazona 107–191 EUR (PG26 p.99, 120, 140)",
    );
  });
});
