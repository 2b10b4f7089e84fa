/** Planning the writes as data, and the record each sync writes, without Excel. Expectations worked out by hand. */
import { cellKey } from "../../src/excel/address";
import type { MarkRecord } from "../../src/excel/mark-record";
import { textHash } from "../../src/excel/notes";
import { type PlanInput, planWrites } from "../../src/excel/plan-writes";
import { RecordProgress } from "../../src/excel/record-progress";

const C5 = cellKey(4, 2);
const C6 = cellKey(5, 2);
const C7 = cellKey(6, 2);
const D5 = cellKey(4, 3);
const WHITE = { color: "#FFFFFF", pattern: "Solid" };
const YELLOW = { color: "#FFFF00", pattern: "Solid" };
const GREEN = { color: "#00B050", pattern: "Solid" };
const OLD_NOTE = "Erasmus+ plan audit:\n• old";

/**
 * The last audit marked C5 (over no fill), C6 (over the coordinator's yellow) and D5 (over white) and noted C5.
 * Since then the coordinator recoloured D5 green and put a note of their own on C7. This audit marks C6, C7 and D5.
 */
function input(notesKnown: boolean): PlanInput {
  const record: MarkRecord = new Map([
    [
      "s1",
      {
        name: "Plan",
        cells: new Map([
          [C5, { fill: "#FFC7CE", prior: null }],
          [C6, { fill: "#FFC7CE", prior: YELLOW }],
          [D5, { fill: "#FFEB9C", prior: WHITE }],
        ]),
        notes: new Set([textHash(OLD_NOTE)]),
      },
    ],
  ]);
  return {
    record,
    current: new Map([
      [
        "s1",
        new Map([
          [C5, { color: "#FFC7CE", pattern: "Solid" }],
          [C6, { color: "#FFC7CE", pattern: "Solid" }],
          [D5, GREEN],
        ]),
      ],
    ]),
    notes: notesKnown
      ? [
          { sheetId: "s1", key: C5, content: OLD_NOTE },
          { sheetId: "s1", key: C7, content: "Mine" },
        ]
      : undefined,
    targets: new Map([
      [
        "s1",
        new Map([
          [C6, { fill: "#FFEB9C", note: "n1" }],
          [C7, { fill: "#FFC7CE", note: "n2" }],
          [D5, { fill: "#DDEBF7", note: "n3" }],
        ]),
      ],
    ]),
    sheetNames: new Map([["s1", "Plan"]]),
  };
}

describe("planning the writes", () => {
  it("restores what is no longer flagged, deletes the add-in's old notes, and marks column by column", () => {
    const plan = planWrites(input(true));
    expect(plan.ops).toEqual([
      // C5 still shows the add-in's red and is not flagged again: back to no fill. 400 + "C5".length.
      { kind: "restore", sheetId: "s1", prior: null, areas: "C5", cells: [C5], request: 402, response: 0 },
      { kind: "delete-note", sheetId: "s1", cell: C5, request: 200, response: 0 },
      {
        kind: "mark",
        sheetId: "s1",
        // C6 keeps its recorded yellow; D5's own fill is now the coordinator's green; C7's is not known: loaded first.
        cells: [
          { key: C6, fill: "#FFEB9C", prior: YELLOW },
          { key: C7, fill: "#FFC7CE", prior: undefined },
          { key: D5, fill: "#DDEBF7", prior: GREEN },
        ],
        verify: ["C7"],
        fills: [
          { fill: "#FFEB9C", areas: "C6" },
          { fill: "#FFC7CE", areas: "C7" },
          { fill: "#DDEBF7", areas: "D5" },
        ],
        // C7 holds the coordinator's note: none from the add-in.
        notes: [
          { key: C6, text: "n1" },
          { key: D5, text: "n3" },
        ],
        // Four addresses of 2 characters + 300 each, and two notes of 200 + 1.2 × 2.
        request: 4 * 302 + 2 * 202.4,
        // One cell's fill loaded.
        response: 110,
      },
    ]);
    expect(plan.pending).toEqual(
      new Map([
        [
          "s1",
          new Map([
            [C5, { fill: "#FFC7CE", prior: null }],
            [C6, { fill: "#FFC7CE", prior: YELLOW }],
          ]),
        ],
      ]),
    );
  });

  it("keeps in the record what still stands after each op, and the fill a load found", () => {
    const { record, sheetNames } = input(true);
    const plan = planWrites(input(true));
    const progress = new RecordProgress(record, plan, sheetNames);
    progress.apply(plan.ops[0]);
    // C6 is still the old mark (not yet marked again); the old note still stands.
    expect(progress.record()).toEqual(
      new Map([["s1", { name: "Plan", cells: new Map([[C6, { fill: "#FFC7CE", prior: YELLOW }]]), notes: new Set([textHash(OLD_NOTE)]) }]]),
    );
    progress.apply(plan.ops[1]);
    progress.apply(plan.ops[2]);
    progress.verified("s1", C7, { color: "#0070C0", pattern: "Solid" });
    expect(progress.record()).toEqual(
      new Map([
        [
          "s1",
          {
            name: "Plan",
            cells: new Map([
              [C6, { fill: "#FFEB9C", prior: YELLOW }],
              [C7, { fill: "#FFC7CE", prior: { color: "#0070C0", pattern: "Solid" } }],
              [D5, { fill: "#DDEBF7", prior: GREEN }],
            ]),
            notes: new Set([textHash("n1"), textHash("n3")]),
          },
        ],
      ]),
    );
  });

  it("adds no notes and forgets no old note when the workbook's notes are not known", () => {
    const { record, sheetNames } = input(false);
    const plan = planWrites(input(false));
    expect(plan.ops.map((op) => op.kind)).toEqual(["restore", "mark"]);
    const progress = new RecordProgress(record, plan, sheetNames);
    for (const op of plan.ops) progress.apply(op);
    expect(progress.record().get("s1")?.notes).toEqual(new Set([textHash(OLD_NOTE)]));
  });

  it("plans nothing for a sheet that no longer exists, and only restores for Clear", () => {
    const gone = planWrites({ ...input(true), sheetNames: new Map(), targets: new Map() });
    expect(gone.ops).toEqual([]);
    const clear = planWrites({ ...input(true), targets: new Map() });
    expect(clear.ops.map((op) => [op.kind, op.kind === "restore" ? op.areas : ""])).toEqual([
      ["restore", "C5"],
      ["restore", "C6"],
      ["delete-note", ""],
    ]);
  });
});
