/**
 * Finding the plan table on a sheet (src/audit/find-table.ts): the header row anywhere in the first 30 sheet rows,
 * which column holds which field, the columns not recognised (and duplicates), and a caller's mapping over detection.
 */
import { columnLetter, columnNumber, findTable, type AuditField, type CellValue, type TableLayout } from "../../src/audit";
import { BASIC_FIELDS, sheet, staff, table } from "./helpers";

/** Field → column letter, as the report shows a layout (firstColumn: the sheet column of index 0). */
function letters(layout: TableLayout | undefined, firstColumn = 1): Partial<Record<AuditField, string>> {
  if (!layout) throw new Error("no table found");
  return Object.fromEntries([...layout.columns].map(([field, index]) => [field, columnLetter(firstColumn + index)]));
}

const PLAN = table(BASIC_FIELDS, [staff(), staff({ participant: "Jānis Ozols" })]);
const BLANK_ROW: CellValue[] = [];

describe("where the header row is", () => {
  test("on the first row", () => {
    const layout = findTable(sheet("Plāns", PLAN));
    expect(layout?.headerIndex).toBe(0);
    expect(layout?.headerRow).toBe(1);
    expect(letters(layout)).toEqual({ participant: "A", activity: "B", start: "C", end: "D", hostCountry: "E", hostOrganisation: "F" });
  });

  test("below a title, a project block and blank rows", () => {
    const rows: CellValue[][] = [
      ["Erasmus+ KA122 mobilitātes plāns", null, null, null],
      BLANK_ROW,
      ["Sektors", "VET"],
      ["Projekta sākums", "01.06.2026", "Projekta beigas", "31.05.2027"],
      ["Nosūtītājvalsts:", "LV"],
      BLANK_ROW,
      ...PLAN,
    ];
    const layout = findTable(sheet("Plāns", rows));
    expect(layout?.headerIndex).toBe(6);
    expect(layout?.headerRow).toBe(7);
  });

  test.each([
    [30, true],
    [31, false],
  ])("on sheet row %i: found is %s", (row, found) => {
    const rows: CellValue[][] = [...Array.from({ length: row - 1 }, () => BLANK_ROW), ...PLAN];
    expect(findTable(sheet("Plāns", rows))?.headerRow).toBe(found ? row : undefined);
  });

  test("the first 30 rows are the sheet's, not the used range's", () => {
    // The used range starts on row 25: its sixth row is sheet row 30, its seventh row 31.
    const at = (index: number) => [...Array.from({ length: index }, () => BLANK_ROW), ...PLAN];
    expect(findTable(sheet("Plāns", at(5), { firstRow: 25 }))?.headerRow).toBe(30);
    expect(findTable(sheet("Plāns", at(6), { firstRow: 25 }))).toBeUndefined();
  });

  test("a used range that starts at C5 gives sheet rows and columns", () => {
    const layout = findTable(sheet("Plāns", [["Plāns"], BLANK_ROW, ...PLAN], { firstRow: 5, firstColumn: 3 }));
    expect(layout?.headerRow).toBe(7);
    expect(letters(layout, 3)).toEqual({ participant: "C", activity: "D", start: "E", end: "F", hostCountry: "G", hostOrganisation: "H" });
  });

  test("of two header-like rows, the one naming more fields wins", () => {
    const rows: CellValue[][] = [["Aktivitāte", "Sākums", "Beigas"], BLANK_ROW, ...table([...BASIC_FIELDS, "mentor"], [staff()])];
    expect(findTable(sheet("Plāns", rows))?.headerRow).toBe(3);
  });

  test("a title row whose single merged cell names a field is not the header", () => {
    // Merged cells hold their value in the first cell; the rest are empty.
    const rows: CellValue[][] = [["Aktivitāte", null, null, null, null, null], ...PLAN];
    expect(findTable(sheet("Plāns", rows))?.headerRow).toBe(2);
  });
});

describe("which columns are which", () => {
  test("unrecognised columns are listed with their letter and header; blank header cells are not", () => {
    const rows: CellValue[][] = [
      ["Nr.", "Vārds, uzvārds", null, "Aktivitātes veids", "Sākuma datums", "Beigu datums", "Piezīmes", "  "],
      [1, "Anna", null, "Ēnošana darbā", "07.09.2026", "11.09.2026", "", ""],
    ];
    const layout = findTable(sheet("Plāns", rows));
    expect(letters(layout)).toEqual({ participant: "B", activity: "D", start: "E", end: "F" });
    expect(layout?.unrecognised).toEqual([
      { column: "A", header: "Nr." },
      { column: "G", header: "Piezīmes" },
    ]);
  });

  test("unrecognised columns carry the sheet's letters when the range does not start in column A", () => {
    const rows: CellValue[][] = [["Nr.", ...PLAN[0]]];
    const layout = findTable(sheet("Plāns", rows, { firstColumn: 4 }));
    expect(layout?.unrecognised).toEqual([{ column: "D", header: "Nr." }]);
    expect(letters(layout, 4).participant).toBe("E");
  });

  test("merged header cells: the field is read from the first column of the merge", () => {
    const rows: CellValue[][] = [
      ["Vārds, uzvārds", "Aktivitātes veids", "Sākuma datums", "Beigu datums", "Uzņemošā organizācija", null, "Valsts"],
      ["Anna", "Ēnošana darbā", "07.09.2026", "11.09.2026", "Berufskolleg", "Köln", "DE"],
    ];
    const layout = findTable(sheet("Plāns", rows));
    expect(letters(layout)).toEqual({ participant: "A", activity: "B", start: "C", end: "D", hostOrganisation: "E", hostCountry: "G" });
    expect(layout?.unrecognised).toEqual([]);
  });

  test("a duplicate header: the first column is read, the second is reported as a duplicate", () => {
    const rows: CellValue[][] = [["Vārds, uzvārds", "Aktivitātes veids", "Sākuma datums", "Beigu datums", "Sākuma datums"]];
    const layout = findTable(sheet("Plāns", rows));
    expect(letters(layout).start).toBe("C");
    expect(layout?.unrecognised).toEqual([{ column: "E", header: "Sākuma datums", duplicateOf: "start" }]);
  });

  test("of two headers for one field the more specific is read, whichever comes first", () => {
    const generalFirst: CellValue[][] = [["Valsts", "Vārds, uzvārds", "Aktivitāte", "Sākums", "Beigas", "Uzņemošā valsts"]];
    const specificFirst: CellValue[][] = [["Uzņemošā valsts", "Vārds, uzvārds", "Aktivitāte", "Sākums", "Beigas", "Valsts"]];
    const general = findTable(sheet("Plāns", generalFirst));
    expect(letters(general).hostCountry).toBe("F");
    expect(general?.unrecognised).toEqual([{ column: "A", header: "Valsts", duplicateOf: "hostCountry" }]);
    const specific = findTable(sheet("Plāns", specificFirst));
    expect(letters(specific).hostCountry).toBe("A");
    expect(specific?.unrecognised).toEqual([{ column: "F", header: "Valsts", duplicateOf: "hostCountry" }]);
  });

  test("three headers for one field: only the one read is missing from the report", () => {
    const rows: CellValue[][] = [["Aktivitāte", "Sākums", "Beigas", "Valsts", "Country", "Uzņemošā valsts"]];
    const layout = findTable(sheet("Plāns", rows));
    expect(letters(layout).hostCountry).toBe("F");
    expect(layout?.unrecognised.map((u) => u.column)).toEqual(["D", "E"]);
    expect(layout?.unrecognised.every((u) => u.duplicateOf === "hostCountry")).toBe(true);
  });

  test("a Mobility Tool+ export: the field columns of 119, the most specific of each", () => {
    const headers = [
      "Grant Agreement No.",
      "Activity No.",
      "Activity Type",
      "Long-term Activity",
      "Participant Id",
      "First Name",
      "Participant Date of Birth",
      "Participant Gender",
      "Participant Email",
      "Nationality",
      "Accompanying Person",
      "Group Leader / Trainer / Facilitator",
      "Participant With Special Needs",
      "Participant With Fewer Opportunities",
      "European Solidarity Corps volunteer",
      "European Solidarity Corps ID Nr",
      "Participant Group",
      "Mobility ID",
    ];
    const row: CellValue[] = [...headers];
    const put = (position: number, header: string) => (row[position - 1] = header);
    for (let p = headers.length + 1; p <= 119; p++) put(p, `Other column ${p}`);
    put(33, "Sending Organisation Country");
    put(46, "Receiving Organisation Legal Name");
    put(47, "Receiving Organisation Business Name");
    put(58, "Receiving Organisation Country");
    put(69, "Sending Country");
    put(71, "Receiving Country");
    put(90, "Start Date");
    put(91, "End Date");
    put(92, "Duration Calculated (days)");
    put(94, "Duration of Mobility Period (days)");
    put(95, "Travel Days (max. 2)");
    const layout = findTable(sheet("Export", [row]));
    expect(letters(layout)).toEqual({
      activity: "C",
      participant: "E",
      accompanying: "K",
      fewerOpportunities: "N",
      group: "Q",
      sendingCountry: "AG",
      hostOrganisation: "AT",
      hostCountry: "BF",
      start: "CL",
      end: "CM",
      durationDays: "CP",
      travelDays: "CQ",
    });
    const duplicates = layout?.unrecognised.filter((u) => u.duplicateOf).map((u) => `${u.column}:${u.duplicateOf}`);
    // The group leader column stands in for the accompanying person's only where a sheet has none.
    expect(duplicates).toEqual(["L:accompanying", "AU:hostOrganisation", "BQ:sendingCountry", "BS:hostCountry", "CN:durationDays"]);
    expect(layout?.unrecognised).toHaveLength(119 - 12);
  });
});

describe("a group leader stands in for the accompanying person", () => {
  test.each([
    ["group leader first", ["Name", "Activity", "Start", "End", "Group leader", "Accompanying person"], "F", "E"],
    ["accompanying person first", ["Name", "Activity", "Start", "End", "Accompanying person", "Group leader"], "E", "F"],
  ])("%s: the accompanying person's column is read, the group leader's reported", (_name, header, read, duplicate) => {
    const layout = findTable(sheet("Plan", [header]));
    expect(letters(layout).accompanying).toBe(read);
    expect(layout?.unrecognised).toEqual([{ column: duplicate, header: header[columnNumber(duplicate) - 1], duplicateOf: "accompanying" }]);
  });

  test("alone, the group leader's column is read as the accompanying person's", () => {
    expect(letters(findTable(sheet("Plan", [["Name", "Activity", "Start", "End", "Group leader"]]))).accompanying).toBe("E");
  });
});

describe("dates as from/to columns, and row numbers", () => {
  test.each<[string, CellValue[]]>([
    ["Latvian", ["Nr.", "Vārds, uzvārds", "Aktivitāte", "No", "Līdz"]],
    ["Latvian, with dots", ["Nr.p.k.", "Vārds, uzvārds", "Aktivitāte", "No.", "Līdz."]],
    ["Latvian, in capitals", ["N.p.k.", "VĀRDS, UZVĀRDS", "AKTIVITĀTE", "NO", "LĪDZ"]],
    ["Latvian, dated", ["Nr.", "Vārds, uzvārds", "Aktivitāte", "Datums no", "Datums līdz"]],
    ["Latvian, a period", ["Nr.", "Vārds, uzvārds", "Aktivitāte", "Periods no", "Periods līdz"]],
    ["English", ["No.", "Name", "Activity", "From", "To"]],
    ["English, a period", ["No", "Name", "Activity", "Period from", "Period to"]],
  ])("%s: the first column is the row number, the dates are read", (_name, header) => {
    const layout = findTable(sheet("Plan", [header]));
    expect(letters(layout)).toEqual({ participant: "B", activity: "C", start: "D", end: "E" });
    // The row number is no field: listed among the columns not read, as any column is, and never a problem.
    expect(layout?.unrecognised).toEqual([{ column: "A", header: header[0] }]);
  });

  test.each<[string, CellValue[], Partial<Record<AuditField, string>>]>([
    ["No right of Līdz", ["Vārds", "Aktivitāte", "Līdz", "No", "Valsts"], { participant: "A", activity: "B", end: "C", hostCountry: "E" }],
    [
      "No beside a name",
      ["No", "Vārds", "Aktivitāte", "Beigas", "Valsts"],
      { participant: "B", activity: "C", end: "D", hostCountry: "E" },
    ],
    [
      "No before an English To",
      ["Name", "Activity", "No", "To", "Country"],
      { participant: "A", activity: "B", end: "D", hostCountry: "E" },
    ],
    ["Nr. before Līdz", ["Vārds", "Aktivitāte", "Nr.", "Līdz", "Valsts"], { participant: "A", activity: "B", end: "D", hostCountry: "E" }],
  ])("%s: No is no start date", (_name, header, expected) => {
    expect(letters(findTable(sheet("Plan", [header])))).toEqual(expected);
  });

  test("No beside Līdz with a blank header between them is still the start date", () => {
    const layout = findTable(sheet("Plan", [["Vārds", "Aktivitāte", "No", null, "Līdz"]]));
    expect(letters(layout)).toEqual({ participant: "A", activity: "B", start: "C", end: "E" });
  });
});

describe("a header of two rows", () => {
  const merged = (upper: CellValue[], lower: CellValue[], data: CellValue[][] = []) =>
    sheet("Plāns", [["Plāns 2026"], upper, lower, ...data]);

  test("a merged period cell above no and līdz: the lower row is the header row, both rows name the fields", () => {
    const layout = findTable(
      merged(
        ["Nr.", "Vārds, uzvārds", "Aktivitāte", "Mobilitātes periods", null, "Valsts"],
        [null, null, null, "no", "līdz", null],
        [[1, "Anna", "Ēnošana darbā", "07.09.2026", "11.09.2026", "DE"]],
      ),
    );
    expect(layout?.headerIndex).toBe(2);
    expect(layout?.firstHeaderIndex).toBe(1);
    expect(layout?.headerRow).toBe(3);
    expect(letters(layout)).toEqual({ participant: "B", activity: "C", start: "D", end: "E", hostCountry: "F" });
    expect(layout?.unrecognised).toEqual([{ column: "A", header: "Nr." }]);
  });

  test.each<[string, CellValue[], CellValue[]]>([
    ["Dates over from and to", ["No.", "Name", "Activity", "Dates", null, "Country"], [null, null, null, "from", "to", null]],
    ["Datums over no and līdz", ["Nr.", "Vārds", "Aktivitāte", "Datums", null, "Valsts"], [null, null, null, "no", "līdz", null]],
    ["Periods over No and Līdz", ["Nr.", "Vārds", "Aktivitāte", "Periods", null, "Valsts"], [null, null, null, "No", "Līdz"]],
    ["an unknown group over No and Līdz", ["Nr.", "Vārds", "Aktivitāte", "Termiņš", null, "Valsts"], [null, null, null, "No", "Līdz"]],
    [
      "Mobility period over start and end",
      ["#", "Name", "Activity", "Mobility period", null, "Country"],
      [null, null, null, "Start", "End"],
    ],
  ])("%s", (_name, upper, lower) => {
    expect(letters(findTable(merged(upper, lower)))).toEqual({ participant: "B", activity: "C", start: "D", end: "E", hostCountry: "F" });
  });

  test("a participant cell above first name and surname", () => {
    const layout = findTable(merged(["Dalībnieks", null, "Aktivitāte", "Periods", null], ["Vārds", "Uzvārds", null, "no", "līdz"]));
    expect(letters(layout)).toEqual({ participant: "A", surname: "B", activity: "C", start: "D", end: "E" });
  });

  test("a title above a one-row header is no group: the header is one row", () => {
    const layout = findTable(sheet("Plāns", [["Mobilitātes plāns", null, null], ...PLAN]));
    expect(layout?.headerIndex).toBe(1);
    expect(layout?.firstHeaderIndex).toBe(1);
  });

  test("a settings row right above the header does not head its blank cells", () => {
    const rows: CellValue[][] = [
      ["Sektors", "VET", "Valsts", "LV"],
      [null, "Vārds", "Aktivitāte", "Sākums", "Beigas"],
      [1, "Anna", "Ēnošana darbā", "07.09.2026", "11.09.2026"],
    ];
    const layout = findTable(sheet("Plāns", rows));
    expect(layout?.headerIndex).toBe(1);
    expect(letters(layout)).toEqual({ participant: "B", activity: "C", start: "D", end: "E" });
  });

  test("the first data row under a one-row header is not a second header row", () => {
    const rows: CellValue[][] = [
      ["Vārds", "Aktivitāte", "Sākums", "Beigas", "Mentors"],
      ["Anna", "Ēnošana darbā", "07.09.2026", "11.09.2026", null],
    ];
    expect(findTable(sheet("Plāns", rows))?.headerIndex).toBe(0);
  });

  test("a header row given by the caller takes the row above when they name more together", () => {
    const sheetOf = merged(["Nr.", "Vārds", "Aktivitāte", "Periods", null], [null, null, null, "no", "līdz"]);
    const layout = findTable(sheetOf, { headerRow: 3 });
    expect(letters(layout)).toEqual({ participant: "B", activity: "C", start: "D", end: "E" });
    expect(findTable(sheetOf, { headerRow: 2 })?.firstHeaderIndex).toBe(1);
  });

  test("a two-row header on rows 30 and 31 is beyond the search; on rows 29 and 30 it is found", () => {
    // A group that names no field itself: the upper row alone is then no header.
    const upper = ["Nr.", "Vārds", "Aktivitāte", "Termiņš", null];
    const lower = [null, null, null, "no", "līdz"];
    const at = (row: number) => sheet("Plāns", [...Array.from({ length: row - 1 }, () => BLANK_ROW), upper, lower]);
    expect(findTable(at(29))?.headerRow).toBe(30);
    expect(findTable(at(30))).toBeUndefined();
  });
});

describe("sheets without a plan", () => {
  test.each<[string, CellValue[][]]>([
    ["an empty sheet", []],
    ["blank rows only", [[], [null, ""], ["  "]]],
    ["notes", [["Piezīmes"], ["Šis ir tikai teksts."], ["Kopā: 0"]]],
    ["two recognised columns", [["Aktivitāte", "Sākuma datums", "Piezīmes"]]],
    ["no activity and only one date", [["Vārds, uzvārds", "Uzņemošā valsts", "Sākuma datums", "Mentors"]]],
    [
      "a project settings block",
      [
        ["Sektors", "VET"],
        ["Projekta sākums", "01.06.2026"],
        ["Projekta beigas", "31.05.2027"],
        ["Valsts", "LV"],
      ],
    ],
    ["a header below row 30", [...Array.from({ length: 30 }, () => ["-"]), ...PLAN]],
  ])("%s: no table", (_name, rows) => {
    expect(findTable(sheet("Lapa", rows))).toBeUndefined();
  });

  test("the dates alone make a table without an activity column", () => {
    expect(findTable(sheet("Plāns", [["Vārds, uzvārds", "Sākuma datums", "Beigu datums"]]))).toBeDefined();
  });
});

describe("a caller's mapping overrides detection", () => {
  test("a header row given is used even when detection would pick another or none", () => {
    const rows: CellValue[][] = [
      ["Dalībnieks", "Aktivitāte", "Sākums", "Beigas"],
      ["Wer", "Was", "Von", "Bis"],
      ["Anna", "Ēnošana darbā", "07.09.2026", "11.09.2026"],
    ];
    const layout = findTable(sheet("Plan", rows), { headerRow: 2, columns: { participant: "A", activity: "B", start: "C", end: "D" } });
    expect(layout?.headerRow).toBe(2);
    expect(letters(layout)).toEqual({ participant: "A", activity: "B", start: "C", end: "D" });
    expect(layout?.unrecognised).toEqual([]);
  });

  test("a header row given is a sheet row, whatever row the range starts on", () => {
    const rows: CellValue[][] = [["Titel"], ...PLAN];
    expect(findTable(sheet("Plāns", rows, { firstRow: 10 }), { headerRow: 11 })?.headerIndex).toBe(1);
  });

  test.each([0, 4, 99])("a header row %i outside the sheet's range gives no table", (headerRow) => {
    expect(findTable(sheet("Plāns", PLAN, { firstRow: 5 }), { headerRow })).toBeUndefined();
  });

  test("a column given replaces the detected one; the detected one is then reported", () => {
    const rows: CellValue[][] = [["Vārds, uzvārds", "Aktivitātes veids", "Sākuma datums", "Beigu datums", "Faktiskais sākums"]];
    const layout = findTable(sheet("Plāns", rows), { columns: { start: "E" } });
    expect(letters(layout).start).toBe("E");
    expect(layout?.unrecognised).toEqual([{ column: "C", header: "Sākuma datums" }]);
  });

  test("a column letter is the sheet's, also when the range starts further right", () => {
    const rows: CellValue[][] = [["Vārds, uzvārds", "Aktivitātes veids", "Sākuma datums", "Beigu datums", "Land"]];
    const layout = findTable(sheet("Plāns", rows, { firstColumn: 3 }), { columns: { hostCountry: "g" } });
    expect(layout?.columns.get("hostCountry")).toBe(4);
    expect(layout?.unrecognised).toEqual([]);
  });

  test("null means: do not read that field", () => {
    const layout = findTable(sheet("Plāns", PLAN), { columns: { hostCountry: null } });
    expect(layout?.columns.has("hostCountry")).toBe(false);
    expect(layout?.unrecognised).toEqual([{ column: "E", header: "Uzņemošā valsts" }]);
  });

  test("a column given takes its column away from the field detected there", () => {
    // The caller says column D holds the start date; its header "Beigu datums" is then not read as the end date.
    const layout = findTable(sheet("Plāns", PLAN), { columns: { start: "D" } });
    expect(letters(layout)).toEqual({ participant: "A", activity: "B", start: "D", hostCountry: "E", hostOrganisation: "F" });
    expect(layout?.unrecognised).toEqual([{ column: "C", header: "Sākuma datums" }]);
  });

  test.each(["A1", "1", "", "ÄB", "ABCD", "B-"])("a column given as %j is no column letter and is ignored", (letter) => {
    const layout = findTable(sheet("Plāns", PLAN), { columns: { mentor: letter } });
    expect(layout?.columns.has("mentor")).toBe(false);
  });

  test("a column left of the range is ignored", () => {
    const layout = findTable(sheet("Plāns", PLAN, { firstColumn: 3 }), { columns: { mentor: "A" } });
    expect(layout?.columns.has("mentor")).toBe(false);
  });

  test("columns given without a header row: the header is still found below a title", () => {
    const rows: CellValue[][] = [
      ["Mobilitätsplan 2026", null, null, null],
      BLANK_ROW,
      ["Name", "Aktivität", "Beginn", "Ende"],
      ["Anna", "Job shadowing", "07.09.2026", "11.09.2026"],
      ["Jānis", "Job shadowing", "14.09.2026", "18.09.2026"],
    ];
    const layout = findTable(sheet("Plan", rows), { columns: { activity: "B", start: "C", end: "D" } });
    expect(layout?.headerRow).toBe(3);
    expect(letters(layout)).toEqual({ participant: "A", activity: "B", start: "C", end: "D" });
  });

  test("columns given without a header row, all of them: the header is the row that names them", () => {
    const rows: CellValue[][] = [
      ["Mobilitätsplan 2026"],
      ["Wer", "Was", "Von", "Bis"],
      ["Anna", "Job shadowing", "07.09.2026", "11.09.2026"],
    ];
    const layout = findTable(sheet("Plan", rows), { columns: { participant: "A", activity: "B", start: "C", end: "D" } });
    expect(layout?.headerRow).toBe(2);
  });
});
