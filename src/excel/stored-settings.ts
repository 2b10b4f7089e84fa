/**
 * The pane's settings as saved in the workbook (JSON under one settings key), read back through a zod schema: what
 * another version wrote or a hand edit broke is ignored field by field, and reported, never thrown. Loaded with the
 * other readers in their own chunk (stored-readers.ts).
 */
import * as z from "zod/mini";
import type { ColumnMapping } from "../audit";
import { LANGUAGES, PROJECT_FIELDS, type Project, type ProjectField } from "../rules";
import { EMPTY_SETTINGS, type StoredSettings } from "./types";

/** In the lenient schema, a field that does not parse is dropped (undefined) instead of failing the whole. */
function field<T extends z.ZodMiniType>(schema: T, lenient: boolean) {
  return lenient ? z.catch(z.optional(schema), undefined) : z.optional(schema);
}

function settingsSchema(lenient: boolean) {
  const text = z.pipe(
    z.string(),
    z.transform((s) => s.trim()),
  );
  const letter = z.nullable(
    z.pipe(
      z.string().check(z.trim(), z.regex(/^[A-Za-z]{1,3}$/)),
      z.transform((s) => s.toUpperCase()),
    ),
  );
  const mapping = z.object({
    headerRow: field(z.int().check(z.minimum(1)), lenient),
    columns: field(z.record(z.string(), field(letter, lenient)), lenient),
  });
  const project = z.object(
    Object.fromEntries(PROJECT_FIELDS.map((f) => [f, field(text, lenient)])) as Record<ProjectField, ReturnType<typeof field<typeof text>>>,
  );
  return z.object({
    project: field(project, lenient),
    mappings: field(z.record(z.string(), field(mapping, lenient)), lenient),
    language: field(z.enum(LANGUAGES as ["en", "lv"]), lenient),
  });
}

const STRICT = settingsSchema(false);
const LENIENT = settingsSchema(true);
type ParsedSettings = z.infer<typeof LENIENT>;

function defined<V>(entries: Record<string, V | undefined>): Record<string, V> {
  return Object.fromEntries(Object.entries(entries).filter((e): e is [string, V] => e[1] !== undefined));
}

function settingsOf(parsed: ParsedSettings): StoredSettings {
  const project = defined(parsed.project ?? {});
  const mappings: Record<string, ColumnMapping> = {};
  for (const [sheet, mapping] of Object.entries(parsed.mappings ?? {})) {
    if (mapping === undefined) continue;
    const columns = mapping.columns === undefined ? undefined : defined(mapping.columns);
    mappings[sheet] = { ...(mapping.headerRow !== undefined ? { headerRow: mapping.headerRow } : {}), ...(columns ? { columns } : {}) };
  }
  return {
    project: Object.fromEntries(Object.entries(project).filter(([, v]) => v !== "")) as Project,
    mappings,
    ...(parsed.language ? { language: parsed.language } : {}),
  };
}

/** Settings from whatever the key held (a JSON text, or an object); `ignored` when any part of it could not be used. */
export function parseSettings(value: unknown): { settings: StoredSettings; ignored: boolean } {
  let json: unknown = value;
  if (typeof value === "string") {
    try {
      json = JSON.parse(value);
    } catch {
      return { settings: EMPTY_SETTINGS, ignored: true };
    }
  }
  const strict = STRICT.safeParse(json);
  if (strict.success) return { settings: settingsOf(strict.data), ignored: false };
  const lenient = LENIENT.safeParse(json);
  return { settings: lenient.success ? settingsOf(lenient.data) : EMPTY_SETTINGS, ignored: true };
}
