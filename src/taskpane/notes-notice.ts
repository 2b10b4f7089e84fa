/** Where Excel cannot add notes (ExcelApi 1.18 missing), the pane says so: the highlighted cells are explained here only. */
import { NOTES_REQUIREMENT } from "../excel/host";
import { h, setText } from "./dom";
import { t } from "./i18n";
import { icon } from "./icons";
import { touched, type PaneState, type Store } from "./store";

export function createNotesNotice(store: Store<PaneState>): HTMLElement {
  const text = h("span", null);
  const notice = h("p", { class: "notice notice-info", "data-testid": "notes-unsupported", hidden: true }, icon("info"), text);
  store.subscribe((state, changed) => {
    if (!touched(changed, "language", "notesSupported", "result")) return;
    const unsupported = !state.notesSupported || (state.result !== null && !state.result.notesWritten);
    notice.hidden = !unsupported;
    setText(text, t(state.language, "notes.unsupported", { requirement: NOTES_REQUIREMENT }));
  });
  return notice;
}
