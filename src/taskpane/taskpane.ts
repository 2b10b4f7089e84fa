/*
 * Task pane entry point. In the shared runtime this page also hosts the custom functions (functions.js is loaded
 * by the same taskpane.html). The real pane is a later issue.
 */

export const READY_TEXT = "Mobility auditor ready";

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

Office.onReady(() => {
  const app = document.getElementById("app");
  if (app) {
    app.textContent = READY_TEXT;
  }
  loadRuntimeOnStartup();
});
