/** Round trips to Excel: counting `context.sync()` calls, the payload budget per sync, and yielding to the pane. */

/** Excel on the web refuses requests and responses larger than 5 MB (taken as 5,000,000 bytes). */
export const PAYLOAD_LIMIT = 5_000_000;
/** What one sync is planned to carry each way: estimates stay well under the limit. */
export const SYNC_BUDGET = 4_000_000;

export class Batch {
  /** context.sync() calls made so far (failed ones included: each was a round trip). */
  syncs = 0;
  private readonly worksheetsById = new Map<string, Excel.Worksheet>();

  constructor(readonly context: Excel.RequestContext) {}

  async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }

  /** One worksheet proxy per sheet id, reused across syncs. */
  worksheet(id: string): Excel.Worksheet {
    let sheet = this.worksheetsById.get(id);
    if (!sheet) {
      sheet = this.context.workbook.worksheets.getItem(id);
      this.worksheetsById.set(id, sheet);
    }
    return sheet;
  }

  /** Forgets proxies made in a batch that failed (their object paths are no longer valid). */
  forget(): void {
    this.worksheetsById.clear();
  }
}

/** The Office error code ("ItemNotFound", "ResponsePayloadSizeLimitExceeded", ...) of an error, if it has one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error) ?? "";
  return /PayloadSizeLimitExceeded|RequestTooLarge|ResponseTooLarge/i.test(code);
}

/** Lets the task pane repaint and Excel breathe between round trips (desktop Excel restarts add-ins that hang). */
export function yieldToPane(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A piece of work for one sync: its estimated payload each way, and what it queues. */
export interface BatchOp {
  /** Estimated request bytes (addresses, note texts, settings values). */
  readonly request: number;
  /** Estimated response bytes (loaded values). */
  readonly response: number;
  /** Queues the op's calls; returns what to do with the loaded results once the sync succeeded. */
  queue(batch: Batch): (() => void) | void;
}

/** Groups ops, in order, into as few syncs as the budget allows (an op larger than the budget gets a sync of its own). */
export function packOps<T extends Pick<BatchOp, "request" | "response">>(
  ops: readonly T[],
  requestBudget = SYNC_BUDGET,
  responseBudget = SYNC_BUDGET,
): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let request = 0;
  let response = 0;
  for (const op of ops) {
    if (group.length > 0 && (request + op.request > requestBudget || response + op.response > responseBudget)) {
      groups.push(group);
      group = [];
      request = 0;
      response = 0;
    }
    group.push(op);
    request += op.request;
    response += op.response;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Runs read ops in packed syncs, yielding to the pane between them. */
export async function runReadOps(batch: Batch, ops: readonly BatchOp[], afterSync?: () => void): Promise<void> {
  for (const group of packOps(ops)) {
    const finishers = group.map((op) => op.queue(batch));
    await batch.sync();
    for (const finish of finishers) finish?.();
    afterSync?.();
    await yieldToPane();
  }
}

/** Approximate size in bytes of a JSON payload (UTF-16 length; close enough for budgeting). */
export function jsonSize(value: unknown): number {
  return value === undefined ? 0 : JSON.stringify(value).length;
}
