/** --rules (src/cli/rules-table.ts): the activity catalog as a table, or as JSON { activities: [...] }. */
import { ACTIVITY_TYPES } from "../../src/rules";
import { run } from "./helpers";

/** rules-2026.md §1, row by row: code, sectors, min–max days (null: no limit set). */
const SPEC: readonly [code: string, sectors: string, min: number | null, max: number | null][] = [
  ["SM-JOB-SHDW", "VET SCH ADU", 2, 60],
  ["SM-TTA", "VET SCH ADU", 2, 365],
  ["SM-COUR-TRAIN", "VET SCH ADU", 2, 10],
  ["LM-SKILL-VET", "VET", 1, 10],
  ["LM-GRP-VET", "VET", 2, 30],
  ["LM-SHORT-VET", "VET", 10, 89],
  ["LM-LONG-VET", "VET", 90, 365],
  ["LM-GRP-PUPIL", "SCH", 2, 30],
  ["LM-SHORT-PUPIL", "SCH", 10, 29],
  ["LM-LONG-PUPILS", "SCH", 30, 365],
  ["LM-GRP-ADU", "ADU", 2, 30],
  ["LM-SHORT-ADU", "ADU", 2, 29],
  ["LM-LONG-ADU", "ADU", 30, 365],
  ["OA-INV-EXP", "VET SCH ADU", 2, 60],
  ["OA-HOS-TTT", "VET SCH ADU", 10, 365],
  ["PREP-VISIT", "VET SCH ADU", null, null],
];
const SPEC_ENTRIES = SPEC.flatMap(([code, sectors, minDays, maxDays]) =>
  sectors.split(" ").map((sector) => ({ sector, code, minDays, maxDays })),
);

describe("--rules --json", () => {
  let json: { activities: Record<string, unknown>[] };
  let code: number;
  beforeAll(async () => {
    const result = await run(["--rules", "--json"]);
    code = result.code;
    json = JSON.parse(result.stdout);
  });

  test("exits 0 and lists all 28 catalog entries with sector, code, en, lv, minDays, maxDays, and whether the code is official", () => {
    expect(code).toBe(0);
    expect(Object.keys(json)).toEqual(["activities"]);
    expect(json.activities).toHaveLength(28);
    expect(json.activities).toEqual(
      ACTIVITY_TYPES.map((t) => ({
        sector: t.sector,
        code: t.code,
        en: t.en,
        lv: t.lv,
        minDays: t.minDays,
        maxDays: t.maxDays,
        officialCode: t.officialCode,
      })),
    );
    for (const entry of json.activities) {
      expect(Object.keys(entry)).toEqual(["sector", "code", "en", "lv", "minDays", "maxDays", "officialCode"]);
    }
    // rules-2026.md §1 (*): no official Beneficiary Module code was found for these.
    const own = json.activities.filter((a) => a.officialCode === false).map((a) => a.code);
    expect([...new Set(own)].sort()).toEqual(["LM-GRP-ADU", "LM-GRP-VET", "LM-LONG-ADU", "LM-SHORT-ADU", "PREP-VISIT"]);
  });

  test("lists every activity of rules-2026.md with its limits", () => {
    expect(SPEC_ENTRIES).toHaveLength(28);
    for (const entry of SPEC_ENTRIES) expect(json.activities).toContainEqual(expect.objectContaining(entry));
  });
});

describe("--rules as a table", () => {
  test("a header, a rule, one line per entry and the note on this project's own codes", async () => {
    const { code, stdout } = await run(["--rules", "--lang", "en"]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Sector\s+Code\s+English\s+Latvian\s+Min days\s+Max days$/);
    expect(lines[1]).toMatch(/^-+( +-+){5}$/);
    const rows = lines.slice(2, 2 + ACTIVITY_TYPES.length);
    ACTIVITY_TYPES.forEach((type, i) => {
      expect(rows[i].startsWith(`${type.sector}  `)).toBe(true);
      expect(rows[i]).toContain(type.officialCode ? `${type.code} ` : `${type.code}*`);
      expect(rows[i]).toContain(type.en);
      expect(rows[i]).toContain(type.lv);
      expect(rows[i]).toMatch(type.minDays === null ? /—\s+—$/ : new RegExp(`\\s${type.minDays}\\s+${type.maxDays}$`));
    });
    expect(lines[lines.length - 1]).toMatch(/^\* this project's own code/);
  });

  test("in Latvian", async () => {
    const { stdout } = await run(["--rules", "--lang", "lv"]);
    expect(stdout).toMatch(/^Sektors\s+Kods\s+Angliski\s+Latviski\s+Min\. dienas\s+Maks\. dienas\n/);
    expect(stdout).toContain("Kursi un apmācības");
  });
});
