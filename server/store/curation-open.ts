// Opens the curation store beside the graph store that openStore(env) opens: the same Neo4j
// database when NEO4J_URI is set, else the same SQLite file.
import path from 'node:path';
import type { CurationStore } from './curation-contract.js';
import { openNeo4jCurationStore } from './neo4j/curation.js';
import { DEFAULT_SQLITE_FILE } from './open.js';
import { SqliteCurationStore } from './sqlite/curation.js';

export async function openCurationStore(env: NodeJS.ProcessEnv = process.env): Promise<CurationStore> {
  const uri = env.NEO4J_URI?.trim();
  if (uri) {
    return openNeo4jCurationStore({
      uri,
      user: env.NEO4J_USER || undefined,
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE || undefined,
    });
  }
  const file = env.GOVGRAPH_DB?.trim() || DEFAULT_SQLITE_FILE;
  return new SqliteCurationStore(file === ':memory:' ? file : path.resolve(file));
}
