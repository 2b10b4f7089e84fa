/**
 * Checks as you type: an edit burst inside an audited table re-checks it in at most two syncs, and the workbook then
 * shows exactly what a fresh audit of the edited plan would show; Clear still restores everything, also after rows
 * moved. The oracle is a copy of the workbook before the audit, given the same edits and audited afresh.
 */
import fc from "fast-check";
import { auditInExcel, clearAuditMarks, createPlanSheet } from "../../src/excel";
import { type LiveCheck, type LiveUpdate, startLiveCheck } from "../../src/excel/live-check";
import * as liveDeps from "../../src/excel/live-deps";
import { classifyChange, useLiveDeps, type LiveSheet } from "../../src/excel/live-plan";
import { shiftKey } from "../../src/excel/live-shift";
import { cellKey as excelKey } from "../../src/excel/address";
import { type FakeExcel, type FakeValue, type FakeWorkbookData, cellKey, cloneWorkbook, createFakeExcel, fakeWorkbook } from "./fake-excel";
import { contents, expectWithinLimits, fills, notes } from "./helpers";
import { planSheet, serial } from "./plans";

jest.setTimeout(120_000);

interface Live {
  readonly data: FakeWorkbookData;
  readonly fake: FakeExcel;
  readonly live: LiveCheck;
  readonly updates: LiveUpdate[];
  readonly stops: string[];
  /** The workbook before the audit, given the same edits as the live one (no marks, no handlers). */
  readonly twin: FakeExcel;
}

/** A plan audited, then checked as the coordinator types. Rows 8 and 9 (A8, A9) are one participant at overlapping dates. */
async function auditedLive(rows = 12, prepare?: (data: FakeWorkbookData) => void): Promise<Live> {
  const sheet = planSheet("Plan", rows, { mistakeEvery: 4 });
  sheet.values[8][0] = sheet.values[7][0];
  sheet.values[8][3] = sheet.values[7][3];
  sheet.values[8][4] = sheet.values[7][4];
  sheet.values[8][5] = sheet.values[7][5];
  const data = fakeWorkbook([sheet, planSheet("Other", 3)], { active: "Plan" });
  prepare?.(data);
  const twin = createFakeExcel(cloneWorkbook(data));
  const fake = createFakeExcel(data);
  const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
  const updates: LiveUpdate[] = [];
  const stops: string[] = [];
  const live = await startLiveCheck(fake, {
    deps: liveDeps,
    options: result.input?.options ?? {},
    debounceMs: 0,
    onUpdate: (update) => updates.push(update),
    onStop: (reason) => stops.push(reason),
  });
  if (!live) throw new Error("live checking did not start");
  fake.stats.reset();
  return { data, fake, live, updates, stops, twin };
}

/** The live workbook shows exactly the fills and notes a fresh audit of the twin shows. */
async function expectLikeFreshAudit({ data, twin }: Live): Promise<void> {
  const copy = createFakeExcel(cloneWorkbook(twin.workbook));
  await auditInExcel(copy, { scope: "sheet", language: "en" });
  for (const [i, sheet] of data.sheets.entries()) {
    expect({ sheet: sheet.name, fills: fills(sheet) }).toEqual({ sheet: sheet.name, fills: fills(copy.workbook.sheets[i]) });
    expect({ sheet: sheet.name, notes: notes(sheet) }).toEqual({ sheet: sheet.name, notes: notes(copy.workbook.sheets[i]) });
  }
}

/** Clear gives back the twin: the workbook before the audit, with the coordinator's edits. */
async function expectClearExact(l: Live): Promise<void> {
  await l.live.stop();
  await clearAuditMarks(l.fake);
  for (const [i, sheet] of l.data.sheets.entries()) {
    expect(fills(sheet)).toEqual(fills(l.twin.workbook.sheets[i]));
    expect(notes(sheet)).toEqual(notes(l.twin.workbook.sheets[i]));
  }
  expect(contents(l.data)).toBe(contents(l.twin.workbook));
  expect([...l.data.settings.keys()]).toEqual([]);
}

async function edit(l: Live, address: string, values: FakeValue[][]): Promise<void> {
  await l.fake.edit("Plan", address, values);
  await l.twin.edit("Plan", address, values);
  await l.live.idle();
}

const A8 = cellKey(7, 0);
const A9 = cellKey(8, 0);

describe("an edit inside the audited table", () => {
  it("re-checks the rows a cross-row rule ties to it: renaming one of two overlapping participants clears both marks", async () => {
    const l = await auditedLive();
    const sheet = l.data.sheets[0];
    expect(sheet.fills.has(A8)).toBe(true);
    expect(sheet.fills.has(A9)).toBe(true);

    await edit(l, "A9", [["Somebody Else"]]);
    expect(sheet.fills.has(A8)).toBe(false); // the row not edited
    expect(sheet.fills.has(A9)).toBe(false);
    expect(sheet.notes.has(A8)).toBe(false);
    expect(l.updates).toHaveLength(1);
    expect(l.updates[0].report.issues.some((i) => i.rule === "participant-overlap")).toBe(false);
    expect(l.fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(l.updates[0].syncs).toBe(l.fake.stats.syncs);
    await expectLikeFreshAudit(l);
    expectWithinLimits(l.fake);
    for (const sync of l.fake.stats.log) expect(sync.valueWrites).toBe(0);
    await expectClearExact(l);
  });

  it("marks a new mistake and its tied row, and writes only the cells that changed", async () => {
    const l = await auditedLive();
    const sheet = l.data.sheets[0];
    const before = new Map(sheet.fills);
    // Row 11 (index 10) becomes the participant of row 10 at the same dates: both rows are flagged.
    const row10 = sheet.values[9];
    await edit(l, "A11:E11", [[row10[0], "Staff", row10[2], row10[3], row10[4]]]);
    expect(sheet.fills.has(cellKey(9, 0))).toBe(true);
    expect(sheet.fills.has(cellKey(10, 0))).toBe(true);
    const changed = [...sheet.fills.keys()].filter((key) => before.get(key) !== sheet.fills.get(key));
    expect(l.updates[0].changed).toBeLessThanOrEqual(changed.length * 2 + 2);
    expect(l.fake.stats.syncs).toBeLessThanOrEqual(2);
    await expectLikeFreshAudit(l);
    await expectClearExact(l);
  });

  it("a burst of edits is checked once, with the marks written once", async () => {
    const l = await auditedLive();
    await Promise.all([
      l.fake.edit("Plan", "F8", [[3]]),
      l.fake.edit("Plan", "G8", [[1]]),
      l.fake.edit("Plan", "A9", [["Somebody Else"]]),
      l.twin.edit("Plan", "F8", [[3]]),
      l.twin.edit("Plan", "G8", [[1]]),
      l.twin.edit("Plan", "A9", [["Somebody Else"]]),
    ]);
    await l.live.idle();
    expect(l.updates).toHaveLength(1);
    expect(l.fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(l.fake.stats.log.filter((s) => s.markWrites > 0)).toHaveLength(1);
    await expectLikeFreshAudit(l);
    await expectClearExact(l);
  });

  it("keeps the coordinator's own fill under a cell it newly marks in a row not edited, and Clear gives it back", async () => {
    const l = await auditedLive(12, (data) => data.sheets[0].fills.set(cellKey(9, 0), { color: "#00B050", pattern: "Solid" }));
    const sheet = l.data.sheets[0];
    const row10 = sheet.values[9];
    await edit(l, "A11:E11", [[row10[0], "Staff", row10[2], row10[3], row10[4]]]);
    expect(sheet.fills.get(cellKey(9, 0))?.color).not.toBe("#00B050");
    await expectLikeFreshAudit(l);
    await expectClearExact(l);
    expect(sheet.fills.get(cellKey(9, 0))).toEqual({ color: "#00B050", pattern: "Solid" });
  });
});

describe("a large burst", () => {
  it("a sort of a 6,000-row table (every row edited at once): each sync within Excel's limits, the marks still exact", async () => {
    const l = await auditedLive(6_000);
    const sheet = l.data.sheets[0];
    const body = sheet.values.slice(7, 7 + 6_000).map((row) => [...row]);
    body.reverse();
    await l.fake.edit("Plan", "A8:N6007", body);
    await l.twin.edit("Plan", "A8:N6007", body);
    await l.live.idle();
    expect(l.stops).toEqual([]);
    expect(l.updates).toHaveLength(1);
    expectWithinLimits(l.fake);
    await expectLikeFreshAudit(l);
    await expectClearExact(l);
  });
});

describe("what live checking ignores", () => {
  it("edits outside the table and its project block (columns beside them, another sheet): no sync, no update", async () => {
    const l = await auditedLive();
    await l.fake.edit("Plan", "Q3", [["a remark"]]);
    await l.fake.edit("Plan", "Q9", [["a remark"]]);
    await l.fake.edit("Other", "A9", [["Somebody"]]);
    await l.live.idle();
    expect(l.fake.stats.syncs).toBe(0);
    expect(l.updates).toHaveLength(0);
  });

  it("the add-in's own writes (a new plan sheet; a value written into the table by the API): no burst", async () => {
    const l = await auditedLive();
    await createPlanSheet(l.fake, { language: "en" });
    await l.fake.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A9").values = [["Written by an add-in"]];
      await context.sync();
    });
    await l.live.idle();
    expect(l.fake.stats.syncs).toBe(3);
    expect(l.updates).toHaveLength(0);
  });

  it("nothing once stopped: the change handler is removed", async () => {
    const l = await auditedLive();
    expect(l.fake.changeHandlers()).toBe(1);
    await l.live.stop();
    expect(l.fake.changeHandlers()).toBe(0);
    const syncs = l.fake.stats.syncs;
    await l.fake.edit("Plan", "A9", [["Somebody Else"]]);
    await l.live.idle();
    expect(l.fake.stats.syncs).toBe(syncs);
    expect(l.updates).toHaveLength(0);
  });

  it("does not start without an audit, nor after Clear", async () => {
    const fake = createFakeExcel(fakeWorkbook([planSheet("Plan", 4)]));
    const options = { deps: liveDeps, options: {}, onUpdate: () => undefined, onStop: () => undefined };
    expect(await startLiveCheck(fake, options)).toBeUndefined();
    await auditInExcel(fake, { scope: "sheet", language: "en" });
    await clearAuditMarks(fake);
    expect(await startLiveCheck(fake, options)).toBeUndefined();
  });
});

describe("rows inserted or deleted: the record moves with the cells", () => {
  it("Clear restores exactly after a row inserted above marked cells", async () => {
    const l = await auditedLive();
    await l.fake.insertRows("Plan", 3, 2);
    await l.twin.insertRows("Plan", 3, 2);
    await l.live.idle();
    expect(l.fake.stats.syncs).toBeLessThanOrEqual(1);
    await expectLikeFreshAudit(l);
    await expectClearExact(l);
  });

  it("Clear restores exactly after a row deleted above marked cells, and after a marked row deleted", async () => {
    const l = await auditedLive();
    await l.fake.deleteRows("Plan", 8);
    await l.twin.deleteRows("Plan", 8);
    await l.live.idle();
    // The overlap went with the deleted row: its partner's mark is gone too.
    expect(l.data.sheets[0].fills.has(A8)).toBe(false);
    await expectLikeFreshAudit(l);
    await l.fake.deleteRows("Plan", 2);
    await l.twin.deleteRows("Plan", 2);
    await l.live.idle();
    await expectLikeFreshAudit(l);
    await expectClearExact(l);
  });

  it("then edits land on the moved rows", async () => {
    const l = await auditedLive();
    await l.fake.insertRows("Plan", 9);
    await l.twin.insertRows("Plan", 9);
    await l.live.idle();
    await edit(l, "A10", [["Somebody Else"]]);
    await edit(l, "A9:F9", [["New Person", "Staff", "Courses and training", 46300, 46330, 31]]);
    await expectLikeFreshAudit(l);
    await expectClearExact(l);
  });

  it("the header row deleted: live checking stops and says so", async () => {
    const l = await auditedLive();
    await l.fake.deleteRows("Plan", 7);
    await l.live.idle();
    expect(l.stops).toEqual(["moved"]);
    expect(l.fake.changeHandlers()).toBe(0);
  });

  it("any mix of edits, insertions and deletions leaves the marks of a fresh audit, and Clear the workbook before it", async () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant("edit" as const),
        row: fc.integer({ min: 8, max: 22 }),
        column: fc.integer({ min: 0, max: 13 }),
        value: fc.oneof(fc.constantFrom("Staff", "CH", "IT", "Anna Bērziņa 1", "", "No"), fc.integer({ min: 1, max: 20 })),
      }),
      fc.record({ kind: fc.constantFrom("insert" as const, "delete" as const), row: fc.integer({ min: 1, max: 20 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        const l = await auditedLive(16);
        for (const s of steps) {
          if (l.stops.length > 0) break;
          if (s.kind === "edit") {
            const letter = String.fromCharCode(65 + s.column);
            await edit(l, `${letter}${s.row}`, [[s.value]]);
          } else if (s.kind === "insert" && s.row !== 7) {
            await l.fake.insertRows("Plan", s.row);
            await l.twin.insertRows("Plan", s.row);
            await l.live.idle();
          } else if (s.kind === "delete" && s.row !== 7) {
            await l.fake.deleteRows("Plan", s.row);
            await l.twin.deleteRows("Plan", s.row);
            await l.live.idle();
          }
        }
        if (l.stops.length > 0) return;
        await expectLikeFreshAudit(l);
        await expectClearExact(l);
      }),
      { seed: 1212, numRuns: 30 },
    );
  });
});

describe("columns inserted or deleted: the record and the grid move with the cells", () => {
  it("a column inserted inside the table, then an edit: the marks of a fresh audit, and Clear exact", async () => {
    const l = await auditedLive();
    for (const f of [l.fake, l.twin]) await f.insertColumns("Plan", 4, 2);
    await l.live.idle();
    expect(l.stops).toEqual([]);
    await expectLikeFreshAudit(l);
    // Host country is column L now (J before): an ineligible one typed there is marked.
    await edit(l, "L10", [["CH"]]);
    expect(l.data.sheets[0].fills.has(cellKey(9, 11))).toBe(true);
    await expectLikeFreshAudit(l);
    await expectClearExact(l);
  });

  it("a column deleted inside the table, and one left of it: live checking goes on", async () => {
    const l = await auditedLive();
    for (const f of [l.fake, l.twin]) await f.deleteColumns("Plan", 12);
    await l.live.idle();
    await expectLikeFreshAudit(l);
    for (const f of [l.fake, l.twin]) await f.insertColumns("Plan", 1);
    await l.live.idle();
    await edit(l, "B12", [["Somebody Else"]]);
    expect(l.stops).toEqual([]);
    await expectLikeFreshAudit(l);
    await expectClearExact(l);
  });

  it("a column whose marks are deleted with it: its marks leave the record", async () => {
    const l = await auditedLive();
    // Column J (host country) holds marks of ineligible countries.
    expect([...l.data.sheets[0].fills.keys()].some((key) => key % 16_384 === 9)).toBe(true);
    for (const f of [l.fake, l.twin]) await f.deleteColumns("Plan", 10);
    await l.live.idle();
    await expectLikeFreshAudit(l);
    await expectClearExact(l);
  });
});

describe("the project block edited", () => {
  it("re-checks the whole table against the new project dates, in two syncs", async () => {
    const l = await auditedLive();
    const before = l.data.sheets[0].fills.size;
    // The project now ends on 6 October 2026: activities after it are out of the project period.
    await edit(l, "B5", [[serial("2026-10-06")]]);
    expect(l.data.sheets[0].fills.size).toBeGreaterThan(before);
    expect(l.fake.stats.syncs).toBeLessThanOrEqual(2);
    await expectLikeFreshAudit(l);
    await edit(l, "B5", [[serial("2027-08-31")]]);
    await expectLikeFreshAudit(l);
    await expectClearExact(l);
  });
});

describe("classifying change events", () => {
  beforeAll(() => useLiveDeps(liveDeps));
  const sheet: LiveSheet = {
    id: "s1",
    name: "Plan",
    rows: Array.from({ length: 10 }, () => []),
    firstRow: 1,
    firstColumn: 1,
    width: 14,
    table: { headerRow: 7, firstColumn: 1, lastColumn: 14 },
    merges: [],
  };
  const event = (address: string, changeType = "RangeEdited", triggerSource = "Unknown") => ({
    worksheetId: "s1",
    address,
    changeType,
    triggerSource,
  });

  it.each([
    ["N8", { kind: "edit", sheetId: "s1", rows: [7] }],
    ["O8", { kind: "ignore" }], // beside the table
    ["A7", { kind: "edit", sheetId: "s1", rows: [6] }], // the header row
    ["B3", { kind: "edit", sheetId: "s1", rows: [2] }], // the project block
    ["P3", { kind: "ignore" }], // beside the columns read
    ["A6:B9", { kind: "edit", sheetId: "s1", rows: [5, 6, 7, 8] }],
    ["Plan!$A$40", { kind: "edit", sheetId: "s1", rows: [39] }], // typed under the table: it grows
    ["C:D", { kind: "edit", sheetId: "s1", rows: [7, 8, 9] }], // whole columns: the grid's rows under the header
    ["P:Q", { kind: "ignore" }],
    ["8:8", { kind: "edit", sheetId: "s1", rows: [7] }],
  ])("%s", (address, expected) => expect(classifyChange(event(address), [sheet])).toEqual(expected));

  it("own writes, other sheets, rows and cells moved", () => {
    expect(classifyChange(event("A8", "RangeEdited", "ThisLocalAddin"), [sheet])).toEqual({ kind: "ignore" });
    expect(classifyChange({ ...event("A8"), worksheetId: "s2" }, [sheet])).toEqual({ kind: "ignore" });
    expect(classifyChange(event("A5:XFD6", "RowInserted"), [sheet])).toEqual({ kind: "rows", sheetId: "s1", at: 4, count: 2 });
    expect(classifyChange(event("9:9", "RowDeleted"), [sheet])).toEqual({ kind: "rows", sheetId: "s1", at: 8, count: -1 });
    expect(classifyChange(event("C1:D1048576", "ColumnInserted"), [sheet])).toEqual({ kind: "columns", sheetId: "s1", at: 2, count: 2 });
    expect(classifyChange(event("Plan!$E:$E", "ColumnDeleted"), [sheet])).toEqual({ kind: "columns", sheetId: "s1", at: 4, count: -1 });
    expect(classifyChange(event("C5:C9", "CellInserted"), [sheet])).toEqual({ kind: "moved", sheetId: "s1" });
  });

  it("shifting a cell key: above (or left) stays, deleted rows and columns vanish, below (or right) moves", () => {
    const key = excelKey(10, 3);
    expect(shiftKey(key, "row", 11, 2)).toBe(key);
    expect(shiftKey(key, "row", 10, 2)).toBe(excelKey(12, 3));
    expect(shiftKey(key, "row", 9, -1)).toBe(excelKey(9, 3));
    expect(shiftKey(key, "row", 10, -1)).toBeUndefined();
    expect(shiftKey(key, "row", 9, -2)).toBeUndefined();
    expect(shiftKey(key, "row", 8, -2)).toBe(excelKey(8, 3));
    // The same by columns.
    expect(shiftKey(key, "column", 4, 2)).toBe(key);
    expect(shiftKey(key, "column", 3, 2)).toBe(excelKey(10, 5));
    expect(shiftKey(key, "column", 3, -1)).toBeUndefined();
    expect(shiftKey(key, "column", 2, -1)).toBe(excelKey(10, 2));
  });
});
