/**
 * The outcome of the last action: "Audit finished", "Saved", or what went wrong (as an alert). Both
 * regions stay in the document, empty when there is nothing to say, so that assistive technology reads what appears.
 */
import { h, setText } from "./dom";
import { t } from "./i18n";
import { touched, type PaneState, type Store } from "./store";

export function createStatus(store: Store<PaneState>): HTMLElement {
  const polite = h("p", { class: "status", role: "status", "aria-live": "polite", "data-testid": "status" });
  const alert = h("p", { class: "status status-error", role: "alert", "data-testid": "error" });
  store.subscribe((state, changed) => {
    if (!touched(changed, "status", "language")) return;
    const { status, language } = state;
    const text = status ? t(language, status.key, status.params) : "";
    setText(alert, status?.kind === "error" ? text : "");
    setText(polite, status && status.kind !== "error" ? text : "");
    polite.className = status?.kind === "success" ? "status status-success" : "status";
  });
  return h("div", { class: "statuses" }, polite, alert);
}
