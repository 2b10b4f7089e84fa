/**
 * The column form shared by the Columns panel (after an audit) and the table picker (when no table was found): the
 * header row, then which column holds which field, each column named with its header text ("B: Sākuma datums").
 * The fields a plan needs come first; the rest wait under "More fields" unless they are read. A column chosen for
 * two fields is refused with a message naming both.
 */
import { columnLetter, columnNumber, type AuditField } from "../audit";
import type { SheetPreview } from "../excel/types";
import { FIELDS, type Language } from "../rules";
import { h, setText, uniqueId } from "./dom";
import { t } from "./i18n";
import { fieldLabel } from "./labels";

export const AUDIT_FIELDS: readonly AuditField[] = [...FIELDS, "surname", "accompanying", "period"];
/** The fields every plan's check needs: shown first, always. */
export const PRIMARY_FIELDS: readonly AuditField[] = ["participant", "activity", "start", "end", "hostCountry", "role"];
/** Columns offered beyond the rightmost one with a header or a field. */
const EXTRA_COLUMNS = 3;
/** Header cells quoted in a header row's option ("8: Kas · Statuss · Ko dara"). */
const ROW_SAMPLE = 3;

export type Chosen = Partial<Record<AuditField, string>>;

/** Column letter → the header row's text in it. */
export function headerTexts(preview: SheetPreview | undefined, headerRow: number): Map<string, string> {
  const texts = new Map<string, string>();
  const cells = preview?.rows[headerRow - preview.firstRow] ?? [];
  cells.forEach((text, i) => {
    if (text !== "") texts.set(columnLetter((preview?.firstColumn ?? 1) + i), text);
  });
  return texts;
}

/** The first column chosen for more than one field, with those fields; null when every field has its own column. */
export function sharedColumn(chosen: Chosen): { column: string; fields: AuditField[] } | null {
  const byColumn = new Map<string, AuditField[]>();
  for (const field of AUDIT_FIELDS) {
    const column = chosen[field];
    if (!column) continue;
    const fields = byColumn.get(column) ?? [];
    fields.push(field);
    byColumn.set(column, fields);
  }
  for (const [column, fields] of byColumn) if (fields.length > 1) return { column, fields };
  return null;
}

/**
 * The row most likely to be the header: the first as wide as the table, nearly (three quarters of the widest row's
 * filled cells; a title or a settings row above it is narrower, the data rows below come after it).
 */
export function likelyHeaderRow(preview: SheetPreview): number {
  const filled = preview.rows.map((cells) => cells.filter((text) => text !== "").length);
  const enough = Math.max(2, Math.ceil(Math.max(0, ...filled) * 0.75));
  const index = filled.findIndex((n) => n >= enough);
  return preview.firstRow + Math.max(0, index);
}

export interface MappingFormOptions {
  readonly language: Language;
  readonly sheet: string;
  readonly headerRow: number;
  /** The fields' columns as the form opens. */
  readonly columns: Chosen;
  readonly preview?: SheetPreview;
  /** Fields the coordinator corrected (marked ✎). */
  readonly corrected?: ReadonlySet<AuditField>;
  readonly applyLabel: string;
  readonly applyTestId: string;
  readonly onApply: (headerRow: number, chosen: Chosen) => void;
  /** Extra buttons after Apply ("Use detected columns"). */
  readonly extra?: readonly HTMLElement[];
  /** Another header row was chosen (the table picker's preview follows it). */
  readonly onHeaderRow?: (headerRow: number) => void;
}

function lastColumn(options: MappingFormOptions): number {
  const { preview, columns } = options;
  const widest = preview ? Math.max(0, ...preview.rows.map((cells) => cells.length)) + preview.firstColumn - 1 : 0;
  const used = Object.values(columns)
    .filter((letter): letter is string => !!letter)
    .map(columnNumber);
  return Math.max(1, widest, ...used) + EXTRA_COLUMNS;
}

function columnOptionLabel(language: Language, letter: string, headers: Map<string, string>): string {
  const header = headers.get(letter);
  return header ? t(language, "mapping.columnHeader", { column: letter, header }) : t(language, "mapping.column", { column: letter });
}

function headerRowControl(options: MappingFormOptions, id: string): HTMLInputElement | HTMLSelectElement {
  const { preview, headerRow, language, sheet } = options;
  const testId = `mapping-header-${sheet}`;
  if (!preview) {
    return h("input", {
      id,
      class: "input input-narrow",
      type: "number",
      min: 1,
      step: 1,
      value: String(headerRow),
      "data-testid": testId,
    });
  }
  const rows = preview.rows
    .map((cells, i) => ({ row: preview.firstRow + i, sample: cells.filter((text) => text !== "").slice(0, ROW_SAMPLE) }))
    .filter(({ row, sample }) => sample.length > 0 || row === headerRow);
  if (!rows.some(({ row }) => row === headerRow)) rows.push({ row: headerRow, sample: [] });
  return h(
    "select",
    { id, class: "input", "data-testid": testId, value: String(headerRow) },
    rows.map(({ row, sample }) =>
      h("option", { value: String(row) }, t(language, "mapping.rowOption", { row, cells: sample.join(" · ") || "—" })),
    ),
  );
}

export function mappingForm(options: MappingFormOptions): HTMLElement {
  const { language, columns, corrected } = options;
  const letters: string[] = [];
  for (let n = 1; n <= lastColumn(options); n++) letters.push(columnLetter(n));
  const selects = new Map<AuditField, HTMLSelectElement>();
  const errorId = uniqueId("mapping-error");
  const error = h("p", { class: "field-hint field-error", id: errorId, "data-testid": "mapping-error", role: "alert" });

  const headerId = uniqueId("header-row");
  const headerControl = headerRowControl(options, headerId);
  const headerRow = () => Math.max(1, Math.floor(Number(headerControl.value) || options.headerRow));

  const chosen = (): Chosen => {
    const result: Chosen = {};
    for (const [field, select] of selects) if (select.value) result[field] = select.value;
    return result;
  };

  /** Marks the fields sharing a column; true when there are none. */
  const check = (): boolean => {
    const shared = sharedColumn(chosen());
    for (const [field, select] of selects) {
      const invalid = !!shared && shared.fields.includes(field);
      select.setAttribute("aria-invalid", String(invalid));
      if (invalid) select.setAttribute("aria-describedby", errorId);
      else select.removeAttribute("aria-describedby");
    }
    setText(
      error,
      shared
        ? t(language, "mapping.shared", { column: shared.column, fields: shared.fields.map((f) => fieldLabel(f, language)).join(", ") })
        : "",
    );
    return !shared;
  };

  /** Option labels follow the header row chosen. */
  const relabel = () => {
    const headers = headerTexts(options.preview, headerRow());
    for (const select of selects.values()) {
      for (const option of Array.from(select.options))
        if (option.value) setText(option, columnOptionLabel(language, option.value, headers));
    }
  };

  const headers = headerTexts(options.preview, options.headerRow);
  const row = (field: AuditField) => {
    const id = uniqueId(`map-${field}`);
    const select = h(
      "select",
      { id, class: "input", "data-field": field, value: columns[field] ?? "", on: { change: check } },
      h("option", { value: "" }, t(language, "mapping.notRead")),
      letters.map((letter) => h("option", { value: letter }, columnOptionLabel(language, letter, headers))),
    );
    selects.set(field, select);
    const mark = corrected?.has(field);
    return h(
      "div",
      { class: `map-row${columns[field] ? " map-row-read" : ""}${mark ? " map-row-corrected" : ""}` },
      h("label", { for: id, class: "map-label" }, fieldLabel(field, language), mark ? h("span", { class: "tag" }, "✎") : null),
      select,
    );
  };

  const first = AUDIT_FIELDS.filter((field) => PRIMARY_FIELDS.includes(field) || columns[field] || corrected?.has(field));
  const rest = AUDIT_FIELDS.filter((field) => !first.includes(field));
  // Primary fields in their own order, then the others read, in the catalogue's order.
  const ordered = [...PRIMARY_FIELDS, ...first.filter((field) => !PRIMARY_FIELDS.includes(field))];

  headerControl.addEventListener("change", () => {
    relabel();
    options.onHeaderRow?.(headerRow());
  });
  const apply = () => {
    if (!check()) {
      const invalid = [...selects.values()].find((select) => select.getAttribute("aria-invalid") === "true");
      invalid?.focus();
      return;
    }
    options.onApply(headerRow(), chosen());
  };

  const form = h(
    "div",
    { class: "mapping-form" },
    h("div", { class: "map-row" }, h("label", { for: headerId, class: "map-label" }, t(language, "mapping.headerRow")), headerControl),
    ordered.map(row),
    rest.length
      ? h(
          "details",
          { class: "more-fields" },
          h("summary", { class: "more-fields-summary" }, t(language, "mapping.more", { count: rest.length })),
          h("div", { class: "more-fields-body" }, rest.map(row)),
        )
      : null,
    error,
    h(
      "div",
      { class: "form-actions" },
      h("button", { type: "button", class: "button", "data-testid": options.applyTestId, on: { click: apply } }, options.applyLabel),
      options.extra ?? [],
    ),
  );
  check();
  return form;
}
