// Downloads kept under the graph's version, and made one at a time. A whole-graph export costs
// seconds of the server's CPU (an xlsx of every partnership: 3-9 s, found by the abusive-client
// hunt), and an unchanged graph gives the same file for the same question on the same day: asked
// again, it is sent as kept; asked many times at once, it is made once. Different questions wait
// their turn, a few at most, and past that are refused (ExportBusyError: 503 with Retry-After), so
// anonymous downloads cannot take the whole server.

export interface ExportFile {
  name: string;
  contentType: string;
  body: Buffer;
}

/** An export the server will not start now: too many are waiting. */
export class ExportBusyError extends Error {}

export interface ExportLimits {
  /** exports made at once */
  running: number;
  /** exports waiting for their turn; more are refused */
  waiting: number;
  /** bytes of files kept in all; a file larger than a quarter of it is sent, not kept */
  keptBytes: number;
}

export const DEFAULT_EXPORT_LIMITS: ExportLimits = { running: 1, waiting: 4, keptBytes: 64 * 2 ** 20 };

export class ExportCache {
  private readonly kept = new Map<string, Promise<ExportFile>>();
  private readonly sizes = new Map<string, number>();
  private keptTotal = 0;
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly limits: ExportLimits = DEFAULT_EXPORT_LIMITS) {}

  /** The file for `key`: kept, being made, or made now by `make` in its turn. */
  get(key: string, make: () => Promise<ExportFile>): Promise<ExportFile> {
    const hit = this.kept.get(key);
    if (hit) {
      // the most recently used last: the oldest goes first
      this.kept.delete(key);
      this.kept.set(key, hit);
      return hit;
    }
    if (this.running >= this.limits.running && this.queue.length >= this.limits.waiting) {
      return Promise.reject(new ExportBusyError(`the server is making ${this.running + this.queue.length} exports already: try again shortly`));
    }
    const made = this.inTurn(make);
    this.kept.set(key, made);
    made.then(
      (file) => this.sized(key, made, file.body.length),
      () => this.kept.get(key) === made && this.kept.delete(key),
    );
    return made;
  }

  private async inTurn(make: () => Promise<ExportFile>): Promise<ExportFile> {
    if (this.running >= this.limits.running) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.running++;
    try {
      return await make();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }

  /** Counts a made file against the bytes kept, dropping the oldest (or the file itself, when too large). */
  private sized(key: string, made: Promise<ExportFile>, bytes: number): void {
    if (this.kept.get(key) !== made) return;
    if (bytes > this.limits.keptBytes / 4) return void this.kept.delete(key);
    this.sizes.set(key, bytes);
    this.keptTotal += bytes;
    for (const old of this.kept.keys()) {
      if (this.keptTotal <= this.limits.keptBytes) break;
      const size = this.sizes.get(old);
      // a file still being made has no size yet, and stays
      if (size === undefined || old === key) continue;
      this.kept.delete(old);
      this.sizes.delete(old);
      this.keptTotal -= size;
    }
  }
}
