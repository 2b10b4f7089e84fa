/** participant-overlap's sort keys stay exact integers however many rows a plan has (its cases: test/rules/cases/overlap.ts). */
import { positionsFor } from "../../../src/rules/checks/overlap";

describe("positionsFor", () => {
  test.each([2, 2 ** 21 - 1, 2 ** 21, 2 ** 22, 3_000_000, 2 ** 24])(
    "%i rows: every key is below 2^53 and rows never share a slot",
    (rows) => {
      const { positions, shift } = positionsFor(rows);
      expect(positions).toBeGreaterThan(rows - 1);
      const largestKey = ((2 ** 32 - 1) >>> shift) * positions + (rows - 1);
      expect(largestKey).toBeLessThan(2 ** 53);
    },
  );

  test("up to 2^21 − 1 rows the whole 32-bit hash is kept; from 2^21 one bit less per doubling", () => {
    expect(positionsFor(2 ** 21 - 1)).toEqual({ positions: 2 ** 21, shift: 0 });
    expect(positionsFor(2 ** 21)).toEqual({ positions: 2 ** 22, shift: 1 });
  });
});
