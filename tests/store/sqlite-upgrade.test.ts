// A SQLite file of an earlier schema is brought up to date when opened, keeping its graph and the
// curation record it shares the file with: only search's index is made again.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../server/store/sqlite/schema.js';
import { SqliteCurationStore } from '../../server/store/sqlite/curation.js';
import { SqliteStore } from '../../server/store/sqlite/store.js';
import { fixture } from './fixture.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'govgraph-upgrade-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const USER = { name: 'ada', roles: ['editor:havering/csp'], passwordHash: 'scrypt$x', createdAt: '2026-11-01T09:00:00.000Z' };

/**
 * A file as this code writes it, turned back into the layout of schema 4 (FTS5, key_len), 5 (blocks
 * keyed by their first posting), 6 (postings without names) or 7 (terms folded otherwise: its
 * index is emptied, so only the index made again on opening answers); in each, as in 8, the
 * filters' text (search_lc) only lower-cased.
 */
async function olderFile(name: string, version: '4' | '5' | '6' | '7' | '8'): Promise<string> {
  const file = path.join(tmp, name);
  const store = new SqliteStore(file);
  await store.writeBatch(fixture(), { replace: true });
  await store.close();
  const curation = new SqliteCurationStore(file);
  await curation.putUser(USER);
  await curation.close();
  const db = new Database(file);
  db.exec("UPDATE nodes SET search_lc = lower(name || char(10) || coalesce((SELECT group_concat(value, char(10)) FROM json_each(aliases)), '') || char(10) || coalesce(text, ''))");
  // 6's tables are this layout's: its postings' names are left out in search-ranking.test.ts
  if (version === '7' || version === '8') db.exec('DELETE FROM search_blocks; DELETE FROM search_keys;');
  else if (version !== '6') db.exec('DROP TABLE search_blocks; DROP TABLE search_keys;');
  if (version === '4') {
    db.exec('ALTER TABLE nodes ADD COLUMN key_len INTEGER NOT NULL DEFAULT 0');
    db.exec("CREATE VIRTUAL TABLE nodes_fts USING fts5(name_terms, text_terms, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')");
  } else if (version === '5') {
    db.exec('CREATE TABLE search_blocks (key TEXT NOT NULL, lo TEXT NOT NULL, entries TEXT NOT NULL, PRIMARY KEY (key, lo)) WITHOUT ROWID');
    db.exec('CREATE TABLE search_keys (key TEXT PRIMARY KEY, blocks INTEGER NOT NULL) WITHOUT ROWID');
  }
  db.prepare("UPDATE meta SET value = ? WHERE key = 'schema'").run(version);
  db.close();
  return file;
}

const schemaOf = (file: string): string => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], string>("SELECT value FROM meta WHERE key = 'schema'").pluck().get()!;
  } finally {
    db.close();
  }
};

describe('SQLite schema upgrade', () => {
  for (const version of ['4', '5', '6', '7', '8'] as const) {
    it(`opens a file of schema ${version}: the same graph, search answers, the curation record kept`, async () => {
      const file = await olderFile(`schema-${version}.sqlite`, version);
      const store = new SqliteStore(file);
      expect(schemaOf(file)).toBe(SCHEMA_VERSION);
      expect((await store.stats()).nodes).toBe(fixture().nodes.length);
      expect((await store.search({ text: 'MARAC', first: 1 }))[0]?.node.id).toBe('havering/marac');
      expect(await store.search({ text: 'met  police', first: 3 })).toMatchObject([{ node: { id: 'org/met-police' }, matched: 'Met Police' }]);
      // the filters' text folded as search's: "multi agency" finds the alias "Multi-Agency Risk Assessment Conference"
      expect((await store.listNodes({ text: 'multi agency risk', first: 5 })).items.map((n) => n.id)).toEqual(['havering/marac']);
      // and the upgraded file takes writes: a new node is found by search
      await store.writeBatch({ nodes: [{ ...fixture().nodes[2]!, id: 'havering/new-panel', name: 'Knife Crime Panel', aliases: [] }], rels: [] });
      expect((await store.search({ text: 'knife crime', first: 1 }))[0]?.node.id).toBe('havering/new-panel');
      await store.close();
      const curation = new SqliteCurationStore(file);
      expect(await curation.getUser('ada')).toMatchObject(USER);
      await curation.close();
    });
  }

  it('refuses a file of a schema it cannot bring up to date, naming what to do, and leaves it as it was', async () => {
    const file = path.join(tmp, 'schema-3.sqlite');
    const db = new Database(file);
    db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID; INSERT INTO meta VALUES ('schema', '3')");
    db.close();
    expect(() => new SqliteStore(file)).toThrow(/store schema 3, which this code \(schema \d+\) cannot bring up to date: delete it and run npm run seed/);
    expect(schemaOf(file)).toBe('3');
  });
});
