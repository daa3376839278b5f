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
    return { writeMs, writeCpuMs, nodes: stats.nodes, rels: stats.relationships, bytes };
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
    return { writeMs, writeCpuMs, nodes: stats.nodes, rels: stats.relationships, bytes: await neo4jStoreSize() };
  } finally {
    await store.close();
  }
}

/** Neo4j reports its store size only through APOC (apoc.monitor.store); null without it. */
async function neo4jStoreSize(): Promise<number | null> {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;
  const driver = neo4j.driver(NEO4J_URI!, NEO4J_PASSWORD ? neo4j.auth.basic(NEO4J_USER || 'neo4j', NEO4J_PASSWORD) : undefined);
  const session = driver.session(NEO4J_DATABASE ? { database: NEO4J_DATABASE } : {});
  try {
    const res = await session.run('CALL apoc.monitor.store() YIELD totalStoreSize RETURN totalStoreSize');
    const v = res.records[0]?.get('totalStoreSize');
    return v === undefined || v === null ? null : neo4j.integer.toNumber(v);
  } catch {
    return null;
  } finally {
    await session.close();
    await driver.close();
  }
}
