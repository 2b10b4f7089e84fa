/** The task pane in headless Chromium: build, serve, launch, open (docs/architecture.md, "Testing"); shared by the browser test and the bench. */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack from "webpack";
import { loadWorkbook, workbookGrid } from "../../src/cli/read-xlsx";

export const ROOT = path.resolve(__dirname, "..", "..");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIR = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
/** The task pane's usual width in Excel (it can be widened; it is rarely narrower). */
export const PANE_VIEWPORT = { width: 350, height: 900 };
export const TEST_PAGE = "test.html";

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: "production" | "development" }) => Promise<webpack.Configuration>;

function compile(config: webpack.Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((error, stats) => {
      compiler.close(() => {
        if (error) return reject(error);
        if (!stats) return reject(new Error("webpack returned no stats"));
        if (stats.hasErrors()) {
          const { errors = [] } = stats.toJson({ all: false, errors: true });
          return reject(new Error(`webpack: ${errors.map((e) => e.message).join("\n")}`));
        }
        resolve();
      });
    });
  });
}

/** The test bundle: the fake Excel and the test workbooks (test-host.ts), for the browser. */
function testHostConfig(outDir: string): webpack.Configuration {
  return {
    mode: "production",
    context: ROOT,
    target: "web",
    devtool: false,
    entry: { "test-host": path.join(__dirname, "test-host.ts") },
    output: { path: outDir, filename: "[name].js", clean: false },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Type-checked by `tsc --noEmit` (npm test); here only transpiled.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: false } } },
        },
      ],
    },
    performance: { hints: false },
  };
}

/** The test page: the production taskpane.html with the test host script before every other script. */
export function testPage(taskpaneHtml: string): string {
  const at = taskpaneHtml.search(/<script\b/i);
  if (at < 0) throw new Error("taskpane.html has no <script>");
  return `${taskpaneHtml.slice(0, at)}<script src="/test-host.js"></script>${taskpaneHtml.slice(at)}`;
}

/** Production build of the add-in, the test host bundle and the test page, into `outDir`. */
export async function buildPane(outDir: string): Promise<void> {
  const { default: makeConfig } = (await import(path.join(ROOT, "webpack.config.js"))) as { default: ConfigFactory };
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  config.output = { ...config.output, path: outDir };
  await compile(config);
  await compile(testHostConfig(outDir));
  const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
  fs.writeFileSync(path.join(outDir, TEST_PAGE), testPage(html));
  // The README's example plan as a grid, for test-host.ts (plan=example): the pictures show a real plan.
  fs.writeFileSync(path.join(outDir, EXAMPLE_GRID), JSON.stringify(workbookGrid(await loadWorkbook(EXAMPLE_XLSX))));
  // axe-core, served from the pane's own origin so that the page's script-src 'self' lets the test load it.
  fs.copyFileSync(AXE_SOURCE, path.join(outDir, AXE_FILE));
}

const EXAMPLE_XLSX = path.join(ROOT, "examples", "planning-2026.xlsx");
export const EXAMPLE_GRID = "example-grid.json";
const AXE_SOURCE = require.resolve("axe-core/axe.min.js");
const AXE_FILE = "axe.min.js";
/** WCAG 2.2 A and AA (with the 2.0 and 2.1 rules they include) and axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

/** One axe finding, reduced to what a reader of test-output/axe.json needs. */
export interface AxeFinding {
  readonly state: string;
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Runs axe-core over the whole page as it is now; `state` names what the test had done, for the report. */
export async function axeCheck(page: Page, state: string): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === "object");
  // A script element of our own rather than page.addScriptTag, which also fails on office.js's unrelated CSP report.
  if (!loaded)
    await page.evaluate(
      (src) =>
        new Promise<void>((resolve, reject) => {
          const script = document.createElement("script");
          script.src = src;
          script.onload = () => resolve();
          script.onerror = () => reject(new Error(`could not load ${src}`));
          document.head.appendChild(script);
        }),
      new URL(`/${AXE_FILE}`, page.url()).href,
    );
  const violations = await page.evaluate(async (tags) => {
    type Result = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: Result[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  }, AXE_TAGS);
  return violations.map((v) => ({ state, ...v }));
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".map": "application/json",
  ".xml": "application/xml",
};

export interface Server {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `dir` (static files only) on 127.0.0.1, on a free port. */
export async function serve(dir: string): Promise<Server> {
  const root = path.resolve(dir);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium. Fails (never skips) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The task pane's browser test needs it: apt-get update && apt-get install -y chromium ` +
        "(.ci/run does this). Never `npx playwright install`.",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface Violation {
  readonly directive: string;
  readonly blockedURI: string;
  readonly sourceFile: string;
  readonly line: number;
}

export interface Problems {
  readonly dialogs: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly failedRequests: string[];
  /** Content-Security-Policy violations seen by the page (securitypolicyviolation events). */
  readonly cspViolations: string[];
}

/**
 * office.js's own telemetry (ULSEndpointProxy in o15apptofilemappingtable.js) adds a hidden iframe 3 s after load
 * with setAttribute("style", "display:none"), which the pane's style-src 'self' blocks (the iframe sits in <head>,
 * so it is not shown either way). That one violation, and Chromium's console error about it, are Microsoft's code,
 * not the add-in's: they are left out. Any other violation, from office.js or the add-in, counts.
 */
function isOfficeJsStyleNoise(violation: Violation): boolean {
  return violation.directive === "style-src-attr" && violation.sourceFile.startsWith("https://appsforoffice.microsoft.com/");
}
const INLINE_STYLE_CONSOLE_ERROR = /^Applying inline style violates the following Content Security Policy directive/;

export interface OpenPane {
  readonly page: Page;
  /** Dialogs so far (an alert would be a script that ran). */
  readonly dialogs: readonly string[];
  /** URLs of the Web Workers the page started (the audit runs in one). */
  readonly workers: readonly string[];
  /** Everything that went wrong in the page so far, less office.js's known noise. */
  problems(): Promise<Problems>;
  close(): Promise<void>;
}

/** office.js's telemetry page (loaded in a hidden iframe): an empty page, the tests are offline. */
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/**";

/** office.js and the files it loads, from the npm package instead of Microsoft's CDN. */
async function routeOfficeJs(page: Page): Promise<void> {
  await page.route(OFFICE_TELEMETRY, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "" }));
  await page.route("https://appsforoffice.microsoft.com/**", async (route) => {
    const url = new URL(route.request().url());
    const relative = url.pathname.replace(/^\/lib\/1\/hosted\//, "");
    const file = path.resolve(OFFICE_JS_DIR, relative);
    if (file.startsWith(OFFICE_JS_DIR + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fs.readFileSync(file) });
    } else {
      await route.fulfill({ status: 404, body: "" });
    }
  });
}

export interface OpenOptions {
  /** Query string for test-host.ts: `rows=20000`, `notes=0`, ... */
  readonly query?: string;
  /** The browser's language (the pane falls back to it outside Office). */
  readonly locale?: string;
  readonly viewport?: { width: number; height: number };
  /** Refuse to serve audit-worker.js (a host that forbids Web Workers): the pane audits in its own thread. */
  readonly blockWorker?: boolean;
}

/** Opens the test page and waits until the pane has mounted. */
export async function openPane(browser: Browser, origin: string, options: OpenOptions = {}): Promise<OpenPane> {
  const context = await browser.newContext({ viewport: options.viewport ?? PANE_VIEWPORT, locale: options.locale ?? "en-GB" });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  page.on("requestfailed", (request) => failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? ""}`));
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __cspViolations: Violation[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push({ directive: event.violatedDirective, blockedURI: event.blockedURI, sourceFile: event.sourceFile, line: event.lineNumber });
    });
  });
  await routeOfficeJs(page);
  if (options.blockWorker)
    await page.route("**/audit-worker.js", (route) => route.fulfill({ status: 403, contentType: "text/plain", body: "" }));
  await page.goto(`${origin}/${TEST_PAGE}${options.query ? `?${options.query}` : ""}`);
  await page.waitForSelector('#app[data-ready="true"]', { timeout: 30_000 });
  // The pane reads the workbook's settings once mounted.
  await page.waitForFunction(() => document.querySelector('[data-testid="progress"]')?.getAttribute("data-busy") === "false");

  async function problems(): Promise<Problems> {
    const violations = await page
      .evaluate(() => (window as unknown as { __cspViolations?: Violation[] }).__cspViolations ?? [])
      .catch((): Violation[] => [{ directive: "(page gone)", blockedURI: "", sourceFile: "", line: 0 }]);
    let noise = violations.filter(isOfficeJsStyleNoise).length;
    const errors = consoleErrors.filter((text) => !(INLINE_STYLE_CONSOLE_ERROR.test(text) && noise-- > 0));
    return {
      dialogs: [...dialogs],
      consoleErrors: errors,
      pageErrors: [...pageErrors],
      failedRequests: [...failedRequests],
      cspViolations: violations
        .filter((v) => !isOfficeJsStyleNoise(v))
        .map((v) => `${v.directive} ${v.blockedURI} ${v.sourceFile}:${v.line}`),
    };
  }
  return { page, dialogs, workers, problems, close: () => context.close() };
}

export interface AuditTiming {
  /** From the click to the painted list. */
  readonly ms: number;
  /** Animation frames the page produced meanwhile, and the longest time between two (the pane's responsiveness). */
  readonly frames: number;
  readonly longestFrameGapMs: number;
  /** Whether the progress indicator was shown. */
  readonly progressShown: boolean;
}

/**
 * Clicks a command and measures, in the page, from the click to the painted issue list: the list's data-state goes
 * "busy", then "done" (set in the animation frame after rendering), then one more frame so that it has been painted.
 */
export async function measureAudit(page: Page, testId = "audit-sheet"): Promise<AuditTiming> {
  return page.evaluate(async (id) => {
    const button = document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
    const list = document.querySelector<HTMLElement>('[data-testid="issue-list"]');
    const progress = document.querySelector<HTMLElement>('[data-testid="progress"]');
    if (!button || !list || !progress) throw new Error("pane not mounted");
    let progressShown = false;
    const progressObserver = new MutationObserver(() => {
      if (progress.getAttribute("data-busy") === "true") progressShown = true;
    });
    progressObserver.observe(progress, { attributes: true, attributeFilter: ["data-busy"] });
    const done = new Promise<void>((resolve) => {
      let started = false;
      const observer = new MutationObserver(() => {
        const state = list.getAttribute("data-state");
        if (state === "busy") started = true;
        if (started && state === "done") {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(list, { attributes: true, attributeFilter: ["data-state"] });
    });
    let frames = 0;
    let longest = 0;
    let running = true;
    const start = performance.now();
    let last = start;
    const tick = (now: number) => {
      frames++;
      longest = Math.max(longest, now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    button.click();
    await done;
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const ms = performance.now() - start;
    running = false;
    progressObserver.disconnect();
    return { ms, frames, longestFrameGapMs: longest, progressShown };
  }, testId);
}

export async function clickToList(page: Page, testId = "audit-sheet"): Promise<number> {
  return (await measureAudit(page, testId)).ms;
}

/** Runs `action` (from Node) and waits until the issue list has been re-rendered after an audit it started. */
export async function listAfter(page: Page, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => {
    const list = document.querySelector<HTMLElement>('[data-testid="issue-list"]');
    if (!list) throw new Error("pane not mounted");
    (window as unknown as { __listDone: Promise<void> }).__listDone = new Promise<void>((resolve) => {
      let started = false;
      const observer = new MutationObserver(() => {
        const state = list.getAttribute("data-state");
        if (state === "busy") started = true;
        if (started && (state === "done" || state === "empty")) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(list, { attributes: true, attributeFilter: ["data-state"] });
    });
  });
  await action();
  await page.evaluate(() => (window as unknown as { __listDone: Promise<void> }).__listDone);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
