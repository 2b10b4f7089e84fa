/** The contract between the task pane and src/excel: what its functions take and return (each takes an ExcelHost). */
import type { AuditOptions, AuditReport, ColumnMapping, WorkbookGrid } from "../audit";
import type { Language, Project } from "../rules";

/** Excel.run, or a fake with the same shape. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHost {
  readonly run: ExcelRun;
  /** Office.context.requirements.isSetSupported, or a fake. */
  readonly isSetSupported: (name: string, version: string) => boolean;
}

export type AuditScope = "sheet" | "workbook";

export interface AuditProgress {
  readonly phase: "clearing" | "reading" | "auditing" | "highlighting";
  /** Rows read so far, of `total` (0 when not yet known). */
  readonly done: number;
  readonly total: number;
}

export interface AuditRequest {
  readonly scope: AuditScope;
  readonly language: Language;
  /** Overrides of the workbook's project block (the pane's form). */
  readonly project?: Project;
  /** Per sheet name, the coordinator's column corrections. */
  readonly mappings?: Readonly<Record<string, ColumnMapping>>;
  /** Keep the activities read in the report (the pane's Budget view estimates the grant from them). */
  readonly keepActivities?: boolean;
  readonly onProgress?: (progress: AuditProgress) => void;
  /**
   * Runs the pure audit, e.g. in a Web Worker so the pane keeps painting while a big plan is checked.
   * Default: src/audit's auditWorkbook in this thread (audit-in-thread.ts).
   */
  readonly runAudit?: AuditRunner;
}

export type AuditRunner = (workbook: WorkbookGrid, options: AuditOptions) => Promise<AuditReport>;

/** A sheet's first rows as text (preview.ts): the pane's column picker labels columns with their header text. */
export interface SheetPreview {
  readonly sheet: string;
  /** 1-based sheet row and column of rows[0][0]. */
  readonly firstRow: number;
  readonly firstColumn: number;
  /** Cell texts, row by row; trailing empty cells left out. */
  readonly rows: readonly (readonly string[])[];
}

export interface ExcelAuditResult {
  readonly report: AuditReport;
  /** What the audit checked, so that the pane can word the report in another language without reading Excel again. */
  readonly input?: { readonly workbook: WorkbookGrid; readonly options: AuditOptions };
  /** The first rows of each sheet with a plan table (down to its header row at least). */
  readonly previews?: readonly SheetPreview[];
  /** Cells filled. */
  readonly highlighted: number;
  /** False when notes are not supported (ExcelApi 1.18 missing): the pane alone explains. */
  readonly notesWritten: boolean;
  /** context.sync calls made by this audit (for the bench and tests). */
  readonly syncs: number;
  /** Cells of the previous audit given back their own fill before this one marked anything. */
  readonly restored?: number;
  /** Flagged cells that kept the coordinator's own note (the add-in never overwrites one): the pane explains them. */
  readonly notesSkipped?: number;
  /** Flagged cells left unfilled because an audit fills at most MAX_MARKS cells: the pane lists them. */
  readonly unmarked?: number;
  /** The workbook held a marks record this add-in cannot read (edited, or another version's): it was ignored and replaced. */
  readonly recordUnreadable?: boolean;
  /** How the sheets were read: syncs spent reading, row blocks after the first read, bytes per cell they were planned with. */
  readonly reads?: { readonly syncs: number; readonly blocks: number; readonly bytesPerCell: number };
}

/** What "Clear" did. */
export interface ClearResult {
  /** Cells given back their own fill. */
  readonly restored: number;
  /** The add-in's notes removed. */
  readonly notesRemoved?: number;
  /** context.sync calls made. */
  readonly syncs: number;
  /** The workbook held a marks record this add-in cannot read: it was ignored and removed, and nothing restored from it. */
  readonly recordUnreadable?: boolean;
}

/** "New plan": a plan sheet in the language, its project block filled with the settings given. */
export interface PlanSheetRequest {
  readonly language: Language;
  readonly project?: Project;
}

/** The names the new plan got (free ones: "Mobility plan 2", "MobilityPlan2" when taken). */
export interface PlanSheetResult {
  readonly sheet: string;
  readonly table: string;
  /** The hidden sheet of its drop-down lists. */
  readonly listsSheet: string;
  /** context.sync calls made (two). */
  readonly syncs: number;
}

/** What the pane saves in the workbook, so it survives closing and reopening. */
export interface StoredSettings {
  readonly project: Project;
  readonly mappings: Readonly<Record<string, ColumnMapping>>;
  readonly language?: Language;
}

/** Nothing saved, or nothing of what was saved readable. */
export const EMPTY_SETTINGS: StoredSettings = { project: {}, mappings: {} };

/** Settings as loaded: `ignored` when part of what the workbook held could not be read (it was left out). */
export interface LoadedSettings extends StoredSettings {
  readonly ignored?: boolean;
  /** The workbook holds the add-in's marks (or a record of them it cannot read): Clear has something to do. */
  readonly marked?: boolean;
}

export { EXCEL_AUDIT_REASONS, ExcelAuditError, type ExcelAuditParams, type ExcelAuditProblem, type ExcelAuditReason } from "./errors";
