/** The pane's side of checks as you type, loaded with src/excel/live-check.ts as one chunk (live-check.js) on first use. */
import { startLiveCheck } from "../excel/live-check";
import type { LiveDeps } from "../excel/live-deps";
import type { AuditRunner, ExcelHost } from "../excel/types";
import { workbookProjectAfter } from "./project-values";
import type { PaneState, Store } from "./store";

/** Starts checking after the last audit; the list, the summary and Clear follow each burst. Undefined: nothing to check. */
export async function startPaneLive(
  store: Store<PaneState>,
  host: ExcelHost,
  runAudit: AuditRunner,
  reword: () => void,
  stopped: () => void,
  deps: LiveDeps,
): Promise<{ stop(): Promise<void> } | undefined> {
  const input = store.state.result?.input;
  if (!input) return undefined;
  return startLiveCheck(host, {
    deps,
    options: input.options,
    runAudit,
    onUpdate: ({ report, input: checked, highlighted }) => {
      const result = store.state.result;
      if (!result) return;
      // An edit in the project block is read by the re-check: the Project panel shows it as an audit would.
      const { project, sources, emptyLabels } = workbookProjectAfter(report, store.state.overrides, {
        project: store.state.workbookProject,
        sources: store.state.projectSources,
        emptyLabels: store.state.emptyLabels,
      });
      store.set({
        workbookProject: project,
        projectSources: sources,
        emptyLabels,
        result: { ...result, report, input: checked, highlighted },
        selected: null,
        marked: store.state.marked === true || highlighted > 0,
      });
      // Issues come in the language of the notes; the list is in the pane's.
      if (store.state.language !== report.language) reword();
    },
    onStop: (reason, error) => {
      stopped();
      store.set({
        live: false,
        status:
          reason === "moved"
            ? { kind: "info", key: "status.liveMoved" }
            : { kind: "error", key: "status.liveFailed", params: { message: error instanceof Error ? error.message : String(error) } },
      });
    },
  });
}
