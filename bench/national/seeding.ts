// Seeding as `npm run seed` does it: read and check the seed folder (loadSeedDir: YAML, schema,
// references, cycles, quotes), then write the batch into a fresh store in one replace. The two
// phases are timed apart because they have different owners and different fixes.
import { statSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import type { GraphBatch } from '../../server/domain/model.js';
import { loadSeedDir } from '../../server/seeds/load.js';
import { formatProblem } from '../../server/seeds/parse.js';
import { openStore } from '../../server/store/open.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { load } from '../engines.js';
import { cpuTimed } from './stats.js';

export interface Loaded {
  batch: GraphBatch;
  files: number;
  /** loadSeedDir: parse, validate, check quotes */
  loadMs: number;
  /** CPU time of the bench process over loadSeedDir (all threads), ms: less sensitive than wall time to a busy machine */
  loadCpuMs: number;
  quotesChecked: boolean;
  /** the bench process's RSS after loading, bytes */
  rssAfterLoad: number;
}

export interface Written {
  writeMs: number;
  writeCpuMs: number;
  nodes: number;
  rels: number;
  /** bytes on disk, or null when the engine does not say */
  bytes: number | null;
  /** load averages (1, 5, 15 min) as the write ended */
  load: string;
}

export async function loadSeeds(seedsDir: string, sourcesDir: string): Promise<Loaded> {
  const [result, loadMs, loadCpuMs] = await cpuTimed(() => loadSeedDir(seedsDir, { sourcesDir }));
  if (result.problems.length > 0) {
    const first = result.problems.slice(0, 5).map(formatProblem).join('\n');
    throw new Error(`${seedsDir} has ${result.problems.length} problems (npm run seeds:check); the first:\n${first}`);
  }
  return { batch: result.batch, files: result.files.length, loadMs, loadCpuMs, quotesChecked: result.quotes.checked, rssAfterLoad: process.memoryUsage().rss };
}

const fileSize = (f: string): number => {
  try {
    return statSync(f).size;
  } catch {
    return 0;
  }
};

/** Writes into a new SQLite file and closes it, so the size on disk is after the WAL checkpoint. */
export async function writeSqlite(batch: GraphBatch, file: string): Promise<Written> {
  const store = openSqliteStore(file);
  try {
    const [, writeMs, writeCpuMs] = await cpuTimed(() => store.writeBatch(batch, { replace: true }));
    const stats = await store.stats();
    await store.close();
    const bytes = fileSize(file) + fileSize(`${file}-wal`) + fileSize(`${file}-shm`);
    return { writeMs, writeCpuMs, nodes: stats.nodes, rels: stats.relationships, bytes, load: load() };
  } finally {
    await store.close().catch(() => undefined);
  }
}

/** Replaces the Neo4j database at NEO4J_URI with the batch. */
export async function writeNeo4j(batch: GraphBatch): Promise<Written> {
  const store = await openStore(process.env);
  try {
    const [, writeMs, writeCpuMs] = await cpuTimed(() => store.writeBatch(batch, { replace: true }));
    const stats = await store.stats();
    const written = { writeMs, writeCpuMs, nodes: stats.nodes, rels: stats.relationships, load: load() };
    return { ...written, bytes: await neo4jStoreSize() };
  } finally {
    await store.close();
  }
}

/** A query on the Neo4j at NEO4J_URI; null when it fails (e.g. a procedure the server lacks). */
async function askNeo4j<T>(cypher: string, read: (records: neo4j.Record[]) => T): Promise<T | null> {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;
  const driver = neo4j.driver(NEO4J_URI!, NEO4J_PASSWORD ? neo4j.auth.basic(NEO4J_USER || 'neo4j', NEO4J_PASSWORD) : undefined);
  const session = driver.session(NEO4J_DATABASE ? { database: NEO4J_DATABASE } : {});
  try {
    return read((await session.run(cypher)).records);
  } catch {
    return null;
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Neo4j reports its store size only through APOC (apoc.monitor.store); null without it. */
async function neo4jStoreSize(): Promise<number | null> {
  return askNeo4j('CALL apoc.monitor.store() YIELD totalStoreSize RETURN totalStoreSize', ([r]) => {
    const v = r?.get('totalStoreSize');
    return v === undefined || v === null ? null : neo4j.integer.toNumber(v);
  });
}

/** "Neo4j 5.26.30 community, heap 2.00GiB, ..." of the server at NEO4J_URI: what its figures were measured with. */
export async function neo4jServer(): Promise<string> {
  const version = await askNeo4j('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition', ([r]) => `Neo4j ${r?.get('version')} ${r?.get('edition')}`);
  const settings = await askNeo4j(
    "SHOW SETTINGS YIELD name, value WHERE name IN ['server.memory.heap.max_size', 'server.memory.pagecache.size', 'dbms.memory.transaction.total.max'] RETURN name, value ORDER BY name DESC",
    (rs) => rs.map((r) => `${NEO4J_SETTINGS[r.get('name') as string] ?? r.get('name')} ${r.get('value')}`).join(', '),
  );
  return `${version ?? 'Neo4j (version not reported)'}, ${settings || 'memory settings not reported'}`;
}

const NEO4J_SETTINGS: Record<string, string> = {
  'server.memory.heap.max_size': 'heap',
  'server.memory.pagecache.size': 'page cache',
  'dbms.memory.transaction.total.max': 'transaction memory at most',
};
