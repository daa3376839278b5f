// Search's index (store/search-index.ts) in SQLite: one row per block, keyed (key, lo), so every
// read of it is one seek in the primary key; search_keys holds each key's number of blocks.
import type Database from 'better-sqlite3';
import type { GraphNode } from '../../domain/model.js';
import { blockCounts, buildBlocks, editBlocks, indexEdits, rankOfEntry, type Block } from '../search-index.js';
import type { OpenKey, SearchIndex } from '../search-streams.js';

export const SEARCH_BLOCKS_TABLE = `
CREATE TABLE IF NOT EXISTS search_blocks (
  key TEXT NOT NULL,
  lo TEXT NOT NULL,
  entries TEXT NOT NULL,             -- JSON list, in rank order
  PRIMARY KEY (key, lo)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_keys (key TEXT PRIMARY KEY, blocks INTEGER NOT NULL) WITHOUT ROWID;`;

type Row = { key: string; lo: string; entries: string };
const blockOf = (r: Row | undefined): Block | null => (r ? { key: r.key, lo: r.lo, entries: JSON.parse(r.entries) as string[] } : null);

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
    first: () => this.stmt<[string], Row>('SELECT key, lo, entries FROM search_blocks WHERE key = ? ORDER BY lo LIMIT 1'),
    holding: () => this.stmt<[string, string], Row>('SELECT key, lo, entries FROM search_blocks WHERE key = ? AND lo <= ? ORDER BY lo DESC LIMIT 1'),
    next: () => this.stmt<[string, string], Row>('SELECT key, lo, entries FROM search_blocks WHERE key = ? AND lo > ? ORDER BY lo LIMIT 1'),
    insert: () => this.stmt<[string, string, string], unknown>('INSERT INTO search_blocks (key, lo, entries) VALUES (?, ?, ?)'),
    delete: () => this.stmt<[string, string], unknown>('DELETE FROM search_blocks WHERE key = ? AND lo = ?'),
  };

  /** The block of `key` holding `rank` (or where it would go), null when the key has none. */
  private holding(key: string, rank: string | null): Block | null {
    return blockOf((rank !== null ? this.blocks.holding().get(key, rank) : undefined) ?? this.blocks.first().get(key));
  }

  reader(nodes: SearchIndex['nodes']): SearchIndex {
    return {
      open: async (ranges) =>
        ranges.map((r) => this.blocks.keys().all(r.lo, r.hi).map((k): OpenKey => ({ ...k, start: this.holding(k.key, r.after)! }))),
      nextBlock: async (key, lo) => blockOf(this.blocks.next().get(key, lo)),
      nodes,
    };
  }

  private insert(blocks: readonly Block[]): void {
    const insert = this.blocks.insert();
    for (const b of blocks) insert.run(b.key, b.lo, JSON.stringify(b.entries));
  }

  private count(key: string, delta: number): void {
    this.blocks.addKey().run(key, delta);
    if (delta < 0) this.blocks.dropEmptyKey().run(key);
  }

  /** A whole graph's index, into an empty table (inside the seed's transaction). */
  seed(nodes: readonly GraphNode[]): void {
    this.db().exec('DELETE FROM search_blocks; DELETE FROM search_keys;');
    const blocks = buildBlocks(nodes).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.lo < b.lo ? -1 : 1));
    this.insert(blocks);
    for (const [key, n] of blockCounts(blocks)) this.count(key, n);
  }

  /** An upsert's changes (inside its transaction): `old`, the nodes as they were, null for new ones. */
  update(old: readonly (GraphNode | null)[], changed: readonly GraphNode[]): void {
    for (const [key, edit] of indexEdits(old, changed)) {
      const ranks = [...edit.remove, ...edit.add.map(rankOfEntry)];
      const found = ranks.map((r) => this.holding(key, r)).filter((b): b is Block => b !== null);
      const { replaced, blocks } = editBlocks(key, found, edit);
      for (const b of replaced) this.blocks.delete().run(b.key, b.lo);
      this.insert(blocks);
      if (blocks.length !== replaced.length) this.count(key, blocks.length - replaced.length);
    }
  }
}
