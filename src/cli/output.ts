/**
 * A report written to stdout piece by piece, in chunks of about 64 KB: a plan with an issue on each of a million rows
 * has a report of hundreds of MB, which would otherwise be one string (and its bytes again in the stream's buffer).
 */

/** The part of a writable stream the command uses; `once`/`off`, when present, let it wait for a full pipe to drain. */
export interface Output {
  write(text: string): unknown;
  once?(event: "drain" | "close" | "error", listener: () => void): unknown;
  off?(event: "drain" | "close" | "error", listener: () => void): unknown;
}

const CHUNK = 1 << 16;

export class ChunkedOutput {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly out: Output,
    private readonly chunk = CHUNK,
  ) {}

  /** Adds `text`; true when a chunk is full and the caller should `await flush()` before adding more. */
  add(text: string): boolean {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= this.chunk;
  }

  /** Writes what was added; waits while the stream says its buffer is full (a slow pipe), or until it closes. */
  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.parts = [];
    this.size = 0;
    if (this.out.write(text) !== false || !this.out.once) return;
    const { out } = this;
    await new Promise<void>((resolve) => {
      const done = () => {
        for (const event of ["drain", "close", "error"] as const) out.off?.(event, done);
        resolve();
      };
      for (const event of ["drain", "close", "error"] as const) out.once?.(event, done);
    });
  }
}
