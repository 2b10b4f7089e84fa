/** Builds the pane into its root element: state, actions, and the views in their order. */
import { notesSupported } from "../excel";
import type { ExcelHost } from "../excel/types";
import type { Language } from "../rules";
import { createActions, type Actions } from "./actions";
import { createBudgetSlot } from "./budget-slot";
import { h, replaceChildren } from "./dom";
import { createFilters } from "./filters";
import { manageFocus } from "./focus";
import { createHeader } from "./header";
import { createIssueList } from "./issue-list";
import { createMappingView } from "./mapping-view";
import { createNotesNotice } from "./notes-notice";
import { createProgress } from "./progress";
import { createSettingsForm } from "./settings-form";
import { createStatus } from "./status";
import { Store, initialState, touched, type PaneState } from "./store";
import { createSummary } from "./summary";
import { createTablePicker } from "./table-picker";
import { createLiveSwitch, createNewPlanButton, createToolbar } from "./toolbar";

export interface Pane {
  readonly store: Store<PaneState>;
  readonly actions: Actions;
}

export function mount(root: HTMLElement, host: ExcelHost, language: Language): Pane {
  const store = new Store(initialState(language, notesSupported(host)));
  const actions = createActions(store, host);

  // The page's language follows the switch (screen readers, hyphenation, spelling).
  store.subscribe((state, changed) => {
    if (touched(changed, "language")) document.documentElement.lang = state.language;
  });

  // Results first: the summary and the list are the main view; the settings and the columns open from one compact
  // line above them, one at a time, in their place (taskpane.css), and Escape or their title closes them again.
  replaceChildren(
    root,
    createHeader(store, actions),
    h(
      "main",
      { class: "content" },
      createToolbar(store, actions),
      h("div", { class: "subtools" }, createNewPlanButton(store, actions), createLiveSwitch(store, actions)),
      createNotesNotice(store),
      h("div", { class: "activity" }, createProgress(store), createStatus(store)),
      h("div", { class: "panels" }, createSettingsForm(store, actions), createMappingView(store, actions)),
      createTablePicker(store, actions),
      h(
        "div",
        { class: "results" },
        createSummary(store, actions),
        createFilters(store, actions),
        createIssueList(store, actions),
        createBudgetSlot(store, actions, host),
      ),
    ),
  );
  // After the views: they have re-rendered by the time focus is placed.
  manageFocus(root, store, actions);
  root.setAttribute("data-ready", "true");
  void actions.load();
  return { store, actions };
}
