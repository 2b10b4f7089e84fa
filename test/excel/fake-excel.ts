/** An in-memory fake of the Office.js subset src/excel uses, strict where Office.js is (docs/architecture.md, "Testing"). */

/** Excel on the web's limit per request and per response ("5 MB"; the fake takes the stricter reading). */
export const FAKE_PAYLOAD_LIMIT = 5_000_000;

const utf8 = new TextEncoder();
/** Bytes of a JSON payload on the wire (UTF-8: "ā" is two). */
function wireBytes(value: unknown): number {
  return value === undefined ? 0 : utf8.encode(JSON.stringify(value)).length;
}
export const FAKE_ADDRESS_LIMIT = 8_192;
const MAX_COLUMNS = 16_384;

export type FakeValue = string | number | boolean;

export interface FakeFill {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor?: string;
}

export interface FakeNote {
  readonly content: string;
  readonly author: string;
}

export interface FakeSheetData {
  id: string;
  name: string;
  protected: boolean;
  /** Rows from A1; "" is an empty cell; rows may be ragged. Formula cells hold their result. */
  values: FakeValue[][];
  /** Cell key (row * 16384 + column, zero-based) → formula. */
  formulas: Map<number, string>;
  /** Cell key → number format (absent: "General"). */
  formats: Map<number, string>;
  /** Cell key → fill (absent: no fill). */
  fills: Map<number, FakeFill>;
  notes: Map<number, FakeNote>;
  /** Merged areas as A1 ranges ("K17:K20"); the value is the top-left cell's. */
  merges?: string[];
  /** Absent: "Visible". */
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** Rows frozen at the top (freezePanes.freezeRows). */
  frozenRows?: number;
  /** Column index (zero-based) → width in points. */
  columnWidths?: Map<number, number>;
  /** Cell key → font properties set. */
  fonts?: Map<number, FakeFont>;
  /** Data validation, one entry per range it was set on (A1), latest last. */
  validations?: FakeValidation[];
  /** Names scoped to this sheet (worksheet.names). */
  names?: FakeName[];
}

export interface FakeFont {
  bold?: boolean;
  size?: number;
}

export interface FakeValidation {
  readonly address: string;
  rule?: Excel.DataValidationRule;
  errorAlert?: Partial<Excel.DataValidationErrorAlert>;
  prompt?: Partial<Excel.DataValidationPrompt>;
  ignoreBlanks?: boolean;
}

export interface FakeName {
  readonly name: string;
  /** "='Lists'!$A$1:$A$5" */
  readonly formula: string;
  readonly comment?: string;
}

export interface FakeTable {
  name: string;
  readonly sheetId: string;
  /** Header row and data body, A1 ("A11:Q12"). */
  readonly address: string;
  readonly headers: string[];
  style?: string;
}

export interface FakeWorkbookData {
  sheets: FakeSheetData[];
  activeSheetId: string;
  settings: Map<string, unknown>;
  date1904: boolean;
  selection?: { sheetId: string; address: string };
  /** Workbook-scoped names (workbook.names). */
  names?: FakeName[];
  /** Every table (ListObject) of every sheet. */
  tables?: FakeTable[];
}

export interface FakeSyncRecord {
  readonly requestBytes: number;
  responseBytes: number;
  /** Writes of any kind (fills, notes, settings, values, selection). */
  writes: number;
  /** Writes of cell values or formulas (the add-in must never make one to a sheet of the user's). */
  valueWrites: number;
  /** Ids of the sheets those value writes went to. */
  valueSheets: Set<string>;
  /** Fill and note writes. */
  markWrites: number;
  /** Fill writes (each property set or clear() counts one, whatever the number of cells). */
  fillWrites: number;
  calculationSuspended: boolean;
  /** Longest getRanges address and most areas in one getRanges call. */
  maxAddressChars: number;
  maxAreas: number;
  error?: string;
}

export interface FakeStats {
  readonly log: FakeSyncRecord[];
  readonly syncs: number;
  readonly maxRequest: number;
  readonly maxResponse: number;
  reset(): void;
}

export interface FakeOptions {
  /** Highest ExcelApi version the fake host supports (default 1.18: notes). */
  readonly apiVersion?: string;
  readonly author?: string;
}

export interface FakeExcel {
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly isSetSupported: (name: string, version: string) => boolean;
  readonly workbook: FakeWorkbookData;
  readonly stats: FakeStats;
  /** The coordinator types `values` into the cells at `address` of a sheet: a "RangeEdited" change event. */
  edit(sheet: string, address: string, values: FakeValue[][]): Promise<void>;
  /** The coordinator inserts or deletes `count` whole rows at 1-based `row`: cells below move with their formats and notes. */
  insertRows(sheet: string, row: number, count?: number): Promise<void>;
  deleteRows(sheet: string, row: number, count?: number): Promise<void>;
  /** The coordinator inserts or deletes `count` whole columns at 1-based `column`: cells to the right move with their formats and notes. */
  insertColumns(sheet: string, column: number, count?: number): Promise<void>;
  deleteColumns(sheet: string, column: number, count?: number): Promise<void>;
  /** Handlers registered with worksheets.onChanged and not removed. */
  readonly changeHandlers: () => number;
}

/** What a change handler gets (Excel.WorksheetChangedEventArgs, the fields the add-in reads). */
export interface FakeChangedArgs {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted";
  readonly source: "Local";
  readonly triggerSource: "Unknown" | "ThisLocalAddin";
}

type ChangeHandler = (args: FakeChangedArgs) => Promise<unknown>;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

// --- Building workbooks ---------------------------------------------------------------------------------------------

export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function keyCell(key: number): { row: number; column: number } {
  return { row: Math.floor(key / MAX_COLUMNS), column: key % MAX_COLUMNS };
}

let sheetIds = 0;

export function fakeSheet(
  name: string,
  values: FakeValue[][] = [],
  options: Partial<Omit<FakeSheetData, "name" | "values">> = {},
): FakeSheetData {
  sheetIds++;
  return {
    id: options.id ?? `{00000000-0000-0000-0000-${String(sheetIds).padStart(12, "0")}}`,
    name,
    protected: options.protected ?? false,
    values,
    formulas: options.formulas ?? new Map(),
    formats: options.formats ?? new Map(),
    fills: options.fills ?? new Map(),
    notes: options.notes ?? new Map(),
    ...(options.merges ? { merges: [...options.merges] } : {}),
  };
}

export function fakeWorkbook(
  sheets: FakeSheetData[],
  options: { active?: string; date1904?: boolean; settings?: Map<string, unknown> } = {},
): FakeWorkbookData {
  const active = sheets.find((s) => s.name === options.active) ?? sheets[0];
  return { sheets, activeSheetId: active?.id ?? "", settings: options.settings ?? new Map(), date1904: options.date1904 ?? false };
}

/** A deep copy: the workbook as saved to a file and opened again. */
export function cloneWorkbook(data: FakeWorkbookData): FakeWorkbookData {
  return {
    sheets: data.sheets.map((s) => ({
      ...s,
      values: s.values.map((row) => [...row]),
      formulas: new Map(s.formulas),
      formats: new Map(s.formats),
      fills: new Map([...s.fills].map(([k, f]) => [k, { ...f }])),
      notes: new Map([...s.notes].map(([k, n]) => [k, { ...n }])),
      ...(s.merges ? { merges: [...s.merges] } : {}),
      ...(s.columnWidths ? { columnWidths: new Map(s.columnWidths) } : {}),
      ...(s.fonts ? { fonts: new Map([...s.fonts].map(([k, f]) => [k, { ...f }])) } : {}),
      ...(s.validations ? { validations: s.validations.map((v) => structuredClone(v)) } : {}),
      ...(s.names ? { names: s.names.map((n) => ({ ...n })) } : {}),
    })),
    activeSheetId: data.activeSheetId,
    settings: new Map([...data.settings].map(([k, v]) => [k, JSON.parse(JSON.stringify(v)) as unknown])),
    date1904: data.date1904,
    selection: data.selection ? { ...data.selection } : undefined,
    ...(data.names ? { names: data.names.map((n) => ({ ...n })) } : {}),
    ...(data.tables ? { tables: data.tables.map((t) => ({ ...t, headers: [...t.headers] })) } : {}),
  };
}

// --- Addresses ------------------------------------------------------------------------------------------------------

interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

function letters(column: number): string {
  let text = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

function a1(row: number, column: number): string {
  return `${letters(column)}${row + 1}`;
}

function rectA1(rect: Rect): string {
  const first = a1(rect.row, rect.column);
  return rect.rows === 1 && rect.columns === 1 ? first : `${first}:${a1(rect.row + rect.rows - 1, rect.column + rect.columns - 1)}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function parseCell(text: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!match) throw new FakeOfficeError("InvalidArgument", `fake-excel: not an address: "${text}"`);
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

function parseRect(address: string): Rect {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [first, last = first] = local.split(":");
  const a = parseCell(first);
  const b = parseCell(last);
  return {
    row: Math.min(a.row, b.row),
    column: Math.min(a.column, b.column),
    rows: Math.abs(a.row - b.row) + 1,
    columns: Math.abs(a.column - b.column) + 1,
  };
}

function intersectRects(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const columnEnd = Math.min(a.column + a.columns, b.column + b.columns);
  return rowEnd > row && columnEnd > column ? { row, column, rows: rowEnd - row, columns: columnEnd - column } : null;
}

function* cells(rect: Rect): Generator<number> {
  for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.columns; c++) yield cellKey(rect.row + r, rect.column + c);
}

// --- Sheet data helpers ---------------------------------------------------------------------------------------------

/** The merged areas of a sheet, parsed once per list. */
const mergeRects = new WeakMap<readonly string[], Rect[]>();

function mergedAreas(sheet: FakeSheetData): Rect[] {
  const list = sheet.merges;
  if (!list || list.length === 0) return [];
  let rects = mergeRects.get(list);
  if (!rects) mergeRects.set(list, (rects = list.map(parseRect)));
  return rects;
}

/** Whether a cell lies in a merged area and is not its top-left cell (Office reads "" there). */
function hiddenByMerge(sheet: FakeSheetData, row: number, column: number): boolean {
  return mergedAreas(sheet).some(
    (m) =>
      row >= m.row && row < m.row + m.rows && column >= m.column && column < m.column + m.columns && (row !== m.row || column !== m.column),
  );
}

function valueAt(sheet: FakeSheetData, row: number, column: number): FakeValue {
  if (sheet.merges && sheet.merges.length > 0 && hiddenByMerge(sheet, row, column)) return "";
  return sheet.values[row]?.[column] ?? "";
}

function isEmpty(value: FakeValue | undefined): boolean {
  return value === undefined || value === "";
}

function usedRect(sheet: FakeSheetData, valuesOnly: boolean): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const include = (row: number, column: number) => {
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  };
  const merged = (sheet.merges?.length ?? 0) > 0;
  sheet.values.forEach((cellsOfRow, row) => {
    for (let column = 0; column < cellsOfRow.length; column++) {
      if (!isEmpty(merged ? valueAt(sheet, row, column) : cellsOfRow[column])) include(row, column);
    }
  });
  for (const key of sheet.formulas.keys()) include(keyCell(key).row, keyCell(key).column);
  if (!valuesOnly)
    for (const map of [sheet.fills, sheet.formats, sheet.notes])
      for (const key of map.keys()) include(keyCell(key).row, keyCell(key).column);
  if (bottom < 0) return null;
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

function fillRead(sheet: FakeSheetData, key: number): { color: string; pattern: string; patternColor: string } {
  const fill = sheet.fills.get(key);
  if (!fill) return { color: "#FFFFFF", pattern: "None", patternColor: "#000000" };
  return { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor ?? "#000000" };
}

function normaliseFill(fill: FakeFill): FakeFill {
  const color = fill.color.toUpperCase();
  if (fill.pattern === "Solid") return { color, pattern: "Solid" };
  return fill.patternColor
    ? { color, pattern: fill.pattern, patternColor: fill.patternColor.toUpperCase() }
    : { color, pattern: fill.pattern };
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;

// --- The request context --------------------------------------------------------------------------------------------

type LoadTree = { [name: string]: LoadTree | true };

function parseLoad(spec: unknown): LoadTree {
  const tree: LoadTree = {};
  const paths = typeof spec === "string" ? spec.split(",") : Array.isArray(spec) ? (spec as string[]) : undefined;
  if (!paths) throw new FakeOfficeError("InvalidArgument", "fake-excel: load() takes property names here");
  for (const raw of paths) {
    const parts = raw
      .trim()
      .split("/")
      .filter((p) => p !== "");
    let node = tree;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        if (node[part] === undefined) node[part] = true;
      } else {
        const next = node[part];
        if (next === undefined || next === true) node[part] = {};
        node = node[part] as LoadTree;
      }
    });
  }
  return tree;
}

interface Action {
  readonly size: number;
  /** Runs at sync; loads return their payload and what to store once the whole sync succeeded. */
  run(): { payload: unknown; commit: () => void } | void;
}

function apiAtLeast(supported: string, wanted: string): boolean {
  const [a, b] = supported.split(".").map(Number);
  const [c, d] = wanted.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

class Context {
  queue: Action[] = [];
  record: FakeSyncRecord | undefined;
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;

  /** Value writes of the current sync: change events with triggerSource "ThisLocalAddin" once it succeeded. */
  written: { sheet: FakeSheetData; rect: Rect }[] = [];

  constructor(
    readonly data: FakeWorkbookData,
    readonly api: string,
    readonly author: string,
    readonly log: FakeSyncRecord[],
    readonly handlers: Set<ChangeHandler>,
  ) {
    this.workbook = new WorkbookProxy(this);
    this.application = new ApplicationProxy(this);
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  requireApi(version: string, what: string): void {
    if (!apiAtLeast(this.api, version)) throw new FakeOfficeError("ApiNotFound", `fake-excel: ${what} needs ExcelApi ${version}`);
  }

  private get current(): FakeSyncRecord {
    if (!this.record) throw new Error("fake-excel: no sync running");
    return this.record;
  }

  /** Bumped by every write: collections re-evaluate only when the workbook changed. */
  version = 0;

  /** Counts a write to a sheet, refusing protected sheets. */
  write(sheet: FakeSheetData | null, kind: "mark" | "value" | "other"): void {
    const record = this.current;
    if (sheet?.protected) throw new FakeOfficeError("AccessDenied", `fake-excel: sheet "${sheet.name}" is protected`);
    this.version++;
    record.writes++;
    if (kind === "mark") record.markWrites++;
    if (kind === "value") {
      record.valueWrites++;
      if (sheet) record.valueSheets.add(sheet.id);
    }
  }

  countFill(): void {
    this.current.fillWrites++;
  }

  suspendCalculation(): void {
    this.current.calculationSuspended = true;
  }

  noteAddress(address: string, areas: number): void {
    const record = this.current;
    record.maxAddressChars = Math.max(record.maxAddressChars, address.length);
    record.maxAreas = Math.max(record.maxAreas, areas);
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    const requestBytes = actions.reduce((n, a) => n + a.size, 200);
    const record: FakeSyncRecord = {
      requestBytes,
      responseBytes: 0,
      writes: 0,
      valueWrites: 0,
      valueSheets: new Set(),
      markWrites: 0,
      fillWrites: 0,
      calculationSuspended: false,
      maxAddressChars: 0,
      maxAreas: 0,
    };
    this.log.push(record);
    this.record = record;
    try {
      if (requestBytes > FAKE_PAYLOAD_LIMIT)
        throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `fake-excel: request of ${requestBytes} bytes`);
      const commits: (() => void)[] = [];
      for (const action of actions) {
        const result = action.run();
        if (result) {
          record.responseBytes += wireBytes(result.payload);
          commits.push(result.commit);
        }
      }
      if (record.responseBytes > FAKE_PAYLOAD_LIMIT) {
        throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `fake-excel: response of ${record.responseBytes} bytes`);
      }
      for (const commit of commits) commit();
    } catch (error) {
      record.error = error instanceof FakeOfficeError ? error.code : String(error);
      throw error;
    } finally {
      this.record = undefined;
    }
    // Excel raises change events for the add-in's own value writes too, marked as such.
    const written = this.written;
    this.written = [];
    for (const { sheet, rect } of written) void dispatch(this.handlers, sheet, rectA1(rect), "RangeEdited", "ThisLocalAddin");
    await Promise.resolve();
  }
}

function notLoaded(type: string, name: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' of ${type} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** A proxy: resolves its target lazily at sync (memoised), holds what was loaded. */
abstract class FakeObject<T> {
  private resolved = false;
  private target: T | null = null;
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly ctx: Context,
    private readonly resolver: () => T | null,
    readonly typeName: string,
  ) {}

  /** Collections are evaluated afresh in every request; objects once (as Office.js instantiates an object path). */
  protected readonly memoise: boolean = true;

  private cached: { version: number; value: T | null } | undefined;

  /** The object at sync time (null for a null object). */
  resolve(): T | null {
    if (!this.memoise) {
      if (this.cached?.version !== this.ctx.version) this.cached = { version: this.ctx.version, value: this.resolver() };
      return this.cached.value;
    }
    if (!this.resolved) {
      this.target = this.resolver();
      this.resolved = true;
    }
    return this.target;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded(this.typeName, "isNullObject");
    return this.nullState;
  }

  protected get<V>(name: string): V {
    if (this.nullState === true) return undefined as V;
    if (!this.loaded.has(name)) throw notLoaded(this.typeName, name);
    return this.loaded.get(name) as V;
  }

  /** Scalar properties that can be loaded. */
  protected abstract scalars(target: T): Record<string, () => unknown>;
  /** Navigation properties that can be loaded through this object. */
  protected children(): Record<string, FakeObject<unknown>> {
    return {};
  }

  load(spec?: unknown): this {
    const tree = parseLoad(spec ?? "");
    this.ctx.enqueue({
      size: 80 + JSON.stringify(spec ?? "").length,
      run: () => {
        const payload = this.snapshot(tree);
        return { payload, commit: () => this.apply(payload) };
      },
    });
    return this;
  }

  snapshot(tree: LoadTree): Record<string, unknown> | null {
    const target = this.resolve();
    if (target === null) return null;
    const scalars = this.scalars(target);
    const out: Record<string, unknown> = {};
    for (const [name, sub] of Object.entries(tree)) {
      if (sub === true && name in scalars) out[name] = scalars[name]();
      else {
        const child = this.children()[name];
        if (!child) throw new FakeOfficeError("InvalidArgument", `fake-excel: ${this.typeName} has no loadable "${name}"`);
        out[name] = child.snapshot(sub === true ? {} : sub);
      }
    }
    return out;
  }

  apply(payload: unknown): void {
    if (payload === null || payload === undefined) {
      this.nullState = true;
      for (const child of Object.values(this.children())) child.apply(null);
      return;
    }
    this.nullState = false;
    const children = this.children();
    for (const [name, value] of Object.entries(payload as Record<string, unknown>)) {
      if (name in children) children[name].apply(value);
      else this.loaded.set(name, value);
    }
  }
}

/** A collection's `items`. */
abstract class FakeCollection<T, P extends FakeObject<T>> extends FakeObject<T[]> {
  protected override readonly memoise = false;
  private itemProxies: P[] | undefined;
  /** The items a load saw, bound to their proxies when the sync commits. */
  private loadedTargets: T[] = [];

  protected abstract item(target: T): P;

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  override snapshot(tree: LoadTree): Record<string, unknown> | null {
    const targets = this.resolve();
    if (targets === null) return null;
    const { items, ...rest } = tree;
    if (Object.keys(rest).length > 0) throw new FakeOfficeError("InvalidArgument", `fake-excel: load items/... on ${this.typeName}`);
    const sub = items === undefined || items === true ? {} : items;
    this.loadedTargets = targets;
    return { items: targets.map((t) => this.item(t).snapshot(sub)) };
  }

  override apply(payload: unknown): void {
    if (payload === null || payload === undefined) {
      super.apply(null);
      return;
    }
    super.apply({});
    const items = (payload as { items: unknown[] }).items;
    const targets = this.loadedTargets;
    this.itemProxies = items.map((data, i) => {
      const proxy = this.item(targets[i]);
      proxy.apply(data);
      return proxy;
    });
  }

  get items(): P[] {
    if (!this.itemProxies) throw notLoaded(this.typeName, "items");
    return this.itemProxies;
  }
}

class ClientResult<V> {
  private done = false;
  private result: V | undefined;

  constructor(ctx: Context, size: number, compute: () => V) {
    ctx.enqueue({
      size,
      run: () => {
        const value = compute();
        return {
          payload: value,
          commit: () => {
            this.result = value;
            this.done = true;
          },
        };
      },
    });
  }

  get value(): V {
    if (!this.done) throw notLoaded("ClientResult", "value");
    return this.result as V;
  }
}

// --- Workbook, application, functions -----------------------------------------------------------------------------

class WorkbookProxy extends FakeObject<FakeWorkbookData> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly notes: NoteCollectionProxy;
  readonly functions: FunctionsProxy;
  readonly tables: TableCollectionProxy;
  readonly names: NamedItemCollectionProxy;

  constructor(ctx: Context) {
    super(ctx, () => ctx.data, "Workbook");
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.settings = new SettingCollectionProxy(ctx);
    this.notes = new NoteCollectionProxy(ctx, null);
    this.functions = new FunctionsProxy(ctx);
    this.tables = new TableCollectionProxy(ctx, null);
    this.names = new NamedItemCollectionProxy(ctx, null);
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }
}

class ApplicationProxy {
  constructor(private readonly ctx: Context) {}

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue({ size: 60, run: () => this.ctx.suspendCalculation() });
  }
}

class FunctionResultProxy extends FakeObject<number> {
  protected scalars(target: number): Record<string, () => unknown> {
    return { value: () => target, error: () => null };
  }

  get value(): number {
    return this.get("value");
  }
}

class FunctionsProxy {
  constructor(private readonly ctx: Context) {}

  date(year: number, month: number, day: number): FunctionResultProxy {
    const ctx = this.ctx;
    ctx.enqueue({ size: 120, run: () => undefined });
    return new FunctionResultProxy(
      ctx,
      () => {
        const days = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
        if (ctx.data.date1904) return days - 1462;
        return days < 61 ? days - 1 : days;
      },
      "FunctionResult",
    );
  }
}

// --- Worksheets -----------------------------------------------------------------------------------------------------

function findSheet(data: FakeWorkbookData, key: string): FakeSheetData | undefined {
  return data.sheets.find((s) => s.id === key) ?? data.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase());
}

class WorksheetCollectionProxy extends FakeCollection<FakeSheetData, WorksheetProxy> {
  constructor(ctx: Context) {
    super(ctx, () => ctx.data.sheets, "WorksheetCollection");
  }

  protected item(target: FakeSheetData): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => target);
  }

  /** Change events of every sheet (ExcelApi 1.9): registered, and removed, at the next sync. */
  readonly onChanged = {
    add: (handler: ChangeHandler) => {
      const ctx = this.ctx;
      ctx.enqueue({ size: 80, run: () => ctx.requireApi("1.9", "worksheets.onChanged") });
      ctx.enqueue({ size: 0, run: () => void ctx.handlers.add(handler) });
      return {
        context: ctx,
        remove: () => ctx.enqueue({ size: 80, run: () => void ctx.handlers.delete(handler) }),
      };
    },
  };

  getActiveWorksheet(): WorksheetProxy {
    const ctx = this.ctx;
    ctx.enqueue({ size: 80, run: () => undefined });
    return new WorksheetProxy(ctx, () => {
      const sheet = ctx.data.sheets.find((s) => s.id === ctx.data.activeSheetId);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "fake-excel: no active sheet");
      return sheet;
    });
  }

  getItem(key: string): WorksheetProxy {
    const ctx = this.ctx;
    ctx.enqueue({ size: 80 + key.length, run: () => undefined });
    return new WorksheetProxy(ctx, () => {
      const sheet = findSheet(ctx.data, key);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `fake-excel: no sheet "${key}"`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    const ctx = this.ctx;
    ctx.enqueue({ size: 80 + key.length, run: () => undefined });
    return new WorksheetProxy(ctx, () => findSheet(ctx.data, key) ?? null);
  }

  /** Adds a sheet at the end, as Excel does; a name taken (in any case) or one Excel refuses fails the sync. */
  add(name?: string): WorksheetProxy {
    const ctx = this.ctx;
    let added: FakeSheetData | undefined;
    ctx.enqueue({
      size: 80 + (name?.length ?? 0),
      run: () => {
        let chosen = name;
        if (chosen === undefined) for (let n = 1; !chosen || findSheetByName(ctx.data, chosen); n++) chosen = `Sheet${n}`;
        checkSheetName(chosen);
        if (findSheetByName(ctx.data, chosen))
          throw new FakeOfficeError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
        ctx.write(null, "other");
        added = fakeSheet(chosen);
        ctx.data.sheets.push(added);
      },
    });
    return new WorksheetProxy(ctx, () => {
      if (!added) throw new FakeOfficeError("InvalidObjectPath", "fake-excel: the sheet was not added");
      return added;
    });
  }
}

function findSheetByName(data: FakeWorkbookData, name: string): FakeSheetData | undefined {
  return data.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** Excel's rules for a sheet's name: 1–31 characters, none of : \ / ? * [ ], no ' first or last, not "History". */
function checkSheetName(name: string): void {
  if (
    name.length < 1 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    /^history$/i.test(name)
  )
    throw new FakeOfficeError("InvalidArgument", `fake-excel: "${name}" cannot name a sheet`);
}

class ProtectionProxy extends FakeObject<FakeSheetData> {
  protected scalars(target: FakeSheetData): Record<string, () => unknown> {
    return { protected: () => target.protected };
  }

  get protected(): boolean {
    return this.get("protected");
  }
}

class WorksheetProxy extends FakeObject<FakeSheetData> {
  readonly protection: ProtectionProxy;
  readonly notes: NoteCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly freezePanes: FreezePanesProxy;

  constructor(ctx: Context, resolver: () => FakeSheetData | null) {
    super(ctx, resolver, "Worksheet");
    this.protection = new ProtectionProxy(ctx, () => this.resolve(), "WorksheetProtection");
    this.notes = new NoteCollectionProxy(ctx, this);
    this.tables = new TableCollectionProxy(ctx, this);
    this.names = new NamedItemCollectionProxy(ctx, this);
    this.freezePanes = new FreezePanesProxy(ctx, this);
  }

  protected scalars(target: FakeSheetData): Record<string, () => unknown> {
    return { id: () => target.id, name: () => target.name, visibility: () => target.visibility ?? "Visible" };
  }

  get visibility(): string {
    return this.get("visibility");
  }

  set visibility(visibility: "Visible" | "Hidden" | "VeryHidden") {
    this.ctx.enqueue({
      size: 60,
      run: () => {
        const sheet = this.resolve();
        if (!sheet) throw new FakeOfficeError("InvalidObjectPath", "fake-excel: visibility of a null sheet");
        const othersVisible = this.ctx.data.sheets.some((s) => s !== sheet && (s.visibility ?? "Visible") === "Visible");
        if (visibility !== "Visible" && !othersVisible)
          throw new FakeOfficeError("InvalidOperation", "fake-excel: a workbook keeps one visible sheet");
        this.ctx.write(null, "other");
        sheet.visibility = visibility;
      },
    });
  }

  protected override children(): Record<string, FakeObject<unknown>> {
    return { protection: this.protection as FakeObject<unknown> };
  }

  get id(): string {
    return this.get("id");
  }

  get name(): string {
    return this.get("name");
  }

  private range(size: number, rect: () => Rect | null): RangeProxy {
    this.ctx.enqueue({ size, run: () => undefined });
    return new RangeProxy(this.ctx, () => {
      const sheet = this.resolve();
      if (!sheet) return null;
      const r = rect();
      return r ? { sheet, rect: r } : null;
    });
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.range(
      80,
      () => usedRect(this.resolve() as FakeSheetData, valuesOnly === true) ?? { row: 0, column: 0, rows: 1, columns: 1 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.range(80, () => usedRect(this.resolve() as FakeSheetData, valuesOnly === true));
  }

  getRange(address: string): RangeProxy {
    return this.range(80 + address.length, () => parseRect(address));
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return this.range(120, () => {
      if (row < 0 || column < 0 || rows < 1 || columns < 1 || row + rows > 1_048_576 || column + columns > MAX_COLUMNS) {
        throw new FakeOfficeError("InvalidArgument", "fake-excel: getRangeByIndexes outside the sheet");
      }
      return { row, column, rows, columns };
    });
  }

  getRanges(address: string): RangeAreasProxy {
    const ctx = this.ctx;
    ctx.enqueue({ size: 80 + address.length, run: () => ctx.requireApi("1.9", "getRanges") });
    return new RangeAreasProxy(ctx, () => {
      const parts = address.split(/[,;]/).map((p) => p.trim());
      ctx.noteAddress(address, parts.length);
      if (address.length > FAKE_ADDRESS_LIMIT) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `fake-excel: getRanges address of ${address.length} characters (Excel truncates beyond 8,192)`,
        );
      }
      const sheet = this.resolve();
      return sheet ? { sheet, rects: parts.map(parseRect) } : null;
    });
  }

  activate(): void {
    this.ctx.enqueue({
      size: 60,
      run: () => {
        const sheet = this.resolve();
        if (!sheet) throw new FakeOfficeError("InvalidObjectPath", "fake-excel: activate on a null sheet");
        this.ctx.write(null, "other");
        this.ctx.data.activeSheetId = sheet.id;
      },
    });
  }
}

// --- Ranges ---------------------------------------------------------------------------------------------------------

interface RangeTarget {
  readonly sheet: FakeSheetData;
  readonly rect: Rect;
}

interface AreasTarget {
  readonly sheet: FakeSheetData;
  readonly rects: readonly Rect[];
}

function grid<V>(target: RangeTarget, read: (row: number, column: number) => V): V[][] {
  const { rect } = target;
  return Array.from({ length: rect.rows }, (_, r) => Array.from({ length: rect.columns }, (_, c) => read(rect.row + r, rect.column + c)));
}

function uniform<V>(values: Iterable<V>): V | null {
  let first: V | undefined;
  let seen = false;
  for (const value of values) {
    if (!seen) {
      first = value;
      seen = true;
    } else if (value !== first) return null;
  }
  return seen ? (first as V) : null;
}

class RangeFillProxy extends FakeObject<AreasTarget> {
  protected scalars(target: AreasTarget): Record<string, () => unknown> {
    const reads = () => target.rects.flatMap((rect) => [...cells(rect)].map((key) => fillRead(target.sheet, key)));
    return {
      color: () => uniform(reads().map((f) => f.color)),
      pattern: () => uniform(reads().map((f) => f.pattern)),
      patternColor: () => uniform(reads().map((f) => f.patternColor)),
    };
  }

  get color(): string {
    return this.get("color");
  }

  get pattern(): string {
    return this.get("pattern");
  }

  get patternColor(): string {
    return this.get("patternColor");
  }

  private change(name: string, size: number, update: (sheet: FakeSheetData, key: number) => void): void {
    this.ctx.enqueue({
      size: 80 + size,
      run: () => {
        const target = this.resolve();
        if (!target) throw new FakeOfficeError("InvalidObjectPath", `fake-excel: ${name} on a null range`);
        this.ctx.write(target.sheet, "mark");
        this.ctx.countFill();
        for (const rect of target.rects) for (const key of cells(rect)) update(target.sheet, key);
      },
    });
  }

  set color(color: string) {
    if (!COLOR.test(color)) throw new FakeOfficeError("InvalidArgument", `fake-excel: colour "${color}"`);
    this.change("color", color.length, (sheet, key) => {
      const fill = sheet.fills.get(key);
      sheet.fills.set(key, normaliseFill(fill ? { ...fill, color } : { color, pattern: "Solid" }));
    });
  }

  set pattern(pattern: string) {
    this.change("pattern", pattern.length, (sheet, key) => {
      if (pattern === "None") sheet.fills.delete(key);
      else sheet.fills.set(key, normaliseFill({ ...(sheet.fills.get(key) ?? { color: "#FFFFFF" }), pattern }));
    });
  }

  set patternColor(patternColor: string) {
    if (!COLOR.test(patternColor)) throw new FakeOfficeError("InvalidArgument", `fake-excel: colour "${patternColor}"`);
    this.change("patternColor", patternColor.length, (sheet, key) => {
      const fill = sheet.fills.get(key);
      if (fill) sheet.fills.set(key, normaliseFill({ ...fill, patternColor }));
    });
  }

  clear(): void {
    this.change("clear", 10, (sheet, key) => sheet.fills.delete(key));
  }
}

/** Excel's default column width, in points (8.43 characters of Calibri 11). */
const DEFAULT_COLUMN_WIDTH = 48;

class RangeFormatProxy extends FakeObject<AreasTarget> {
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;

  constructor(ctx: Context, resolver: () => AreasTarget | null) {
    super(ctx, resolver, "RangeFormat");
    this.fill = new RangeFillProxy(ctx, () => this.resolve(), "RangeFill");
    this.font = new RangeFontProxy(ctx, () => this.resolve(), "RangeFont");
  }

  protected scalars(target: AreasTarget): Record<string, () => unknown> {
    return {
      columnWidth: () =>
        uniform(
          target.rects.flatMap((rect) =>
            Array.from({ length: rect.columns }, (_, c) => target.sheet.columnWidths?.get(rect.column + c) ?? DEFAULT_COLUMN_WIDTH),
          ),
        ),
    };
  }

  protected override children(): Record<string, FakeObject<unknown>> {
    return { fill: this.fill as FakeObject<unknown>, font: this.font as FakeObject<unknown> };
  }

  get columnWidth(): number {
    return this.get("columnWidth");
  }

  set columnWidth(points: number) {
    this.ctx.enqueue({
      size: 80,
      run: () => {
        if (!(points >= 0 && points <= 255 * 7.5)) throw new FakeOfficeError("InvalidArgument", `fake-excel: column width ${points}`);
        const target = this.resolve();
        if (!target) throw new FakeOfficeError("InvalidObjectPath", "fake-excel: columnWidth on a null range");
        this.ctx.write(target.sheet, "other");
        const widths = (target.sheet.columnWidths ??= new Map());
        for (const rect of target.rects) for (let c = 0; c < rect.columns; c++) widths.set(rect.column + c, points);
      },
    });
  }
}

class RangeFontProxy extends FakeObject<AreasTarget> {
  protected scalars(target: AreasTarget): Record<string, () => unknown> {
    const fonts = () => target.rects.flatMap((rect) => [...cells(rect)].map((key) => target.sheet.fonts?.get(key) ?? {}));
    return { bold: () => uniform(fonts().map((f) => f.bold ?? false)), size: () => uniform(fonts().map((f) => f.size ?? 11)) };
  }

  get bold(): boolean {
    return this.get("bold");
  }

  get size(): number {
    return this.get("size");
  }

  private change(property: keyof FakeFont, value: boolean | number): void {
    this.ctx.enqueue({
      size: 80,
      run: () => {
        const target = this.resolve();
        if (!target) throw new FakeOfficeError("InvalidObjectPath", `fake-excel: font ${property} on a null range`);
        this.ctx.write(target.sheet, "other");
        const fonts = (target.sheet.fonts ??= new Map());
        for (const rect of target.rects) for (const key of cells(rect)) fonts.set(key, { ...fonts.get(key), [property]: value });
      },
    });
  }

  set bold(bold: boolean) {
    this.change("bold", bold);
  }

  set size(size: number) {
    this.change("size", size);
  }
}

function specialAreas(target: RangeTarget, type: string, valueType: string | undefined): Rect[] {
  if (valueType !== undefined && valueType !== "Numbers")
    throw new FakeOfficeError("InvalidArgument", `fake-excel: special cells of ${valueType}`);
  const { sheet } = target;
  const single = target.rect.rows === 1 && target.rect.columns === 1;
  // Like Range.SpecialCells in Excel: from a single cell, the whole used range is searched.
  const rect = single ? (usedRect(sheet, false) ?? target.rect) : target.rect;
  const matches = (row: number, column: number) => {
    const formula = sheet.formulas.has(cellKey(row, column));
    return typeof valueAt(sheet, row, column) === "number" && (type === "Formulas" ? formula : !formula);
  };
  // Vertical runs per column, then runs with the same rows side by side merged.
  const runs: Rect[] = [];
  for (let c = 0; c < rect.columns; c++) {
    let start = -1;
    for (let r = 0; r <= rect.rows; r++) {
      const hit = r < rect.rows && matches(rect.row + r, rect.column + c);
      if (hit && start < 0) start = r;
      if (!hit && start >= 0) {
        runs.push({ row: rect.row + start, column: rect.column + c, rows: r - start, columns: 1 });
        start = -1;
      }
    }
  }
  const merged: Rect[] = [];
  for (const run of runs) {
    const left = merged.find((m) => m.row === run.row && m.rows === run.rows && m.column + m.columns === run.column);
    if (left) merged[merged.indexOf(left)] = { ...left, columns: left.columns + 1 };
    else merged.push(run);
  }
  return merged;
}

class RangeProxy extends FakeObject<RangeTarget> {
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;

  constructor(ctx: Context, resolver: () => RangeTarget | null) {
    super(ctx, resolver, "Range");
    this.format = new RangeFormatProxy(ctx, () => {
      const target = this.resolve();
      return target ? { sheet: target.sheet, rects: [target.rect] } : null;
    });
    this.dataValidation = new DataValidationProxy(ctx, () => this.resolve(), "DataValidation");
  }

  protected scalars(target: RangeTarget): Record<string, () => unknown> {
    const { sheet, rect } = target;
    return {
      values: () => grid(target, (r, c) => valueAt(sheet, r, c)),
      numberFormat: () => grid(target, (r, c) => sheet.formats.get(cellKey(r, c)) ?? "General"),
      formulas: () => grid(target, (r, c) => sheet.formulas.get(cellKey(r, c)) ?? valueAt(sheet, r, c)),
      address: () => `${quoteSheet(sheet.name)}!${rectA1(rect)}`,
      rowIndex: () => rect.row,
      columnIndex: () => rect.column,
      rowCount: () => rect.rows,
      columnCount: () => rect.columns,
    };
  }

  protected override children(): Record<string, FakeObject<unknown>> {
    return { format: this.format as FakeObject<unknown>, dataValidation: this.dataValidation as FakeObject<unknown> };
  }

  get values(): FakeValue[][] {
    return this.get("values");
  }

  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }

  get formulas(): FakeValue[][] {
    return this.get("formulas");
  }

  get address(): string {
    return this.get("address");
  }

  get rowIndex(): number {
    return this.get("rowIndex");
  }

  get columnIndex(): number {
    return this.get("columnIndex");
  }

  get rowCount(): number {
    return this.get("rowCount");
  }

  get columnCount(): number {
    return this.get("columnCount");
  }

  /** A 2-D array must have the range's dimensions (Office.js refuses others); a single value goes to every cell. */
  private writeCells(
    name: string,
    grid2: unknown,
    store: (sheet: FakeSheetData, row: number, column: number, value: unknown) => void,
  ): void {
    this.ctx.enqueue({
      size: 80 + wireBytes(grid2),
      run: () => {
        const target = this.resolve();
        if (!target) throw new FakeOfficeError("InvalidObjectPath", `fake-excel: ${name} on a null range`);
        const { rows, columns } = target.rect;
        const array = Array.isArray(grid2) ? (grid2 as unknown[][]) : undefined;
        if (array && (array.length !== rows || array.some((row) => !Array.isArray(row) || row.length !== columns)))
          throw new FakeOfficeError(
            "InvalidArgument",
            `fake-excel: ${name} of ${array.length} rows for a range of ${rows} × ${columns} (the input array doesn't match the size of the range)`,
          );
        this.ctx.write(target.sheet, "value");
        if (name !== "numberFormat") this.ctx.written.push({ sheet: target.sheet, rect: target.rect });
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < columns; c++) store(target.sheet, target.rect.row + r, target.rect.column + c, array ? array[r][c] : grid2);
        }
      },
    });
  }

  set values(values: FakeValue[][] | FakeValue) {
    this.writeCells("values", values, (sheet, row, column, value) => {
      (sheet.values[row] ??= [])[column] = value as FakeValue;
      sheet.formulas.delete(cellKey(row, column));
    });
  }

  set formulas(formulas: FakeValue[][] | FakeValue) {
    this.writeCells("formulas", formulas, (sheet, row, column, value) => {
      if (typeof value === "string" && value.startsWith("=")) {
        checkStructuredReferences(this.ctx.data, sheet, row, column, value);
        sheet.formulas.set(cellKey(row, column), value);
        // Until it calculates: the fake evaluates no formula (tests put the results in).
        (sheet.values[row] ??= [])[column] = "";
      } else {
        (sheet.values[row] ??= [])[column] = value as FakeValue;
        sheet.formulas.delete(cellKey(row, column));
      }
    });
  }

  set numberFormat(formats: string[][] | string) {
    this.writeCells("numberFormat", formats, (sheet, row, column, value) => sheet.formats.set(cellKey(row, column), String(value)));
  }

  getIntersectionOrNullObject(other: RangeProxy | string): RangeProxy {
    this.ctx.enqueue({ size: 100, run: () => undefined });
    return new RangeProxy(this.ctx, () => {
      const mine = this.resolve();
      if (!mine) return null;
      const theirs = typeof other === "string" ? parseRect(other) : other.resolve()?.rect;
      if (!theirs) return null;
      const rect = intersectRects(mine.rect, theirs);
      return rect ? { sheet: mine.sheet, rect } : null;
    });
  }

  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreasProxy {
    this.ctx.enqueue({ size: 120, run: () => this.ctx.requireApi("1.9", "getSpecialCells") });
    return new RangeAreasProxy(this.ctx, () => {
      const target = this.resolve();
      if (!target) return null;
      const rects = specialAreas(target, cellType, cellValueType);
      return rects.length > 0 ? { sheet: target.sheet, rects } : null;
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.ctx.enqueue({ size: 100, run: () => this.ctx.requireApi("1.13", "getMergedAreas") });
    return new RangeAreasProxy(this.ctx, () => {
      const target = this.resolve();
      if (!target) return null;
      const rects = mergedAreas(target.sheet).filter((m) => intersectRects(m, target.rect) !== null);
      return rects.length > 0 ? { sheet: target.sheet, rects } : null;
    });
  }

  select(): void {
    this.ctx.enqueue({
      size: 60,
      run: () => {
        const target = this.resolve();
        if (!target) throw new FakeOfficeError("InvalidObjectPath", "fake-excel: select on a null range");
        if (target.sheet.id !== this.ctx.data.activeSheetId)
          throw new FakeOfficeError("InvalidSelection", "fake-excel: select on an inactive sheet");
        this.ctx.write(null, "other");
        this.ctx.data.selection = { sheetId: target.sheet.id, address: rectA1(target.rect) };
      },
    });
  }
}

class RangeCollectionProxy extends FakeCollection<RangeTarget, RangeProxy> {
  protected item(target: RangeTarget): RangeProxy {
    return new RangeProxy(this.ctx, () => target);
  }
}

class RangeAreasProxy extends FakeObject<AreasTarget> {
  readonly format: RangeFormatProxy;
  readonly areas: RangeCollectionProxy;

  constructor(ctx: Context, resolver: () => AreasTarget | null) {
    super(ctx, resolver, "RangeAreas");
    this.format = new RangeFormatProxy(ctx, () => this.resolve());
    this.areas = new RangeCollectionProxy(
      ctx,
      () => {
        const target = this.resolve();
        return target ? target.rects.map((rect) => ({ sheet: target.sheet, rect })) : null;
      },
      "RangeCollection",
    );
  }

  protected scalars(target: AreasTarget): Record<string, () => unknown> {
    return {
      areaCount: () => target.rects.length,
      address: () => target.rects.map((rect) => `${quoteSheet(target.sheet.name)}!${rectA1(rect)}`).join(","),
    };
  }

  protected override children(): Record<string, FakeObject<unknown>> {
    return { format: this.format as FakeObject<unknown>, areas: this.areas as FakeObject<unknown> };
  }

  get areaCount(): number {
    return this.get("areaCount");
  }

  get address(): string {
    return this.get("address");
  }
}

// --- Settings -------------------------------------------------------------------------------------------------------

class SettingProxy extends FakeObject<{ key: string; value: unknown }> {
  protected scalars(target: { key: string; value: unknown }): Record<string, () => unknown> {
    return { key: () => target.key, value: () => target.value };
  }

  get key(): string {
    return this.get("key");
  }

  get value(): unknown {
    return this.get("value");
  }

  delete(): void {
    this.ctx.enqueue({
      size: 60,
      run: () => {
        const target = this.resolve();
        if (!target) throw new FakeOfficeError("InvalidObjectPath", "fake-excel: delete of a null setting");
        this.ctx.write(null, "other");
        this.ctx.data.settings.delete(target.key);
      },
    });
  }
}

class SettingCollectionProxy {
  constructor(private readonly ctx: Context) {}

  private setting(key: string, orNull: boolean): SettingProxy {
    const ctx = this.ctx;
    ctx.enqueue({ size: 80 + key.length, run: () => undefined });
    return new SettingProxy(
      ctx,
      () => {
        if (!ctx.data.settings.has(key)) {
          if (orNull) return null;
          throw new FakeOfficeError("ItemNotFound", `fake-excel: no setting "${key}"`);
        }
        return { key, value: ctx.data.settings.get(key) };
      },
      "Setting",
    );
  }

  getItem(key: string): SettingProxy {
    return this.setting(key, false);
  }

  getItemOrNullObject(key: string): SettingProxy {
    return this.setting(key, true);
  }

  add(key: string, value: unknown): SettingProxy {
    const stored = JSON.parse(JSON.stringify(value)) as unknown;
    this.ctx.enqueue({
      size: 80 + key.length + wireBytes(value),
      run: () => {
        this.ctx.write(null, "other");
        this.ctx.data.settings.set(key, stored);
      },
    });
    return this.setting(key, false);
  }
}

// --- Notes ----------------------------------------------------------------------------------------------------------

interface NoteTarget {
  readonly sheet: FakeSheetData;
  readonly key: number;
}

class NoteProxy extends FakeObject<NoteTarget> {
  protected scalars(target: NoteTarget): Record<string, () => unknown> {
    const note = () => {
      const found = target.sheet.notes.get(target.key);
      if (!found) throw new FakeOfficeError("ItemNotFound", "fake-excel: the note was deleted");
      return found;
    };
    return { content: () => note().content, authorName: () => note().author };
  }

  get content(): string {
    return this.get("content");
  }

  get authorName(): string {
    return this.get("authorName");
  }

  getLocation(): RangeProxy {
    this.ctx.enqueue({ size: 80, run: () => undefined });
    return new RangeProxy(this.ctx, () => {
      const target = this.resolve();
      if (!target) return null;
      const { row, column } = keyCell(target.key);
      return { sheet: target.sheet, rect: { row, column, rows: 1, columns: 1 } };
    });
  }

  delete(): void {
    this.ctx.enqueue({
      size: 60,
      run: () => {
        const target = this.resolve();
        if (!target || !target.sheet.notes.has(target.key))
          throw new FakeOfficeError("ItemNotFound", "fake-excel: delete of a missing note");
        this.ctx.write(target.sheet, "mark");
        target.sheet.notes.delete(target.key);
      },
    });
  }
}

class NoteCollectionProxy extends FakeCollection<NoteTarget, NoteProxy> {
  constructor(
    ctx: Context,
    private readonly worksheet: WorksheetProxy | null,
  ) {
    super(
      ctx,
      () => {
        ctx.requireApi("1.18", "notes");
        const sheets = worksheet ? [worksheet.resolve()].filter((s): s is FakeSheetData => s !== null) : ctx.data.sheets;
        return sheets.flatMap((sheet) => [...sheet.notes.keys()].sort((a, b) => a - b).map((key) => ({ sheet, key })));
      },
      "NoteCollection",
    );
  }

  protected item(target: NoteTarget): NoteProxy {
    return new NoteProxy(this.ctx, () => target, "Note");
  }

  /** The note at an address: "C5" on a sheet's collection, "Plan!C5" on the workbook's. */
  private locate(address: string): NoteTarget | null {
    this.ctx.requireApi("1.18", "notes");
    let sheet: FakeSheetData | null | undefined;
    if (this.worksheet) sheet = this.worksheet.resolve();
    else {
      const bang = address.lastIndexOf("!");
      const name = address
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      sheet = findSheet(this.ctx.data, name);
    }
    if (!sheet) return null;
    const rect = parseRect(address);
    const key = cellKey(rect.row, rect.column);
    return sheet.notes.has(key) ? { sheet, key } : null;
  }

  getItem(address: string): NoteProxy {
    this.ctx.enqueue({ size: 80 + address.length, run: () => undefined });
    return new NoteProxy(
      this.ctx,
      () => {
        const found = this.locate(address);
        if (!found) throw new FakeOfficeError("ItemNotFound", `fake-excel: no note at ${address}`);
        return found;
      },
      "Note",
    );
  }

  getItemOrNullObject(address: string): NoteProxy {
    this.ctx.enqueue({ size: 80 + address.length, run: () => undefined });
    return new NoteProxy(this.ctx, () => this.locate(address), "Note");
  }

  getItemAt(index: number): NoteProxy {
    this.ctx.enqueue({ size: 80, run: () => undefined });
    return new NoteProxy(
      this.ctx,
      () => {
        const all = this.resolve() ?? [];
        const found = all[index];
        if (!found) throw new FakeOfficeError("ItemNotFound", `fake-excel: no note at index ${index}`);
        return found;
      },
      "Note",
    );
  }

  getCount(): ClientResult<number> {
    return new ClientResult(this.ctx, 80, () => (this.resolve() ?? []).length);
  }

  add(cellAddress: string, content: string): NoteProxy {
    const ctx = this.ctx;
    ctx.enqueue({
      size: 80 + cellAddress.length + wireBytes(content),
      run: () => {
        ctx.requireApi("1.18", "notes");
        const sheet = this.worksheet ? this.worksheet.resolve() : findSheet(ctx.data, cellAddress.slice(0, cellAddress.lastIndexOf("!")));
        if (!sheet) throw new FakeOfficeError("ItemNotFound", "fake-excel: notes.add on a missing sheet");
        const rect = parseRect(cellAddress);
        if (rect.rows !== 1 || rect.columns !== 1) throw new FakeOfficeError("InvalidCellAddress", "fake-excel: a note goes on one cell");
        const key = cellKey(rect.row, rect.column);
        if (sheet.notes.has(key)) throw new FakeOfficeError("InvalidArgument", `fake-excel: ${cellAddress} already has a note`);
        ctx.write(sheet, "mark");
        sheet.notes.set(key, { content, author: ctx.author });
      },
    });
    return this.getItemOrNullObject(cellAddress);
  }
}

/**
 * Excel refuses a formula whose structured reference names no table ("Plan[Start]") or, for this row's cells
 * ("[@[Start]]"), stands outside a table's data body.
 */
function checkStructuredReferences(data: FakeWorkbookData, sheet: FakeSheetData, row: number, column: number, formula: string): void {
  const tables = data.tables ?? [];
  for (const match of formula.matchAll(/([\p{L}_\\][\p{L}\p{N}_.]*)\[/gu)) {
    if (!tables.some((t) => sameName(t.name, match[1])))
      throw new FakeOfficeError("InvalidArgument", `fake-excel: no table "${match[1]}" for ${formula}`);
  }
  if (!formula.includes("[@")) return;
  const inside = tables.some((t) => {
    const rect = tableRect(t);
    return (
      t.sheetId === sheet.id && row > rect.row && row < rect.row + rect.rows && column >= rect.column && column < rect.column + rect.columns
    );
  });
  if (!inside) throw new FakeOfficeError("InvalidArgument", `fake-excel: ${formula} refers to this row of a table outside one`);
}

// --- Data validation, freeze panes ---------------------------------------------------------------------------------

const RULE_KINDS = ["custom", "date", "decimal", "list", "textLength", "time", "wholeNumber"] as const;
const RULE_TYPES: Record<(typeof RULE_KINDS)[number], string> = {
  custom: "Custom",
  date: "Date",
  decimal: "Decimal",
  list: "List",
  textLength: "TextLength",
  time: "Time",
  wholeNumber: "WholeNumber",
};

/** Office.js takes one criterion per rule, each with the fields its kind needs. */
function checkRule(rule: Excel.DataValidationRule): void {
  const kinds = RULE_KINDS.filter((kind) => rule[kind] !== undefined);
  if (kinds.length !== 1) throw new FakeOfficeError("InvalidArgument", `fake-excel: a rule has one criterion, not ${kinds.length}`);
  const kind = kinds[0];
  if (kind === "list" && typeof rule.list?.source !== "string")
    throw new FakeOfficeError("InvalidArgument", "fake-excel: the fake takes a list's source as text");
  if (kind === "custom" && !rule.custom?.formula.startsWith("="))
    throw new FakeOfficeError("InvalidArgument", "fake-excel: a custom rule's formula starts with =");
  if ((kind === "wholeNumber" || kind === "decimal") && (rule[kind]?.formula1 === undefined || rule[kind]?.operator === undefined))
    throw new FakeOfficeError("InvalidArgument", `fake-excel: a ${kind} rule needs formula1 and an operator`);
}

class DataValidationProxy extends FakeObject<RangeTarget> {
  private entry(target: RangeTarget): FakeValidation | undefined {
    const address = rectA1(target.rect);
    const list = target.sheet.validations ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (list[i].address === address) return list[i];
    return undefined;
  }

  protected scalars(target: RangeTarget): Record<string, () => unknown> {
    const found = () => this.entry(target);
    return {
      type: () => {
        const rule = found()?.rule;
        const kind = rule && RULE_KINDS.find((k) => rule[k] !== undefined);
        return kind ? RULE_TYPES[kind] : "None";
      },
      rule: () => found()?.rule ?? {},
      errorAlert: () => found()?.errorAlert ?? { message: "", showAlert: true, style: "Stop", title: "" },
      prompt: () => found()?.prompt ?? { message: "", showPrompt: false, title: "" },
      ignoreBlanks: () => found()?.ignoreBlanks ?? true,
    };
  }

  /** `check` runs at sync, where Office.js reports a bad argument. */
  private change(name: string, value: unknown, update: (entry: FakeValidation) => void, check?: () => void): void {
    this.ctx.enqueue({
      size: 80 + wireBytes(value),
      run: () => {
        this.ctx.requireApi("1.8", "dataValidation");
        check?.();
        const target = this.resolve();
        if (!target) throw new FakeOfficeError("InvalidObjectPath", `fake-excel: dataValidation.${name} on a null range`);
        this.ctx.write(target.sheet, "other");
        let entry = this.entry(target);
        if (!entry) (target.sheet.validations ??= []).push((entry = { address: rectA1(target.rect) }));
        update(entry);
      },
    });
  }

  get type(): string {
    return this.get("type");
  }

  get rule(): Excel.DataValidationRule {
    return this.get("rule");
  }

  set rule(rule: Excel.DataValidationRule) {
    const copy = structuredClone(rule);
    this.change(
      "rule",
      rule,
      (entry) => (entry.rule = copy),
      () => checkRule(copy),
    );
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.get("errorAlert");
  }

  set errorAlert(alert: Partial<Excel.DataValidationErrorAlert>) {
    this.change(
      "errorAlert",
      alert,
      (entry) => (entry.errorAlert = { ...alert }),
      () => {
        if (alert.style !== undefined && !["Stop", "Warning", "Information"].includes(alert.style))
          throw new FakeOfficeError("InvalidArgument", `fake-excel: alert style ${alert.style}`);
      },
    );
  }

  get prompt(): Excel.DataValidationPrompt {
    return this.get("prompt");
  }

  set prompt(prompt: Partial<Excel.DataValidationPrompt>) {
    this.change("prompt", prompt, (entry) => (entry.prompt = { ...prompt }));
  }

  get ignoreBlanks(): boolean {
    return this.get("ignoreBlanks");
  }

  set ignoreBlanks(ignore: boolean) {
    this.change("ignoreBlanks", ignore, (entry) => (entry.ignoreBlanks = ignore));
  }
}

class FreezePanesProxy {
  constructor(
    private readonly ctx: Context,
    private readonly worksheet: WorksheetProxy,
  ) {}

  freezeRows(count = 1): void {
    this.ctx.enqueue({
      size: 60,
      run: () => {
        this.ctx.requireApi("1.7", "freezePanes");
        const sheet = this.worksheet.resolve();
        if (!sheet) throw new FakeOfficeError("InvalidObjectPath", "fake-excel: freezeRows on a null sheet");
        this.ctx.write(null, "other");
        sheet.frozenRows = count;
      },
    });
  }

  unfreeze(): void {
    this.ctx.enqueue({
      size: 60,
      run: () => {
        const sheet = this.worksheet.resolve();
        if (sheet) delete sheet.frozenRows;
      },
    });
  }
}

// --- Names and tables -----------------------------------------------------------------------------------------------

/**
 * Excel's rules for a defined name or a table's name: a letter, "_" or "\\" first, then letters, digits, "_" and ".";
 * not a cell address ("AB12", "R1C1"), not "R" or "C"; at most 255 characters.
 */
function checkDefinedName(name: string, code: string): void {
  const cellLike = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name);
  if (name.length > 255 || !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || cellLike)
    throw new FakeOfficeError(code, `fake-excel: "${name}" cannot be a name`);
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Whether a name is taken workbook-wide: by a table or a workbook-scoped name. */
function nameTaken(data: FakeWorkbookData, name: string, except?: FakeTable): boolean {
  return (data.tables ?? []).some((t) => t !== except && sameName(t.name, name)) || (data.names ?? []).some((n) => sameName(n.name, name));
}

class NamedItemProxy extends FakeObject<FakeName> {
  protected scalars(target: FakeName): Record<string, () => unknown> {
    return { name: () => target.name, formula: () => target.formula, comment: () => target.comment ?? "" };
  }

  get name(): string {
    return this.get("name");
  }

  get formula(): string {
    return this.get("formula");
  }
}

class NamedItemCollectionProxy extends FakeCollection<FakeName, NamedItemProxy> {
  constructor(
    ctx: Context,
    private readonly worksheet: WorksheetProxy | null,
  ) {
    super(ctx, () => (worksheet ? (worksheet.resolve()?.names ?? []) : (ctx.data.names ?? [])), "NamedItemCollection");
  }

  protected item(target: FakeName): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => target, "NamedItem");
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    this.ctx.enqueue({ size: 80 + name.length, run: () => undefined });
    return new NamedItemProxy(this.ctx, () => (this.resolve() ?? []).find((n) => sameName(n.name, name)) ?? null, "NamedItem");
  }

  /** A name for a range or a formula; a name taken in its scope (or, workbook-wide, by a table) fails the sync. */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const ctx = this.ctx;
    let added: FakeName | undefined;
    ctx.enqueue({
      size: 120 + name.length + (typeof reference === "string" ? reference.length : 0),
      run: () => {
        ctx.requireApi("1.4", "names.add");
        checkDefinedName(name, "InvalidArgument");
        const scope = this.worksheet ? this.worksheet.resolve() : null;
        if (this.worksheet && !scope) throw new FakeOfficeError("InvalidObjectPath", "fake-excel: names.add on a null sheet");
        const list = scope ? (scope.names ??= []) : (ctx.data.names ??= []);
        if (list.some((n) => sameName(n.name, name)) || (ctx.data.tables ?? []).some((t) => sameName(t.name, name)))
          throw new FakeOfficeError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
        let formula: string;
        if (typeof reference === "string") {
          if (!reference.startsWith("=")) throw new FakeOfficeError("InvalidArgument", "fake-excel: a name's formula starts with =");
          formula = reference;
        } else {
          const target = reference.resolve();
          if (!target) throw new FakeOfficeError("InvalidObjectPath", "fake-excel: a name for a null range");
          const { rect } = target;
          const absolute = (row: number, column: number) => `$${letters(column)}$${row + 1}`;
          const last = absolute(rect.row + rect.rows - 1, rect.column + rect.columns - 1);
          const first = absolute(rect.row, rect.column);
          formula = `=${quoteSheet(target.sheet.name)}!${first === last ? first : `${first}:${last}`}`;
        }
        ctx.write(null, "other");
        added = { name, formula, ...(comment ? { comment } : {}) };
        list.push(added);
      },
    });
    return new NamedItemProxy(
      ctx,
      () => {
        if (!added) throw new FakeOfficeError("InvalidObjectPath", "fake-excel: the name was not added");
        return added;
      },
      "NamedItem",
    );
  }
}

interface TableColumnTarget {
  readonly table: FakeTable;
  readonly index: number;
}

function tableRect(table: FakeTable): Rect {
  return parseRect(table.address);
}

function tableSheet(data: FakeWorkbookData, table: FakeTable): FakeSheetData {
  const sheet = data.sheets.find((s) => s.id === table.sheetId);
  if (!sheet) throw new FakeOfficeError("ItemNotFound", `fake-excel: the sheet of table ${table.name} is gone`);
  return sheet;
}

class TableColumnProxy extends FakeObject<TableColumnTarget> {
  protected scalars(target: TableColumnTarget): Record<string, () => unknown> {
    return { name: () => target.table.headers[target.index], index: () => target.index };
  }

  get name(): string {
    return this.get("name");
  }

  getDataBodyRange(): RangeProxy {
    this.ctx.enqueue({ size: 80, run: () => undefined });
    return new RangeProxy(this.ctx, () => {
      const target = this.resolve();
      if (!target) return null;
      const rect = tableRect(target.table);
      return {
        sheet: tableSheet(this.ctx.data, target.table),
        rect: { row: rect.row + 1, column: rect.column + target.index, rows: rect.rows - 1, columns: 1 },
      };
    });
  }
}

class TableColumnCollectionProxy extends FakeCollection<TableColumnTarget, TableColumnProxy> {
  constructor(ctx: Context, table: TableProxy) {
    super(
      ctx,
      () => {
        const found = table.resolve();
        return found ? found.headers.map((_, index) => ({ table: found, index })) : null;
      },
      "TableColumnCollection",
    );
  }

  protected item(target: TableColumnTarget): TableColumnProxy {
    return new TableColumnProxy(this.ctx, () => target, "TableColumn");
  }

  getItem(key: string | number): TableColumnProxy {
    this.ctx.enqueue({ size: 80, run: () => undefined });
    return new TableColumnProxy(
      this.ctx,
      () => {
        const all = this.resolve() ?? [];
        const found = typeof key === "number" ? all[key] : all.find((c) => c.table.headers[c.index] === key);
        if (!found) throw new FakeOfficeError("ItemNotFound", `fake-excel: no table column ${key}`);
        return found;
      },
      "TableColumn",
    );
  }

  getItemAt(index: number): TableColumnProxy {
    return this.getItem(index);
  }
}

class TableProxy extends FakeObject<FakeTable> {
  readonly columns: TableColumnCollectionProxy;

  constructor(ctx: Context, resolver: () => FakeTable | null) {
    super(ctx, resolver, "Table");
    this.columns = new TableColumnCollectionProxy(ctx, this);
  }

  protected scalars(target: FakeTable): Record<string, () => unknown> {
    return { name: () => target.name, style: () => target.style ?? "TableStyleMedium2" };
  }

  get name(): string {
    return this.get("name");
  }

  /** Table names are unique among the workbook's tables and names (Excel's error is a vague InvalidArgument). */
  set name(name: string) {
    this.ctx.enqueue({
      size: 80 + name.length,
      run: () => {
        const table = this.resolve();
        if (!table) throw new FakeOfficeError("InvalidObjectPath", "fake-excel: name of a null table");
        checkDefinedName(name, "InvalidArgument");
        if (nameTaken(this.ctx.data, name, table))
          throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
        this.ctx.write(null, "other");
        table.name = name;
      },
    });
  }

  get style(): string {
    return this.get("style");
  }

  set style(style: string) {
    this.ctx.enqueue({
      size: 80 + style.length,
      run: () => {
        const table = this.resolve();
        if (!table) throw new FakeOfficeError("InvalidObjectPath", "fake-excel: style of a null table");
        this.ctx.write(null, "other");
        table.style = style;
      },
    });
  }

  private part(rows: (rect: Rect) => Rect): RangeProxy {
    this.ctx.enqueue({ size: 80, run: () => undefined });
    return new RangeProxy(this.ctx, () => {
      const table = this.resolve();
      return table ? { sheet: tableSheet(this.ctx.data, table), rect: rows(tableRect(table)) } : null;
    });
  }

  getRange(): RangeProxy {
    return this.part((rect) => rect);
  }

  getHeaderRowRange(): RangeProxy {
    return this.part((rect) => ({ ...rect, rows: 1 }));
  }

  getDataBodyRange(): RangeProxy {
    return this.part((rect) => ({ ...rect, row: rect.row + 1, rows: rect.rows - 1 }));
  }
}

class TableCollectionProxy extends FakeCollection<FakeTable, TableProxy> {
  constructor(
    ctx: Context,
    private readonly worksheet: WorksheetProxy | null,
  ) {
    super(
      ctx,
      () => {
        const sheet = worksheet?.resolve();
        return (ctx.data.tables ?? []).filter((t) => !worksheet || t.sheetId === sheet?.id);
      },
      "TableCollection",
    );
  }

  protected item(target: FakeTable): TableProxy {
    return new TableProxy(this.ctx, () => target);
  }

  getItemOrNullObject(name: string): TableProxy {
    this.ctx.enqueue({ size: 80 + name.length, run: () => undefined });
    return new TableProxy(this.ctx, () => (this.resolve() ?? []).find((t) => sameName(t.name, name)) ?? null);
  }

  /**
   * A table over `address` whose first row holds the headers (as Excel: a blank header becomes "ColumnN", a repeated
   * one gets a number); a table of a header alone gets one empty row. Overlapping another table fails the sync.
   */
  add(address: string, hasHeaders: boolean): TableProxy {
    const ctx = this.ctx;
    let added: FakeTable | undefined;
    ctx.enqueue({
      size: 80 + address.length,
      run: () => {
        if (!hasHeaders) throw new FakeOfficeError("InvalidArgument", "fake-excel: tables.add without headers is not modelled");
        const bang = address.lastIndexOf("!");
        const sheet = this.worksheet
          ? this.worksheet.resolve()
          : findSheetByName(
              ctx.data,
              address
                .slice(0, Math.max(bang, 0))
                .replace(/^'(.*)'$/, "$1")
                .replace(/''/g, "'"),
            );
        if (!sheet) throw new FakeOfficeError("ItemNotFound", "fake-excel: tables.add on a missing sheet");
        const rect = parseRect(address);
        const tables = (ctx.data.tables ??= []);
        if (tables.some((t) => t.sheetId === sheet.id && intersectRects(tableRect(t), rect)))
          throw new FakeOfficeError("InvalidOperation", "fake-excel: a table cannot overlap another table");
        const headers: string[] = [];
        for (let c = 0; c < rect.columns; c++) {
          const text = String(valueAt(sheet, rect.row, rect.column + c)).trim();
          let header = text === "" ? `Column${c + 1}` : text;
          for (let n = 2; headers.some((h) => sameName(h, header)); n++) header = `${text}${n}`;
          headers.push(header);
          (sheet.values[rect.row] ??= [])[rect.column + c] = header;
        }
        let name = "";
        for (let n = 1; name === "" || nameTaken(ctx.data, name); n++) name = `Table${n}`;
        ctx.write(sheet, "other");
        added = { name, sheetId: sheet.id, address: rectA1({ ...rect, rows: Math.max(rect.rows, 2) }), headers };
        tables.push(added);
      },
    });
    return new TableProxy(ctx, () => {
      if (!added) throw new FakeOfficeError("InvalidObjectPath", "fake-excel: the table was not added");
      return added;
    });
  }
}

// --- The host -------------------------------------------------------------------------------------------------------

/** A fake Excel host over the workbook data (the data changes as the add-in writes). */
export function createFakeExcel(workbook: FakeWorkbookData, options: FakeOptions = {}): FakeExcel {
  const api = options.apiVersion ?? "1.18";
  const author = options.author ?? "Coordinator";
  const log: FakeSyncRecord[] = [];
  const stats: FakeStats = {
    log,
    get syncs() {
      return log.length;
    },
    get maxRequest() {
      return log.reduce((n, r) => Math.max(n, r.requestBytes), 0);
    },
    get maxResponse() {
      return log.reduce((n, r) => Math.max(n, r.responseBytes), 0);
    },
    reset() {
      log.length = 0;
    },
  };
  const handlers = new Set<ChangeHandler>();
  const sheetNamed = (name: string) => {
    const sheet = findSheet(workbook, name);
    if (!sheet) throw new Error(`fake-excel: no sheet "${name}"`);
    return sheet;
  };
  const moveRows = async (name: string, row: number, count: number, kind: "RowInserted" | "RowDeleted") => {
    const sheet = sheetNamed(name);
    shiftLines(sheet, "row", row - 1, kind === "RowInserted" ? count : -count);
    await dispatch(handlers, sheet, `A${row}:XFD${row + count - 1}`, kind, "Unknown");
  };
  const moveColumns = async (name: string, column: number, count: number, kind: "ColumnInserted" | "ColumnDeleted") => {
    const sheet = sheetNamed(name);
    shiftLines(sheet, "column", column - 1, kind === "ColumnInserted" ? count : -count);
    await dispatch(handlers, sheet, `${letters(column - 1)}1:${letters(column + count - 2)}1048576`, kind, "Unknown");
  };
  return {
    workbook,
    stats,
    isSetSupported: (name, version) => name === "ExcelApi" && apiAtLeast(api, version),
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const context = new Context(workbook, api, author, log, handlers);
      const result = await batch(context as unknown as Excel.RequestContext);
      return result;
    },
    async edit(name, address, values) {
      const sheet = sheetNamed(name);
      const rect = parseRect(address);
      if (values.length !== rect.rows || values.some((row) => row.length !== rect.columns))
        throw new Error(`fake-excel: ${values.length} rows of values for ${address}`);
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          (sheet.values[rect.row + r] ??= [])[rect.column + c] = value;
          sheet.formulas.delete(cellKey(rect.row + r, rect.column + c));
        }),
      );
      await dispatch(handlers, sheet, rectA1(rect), "RangeEdited", "Unknown");
    },
    insertRows: (name, row, count = 1) => moveRows(name, row, count, "RowInserted"),
    deleteRows: (name, row, count = 1) => moveRows(name, row, count, "RowDeleted"),
    insertColumns: (name, column, count = 1) => moveColumns(name, column, count, "ColumnInserted"),
    deleteColumns: (name, column, count = 1) => moveColumns(name, column, count, "ColumnDeleted"),
    changeHandlers: () => handlers.size,
  };
}

/** Calls every registered handler, as Excel does after a change; resolves when they have. */
async function dispatch(
  handlers: ReadonlySet<ChangeHandler>,
  sheet: FakeSheetData,
  address: string,
  changeType: FakeChangedArgs["changeType"],
  triggerSource: FakeChangedArgs["triggerSource"],
): Promise<void> {
  const args: FakeChangedArgs = { type: "WorksheetChanged", worksheetId: sheet.id, address, changeType, source: "Local", triggerSource };
  await Promise.all([...handlers].map((handler) => handler(args)));
}

/**
 * Whole rows (axis "row") or columns inserted (count > 0) or deleted (count < 0) at zero-based `at`: values, formulas,
 * formats, fills, notes and merged areas move; those inside deleted lines go.
 */
function shiftLines(sheet: FakeSheetData, axis: "row" | "column", at: number, count: number): void {
  if (axis === "row") {
    if (count > 0) sheet.values.splice(Math.min(at, sheet.values.length), 0, ...Array.from({ length: count }, () => []));
    else sheet.values.splice(at, -count);
  } else {
    for (const row of sheet.values) {
      if (row.length <= at) continue;
      if (count > 0) row.splice(at, 0, ...Array.from({ length: count }, () => ""));
      else row.splice(at, -count);
    }
  }
  /** A line's new index, or undefined when it was deleted. */
  const lineTo = (line: number): number | undefined => (line < at ? line : count < 0 && line < at - count ? undefined : line + count);
  const moved = (key: number): number | undefined => {
    const cell = keyCell(key);
    const to = lineTo(cell[axis]);
    if (to === undefined) return undefined;
    return axis === "row" ? cellKey(to, cell.column) : cellKey(cell.row, to);
  };
  for (const map of [sheet.formulas, sheet.formats, sheet.fills, sheet.notes, sheet.fonts] as (Map<number, unknown> | undefined)[]) {
    if (!map) continue;
    const entries = [...map];
    map.clear();
    for (const [key, value] of entries) {
      const to = moved(key);
      if (to !== undefined) map.set(to, value);
    }
  }
  if (sheet.merges)
    sheet.merges = sheet.merges.flatMap((address) => {
      const rect = parseRect(address);
      const to = lineTo(rect[axis]);
      return to === undefined ? [] : [rectA1({ ...rect, [axis]: to })];
    });
}
