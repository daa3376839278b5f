// Search's index (store/search-index.ts) in SQLite: one row per block, keyed (key, last), so every
// read of it is one seek in the primary key; postings are stored front-coded (search-entries.ts);
// search_keys holds each key's number of blocks.
import type Database from 'better-sqlite3';
import type { GraphNode } from '../../domain/model.js';
import { decodeEntries, encodeEntries } from '../search-entries.js';
import { blockCounts, buildBlocks, editBlocks, editedRanks, indexEdits, type Block } from '../search-index.js';
import { justAfter, type OpenKey, type SearchIndex } from '../search-streams.js';

export const SEARCH_BLOCKS_TABLE = `
CREATE TABLE IF NOT EXISTS search_blocks (
  key TEXT NOT NULL,
  last TEXT NOT NULL,                -- the last posting's rank key
  entries TEXT NOT NULL,             -- front-coded postings, in rank order
  PRIMARY KEY (key, last)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_keys (key TEXT PRIMARY KEY, blocks INTEGER NOT NULL) WITHOUT ROWID;`;

type Row = { key: string; last: string; entries: string };
const blockOf = (r: Row | undefined): Block | null => (r ? { key: r.key, last: r.last, entries: decodeEntries(r.entries) } : null);

export class SqliteSearchBlocks {
  constructor(private readonly db: () => Database.Database) {}

  private readonly made = new Map<string, Database.Statement>();
  private stmt<P extends unknown[], R>(sql: string): Database.Statement<P, R> {
    let s = this.made.get(sql);
    if (!s) this.made.set(sql, (s = this.db().prepare(sql)));
    return s as unknown as Database.Statement<P, R>;
  }

  private readonly blocks = {
    keys: () => this.stmt<[string, string], { key: string; blocks: number }>('SELECT key, blocks FROM search_keys WHERE key >= ? AND key < ? ORDER BY key'),
    addKey: () =>
      this.stmt<[string, number], unknown>('INSERT INTO search_keys (key, blocks) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET blocks = blocks + excluded.blocks'),
    dropEmptyKey: () => this.stmt<[string], unknown>('DELETE FROM search_keys WHERE key = ? AND blocks = 0'),
    holding: () => this.stmt<[string, string], Row>('SELECT key, last, entries FROM search_blocks WHERE key = ? AND last >= ? ORDER BY last LIMIT 1'),
    lastOf: () => this.stmt<[string], Row>('SELECT key, last, entries FROM search_blocks WHERE key = ? ORDER BY last DESC LIMIT 1'),
    insert: () => this.stmt<[string, string, string], unknown>('INSERT INTO search_blocks (key, last, entries) VALUES (?, ?, ?)'),
    delete: () => this.stmt<[string, string], unknown>('DELETE FROM search_blocks WHERE key = ? AND last = ?'),
  };

  /** The first block of `key` holding a posting at or after `rank`. */
  private holding(key: string, rank: string): Block | null {
    return blockOf(this.blocks.holding().get(key, rank));
  }

  reader(nodes: SearchIndex['nodes']): SearchIndex {
    return {
      open: async (ranges) =>
        ranges.map((r) => this.blocks.keys().all(r.lo, r.hi).map((k): OpenKey => ({ ...k, start: this.holding(k.key, r.after === null ? '' : justAfter(r.after)) }))),
      seek: async (key, rank) => this.holding(key, rank),
      nodes,
    };
  }

  private insert(blocks: readonly Block[]): void {
    const insert = this.blocks.insert();
    for (const b of blocks) insert.run(b.key, b.last, encodeEntries(b.entries));
  }

  private count(key: string, delta: number): void {
    this.blocks.addKey().run(key, delta);
    if (delta < 0) this.blocks.dropEmptyKey().run(key);
  }

  /** A whole graph's index, into an empty table (inside the seed's transaction). */
  seed(nodes: readonly GraphNode[]): void {
    this.db().exec('DELETE FROM search_blocks; DELETE FROM search_keys;');
    const blocks = buildBlocks(nodes).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.last < b.last ? -1 : 1));
    this.insert(blocks);
    for (const [key, n] of blockCounts(blocks)) this.count(key, n);
  }

  /** An upsert's changes (inside its transaction): `old`, the nodes as they were, null for new ones. */
  update(old: readonly (GraphNode | null)[], changed: readonly GraphNode[]): void {
    for (const [key, edit] of indexEdits(old, changed)) {
      // the block holding each rank key, or (past the end) the key's last block
      const found = editedRanks(edit)
        .map((rank) => this.holding(key, rank) ?? blockOf(this.blocks.lastOf().get(key)))
        .filter((b): b is Block => b !== null);
      const { replaced, blocks } = editBlocks(key, found, edit);
      for (const b of replaced) this.blocks.delete().run(b.key, b.last);
      this.insert(blocks);
      if (blocks.length !== replaced.length) this.count(key, blocks.length - replaced.length);
    }
  }
}
