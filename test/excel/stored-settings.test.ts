/** The pane's settings read back from the workbook: what cannot be used is dropped and reported, never thrown. */
import fc from "fast-check";
import { parseSettings } from "../../src/excel/stored-settings";

const full = {
  project: { call: "2026-R1", sector: "VET", start: "2026-09-01", end: "2027-08-31", country: "LV" },
  mappings: { Plan: { headerRow: 7, columns: { hostCountry: "J", group: null } } },
  language: "lv" as const,
};

describe("stored settings", () => {
  it("read back what was saved, from text or an object", () => {
    expect(parseSettings(JSON.stringify(full))).toEqual({ settings: full, ignored: false });
    expect(parseSettings(full)).toEqual({ settings: full, ignored: false });
  });

  it("read an older version's settings that lack a language and mappings", () => {
    expect(parseSettings('{"project":{"sector":"SCH"}}')).toEqual({
      settings: { project: { sector: "SCH" }, mappings: {} },
      ignored: false,
    });
  });

  it("tidy what they can: trimmed text, upper-case letters, blank values dropped, unknown keys ignored", () => {
    expect(parseSettings({ project: { call: " 2026-R1 ", end: "  " }, mappings: { A: { columns: { end: " e " } } }, other: 1 })).toEqual({
      settings: { project: { call: "2026-R1" }, mappings: { A: { columns: { end: "E" } } } },
      ignored: false,
    });
  });

  it("drop each value they cannot use, keep the rest, and say so", () => {
    expect(
      parseSettings({
        project: { sector: 3, call: " 2026-R1 " },
        mappings: { A: { headerRow: -1, columns: { start: "D1", end: "e" } }, B: 5 },
        language: "de",
      }),
    ).toEqual({
      settings: { project: { call: "2026-R1" }, mappings: { A: { columns: { end: "E" } } } },
      ignored: true,
    });
    expect(parseSettings("not json")).toEqual({ settings: { project: {}, mappings: {} }, ignored: true });
    expect(parseSettings([1, 2])).toEqual({ settings: { project: {}, mappings: {} }, ignored: true });
  });

  it("never throw, and always give settings of the right shape", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string(),
        ),
        (value) => {
          const { settings } = parseSettings(value);
          expect(typeof settings.project).toBe("object");
          expect(typeof settings.mappings).toBe("object");
          for (const v of Object.values(settings.project)) expect(typeof v).toBe("string");
          expect([undefined, "en", "lv"]).toContain(settings.language);
        },
      ),
      { seed: 811, numRuns: 500 },
    );
  });

  it("never throw on saved settings with one value replaced, and keep the values not touched", () => {
    const paths = [
      ["project", "sector"],
      ["project", "start"],
      ["mappings", "Plan", "headerRow"],
      ["mappings", "Plan", "columns", "hostCountry"],
      ["language"],
      ["mappings", "Plan"],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, by) => {
        const tampered = JSON.parse(JSON.stringify(full)) as Record<string, unknown>;
        let at: Record<string, unknown> = tampered;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
        at[path[path.length - 1]] = by;
        const { settings } = parseSettings(JSON.stringify(tampered));
        if (path[0] !== "project") expect(settings.project).toEqual(full.project);
        if (path[0] !== "language") expect(settings.language).toBe("lv");
      }),
      { seed: 812, numRuns: 300 },
    );
  });
});
