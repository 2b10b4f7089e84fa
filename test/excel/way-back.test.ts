/** The way back: every cell's own fill comes back exactly, only the add-in's notes go, values are never touched. */
import fc from "fast-check";
import { auditInExcel, clearAuditMarks, loadStoredSettings } from "../../src/excel";
import { parseAddress } from "../../src/excel/address";
import { type FakeFill, type FakeWorkbookData, cellKey, cloneWorkbook, createFakeExcel, fakeWorkbook } from "./fake-excel";
import { ERROR_FILL, contents, expectCleanWrites, expectWithinLimits, fills, flagged, notes } from "./helpers";
import { planSheet } from "./plans";

jest.setTimeout(120_000);

const fill: fc.Arbitrary<FakeFill | undefined> = fc.oneof(
  fc.constant(undefined), // no fill
  fc.constant({ color: "#FFFFFF", pattern: "Solid" }), // white
  fc.constant({ color: ERROR_FILL, pattern: "Solid" }), // the coordinator happens to use the add-in's colour
  fc.integer({ min: 0, max: 0xffffff }).map((n) => ({ color: `#${n.toString(16).padStart(6, "0").toUpperCase()}`, pattern: "Solid" })),
  fc.constant({ color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" }),
);

/** Random own fills and notes on a plan with random mistakes. */
const scenario = fc.record({
  rows: fc.integer({ min: 5, max: 60 }),
  mistakeEvery: fc.constantFrom(0, 2, 3, 5, 7),
  participants: fc.integer({ min: 10, max: 45 }),
  fills: fc.array(fc.record({ row: fc.integer({ min: 0, max: 70 }), column: fc.integer({ min: 0, max: 15 }), fill }), {
    minLength: 30,
    maxLength: 200,
  }),
  // Mostly in the columns the mistakes are in (activity, duration, travel days, host country).
  userNotes: fc.array(fc.record({ row: fc.integer({ min: 7, max: 50 }), column: fc.constantFrom(0, 2, 3, 4, 5, 6, 9) }), {
    minLength: 1,
    maxLength: 10,
  }),
  edit: fc.integer({ min: 0, max: 59 }),
});

/** Flagged cells show the add-in's colour; every other cell shows its own fill. */
function expectMarks(now: ReadonlyMap<number, FakeFill>, own: ReadonlyMap<number, unknown>, marked: ReadonlyMap<string, string>): void {
  const keys = new Set([...now.keys(), ...own.keys(), ...[...marked.keys()].map((id) => Number(id.split("!")[1]))]);
  const wrong: number[] = [];
  for (const key of keys) {
    const expected = marked.get(`Plan!${key}`);
    const fill = now.get(key);
    const ok = expected ? fill?.color === expected : JSON.stringify(fill) === JSON.stringify(own.get(key));
    if (!ok) wrong.push(key);
  }
  expect(wrong).toEqual([]);
}

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): FakeWorkbookData {
  const sheet = planSheet("Plan", s.rows, { mistakeEvery: s.mistakeEvery, participants: s.participants });
  for (const { row, column, fill: f } of s.fills) {
    if (f) sheet.fills.set(cellKey(row, column), f);
    else sheet.fills.delete(cellKey(row, column));
  }
  for (const { row, column } of s.userNotes)
    sheet.notes.set(cellKey(row, column), { content: `Coordinator's note ${row}`, author: "Coordinator" });
  return fakeWorkbook([sheet, planSheet("Other", 3)], { active: "Plan" });
}

describe("highlight, then clear", () => {
  it("fills exactly the flagged cells, and clear restores every cell's own fill exactly", async () => {
    let ownFillsUnderMarks = 0;
    let ownNotesUnderMarks = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const data = build(s);
        const sheet = data.sheets[0];
        const before = fills(sheet);
        const beforeNotes = notes(sheet);
        const beforeContents = contents(data);
        const fake = createFakeExcel(data);

        const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
        const marked = flagged(result);
        expect(result.highlighted).toBe(marked.size);
        const own = new Map(before);
        expectMarks(sheet.fills, own, marked);
        // The coordinator's notes are never overwritten; every other flagged cell has the add-in's note.
        for (const [key, content] of beforeNotes) expect(sheet.notes.get(key)?.content).toBe(content);
        for (const id of marked.keys()) {
          const key = Number(id.split("!")[1]);
          if (!new Map(beforeNotes).has(key)) expect(sheet.notes.get(key)?.content).toMatch(/^Erasmus\+ plan audit:\n• /);
        }
        expect(result.notesSkipped).toBe([...marked.keys()].filter((id) => new Map(beforeNotes).has(Number(id.split("!")[1]))).length);
        ownFillsUnderMarks += [...marked.keys()].filter((id) => own.has(Number(id.split("!")[1]))).length;
        ownNotesUnderMarks += result.notesSkipped ?? 0;

        const cleared = await clearAuditMarks(fake);
        expect(cleared.restored).toBe(result.highlighted);
        expect(fills(sheet)).toEqual(before);
        expect(notes(sheet)).toEqual(beforeNotes);
        expect(contents(data)).toBe(beforeContents);
        expect([...data.settings.keys()]).toEqual([]);
        expectWithinLimits(fake);
        expectCleanWrites(fake);
      }),
      { seed: 826, numRuns: 40 },
    );
    // The runs did put the coordinator's own fills and notes under flagged cells.
    expect(ownFillsUnderMarks).toBeGreaterThan(0);
    expect(ownNotesUnderMarks).toBeGreaterThan(0);
  });

  it("a new audit first restores the previous marks, also after the data changed and the workbook was reopened", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, fc.boolean(), async (s, reopen) => {
        const data = build(s);
        const sheet = data.sheets[0];
        const before = fills(sheet);
        const beforeNotes = notes(sheet);
        await auditInExcel(createFakeExcel(data), { scope: "sheet", language: "en" });

        // The coordinator fixes a row (a value the add-in never writes) and audits again.
        const row = sheet.values[7 + (s.edit % s.rows)];
        row[5] = 3;
        row[6] = 1;
        row[9] = "IT";
        const edited = contents(data);
        const second = reopen ? cloneWorkbook(data) : data;
        const fake = createFakeExcel(second);
        const result = await auditInExcel(fake, { scope: "sheet", language: "lv" });
        const marked = flagged(result);
        const sheet2 = second.sheets[0];
        expectMarks(sheet2.fills, new Map(before), marked);
        await clearAuditMarks(fake);
        expect(fills(sheet2)).toEqual(before);
        expect(notes(sheet2)).toEqual(beforeNotes);
        expect(contents(second)).toBe(edited);
      }),
      { seed: 827, numRuns: 25 },
    );
  });
});

describe("the coordinator's own marks", () => {
  function audited() {
    const sheet = planSheet("Plan", 40, { mistakeEvery: 4 });
    const data = fakeWorkbook([sheet]);
    return { data, sheet, fake: createFakeExcel(data) };
  }

  it("keeps the coordinator's colour under a newly flagged cell, with one more small sync to record it", async () => {
    const { sheet, fake } = audited();
    const probe = await auditInExcel(createFakeExcel(cloneWorkbook(fake.workbook)), { scope: "sheet", language: "en" });
    const [id, colour] = [...flagged(probe)][0];
    const key = Number(id.split("!")[1]);
    sheet.fills.set(key, { color: "#00B050", pattern: "Solid" });
    const before = fills(sheet);
    const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
    expect(result.syncs).toBe(3);
    expect(sheet.fills.get(key)?.color).toBe(colour);
    await clearAuditMarks(fake);
    expect(fills(sheet)).toEqual(before);
  });

  it.each([false, true])(
    "leaves a highlight the coordinator recoloured, and a note they edited, when clearing (reopened: %s)",
    async (reopen) => {
      const { sheet, fake } = audited();
      const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
      const keys = [...flagged(result).keys()].map((id) => Number(id.split("!")[1]));
      sheet.fills.set(keys[0], { color: "#92D050", pattern: "Solid" });
      sheet.notes.set(keys[1], { content: "Checked with the host: fine.", author: "Coordinator" });
      const data = reopen ? cloneWorkbook(fake.workbook) : fake.workbook;
      const cleared = await clearAuditMarks(reopen ? createFakeExcel(data) : fake);
      expect(cleared.restored).toBe(keys.length - 1);
      expect(cleared.notesRemoved).toBe(keys.length - 1);
      expect(data.sheets[0].fills.get(keys[0])).toEqual({ color: "#92D050", pattern: "Solid" });
      expect(notes(data.sheets[0])).toEqual([[keys[1], "Checked with the host: fine."]]);
    },
  );

  it.each([false, true])("removes the add-in's note wherever it moved, e.g. rows inserted above it (reopened: %s)", async (reopen) => {
    const { sheet, fake } = audited();
    const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
    const key = Number([...flagged(result).keys()][0].split("!")[1]);
    const note = sheet.notes.get(key) as { content: string; author: string };
    sheet.notes.delete(key);
    sheet.notes.set(key + cellKey(3, 0), note);
    const data = reopen ? cloneWorkbook(fake.workbook) : fake.workbook;
    await clearAuditMarks(reopen ? createFakeExcel(data) : fake);
    expect(data.sheets[0].notes.size).toBe(0);
  });

  it("clears after the workbook was saved, closed and reopened, in one read for the record, one for the checks and one write", async () => {
    const { data, fake } = audited();
    const before = fills(data.sheets[0]);
    const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
    expect(result.highlighted).toBeGreaterThan(0);
    const reopened = cloneWorkbook(data);
    const again = createFakeExcel(reopened);
    const cleared = await clearAuditMarks(again);
    expect(cleared).toEqual({ restored: result.highlighted, notesRemoved: result.highlighted, syncs: 3 });
    expect(fills(reopened.sheets[0])).toEqual(before);
    expect(reopened.sheets[0].notes.size).toBe(0);
    expect(reopened.settings.size).toBe(0);
    // Nothing left to clear: one read.
    expect((await clearAuditMarks(again)).syncs).toBe(1);
  });

  it("needs no read of its own for the checks once the pane has loaded its settings (it sees the record and the notes)", async () => {
    const { data, fake } = audited();
    data.sheets[0].notes.set(cellKey(1, 0), { content: "Ask Anna about the dates", author: "Coordinator" });
    // A first audit must find the coordinator's notes before it may add its own: one more read.
    expect((await auditInExcel(createFakeExcel(cloneWorkbook(data)), { scope: "sheet", language: "en" })).syncs).toBe(3);
    // The pane loads its settings when it opens; that sync also sees the record and the note count.
    await loadStoredSettings(fake);
    fake.stats.reset();
    const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
    expect(result.syncs).toBe(2);
    const reopened = createFakeExcel(cloneWorkbook(data));
    await loadStoredSettings(reopened);
    const cleared = await clearAuditMarks(reopened);
    expect(cleared).toEqual({ restored: result.highlighted, notesRemoved: result.highlighted, syncs: 2 });
    expect(notes(reopened.workbook.sheets[0])).toEqual([[cellKey(1, 0), "Ask Anna about the dates"]]);
  });

  it("writes through RangeAreas in chunks far under 8,192 characters when thousands of cells are flagged", async () => {
    const sheet = planSheet("Plan", 12_000, { mistakeEvery: 2 });
    const fake = createFakeExcel(fakeWorkbook([sheet]));
    const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
    expect(result.highlighted).toBeGreaterThan(4_000);
    const fillWrites = fake.stats.log.reduce((n, s) => n + s.fillWrites, 0);
    expect(fillWrites).toBeLessThan(result.highlighted / 20);
    for (const sync of fake.stats.log) {
      expect(sync.maxAddressChars).toBeLessThanOrEqual(2_000);
      expect(sync.maxAreas).toBeLessThanOrEqual(200);
    }
    expectWithinLimits(fake);
    expectCleanWrites(fake);
    const cleared = await clearAuditMarks(fake);
    expect(cleared.restored).toBe(result.highlighted);
    expect(sheet.fills.size).toBe(0);
    expectWithinLimits(fake);
  });
});

describe("notes", () => {
  it("are written where ExcelApi 1.18 is supported, saying why", async () => {
    const data = fakeWorkbook([planSheet("Plan", 40, { mistakeEvery: 4 })]);
    const result = await auditInExcel(createFakeExcel(data), { scope: "sheet", language: "en" });
    expect(result.notesWritten).toBe(true);
    const issue = result.report.issues.find((i) => i.cell !== null && i.severity === "error");
    const rect = parseAddress(issue?.cell as string);
    expect(data.sheets[0].notes.get(cellKey(rect.row, rect.column))?.content).toContain(issue?.message);
  });

  it("are not written below ExcelApi 1.18: the pane explains, and fills still come and go", async () => {
    const data = fakeWorkbook([planSheet("Plan", 40, { mistakeEvery: 4 })]);
    const fake = createFakeExcel(data, { apiVersion: "1.17" });
    const result = await auditInExcel(fake, { scope: "sheet", language: "en" });
    expect(result.notesWritten).toBe(false);
    expect(result.highlighted).toBeGreaterThan(0);
    expect(data.sheets[0].notes.size).toBe(0);
    expect(result.syncs).toBe(2);
    await clearAuditMarks(fake);
    expect(data.sheets[0].fills.size).toBe(0);
  });
});
