/**
 * Table rows to activities (src/audit/rows.ts): which rows are activities (not blank rows, totals or notes), each
 * cell read by its field's type, and the cells that cannot be read kept as problems on their column.
 */
import { findTable, type CellValue, type TableLayout } from "../../src/audit";
import { isActivityRow, readRow, readRows } from "../../src/audit/rows";
import { LV_HEADERS, sheet, staff, table } from "./helpers";

/** Nr. | participant | activity | start | end | host country | duration | fewer opportunities | role | accompanying */
const HEADER: CellValue[] = [
  "Nr.",
  LV_HEADERS.participant,
  LV_HEADERS.activity,
  LV_HEADERS.start,
  LV_HEADERS.end,
  LV_HEADERS.hostCountry,
  LV_HEADERS.durationDays,
  LV_HEADERS.fewerOpportunities,
  LV_HEADERS.role,
  LV_HEADERS.accompanying,
];

function layoutOf(header: readonly CellValue[] = HEADER): TableLayout {
  const layout = findTable(sheet("Plāns", [header]));
  if (!layout) throw new Error("no table");
  return layout;
}

const LAYOUT = layoutOf();

describe("which rows are activities", () => {
  test.each<[string, CellValue[]]>([
    ["a full row", [1, "Anna", "Ēnošana darbā", "07.09.2026", "11.09.2026", "DE", 5, "nē", "Staff", null]],
    ["a row with a name only (incomplete, reported)", [null, "Anna"]],
    ["a row with an activity only", [null, null, "Ēnošana darbā"]],
    ["a row with a start date only", [null, null, null, 46_272]],
    ["a row with an end date only, as an error value", [null, null, null, null, { error: "#REF!" }]],
    ["a name that starts like “Summa”", [null, "Summer Jones", "Job shadowing"]],
    ["a name that starts like “Sum”", [null, "Sumner Anna", "Job shadowing"]],
    ["a name that starts like “Total”", [null, "Totaro Luca", "Job shadowing"]],
    ["a name that starts like “Note”", [null, "Noteboom Pieter", "Job shadowing"]],
    ["a name that starts like “Kopā”", [null, "Kopaņeva Ilze", "Ēnošana darbā"]],
    ["a name that starts like “Piezīm…”", [null, "Piezimsky Jan", "Ēnošana darbā"]],
    ["a name that starts like “Comment…”", [null, "Commenta Rosa", "Ēnošana darbā"]],
    ["a participant called “Sum Li” with an activity", [null, "Sum Li", "Job shadowing"]],
    ["a participant called “Total Kim” with a start date", [null, "Total Kim", null, "07.09.2026"]],
    ["a participant called “Notes Jr” with an end date serial", [null, "Notes Jr", null, null, 46_272]],
    ["a name in the first column, a long title in the activity", ["Anna", null, "x".repeat(61)]],
    ["HTML in a cell", [null, "<img src=x onerror=alert(1)>", "Ēnošana darbā"]],
  ])("%s is an activity", (_name, cells) => {
    expect(isActivityRow(cells, LAYOUT)).toBe(true);
  });

  test.each<[string, CellValue[]]>([
    ["an empty row", []],
    ["a row of blanks", [null, "", "  ", undefined]],
    ["a row number alone", [17]],
    ["a row number and formulas of an unused template row", [17, null, null, null, null, null, 0, "nē"]],
    ["a template row whose duration formula errored", [17, null, null, null, null, null, { error: "#VALUE!" }]],
    ["“Kopā” and a sum", [null, "Kopā", null, null, null, null, 245]],
    ["“KOPĀ:” and a sum", [null, "KOPĀ:", null, null, null, null, 245]],
    ["“Kopa” without diacritics", [null, "Kopa", null, null, null, null, 245]],
    ["“Kopā dalībnieki: 25”", [null, "Kopā dalībnieki: 25"]],
    ["“Kopējā summa”", [null, "Kopējā summa", null, null, null, null, 245]],
    ["“Kopsumma”", [null, "Kopsumma", null, null, null, null, 245]],
    ["“Summa”", [null, "Summa", null, null, null, null, 245]],
    ["“Pavisam”", [null, "Pavisam", null, null, null, null, 245]],
    ["“Starpsumma”", [null, "Starpsumma", null, null, null, null, 120]],
    ["“Total”", [null, "Total", "", "", "", "", 245]],
    ["“TOTAL:”", [null, "TOTAL:", null, null, null, null, 245]],
    ["“Totals”", [null, "Totals", null, null, null, null, 245]],
    ["“Subtotal”", [null, "Subtotal", null, null, null, null, 120]],
    ["“Sum”", [null, "Sum", null, null, null, null, 245]],
    ["a totals label in a later column", [null, null, null, "Kopā", "", "", 245]],
    ["“Piezīme: …”", [null, "Piezīme: pavadošās personas netiek skaitītas"]],
    ["“Piezīmes”", ["Piezīmes", "Grupas brauc kopā"]],
    ["“Note: …”", [null, "Note: accompanying persons are not counted"]],
    ["“Notes”", [null, "Notes"]],
    ["“Comment”", [null, "Comment", "to be confirmed"]],
    ["“Komentārs”", [null, "Komentārs", "tiks precizēts"]],
    ["a footnote", [null, "* pavadošās personas netiek skaitītas"]],
    [
      "a single long note in the participant column",
      [null, "Plānā iekļautas visas mobilitātes, kuras paredzētas projekta laikā 2026. gadā."],
    ],
    ["a single long note in the first column", ["x".repeat(30_000)]],
  ])("%s is not", (_name, cells) => {
    expect(isActivityRow(cells, LAYOUT)).toBe(false);
  });
});

describe("readRow", () => {
  test("each cell is read by its field's type", () => {
    const { activity, problems } = readRow(
      [1, " Anna ", "Ēnošana darbā", 46_272, "11.09.2026.", "DE", "5 dienas", "jā", "Staff", "nē"],
      LAYOUT,
      "r8",
      false,
    );
    expect(problems).toEqual([]);
    expect(activity).toEqual({
      id: "r8",
      participant: "Anna",
      activity: "Ēnošana darbā",
      start: "2026-09-07",
      end: "2026-09-11",
      hostCountry: "DE",
      durationDays: 5,
      fewerOpportunities: true,
      role: "Staff",
    });
  });

  test("dates follow the workbook's date system", () => {
    const { activity } = readRow([1, "Anna", "Ēnošana darbā", 44_810, 44_814], LAYOUT, "r", true);
    expect([activity.start, activity.end]).toEqual(["2026-09-07", "2026-09-11"]);
  });

  test("blank cells leave the field out; a ragged row is blank beyond its end", () => {
    const { activity, problems } = readRow([null, "Anna"], LAYOUT, "r", false);
    expect(activity).toEqual({ id: "r", participant: "Anna" });
    expect(problems).toEqual([]);
  });

  test("a cell that cannot be read is a problem on its column, and its field is left out", () => {
    const { activity, problems } = readRow(
      [1, "Anna", { error: "#N/A" }, "31.02.2026", "11.09.2026", "#REF!", "pieci", "varbūt", "Staff", "?"],
      LAYOUT,
      "r",
      false,
    );
    expect(activity).toEqual({ id: "r", participant: "Anna", end: "2026-09-11", role: "Staff" });
    expect(problems).toEqual([
      { field: "activity", columnIndex: 2, reading: { ok: false, problem: "error", text: "#N/A" } },
      { field: "start", columnIndex: 3, reading: { ok: false, problem: "unreadable", expected: "date", text: "31.02.2026" } },
      { field: "hostCountry", columnIndex: 5, reading: { ok: false, problem: "error", text: "#REF!" } },
      { field: "durationDays", columnIndex: 6, reading: { ok: false, problem: "unreadable", expected: "number", text: "pieci" } },
      { field: "fewerOpportunities", columnIndex: 7, reading: { ok: false, problem: "unreadable", expected: "yes-no", text: "varbūt" } },
      { field: "accompanying", columnIndex: 9, reading: { ok: false, problem: "unreadable", expected: "yes-no", text: "?" } },
    ]);
  });

  test.each<[CellValue, CellValue, string | undefined]>([
    ["jā", null, "accompanying"],
    ["x", null, "accompanying"],
    [true, null, "accompanying"],
    ["jā", "Learner", "Learner"],
    ["nē", null, undefined],
    [null, null, undefined],
  ])("accompanying %j with role %j → role %j", (accompanying, role, expected) => {
    const cells: CellValue[] = [
      1,
      "Skolotāja",
      "Izglītojamo grupu mobilitāte",
      "07.09.2026",
      "11.09.2026",
      "DE",
      null,
      null,
      role,
      accompanying,
    ];
    const { activity } = readRow(cells, LAYOUT, "r", false);
    expect(activity.role).toBe(expected);
    expect("accompanying" in activity).toBe(false);
  });

  test("text fields take numbers and dates as their text", () => {
    const layout = layoutOf([
      LV_HEADERS.participant,
      LV_HEADERS.activity,
      LV_HEADERS.start,
      LV_HEADERS.end,
      LV_HEADERS.group,
      LV_HEADERS.course,
    ]);
    const { activity } = readRow(["Anna", "Kursi", "07.09.2026", "11.09.2026", 1, { date: "2026-09-07" }], layout, "r", false);
    expect(activity.group).toBe("1");
    expect(activity.course).toBe("2026-09-07");
  });
});

describe("readRows", () => {
  test("a repeated header row (a second block, a printed page's header) is not an activity", () => {
    const rows: CellValue[][] = [
      ...table(["participant", "activity", "start", "end"], [staff()]),
      [],
      ["VĀRDS, UZVĀRDS ", "Aktivitātes veids", "Sākuma datums", "Beigu datums"],
      ...table(["participant", "activity", "start", "end"], [staff({ participant: "Jānis" })]).slice(1),
      ["Vārds, uzvārds", "Ēnošana darbā", "01.10.2026", "05.10.2026"], // a participant who is only a header's twin in one cell
    ];
    const grid = sheet("Plāns", rows);
    const layout = findTable(grid);
    if (!layout) throw new Error("no table");
    const read = readRows(grid, layout, String, false);
    expect(read.activities.map((a) => a.participant)).toEqual(["Anna Bērziņa", "Jānis", "Vārds, uzvārds"]);
  });

  test("rows below the header, blank rows, totals and notes left out, each with its index", () => {
    const rows: CellValue[][] = [
      ["Plāns"],
      ...table(["participant", "activity", "start", "end"], [staff(), {}, staff({ participant: "Jānis" })]),
      [],
      ["Kopā", null, null, null, 2],
      ["Piezīme: ceļa dienas nav ieskaitītas"],
      [null, "Ēnošana darbā", "01.10.2026", "05.10.2026"],
    ];
    const grid = sheet("Plāns", rows);
    const layout = findTable(grid);
    if (!layout) throw new Error("no table");
    const read = readRows(grid, layout, (index) => `row ${index + 1}`, false);
    expect(read.activities.map((a) => [a.id, a.participant])).toEqual([
      ["row 3", "Anna Bērziņa"],
      ["row 5", "Jānis"],
      ["row 9", undefined],
    ]);
  });
});
