/**
 * Preparing rows: rows that write the same labels share one resolution (prepare.ts), yet every row still gets its own
 * label issues, in order, and its own dates; past the remembered kinds, labels are resolved again, not mixed up.
 */
import { prepareActivity, prepareProject, type Reporter } from "../../../src/rules/checks";
import type { Activity } from "../../../src/rules";
import { activity, check, summary } from "../helpers";

function recorder(): Reporter & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    issues: [],
    activity: (rule, target, params, field) => log.push(`${rule}@${target.id}${field ? `/${field}` : ""}:${JSON.stringify(params)}`),
    project: (rule) => log.push(rule),
  };
}

describe("rows that write the same labels", () => {
  test("each get the labels' issues, in the same order, on their own row", () => {
    const row = activity({ sector: "Kosmoss", role: "Pilots", activity: "Lidošana", hostCountry: "Atlantīda", sendingCountry: "Lemūrija" });
    const issues = check([row, activity(), row]);
    const expected = ["sector-unknown", "role-unknown", "activity-unknown", "country-unknown", "country-unknown"];
    expect(issues.filter((i) => i.activityId === "r1").map((i) => i.rule)).toEqual(expected);
    expect(issues.filter((i) => i.activityId === "r3").map((i) => i.rule)).toEqual(expected);
    expect(issues.filter((i) => i.activityId === "r2")).toEqual([]);
    const countryFields = issues.filter((i) => i.rule === "country-unknown" && i.activityId === "r3").map((i) => i.field);
    expect(countryFields).toEqual(["hostCountry", "sendingCountry"]);
  });

  test("keep their own dates and days", () => {
    const report = recorder();
    const project = prepareProject({ sector: "VET" }, report);
    const a = prepareActivity({ id: 1, activity: "Job shadowing", start: "2026-09-07", end: "2026-09-11" }, project, report);
    const b = prepareActivity({ id: 2, activity: "Job shadowing", start: "2026-10-01", end: "2026-10-02" }, project, report);
    expect([a.id, a.startDay, a.endDay, a.days]).toEqual([1, 20_703, 20_707, 5]);
    expect([b.id, b.days, b.family, b.type?.code]).toEqual([2, 2, "job-shadowing", a.type?.code]);
    const reversed = prepareActivity({ id: 3, activity: "Job shadowing", start: "2026-09-11", end: "2026-09-07" }, project, report);
    expect(reversed.days).toBeUndefined();
    expect(report.log).toEqual([]);
  });

  test("resolve by the project they are prepared for", () => {
    const report = recorder();
    const row: Activity = { id: 1, activity: "Skills competition" };
    expect(prepareActivity(row, prepareProject({ sector: "VET" }, report), report).type?.sector).toBe("VET");
    expect(report.log).toEqual([]);
    prepareActivity(row, prepareProject({ sector: "SCH" }, report), report);
    expect(report.log.map((line) => line.split(":")[0])).toEqual(["activity-not-in-sector@1"]);
  });
});

test("past the remembered kinds (a sheet whose every row differs), each row still resolves its own labels", () => {
  const report = recorder();
  const project = prepareProject({ sector: "VET" }, report);
  // 5,007 distinct role labels: more than the 4,096 kinds prepare.ts remembers; known and unknown ones alternate.
  for (let i = 0; i < 10_000; i++) {
    const known = i % 2 === 0;
    const prepared = prepareActivity(
      { id: i, role: known ? `Accompanying person${" ".repeat(i % 7)}` : `Zzz ${i}`, activity: "Job shadowing" },
      project,
      report,
    );
    // An unknown role falls back to the activity's own participant (staff, for job shadowing).
    expect(prepared.role).toBe(known ? "accompanying" : "staff");
  }
  expect(report.log.filter((line) => line.startsWith("role-unknown@"))).toHaveLength(5_000);
  expect(summary(check([activity({ role: "Zzz" })]))).toEqual(["role-unknown@r1"]);
});
