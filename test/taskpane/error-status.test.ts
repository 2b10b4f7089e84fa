/** The Excel layer's errors worded by the pane: every reason in both languages, with its parameters shown. */
import { EXCEL_AUDIT_REASONS, ExcelAuditError, type ExcelAuditProblem, type ExcelAuditReason } from "../../src/excel/types";
import { errorStatus } from "../../src/taskpane/error-status";
import { t } from "../../src/taskpane/i18n";
import type { Language } from "../../src/rules";

/** One problem of each reason, and what its text must show in each language (numbers as each language writes them). */
const SAMPLES: Record<ExcelAuditReason, { problem: ExcelAuditProblem; shows: Record<Language, string[]> }> = {
  "protected-sheet": {
    problem: { reason: "protected-sheet", params: { sheets: ["Plāns 2026", "Budget"] } },
    shows: { en: ["“Plāns 2026”, “Budget”", "Unprotect Sheet"], lv: ["“Plāns 2026”, “Budget”", "Noņemt lapas aizsardzību"] },
  },
  "no-plan-table": {
    problem: { reason: "no-plan-table", params: { sheet: "Budget", rows: 30 } },
    shows: { en: ["“Budget”", "first 30 rows"], lv: ["“Budget”", "pirmajām 30 rindām"] },
  },
  "too-large": {
    problem: { reason: "too-large", params: { sheet: "Plan", rows: 400_001, columns: 21, cells: 8_400_021, limit: 4_000_000 } },
    // Latvian groups digits with a no-break space.
    shows: {
      en: ["“Plan”", "400,001", "21", "8,400,021", "4,000,000"],
      lv: ["“Plan”", "400\u00a0001", "8\u00a0400\u00a0021", "4\u00a0000\u00a0000"],
    },
  },
  "payload-too-large": {
    problem: { reason: "payload-too-large", params: { limit: 5_000_000 } },
    shows: { en: ["5,000,000 bytes"], lv: ["5\u00a0000\u00a0000 baitu"] },
  },
  "excel-too-old": {
    problem: { reason: "excel-too-old", params: { requirement: "ExcelApi 1.9" } },
    shows: { en: ["(ExcelApi 1.9)"], lv: ["(ExcelApi 1.9)"] },
  },
  "office-error": {
    problem: { reason: "office-error", params: { code: "ItemNotFound", detail: "The requested resource doesn't exist." } },
    shows: { en: ["(ItemNotFound): The requested resource doesn't exist."], lv: ["(ItemNotFound): The requested resource doesn't exist."] },
  },
};

function worded(problem: ExcelAuditProblem, language: Language): string {
  const status = errorStatus(new ExcelAuditError(problem));
  expect(status.kind).toBe("error");
  return t(language, status.key, status.params);
}

describe("the Excel layer's errors in the pane", () => {
  it.each(EXCEL_AUDIT_REASONS.flatMap((reason) => (["en", "lv"] as const).map((language) => [reason, language] as const)))(
    "%s is worded in %s with its parameters",
    (reason, language) => {
      const { problem, shows } = SAMPLES[reason];
      expect(problem.reason).toBe(reason);
      const text = worded(problem, language);
      expect(text).not.toMatch(/[{}]/);
      for (const part of shows[language]) expect(text).toContain(part);
    },
  );

  it("words no plan table on any sheet apart from one sheet", () => {
    expect(worded({ reason: "no-plan-table", params: { sheet: null, rows: 30 } }, "en")).toMatch(
      /^No plan table was found on any sheet: none of the first 30 rows/,
    );
    expect(worded({ reason: "no-plan-table", params: { sheet: null, rows: 30 } }, "lv")).toMatch(
      /^Nevienā lapā plāna tabula netika atrasta: nevienas lapas pirmajās 30 rindās/,
    );
  });

  it("keeps the parameters, not the words, so the text follows a language switch", () => {
    const status = errorStatus(new ExcelAuditError(SAMPLES["too-large"].problem));
    expect(t("en", status.key, status.params)).toContain("8,400,021");
    expect(t("lv", status.key, status.params)).toContain("8\u00a0400\u00a0021");
  });

  it("shows any other error's message", () => {
    expect(errorStatus(new Error("boom"))).toEqual({ kind: "error", key: "error.unexpected", params: { message: "boom" } });
  });
});
