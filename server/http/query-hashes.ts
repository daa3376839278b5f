// The SHA-256 of each query text /graphql has seen, so Apollo is not asked to hash the same text
// again on every request: its document cache is keyed by the hash, which it computes for every
// request that sends a text (a SHA-256 through node:crypto, 10-15 µs of a 100-700 µs request).
// The route hands Apollo a known text as an automatic persisted query, by its hash alone, and lends
// Apollo's APQ cache the text for the time of that request (registered-queries.ts reads lent texts
// first), so the answer is the one the text gets: the same document, parsed and validated once.
import { createHash } from 'node:crypto';

/** Texts longer than this are hashed by Apollo each time: none of the web app's is near it. */
const MAX_TEXT = 16 * 1024;
/** Known texts kept, in characters, before the oldest half is forgotten. */
const MAX_KEPT = 2 * 2 ** 20;

export class QueryHashes {
  private current = new Map<string, string>();
  private previous = new Map<string, string>();
  private kept = 0;
  private readonly lent = new Map<string, { text: string; requests: number }>();

  /** The text's SHA-256 (hex), computed once while it is kept; undefined for a text too long to keep. */
  hashOf(text: string): string | undefined {
    let hash = this.current.get(text);
    if (hash !== undefined) return hash;
    if (text.length > MAX_TEXT) return undefined;
    hash = this.previous.get(text) ?? createHash('sha256').update(text).digest('hex');
    if (this.kept + text.length > MAX_KEPT) {
      this.previous = this.current;
      this.current = new Map();
      this.kept = 0;
    }
    this.current.set(text, hash);
    this.kept += text.length;
    return hash;
  }

  /** Makes the text readable by its hash until release(hash) (once per lend). */
  lend(hash: string, text: string): void {
    const entry = this.lent.get(hash);
    if (entry) entry.requests++;
    else this.lent.set(hash, { text, requests: 1 });
  }

  release(hash: string): void {
    const entry = this.lent.get(hash);
    if (entry && --entry.requests === 0) this.lent.delete(hash);
  }

  /** A text lent under this hash, for Apollo's APQ cache. */
  textOf(hash: string): string | undefined {
    return this.lent.get(hash)?.text;
  }
}
