/**
 * The outcome of the last action: "Audit finished", "Saved", or what went wrong (as an alert). Both
 * regions stay in the document, empty when there is nothing to say, so that assistive technology reads what appears.
 */
import { h, replaceChildren } from "./dom";
import { t } from "./i18n";
import { icon } from "./icons";
import { touched, type PaneState, type Store } from "./store";

export function createStatus(store: Store<PaneState>): HTMLElement {
  const polite = h("p", { class: "status", role: "status", "aria-live": "polite", "data-testid": "status" });
  const alert = h("p", { class: "status status-error", role: "alert", "data-testid": "error" });
  let shown = "";
  store.subscribe((state, changed) => {
    if (!touched(changed, "status", "language")) return;
    const { status, language } = state;
    const text = status ? t(language, status.key, status.params) : "";
    // Rewritten only when the words change: a live region reads out what is put in it again.
    const key = `${status?.kind ?? ""}|${text}`;
    if (key === shown) return;
    shown = key;
    const error = status?.kind === "error";
    const success = status?.kind === "success";
    replaceChildren(alert, error ? [icon("error"), h("span", null, text)] : null);
    replaceChildren(polite, status && !error ? [success ? icon("success") : null, h("span", null, text)] : null);
    polite.className = success ? "status status-success" : "status";
  });
  return h("div", { class: "statuses" }, polite, alert);
}
