/**
 * The pane's state, in one place: views subscribe to it and re-render what changed; actions (app.ts) change it.
 */
import type { ColumnMapping } from "../audit";
import type { SettingCell } from "../audit/project-settings";
import type { AuditProgress, AuditScope, ExcelAuditResult, SheetPreview } from "../excel/types";
import type { Language, Project, ProjectField, Severity } from "../rules";
import type { Params, UiKey } from "./i18n";

export type Busy =
  | { readonly action: "loading" | "saving" | "clearing" | "creating" }
  | {
      readonly action: "auditing";
      readonly scope: AuditScope;
      readonly relanguage: boolean;
      readonly progress?: AuditProgress;
      /** Escape was pressed: the audit stops before it writes, or Clear follows it. */
      readonly cancelling?: boolean;
    };

/** A message for the coordinator, kept as key + parameters so that it follows a language switch. */
export interface Status {
  readonly kind: "success" | "error" | "info";
  readonly key: UiKey;
  readonly params?: Params;
}

export interface PaneState {
  readonly language: Language;
  readonly busy: Busy | null;
  readonly status: Status | null;
  /** False where Excel cannot add notes (ExcelApi 1.18 missing). */
  readonly notesSupported: boolean;

  /** The last audit, and what it covered. */
  readonly result: ExcelAuditResult | null;
  readonly scope: AuditScope | null;
  /** Index into result.report.issues of the issue last selected. */
  readonly selected: number | null;
  readonly filter: Readonly<Record<Severity, boolean>>;
  /** The list by sheet row, or by rule (a repeated problem is one line with its count), or the plan's budget. */
  readonly view: "row" | "rule" | "budget";

  /** The project as the workbook's cells give it, and where each setting was read. */
  readonly workbookProject: Project;
  readonly projectSources: Partial<Record<ProjectField, SettingCell>>;
  /** The settings whose label stands in the workbook with no value beside it. */
  readonly emptyLabels: Partial<Record<ProjectField, SettingCell>>;
  /** The coordinator's corrections of the project (they win over the cells), as edited in the form and as saved. */
  readonly overrides: Project;
  readonly savedOverrides: Project;
  /** Per sheet, the coordinator's column corrections (saved in the workbook). */
  readonly mappings: Readonly<Record<string, ColumnMapping>>;
  /** Per sheet, its first rows as the last audit read them (header texts for the column choices). */
  readonly previews: Readonly<Record<string, SheetPreview>>;
  /** The language of the notes the last audit wrote in the workbook (null: none written). */
  readonly notesLanguage: Language | null;
  /** Whether the workbook holds the add-in's marks (null: not known yet): Clear is disabled when it does not. */
  readonly marked: boolean | null;
  /** The sheet where the last audit found no table, for the coordinator to name its columns; null otherwise. */
  readonly pick: SheetPreview | null;
  /** The "Check as I type" switch (on by default), and whether edits are being checked now (after an audit). */
  readonly liveOn: boolean;
  readonly live: boolean;
}

export type Listener<S> = (state: S, changed: ReadonlySet<keyof S>) => void;

export class Store<S extends object> {
  private current: S;
  private readonly listeners = new Set<Listener<S>>();

  constructor(initial: S) {
    this.current = initial;
  }

  get state(): S {
    return this.current;
  }

  /** Applies a patch and tells the listeners which keys changed (by identity). */
  set(patch: Partial<S>): void {
    const changed = new Set<keyof S>();
    for (const key of Object.keys(patch) as (keyof S)[]) {
      if (!Object.is(this.current[key], patch[key])) changed.add(key);
    }
    if (changed.size === 0) return;
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener(this.current, changed);
  }

  /** Calls `listener` on every change, and once now with every key. Returns the unsubscribe function. */
  subscribe(listener: Listener<S>): () => void {
    this.listeners.add(listener);
    listener(this.current, new Set(Object.keys(this.current) as (keyof S)[]));
    return () => this.listeners.delete(listener);
  }
}

export function initialState(language: Language, notesSupported: boolean): PaneState {
  return {
    language,
    busy: null,
    status: null,
    notesSupported,
    result: null,
    scope: null,
    selected: null,
    filter: { error: true, warning: true, info: true },
    view: "row",
    workbookProject: {},
    projectSources: {},
    emptyLabels: {},
    overrides: {},
    savedOverrides: {},
    mappings: {},
    previews: {},
    marked: null,
    notesLanguage: null,
    pick: null,
    liveOn: true,
    live: false,
  };
}

/** True when any of `keys` changed. */
export function touched<S>(changed: ReadonlySet<keyof S>, ...keys: (keyof S)[]): boolean {
  return keys.some((key) => changed.has(key));
}
