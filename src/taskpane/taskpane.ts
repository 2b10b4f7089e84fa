/*
 * Task pane entry point. In the shared runtime this page also hosts the custom functions (functions.js is loaded
 * by the same taskpane.html). Once Office is ready, the pane is built into #app (app.ts), in Office's display
 * language (Latvian for lv-*, English otherwise; the pane has a switch).
 */
import type { Language } from "../rules";
import { mount } from "./app";
import { paneHost } from "./host";
import { languageOf } from "./i18n";

/** Ask Office to start the shared runtime with the workbook, so custom functions work before the pane opens. */
export function loadRuntimeOnStartup(): void {
  try {
    if (!Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) {
      return;
    }
    Office.addin.setStartupBehavior(Office.StartupBehavior.load).catch(() => {
      // Not fatal: the functions still load when the task pane is opened.
    });
  } catch {
    // Outside Office, or a host without Office.addin: nothing to configure.
  }
}

/** Office's display language; outside Office (a browser), the browser's. */
export function displayLanguage(): Language {
  let locale: string | undefined;
  try {
    locale = Office.context?.displayLanguage;
  } catch {
    locale = undefined;
  }
  return languageOf(locale || (typeof navigator !== "undefined" ? navigator.language : undefined));
}

/** Checks as you type run only while the pane is shown: in the shared runtime the page outlives a closed pane. */
function followVisibility(paneVisible: (visible: boolean) => Promise<void>): void {
  window.addEventListener("pagehide", () => void paneVisible(false));
  try {
    void Office.addin
      .onVisibilityModeChanged((message) => void paneVisible(message.visibilityMode === Office.VisibilityMode.taskpane))
      .catch(() => undefined);
  } catch {
    // Outside Office, or without a shared runtime: the page closes with the pane.
  }
}

Office.onReady(() => {
  const app = document.getElementById("app");
  if (app) followVisibility(mount(app, paneHost(), displayLanguage()).actions.paneVisible);
  loadRuntimeOnStartup();
});
