// The GraphStore contract, on every engine (contract-support.ts): writing batches, stats and ping.
import { describe, expect, it } from 'vitest';
import { REL_TYPES, relId, type GraphBatch, type GraphNode } from '../../server/domain/model.js';
import type { GraphStore } from '../../server/store/contract.js';
import { StoreInputError, StoreUnavailableError } from '../../server/store/errors.js';
import { EMPTY, MARAC, onEachEngine, seededEach, snapshot } from './contract-support.js';
import { fixture, ids, NODES, nodeById, relById, RELS } from './fixture.js';

onEachEngine('writes, stats and ping', (open) => {
  let store!: GraphStore;
  seededEach(open, (s) => (store = s));

  describe('writeBatch', () => {
    it('upserts nodes: new name, aliases, props and evidence replace the old, in every index', async () => {
      const changed: GraphNode = {
        ...nodeById(MARAC),
        name: 'Domestic Abuse Risk Conference',
        aliases: ['DARC'],
        props: { tier: 5 },
        evidence: [{ source: 'source/x', locator: 'p. 3', quote: 'DARC', basis: 'STATED' }],
      };
      await store.writeBatch({ nodes: [changed], rels: [] });
      expect(await store.getNodes([MARAC])).toEqual([changed]);
      expect((await store.search({ text: 'DARC', first: 3 }))[0]?.node.id).toBe(MARAC);
      expect((await store.search({ text: 'Multi-Agency Risk', first: 3 })).map((h) => h.node.id)).not.toContain(MARAC);
      expect(ids((await store.listNodes({ props: [{ key: 'tier', op: 'eq', value: 5 }], first: 5 })).items)).toEqual([MARAC]);
      expect(await store.expand({ ids: [MARAC], direction: 'out' })).toHaveLength(3); // its lines stay
      expect((await store.stats()).nodes).toBe(NODES.length);
    });
    it('upserts relationships and adds new ones between existing nodes', async () => {
      const line = { ...relById('havering/vawg REPORTS_TO havering/board'), props: { frequency: 'quarterly' }, validTo: '2024' };
      const added = { ...relById('havering/csp COVERS area/london'), id: 'havering/board COVERS area/london', from: 'havering/board' };
      await store.writeBatch({ nodes: [], rels: [line, added] });
      expect(await store.getRels([line.id, added.id])).toEqual([line, added]);
      expect((await store.stats()).relationships).toBe(RELS.length + 1);
    });
    it('writes relationships of every type in one batch, each with its own type', async () => {
      // Interleaved, so an engine that keeps the first type it meets (Neo4j's cached dynamic type) fails.
      const [a, b] = ['area/a', 'area/b'];
      const rels = REL_TYPES.flatMap((type, i) => {
        const line = { id: relId(a, type, b), type, from: a, to: b, props: { n: i }, evidence: [] };
        return i % 2 ? [{ ...line, id: relId(b, type, a), from: b, to: a }, line] : [line];
      });
      await store.writeBatch({ nodes: [{ ...nodeById('area/london'), id: a }, { ...nodeById('area/london'), id: b }], rels }, { replace: true });
      for (const type of REL_TYPES) {
        const got = await store.expand({ ids: [a, b], direction: 'out', types: [type] });
        expect(got.map((r) => [r.type, r.id]).sort(), type).toEqual(rels.filter((r) => r.type === type).map((r) => [type, r.id]).sort());
      }
      expect((await store.stats()).byType).toEqual(REL_TYPES.map((type, i) => ({ type, count: i % 2 ? 2 : 1 })));
    });
    it('replaces the whole graph', async () => {
      const small = { nodes: [nodeById('area/london'), nodeById('havering/csp')], rels: [relById('havering/csp COVERS area/london')] };
      await store.writeBatch(small, { replace: true });
      expect(await store.stats()).toEqual({
        nodes: 2,
        relationships: 1,
        byKind: [{ kind: 'Partnership', count: 1 }, { kind: 'Area', count: 1 }],
        byType: [{ type: 'COVERS', count: 1 }],
      });
      expect(await store.search({ text: 'MARAC', first: 5 })).toEqual([]);
      await store.writeBatch(EMPTY, { replace: true });
      expect(await store.stats()).toEqual({ nodes: 0, relationships: 0, byKind: [], byType: [] });
    });
    it('is idempotent: the same batch twice leaves the same graph', async () => {
      const before = await snapshot(store);
      await store.writeBatch(fixture(), { replace: true });
      expect(await snapshot(store)).toEqual(before);
      await store.writeBatch(fixture());
      expect(await snapshot(store)).toEqual(before);
    });

    describe('is atomic: a bad batch throws and changes nothing', () => {
      const extra: GraphNode = { ...nodeById('area/london'), id: 'area/havering', name: 'Havering' };
      const cases: [string, () => GraphBatch, RegExp][] = [
        [
          'a relationship to a missing node',
          () => ({ nodes: [extra], rels: [{ ...relById('havering/csp COVERS area/london'), id: 'havering/csp COVERS area/nowhere', to: 'area/nowhere' }] }),
          /relationship "havering\/csp COVERS area\/nowhere": node "area\/nowhere" does not exist/,
        ],
        ['a duplicate node id', () => ({ nodes: [extra, { ...extra, name: 'Havering again' }], rels: [] }), /node "area\/havering": duplicate node id/],
        [
          'a duplicate relationship id',
          () => ({ nodes: [extra], rels: [relById('havering/csp COVERS area/london'), relById('havering/csp COVERS area/london')] }),
          /duplicate relationship id/,
        ],
        ['an unknown kind', () => ({ nodes: [{ ...extra, kind: 'Person' as never }], rels: [] }), /unknown kind "Person"/],
        [
          'a relationship id that does not name its ends',
          () => ({ nodes: [extra], rels: [{ ...relById('havering/csp COVERS area/london'), id: 'covers-1' }] }),
          /id must be "havering\/csp COVERS area\/london" or/,
        ],
        ['a bad plan date', () => ({ nodes: [{ ...extra, validFrom: '2017-13' }], rels: [] }), /validFrom "2017-13" is not a plan date/],
        ['a nested property', () => ({ nodes: [{ ...extra, props: { a: { b: 1 } as never } }], rels: [] }), /property "a" must be/],
      ];
      for (const replace of [false, true]) {
        for (const [name, batch, message] of cases) {
          it(`${name}${replace ? ', replacing' : ''}`, async () => {
            const before = await snapshot(store);
            const failed = store.writeBatch(batch(), { replace });
            await expect(failed).rejects.toThrow(StoreInputError);
            await expect(failed).rejects.toThrow(message);
            expect(await snapshot(store)).toEqual(before);
            expect(await store.getNodes(['area/havering'])).toEqual([null]);
          });
        }
      }
    });
  });

  describe('stats, ping', () => {
    it('counts nodes by kind and relationships by type', async () => {
      const stats = await store.stats();
      expect(stats.nodes).toBe(NODES.length);
      expect(stats.relationships).toBe(RELS.length);
      expect(stats.byKind).toContainEqual({ kind: 'Panel', count: 3 });
      expect(stats.byType).toContainEqual({ type: 'REPORTS_TO', count: 5 });
      expect(stats.byType).toContainEqual({ type: 'MEMBER_OF', count: 2 });
      expect(stats.byKind.reduce((s, k) => s + k.count, 0)).toBe(NODES.length);
    });
    it('changes the graph version with every write that succeeds, and only then', async () => {
      const before = await store.graphVersion();
      expect(await store.graphVersion()).toBe(before);
      await store.writeBatch({ nodes: [{ ...nodeById(MARAC), name: 'MARAC renamed' }], rels: [] });
      const after = await store.graphVersion();
      expect(after).not.toBe(before);
      await expect(store.writeBatch({ nodes: [], rels: [{ ...RELS[0]!, to: 'nope/unknown', id: 'havering/marac REPORTS_TO nope/unknown' }] })).rejects.toThrow();
      expect(await store.graphVersion()).toBe(after);
      await store.writeBatch(fixture(), { replace: true });
      expect(await store.graphVersion()).not.toBe(after);
    });
    it('pings while open', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });

  it('ping fails once closed, saying the store is unavailable', async () => {
    const closed = await open();
    await closed.close();
    await expect(closed.ping()).rejects.toThrow(StoreUnavailableError);
  });
});
