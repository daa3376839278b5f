// Chooses the engine: Neo4j when NEO4J_URI is set, else the embedded SQLite file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphStore } from './contract.js';
import { openNeo4jStore } from './neo4j/connect.js';
import { openSqliteStore } from './sqlite/store.js';

/** data/govgraph.sqlite at the repository root, wherever the process was started. */
export const DEFAULT_SQLITE_FILE = fileURLToPath(new URL('../../data/govgraph.sqlite', import.meta.url));

/**
 * NEO4J_URI (with NEO4J_USER, default neo4j; NEO4J_PASSWORD, no auth when unset; NEO4J_DATABASE,
 * default the server's) selects Neo4j. Otherwise SQLite at GOVGRAPH_DB (a path, or ':memory:'),
 * default data/govgraph.sqlite, created with its folder.
 * Throws StoreUnavailableError, with a one-line message naming the URI or file, when it cannot open.
 */
export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<GraphStore> {
  const uri = env.NEO4J_URI?.trim();
  if (uri) {
    return openNeo4jStore({
      uri,
      user: env.NEO4J_USER || undefined,
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE || undefined,
    });
  }
  const file = env.GOVGRAPH_DB?.trim() || DEFAULT_SQLITE_FILE;
  return openSqliteStore(file === ':memory:' ? file : path.resolve(file));
}

/** Where openStore(env) will look, for messages. */
export const describeStore = (env: NodeJS.ProcessEnv = process.env): string =>
  env.NEO4J_URI?.trim() ? `Neo4j at ${env.NEO4J_URI.trim()}` : `SQLite at ${env.GOVGRAPH_DB?.trim() || DEFAULT_SQLITE_FILE}`;
