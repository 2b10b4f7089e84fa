/**
 * The pane's settings saved in the workbook (ExcelApi 1.4 `workbook.settings`, JSON under one key): the project
 * form and the column mappings, so they survive closing and reopening. Whatever the key holds is checked field by
 * field: a value another version wrote, or a hand edit, never breaks the pane.
 */
import type { ColumnMapping } from "../audit";
import { LANGUAGES, PROJECT_FIELDS, type Language, type Project } from "../rules";
import type { StoredSettings } from "./types";

export const SETTINGS_KEY = "mobilityAudit.settings";

export const EMPTY_SETTINGS: StoredSettings = { project: {}, mappings: {} };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function projectOf(value: unknown): Project {
  if (!isRecord(value)) return {};
  const project: Record<string, string> = {};
  for (const field of PROJECT_FIELDS) {
    const v = value[field];
    if (typeof v === "string" && v.trim() !== "") project[field] = v.trim();
  }
  return project as Project;
}

function mappingOf(value: unknown): ColumnMapping | undefined {
  if (!isRecord(value)) return undefined;
  const mapping: { headerRow?: number; columns?: Record<string, string | null> } = {};
  if (typeof value.headerRow === "number" && Number.isInteger(value.headerRow) && value.headerRow >= 1) mapping.headerRow = value.headerRow;
  if (isRecord(value.columns)) {
    const columns: Record<string, string | null> = {};
    for (const [field, letter] of Object.entries(value.columns)) {
      if (letter === null) columns[field] = null;
      else if (typeof letter === "string" && /^[A-Za-z]{1,3}$/.test(letter.trim())) columns[field] = letter.trim().toUpperCase();
    }
    mapping.columns = columns;
  }
  return mapping as ColumnMapping;
}

/** Settings from whatever the key held (a JSON text, or an object). */
export function normaliseSettings(value: unknown): StoredSettings {
  let parsed: unknown = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return EMPTY_SETTINGS;
    }
  }
  if (!isRecord(parsed)) return EMPTY_SETTINGS;
  const mappings: Record<string, ColumnMapping> = {};
  if (isRecord(parsed.mappings)) {
    for (const [sheet, mapping] of Object.entries(parsed.mappings)) {
      const checked = mappingOf(mapping);
      if (checked) mappings[sheet] = checked;
    }
  }
  const language = LANGUAGES.includes(parsed.language as Language) ? (parsed.language as Language) : undefined;
  return { project: projectOf(parsed.project), mappings, ...(language ? { language } : {}) };
}
