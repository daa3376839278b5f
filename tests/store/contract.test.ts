// One contract suite for every GraphStore engine: SQLite always, Neo4j when NEO4J_URI is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { REL_TYPES, relId, type GraphBatch, type GraphNode } from '../../server/domain/model.js';
import { MAX_DEPTH, MAX_PAGE, type GraphStore } from '../../server/store/contract.js';
import { StoreInputError, StoreUnavailableError } from '../../server/store/errors.js';
import { openStore } from '../../server/store/open.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { useNeo4jLock } from './neo4j-lock.js';
import { fixture, ids, NODES, nodeById, relById, RELS } from './fixture.js';

const EMPTY: GraphBatch = { nodes: [], rels: [] };
const MARAC = 'havering/marac';
const sortedIds = [...NODES.map((n) => n.id)].sort();

/** What a reader sees of the whole store, to prove a failed write changed nothing. */
async function snapshot(store: GraphStore) {
  return {
    stats: await store.stats(),
    nodes: await store.getNodes(sortedIds),
    rels: await store.expand({ ids: sortedIds, direction: 'both' }),
  };
}

function contractSuite(open: () => Promise<GraphStore>) {
  let store: GraphStore;
  beforeEach(async () => {
    store = await open();
    await store.writeBatch(fixture(), { replace: true });
  });
  afterEach(async () => {
    await store.close();
  });

  describe('getNodes', () => {
    it('returns one entry per id, in order, null for unknown ids', async () => {
      const got = await store.getNodes(['org/met-police', 'nope/unknown', MARAC, MARAC]);
      expect(got).toEqual([nodeById('org/met-police'), null, nodeById(MARAC), nodeById(MARAC)]);
    });
    it('round-trips every field, props of every type and evidence in order', async () => {
      expect(await store.getNodes(sortedIds)).toEqual(sortedIds.map(nodeById));
    });
    it('answers an empty list with an empty list', async () => {
      expect(await store.getNodes([])).toEqual([]);
    });
    it('takes thousands of ids in one call', async () => {
      const many = Array.from({ length: 40_000 }, (_, i) => (i % 1000 === 0 ? MARAC : `nope/${i}`));
      const got = await store.getNodes(many);
      expect(got).toHaveLength(many.length);
      expect(got.filter(Boolean)).toHaveLength(40);
    });
  });

  describe('getRels', () => {
    it('returns one entry per id, in order, null for unknown ids; keyed lines are distinct', async () => {
      const keyed = ['org/met-police MEMBER_OF havering/csp#attendee', 'org/met-police MEMBER_OF havering/csp#responsible-authority'];
      const got = await store.getRels([...keyed, 'havering/marac REPORTS_TO nowhere', 'not an id']);
      expect(got).toEqual([relById(keyed[0]!), relById(keyed[1]!), null, null]);
      expect(await store.getRels([])).toEqual([]);
    });
  });

  describe('expand', () => {
    it('follows outgoing, incoming or both directions', async () => {
      expect(ids(await store.expand({ ids: [MARAC], direction: 'out' }))).toEqual([
        'havering/marac LINKS_WITH havering/mappa',
        'havering/marac REPORTS_TO havering/board',
        'havering/marac REPORTS_TO havering/vawg',
      ]);
      expect(ids(await store.expand({ ids: [MARAC], direction: 'in' }))).toEqual(['org/met-police CHAIRS havering/marac']);
      expect(await store.expand({ ids: [MARAC], direction: 'both' })).toHaveLength(4);
    });
    it('returns full relationships and filters by type', async () => {
      const got = await store.expand({ ids: ['havering/board'], direction: 'in', types: ['REPORTS_TO'] });
      expect(got).toEqual(
        ['havering/mappa REPORTS_TO havering/board', 'havering/marac REPORTS_TO havering/board', 'havering/vawg REPORTS_TO havering/board'].map(relById),
      );
      expect(await store.expand({ ids: ['havering/board'], direction: 'in', types: [] })).toEqual([]);
    });
    it('expands many nodes at once, each line once even when both ends are asked for', async () => {
      const got = await store.expand({ ids: [MARAC, 'havering/vawg', MARAC], direction: 'both' });
      expect(new Set(ids(got)).size).toBe(got.length);
      expect(ids(got)).toContain('havering/marac REPORTS_TO havering/vawg');
      expect(got).toHaveLength(7);
    });
    it('keeps only lines that hold as at a plan date', async () => {
      const at = async (asOf: string) => ids(await store.expand({ ids: [MARAC], direction: 'out', types: ['REPORTS_TO'], asOf }));
      expect(await at('2016')).toEqual([]);
      // the board line starts 2017-04: it holds at some time in 2017, not in 2017-03
      expect(await at('2017')).toEqual(['havering/marac REPORTS_TO havering/board', 'havering/marac REPORTS_TO havering/vawg']);
      expect(await at('2017-03')).toEqual(['havering/marac REPORTS_TO havering/vawg']);
      expect(await at('2017-04-01')).toEqual(['havering/marac REPORTS_TO havering/board', 'havering/marac REPORTS_TO havering/vawg']);
      expect(await at('2019-12-31')).toHaveLength(2);
      expect(await at('2020')).toEqual(['havering/marac REPORTS_TO havering/board']);
    });
    it('returns nothing for unknown or no ids', async () => {
      expect(await store.expand({ ids: ['nope/unknown'], direction: 'both' })).toEqual([]);
      expect(await store.expand({ ids: [], direction: 'both' })).toEqual([]);
    });
    it('keeps only lines whose far end belongs to one of farPartnerships', async () => {
      const havering = ['havering/csp'];
      // the organisation belongs to no partnership; the board does
      expect(ids(await store.expand({ ids: ['havering/csp'], direction: 'in', farPartnerships: havering }))).toEqual(['havering/board REPORTS_TO havering/csp']);
      expect(ids(await store.expand({ ids: ['org/met-police'], direction: 'out', types: ['CHAIRS', 'LEADS'], farPartnerships: havering }))).toEqual([
        'org/met-police CHAIRS havering/marac',
        'org/met-police LEADS havering/action-dv-1',
      ]);
      // both ways: the marac's lines to havering bodies, not its chair
      expect(ids(await store.expand({ ids: [MARAC, 'havering/vawg'], direction: 'both', farPartnerships: havering, asOf: '2018' }))).toEqual([
        'havering/jag FEEDS_INTO havering/vawg',
        'havering/marac LINKS_WITH havering/mappa',
        'havering/marac REPORTS_TO havering/board',
        'havering/marac REPORTS_TO havering/vawg',
        'havering/vawg FEEDS_INTO havering/jag',
        'havering/vawg REPORTS_TO havering/board',
      ]);
      expect(await store.expand({ ids: ['havering/csp'], direction: 'in', farPartnerships: ['richmond/csp'] })).toEqual([]);
      expect(await store.expand({ ids: ['havering/csp'], direction: 'in', farPartnerships: [] })).toEqual([]);
    });
    it('rejects bad input with a clear error', async () => {
      await expect(store.expand({ ids: [MARAC], direction: 'in', farPartnerships: 'havering/csp' as never })).rejects.toThrow(/farPartnerships/);
      await expect(store.expand({ ids: [MARAC], direction: 'out', asOf: '2017-13' })).rejects.toThrow(/asOf "2017-13" is not a date/);
      await expect(store.expand({ ids: [MARAC], direction: 'out', types: ['KNOWS' as never] })).rejects.toThrow(/unknown relationship type "KNOWS"/);
      await expect(store.expand({ ids: [MARAC], direction: 'up' as never })).rejects.toThrow(StoreInputError);
    });
  });

  describe('traverse', () => {
    it('climbs both reporting lines of a body with two parents, meeting each node once', async () => {
      const got = await store.traverse({ ids: [MARAC], direction: 'out', types: ['REPORTS_TO'], maxDepth: 5 });
      expect(got.depths).toEqual({ [MARAC]: 0, 'havering/vawg': 1, 'havering/board': 1, 'havering/csp': 2 });
      expect(ids(got.rels).sort()).toEqual(
        ['havering/board REPORTS_TO havering/csp', 'havering/marac REPORTS_TO havering/board', 'havering/marac REPORTS_TO havering/vawg', 'havering/vawg REPORTS_TO havering/board'].sort(),
      );
    });
    it('stops at maxDepth', async () => {
      const got = await store.traverse({ ids: [MARAC], direction: 'out', types: ['REPORTS_TO'], maxDepth: 1 });
      expect(got.depths).toEqual({ [MARAC]: 0, 'havering/vawg': 1, 'havering/board': 1 });
      expect(got.rels).toHaveLength(2);
    });
    it('walks down the tree from the top', async () => {
      const got = await store.traverse({ ids: ['havering/csp'], direction: 'in', types: ['REPORTS_TO'], maxDepth: MAX_DEPTH });
      expect(got.depths).toEqual({ 'havering/csp': 0, 'havering/board': 1, 'havering/marac': 2, 'havering/mappa': 2, 'havering/vawg': 2 });
      expect(got.rels).toHaveLength(5);
    });
    it('is cycle-safe: each line of a cycle once, at any depth', async () => {
      const got = await store.traverse({ ids: ['havering/jag'], direction: 'out', types: ['FEEDS_INTO'], maxDepth: MAX_DEPTH });
      expect(got.depths).toEqual({ 'havering/jag': 0, 'havering/vawg': 1 });
      expect(ids(got.rels)).toEqual(['havering/jag FEEDS_INTO havering/vawg', 'havering/vawg FEEDS_INTO havering/jag']);
      const all = await store.traverse({ ids: ['havering/jag'], direction: 'both', maxDepth: MAX_DEPTH });
      expect(new Set(ids(all.rels)).size).toBe(RELS.length);
      expect(Object.keys(all.depths).sort()).toEqual(sortedIds);
    });
    it('applies asOf at every level', async () => {
      const got = await store.traverse({ ids: [MARAC], direction: 'out', types: ['REPORTS_TO'], maxDepth: 5, asOf: '2021' });
      expect(got.depths).toEqual({ [MARAC]: 0, 'havering/board': 1, 'havering/csp': 2 });
    });
    it('keeps unknown start ids at depth 0 with nothing reached', async () => {
      expect(await store.traverse({ ids: ['nope/unknown'], direction: 'both', maxDepth: 3 })).toEqual({ rels: [], depths: { 'nope/unknown': 0 } });
      expect(await store.traverse({ ids: [], direction: 'both', maxDepth: 3 })).toEqual({ rels: [], depths: {} });
    });
    it('rejects a depth outside 1..MAX_DEPTH', async () => {
      await expect(store.traverse({ ids: [MARAC], direction: 'out', maxDepth: 0 })).rejects.toThrow(/maxDepth must be a whole number from 1 to 25/);
      await expect(store.traverse({ ids: [MARAC], direction: 'out', maxDepth: MAX_DEPTH + 1 })).rejects.toThrow(StoreInputError);
      await expect(store.traverse({ ids: [MARAC], direction: 'out', maxDepth: 2.5 })).rejects.toThrow(StoreInputError);
    });
  });

  describe('listNodes', () => {
    it('lists by kind, partnership and ids, ordered by id', async () => {
      const panels = await store.listNodes({ kinds: ['Panel'], first: 10, count: true });
      expect(ids(panels.items)).toEqual(['havering/jag', 'havering/mappa', 'havering/marac']);
      expect(panels).toMatchObject({ totalCount: 3, hasNextPage: false });
      const scoped = await store.listNodes({ partnership: 'havering/csp', kinds: ['Panel', 'Action'], first: 10, count: true });
      expect(scoped.totalCount).toBe(4);
      const some = await store.listNodes({ ids: [MARAC, 'nope/unknown', 'area/london'], first: 10 });
      expect(ids(some.items)).toEqual(['area/london', MARAC]);
      expect((await store.listNodes({ kinds: [], first: 10, count: true })).totalCount).toBe(0);
    });
    it('matches text as a case-insensitive substring of name, aliases and text', async () => {
      expect(ids((await store.listNodes({ text: 'RISK ASSESS', first: 10 })).items)).toEqual([MARAC]);
      expect(ids((await store.listNodes({ text: 'met pol', first: 10 })).items)).toEqual(['org/met-police']);
      expect(ids((await store.listNodes({ text: 'domestic abuse', first: 10 })).items)).toEqual(['havering/action-dv-1', MARAC]);
      expect((await store.listNodes({ text: '  ', first: 10, count: true })).totalCount).toBe(NODES.length);
    });
    it('filters on properties, comparing like with like', async () => {
      const list = async (props: Parameters<GraphStore['listNodes']>[0]['props']) => ids((await store.listNodes({ props, first: 50 })).items);
      expect(await list([{ key: 'frequency', op: 'eq', value: 'monthly' }])).toEqual(['havering/jag', MARAC, 'havering/vawg']);
      expect(await list([{ key: 'tier', op: 'gte', value: 3 }, { key: 'tier', op: 'lt', value: 4 }])).toEqual(['havering/vawg']);
      expect(await list([{ key: 'statutory', op: 'eq', value: true }])).toEqual([MARAC]);
      expect(await list([{ key: 'statutory', op: 'eq', value: false }])).toEqual(['havering/mappa']);
      expect(await list([{ key: 'fundingAmount', op: 'gt', value: 4999.5 }])).toEqual(['havering/action-dv-1']);
      expect(await list([{ key: 'tier', op: 'eq', value: '4' }])).toEqual([]); // a string never equals a number
      expect(await list([{ key: 'due', op: 'lte', value: '2018' }])).toEqual(['havering/action-dv-1']);
      expect(await list([{ key: 'recommendations', op: 'eq', value: '3' }])).toEqual([]); // lists are not scalars
      expect(await list([{ key: 'nosuchprop', op: 'eq', value: 1 }])).toEqual([]);
    });
    it('rejects a property name that is not an identifier', async () => {
      await expect(store.listNodes({ props: [{ key: "tier') OR 1=1 --", op: 'eq', value: 1 }], first: 5 })).rejects.toThrow(/is not a property name/);
      await expect(store.listNodes({ props: [{ key: 'tier', op: 'like' as never, value: 1 }], first: 5 })).rejects.toThrow(/op must be one of/);
    });
    it('keeps only nodes valid as at a plan date', async () => {
      const panels = async (asOf: string) => ids((await store.listNodes({ kinds: ['Panel'], asOf, first: 10 })).items);
      expect(await panels('2017-03')).toEqual(['havering/mappa', MARAC]);
      expect(await panels('2017')).toEqual(['havering/jag', 'havering/mappa', MARAC]);
      expect(await panels('2019-12')).toEqual(['havering/jag', 'havering/mappa', MARAC]);
      expect(await panels('2020-01-01')).toEqual(['havering/mappa', MARAC]);
    });

    describe('pagination', () => {
      async function walk(first: number) {
        const pages = [];
        let after: string | undefined;
        for (;;) {
          const page = await store.listNodes({ first, after, count: true });
          pages.push(page);
          if (!page.hasNextPage) return pages;
          after = page.endCursor!;
        }
      }
      it('walks every node once, in id order, with a stable total', async () => {
        const pages = await walk(2);
        expect(pages).toHaveLength(Math.ceil(NODES.length / 2));
        expect(pages.flatMap((p) => ids(p.items))).toEqual(sortedIds);
        expect(new Set(pages.map((p) => p.totalCount))).toEqual(new Set([NODES.length]));
        expect(pages.at(-1)).toMatchObject({ hasNextPage: false });
        expect(pages.at(-1)!.items).toHaveLength(NODES.length % 2 || 2);
      });
      it('ends on a full page when the count is an exact multiple', async () => {
        const pages = await walk(3); // 9 nodes
        expect(pages.map((p) => p.items.length)).toEqual([3, 3, 3]);
        expect(pages.map((p) => p.hasNextPage)).toEqual([true, true, false]);
      });
      it('has an empty last page only when asked past the end', async () => {
        const all = await store.listNodes({ first: MAX_PAGE, count: true });
        expect(all).toMatchObject({ hasNextPage: false, totalCount: NODES.length });
        const past = await store.listNodes({ first: 5, count: true, after: all.endCursor! });
        expect(past).toEqual({ items: [], endCursor: null, hasNextPage: false, totalCount: NODES.length });
      });
      it('answers first: 0 with the count only', async () => {
        expect(await store.listNodes({ first: 0, count: true })).toEqual({ items: [], endCursor: null, hasNextPage: true, totalCount: NODES.length });
      });
      it('counts only when asked', async () => {
        expect(await store.listNodes({ kinds: ['Panel'], first: 1 })).toMatchObject({ hasNextPage: true, totalCount: null });
        expect(await store.listNodes({ kinds: ['Panel'], first: 1, count: true })).toMatchObject({ hasNextPage: true, totalCount: 3 });
      });
      it('an empty result has no cursor', async () => {
        expect(await store.listNodes({ kinds: ['Measure'], first: 5, count: true })).toEqual({ items: [], endCursor: null, hasNextPage: false, totalCount: 0 });
      });
      it('rejects a cursor it did not make, and a page size out of range', async () => {
        await expect(store.listNodes({ first: 2, after: 'not-a-cursor' })).rejects.toThrow(/after "not-a-cursor" is not a cursor returned by this list/);
        await expect(store.listNodes({ first: 2, after: Buffer.from('{"x":1}').toString('base64url') })).rejects.toThrow(StoreInputError);
        await expect(store.listNodes({ first: 2, after: '' })).rejects.toThrow(StoreInputError);
        await expect(store.listNodes({ first: MAX_PAGE + 1 })).rejects.toThrow(/first must be a whole number from 0 to 500/);
        await expect(store.listNodes({ first: -1 })).rejects.toThrow(StoreInputError);
      });
    });
  });

  describe('search', () => {
    it('finds a node by its abbreviation, ranked above nodes that mention it', async () => {
      const hits = await store.search({ text: 'MARAC', first: 10 });
      expect(hits.map((h) => h.node.id)).toEqual([MARAC, 'org/met-police', 'havering/action-dv-1']);
      expect(hits[0]).toMatchObject({ matched: 'MARAC', node: nodeById(MARAC) });
      expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
      expect(hits[1]!.matched).toContain('MARAC');
    });
    it('ignores case and spacing; matches aliases of several words', async () => {
      expect((await store.search({ text: '  marac ', first: 1 }))[0]?.node.id).toBe(MARAC);
      expect(await store.search({ text: 'met  police', first: 3 })).toMatchObject([{ node: { id: 'org/met-police' }, matched: 'Met Police' }]);
    });
    it('ranks exact names, then prefixes, then text', async () => {
      const hits = await store.search({ text: 'Multi-Agency', first: 10 });
      expect(hits.map((h) => h.node.id).sort()).toEqual(['havering/mappa', MARAC]);
      expect(hits.every((h) => h.score >= 3 && h.score < 4)).toBe(true);
      const exact = await store.search({ text: 'multi-agency risk assessment conference', first: 10 });
      expect(exact.map((h) => h.node.id)).toEqual([MARAC]);
      expect(exact[0]!.score).toBeGreaterThanOrEqual(4);
    });
    it('matches the last word as a prefix, as a user types', async () => {
      expect((await store.search({ text: 'risk assess', first: 5 })).map((h) => h.node.id)).toEqual([MARAC]);
      expect((await store.search({ text: 'safer hav', first: 5 })).map((h) => h.node.id)).toEqual(['havering/board']);
    });
    it('finds words of the text, with the passage that matched', async () => {
      const hits = await store.search({ text: 'domestic abuse', first: 5 });
      expect(hits.map((h) => h.node.id).sort()).toEqual(['havering/action-dv-1', MARAC]);
      expect(hits.find((h) => h.node.id === MARAC)!.matched).toBe('Monthly meeting to discuss high risk domestic abuse cases.');
    });
    it('forgives word forms: "operational group" finds the "Operations Group", "meetings" a meeting', async () => {
      const ops: GraphNode = { ...nodeById('havering/vawg'), id: 'havering/ops', name: 'Tactical Operations Group', aliases: [], text: undefined };
      await store.writeBatch({ nodes: [ops], rels: [] });
      expect(await store.search({ text: 'operational group', first: 5 })).toMatchObject([{ node: { id: 'havering/ops' }, matched: 'Tactical Operations Group' }]);
      expect(await store.search({ text: 'OPERATION GROUPS', first: 5 })).toMatchObject([{ node: { id: 'havering/ops' } }]);
      expect(await store.search({ text: 'meetings', first: 5 })).toMatchObject([{ node: { id: MARAC }, matched: nodeById(MARAC).text }]);
    });
    it('orders a tier by the shortest name, then name, then id, with scores to match', async () => {
      const panel = (id: string, name: string): GraphNode => ({ ...nodeById('havering/jag'), id, name, aliases: [] });
      await store.writeBatch({ nodes: [panel('x/b', 'Risk Panel'), panel('x/a', 'Risk Panel'), panel('x/c', 'Risk Panel East'), panel('x/d', 'Area Risk Panel'), { ...panel('x/e', 'Liaison'), text: 'Sends cases to the Risk Panel.' }], rels: [] });
      const hits = await store.search({ text: 'risk panel', first: 10 });
      expect(hits.map((h) => h.node.id)).toEqual(['x/a', 'x/b', 'x/c', 'x/d', 'x/e']);
      expect(hits.map((h) => h.score)).toEqual([4 + 1 / 11, 4 + 1 / 11, 3 + 1 / 16, 2 + 1 / 16, 0 + 1 / 8]);
      expect(hits.at(-1)!.matched).toBe('Sends cases to the Risk Panel.');
    });
    it('ranks one name or alias holding every word above words spread over them, a last word begun as good as whole', async () => {
      const body = (id: string, name: string, aliases: string[]): GraphNode => ({ ...nodeById('havering/jag'), id, name, aliases, text: undefined });
      // as in the plans: "Panel" in the name, "Risk" only in an alias, and a short alias that used to put it first
      const marac = body('y/marac', 'Anti-Social Behaviour and Community MARAC Panel', ['CMARAC', 'Community Multi-Agency Risk Assessment Conference']);
      const nodes = [marac, body('y/rmp', 'Risk Management Panel', []), body('y/rpf', 'Panelist Risk Forum', []), body('y/rr', 'Risk Review', ['Panelist Pool'])];
      await store.writeBatch({ nodes, rels: [] });
      const ours = async (text: string) => (await store.search({ text, first: 50 })).filter((h) => h.node.id.startsWith('y/'));
      const hits = await ours('risk panel');
      // one name: the shorter first, "Panelist" begun as good as "Panel" whole; spread: the shorter (CMARAC) first
      expect(hits.map((h) => h.node.id)).toEqual(['y/rpf', 'y/rmp', 'y/marac', 'y/rr']);
      expect(hits.map((h) => Math.floor(h.score))).toEqual([2, 2, 1, 1]);
      expect(hits.map((h) => h.matched)).toEqual(['Panelist Risk Forum', 'Risk Management Panel', marac.name, 'Risk Review']);
      expect((await ours('risk pan')).map((h) => h.node.id)).toEqual(['y/rpf', 'y/rmp', 'y/marac', 'y/rr']);
      // a page at a time, from a cursor inside the named tiers, gives the same order
      const all = await store.search({ text: 'risk panel', first: 50 });
      const at = all.findIndex((h) => h.node.id === 'y/rmp');
      const rest = await store.search({ text: 'risk panel', first: 50, after: all[at]!.cursor });
      expect(rest.map((h) => h.node.id)).toEqual(all.slice(at + 1).map((h) => h.node.id));
    });
    it('filters by kind and limits the hits', async () => {
      expect((await store.search({ text: 'MARAC', kinds: ['Organisation', 'Action'], first: 10 })).map((h) => h.node.id).sort()).toEqual([
        'havering/action-dv-1',
        'org/met-police',
      ]);
      expect(await store.search({ text: 'MARAC', first: 1 })).toHaveLength(1);
    });
    it('finds nothing for blank, punctuation-only or unknown text', async () => {
      expect(await store.search({ text: '   ', first: 5 })).toEqual([]);
      expect(await store.search({ text: '"*()', first: 5 })).toEqual([]);
      expect(await store.search({ text: 'zzzzqqq', first: 5 })).toEqual([]);
      expect(await store.search({ text: 'MARAC AND OR NOT', first: 5 })).toEqual([]);
    });
  });

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
}

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

describe('SQLite store', () => {
  contractSuite(async () => openSqliteStore(':memory:'));
  evidenceFreeViewSuite(async () => openSqliteStore(':memory:'));
  describe('on a file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-views-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    evidenceFreeViewSuite(async () => openSqliteStore(path.join(dir, 'graph.sqlite')));
  });

  describe('two handles on one file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-version-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    sharedVersionSuite(async () => openSqliteStore(path.join(dir, 'graph.sqlite')));
  });

  it('ping fails once closed', async () => {
    const store = openSqliteStore(':memory:');
    await store.close();
    await expect(store.ping()).rejects.toThrow(StoreUnavailableError);
  });
});

const neo4jUri = process.env.NEO4J_URI;
if (!neo4jUri) console.info('Neo4j contract run skipped: NEO4J_URI is not set (the Cypher is still linted in cypher-lint.test.ts).');
describe.skipIf(!neo4jUri)(`Neo4j store${neo4jUri ? ` at ${neo4jUri}` : ' (skipped: NEO4J_URI is not set)'}`, () => {
  useNeo4jLock(neo4jUri);
  contractSuite(() => openStore(process.env));
  evidenceFreeViewSuite(() => openStore(process.env));
  describe('two drivers on one database', () => sharedVersionSuite(() => openStore(process.env)));
});
