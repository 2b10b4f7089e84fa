/**
 * The progress indicator of long work (audits of big sheets, clearing, saving). The Office layer reports phases and
 * rows read; the bar shows rows when known and is indeterminate otherwise. The live region announces the phase only
 * (not every row count), so screen readers are not flooded.
 */
import type { AuditProgress } from "../excel/types";
import type { Language } from "../rules";
import { h, setText } from "./dom";
import { count, t, type UiKey } from "./i18n";
import { touched, type Busy, type PaneState, type Store } from "./store";

function phaseKey(busy: Busy): UiKey {
  switch (busy.action) {
    case "loading":
      return "progress.loading";
    case "saving":
      return "progress.saving";
    case "clearing":
      return "progress.clearing";
    case "creating":
      return "progress.creating";
    case "auditing": {
      if (busy.cancelling) return "progress.cancelling";
      if (busy.relanguage && (!busy.progress || busy.progress.phase === "reading")) return "progress.relanguage";
      const phase = busy.progress?.phase ?? "reading";
      return phase === "reading" ? "progress.readingUnknown" : (`progress.${phase}` as UiKey);
    }
  }
}

function detail(language: Language, progress: AuditProgress | undefined): string {
  if (!progress || progress.total <= 0) return "";
  const numbers = { done: count(language, progress.done), total: count(language, progress.total) };
  if (progress.phase === "reading") return t(language, "progress.reading", numbers);
  if (progress.phase === "highlighting") return t(language, "progress.marking", numbers);
  return "";
}

export function createProgress(store: Store<PaneState>): HTMLElement {
  const phase = h("span", { class: "progress-phase" });
  const rows = h("span", { class: "progress-detail", "aria-hidden": "true" });
  const bar = h("progress", { class: "progress-bar", max: 1 });
  const live = h("div", { class: "progress-text", role: "status", "aria-live": "polite" }, phase);
  const body = h("div", { class: "progress-body", hidden: true }, rows, bar);
  // The live region stays in the document (empty when idle): regions that appear with their text are not always read.
  const element = h("div", { class: "progress", "data-testid": "progress", "data-busy": "false" }, live, body);

  store.subscribe((state, changed) => {
    if (!touched(changed, "busy", "language")) return;
    const { busy, language } = state;
    body.hidden = busy === null;
    element.setAttribute("data-busy", String(busy !== null));
    if (!busy) {
      setText(phase, "");
      return;
    }
    setText(phase, t(language, phaseKey(busy)));
    const progress = busy.action === "auditing" ? busy.progress : undefined;
    setText(rows, detail(language, progress));
    bar.setAttribute("aria-label", t(language, phaseKey(busy)));
    if (progress && (progress.phase === "reading" || progress.phase === "highlighting") && progress.total > 0) {
      bar.max = progress.total;
      bar.value = Math.min(progress.done, progress.total);
    } else {
      // Indeterminate: no value attribute.
      bar.removeAttribute("value");
    }
  });
  return element;
}
