/** Argument parsing (src/cli/args.ts): the options of the issue, checked values, usage errors. */
import { UsageError, parseCliArgs } from "../../src/cli/args";
import { run } from "./helpers";

describe("parseCliArgs", () => {
  test("no arguments: audit the example, text report, no overrides", () => {
    expect(parseCliArgs([])).toEqual({ command: "audit", json: false, project: {} });
  });

  test("a file and every option", () => {
    expect(
      parseCliArgs([
        "plan.xlsx",
        "--json",
        "--lang",
        "lv",
        "--out",
        "copy.xlsx",
        "--sector",
        "vet",
        "--call",
        "1. kārta",
        "--project-start",
        "01.06.2026",
        "--project-end=2027-05-31",
        "--sending-country",
        "Latvija",
        "--action",
        "ka121-vet",
      ]),
    ).toEqual({
      command: "audit",
      file: "plan.xlsx",
      json: true,
      language: "lv",
      out: "copy.xlsx",
      project: { sector: "VET", call: "2026-R1", start: "2026-06-01", end: "2027-05-31", country: "LV", action: "KA121" },
    });
  });

  test("project dates may name their month, in Latvian or English", () => {
    expect(parseCliArgs(["plan.xlsx", "--project-start", "2026. gada 1. jūnijs", "--project-end", "31 May 2027"])).toMatchObject({
      project: { start: "2026-06-01", end: "2027-05-31" },
    });
  });

  test("options may come before the file, and after --", () => {
    expect(parseCliArgs(["--json", "--", "plan.xlsx"])).toMatchObject({ command: "audit", file: "plan.xlsx", json: true });
  });

  test("--rules, with --json and --lang", () => {
    expect(parseCliArgs(["--rules"])).toEqual({ command: "rules", json: false });
    expect(parseCliArgs(["--rules", "--json", "--lang", "LV"])).toEqual({ command: "rules", json: true, language: "lv" });
  });

  test("-h and --help", () => {
    expect(parseCliArgs(["-h"])).toEqual({ command: "help" });
    expect(parseCliArgs(["plan.xlsx", "--help"])).toEqual({ command: "help" });
  });

  test.each([
    [["--bogus"], /unknown option --bogus/],
    [["-x"], /unknown option -x/],
    [["--lang"], /--lang needs a value/],
    [["--lang", "de"], /--lang: "de" is not a supported language/],
    [["--json=yes"], /--json takes no value/],
    [["a.xlsx", "b.xlsx"], /one file at a time/],
    [["--rules", "a.xlsx"], /--rules takes no file/],
    [["--sector", "HED"], /--sector: unknown sector "HED"/],
    [["--call", "2025-R3"], /--call: unknown call round/],
    [["--project-start", "next june"], /--project-start: "next june" is not a date/],
    [["--project-end", "2027-02-30"], /--project-end: "2027-02-30" is not a date/],
    [["--project-end", "30 Feb 2027"], /--project-end: "30 Feb 2027" is not a date/],
    [["--sending-country", "Atlantis"], /--sending-country: unknown country "Atlantis"/],
    [["--action", "KA131"], /--action: unknown action "KA131" \(KA121 or KA122\)/],
    [["--action", " "], /option --action needs a value/],
    [["--out", ""], /--out needs a value/],
  ])("%j is a usage error", (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe("usage errors in main()", () => {
  test("an unknown option exits 2 with one line naming it and pointing to --help, and reads no file", async () => {
    const { code, stdout, stderr } = await run(["--frobnicate", "missing.xlsx"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("mobility-audit: unknown option --frobnicate (mobility-audit --help shows the usage)\n");
  });

  test.each([[["--sector", "HED"]], [["--lang"]], [["a.xlsx", "b.xlsx"]], [["--out", ""]], [["--rules", "a.xlsx"]]])(
    "%j is one line on stderr",
    async (argv) => {
      const { code, stdout, stderr } = await run(argv);
      expect([code, stdout]).toEqual([2, ""]);
      expect(stderr).toMatch(/^mobility-audit: [^\n]+ \(mobility-audit --help shows the usage\)\n$/);
    },
  );

  test("a value with control characters is shown escaped", async () => {
    const { stderr } = await run(["--sector", "\u001b]0;owned\u0007"]);
    expect(stderr).toBe(
      'mobility-audit: --sector: unknown sector "\\x1b]0;owned\\x07" (VET, SCH or ADU) (mobility-audit --help shows the usage)\n',
    );
  });

  test("--help prints the options and exits 0", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(0);
    for (const option of [
      "--json",
      "--lang",
      "--out",
      "--sector",
      "--call",
      "--project-start",
      "--project-end",
      "--sending-country",
      "--action",
      "--rules",
    ]) {
      expect(stdout).toContain(option);
    }
    // What --out refuses, where relative paths are read from, and the signal exit status are said too.
    expect(stdout).toMatch(/never a pipe, device or folder, and not \.xlsm/);
    expect(stdout).toContain("Relative paths are read from the folder the command is run in");
    expect(stdout).toContain("128 + n");
  });
});
