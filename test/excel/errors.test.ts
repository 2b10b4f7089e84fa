/** Errors of the Excel layer carry a reason and its parameters, never a sentence. */
import { ExcelAuditError, asAuditError, refuseProtected } from "../../src/excel/errors";

describe("Excel layer errors", () => {
  it("name every protected sheet once", () => {
    const sheets = [
      { name: "Plan", protected: true },
      { name: "Lists", protected: false },
      { name: "Plan", protected: true },
      { name: "2027", protected: true },
    ];
    expect(() => refuseProtected(sheets)).toThrow(ExcelAuditError);
    try {
      refuseProtected(sheets);
    } catch (error) {
      expect((error as ExcelAuditError).problem).toEqual({ reason: "protected-sheet", params: { sheets: ["Plan", "2027"] } });
    }
    expect(() => refuseProtected([{ name: "Lists", protected: false }])).not.toThrow();
  });

  it("turn Office errors into reasons with their code and detail, and leave other errors alone", () => {
    const office = Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
    expect(asAuditError(office, 5_000_000)).toMatchObject({
      reason: "office-error",
      params: { code: "ItemNotFound", detail: "The requested resource doesn't exist." },
    });
    expect(asAuditError({ code: "ResponsePayloadSizeLimitExceeded" }, 5_000_000)).toMatchObject({
      reason: "payload-too-large",
      params: { limit: 5_000_000 },
    });
    const plain = new TypeError("bug");
    expect(asAuditError(plain, 5_000_000)).toBe(plain);
  });
});
