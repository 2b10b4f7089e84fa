/**
 * Focus after an action and the Escape key. A command's button is disabled while Excel works, so the browser drops
 * focus to <body>; when the work ends, focus goes back to the button that started it (or its rebuilt twin, found by
 * its data-testid), or to what the work produced: the column picker when no table was found, else the summary.
 * Focus the coordinator moved meanwhile is left alone. Escape cancels a running audit, or closes the open panel.
 */
import type { Actions } from "./actions";
import type { PaneState, Store } from "./store";

interface Started {
  readonly element: HTMLElement | null;
  readonly testId: string | null;
  readonly sheet: string | null;
}

function lost(root: HTMLElement): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected || !root.contains(active);
}

function usable(element: Element | null | undefined): element is HTMLElement {
  return !!element && element.isConnected && !(element as HTMLButtonElement).disabled && !element.closest("[hidden]");
}

export function manageFocus(root: HTMLElement, store: Store<PaneState>, actions: Actions): void {
  let started: Started | null = null;
  // The last control focused in the pane: a click that re-renders its own form (Use detected columns) removes the
  // button before the pane notices it is busy, and Chromium (155) blurs a focused button as soon as it is disabled,
  // which the views do before this listener hears of the action.
  let lastFocused: HTMLElement | null = null;
  root.addEventListener("focusin", (event) => {
    if (event.target instanceof HTMLElement) lastFocused = event.target;
  });

  const destination = (state: PaneState, from: Started): HTMLElement | null => {
    if (state.pick) return root.querySelector<HTMLElement>("#picker-heading");
    if (usable(from.element)) return from.element;
    const scope = (from.sheet ? root.querySelector(`[data-sheet="${CSS.escape(from.sheet)}"]`) : null) ?? root;
    const twin = from.testId ? scope.querySelector(`[data-testid="${CSS.escape(from.testId)}"]`) : null;
    if (usable(twin)) return twin;
    // The button went with what it changed ("Use detected columns"): the same sheet's first command, else the result.
    const sibling = from.sheet ? scope.querySelector("button") : null;
    if (usable(sibling)) return sibling;
    const summary = root.querySelector<HTMLElement>('[data-testid="summary"]');
    return summary && summary.offsetParent !== null ? summary : root.querySelector<HTMLElement>("details[open] > summary");
  };

  store.subscribe((state, changed) => {
    if (!changed.has("busy")) return;
    if (state.busy && !started && state.busy.action !== "loading") {
      const active =
        document.activeElement instanceof HTMLElement && root.contains(document.activeElement) ? document.activeElement : lastFocused;
      started = {
        element: active,
        testId: active?.getAttribute("data-testid") ?? null,
        sheet: active?.closest("[data-sheet]")?.getAttribute("data-sheet") ?? null,
      };
    } else if (!state.busy && started) {
      const from = started;
      // An action may chain another (save, then audit): wait until the pane is idle for good.
      queueMicrotask(() => {
        if (store.state.busy || started !== from) return;
        started = null;
        if (lost(root)) destination(store.state, from)?.focus();
      });
    }
  });

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    if (store.state.busy?.action === "auditing") {
      event.preventDefault();
      actions.cancel();
      return;
    }
    const active = document.activeElement;
    const panel = (active && root.contains(active) ? active.closest("details[open]") : null) ?? root.querySelector("details.panel[open]");
    if (!panel) return;
    event.preventDefault();
    panel.removeAttribute("open");
    panel.querySelector<HTMLElement>("summary")?.focus();
  });
}
