// Whole GraphQL answers kept by request and graph version: a repeated read of an unchanged graph
// is sent again without parsing, validating or executing anything. The version comes from the
// store (GraphStore.graphVersion), so a write by any process on the same database retires every
// entry at once; old entries are never read again and age out of the LRU.

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: string;
  /** strong validator of this answer: the graph version and the request */
  etag: string;
}

export interface ResponseCacheOptions {
  /** total size of the kept bodies, bytes (default 32 MiB) */
  maxBytes?: number;
  /** an answer larger than this is not kept (default 4 MiB) */
  maxEntryBytes?: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private readonly maxBytes: number;
  private readonly maxEntryBytes: number;

  constructor(opts: ResponseCacheOptions = {}) {
    this.maxBytes = opts.maxBytes ?? 32 * 2 ** 20;
    this.maxEntryBytes = opts.maxEntryBytes ?? 4 * 2 ** 20;
  }

  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // most recently used last: Map keeps insertion order
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: CachedResponse): void {
    const size = sizeOf(key, value);
    if (size > this.maxEntryBytes) return;
    this.delete(key);
    this.entries.set(key, value);
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(oldest, entry);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(key, old);
  }
}

// UTF-16 length is a close enough measure of memory, and costs nothing to read.
const sizeOf = (key: string, value: CachedResponse): number => key.length + value.body.length;
