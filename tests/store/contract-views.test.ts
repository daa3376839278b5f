// The GraphStore contract, on every engine (contract-support.ts): read views without evidence, and
// two handles on one database (two server processes) seeing each other's writes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { REL_TYPES } from '../../server/domain/model.js';
import type { GraphStore } from '../../server/store/contract.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { MARAC, onEachEngine, onNeo4j, sortedIds } from './contract-support.js';
import { fixture, NODES, nodeById, RELS } from './fixture.js';

/** A read view without evidence (ReadViewOptions) reads the same facts as the store, each with evidence []. */
function evidenceFreeViewSuite(open: () => Promise<GraphStore>) {
  it('a read view without evidence answers every read as the store does, but for the evidence', async () => {
    const store = await open();
    try {
      await store.writeBatch(fixture(), { replace: true });
      const reads = async (s: GraphStore) => ({
        nodes: await s.getNodes([...sortedIds, 'nope/unknown']),
        rels: await s.getRels(RELS.map((r) => r.id)),
        expand: await s.expand({ ids: sortedIds, direction: 'both' }),
        traverse: await s.traverse({ ids: [MARAC], direction: 'out', maxDepth: 3 }),
        walk: await s.walk({ rootIds: ['havering/csp'], types: [...REL_TYPES], depth: 3 }),
        list: await s.listNodes({ first: 50 }),
        search: await s.search({ text: 'MARAC', first: 5 }),
      });
      const full = await reads(store);
      const view = await store.readView({ evidence: false });
      const lean = await reads(view);
      await view.close();
      const bare = <T extends { evidence: unknown[] }>(x: T | null): T | null => (x ? { ...x, evidence: [] } : x);
      expect(full.nodes.filter((n) => n && n.evidence.length > 0).length).toBe(NODES.length);
      expect(full.rels.filter((r) => r && r.evidence.length > 0).length).toBe(RELS.length);
      expect(lean).toEqual({
        nodes: full.nodes.map(bare),
        rels: full.rels.map(bare),
        expand: full.expand.map(bare),
        traverse: { ...full.traverse, rels: full.traverse.rels.map(bare) },
        walk: { nodes: new Map([...full.walk.nodes].map(([id, r]) => [id, { ...r, node: bare(r.node) }])), rels: full.walk.rels.map(bare) },
        list: { ...full.list, items: full.list.items.map(bare) },
        search: full.search.map((h) => ({ ...h, node: bare(h.node) })),
      });
      // a view with evidence after one without (SQLite reuses the connections of closed views)
      const again = await store.readView();
      expect(await again.getNodes(sortedIds)).toEqual(full.nodes.slice(0, -1));
      await again.close();
    } finally {
      await store.close();
    }
  });
}

/**
 * Two handles on one database stand for two server processes: a write through one changes the
 * version the other reads, so the other's response cache (keyed by it) answers afresh.
 */
function sharedVersionSuite(openHandle: () => Promise<GraphStore>) {
  let writer: GraphStore;
  let reader: GraphStore;
  let server: RunningServer;
  beforeEach(async () => {
    [writer, reader] = [await openHandle(), await openHandle()];
    await writer.writeBatch(fixture(), { replace: true });
    server = await startServer({ store: reader, port: 0, host: '127.0.0.1', production: true, webDist: '/nonexistent', logger: { info() {}, error() {} } });
  });
  afterEach(async () => {
    await server.close();
    await Promise.all([writer.close(), reader.close()]);
  });

  const nameOverHttp = async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ node(id: "${MARAC}") { name } }` }),
    });
    return ((await res.json()) as { data: { node: { name: string } } }).data.node.name;
  };

  it("sees the other handle's write in its version, and its cached answers give way", async () => {
    const before = await reader.graphVersion();
    expect(await nameOverHttp()).toBe('Multi-Agency Risk Assessment Conference');
    expect(await nameOverHttp()).toBe('Multi-Agency Risk Assessment Conference');
    await writer.writeBatch({ nodes: [{ ...nodeById(MARAC), name: 'MARAC (renamed elsewhere)' }], rels: [] });
    expect(await reader.graphVersion()).not.toBe(before);
    expect(await nameOverHttp()).toBe('MARAC (renamed elsewhere)');
  });
}

onEachEngine('read views without evidence', (open) => evidenceFreeViewSuite(open));
// (two handles on one SQLite database need a file: see below)
onNeo4j('two drivers on one database', (open) => sharedVersionSuite(open));

describe('SQLite store on a file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-views-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  describe('read views without evidence', () => evidenceFreeViewSuite(async () => openSqliteStore(path.join(dir, 'graph.sqlite'))));
  describe('two handles on one file', () => sharedVersionSuite(async () => openSqliteStore(path.join(dir, 'shared.sqlite'))));
});
