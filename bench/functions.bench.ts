/**
 * Custom functions as a recalculation calls them: MOBILITY_MAX_DAYS over every sector × activity label pair of the
 * catalog (codes, English and Latvian), MOBILITY_CHECK down a 1,000-row plan (dates as serials and as text). Calls go
 * through functions.ts, as Excel makes them (outside Office: English, errors as FunctionInputError).
 * Figures: calls per second, the median of several timed runs after a warm-up.
 *
 *   npm run bench            (bench/run.ts runs every *.bench.ts)
 *   npx ts-node --transpile-only bench/functions.bench.ts
 */
import { mobilityCheck, mobilityMaxDays } from "../src/functions/functions";
import { ACTIVITY_TYPES, SECTOR_LABELS, isoToSerial } from "../src/rules";
import { seededRandom as random } from "../test/fixtures/plan-data";

const RUNS = 7;
const RUN_MS = 150;

/** Calls per second of `call(i)` for i = 0, 1, 2, …: the median of RUNS runs of about RUN_MS each. */
function callsPerSecond(call: (i: number) => unknown): number {
  let sink = 0;
  const runOnce = (ms: number): number => {
    let calls = 0;
    const started = process.hrtime.bigint();
    const deadline = started + BigInt(ms) * 1_000_000n;
    let now = started;
    while (now < deadline) {
      // Check the clock every 1,000 calls: reading it costs about as much as a cached call.
      for (let k = 0; k < 1000; k++, calls++) {
        const result = call(calls);
        sink += typeof result === "number" ? result : String(result).length;
      }
      now = process.hrtime.bigint();
    }
    return calls / (Number(now - started) / 1e9);
  };
  runOnce(RUN_MS); // warm-up: JIT and the label caches
  const rates = Array.from({ length: RUNS }, () => runOnce(RUN_MS)).sort((a, b) => a - b);
  if (sink === -1) console.log(sink); // keeps the results alive
  return Math.round(rates[Math.floor(RUNS / 2)]);
}

/** Every sector label (code and Latvian name) × every label (code, English, Latvian) of the sector's activities. */
function labelPairs(): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const type of ACTIVITY_TYPES) {
    if (type.maxDays === null) continue; // preparatory visits have no maximum (#N/A)
    const sectorLabels = [SECTOR_LABELS[type.sector][0], SECTOR_LABELS[type.sector].find((l) => /ī|ā/.test(l)) ?? type.sector];
    for (const sector of sectorLabels) for (const label of [type.code, type.en, type.lv]) pairs.push([sector, label]);
  }
  return pairs;
}

type Row = [sector: string, activity: string, start: number | string, end: number | string, fewer: boolean | null, host: string | null];

/** A 1,000-row plan: mixed labels, dates as serials or dd.mm.yyyy text, some too long, some to ineligible hosts. */
function plan(rows = 1000): Row[] {
  const next = random(2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const pairs = labelPairs();
  const hosts = ["DE", "Vācija", "Itālijā", "ES", "Šveice", null];
  const first = isoToSerial("2026-06-01") as number;
  return Array.from({ length: rows }, (): Row => {
    const [sector, activity] = pick(pairs);
    const start = first + Math.floor(next() * 300);
    const end = start + Math.floor(next() * 120);
    const asText = (serial: number) => {
      const date = new Date(Date.UTC(1899, 11, 30 + serial));
      return `${String(date.getUTCDate()).padStart(2, "0")}.${String(date.getUTCMonth() + 1).padStart(2, "0")}.${date.getUTCFullYear()}`;
    };
    return [
      sector,
      activity,
      next() < 0.5 ? start : asText(start),
      next() < 0.5 ? end : asText(end),
      next() < 0.2 ? true : null,
      pick(hosts),
    ];
  });
}

export async function run(): Promise<Record<string, number>> {
  const pairs = labelPairs();
  const rows = plan();
  const maxDays = callsPerSecond((i) => {
    const [sector, activity] = pairs[i % pairs.length];
    return mobilityMaxDays(sector, activity);
  });
  const check = callsPerSecond((i) => {
    const [sector, activity, start, end, fewer, host] = rows[i % rows.length];
    return mobilityCheck(sector, activity, start, end, fewer, host);
  });
  return {
    "functions.MOBILITY_MAX_DAYS.calls_per_s": maxDays,
    "functions.MOBILITY_CHECK.calls_per_s": check,
  };
}

if (require.main === module) {
  run().then(
    (figures) => {
      for (const [key, value] of Object.entries(figures)) console.log(`${key}: ${value} calls/s`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
