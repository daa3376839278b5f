// The GraphStore contract, on every engine (contract-support.ts): reading nodes and lines, expanding and traversing.
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, type GraphStore } from '../../server/store/contract.js';
import { StoreInputError } from '../../server/store/errors.js';
import { MARAC, onEachEngine, seededEach, sortedIds } from './contract-support.js';
import { ids, nodeById, relById, RELS } from './fixture.js';

onEachEngine('reads', (open) => {
  let store!: GraphStore;
  seededEach(open, (s) => (store = s));

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
});
