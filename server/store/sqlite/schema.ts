// The SQLite layout. Evidence has its own table keyed by owner and order, and search has its index
// (store/search-index.ts) in search_blocks. Validity is stored as normalised ISO days, so "as at" is a range test.
import type Database from 'better-sqlite3';
import { EVIDENCE_BASES } from '../../domain/model.js';
import { SEARCH_BLOCKS_TABLE } from './search-blocks.js';

// 4: evidence basis ATTESTED (curation); 5: search_blocks for FTS5; 6: search blocks keyed by their last posting, front-coded;
// 7: search's postings of names' terms carry the names holding them (search-entries.ts);
// 8: search's terms and keys folded anew (search-terms.ts TERMS_VERSION 2: apostrophes, "&", hyphenated words closed up);
// 9: nodes' search_lc folded as search's terms (text-fold.ts filterText), where 8 only lower-cased it
export const SCHEMA_VERSION = '9';

const TABLES = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nodes (
  seq INTEGER PRIMARY KEY,           -- rowid, the owner key of the node's evidence
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,             -- JSON list
  text TEXT,
  partnership TEXT,
  valid_from TEXT,
  valid_to TEXT,
  valid_start TEXT NOT NULL,         -- first day of valid_from's period, or 0000-01-01
  valid_end TEXT NOT NULL,           -- last day of valid_to's period, or 9999-12-31
  note TEXT,
  props TEXT NOT NULL,               -- JSON object
  search_lc TEXT NOT NULL            -- name, aliases and text folded (text-fold.ts filterText), for substring filters
);
CREATE TABLE IF NOT EXISTS rels (
  seq INTEGER PRIMARY KEY,           -- rowid, the owner key of the relationship's evidence
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  from_id TEXT NOT NULL,
  to_id TEXT NOT NULL,
  valid_from TEXT,
  valid_to TEXT,
  valid_start TEXT NOT NULL,
  valid_end TEXT NOT NULL,
  note TEXT,
  props TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS evidence (
  owner_kind TEXT NOT NULL CHECK (owner_kind IN ('node', 'rel')),
  owner INTEGER NOT NULL,            -- seq of the node or relationship
  ord INTEGER NOT NULL,
  source TEXT NOT NULL,
  locator TEXT NOT NULL,
  quote TEXT NOT NULL,
  basis TEXT NOT NULL CHECK (basis IN (${EVIDENCE_BASES.map((b) => `'${b}'`).join(', ')})),
  note TEXT,
  PRIMARY KEY (owner_kind, owner, ord)
) WITHOUT ROWID;
${SEARCH_BLOCKS_TABLE}
`;

/**
 * Secondary indexes, by the access paths of the contract.
 * Kept apart so a whole-graph replace can drop them and build each once after loading, which is
 * much faster than keeping them up to date row by row. Unique indexes stay: the batch is written
 * in their order, so they only ever append.
 */
export const INDEXES: Record<string, string> = {
  rels_from_type: 'CREATE INDEX IF NOT EXISTS rels_from_type ON rels (from_id, type)',
  rels_to_type: 'CREATE INDEX IF NOT EXISTS rels_to_type ON rels (to_id, type)',
  nodes_kind: 'CREATE INDEX IF NOT EXISTS nodes_kind ON nodes (kind, id)',
  nodes_partnership: 'CREATE INDEX IF NOT EXISTS nodes_partnership ON nodes (partnership, id)',
};

/** Schemas whose graph this code reads once search is made again: only search's tables and search_lc changed since. */
const SEARCH_ONLY_CHANGED = new Set(['4', '5', '6', '7', '8']);

/**
 * Creates the tables of a new file, or brings a file of an older schema up to date in place. The
 * file also holds the curation record (accounts, change sets, the audit), so an upgrade must never
 * ask for the file to be deleted when it can keep it. `remakeSearch` makes search's index and the
 * nodes' search_lc again from the nodes, in the upgrade's transaction: a failed upgrade leaves the file as it was.
 */
export function createSchema(db: Database.Database, remakeSearch: () => void): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID');
  const version = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'schema'").get()?.value;
  if (version !== undefined && version !== SCHEMA_VERSION && !SEARCH_ONLY_CHANGED.has(version)) {
    throw new Error(`the database was written with store schema ${version}, which this code (schema ${SCHEMA_VERSION}) cannot bring up to date: delete it and run npm run seed`);
  }
  const upgrade = version !== undefined && version !== SCHEMA_VERSION;
  db.transaction(() => {
    // 4 kept search in an FTS5 table and each node's shortest name length; 5 had blocks keyed by their first posting; 6 postings without names; 7 terms folded otherwise; 8 search_lc only lower-cased
    if (upgrade) {
      db.exec('DROP TABLE IF EXISTS nodes_fts; DROP TABLE IF EXISTS search_blocks; DROP TABLE IF EXISTS search_keys;');
      const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('nodes')").all();
      if (columns.some((c) => c.name === 'key_len')) db.exec('ALTER TABLE nodes DROP COLUMN key_len');
    }
    db.exec(TABLES);
    for (const sql of Object.values(INDEXES)) db.exec(sql);
    if (upgrade) remakeSearch();
    db.prepare("INSERT INTO meta (key, value) VALUES ('schema', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(SCHEMA_VERSION);
  }).immediate();
}

export function dropIndexes(db: Database.Database): void {
  for (const name of Object.keys(INDEXES)) db.exec(`DROP INDEX IF EXISTS ${name}`);
}

export function createIndexes(db: Database.Database): void {
  for (const sql of Object.values(INDEXES)) db.exec(sql);
}
