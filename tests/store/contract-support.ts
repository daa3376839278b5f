// The setup the contract suites of the GraphStore engines share (contract-*.test.ts): each suite
// runs on every engine, SQLite always and Neo4j when NEO4J_URI is set, on the fixture graph.
import { afterEach, beforeEach, describe } from 'vitest';
import type { GraphBatch } from '../../server/domain/model.js';
import type { GraphStore } from '../../server/store/contract.js';
import { openStore } from '../../server/store/open.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { fixture, NODES } from './fixture.js';
import { useNeo4jLock } from './neo4j-lock.js';

export const EMPTY: GraphBatch = { nodes: [], rels: [] };
export const MARAC = 'havering/marac';
export const sortedIds = [...NODES.map((n) => n.id)].sort();

/** What a reader sees of the whole store, to prove a failed write changed nothing. */
export async function snapshot(store: GraphStore) {
  return {
    stats: await store.stats(),
    nodes: await store.getNodes(sortedIds),
    rels: await store.expand({ ids: sortedIds, direction: 'both' }),
  };
}

const neo4jUri = process.env.NEO4J_URI;

/** Runs `suite` on Neo4j at NEO4J_URI, holding its lock; skipped (and said so) when it is not set. */
export function onNeo4j(topic: string, suite: (open: () => Promise<GraphStore>) => void): void {
  if (!neo4jUri) console.info(`Neo4j contract run of ${topic} skipped: NEO4J_URI is not set (the Cypher is still linted in cypher-lint.test.ts).`);
  describe.skipIf(!neo4jUri)(`Neo4j store${neo4jUri ? ` at ${neo4jUri}` : ' (skipped: NEO4J_URI is not set)'}: ${topic}`, () => {
    useNeo4jLock(neo4jUri);
    suite(() => openStore(process.env));
  });
}

/** Runs `suite` on each engine, given how to open a store of it: SQLite in memory, and Neo4j (onNeo4j). */
export function onEachEngine(topic: string, suite: (open: () => Promise<GraphStore>) => void): void {
  describe(`SQLite store: ${topic}`, () => suite(async () => openSqliteStore(':memory:')));
  onNeo4j(topic, suite);
}

/** A store opened and seeded with the fixture before each test, and closed after it; `use` gets each. */
export function seededEach(open: () => Promise<GraphStore>, use: (store: GraphStore) => void): void {
  let store: GraphStore;
  beforeEach(async () => {
    store = await open();
    await store.writeBatch(fixture(), { replace: true });
    use(store);
  });
  afterEach(async () => {
    await store.close();
  });
}
