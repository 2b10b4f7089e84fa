/**
 * Where the project settings came from, in both reports: `projectSources`, `projectNumber` and `settingsNotFound` in
 * --json (validated against ReportSchema), and the "Project settings" lines of the text report, through the command.
 */
import { join } from "node:path";
import { Workbook } from "exceljs";
import { ReportSchema } from "../../src/cli/report-schema";
import { HEADERS, day, planWorkbook, run, tempDir, writeWorkbook } from "./helpers";

const dir = tempDir();
const NUMBER = "2026-1-LV01-KA122-VET-000042917";
const ROW = ["Anna Bērziņa", "Ēnošana darbā", day("2026-10-05"), day("2026-10-09"), "Vācija", "Schule Köln"];

/** A plan whose only settings are a project number in its title and the period in one cell. */
function numberOnly(): Workbook {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("Plāns");
  sheet.getCell("A1").value = `Erasmus+ projekts Nr. ${NUMBER} „Prasmes Eiropā”`;
  sheet.getCell("A2").value = "Projekta īstenošanas periods:";
  sheet.getCell("B2").value = "01.09.2026.–31.08.2027.";
  sheet.getRow(4).values = HEADERS;
  sheet.getRow(5).values = ROW as never[];
  return workbook;
}

let numberFile: string;
let blockFile: string;
beforeAll(async () => {
  numberFile = await writeWorkbook(join(dir, "number.xlsx"), numberOnly());
  blockFile = await writeWorkbook(join(dir, "block.xlsx"), planWorkbook());
});

describe("--json", () => {
  test("a number in the title: the settings it gave name its cell, and nothing is missing", async () => {
    const { code, stdout } = await run([numberFile, "--json"]);
    const json = ReportSchema.parse(JSON.parse(stdout));
    expect(code).toBe(0);
    expect(json.project).toEqual({
      call: "2026-R1",
      country: "LV",
      action: "KA122",
      sector: "VET",
      start: "2026-09-01",
      end: "2027-08-31",
    });
    expect(json.projectSources).toEqual({
      number: "Plāns!A1",
      action: "Plāns!A1",
      sector: "Plāns!A1",
      call: "Plāns!A1",
      start: "Plāns!B2",
      end: "Plāns!B2",
      country: "Plāns!A1",
    });
    expect(json.projectNumber).toEqual({ number: NUMBER, cell: "Plāns!A1", gave: ["sector", "call", "country", "action"] });
    expect(json.settingsNotFound).toEqual([]);
  });

  test("a label/value block: each setting's cell; the number and the action were not found, with the words looked for", async () => {
    const { stdout } = await run([blockFile, "--json"]);
    const json = ReportSchema.parse(JSON.parse(stdout));
    expect(json.projectSources).toEqual({ sector: "Plāns!B2", call: "Plāns!B3", start: "Plāns!B4", end: "Plāns!B5", country: "Plāns!B6" });
    expect(json.projectNumber).toBeNull();
    expect(json.settingsNotFound.map((s) => s.setting)).toEqual(["number", "action"]);
    expect(json.settingsNotFound[0].lookedFor).toEqual(expect.arrayContaining(["Projekta numurs", "Līguma Nr.", "Grant agreement No."]));
    expect(json.settingsNotFound[1].lookedFor).toEqual(expect.arrayContaining(["Pamatdarbība", "Action"]));
  });

  test("a setting given on the command line has no source and is not missing", async () => {
    const { stdout } = await run([blockFile, "--json", "--sector", "SCH", "--action", "KA122"]);
    const json = ReportSchema.parse(JSON.parse(stdout));
    expect(json.projectSources.sector).toBeUndefined();
    expect(json.settingsNotFound.map((s) => s.setting)).toEqual(["number"]);
  });
});

describe("text report", () => {
  test("says each setting came from the project number, in English", async () => {
    const { stdout } = await run([numberFile, "--lang", "en"]);
    const lines = stdout.split("\n");
    const heading = lines.indexOf("Project settings:");
    expect(heading).toBeGreaterThan(0);
    expect(lines.slice(heading + 1, heading + 8)).toEqual([
      `  Project number: ${NUMBER} (Plāns!A1)`,
      "  Action: KA122 (from the project number in Plāns!A1)",
      "  Sector: VET (from the project number in Plāns!A1)",
      "  Call: 2026 call, round 1 (from the project number in Plāns!A1)",
      "  Project start: 1 Sep 2026 (Plāns!B2)",
      "  Project end: 31 Aug 2027 (Plāns!B2)",
      "  Country: Latvia (from the project number in Plāns!A1)",
    ]);
  });

  test("and in Latvian, with what was looked for when a setting is missing", async () => {
    const { stdout } = await run([blockFile, "--lang", "lv", "--sector", "SCH"]);
    expect(stdout).toContain("Projekta iestatījumi:");
    expect(stdout).toContain("  Sektors: SCH (norādīts komandrindā)");
    expect(stdout).toContain("  Konkursa kārta: 2026. gada konkurss, 1. kārta (Plāns!B3)");
    expect(stdout).toMatch(/^ {2}Projekta numurs: darbgrāmatā nav; meklētas etiķetes “Projekta numurs”, “Project number”, .*…$/m);
    expect(stdout).toMatch(/^ {2}Pamatdarbība: darbgrāmatā nav; meklētas etiķetes “Pamatdarbība”, “Action”/m);
  });
});
