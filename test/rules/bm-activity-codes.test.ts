/**
 * The Beneficiary Module's activity types (../shared/reference/headers/beneficiary-module-activity-codes.csv): each
 * row's code, English name and the Latvian label of the national agency's material resolve to that row's catalog
 * entry in its sector (src/rules/resolve.ts reads the codes from catalog.ts); the higher-education codes do not.
 */
import { resolveActivity, type Sector } from "../../src/rules";

/** The file's rows: sector, code, English name, Latvian label(s) (" / " between two). */
const BM_ACTIVITY_TYPES: readonly (readonly [Sector, string, string, string])[] = [
  ["VET", "LM-SKILL-VET", "Participation in VET skills competitions", "Dalība PIA prasmju konkursos"],
  ["VET", "LM-SHORT-VET", "Short-term learning mobility of VET learners", "Īstermiņa audzēkņu mobilitāte"],
  ["VET", "LM-LONG-VET", "Long-term learning mobility of VET learners (ErasmusPro)", "Ilgtermiņa audzēkņu mobilitāte"],
  ["VET", "SM-JOB-SHDW", "Job-shadowing", '"Ēnošana" darbā'],
  ["VET", "SM-TTA", "Teaching or training assignments", "Norīkošana mācīšanai vai apmācībai / Nodarbību vadīšana"],
  ["VET", "SM-COUR-TRAIN", "Courses and training", "Kursi un apmācības"],
  ["VET", "OA-INV-EXP", "Invited experts", "Ekspertu uzaicināšana / Ekspertu uzņemšana"],
  ["VET", "OA-HOS-TTT", "Hosting teachers and educators in training", "Apmācības jomas skolotāju un izglītotāju uzņemšana praksē"],
  ["SCH", "LM-GRP-PUPIL", "Group mobility of school pupils", "Izglītojamo grupu mobilitāte"],
  ["SCH", "LM-SHORT-PUPIL", "Short-term learning mobility of pupils", "Izglītojamo īstermiņa mācību mobilitāte"],
  ["SCH", "LM-LONG-PUPILS", "Long-term learning mobility of pupils", "Izglītojamo ilgtermiņa mācību mobilitāte"],
  ["SCH", "SM-JOB-SHDW", "Job-shadowing", '"Ēnošana" darbā'],
  ["SCH", "SM-TTA", "Teaching or training assignments", "Norīkošana mācīšanai vai apmācībai"],
  ["SCH", "SM-COUR-TRAIN", "Courses and training", "Kursi un apmācības"],
  ["SCH", "OA-INV-EXP", "Invited experts", "Ekspertu uzaicināšana"],
  ["SCH", "OA-HOS-TTT", "Hosting teachers and educators in training", "Apmācības jomas skolotāju un izglītotāju uzņemšana praksē"],
];

/** The code of the entry `label` resolves to in `sector`, or the resolution kind when it is not found. */
function codeOf(label: string, sector?: Sector): string {
  const found = resolveActivity(label, sector);
  return found.kind === "found" ? found.type.code : found.kind;
}

const cases = BM_ACTIVITY_TYPES.flatMap(([sector, code, en, lv]) =>
  [code, code.toLowerCase(), en, ...lv.split(" / ")].map((label) => [sector, label, code] as const),
);

test.each(cases)("%s: %j → %s", (sector, label, code) => {
  expect(codeOf(label, sector)).toBe(code);
});

test.each([
  ["LM-SHORT-VET", "SCH"],
  ["LM-GRP-PUPIL", "VET"],
  ["LM-SKILL-VET", "ADU"],
] as const)("a code names its sector: %s in %s is not in the sector", (code, sector) => {
  expect(codeOf(code, sector)).toBe("not-in-sector");
});

test.each(["HE-SMS", "HE-SMT", "HE-STA", "HE-STT", "HE-BIP"])("the higher-education code %s is no KA121/KA122 activity", (code) => {
  expect(codeOf(code, "VET")).toBe("unknown");
});
