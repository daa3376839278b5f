// Engine parity: SQLite and Neo4j, both seeded from seeds/, give the same answer to every
// operation of operations.ts, field for field and in the same order (the schema orders every
// list it returns, so nothing is compared ignoring order). Runs when NEO4J_URI is set.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executableSchema } from '../../bench/national/ceiling.js';
import { createContext } from '../../server/graphql/context.js';
import { evidenceFree, readOptions } from '../../server/graphql/evidence-free.js';
// a spent budget empties lists silently outside the HTTP plugin: a slow machine would compare truncated answers
import { UNLIMITED } from '../../server/graphql/cost/budget.js';
import { loadSeedDir } from '../../server/seeds/load.js';
import type { GraphStore, ReadViewOptions } from '../../server/store/contract.js';
import { openStore } from '../../server/store/open.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { SEEDS_DIR } from '../api/support/store.js';
import { useNeo4jLock } from '../store/neo4j-lock.js';
import { OPERATIONS, rootFieldsAsked, type ParityOperation } from './operations.js';
import { schema } from './selection.js';

// graphql-js as @graphql-tools/schema loads it (CommonJS): a schema is only usable with the instance that built it.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const run = executableSchema();

interface Answer {
  data?: Record<string, { pageInfo?: { hasNextPage: boolean; endCursor: string | null } }> | null;
  errors?: readonly unknown[];
}

/**
 * The operation's answer, executed in process without the API's limits (whose job is not parity),
 * with a fresh context and read view per request as over HTTP (without evidence, or texts, when the
 * operation asks for none, as the HTTP route decides); every page of a connection.
 */
async function answer(store: GraphStore, op: ParityOperation, options: ReadViewOptions = readOptions(op.query)): Promise<unknown> {
  const document = graphql.parse(op.query, { noLocation: true });
  expect(graphql.validate(run, document).map((e) => e.message), op.name).toEqual([]);
  const once = async (after?: string): Promise<Answer> => {
    const view = await store.readView(options);
    const r = await graphql.execute({ schema: run, document, variableValues: { after }, contextValue: createContext(view, 'parity', { limits: UNLIMITED }) });
    await view.close();
    // errors are compared too (code, path and message): a NOT_FOUND must be one on both engines
    return { data: r.data as Answer['data'], ...(r.errors ? { errors: r.errors.map((e) => ({ message: e.message, path: e.path, code: e.extensions.code })) } : {}) };
  };
  if (!op.pages) return once();
  const all: unknown[] = [];
  let after: string | undefined;
  for (let page = 0; page < 200; page++) {
    const r = await once(after);
    all.push(r);
    const info = r.data?.[op.pages]?.pageInfo;
    if (!info?.hasNextPage || !info.endCursor) return all;
    after = info.endCursor;
  }
  throw new Error(`${op.name}: more than 200 pages`);
}

describe('operations that ask for no evidence answer the same from reads without it (SQLite)', () => {
  let sqlite: GraphStore;
  beforeAll(async () => {
    sqlite = openSqliteStore(':memory:');
    await sqlite.writeBatch((await loadSeedDir(SEEDS_DIR)).batch, { replace: true });
  });
  afterAll(() => sqlite?.close());
  const free = OPERATIONS.filter((op) => evidenceFree(op.query) && !op.fails);

  it('has such operations (the chart, chains, search, pages and levels of bodies, the VRU matrix of flags)', () => {
    expect(free.length).toBeGreaterThanOrEqual(8);
    expect(OPERATIONS.filter((op) => /evidence|sources|governanceFindings|gaps|responses/.test(op.query)).filter((op) => evidenceFree(op.query))).toEqual([]);
  });

  it.each(free.map((op) => [op.name, op] as const))('%s', async (_name, op) => {
    const full = await answer(sqlite, op, { evidence: true, text: true });
    expect(JSON.stringify(full)).not.toContain('"errors"');
    expect(await answer(sqlite, op, { evidence: false, text: true })).toEqual(full);
  });
});

const uri = process.env.NEO4J_URI;
describe.skipIf(!uri)(`engine parity on seeds/: SQLite and Neo4j${uri ? ` at ${uri}` : ' (skipped: NEO4J_URI is not set)'}`, () => {
  useNeo4jLock(uri);
  let sqlite: GraphStore;
  let neo: GraphStore;

  beforeAll(async () => {
    const { batch, problems } = await loadSeedDir(SEEDS_DIR);
    expect(problems).toEqual([]);
    sqlite = openSqliteStore(':memory:');
    neo = await openStore(process.env);
    expect(neo.engine).toBe('neo4j');
    await sqlite.writeBatch(batch, { replace: true });
    await neo.writeBatch(batch, { replace: true });
  });
  afterAll(async () => {
    await sqlite?.close();
    await neo?.close();
  });

  it('asks every root field of Query', () => {
    // These read the curation store, which this suite's servers do not wire in; tests/curation/contract.test.ts
    // runs them on both engines.
    const curationOnly = ['changeSet', 'changeSets', 'history', 'registeredSources'];
    const fields = Object.keys(schema.getQueryType()!.getFields()).filter((f) => !curationOnly.includes(f));
    expect([...rootFieldsAsked()].sort()).toEqual(fields.sort());
  });

  // Neo4j reads without texts what asks for none (readOptions): those answers are compared too
  it('has operations that read without texts on Neo4j', () => {
    expect(OPERATIONS.filter((op) => !readOptions(op.query).text).length).toBeGreaterThanOrEqual(6);
  });

  it.each(OPERATIONS.map((op) => [op.name, op] as const))('%s', async (_name, op) => {
    const [a, b] = [await answer(sqlite, op, { evidence: true, text: true }), await answer(neo, op)];
    expect(JSON.stringify(a)).not.toContain('"INTERNAL"');
    if (op.fails) expect(JSON.stringify(a)).toContain('"NOT_FOUND"');
    expect(b).toEqual(a);
  });
});
