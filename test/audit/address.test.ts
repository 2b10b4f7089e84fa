/** A1 addresses (src/audit/address.ts): column letters both ways, and cell addresses. */
import fc from "fast-check";
import { cellAddress, columnLetter, columnNumber } from "../../src/audit";

describe("columnLetter / columnNumber", () => {
  test.each([
    [1, "A"],
    [2, "B"],
    [26, "Z"],
    [27, "AA"],
    [28, "AB"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16_384, "XFD"],
  ])("%i ↔ %s", (number, letters) => {
    expect(columnLetter(number)).toBe(letters);
    expect(columnNumber(letters)).toBe(number);
  });

  test("lower-case letters read like upper-case", () => {
    expect(columnNumber("xfd")).toBe(16_384);
    expect(columnNumber("aA")).toBe(27);
  });

  test("letters and numbers are inverse over Excel's whole width", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16_384 }), (n) => {
        const letters = columnLetter(n);
        expect(letters).toMatch(/^[A-Z]{1,3}$/);
        expect(columnNumber(letters)).toBe(n);
      }),
    );
  });
});

describe("cellAddress", () => {
  test.each([
    [1, 1, "A1"],
    [7, 3, "C7"],
    [100_001, 28, "AB100001"],
    [1_048_576, 16_384, "XFD1048576"],
  ])("row %i, column %i → %s", (row, column, address) => {
    expect(cellAddress(row, column)).toBe(address);
  });
});
