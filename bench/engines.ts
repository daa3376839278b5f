// The engines a bench part runs on: SQLite (a temporary file) always, and Neo4j when NEO4J_URI is
// set. The Neo4j database at NEO4J_URI is reseeded: point it at a test server
// (scripts/neo4j/server.sh), never at a graph you keep.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { GraphStore } from '../server/store/contract.js';
import { NEO4J } from './national/server-process.js';

export interface Engine {
  name: 'SQLite' | 'Neo4j';
  /** opens the store, empty or not: the part seeds it */
  open(): Promise<GraphStore>;
  /** removes what open() made (SQLite's temporary folder) */
  cleanUp(): void;
  /** what a server process (national/server-process.ts) serves this store from: the SQLite file, or NEO4J */
  served: string;
}

export function engines(): Engine[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-bench-'));
  const file = path.join(dir, 'graph.sqlite');
  const list: Engine[] = [
    {
      name: 'SQLite',
      open: async () => (await import('../server/store/sqlite/store.js')).openSqliteStore(file),
      cleanUp: () => rmSync(dir, { recursive: true, force: true }),
      served: file,
    },
  ];
  if (process.env.NEO4J_URI?.trim()) {
    list.push({ name: 'Neo4j', open: async () => (await import('../server/store/open.js')).openStore(process.env), cleanUp: () => {}, served: NEO4J });
  }
  return list;
}

/** What an engine's column heading says of it. */
export const engineNote = (): string =>
  process.env.NEO4J_URI?.trim() ? 'SQLite and Neo4j (NEO4J_URI, Neo4j 5.26 Community from scripts/neo4j/server.sh)' : 'SQLite only (NEO4J_URI is not set)';

/** The load averages (1, 5, 15 min) now: the machine is shared, so every figure carries them. */
export const load = (): string => loadavg().map((l) => l.toFixed(2)).join(', ');
