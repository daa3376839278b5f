// One request, one state: a read view sees one state of the graph whatever is written meanwhile,
// and over HTTP every GraphQL request reads through one, so a request answered while the graph is
// reseeded again and again is the whole answer of one seed or of the other, never a mix.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../server/domain/model.js';
import { startServer } from '../../server/http/app.js';
import { loadSeedDir } from '../../server/seeds/load.js';
import type { GraphStore } from '../../server/store/contract.js';
import { openStore } from '../../server/store/open.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { SEEDS_DIR } from '../api/support/store.js';
import { fixture, nodeById } from './fixture.js';
import { useNeo4jLock } from './neo4j-lock.js';

const MARAC = 'havering/marac';

function viewSuite(open: () => Promise<GraphStore>) {
  let store: GraphStore;
  beforeEach(async () => {
    store = await open();
    await store.writeBatch(fixture(), { replace: true });
  });
  afterEach(async () => {
    await store.close();
  });

  it('keeps the state of its first read while the graph is replaced and upserted', async () => {
    const view = await store.readView();
    const before = { stats: await view.stats(), marac: await view.getNodes([MARAC]) };
    await store.writeBatch({ nodes: [nodeById('area/london')], rels: [] }, { replace: true });
    await store.writeBatch({ nodes: [{ ...nodeById('area/london'), name: 'Greater London' }], rels: [] });
    expect({ stats: await view.stats(), marac: await view.getNodes([MARAC]) }).toEqual(before);
    expect((await view.search({ text: 'MARAC', first: 1 }))[0]?.node.id).toBe(MARAC);
    await view.close();
    const fresh = await store.readView();
    expect((await fresh.stats()).nodes).toBe(1);
    expect(await fresh.getNodes(['area/london'])).toMatchObject([{ name: 'Greater London' }]);
    await fresh.close();
    expect((await store.stats()).nodes).toBe(1); // closing views leaves the store open
  });

  it('keeps the state of its first read after a later view has read the replaced graph', async () => {
    const old = await store.readView();
    const before = await old.stats();
    await store.writeBatch({ nodes: [nodeById('area/london')], rels: [] }, { replace: true });
    const later = await store.readView();
    expect((await later.stats()).nodes).toBe(1);
    // on Neo4j its reads first go out with the generation the later view pinned, then again with its own
    expect(await old.stats()).toEqual(before);
    expect(await old.getNodes([MARAC])).toMatchObject([{ id: MARAC }]);
    await later.close();
    await old.close();
  });

  it('writes through to the store, then reads the state after its write', async () => {
    const view = await store.readView();
    await view.writeBatch({ nodes: [{ ...nodeById(MARAC), name: 'Renamed' }], rels: [] });
    expect(await view.getNodes([MARAC])).toMatchObject([{ name: 'Renamed' }]);
    expect(await store.getNodes([MARAC])).toMatchObject([{ name: 'Renamed' }]);
    await view.close();
  });
}

/** Seeds A and B differ in every partnership's bodies: a mixed answer equals neither. */
function reseedSuite(open: () => Promise<GraphStore>, reseeds: number) {
  const QUERY = '{ stats { nodes relationships } partnerships { id bodies { id reportsTo { node { id } } } } }';
  let a: GraphBatch;
  let b: GraphBatch;
  beforeAll(async () => {
    const { batch, problems } = await loadSeedDir(SEEDS_DIR);
    expect(problems).toEqual([]);
    a = batch;
    const gone = new Set(batch.nodes.filter((n) => n.partnership === 'richmond/csp' && n.kind !== 'Partnership').map((n) => n.id));
    b = { nodes: batch.nodes.filter((n) => !gone.has(n.id)), rels: batch.rels.filter((r) => !gone.has(r.from) && !gone.has(r.to)) };
  });

  it('answers each request from one seed while the graph is reseeded', async () => {
    const store = await open();
    const server = await startServer({ store, port: 0, host: '127.0.0.1', production: true, webDist: '/nonexistent', responseCache: false, logger: { info() {}, error() {} } });
    const ask = async () => {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
      return (await res.json()) as unknown;
    };
    try {
      await store.writeBatch(b, { replace: true });
      const answerB = await ask();
      await store.writeBatch(a, { replace: true });
      const answerA = await ask();
      expect(answerA).not.toEqual(answerB);
      let seeding = true;
      const seeds = (async () => {
        for (let i = 0; i < reseeds; i++) {
          await store.writeBatch(i % 2 ? a : b, { replace: true });
          await sleep(30); // SQLite writes without yielding: let requests start between seeds too
        }
        seeding = false;
      })();
      const seen = { a: 0, b: 0 };
      const readers = Array.from({ length: 4 }, async () => {
        while (seeding) {
          const got = await ask();
          if (JSON.stringify(got) === JSON.stringify(answerA)) seen.a++;
          else {
            expect(got).toEqual(answerB);
            seen.b++;
          }
        }
      });
      await Promise.all([seeds, ...readers]);
      // the readers met both seeds, so they did read while the graph changed
      expect(seen.a).toBeGreaterThan(0);
      expect(seen.b).toBeGreaterThan(0);
    } finally {
      await server.close();
      await store.close();
    }
  }, 300_000);
}

describe('SQLite read views (a file: an in-memory database cannot be opened twice)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-view-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const open = async () => openSqliteStore(path.join(dir, `graph-${n++}.sqlite`));
  viewSuite(open);
  reseedSuite(open, 8);
});

const uri = process.env.NEO4J_URI;
describe.skipIf(!uri)(`Neo4j read views${uri ? ` at ${uri}` : ' (skipped: NEO4J_URI is not set)'}`, () => {
  useNeo4jLock(uri);
  const open = () => openStore(process.env);
  viewSuite(open);
  reseedSuite(open, 3);
});
