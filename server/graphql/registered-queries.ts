// Queries registered ahead of their first request: the web app's build lists every query it can
// send, keyed by the SHA-256 of its text (web/build/persisted-queries.ts), so its automatic
// persisted queries are known from the server's start. Apollo's APQ cache looks here first; a
// query registered by a client's POST (another client, or a build the server was not started with)
// is kept in an LRU as Apollo would keep it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { InMemoryLRUCache, PrefixingKeyValueCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The registry of a build: an object of hash → query text. Every hash must be its text's, so the
 * file can map a hash to no other query than the one a client would have registered.
 */
export function readRegisteredQueries(file: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not a readable JSON file of registered queries: ${(e as Error).message}`, { cause: e });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${file}: expected an object of SHA-256 hash → query text`);
  const queries = new Map<string, string>();
  for (const [hash, text] of Object.entries(parsed)) {
    if (typeof text !== 'string' || sha256(text) !== hash) throw new Error(`${file}: "${hash.slice(0, 16)}…" is not the SHA-256 of its query text`);
    queries.set(hash, text);
  }
  return queries;
}

/** Texts the /graphql route lends by hash for the time of a request (server/http/query-hashes.ts). */
export interface LentQueries {
  textOf(hash: string): string | undefined;
}

class RegisteredFirst implements KeyValueCache<string> {
  constructor(
    private readonly registered: ReadonlyMap<string, string>,
    private readonly others: KeyValueCache<string>,
    private readonly lent: LentQueries | undefined,
  ) {}

  async get(hash: string): Promise<string | undefined> {
    return this.registered.get(hash) ?? this.lent?.textOf(hash) ?? this.others.get(hash);
  }

  async set(hash: string, text: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (!this.registered.has(hash)) await this.others.set(hash, text, options);
  }

  async delete(hash: string): Promise<boolean | void> {
    return this.others.delete(hash);
  }
}

/**
 * Apollo's APQ cache with these queries known from the start, and the texts the route lends while
 * their requests run (keyed by the bare hash: this cache holds nothing else).
 */
export const persistedQueryCache = (registered: ReadonlyMap<string, string>, lent?: LentQueries): KeyValueCache<string> =>
  PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation(new RegisteredFirst(registered, new InMemoryLRUCache<string>(), lent));
