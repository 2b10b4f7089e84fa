/**
 * The task pane's production build in headless Chromium (playwright-core, Debian's /usr/bin/chromium), with office.js
 * served from the npm package and the in-memory fake of the Excel API injected through the pane's test seam
 * (harness.ts, test-host.ts). What a coordinator does: audit, read the issues, click one, filter, switch language,
 * correct settings and columns, clear. Markup in cells stays text and no script runs; the Content-Security-Policy is
 * never violated. Writes test-output/taskpane.png (copied to docs/taskpane.png for the README when UPDATE_DOCS=1) and test-output/bench.json.
 *
 * Chromium missing is a failure with the command that installs it (apt-get install -y chromium), not a skip.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { auditWorkbook, type AuditReport } from "../../src/audit";
import type { Language } from "../../src/rules";
import {
  ROOT,
  axeCheck,
  buildPane,
  launchChromium,
  listAfter,
  measureAudit,
  openPane,
  serve,
  type AxeFinding,
  type OpenPane,
  type Server,
} from "./harness";
import {
  HOSTILE_COUNTRY,
  HOSTILE_NAME,
  OWN_FILL,
  PLAN_SHEET,
  UNLABELLED_HEADER,
  UNLABELLED_HEADER_ROW,
  planWorkbook,
  unlabelledWorkbook,
} from "./workbooks";

jest.setTimeout(120_000);

const OUTPUT = path.join(ROOT, "test-output");
const BENCH_ROWS = 20_000;

let dir = "";
let server: Server;
let browser: Browser;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mobility-pane-"));
  await buildPane(dir);
  server = await serve(dir);
  browser = await launchChromium();
}, 300_000);

/** Every state the test checked with axe, and what axe found (written to test-output/axe.json at the end). */
const axeStates: string[] = [];
const axeViolations: AxeFinding[] = [];

/** axe-core (WCAG 2.2 A/AA and best practices) finds nothing in the page as it is now. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  const found = await axeCheck(page, state);
  axeStates.push(state);
  axeViolations.push(...found);
  expect(found).toEqual([]);
}

afterAll(async () => {
  fs.mkdirSync(OUTPUT, { recursive: true });
  fs.writeFileSync(
    path.join(OUTPUT, "axe.json"),
    `${JSON.stringify({ states: axeStates.length, checked: axeStates, violations: axeViolations }, null, 2)}\n`,
  );
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** What the engine reports for the plan sheet, in a language: what the list must show. */
function expectedReport(language: Language): AuditReport {
  return auditWorkbook({ sheets: [planWorkbook().sheets[0]] }, { language });
}

interface ShownIssue {
  readonly cell: string | null;
  readonly severity: string;
  readonly field: string;
  readonly message: string;
}

async function shownIssues(page: Page): Promise<ShownIssue[]> {
  return page.$$eval('[data-testid="issue-list"] .issue', (elements) =>
    elements.map((element) => ({
      cell: element.getAttribute("data-cell"),
      severity: /\bissue-(error|warning|info)\b/.exec(element.className)?.[1] ?? "",
      field: element.querySelector(".issue-field")?.textContent ?? "",
      message: element.querySelector(".issue-message")?.textContent ?? "",
    })),
  );
}

const asShown = (report: AuditReport) =>
  report.issues.map((issue) => ({
    cell: issue.cell ? `${issue.sheet}!${issue.cell}` : null,
    severity: issue.severity,
    message: issue.message,
  }));

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
const testApi = {
  selection: (page: Page) => page.evaluate(() => window.__TEST__?.selection() ?? null),
  fills: (page: Page) => page.evaluate((sheet) => window.__TEST__?.fills(sheet) ?? {}, PLAN_SHEET),
  notes: (page: Page) => page.evaluate((sheet) => window.__TEST__?.notes(sheet) ?? {}, PLAN_SHEET),
  settings: (page: Page) => page.evaluate(() => window.__TEST__?.settings() ?? {}),
  sheets: (page: Page) => page.evaluate(() => window.__TEST__?.sheets() ?? []),
  tables: (page: Page) => page.evaluate(() => window.__TEST__?.tables() ?? []),
};

/** Waits until `read()` gives `expected` (deep equality) or 10 s pass; returns the last value read. */
async function until<T>(read: () => Promise<T>, expected: T | RegExp): Promise<T> {
  const matches = (value: T) =>
    expected instanceof RegExp ? typeof value === "string" && expected.test(value) : JSON.stringify(value) === JSON.stringify(expected);
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (!matches(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** The data-testid (or id) of the focused element. */
const focusedId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.id ?? document.activeElement?.tagName);

/** No alert, no console error, no page error, no CSP violation, no failed request. */
async function expectNoProblems(pane: OpenPane): Promise<void> {
  expect(await pane.problems()).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [], failedRequests: [], cspViolations: [] });
}

function storedSettings(settings: Record<string, unknown>): {
  project: Record<string, string>;
  mappings: Record<string, unknown>;
  language?: string;
} {
  const raw = settings["mobilityAudit.settings"];
  return JSON.parse(typeof raw === "string" ? raw : "{}");
}

describe("the pane, in English, over a small plan", () => {
  let pane: OpenPane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPane(browser, server.origin, { locale: "en-GB" });
    page = pane.page;
  }, 60_000);

  afterAll(async () => {
    if (!pane) return;
    await expectNoProblems(pane);
    await pane.close();
  });

  test("opens in English, with the commands and the project read from the workbook", async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await text(page, '[data-testid="audit-sheet"]')).toBe("Audit sheet");
    expect(await text(page, '[data-testid="audit-workbook"]')).toBe("Audit workbook");
    expect(await text(page, '[data-testid="clear"]')).toBe("Clear");
    expect(await page.locator('[data-testid="notes-unsupported"]').isVisible()).toBe(false);
    // Nothing is marked yet: nothing to clear. A first-run line says what the audit does to the workbook.
    expect(await page.isDisabled('[data-testid="clear"]')).toBe(true);
    expect(await text(page, '[data-testid="summary"] .summary-body')).toBe(
      "The audit colours the cells with problems and adds notes to them; Clear takes both away.",
    );
    // The settings' one-line summary says them the language's way: names and dates, not codes.
    const brief = await text(page, '[data-testid="settings"] .panel-brief');
    expect(brief).toContain("Vocational education and training (VET)");
    expect(brief).toContain("31 Aug 2027");
    expect(brief).not.toContain("2027-08-31");
    await expectAccessible(page, "initial");
    await page.click('[data-testid="settings"] summary');
    await expectAccessible(page, "project settings open");
    const value = (field: string) => page.inputValue(`[data-testid="setting-${field}"]`);
    expect([
      await value("action"),
      await value("call"),
      await value("sector"),
      await value("start"),
      await value("end"),
      await value("country"),
    ]).toEqual(["", "2026-R1", "VET", "2026-09-01", "2027-08-31", "LV"]);
    expect(await page.locator('[data-testid="settings"]').innerText()).toContain(`From cell ${PLAN_SHEET}!B2`);
    // The action is in no cell: the hint names labels the audit looks for.
    expect(await page.locator('[data-testid="settings"]').innerText()).toContain(
      'Not found in the workbook; looked for a label such as "Pamatdarbība", "Action", "Key action"',
    );
    await page.click('[data-testid="settings"] summary');
  });

  test("Audit sheet lists every issue the engine reports, grouped by row, with field, severity and message", async () => {
    const timing = await measureAudit(page);
    expect(timing.progressShown).toBe(true);
    const expected = expectedReport("en");
    const shown = await shownIssues(page);
    expect(shown.map(({ cell, severity, message }) => ({ cell, severity, message }))).toEqual(asShown(expected));
    expect(shown.find((i) => i.cell === `${PLAN_SHEET}!E11`)?.field).toBe("End date");
    const groups = await page.$$eval('[data-testid="issue-list"] .group-head', (heads) => heads.map((h) => h.textContent));
    expect(groups).toEqual(["Plāns · row 9", "Plāns · row 10", "Plāns · row 11", "Plāns · row 12", "Plāns · row 13", "Plāns · row 14"]);
    expect(await text(page, '[data-testid="count-error"] .tile-count')).toBe(String(expected.summary.errors));
    expect(await text(page, '[data-testid="count-warning"] .tile-count')).toBe(String(expected.summary.warnings));
    expect(await text(page, '[data-testid="count-info"] .tile-count')).toBe(String(expected.summary.info));
    expect(await text(page, '[data-testid="status"]')).toBe("Audit finished.");
    // The Excel side: flagged cells filled, notes written; info is marked too (E14).
    expect(Object.keys(await testApi.notes(page)).sort()).toEqual(["A10", "A9", "B12", "C13", "E11", "E14", "F12", "F13"]);
    expect(shown.find((i) => i.cell === `${PLAN_SHEET}!E14`)?.severity).toBe("info");
    await expectAccessible(page, "audited");
  });

  test("stable layout: during an audit the summary and the list move by at most 4 px; filters reset for the new audit", async () => {
    await page.click('[data-testid="filter-error"]');
    expect(await page.isChecked('[data-testid="filter-error"]')).toBe(false);
    const moved = await page.evaluate(async () => {
      const summary = document.querySelector('[data-testid="summary"]') as Element;
      const list = document.querySelector('[data-testid="issue-list"]') as Element;
      const content = document.querySelector(".content") as Element;
      const start = [summary.getBoundingClientRect(), list.getBoundingClientRect()];
      let most = 0;
      const measure = () =>
        [summary, list].forEach((element, i) => {
          const now = element.getBoundingClientRect();
          most = Math.max(most, Math.abs(now.top - start[i].top), Math.abs(now.left - start[i].left), Math.abs(now.width - start[i].width));
        });
      // Every change of the pane's DOM during the audit (progress, status, list), and every frame.
      const observer = new MutationObserver(measure);
      observer.observe(content, { subtree: true, childList: true, attributes: true, characterData: true });
      let running = true;
      const frame = () => {
        measure();
        if (running) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      const done = new Promise<void>((resolve) => {
        let started = false;
        const watch = new MutationObserver(() => {
          const state = list.getAttribute("data-state");
          if (state === "busy") started = true;
          if (started && state === "done") {
            watch.disconnect();
            resolve();
          }
        });
        watch.observe(list, { attributes: true, attributeFilter: ["data-state"] });
      });
      document.querySelector<HTMLButtonElement>('[data-testid="audit-sheet"]')?.click();
      await done;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      measure();
      running = false;
      observer.disconnect();
      return most;
    });
    expect(moved).toBeLessThanOrEqual(4);
    expect(await page.isChecked('[data-testid="filter-error"]')).toBe(true);
    expect(await shownIssues(page)).toHaveLength(expectedReport("en").issues.length);
  });

  test("markup in cells is shown as text: no element is made from it and no script runs", async () => {
    const messages = (await shownIssues(page)).map((i) => i.message);
    expect(messages.filter((m) => m.includes(`"${HOSTILE_NAME}" is on 2 courses`))).toHaveLength(2);
    expect(messages.some((m) => m.includes(`"${HOSTILE_COUNTRY}"`))).toBe(true);
    expect(messages.join("\n")).toContain("<img");
    expect(await page.locator("#app img, #app b, #app script").count()).toBe(0);
    expect(pane.dialogs).toEqual([]);
  });

  test("clicking an issue selects its cell in Excel", async () => {
    await page.click(`button.issue[data-cell="${PLAN_SHEET}!E11"]`);
    expect(await until(() => testApi.selection(page), `${PLAN_SHEET}!E11`)).toEqual(`${PLAN_SHEET}!E11`);
    expect(await page.getAttribute(`button.issue[data-cell="${PLAN_SHEET}!E11"]`, "aria-current")).toBe("true");
  });

  test("from the keyboard: arrows move between issues, Enter selects, focus is visible", async () => {
    await page.focus(`button.issue[data-cell="${PLAN_SHEET}!A9"]`);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-cell"));
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe(`${PLAN_SHEET}!A10`);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe(`${PLAN_SHEET}!B12`);
    await page.keyboard.press("ArrowUp");
    expect(await focused()).toBe(`${PLAN_SHEET}!E11`);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await until(() => testApi.selection(page), `${PLAN_SHEET}!B12`)).toEqual(`${PLAN_SHEET}!B12`);
    await page.keyboard.press("End");
    await page.keyboard.press("Space");
    expect(await until(() => testApi.selection(page), `${PLAN_SHEET}!E14`)).toEqual(`${PLAN_SHEET}!E14`);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe("solid");
    // The list is one tab stop: Tab leaves it.
    expect(await page.locator('[data-testid="issue-list"] button.issue[tabindex="0"]').count()).toBe(1);
    // One primary button in the pane: Audit sheet.
    expect(await page.$$eval(".button-primary", (buttons) => buttons.map((b) => b.getAttribute("data-testid")))).toEqual(["audit-sheet"]);
    // Severities carry Fluent icons beside their words, hidden from assistive technology.
    expect(await page.locator('[data-testid="issue-list"] .badge-error svg.icon-error').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="filters"] svg.icon').count()).toBe(3);
    expect(await page.$$eval("#app svg", (icons) => icons.filter((i) => i.getAttribute("aria-hidden") !== "true").length)).toBe(0);
    // Every control is reachable: commands are buttons, not clickable divs.
    expect(await page.locator("#app [role=button], #app div[tabindex]").count()).toBe(0);
  });

  test("focus: back on Audit sheet after an audit started from the keyboard; a settings field keeps it through an audit", async () => {
    await page.focus('[data-testid="audit-sheet"]');
    await listAfter(page, () => page.keyboard.press("Enter"));
    expect(await until(() => focusedId(page), "audit-sheet")).toBe("audit-sheet");
    // The coordinator is in a settings field when an audit ends: the field is not rebuilt under the cursor.
    await page.click('[data-testid="settings"] summary');
    await page.focus('[data-testid="setting-country"]');
    await page.evaluate(() => ((document.activeElement as HTMLElement & { mark?: number }).mark = 1));
    await listAfter(page, () => page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="audit-sheet"]')?.click()));
    expect(await page.evaluate(() => (document.activeElement as HTMLElement & { mark?: number }).mark)).toBe(1);
    expect(await focusedId(page)).toBe("setting-country");
    // Escape closes the open panel and leaves the keyboard on its title.
    await page.keyboard.press("Escape");
    expect(await page.locator('[data-testid="settings"]').getAttribute("open")).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.closest("[data-testid]")?.getAttribute("data-testid"))).toBe("settings");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SUMMARY");
  });

  test("the severity filter shows and hides errors, warnings and info", async () => {
    const severities = async () => [...new Set((await shownIssues(page)).map((i) => i.severity))].sort();
    expect(await severities()).toEqual(["error", "info", "warning"]);
    await page.click('[data-testid="filter-error"]');
    expect(await severities()).toEqual(["info", "warning"]);
    await page.click('[data-testid="filter-info"]');
    expect(await severities()).toEqual(["warning"]);
    expect((await shownIssues(page)).map((i) => i.cell)).toEqual([`${PLAN_SHEET}!B12`]);
    await expectAccessible(page, "filtered");
    await page.click('[data-testid="filter-warning"]');
    expect(await shownIssues(page)).toEqual([]);
    expect(await text(page, '[data-testid="issue-list"]')).toBe("No issues match the filter.");
    for (const severity of ["error", "warning", "info"]) await page.click(`[data-testid="filter-${severity}"]`);
    expect(await shownIssues(page)).toHaveLength(expectedReport("en").issues.length);
  });

  test("By rule: each rule once with its count, errors first, expandable to its rows", async () => {
    const report = expectedReport("en");
    await page.click('[data-testid="view-rule"]');
    expect(await page.getAttribute('[data-testid="view-rule"]', "aria-pressed")).toBe("true");
    const rules = await page.$$eval('[data-testid="issue-list"] section[data-rule]', (sections) =>
      sections.map((section) => ({
        rule: section.getAttribute("data-rule"),
        severity: /badge-(error|warning|info)/.exec(section.querySelector(".badge")?.className ?? "")?.[1],
        count: Number((section.querySelector(".rule-count")?.textContent ?? "").replace(/\D/g, "")),
      })),
    );
    const expectedRules = [...new Set(report.issues.map((i) => i.rule))];
    expect(rules.map((r) => r.rule).sort()).toEqual(expectedRules.sort());
    for (const r of rules) expect(r.count).toBe(report.issues.filter((i) => i.rule === r.rule).length);
    const order = ["error", "warning", "info"];
    expect(rules.map((r) => order.indexOf(r.severity ?? ""))).toEqual([...rules.map((r) => order.indexOf(r.severity ?? ""))].sort());
    // Closed, a rule shows no rows; opened, its rows, and a click selects the cell.
    expect(await page.locator('[data-testid="issue-list"] button.issue').count()).toBe(0);
    const endBeforeStart = report.issues.find((i) => i.cell === "E11");
    const section = page.locator(`[data-testid="issue-list"] section[data-rule="${endBeforeStart?.rule}"]`);
    await section.locator("summary").click();
    await section.locator(`button.issue[data-cell="${PLAN_SHEET}!E11"]`).click();
    expect(await until(() => testApi.selection(page), `${PLAN_SHEET}!E11`)).toEqual(`${PLAN_SHEET}!E11`);
    await expectAccessible(page, "by rule, one rule open");
    await page.click('[data-testid="view-row"]');
    expect(await shownIssues(page)).toHaveLength(report.issues.length);
  });

  test("results first: the panels are one compact line, the list starts above the fold, an open panel stands in for the results", async () => {
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    expect((await box(".panels")).height).toBeLessThanOrEqual(64);
    expect((await box('[data-testid="issue-list"] button.issue')).y).toBeLessThan(600);
    await page.click('[data-testid="settings"] summary');
    expect(await page.locator('[data-testid="issue-list"]').isVisible()).toBe(false);
    // One panel at a time.
    await page.click('[data-testid="mapping"] summary');
    expect(await page.locator('[data-testid="settings"]').getAttribute("open")).toBeNull();
    await page.click('[data-testid="mapping"] summary');
    expect(await page.locator('[data-testid="issue-list"]').isVisible()).toBe(true);
  });

  test("a corrected column is saved in the workbook and read by the next audit", async () => {
    await page.click('[data-testid="mapping"] summary');
    const hostCountry = page.locator('[data-testid="mapping"] select[data-field="hostCountry"]');
    expect(await hostCountry.inputValue()).toBe("F");
    await expectAccessible(page, "columns open");
    await hostCountry.selectOption("");
    await listAfter(page, () => page.click('[data-testid="mapping-apply"]'));
    expect(storedSettings(await testApi.settings(page)).mappings).toEqual({ [PLAN_SHEET]: { columns: { hostCountry: null } } });
    // Focus is back on Apply (the form was rebuilt with the new columns: its twin).
    expect(await until(() => focusedId(page), "mapping-apply")).toBe("mapping-apply");
    const cells = (await shownIssues(page)).map((i) => i.cell);
    expect(cells).not.toContain(`${PLAN_SHEET}!F12`);
    expect(cells).not.toContain(`${PLAN_SHEET}!F13`);
    expect(await page.locator('[data-testid="mapping"] select[data-field="hostCountry"]').inputValue()).toBe("");
    await listAfter(page, () => page.getByRole("button", { name: "Use detected columns" }).click());
    expect(storedSettings(await testApi.settings(page)).mappings).toEqual({});
    // The button is gone with the correction: focus moves to the sheet's Apply.
    expect(await until(() => focusedId(page), "mapping-apply")).toBe("mapping-apply");
    expect((await shownIssues(page)).map((i) => i.cell)).toContain(`${PLAN_SHEET}!F12`);
    await page.click('[data-testid="mapping"] summary');
  });

  test("a project setting changed in the form is used and saved in the workbook", async () => {
    await page.click('[data-testid="settings"] summary');
    await page.selectOption('[data-testid="setting-sector"]', "SCH");
    const settingsText = () => page.locator('[data-testid="settings"]').innerText();
    expect(await settingsText()).toContain("Changed here; the workbook says: Vocational education and training (VET)");
    expect(await text(page, '[data-testid="settings-unsaved"]')).toContain("Not saved yet");
    await page.click('[data-testid="settings-save"]');
    expect(await until(() => text(page, '[data-testid="status"]'), "Saved in the workbook.")).toEqual("Saved in the workbook.");
    expect(await until(() => focusedId(page), "settings-save")).toBe("settings-save");
    expect(storedSettings(await testApi.settings(page)).project).toEqual({ sector: "SCH" });
    expect(await text(page, '[data-testid="settings-unsaved"]')).toBe("");
    // Back to the workbook's own value: no override is left.
    await page.selectOption('[data-testid="setting-sector"]', "VET");
    await page.click('[data-testid="settings-save"]');
    expect(await until(async () => storedSettings(await testApi.settings(page)).project, {})).toEqual({});
    // A date field shows its date the pane's language's way beside the browser's own date input.
    const start = await page.inputValue('[data-testid="setting-start"]');
    await page.fill('[data-testid="setting-start"]', "2026-10-05");
    expect(await until(() => text(page, '[data-testid="setting-start-shown"]'), "5 Oct 2026")).toBe("5 Oct 2026");
    await page.fill('[data-testid="setting-start"]', start);
    expect(await until(() => text(page, '[data-testid="settings-unsaved"]'), "")).toBe("");
    await page.click('[data-testid="settings"] summary');
  });

  test("switching to Latvian rewords the list at once, from the report in memory, keeping the selection; the notes when asked", async () => {
    await page.click(`button.issue[data-cell="${PLAN_SHEET}!E11"]`);
    const notesBefore = await testApi.notes(page);
    const messages = async () => (await shownIssues(page)).map(({ cell, severity, message }) => ({ cell, severity, message }));
    await page.selectOption('[data-testid="language"]', "lv");
    expect(await until(messages, asShown(expectedReport("lv")))).toEqual(asShown(expectedReport("lv")));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("lv");
    expect(await text(page, '[data-testid="audit-sheet"]')).toBe("Pārbaudīt lapu");
    expect(await text(page, '[data-testid="clear"]')).toBe("Notīrīt");
    const shown = await shownIssues(page);
    expect(shown.find((i) => i.cell === `${PLAN_SHEET}!E11`)?.field).toBe("Beigu datums");
    expect(await page.$$eval('[data-testid="issue-list"] .group-head', (heads) => heads[0].textContent)).toBe("Plāns · 9. rinda");
    expect(await page.getAttribute(".issue-message", "lang")).toBe("lv");
    // The selected issue stays selected; Excel was not asked for anything: the notes are still English.
    expect(await page.getAttribute(`button.issue[data-cell="${PLAN_SHEET}!E11"]`, "aria-current")).toBe("true");
    expect(await testApi.notes(page)).toEqual(notesBefore);
    expect(storedSettings(await testApi.settings(page)).language).toBe("lv");
    expect(await text(page, '[data-testid="notes-language"]')).toContain("English");
    await expectAccessible(page, "switched to Latvian");
    // In Latvian too the panels stay one line and the list starts above the fold.
    expect((await page.locator(".panels").boundingBox())?.height).toBeLessThanOrEqual(64);
    expect((await page.locator('[data-testid="issue-list"] button.issue').first().boundingBox())?.y).toBeLessThan(600);
    // Asked, the notes follow in one audit pass.
    await listAfter(page, () => page.click('[data-testid="rewrite-notes"]'));
    expect((await testApi.notes(page)).E11).toMatch(/Beigu datums \(10\.10\.2026\.\) ir pirms sākuma datuma/);
    expect(await page.locator('[data-testid="notes-language"]').count()).toBe(0);
    await page.selectOption('[data-testid="language"]', "en");
    expect(await until(messages, asShown(expectedReport("en")))).toEqual(asShown(expectedReport("en")));
    expect(await text(page, '[data-testid="audit-sheet"]')).toBe("Audit sheet");
  });

  test("nothing is wider than the pane", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click(`button.issue[data-cell="${PLAN_SHEET}!E11"]`);
    // No element wider than the pane: nothing scrolls sideways at 350 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
  });

  test("Clear gives the cells their own fills back and removes the add-in's notes", async () => {
    expect(Object.keys(await testApi.fills(page)).length).toBeGreaterThan(1);
    await page.click('[data-testid="clear"]');
    expect(await until(() => text(page, '[data-testid="status"]'), /^Marks removed\./)).toMatch(/^Marks removed\./);
    expect(await testApi.fills(page)).toEqual({ [OWN_FILL.cell]: `${OWN_FILL.fill.color}/${OWN_FILL.fill.pattern}` });
    expect(await testApi.notes(page)).toEqual({});
    expect(await shownIssues(page)).toEqual([]);
    expect(await page.getAttribute('[data-testid="issue-list"]', "data-state")).toBe("empty");
    expect(await page.isDisabled('[data-testid="clear"]')).toBe(true);
    await expectAccessible(page, "after Clear");
  });
});

test.each([
  ["en-GB", "taskpane.png"],
  ["lv-LV", "taskpane-lv.png"],
])("the README's picture: the example plan audited, in %s", async (locale, file) => {
  const pane = await openPane(browser, server.origin, { locale, query: "plan=example" });
  try {
    await measureAudit(pane.page);
    expect(await pane.page.locator('[data-testid="count-error"] .tile-count').innerText()).not.toBe("0");
    // A coordinator's plan: no test markup in the picture.
    expect(await pane.page.locator("#app").innerText()).not.toContain("<img");
    // The picture without a focus ring (focus went to the summary: the scripted click left it nowhere).
    await pane.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    fs.mkdirSync(OUTPUT, { recursive: true });
    const shot = path.join(OUTPUT, file);
    await pane.page.screenshot({ path: shot });
    // The README's pictures are refreshed on request only, so a test run leaves the working tree as it was.
    if (process.env.UPDATE_DOCS === "1") fs.copyFileSync(shot, path.join(ROOT, "docs", file));
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    await expectAccessible(pane.page, `example plan (${locale})`);
    await expectNoProblems(pane);
  } finally {
    await pane.close();
  }
});

test("a Latvian display language opens the pane in Latvian", async () => {
  const pane = await openPane(browser, server.origin, { locale: "lv-LV" });
  try {
    expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe("lv");
    expect(await text(pane.page, '[data-testid="audit-workbook"]')).toBe("Pārbaudīt visu");
    // Nothing wraps at 350 px in Latvian: the commands on one line, the language switch beside the title.
    const tops = await pane.page.$$eval(".toolbar .button", (buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const [title, language] = await pane.page.$$eval([".title", ".language"].join(","), (els) =>
      els.map((e) => e.getBoundingClientRect().top),
    );
    expect(Math.abs(title - language)).toBeLessThan(20);
    expect(await pane.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await measureAudit(pane.page, "audit-workbook");
    expect((await shownIssues(pane.page)).map((i) => i.message)).toEqual(asShown(expectedReport("lv")).map((i) => i.message));
    await expectAccessible(pane.page, "Latvian, workbook audited");
    await expectNoProblems(pane);
  } finally {
    await pane.close();
  }
});

test("+ New plan sheet adds the plan sheet (its writer loaded then, as plan-sheet.js) beside the coordinator's, and says so", async () => {
  const pane = await openPane(browser, server.origin, { locale: "lv-LV" });
  const scripts: string[] = [];
  pane.page.on("request", (request) => scripts.push(new URL(request.url()).pathname));
  try {
    const before = await testApi.sheets(pane.page);
    expect(scripts).not.toContain("/plan-sheet.js");
    const button = pane.page.locator('[data-testid="new-plan"]');
    expect(await button.innerText()).toBe("+ Jauna plāna lapa");
    await button.click();
    expect(await until(() => text(pane.page, '[data-testid="status"]'), /^Pievienota lapa “Mobilitātes plāns”/)).toMatch(
      /^Pievienota lapa “Mobilitātes plāns”: aizpildiet projekta datus un tabulu/,
    );
    expect(scripts).toContain("/plan-sheet.js");
    expect(await testApi.sheets(pane.page)).toEqual([
      ...before,
      { name: "Mobilitātes plāns", visibility: "Visible" },
      { name: "Saraksti", visibility: "Hidden" },
    ]);
    expect(await testApi.tables(pane.page)).toEqual([{ name: "MobilityPlan", sheet: "Mobilitātes plāns" }]);
    expect(await pane.page.evaluate(() => window.__TEST__?.activeSheet())).toBe("Mobilitātes plāns");
    // Focus stays where the coordinator was; the commands are free again.
    expect(await button.isEnabled()).toBe(true);
    await expectAccessible(pane.page, "new plan sheet added");
    await expectNoProblems(pane);
  } finally {
    await pane.close();
  }
});

test("the Budget view on the example plan, from the keyboard, at 350 px, in English and Latvian; a rates file refused, loaded and removed", async () => {
  const pane = await openPane(browser, server.origin, { query: "plan=example", locale: "en-GB" });
  const { page } = pane;
  const scripts: string[] = [];
  page.on("request", (request) => scripts.push(new URL(request.url()).pathname));
  /** Presses Tab until the element with `testId` has the keyboard (at most 40 times). */
  const tabTo = async (testId: string) => {
    for (let i = 0; i < 40 && (await focusedId(page)) !== testId; i++) await page.keyboard.press("Tab");
    expect(await focusedId(page)).toBe(testId);
  };
  const total = () => text(page, '[data-testid="budget-total"] .budget-total-amount');
  const ratesStored = () => testApi.settings(page).then((settings) => settings["mobilityAudit.rates"]);
  const group = (g1: number, g2: number, g3: number) => ({ group1: g1, group2: g2, group3: g3 });
  const ratesFile = (staffGroup1: number) =>
    Buffer.from(
      JSON.stringify({
        agency: "LV01",
        individualSupport: {
          staff: group(staffGroup1, 130, 110),
          "vet-learners": group(80, 70, 60),
          "school-pupils": group(70, 60, 50),
          "adult-learners": group(80, 70, 60),
        },
      }),
    );
  try {
    await page.focus('[data-testid="audit-sheet"]');
    await listAfter(page, () => page.keyboard.press("Enter"));
    expect(scripts).not.toContain("/budget-view.js");
    await tabTo("view-budget");
    await page.keyboard.press("Enter");
    // The view's bundle loads then; it asks for the plan's rows once (the audit in memory, in the worker).
    expect(await until(total, "26,506–35,932 EUR")).toBe("26,506–35,932 EUR");
    expect(scripts).toContain("/budget-view.js");
    expect(await page.getAttribute('[data-testid="view-budget"]', "aria-pressed")).toBe("true");
    expect(await page.locator('[data-testid="issue-list"]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="filters"]').isVisible()).toBe(false);
    expect(await page.$$eval('[data-testid="budget-categories"] dt', (dts) => dts.map((dt) => dt.textContent))).toEqual([
      "Organisational support",
      "Travel",
      "Individual support",
      "Inclusion support for organisations",
      "Preparatory visits",
      "Course fees",
      "Linguistic support",
    ]);
    expect(await page.locator('[data-testid="budget-rows"] table').count()).toBe(20);
    expect(await text(page, 'table[data-row="Mobilitātes!12"] caption')).toBe("Mobilitātes · row 12");
    expect(await text(page, '[data-testid="budget-missing"]')).toContain("Mobilitātes · row 22 — Individual support: left out");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await expectAccessible(page, "budget view");

    // A rates file with a rate outside the Guide's range: refused with its key, nothing saved.
    await tabTo("rates-file");
    await page.setInputFiles('[data-testid="rates-file"]', { name: "rates.json", mimeType: "application/json", buffer: ratesFile(250) });
    expect(await until(() => text(page, '[data-testid="rates-status"]'), /not loaded/)).toBe(
      "The rates file was not loaded: individualSupport.staff.group1: 250 EUR is outside the Guide's range 107–191 EUR (PG26 p.99, 120, 140)",
    );
    expect(await ratesStored()).toBeUndefined();
    expect(await total()).toBe("26,506–35,932 EUR");
    await expectAccessible(page, "budget view, rates file refused");

    // A good one: checked, saved in the workbook, one figure everywhere.
    await page.setInputFiles('[data-testid="rates-file"]', { name: "rates.json", mimeType: "application/json", buffer: ratesFile(150) });
    expect(await until(() => text(page, '[data-testid="rates-status"]'), /saved/)).toBe(
      "The rates file was checked and saved in the workbook.",
    );
    expect(await total()).toMatch(/^[\d,]+ EUR$/);
    expect(JSON.parse(String(await ratesStored())).agency).toBe("LV01");
    expect(await text(page, '[data-testid="rates-stored"]')).toBe("Rates file in this workbook: LV01.");
    await expectAccessible(page, "budget view, rates loaded");

    // In Latvian: the view's words and the budget lines' words, the same figures.
    const exact = await total();
    await page.selectOption('[data-testid="language"]', "lv");
    expect(await until(() => text(page, '[data-testid="budget-total"] .budget-total-label'), "Aptuvenais grants")).toBe(
      "Aptuvenais grants",
    );
    expect((await total()).replace(/\D/g, "")).toBe(exact.replace(/\D/g, ""));
    expect(await text(page, 'table[data-row="Mobilitātes!12"] caption')).toBe("Mobilitātes · 12. rinda");
    expect(await text(page, '[data-testid="view-budget"]')).toBe("Budžets");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await expectAccessible(page, "budget view in Latvian");

    // Removed from the keyboard: the workbook as before, the keyboard on the file input, the range again.
    await tabTo("rates-remove");
    await page.keyboard.press("Enter");
    expect(await until(() => text(page, '[data-testid="rates-status"]'), /noņemtas/)).toBe("Likmes noņemtas no darbgrāmatas.");
    expect(await ratesStored()).toBeUndefined();
    expect(await focusedId(page)).toBe("rates-file");
    expect(await total()).toBe("26 506–35 932 EUR");
    await expectAccessible(page, "budget view in Latvian, rates removed");

    // Back to the issues from the keyboard.
    await tabTo("view-row");
    await page.keyboard.press("Enter");
    expect(await page.locator('[data-testid="issue-list"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="budget"]').isVisible()).toBe(false);
    await expectNoProblems(pane);
  } finally {
    await pane.close();
  }
});
test.each([
  ["en-GB", "taskpane-live.png", "Mobility plan", "Check as I type", /lasts 1 day; the minimum is 2 days/],
  ["lv-LV", "taskpane-live-lv.png", "Mobilitātes plāns", "Pārbaudīt rakstot", /ilgums 1 diena, minimālais ir 2 dienas/],
])(
  "checks as you type (%s): a new plan sheet, a row typed with a bad duration, marked and listed without pressing Audit; the README's picture %s",
  async (locale, file, sheet, label, tooShort) => {
    const pane = await openPane(browser, server.origin, { locale });
    const { page } = pane;
    const scripts: string[] = [];
    page.on("request", (request) => scripts.push(new URL(request.url()).pathname));
    const fills = () => page.evaluate((name) => window.__TEST__?.fills(name) ?? {}, sheet);
    const handlers = () => page.evaluate(() => window.__TEST__?.changeHandlers() ?? -1);
    try {
      // The switch: a labelled switch, on by default.
      const toggle = page.getByRole("switch", { name: label });
      expect(await toggle.isChecked()).toBe(true);
      await page.locator('[data-testid="new-plan"]').click();
      await until(handlers, 1);
      expect(scripts).toContain("/live-check.js");
      await expectAccessible(page, `new plan sheet, checking as you type (${locale})`);

      // Row 12, the table's first: Job shadowing for one day.
      const row = [["Anna Bērziņa", "Staff", "Job shadowing", 46300, 46300]];
      await page.evaluate(
        ([name, values]) => window.__TEST__?.edit(name as string, "A12:E12", values as (string | number)[][]),
        [sheet, row],
      );
      expect(await until(async () => (await fills())["E12"] ?? "", "#FFC7CE/Solid")).toBe("#FFC7CE/Solid");
      const messages = await until(async () => (await shownIssues(page)).map((i) => `${i.cell} ${i.message}`).join("\n"), tooShort);
      expect(messages).toMatch(tooShort);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
      await expectAccessible(page, `a row typed, checked as typed (${locale})`);
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      fs.mkdirSync(OUTPUT, { recursive: true });
      const shot = path.join(OUTPUT, file);
      await page.screenshot({ path: shot });
      if (process.env.UPDATE_DOCS === "1") fs.copyFileSync(shot, path.join(ROOT, "docs", file));

      // Fixed: the mark and the issue go, still without Audit.
      await page.evaluate(([name]) => window.__TEST__?.edit(name as string, "E12", [[46304]]), [sheet]);
      expect(await until(async () => (await fills())["E12"] ?? "", "")).toBe("");
      expect((await shownIssues(page)).map((i) => i.message).join("\n")).not.toMatch(tooShort);

      // The project's end typed in the block (B8): the Project panel follows, still without Audit.
      await page.evaluate(([name]) => window.__TEST__?.edit(name as string, "B8", [[46620]]), [sheet]);
      expect(await until(() => page.inputValue('[data-testid="setting-end"]'), "2027-08-21")).toBe("2027-08-21");

      // Off from the keyboard: Tab reaches the switch, Space turns it off and the change handler goes.
      await page.focus('[data-testid="new-plan"]');
      await page.keyboard.press("Tab");
      expect(await focusedId(page)).toBe("live-switch");
      await page.keyboard.press("Space");
      expect(await toggle.isChecked()).toBe(false);
      expect(await until(handlers, 0)).toBe(0);
      await page.evaluate(
        ([name, values]) => window.__TEST__?.edit(name as string, "A13:E13", values as (string | number)[][]),
        [sheet, row],
      );
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect((await fills())["E13"]).toBeUndefined();
      await expectAccessible(page, `checking as you type off (${locale})`);
      await expectNoProblems(pane);
    } finally {
      await pane.close();
    }
  },
);

test("without ExcelApi 1.18 the pane says notes are not written, and alone explains the marked cells", async () => {
  const pane = await openPane(browser, server.origin, { query: "notes=0" });
  try {
    const notice = pane.page.locator('[data-testid="notes-unsupported"]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain("cannot add notes");
    await measureAudit(pane.page);
    expect(await shownIssues(pane.page)).toHaveLength(expectedReport("en").issues.length);
    expect(await testApi.notes(pane.page)).toEqual({});
    expect(Object.keys(await testApi.fills(pane.page)).length).toBeGreaterThan(1);
    expect(await notice.isVisible()).toBe(true);
    await expectAccessible(pane.page, "no notes (ExcelApi 1.17)");
    await expectNoProblems(pane);
  } finally {
    await pane.close();
  }
});

test("where the Web Worker cannot start, the audit runs in the pane's thread (the audit-engine chunk, loaded then) with the same list", async () => {
  const pane = await openPane(browser, server.origin, { blockWorker: true });
  const scripts: string[] = [];
  pane.page.on("request", (request) => scripts.push(new URL(request.url()).pathname));
  try {
    await measureAudit(pane.page);
    const shown = await shownIssues(pane.page);
    expect(shown.map(({ cell, severity, message }) => ({ cell, severity, message }))).toEqual(asShown(expectedReport("en")));
    expect(scripts).toContain("/audit-engine.js");
    expect(Object.keys(await testApi.notes(pane.page)).length).toBeGreaterThan(0);
    // The refused worker script is the only problem.
    const problems = await pane.problems();
    expect(problems.failedRequests.map((line) => new URL(line.split(": ")[0]).pathname)).toEqual(["/audit-worker.js"]);
    expect(problems.consoleErrors.every((line) => /403|audit-worker/.test(line))).toBe(true);
    expect({ ...problems, consoleErrors: [], failedRequests: [] }).toEqual({
      dialogs: [],
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      cspViolations: [],
    });
  } finally {
    await pane.close();
  }
});

test("headers the audit does not recognise: never a dead end, the coordinator names the header row and the columns", async () => {
  const pane = await openPane(browser, server.origin, { query: "plan=unlabelled" });
  const { page } = pane;
  try {
    const before = await testApi.fills(page);
    await measureAudit(page);
    expect(await text(page, '[data-testid="error"]')).toContain(`No plan table was found on sheet “${PLAN_SHEET}”`);
    expect(await testApi.fills(page)).toEqual(before);
    // The sheet's first rows, and a form whose header row is the likeliest one and whose columns say their headers.
    const picker = page.locator('[data-testid="table-picker"]');
    expect(await picker.isVisible()).toBe(true);
    // Focus moves to what the audit produced: the picker.
    expect(await until(() => focusedId(page), "picker-heading")).toBe("picker-heading");
    expect(await picker.locator('[data-testid="pick-preview"] tr.preview-header td').first().innerText()).toBe(UNLABELLED_HEADER[0]);
    expect(await picker.locator(`[data-testid="mapping-header-${PLAN_SHEET}"]`).inputValue()).toBe(String(UNLABELLED_HEADER_ROW));
    const field = (name: string) => picker.locator(`select[data-field="${name}"]`);
    expect(await field("start").locator("option[value=D]").innerText()).toBe(`D: ${UNLABELLED_HEADER[3]}`);
    // Only the fields a plan needs are shown at first; the others wait under "More fields".
    expect(await picker.locator("select[data-field]:visible").count()).toBe(6);
    await expectAccessible(page, "no table: column picker");
    // Another header row: the preview marks it, the keyboard stays on the choice; back, the columns say their headers.
    const headerChoice = picker.locator(`[data-testid="mapping-header-${PLAN_SHEET}"]`);
    const otherRow = await headerChoice.evaluate(
      (select: HTMLSelectElement, current) => Array.from(select.options).find((o) => o.value !== current)?.value ?? "",
      String(UNLABELLED_HEADER_ROW),
    );
    expect(otherRow).not.toBe("");
    await headerChoice.focus();
    await headerChoice.selectOption(otherRow);
    expect(await picker.locator('[data-testid="pick-preview"] tr.preview-header th').innerText()).toBe(otherRow);
    expect(await focusedId(page)).toBe(`mapping-header-${PLAN_SHEET}`);
    await headerChoice.selectOption(String(UNLABELLED_HEADER_ROW));
    expect(await picker.locator('[data-testid="pick-preview"] tr.preview-header th').innerText()).toBe(String(UNLABELLED_HEADER_ROW));
    expect(await field("start").locator("option[value=D]").innerText()).toBe(`D: ${UNLABELLED_HEADER[3]}`);
    // One column for two fields is refused, naming both.
    await field("start").selectOption("D");
    await field("end").selectOption("D");
    await picker.locator('[data-testid="pick-apply"]').click();
    expect(await text(page, '[data-testid="table-picker"] [data-testid="mapping-error"]')).toBe(
      "Column D is chosen for more than one field: Start date, End date. Choose one column per field.",
    );
    expect(await field("end").getAttribute("aria-invalid")).toBe("true");
    expect(await testApi.fills(page)).toEqual(before);
    await expectAccessible(page, "no table: a column chosen twice");
    const choices: Record<string, string> = { participant: "A", role: "B", activity: "C", start: "D", end: "E", hostCountry: "F" };
    for (const [name, column] of Object.entries(choices)) await field(name).selectOption(column);
    expect(await text(page, '[data-testid="table-picker"] [data-testid="mapping-error"]')).toBe("");
    await listAfter(page, () => picker.locator('[data-testid="pick-apply"]').click());
    expect(await picker.isVisible()).toBe(false);
    expect(await until(() => focusedId(page), "summary")).toBe("summary");
    expect(storedSettings(await testApi.settings(page)).mappings).toEqual({
      [PLAN_SHEET]: { headerRow: UNLABELLED_HEADER_ROW, columns: choices },
    });
    const expected = auditWorkbook(
      { sheets: [unlabelledWorkbook().sheets[0]] },
      { language: "en", mappings: { [PLAN_SHEET]: { headerRow: UNLABELLED_HEADER_ROW, columns: choices } } },
    );
    expect(expected.issues.length).toBeGreaterThan(0);
    expect((await shownIssues(page)).map(({ cell, severity, message }) => ({ cell, severity, message }))).toEqual(asShown(expected));
    // The Columns panel shows the same choices, each column with its header text.
    await page.click('[data-testid="mapping"] summary');
    const mapped = page.locator('[data-testid="mapping"] select[data-field="start"]');
    expect(await mapped.inputValue()).toBe("D");
    expect(await mapped.locator("option[value=D]").innerText()).toBe(`D: ${UNLABELLED_HEADER[3]}`);
    await expectNoProblems(pane);
  } finally {
    await pane.close();
  }
});

test("a protected sheet: the pane says what to do and the workbook is unchanged", async () => {
  const pane = await openPane(browser, server.origin, { query: "protected=1" });
  try {
    const before = await testApi.fills(pane.page);
    await measureAudit(pane.page);
    expect(await text(pane.page, '[data-testid="error"]')).toContain(`Protected sheets: “${PLAN_SHEET}”. Unprotect them`);
    expect(await testApi.fills(pane.page)).toEqual(before);
    // The commands are usable again.
    expect(await pane.page.isEnabled('[data-testid="audit-sheet"]')).toBe(true);
    await expectAccessible(pane.page, "protected sheet error");
    await expectNoProblems(pane);
  } finally {
    await pane.close();
  }
});

test("Escape cancels a running audit and leaves the workbook as Clear would", async () => {
  const pane = await openPane(browser, server.origin, { query: `rows=${BENCH_ROWS}` });
  const { page } = pane;
  try {
    const sheet = await page.evaluate(() => window.__TEST__?.activeSheet() ?? "");
    const state = () =>
      page.evaluate((name) => ({ fills: window.__TEST__?.fills(name) ?? {}, notes: window.__TEST__?.notes(name) ?? {} }), sheet);
    const before = await state();
    // A first audit marks cells; a second one, cancelled, must take them away too (Clear's result).
    await measureAudit(page);
    expect(Object.keys((await state()).fills).length).toBeGreaterThan(0);
    // The first audit is over for good (checking as you type started after it): the Enter below starts the second.
    expect(await until(() => page.evaluate(() => window.__TEST__?.changeHandlers() ?? -1), 1)).toBe(1);
    await page.focus('[data-testid="audit-sheet"]');
    expect(await focusedId(page)).toBe("audit-sheet");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector('[data-testid="progress"]')?.getAttribute("data-busy") === "true");
    await page.keyboard.press("Escape");
    expect(await until(() => text(page, '[data-testid="status"]'), /^Audit cancelled/)).toMatch(/^Audit cancelled/);
    expect(await state()).toEqual(before);
    expect(await shownIssues(page)).toEqual([]);
    expect(await until(() => focusedId(page), "audit-sheet")).toBe("audit-sheet");
    await expectAccessible(page, "audit cancelled");
    await expectNoProblems(pane);
  } finally {
    await pane.close();
  }
});

test(`a ${BENCH_ROWS.toLocaleString("en")}-row plan: progress is shown, the pane keeps painting, the list comes in pages`, async () => {
  const pane = await openPane(browser, server.origin, { query: `rows=${BENCH_ROWS}` });
  try {
    const timing = await measureAudit(pane.page);
    expect(timing.progressShown).toBe(true);
    // The pure audit ran in the Web Worker, off the pane's thread.
    expect(pane.workers.filter((url) => url.endsWith("/audit-worker.js"))).toHaveLength(1);
    const rows = await pane.page.locator('[data-testid="summary"]').innerText();
    expect(rows).toContain(`Rows checked: ${BENCH_ROWS.toLocaleString("en-GB")}`);
    const shown = await shownIssues(pane.page);
    expect(shown.length).toBeGreaterThan(0);
    const groups = await pane.page.locator('[data-testid="issue-list"] section.group').count();
    const more = pane.page.locator('[data-testid="show-more"]');
    if (await more.count()) {
      expect(groups).toBe(100);
      await more.click();
      expect(await pane.page.locator('[data-testid="issue-list"] section.group').count()).toBeGreaterThan(100);
    }
    // A language switch rewords the list where it is: the pages shown and the scroll position stay.
    const groupsShown = await pane.page.locator('[data-testid="issue-list"] section.group').count();
    await pane.page.evaluate(() => window.scrollTo(0, 3000));
    /** The first row group in view, and its distance from the top of the view. */
    const topGroup = () =>
      pane.page.evaluate(() => {
        const group = Array.from(document.querySelectorAll("section[data-group]")).find((g) => g.getBoundingClientRect().bottom > 0);
        return { key: group?.getAttribute("data-group"), top: Math.round(group?.getBoundingClientRect().top ?? 0) };
      });
    const before = await topGroup();
    expect(await pane.page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    // Switched from script: a click on the header would scroll it into view.
    const switchTo = (language: string) =>
      pane.page.evaluate((value) => {
        const select = document.querySelector<HTMLSelectElement>('[data-testid="language"]') as HTMLSelectElement;
        select.value = value;
        select.dispatchEvent(new Event("change"));
      }, language);
    await switchTo("lv");
    expect(await until(() => pane.page.getAttribute(".issue-message", "lang"), "lv")).toBe("lv");
    expect(await pane.page.locator('[data-testid="issue-list"] section.group').count()).toBe(groupsShown);
    const after = await topGroup();
    expect(after.key).toBe(before.key);
    expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(4);
    await switchTo("en");
    expect(await until(() => pane.page.getAttribute(".issue-message", "lang"), "en")).toBe("en");
    await expectAccessible(pane.page, "long plan");
    fs.mkdirSync(OUTPUT, { recursive: true });
    const figures = {
      [`taskpane.click_to_list_ms.rows_${BENCH_ROWS}`]: Math.round(timing.ms),
      [`taskpane.longest_frame_gap_ms.rows_${BENCH_ROWS}`]: Math.round(timing.longestFrameGapMs),
      [`taskpane.frames_during_audit.rows_${BENCH_ROWS}`]: timing.frames,
    };
    fs.writeFileSync(path.join(OUTPUT, "bench.json"), `${JSON.stringify(figures, null, 2)}\n`);
    await expectNoProblems(pane);
  } finally {
    await pane.close();
  }
});
