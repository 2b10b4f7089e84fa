/** What the pane's controls do: call src/excel through an ExcelHost and record the outcome in the store. */
import type { ColumnMapping } from "../audit";
import { auditInExcel, clearAuditMarks, loadStoredSettings, readWorkbookProject, saveStoredSettings, selectCell } from "../excel";
import { ExcelAuditError, type AuditScope, type ExcelHost, type StoredSettings } from "../excel/types";
import { PROJECT_FIELDS, type Language, type Project, type ProjectField, type Severity } from "../rules";
import * as liveDeps from "../excel/live-deps";
import { createAuditRunner } from "./audit-runner";
import { errorStatus } from "./error-status";
import { counted } from "./i18n";
import { canonical, withEdit, workbookProjectAfter } from "./project-values";
import type { PaneState, Store } from "./store";

export interface Actions {
  load(): Promise<void>;
  audit(scope: AuditScope): Promise<void>;
  clear(): Promise<void>;
  select(index: number): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  /** Audits again through Excel so that the notes in the workbook are in the pane's language. */
  rewriteNotes(): Promise<void>;
  /** Stops a running audit and leaves the workbook as Clear would. */
  cancel(): void;
  setFilter(severity: Severity, shown: boolean): void;
  setView(view: PaneState["view"]): void;
  editProject(field: ProjectField, value: string): void;
  saveSettings(): Promise<void>;
  /** Saves a sheet's column correction (null: back to detection) and audits again. */
  applyMapping(sheet: string, mapping: ColumnMapping | null): Promise<void>;
  /** Adds a new plan sheet (src/excel/plan-sheet.ts) for the project the form shows. */
  newPlanSheet(): Promise<void>;
  /** The last audit again (in memory, as a language switch) keeping its activities, for the Budget view. */
  keepActivities(): Promise<void>;
  /** The "Check as I type" switch: on audits again (the edits made meanwhile were not followed) and checks from there. */
  setLive(on: boolean): Promise<void>;
  /** The pane was hidden (no checks as you type: the change handler goes) or shown again. */
  paneVisible(visible: boolean): Promise<void>;
}

/** Thrown from the audit's progress callback to stop it before it writes (src/excel then rethrows it). */
class AuditCancelled extends Error {}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Stored project corrections in the form's canonical shape, less any that equal the workbook's own value. */
function storedOverrides(stored: Project, workbook: Project): Project {
  let overrides: Project = {};
  for (const field of PROJECT_FIELDS) {
    const value = stored[field];
    if (value !== undefined) overrides = withEdit(overrides, workbook, field, canonical(field, value));
  }
  return overrides;
}

export function createActions(store: Store<PaneState>, host: ExcelHost): Actions {
  const state = () => store.state;
  /** Settings are written back only once they have been read: never over the workbook's with empty ones. */
  let loaded = false;

  const stored = (language: Language = state().language): StoredSettings => ({
    project: state().savedOverrides,
    mappings: state().mappings,
    language,
  });

  /** The pure audit runs in a Web Worker, so the progress keeps painting while a big plan is checked. */
  const runAudit = createAuditRunner();

  let cancelled = false;

  /** Checks as you type (src/excel/live-check.ts, its own chunk): registered only while the pane is shown and the switch on. */
  let liveCheck: { stop(): Promise<void> } | undefined;
  /** Bumped by every stop: a start still loading when the pane stopped it stops what it started. */
  let liveEpoch = 0;
  async function stopLive(): Promise<void> {
    liveEpoch++;
    const check = liveCheck;
    liveCheck = undefined;
    store.set({ live: false });
    await check?.stop();
  }
  async function startLive(): Promise<void> {
    if (!state().liveOn || !state().result?.input || liveCheck) return;
    const epoch = liveEpoch;
    try {
      const { startPaneLive } = await import(/* webpackChunkName: "live-check" */ "./live");
      const check = await startPaneLive(
        store,
        host,
        runAudit,
        () => void reword(state().language),
        () => (liveCheck = undefined),
        liveDeps,
      );
      if (check && epoch !== liveEpoch) await check.stop();
      else if (check) {
        liveCheck = check;
        store.set({ live: true });
      }
    } catch (error) {
      store.set({ status: errorStatus(error) });
    }
  }

  /** Clear after a cancelled audit: the workbook as Clear leaves it, whatever the audit had done. */
  async function clearAfterCancel(): Promise<void> {
    store.set({ busy: { action: "clearing" }, result: null, selected: null, pick: null });
    await stopLive();
    try {
      const { restored, notesRemoved = 0 } = await clearAuditMarks(host);
      store.set({
        busy: null,
        marked: false,
        notesLanguage: null,
        status: { kind: "info", key: "status.cancelled", params: { restored: counted(restored), notes: counted(notesRemoved) } },
      });
    } catch (error) {
      store.set({ busy: null, status: errorStatus(error) });
    }
  }

  async function auditPlan(scope: AuditScope, relanguage: boolean): Promise<void> {
    const language = state().language;
    cancelled = false;
    // Busy first, in the same turn as the click: focus management and Escape see the audit at once.
    store.set({ busy: { action: "auditing", scope, relanguage }, status: null });
    await stopLive();
    let rewordAgain = false;
    // Once cells are being marked the audit runs to its end (each write keeps the record in step), then Clear.
    let writing = false;
    try {
      const result = await auditInExcel(host, {
        scope,
        language,
        project: state().overrides,
        mappings: state().mappings,
        keepActivities: state().view === "budget",
        onProgress: (progress) => {
          if (cancelled && !writing) throw new AuditCancelled("cancelled");
          if (progress.phase === "highlighting") writing = true;
          store.set({ busy: { action: "auditing", scope, relanguage, progress, cancelling: cancelled } });
        },
        runAudit,
      });
      if (cancelled) {
        await clearAfterCancel();
        return;
      }
      const { project, sources, emptyLabels } = workbookProjectAfter(result.report, state().overrides, {
        project: state().workbookProject,
        sources: state().projectSources,
        emptyLabels: state().emptyLabels,
      });
      const previews = { ...state().previews };
      for (const preview of result.previews ?? []) previews[preview.sheet] = preview;
      store.set({
        busy: null,
        result,
        scope,
        previews,
        pick: null,
        selected: null,
        marked: result.highlighted > 0,
        // A new audit shows every severity again (a filter kept from before would hide what the tiles count).
        ...(relanguage ? {} : { filter: { error: true, warning: true, info: true } }),
        workbookProject: project,
        projectSources: sources,
        emptyLabels,
        notesLanguage: result.notesWritten ? language : null,
        status: relanguage ? null : { kind: "success", key: "status.audited" },
      });
      // The language was switched while this audit ran: word it again (in memory).
      if (state().language !== language) rewordAgain = true;
      await startLive();
    } catch (error) {
      if (error instanceof AuditCancelled || cancelled) {
        await clearAfterCancel();
        return;
      }
      // No table found: the sheet's first rows, for the coordinator to name the header row and the columns.
      const pick =
        error instanceof ExcelAuditError && error.problem.reason === "no-plan-table" ? (error.problem.params.preview ?? null) : null;
      store.set({ busy: null, status: errorStatus(error), pick });
    }
    if (rewordAgain) await reword(state().language);
  }

  /**
   * The last audit's issues in `language`: the pure audit once more over what Excel gave it (in the Web Worker), no
   * read or write in Excel; the marks are the same. The notes keep their language until the coordinator asks.
   * `keep`: the same, keeping the activities read (the Budget view's estimate is made from them).
   */
  async function reword(language: Language, keep?: boolean): Promise<void> {
    const result = state().result;
    if (!result?.input || (keep ? result.report.activities : result.report.language === language)) return;
    const input = keep ? { ...result.input, options: { ...result.input.options, keepActivities: true } } : result.input;
    try {
      const report = await runAudit(input.workbook, { ...input.options, language });
      // A newer audit, or another switch, came meanwhile: this wording is not wanted any more.
      if (state().result !== result || state().language !== language) return;
      store.set({ result: { ...result, input, report } });
    } catch (error) {
      store.set({ status: errorStatus(error) });
    }
  }

  const actions: Actions = {
    async load() {
      store.set({ busy: { action: "loading" } });
      try {
        const [settings, workbook] = await Promise.all([loadStoredSettings(host), readWorkbookProject(host)]);
        const overrides = storedOverrides(settings.project, workbook.project);
        store.set({
          busy: null,
          workbookProject: workbook.project,
          projectSources: workbook.sources,
          emptyLabels: workbook.emptyLabels,
          overrides,
          savedOverrides: overrides,
          mappings: settings.mappings,
          marked: settings.marked ?? null,
          ...(settings.language ? { language: settings.language } : {}),
          ...(settings.ignored ? { status: { kind: "info", key: "status.settingsIgnored" } as const } : {}),
        });
        loaded = true;
      } catch (error) {
        store.set({ busy: null, status: errorStatus(error) });
      }
    },

    async audit(scope) {
      if (state().busy) return;
      await auditPlan(scope, false);
    },

    async newPlanSheet() {
      if (state().busy) return;
      store.set({ busy: { action: "creating" }, status: null });
      await stopLive();
      try {
        // Loaded on first use: the sheet's writer is no part of the pane's start-up (its own chunk, plan-sheet.js).
        const { createPlanSheet } = await import(/* webpackChunkName: "plan-sheet" */ "../excel/plan-sheet");
        const project = { ...state().workbookProject, ...state().overrides };
        const { sheet } = await createPlanSheet(host, { language: state().language, project });
        // The form now names the new sheet's cells: where each setting stands, filled in or waiting for a value.
        const workbook = await readWorkbookProject(host);
        store.set({ busy: null, workbookProject: workbook.project, projectSources: workbook.sources, emptyLabels: workbook.emptyLabels });
        // The new sheet is active: audited at once, it is checked as the coordinator fills it in.
        if (state().liveOn) await auditPlan("sheet", false);
        if (state().status?.kind !== "error") store.set({ status: { kind: "success", key: "status.planSheetAdded", params: { sheet } } });
      } catch (error) {
        store.set({ busy: null, status: errorStatus(error) });
      }
    },

    async clear() {
      if (state().busy) return;
      store.set({ busy: { action: "clearing" }, status: null });
      await stopLive();
      try {
        const { restored, notesRemoved = 0, recordUnreadable } = await clearAuditMarks(host);
        store.set({
          busy: null,
          result: null,
          selected: null,
          pick: null,
          marked: false,
          notesLanguage: null,
          status: recordUnreadable
            ? { kind: "info", key: "status.clearedUnreadable" }
            : { kind: "success", key: "status.cleared", params: { restored: counted(restored), notes: counted(notesRemoved) } },
        });
      } catch (error) {
        store.set({ busy: null, status: errorStatus(error) });
      }
    },

    async select(index) {
      const issue = state().result?.report.issues[index];
      if (!issue || issue.sheet === null || issue.cell === null) return;
      store.set({ selected: index });
      try {
        await selectCell(host, issue.sheet, issue.cell);
      } catch (error) {
        store.set({
          status: { kind: "error", key: "status.selectFailed", params: { sheet: issue.sheet, cell: issue.cell, message: message(error) } },
        });
      }
    },

    async setLanguage(language) {
      if (language === state().language) return;
      store.set({ language });
      const { result, scope, busy } = state();
      const saving = loaded
        ? saveStoredSettings(host, stored(language)).catch((error: unknown) => store.set({ status: errorStatus(error) }))
        : Promise.resolve();
      // A running audit notices the switch when it ends (auditPlan) and words its issues again.
      if (result && scope && !busy) await (result.input ? reword(language) : auditPlan(scope, true));
      await saving;
    },

    async rewriteNotes() {
      const { scope, busy } = state();
      if (busy || !scope) return;
      await auditPlan(scope, true);
    },

    cancel() {
      const busy = state().busy;
      if (busy?.action !== "auditing" || cancelled) return;
      cancelled = true;
      store.set({ busy: { ...busy, cancelling: true } });
    },

    async setLive(on) {
      store.set({ liveOn: on });
      await actions.paneVisible(true);
    },

    async paneVisible(visible) {
      const { liveOn, result, busy, scope } = state();
      if (!visible || !liveOn) await stopLive();
      else if (result && !busy && !liveCheck) await auditPlan(scope ?? "sheet", false);
    },

    setView(view) {
      store.set({ view });
    },

    keepActivities: () => reword(state().language, true),

    setFilter(severity, shown) {
      store.set({ filter: { ...state().filter, [severity]: shown } });
    },

    editProject(field, value) {
      store.set({ overrides: withEdit(state().overrides, state().workbookProject, field, value) });
    },

    async saveSettings() {
      if (state().busy) return;
      const overrides = state().overrides;
      store.set({ busy: { action: "saving" }, status: null });
      try {
        await saveStoredSettings(host, { ...stored(), project: overrides });
        store.set({ busy: null, savedOverrides: overrides, status: { kind: "success", key: "status.saved" } });
      } catch (error) {
        store.set({ busy: null, status: errorStatus(error) });
      }
    },

    async applyMapping(sheet, mapping) {
      if (state().busy) return;
      const mappings: Record<string, ColumnMapping> = { ...state().mappings };
      if (mapping) mappings[sheet] = mapping;
      else delete mappings[sheet];
      store.set({ busy: { action: "saving" }, status: null, mappings });
      try {
        await saveStoredSettings(host, stored());
      } catch (error) {
        store.set({ busy: null, status: errorStatus(error) });
        return;
      }
      store.set({ busy: null });
      await auditPlan(state().scope ?? "sheet", false);
    },
  };
  return actions;
}
