/** Fills as the add-in compares them, and how it recognises its notes. */
import { fillOf, showsMark } from "../../src/excel/fills";
import { sheetOfAddress, textHash } from "../../src/excel/notes";

describe("fills", () => {
  it("tell no fill from white", () => {
    expect(fillOf("#FFFFFF", "None", "#000000")).toBeNull();
    expect(fillOf("#FFFFFF", "Solid", "#000000")).toEqual({ color: "#FFFFFF", pattern: "Solid" });
    expect(fillOf("#ffff00", "Gray25", "#ff0000")).toEqual({ color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" });
    expect(fillOf(null, null)).toBeUndefined();
  });

  it("show the add-in's mark while they have its colour", () => {
    expect(showsMark({ color: "#FFC7CE", pattern: "Solid" }, "#ffc7ce")).toBe(true);
    expect(showsMark({ color: "#FFC7CE", pattern: "Gray25", patternColor: "#000000" }, "#FFC7CE")).toBe(true);
    expect(showsMark({ color: "#FFC7CE", pattern: "Solid" }, "#FFEB9C")).toBe(false);
    expect(showsMark(null, "#FFC7CE")).toBe(false);
    expect(showsMark(undefined, "#FFC7CE")).toBe(false);
  });
});

describe("notes", () => {
  it("are recognised by a hash of their exact text", () => {
    expect(textHash("a")).toBe(textHash("a"));
    expect(textHash("a")).not.toBe(textHash("a "));
    // FNV-1a of "a" is 0xe40c292c; the length 1 follows in base 36.
    expect(textHash("a")).toBe("e40c292c1");
  });

  it("name their sheet in the address", () => {
    expect(sheetOfAddress("Plan!C5")).toBe("Plan");
    expect(sheetOfAddress("'Plāns 2026''s'!C5")).toBe("Plāns 2026's");
  });
});
