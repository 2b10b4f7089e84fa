/**
 * The reports written piece by piece (writeJson, writeText, ChunkedOutput): the same text as the whole-string
 * formatters, in chunks, waiting for a full stream to drain before writing more.
 */
import { EventEmitter } from "node:events";
import { auditWorkbook, type AuditReport, type WorkbookGrid } from "../../src/audit";
import { jsonBudget, planBudget } from "../../src/cli/budget";
import { formatJson, writeJson } from "../../src/cli/format-json";
import { formatText, writeText, type TextOptions } from "../../src/cli/format-text";
import { ChunkedOutput } from "../../src/cli/output";
import { COLUMNS, planGrid } from "../../bench/plan-generator";

/** A stream that says it is full after every `fullEvery`-th write and drains on the next turn of the event loop. */
class SlowStream extends EventEmitter {
  readonly chunks: string[] = [];
  /** Writes made while the stream had said it was full and had not drained yet. */
  writesWhileFull = 0;
  private full = false;

  constructor(private readonly fullEvery: number) {
    super();
  }

  write(text: string): boolean {
    if (this.full) this.writesWhileFull++;
    this.chunks.push(text);
    if (this.chunks.length % this.fullEvery !== 0) return true;
    this.full = true;
    setImmediate(() => {
      this.full = false;
      this.emit("drain");
    });
    return false;
  }

  get text(): string {
    return this.chunks.join("");
  }
}

const HOSTILE = "\u001b]0;x\u0007\r\n\t\u0085\u009b2J\u007f";

/** A small plan: a project block with a bad value, a row ending before it starts, a row in a non-programme country. */
const SMALL: WorkbookGrid = {
  sheets: [
    {
      name: `Plāns${HOSTILE}`,
      rows: [
        ["Sektors", `VET${HOSTILE}`],
        ["Valsts", "Latvija"],
        [],
        ["Vārds, uzvārds", "Aktivitātes veids", "Sākuma datums", "Beigu datums", "Uzņemošā valsts", "Piezīmes"],
        ["Anna Bērziņa", "Ēnošana darbā", "12.10.2026.", "05.10.2026.", "Vācija", ""],
        [`Jānis${HOSTILE}`, "Ēnošana darbā", { date: "2026-10-05" }, { date: "2026-10-09" }, "Itālija", ""],
        ["Ilze Kalniņa", "Kursi un apmācības", { date: "2026-11-02" }, { date: "2026-11-02" }, "Šveice", ""],
      ],
    },
  ],
};

/** A generated plan of `rows` rows, each in a country outside the programme: an issue on every row, many chunks. */
function everyRowWrong(rows: number): WorkbookGrid {
  const grid = planGrid(rows);
  const sheet = grid.sheets[0];
  return {
    sheets: [
      { ...sheet, rows: sheet.rows.map((cells, i) => (i < 10 ? cells : cells.map((c, k) => (k === COLUMNS.country ? "Šveice" : c)))) },
    ],
  };
}

const CLEAN: WorkbookGrid = {
  sheets: [
    {
      name: "Plāns",
      rows: [
        ["Sektors", "VET"],
        ["Vārds, uzvārds", "Aktivitātes veids", "Sākuma datums", "Beigu datums", "Uzņemošā valsts"],
        ["Anna Bērziņa", "Ēnošana darbā", { date: "2026-10-05" }, { date: "2026-10-09" }, "Vācija"],
      ],
    },
  ],
};

const REPORTS: readonly [string, () => AuditReport][] = [
  ["a small plan with control characters (en)", () => auditWorkbook(SMALL, { language: "en" })],
  ["a small plan with control characters (lv)", () => auditWorkbook(SMALL, { language: "lv" })],
  ["a plan without issues but the project's", () => auditWorkbook(CLEAN, { language: "en" })],
  ["3,000 rows with an issue on each", () => auditWorkbook(everyRowWrong(3000), { language: "en" })],
];

describe.each(REPORTS)("%s", (_name, make) => {
  const report = make();

  test("writeJson writes formatJson's text", async () => {
    const out = new SlowStream(3);
    await writeJson(report, `plan${HOSTILE}.xlsx`, out);
    expect(out.text).toBe(formatJson(report, `plan${HOSTILE}.xlsx`));
    expect(out.writesWhileFull).toBe(0);
  });

  test("writeText writes formatText's text, then the lines after it", async () => {
    const options: TextOptions = {
      file: "plan.xlsx",
      language: report.language,
      color: true,
      rowLabel: (_s, row) => `Row${HOSTILE}${row}`,
    };
    const out = new SlowStream(2);
    await writeText(report, options, out, ["after 1\n", "after 2\n"]);
    expect(out.text).toBe(`${formatText(report, options)}after 1\nafter 2\n`);
    expect(out.writesWhileFull).toBe(0);
  });
});

test("a report with an issue on each of 3,000 rows is written in several chunks", async () => {
  const report = auditWorkbook(everyRowWrong(3000), { language: "en" });
  expect(report.issues.length).toBeGreaterThanOrEqual(3000);
  const out = new SlowStream(1);
  await writeJson(report, "plan.xlsx", out);
  expect(out.chunks.length).toBeGreaterThan(5);
  expect(Math.max(...out.chunks.map((c) => c.length))).toBeLessThan(2 * 65536);
});

test("the budget is written after the issues, as formatJson places it", async () => {
  const report = auditWorkbook(SMALL, { language: "en", keepActivities: true });
  const budget = jsonBudget(planBudget(report), "en");
  const out = new SlowStream(2);
  await writeJson(report, "plan.xlsx", out, budget);
  expect(out.text).toBe(formatJson(report, "plan.xlsx", budget));
  expect(Object.keys(JSON.parse(out.text))).toContain("budget");
});

describe("ChunkedOutput", () => {
  test("asks for a flush once a chunk is full, and writes nothing until then", async () => {
    const out = new SlowStream(1000);
    const output = new ChunkedOutput(out, 10);
    expect(output.add("12345")).toBe(false);
    expect(output.add("6789")).toBe(false);
    expect(output.add("0")).toBe(true);
    expect(out.chunks).toEqual([]);
    await output.flush();
    expect(out.chunks).toEqual(["1234567890"]);
    await output.flush();
    expect(out.chunks).toEqual(["1234567890"]);
  });

  test("stops waiting when the stream closes instead of draining", async () => {
    const out = new EventEmitter() as EventEmitter & { write(text: string): boolean };
    out.write = () => false;
    const output = new ChunkedOutput(out, 1);
    output.add("x");
    const flushed = output.flush();
    out.emit("close");
    await expect(flushed).resolves.toBeUndefined();
    expect(out.listenerCount("drain") + out.listenerCount("close") + out.listenerCount("error")).toBe(0);
  });

  test("writes without waiting to a stream that cannot say it drained", async () => {
    const written: string[] = [];
    const output = new ChunkedOutput({ write: (text: string) => (written.push(text), false) }, 1);
    output.add("a");
    await output.flush();
    output.add("b");
    await output.flush();
    expect(written).toEqual(["a", "b"]);
  });
});
