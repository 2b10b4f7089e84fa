/** --sector, --project-start, --project-end, --call, --sending-country, --action override the workbook's project settings. */
import { join } from "node:path";
import { day, planWorkbook, run, tempDir, writeWorkbook } from "./helpers";

const dir = tempDir();

interface Report {
  project: Record<string, string>;
  issues: { rule: string; cell: string | null; field: string | null }[];
}

async function audit(file: string, ...options: string[]): Promise<{ code: number; json: Report }> {
  const { code, stdout } = await run([file, "--json", ...options]);
  return { code, json: JSON.parse(stdout) };
}

describe("project overrides", () => {
  let file: string;
  beforeAll(async () => {
    // A VET project; a short-term pupil mobility (the English name of the school entry: school education only) on
    // row 8, 12 days in June 2027. (The Latvian "Skolēnu …" wordings are every sector's own, rules-2026.md §1.)
    file = await writeWorkbook(
      join(dir, "plan.xlsx"),
      planWorkbook([
        ["Anna Bērziņa", "Short-term learning mobility of pupils", day("2027-06-07"), day("2027-06-18"), "Vācija", "Schule Köln"],
      ]),
    );
  });

  test("without overrides the workbook's settings apply", async () => {
    const { json } = await audit(file);
    expect(json.project).toEqual({ sector: "VET", call: "2026-R1", start: "2026-09-01", end: "2027-08-31", country: "Latvija" });
  });

  test("--sector: a school activity is wrong in the workbook's VET project, fine in a school project", async () => {
    const vet = await audit(file);
    expect(vet.code).toBe(1);
    expect(vet.json.issues).toContainEqual(expect.objectContaining({ rule: "activity-not-in-sector", cell: "B8" }));
    const sch = await audit(file, "--sector", "SCH");
    expect(sch.json.project.sector).toBe("SCH");
    expect(sch.json.issues).toEqual([]);
    expect(sch.code).toBe(0);
  });

  test("--project-start and --project-end: the activity falls outside a shorter project", async () => {
    const { code, json } = await audit(file, "--sector", "SCH", "--project-start", "01.09.2026", "--project-end", "2027-05-31");
    expect(json.project).toMatchObject({ start: "2026-09-01", end: "2027-05-31" });
    expect(json.issues).toContainEqual(expect.objectContaining({ rule: "outside-project-period", cell: "D8" }));
    expect(code).toBe(1);
  });

  test("--action KA121: the accredited project's start and duration rules apply instead of KA122's", async () => {
    const { json } = await audit(file, "--sector", "SCH", "--action", "KA121");
    expect(json.project.action).toBe("KA121");
    // The workbook's project runs 1 September 2026 – 31 August 2027: an accredited project starts on 1 June 2026.
    expect(json.issues.map((i) => i.rule).sort()).toEqual(["ka121-duration-short", "ka121-start"]);
    const written = await audit(
      file,
      "--sector",
      "SCH",
      "--action",
      "akreditētie projekti",
      "--project-start",
      "2026-06-01",
      "--project-end",
      "2027-08-31",
    );
    expect(written.json.project.action).toBe("KA121");
    expect(written.json.issues).toEqual([]);
    const shortTerm = await audit(file, "--sector", "SCH", "--action", "KA122");
    expect([shortTerm.json.project.action, shortTerm.json.issues]).toEqual(["KA122", []]);
  });

  test("--call: a round-2 project must start in 2027", async () => {
    const { json } = await audit(file, "--call", "2026-R2");
    expect(json.project.call).toBe("2026-R2");
    expect(json.issues).toContainEqual(expect.objectContaining({ rule: "project-start-outside-call", cell: null }));
  });

  test("--sending-country: a German school cannot send to Germany", async () => {
    const { json } = await audit(file, "--sector", "SCH", "--sending-country", "DE");
    expect(json.project.country).toBe("DE");
    expect(json.issues).toContainEqual(expect.objectContaining({ rule: "host-same-as-sending", cell: "E8" }));
  });

  test("overrides also fill settings the workbook lacks", async () => {
    const bare = planWorkbook();
    const sheet = bare.worksheets[0];
    for (let row = 2; row <= 6; row++) sheet.getRow(row).values = [];
    const path = await writeWorkbook(join(dir, "bare.xlsx"), bare);
    const without = await audit(path);
    expect(without.json.project).toEqual({});
    const given = await audit(
      path,
      "--sector",
      "Skolu izglītība",
      "--call",
      "1. kārta",
      "--project-start",
      "2026-09-01",
      "--project-end",
      "2027-08-31",
      "--sending-country",
      "Latvija",
    );
    expect(given.json.project).toEqual({ sector: "SCH", call: "2026-R1", start: "2026-09-01", end: "2027-08-31", country: "LV" });
    expect(given.json.issues).toEqual([]);
    expect(given.code).toBe(0);
  });
});
