/**
 * The Budget view's place in the results: empty until the view is first chosen, then budget-view.js (its own bundle,
 * budget-entry.ts, loaded then from beside taskpane.html) renders into it. Kept this small: taskpane.js carries only
 * this; the view's type is imported, never its code.
 */
import type { ExcelHost } from "../excel/types";
import type { Actions } from "./actions";
import type { mountBudgetView } from "./budget-view";
import { h } from "./dom";
import { errorStatus } from "./error-status";
import { touched, type PaneState, type Store } from "./store";

type Mount = typeof mountBudgetView;

function loadView(): Promise<Mount> {
  const global = window as unknown as { __mobilityBudgetView?: Mount };
  return new Promise((resolve, reject) => {
    const fail = () => reject(new Error("budget-view.js"));
    const loaded = () => (global.__mobilityBudgetView ? resolve(global.__mobilityBudgetView) : fail());
    document.head.appendChild(h("script", { src: "budget-view.js", on: { load: loaded, error: fail } }));
  });
}

export function createBudgetSlot(store: Store<PaneState>, actions: Actions, host: ExcelHost): HTMLElement {
  const slot = h("section", { class: "budget", "data-testid": "budget", hidden: true });
  let loading = false;
  store.subscribe((state, changed) => {
    if (!touched(changed, "view")) return;
    slot.hidden = state.view !== "budget";
    if (slot.hidden || loading) return;
    loading = true;
    loadView().then(
      (mount) => mount(slot, store, actions, host),
      (error: unknown) => {
        loading = false;
        store.set({ status: errorStatus(error) });
      },
    );
  });
  return slot;
}
