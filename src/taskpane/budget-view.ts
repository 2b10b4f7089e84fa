/**
 * The Budget view (issue 13): what the audited plan is worth under the 2026 unit costs — the total, the categories,
 * each row's lines, what could not be estimated and the assumptions — and the National Agency's rates file, loaded
 * into the workbook's settings and removable. Its own bundle (budget-view.js, budget-entry.ts), loaded when the view
 * is first opened (budget-slot.ts): the estimate and its words are no part of the pane's start-up.
 */
import type { ExcelHost } from "../excel/types";
import { loadStoredRates, removeStoredRates, saveStoredRates, type StoredRates } from "../excel/stored-rates";
import type { Language } from "../rules";
import { parseRatesText, ratesProblemText, type RatesProblem } from "../rules/funding/rates-file";
import type { Actions } from "./actions";
import { budgetModel, type BudgetModel, type BudgetRowView } from "./budget-model";
import { bt } from "./budget-words";
import { h, replaceChildren, setText } from "./dom";
import { touched, type PaneState, type Store } from "./store";

/** Rows rendered at once, and per "Show more rows". */
export const ROWS_PAGE = 50;
/** Rates files are a few hundred bytes (as the command: src/cli/budget.ts). */
const MAX_RATES_BYTES = 1_000_000;

/** The rates part's message, kept as data so that it follows a language switch. */
type RatesStatus =
  | { readonly kind: "loaded" | "removed" }
  | { readonly kind: "refused"; readonly problem: RatesProblem | "too-large" }
  | { readonly kind: "failed"; readonly message: string };

function ratesStatusText(status: RatesStatus, language: Language): string {
  switch (status.kind) {
    case "loaded":
      return bt(language, "ratesLoaded");
    case "removed":
      return bt(language, "ratesRemoved");
    case "refused":
      return bt(language, "ratesRefused", {
        problem: status.problem === "too-large" ? bt(language, "ratesTooLarge") : ratesProblemText(status.problem, language),
      });
    case "failed":
      return bt(language, "ratesFailed", { message: status.message });
  }
}

function rowTable(row: BudgetRowView, language: Language): HTMLElement {
  return h(
    "table",
    { class: "budget-lines", "data-row": `${row.sheet}!${row.row}` },
    h("caption", null, row.title),
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        h("th", { scope: "col" }, bt(language, "line")),
        h("th", { scope: "col" }, bt(language, "quantity")),
        h("th", { scope: "col", class: "money" }, bt(language, "amount")),
      ),
    ),
    h(
      "tbody",
      null,
      row.lines.map((l) =>
        h(
          "tr",
          null,
          h("td", null, l.line, h("span", { class: "budget-source" }, ` ${l.source}`)),
          h("td", null, l.quantity),
          h("td", { class: "money" }, l.amount),
        ),
      ),
    ),
  );
}

export function mountBudgetView(slot: HTMLElement, store: Store<PaneState>, actions: Actions, host: ExcelHost): void {
  const heading = h("h2", { class: "visually-hidden", id: "budget-heading" });
  const body = h("div", { class: "budget-body", "data-testid": "budget-body" });
  const more = h("button", { type: "button", class: "button button-subtle show-more", "data-testid": "budget-more" });

  // The rates file: its own fieldset, usable before any audit.
  const legend = h("legend", null);
  const storedText = h("p", { class: "muted", "data-testid": "rates-stored" });
  const fileLabel = h("span", null);
  const file = h("input", { type: "file", accept: ".json,application/json", "data-testid": "rates-file" });
  const remove = h("button", { type: "button", class: "button button-subtle", "data-testid": "rates-remove", hidden: true });
  const ratesStatus = h("p", { class: "budget-status", role: "status", "data-testid": "rates-status" });
  const rates = h(
    "fieldset",
    { class: "budget-rates" },
    legend,
    storedText,
    h("label", { class: "budget-file" }, fileLabel, file),
    remove,
    ratesStatus,
  );

  let stored: StoredRates | "loading" = "loading";
  let status: RatesStatus | null = null;
  let model: BudgetModel | null = null;
  let modelOf: { result: unknown; rates: unknown; language: Language } | null = null;
  let shownRows = 0;
  /** The result whose activities were asked for (once per audit). */
  let asked: unknown = null;

  const currentRates = () => (typeof stored === "object" && stored.kind === "rates" ? stored.reading.rates : undefined);

  function renderRates(language: Language): void {
    setText(legend, bt(language, "ratesLegend"));
    setText(fileLabel, bt(language, "ratesLoad"));
    setText(remove, bt(language, "ratesRemove"));
    const kind = stored === "loading" ? "loading" : stored.kind;
    remove.hidden = kind === "none" || kind === "loading";
    if (stored === "loading") setText(storedText, "");
    else if (stored.kind === "rates")
      setText(storedText, bt(language, "ratesStored", { agency: stored.reading.rates.agency ?? bt(language, "ratesUnnamed") }));
    else if (stored.kind === "ignored")
      setText(storedText, bt(language, "ratesIgnored", { problem: ratesProblemText(stored.problem, language) }));
    else setText(storedText, bt(language, "ratesNone"));
    storedText.className = typeof stored === "object" && stored.kind === "ignored" ? "notice notice-warning" : "muted";
    setText(ratesStatus, status ? ratesStatusText(status, language) : "");
    ratesStatus.className = `budget-status${status?.kind === "refused" || status?.kind === "failed" ? " budget-status-error" : ""}`;
  }

  function appendRows(language: Language): void {
    if (!model) return;
    const end = Math.min(model.rows.length, shownRows + ROWS_PAGE);
    more.remove();
    const list = body.querySelector(".budget-rows");
    if (!list) return;
    for (let i = shownRows; i < end; i++) list.appendChild(rowTable(model.rows[i], language));
    shownRows = end;
    if (shownRows < model.rows.length) {
      setText(more, bt(language, "moreRows", { count: String(model.rows.length - shownRows) }));
      list.appendChild(more);
    }
  }

  function renderBody(state: PaneState): void {
    const { language, result } = state;
    const report = result?.report;
    if (!report) {
      replaceChildren(body, h("p", { class: "muted" }, bt(language, "noAudit")));
      return;
    }
    if (!report.activities) {
      replaceChildren(body, h("p", { class: "muted" }, bt(language, result.input ? "computing" : "noInput")));
      if (result.input && asked !== result) {
        asked = result;
        void actions.keepActivities();
      }
      return;
    }
    const rates = currentRates();
    if (!modelOf || modelOf.result !== result || modelOf.rates !== rates || modelOf.language !== language) {
      model = budgetModel(report, rates, language);
      modelOf = { result, rates, language };
    }
    const m = model as BudgetModel;
    shownRows = 0;
    replaceChildren(
      body,
      h(
        "div",
        { class: "budget-total", "data-testid": "budget-total" },
        h("span", { class: "budget-total-label" }, bt(language, "total")),
        h("span", { class: "budget-total-amount" }, m.total),
      ),
      h("p", { class: "muted" }, m.basis),
      m.coursesWarning ? h("p", { class: "notice notice-warning", "data-testid": "budget-courses" }, m.coursesWarning) : null,
      h("h3", { class: "budget-head" }, bt(language, "categories")),
      h(
        "dl",
        { class: "budget-categories", "data-testid": "budget-categories" },
        m.categories.map((c) => h("div", null, h("dt", null, c.name), h("dd", { class: "money" }, c.amount))),
      ),
      h("h3", { class: "budget-head" }, bt(language, "rows")),
      h(
        "div",
        { class: "budget-rows", "data-testid": "budget-rows" },
        m.rows.length === 0 ? h("p", { class: "muted" }, bt(language, "noLines")) : null,
      ),
      m.missing.length > 0 ? h("h3", { class: "budget-head" }, bt(language, "missing")) : null,
      m.missing.length > 0
        ? h(
            "ul",
            { class: "budget-notes", "data-testid": "budget-missing" },
            m.missing.map((text) => h("li", null, text)),
          )
        : null,
      m.assumptions.length > 0 ? h("h3", { class: "budget-head" }, bt(language, "assumptions")) : null,
      m.assumptions.length > 0
        ? h(
            "ul",
            { class: "budget-notes", "data-testid": "budget-assumptions" },
            m.assumptions.map((text) => h("li", null, text)),
          )
        : null,
    );
    appendRows(language);
  }

  function render(): void {
    const state = store.state;
    if (state.view !== "budget") return;
    setText(heading, bt(state.language, "heading"));
    renderRates(state.language);
    renderBody(state);
  }

  more.addEventListener("click", () => {
    const first = shownRows;
    appendRows(store.state.language);
    // The keyboard stays where the new rows start: the first new table's caption row is not focusable, so its
    // section is given focus for the moment.
    const next = body.querySelectorAll<HTMLElement>("table.budget-lines")[first];
    if (next) {
      next.tabIndex = -1;
      next.focus();
    }
  });

  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    file.value = "";
    if (!chosen) return;
    void (async () => {
      if (chosen.size > MAX_RATES_BYTES) {
        status = { kind: "refused", problem: "too-large" };
        render();
        return;
      }
      const text = (await chosen.text()).replace(/^\uFEFF/, "");
      const reading = parseRatesText(text);
      if (!reading.ok) {
        status = { kind: "refused", problem: reading.problem };
        render();
        return;
      }
      try {
        await saveStoredRates(host, JSON.parse(text));
        stored = { kind: "rates", reading };
        status = { kind: "loaded" };
      } catch (error) {
        status = { kind: "failed", message: error instanceof Error ? error.message : String(error) };
      }
      render();
    })();
  });

  remove.addEventListener("click", () => {
    void (async () => {
      try {
        await removeStoredRates(host);
        stored = { kind: "none" };
        status = { kind: "removed" };
      } catch (error) {
        status = { kind: "failed", message: error instanceof Error ? error.message : String(error) };
      }
      const hadFocus = document.activeElement === remove;
      render();
      // The button is gone: the keyboard goes on from the file input, not from the page's start.
      if (hadFocus && remove.hidden) file.focus();
    })();
  });

  replaceChildren(slot, heading, body, rates);
  slot.setAttribute("aria-labelledby", "budget-heading");
  store.subscribe((_state, changed) => {
    if (touched(changed, "view", "language", "result")) render();
  });
  void loadStoredRates(host).then(
    (found) => {
      stored = found;
      render();
    },
    (error: unknown) => {
      stored = { kind: "none" };
      status = { kind: "failed", message: error instanceof Error ? error.message : String(error) };
      render();
    },
  );
}
