/** The real-world corpus (test/fixtures/corpus): each sheet audits to its expected project and issues. */
import { auditWorkbook } from "../../src/audit";
import { CORPUS } from "../fixtures/corpus";
import { located } from "./helpers";

describe.each(CORPUS.map(([topic, cases]) => [topic, cases] as const))("corpus: %s", (_topic, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const report = auditWorkbook({ sheets: c.sheets }, c.options);
    if (c.project) expect(report.project).toMatchObject(c.project);
    if (c.issues) expect(located(report)).toEqual(c.issues);
    if (c.noErrors) expect(report.issues.filter((i) => i.severity === "error").map((i) => `${i.rule}@${i.cell}: ${i.message}`)).toEqual([]);
  });
});
