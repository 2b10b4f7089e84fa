/**
 * Rows inserted or deleted while nothing followed them (the pane closed, or checks as you type off): Clear finds the
 * marks where their rows went (row-prints.ts) and gives back exactly the workbook the coordinator would have without
 * the add-in. The oracle is a copy of the workbook before the audit given the same row moves and own fills.
 */
import fc from "fast-check";
import { auditInExcel, clearAuditMarks } from "../../src/excel";
import { startLiveCheck } from "../../src/excel/live-check";
import * as liveDeps from "../../src/excel/live-deps";
import { MAX_PRINT_CHECKS } from "../../src/excel/relocate-marks";
import { relocateRows } from "../../src/excel/row-prints";
import { type FakeExcel, type FakeFill, type FakeWorkbookData, cellKey, cloneWorkbook, createFakeExcel, fakeWorkbook } from "./fake-excel";
import { ERROR_FILL, WARNING_FILL, contents, expectCleanWrites, expectWithinLimits, fills, notes } from "./helpers";
import { planSheet } from "./plans";

jest.setTimeout(120_000);

const OWN: FakeFill = { color: "#00B050", pattern: "Solid" };
const PATTERNED: FakeFill = { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" };

interface Audited {
  readonly data: FakeWorkbookData;
  readonly fake: FakeExcel;
  /** The workbook before the audit: given the same moves, it is what Clear must give back. */
  readonly twin: FakeExcel;
}

/** A plan with the coordinator's own fills and notes, some under cells the audit marks, audited with no pane open after. */
async function audited(rows = 24): Promise<Audited> {
  const sheet = planSheet("Plan", rows, { mistakeEvery: 3 });
  // G13 (index 12, 6) has a mistake (travel days): the coordinator had coloured it. J16 is marked over their note.
  sheet.fills.set(cellKey(12, 6), PATTERNED);
  sheet.notes.set(cellKey(15, 9), { content: "Host to confirm", author: "Coordinator" });
  sheet.fills.set(cellKey(9, 0), OWN);
  sheet.fills.set(cellKey(1, 1), OWN);
  sheet.notes.set(cellKey(12, 0), { content: "Coordinator's note", author: "Coordinator" });
  sheet.notes.set(cellKey(2, 1), { content: "Call checked", author: "Coordinator" });
  const data = fakeWorkbook([sheet, planSheet("Other", 3)], { active: "Plan" });
  const twin = createFakeExcel(cloneWorkbook(data));
  const fake = createFakeExcel(data);
  const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
  expect(result.highlighted).toBeGreaterThan(3);
  return { data, fake, twin };
}

async function both(a: Audited, move: (fake: FakeExcel) => Promise<void>): Promise<void> {
  await move(a.fake);
  await move(a.twin);
}

/** Clear (from the same pane, or from a pane opened afresh) gives back the twin exactly. */
async function expectClearExact(a: Audited, host: FakeExcel = a.fake): Promise<void> {
  host.stats.reset();
  const cleared = await clearAuditMarks(host);
  expect(cleared.recordUnreadable).toBeUndefined();
  for (const [i, sheet] of a.data.sheets.entries()) {
    expect({ sheet: sheet.name, fills: fills(sheet) }).toEqual({ sheet: sheet.name, fills: fills(a.twin.workbook.sheets[i]) });
    expect({ sheet: sheet.name, notes: notes(sheet) }).toEqual({ sheet: sheet.name, notes: notes(a.twin.workbook.sheets[i]) });
  }
  expect(contents(a.data)).toBe(contents(a.twin.workbook));
  expect([...a.data.settings.keys()]).toEqual([]);
  expectWithinLimits(host);
  expectCleanWrites(host);
}

describe("Clear after rows moved unheard", () => {
  it("3 rows inserted above the marked cells: every highlight and note goes, the coordinator's fills and notes stay", async () => {
    const a = await audited();
    await both(a, (f) => f.insertRows("Plan", 2, 3));
    await expectClearExact(a);
    // Five syncs, only because rows moved: the first read (the checks, blind), the used range, its rows, the fills
    // where the marks went, the write.
    expect(a.fake.stats.syncs).toBe(5);
  });

  it("rows inserted inside the table, between marked rows, from a pane opened afresh", async () => {
    const a = await audited();
    await both(a, (f) => f.insertRows("Plan", 12, 2));
    await both(a, (f) => f.insertRows("Plan", 20, 1));
    await expectClearExact(a, createFakeExcel(a.data));
  });

  it("rows deleted above the marked cells, and a marked row deleted", async () => {
    const a = await audited();
    await both(a, (f) => f.deleteRows("Plan", 2, 2));
    // Row 14 of the sheet now (J16 before) holds a mark over the coordinator's note: both go with the row.
    await both(a, (f) => f.deleteRows("Plan", 14, 1));
    await expectClearExact(a);
  });

  it("a marked row whose text the coordinator edited moves with its neighbours", async () => {
    const a = await audited();
    await both(a, (f) => f.insertRows("Plan", 1, 3));
    for (const f of [a.fake, a.twin]) f.workbook.sheets[0].values[12 + 3][0] = "Renamed participant";
    await expectClearExact(a);
  });

  it("a cell the coordinator recoloured after the audit keeps the coordinator's colour", async () => {
    const a = await audited();
    const sheet = a.data.sheets[0];
    // G13 (index 12, 6) was marked over the coordinator's patterned fill; they colour it again after the audit.
    expect(sheet.fills.get(cellKey(12, 6))?.color).toBe(WARNING_FILL);
    const mine: FakeFill = { color: "#0070C0", pattern: "Solid" };
    sheet.fills.set(cellKey(12, 6), mine);
    a.twin.workbook.sheets[0].fills.set(cellKey(12, 6), mine);
    await both(a, (f) => f.insertRows("Plan", 3, 3));
    await expectClearExact(a);
    expect(sheet.fills.get(cellKey(15, 6))).toEqual(mine);
  });

  it("a cell that moved onto a recorded address is not given that address's fill", async () => {
    const a = await audited();
    const sheet = a.data.sheets[0];
    // G13, G22 and G31 are marked alike (travel days). Nine rows inserted on top move G13's mark (over the
    // coordinator's patterned fill) onto G22's recorded address, where no fill was: that cell gets its own back.
    await both(a, (f) => f.insertRows("Plan", 1, 9));
    expect(sheet.fills.get(cellKey(21, 6))?.color).toBe(WARNING_FILL);
    await expectClearExact(a);
    expect(sheet.fills.get(cellKey(21, 6))).toEqual(PATTERNED);
  });

  it("more marked rows than are checked (MAX_PRINT_CHECKS): a move is still seen, and every mark found", async () => {
    const sheet = planSheet("Plan", MAX_PRINT_CHECKS + 500, { travelDays: 3, participants: Infinity });
    const data = fakeWorkbook([sheet], { active: "Plan" });
    const twin = createFakeExcel(cloneWorkbook(data));
    const fake = createFakeExcel(data);
    const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
    expect(result.highlighted).toBeGreaterThan(MAX_PRINT_CHECKS + 500);
    const a = { data, fake, twin };
    await both(a, (f) => f.insertRows("Plan", 1000, 2));
    await expectClearExact(a);
  });

  it("no moves: Clear still takes one read and one write", async () => {
    const a = await audited();
    await expectClearExact(a);
    expect(a.fake.stats.syncs).toBe(2);
  });

  it("any mix of insertions, deletions and own recolouring with the pane closed: Clear gives back the workbook", async () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constantFrom("insert" as const, "delete" as const),
        row: fc.integer({ min: 1, max: 30 }),
        count: fc.integer({ min: 1, max: 3 }),
      }),
      fc.record({ kind: fc.constant("colour" as const), row: fc.integer({ min: 0, max: 30 }), column: fc.integer({ min: 0, max: 13 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), fc.boolean(), async (steps, fresh) => {
        const a = await audited(20);
        for (const s of steps) {
          if (s.kind === "colour") {
            for (const f of [a.fake, a.twin]) f.workbook.sheets[0].fills.set(cellKey(s.row, s.column), OWN);
          } else if (s.kind === "insert") await both(a, (f) => f.insertRows("Plan", s.row, s.count));
          else await both(a, (f) => f.deleteRows("Plan", s.row, s.count));
        }
        await expectClearExact(a, fresh ? createFakeExcel(a.data) : a.fake);
      }),
      { seed: 1207, numRuns: 40 },
    );
  });
});

describe("an audit after rows moved unheard, and checks as you type turned off", () => {
  it("a new audit restores the old marks where their rows went, then Clear gives back the workbook", async () => {
    const a = await audited();
    await both(a, (f) => f.insertRows("Plan", 2, 3));
    await both(a, (f) => f.deleteRows("Plan", 20, 1));
    a.fake.stats.reset();
    const again = await auditInExcel(a.fake, { scope: "sheet", language: "en" });
    // One more sync than without moves: the fills where the old marks went.
    expect(again.syncs).toBe(3);
    const fresh = createFakeExcel(cloneWorkbook(a.twin.workbook));
    await auditInExcel(fresh, { scope: "sheet", language: "en" });
    expect(fills(a.data.sheets[0])).toEqual(fills(fresh.workbook.sheets[0]));
    expect(notes(a.data.sheets[0])).toEqual(notes(fresh.workbook.sheets[0]));
    await expectClearExact(a);
  });

  it("marked rows only edited, not moved: the audit takes its two syncs, and Clear still gives back the workbook", async () => {
    const a = await audited();
    for (const f of [a.fake, a.twin]) f.workbook.sheets[0].values[12][0] = "Renamed participant";
    a.fake.stats.reset();
    const again = await auditInExcel(a.fake, { scope: "sheet", language: "en" });
    expect(again.syncs).toBe(2);
    await expectClearExact(a);
  });

  it("marks written while checking as you type carry their rows' prints: rows moved after the switch is off", async () => {
    const a = await audited();
    const live = await startLiveCheck(a.fake, {
      deps: liveDeps,
      options: { language: "en" },
      debounceMs: 0,
      onUpdate: () => undefined,
      onStop: () => undefined,
    });
    if (!live) throw new Error("live checking did not start");
    // Row 10 (index 9) gets an ineligible host country: marked live.
    for (const f of [a.fake, a.twin]) await f.edit("Plan", "J10", [["CH"]]);
    await live.idle();
    expect(a.data.sheets[0].fills.get(cellKey(9, 9))?.color).toBe(ERROR_FILL);
    await live.stop();
    await both(a, (f) => f.insertRows("Plan", 5, 2));
    await expectClearExact(a);
  });
});

describe("relocating rows by their prints", () => {
  const prints = (entries: [number, string][]) => new Map(entries);

  it("follows an insertion and keeps duplicates in order", () => {
    const recorded = prints([
      [10, "a"],
      [11, "a"],
      [12, "b"],
    ]);
    const now = prints([
      [13, "a"],
      [14, "a"],
      [15, "b"],
    ]);
    expect(relocateRows([10, 11, 12], recorded, now)).toEqual(
      new Map([
        [10, 13],
        [11, 14],
        [12, 15],
      ]),
    );
  });

  it("places an edited row by its neighbours when they moved alike, and not when they did not", () => {
    const recorded = prints([
      [10, "a"],
      [11, "x"],
      [12, "b"],
      [20, "c"],
      [21, "y"],
      [22, "d"],
    ]);
    // Rows inserted above (+2) and between 21 and 22 (+1 more).
    const now = prints([
      [12, "a"],
      [13, "edited"],
      [14, "b"],
      [22, "c"],
      [23, "edited too"],
      [25, "d"],
    ]);
    const moved = relocateRows([10, 11, 12, 20, 21, 22], recorded, now);
    expect(moved.get(11)).toBe(13);
    expect(moved.get(21)).toBeUndefined();
    expect(moved.get(22)).toBe(25);
  });

  it("a row deleted is not found, and no print found at all leaves every row where it was", () => {
    expect(relocateRows([5, 6], prints([[5, "a"]]), prints([[9, "b"]]))).toEqual(
      new Map([
        [5, 5],
        [6, 6],
      ]),
    );
    const moved = relocateRows(
      [5, 6, 7],
      prints([
        [5, "a"],
        [6, "b"],
        [7, "c"],
      ]),
      prints([
        [4, "a"],
        [5, "c"],
      ]),
    );
    expect(moved).toEqual(
      new Map([
        [5, 4],
        [6, undefined],
        [7, 5],
      ]),
    );
  });
});
