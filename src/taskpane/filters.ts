/** Severity filter: show or hide errors, warnings and info in the list (checkboxes, with each severity's count). */
import type { Severity } from "../rules";
import type { Actions } from "./actions";
import { h, setText } from "./dom";
import { SEVERITIES } from "./groups";
import { count, t } from "./i18n";
import { icon } from "./icons";
import { touched, type PaneState, type Store } from "./store";

const LABEL = { error: "summary.errors", warning: "summary.warnings", info: "summary.info" } as const;

export function createFilters(store: Store<PaneState>, actions: Actions): HTMLElement {
  // The legend ("Show") is for assistive technology: the chips say what they filter.
  const legend = h("legend", { class: "visually-hidden" });
  const boxes = new Map<Severity, { input: HTMLInputElement; text: HTMLSpanElement }>();
  const labels = SEVERITIES.map((severity) => {
    const input = h("input", {
      type: "checkbox",
      "data-testid": `filter-${severity}`,
      on: { change: () => actions.setFilter(severity, input.checked) },
    });
    const text = h("span", null);
    boxes.set(severity, { input, text });
    return h("label", { class: `chip chip-${severity}` }, input, icon(severity), text);
  });
  const fieldset = h("fieldset", { class: "filters", "data-testid": "filters", hidden: true }, legend, labels);

  store.subscribe((state, changed) => {
    if (!touched(changed, "result", "language", "filter", "view")) return;
    const { result, language, filter } = state;
    fieldset.hidden = !result || result.report.issues.length === 0 || state.view === "budget";
    setText(legend, t(language, "filter.legend"));
    const summary = result?.report.summary;
    const counts = { error: summary?.errors ?? 0, warning: summary?.warnings ?? 0, info: summary?.info ?? 0 };
    for (const severity of SEVERITIES) {
      const { input, text } = boxes.get(severity) as { input: HTMLInputElement; text: HTMLSpanElement };
      input.checked = filter[severity];
      setText(text, `${t(language, LABEL[severity])} (${count(language, counts[severity])})`);
    }
  });
  return fieldset;
}
