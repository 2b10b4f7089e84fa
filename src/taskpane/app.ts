/** Builds the pane into its root element: state, actions, and the views in their order. */
import { notesSupported } from "../excel";
import type { ExcelHost } from "../excel/types";
import type { Language } from "../rules";
import { createActions, type Actions } from "./actions";
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
import { createToolbar } from "./toolbar";

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

  replaceChildren(
    root,
    createHeader(store, actions),
    h(
      "main",
      { class: "content" },
      createToolbar(store, actions),
      createNotesNotice(store),
      createProgress(store),
      createStatus(store),
      createTablePicker(store, actions),
      createSettingsForm(store, actions),
      createMappingView(store, actions),
      createSummary(store),
      createFilters(store, actions),
      createIssueList(store, actions),
    ),
  );
  // After the views: they have re-rendered by the time focus is placed.
  manageFocus(root, store, actions);
  root.setAttribute("data-ready", "true");
  void actions.load();
  return { store, actions };
}
