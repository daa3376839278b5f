// Opening a connection to the embedded engine's file: its pragmas, and for the store's own
// connection (not a read view's) the schema, created or brought up to date (schema.ts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { GraphNode } from '../../domain/model.js';
import { StoreUnavailableError } from '../errors.js';
import { filterText } from '../text-fold.js';
import { NODE_COLUMNS, toNode, type NodeRow } from './rows.js';
import { createSchema } from './schema.js';
import { SqliteSearchBlocks } from './search-blocks.js';

/** Every node of the file (search's index and the filters' text are made from them when a schema upgrade changed how they fold). */
const allNodes = (db: Database.Database): GraphNode[] => db.prepare<[], NodeRow>(`SELECT ${NODE_COLUMNS} FROM nodes n`).raw(true).all().map(toNode);

/** Search's index and every node's filter text (search_lc) made again, as this code folds them. */
function remakeSearch(db: Database.Database): void {
  const nodes = allNodes(db);
  const setText = db.prepare<[string, string]>('UPDATE nodes SET search_lc = ? WHERE id = ?');
  for (const n of nodes) setText.run(filterText([n.name, ...n.aliases, n.text]), n.id);
  new SqliteSearchBlocks(() => db).seed(nodes);
}

/** A connection to `file` (':memory:' for a database of its own); `schema`: create or upgrade the schema (the store's own connection). */
export function openDatabase(file: string, schema: boolean): Database.Database {
  let db: Database.Database | undefined;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file);
    // Pages of 16 KiB (for a new file; an existing one keeps its own): search's blocks (1-3 KiB
    // each) then fit in their page, where 4 KiB pages spilled each into an overflow page of its own.
    db.pragma('page_size = 16384');
    db.pragma('journal_mode = WAL');
    // WAL with NORMAL is safe against corruption; only the last commits may be lost on power failure.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    // Bounds the work of PRAGMA optimize (run on close) on a large graph.
    db.pragma('analysis_limit = 1000');
    const opened = db;
    if (schema) createSchema(opened, () => remakeSearch(opened));
    return db;
  } catch (err) {
    db?.close();
    throw new StoreUnavailableError(`cannot open the SQLite store at ${file}: ${(err as Error).message}`);
  }
}
