// The GraphStore contract, on every engine (contract-support.ts): pages of nodes and search.
import { describe, expect, it } from 'vitest';
import { type GraphNode } from '../../server/domain/model.js';
import { MAX_PAGE, type GraphStore } from '../../server/store/contract.js';
import { StoreInputError } from '../../server/store/errors.js';
import { MARAC, onEachEngine, seededEach, sortedIds } from './contract-support.js';
import { ids, NODES, nodeById } from './fixture.js';

onEachEngine('lists and search', (open) => {
  let store!: GraphStore;
  seededEach(open, (s) => (store = s));

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
    it('folds text as search does (hyphens, apostrophes, "&"): each spelling finds what search finds, and only that', async () => {
      const node = (id: string, name: string, aliases: string[], text?: string): GraphNode => ({ ...nodeById('havering/jag'), id, name, aliases, text });
      await store.writeBatch({
        nodes: [
          node('f/asb-panel', 'Anti-Social Behaviour Panel', []),
          node('f/trigger', 'Community Trigger', [], 'Tackles anti social behaviour in the parks.'),
          node('f/asb-unit', 'Antisocial Behaviour Unit', []),
          node('f/children', 'Children’s Services Board', ['Safe & Sound']),
          node('f/hub', "Childrens' Hub", []),
        ],
        rels: [],
      });
      const listed = async (text: string) => ids((await store.listNodes({ text, first: 50 })).items).filter((id) => id.startsWith('f/'));
      const found = async (text: string) => (await store.search({ text, first: 50 })).map((h) => h.node.id).filter((id) => id.startsWith('f/')).sort();
      const spellings: [string[], string[]][] = [
        // a hyphen parts words, and a hyphenated word is also read closed up; a word written closed up is not split
        [['Anti-social', 'anti social', 'ANTI\u2011SOCIAL', 'anti -  social'], ['f/asb-panel', 'f/trigger']],
        [['antisocial', 'ANTISOCIAL'], ['f/asb-panel', 'f/asb-unit']],
        [["children's services", 'Children’s Services', 'childrens services'], ['f/children']],
        [["children's", 'childrens'], ['f/children', 'f/hub']],
        [['safe and sound', 'Safe &Sound', 'SAFE & SOUND'], ['f/children']],
      ];
      for (const [texts, want] of spellings) {
        for (const text of texts) {
          expect(await listed(text), text).toEqual(want);
          expect(await found(text), text).toEqual(want);
        }
      }
      // a substring still: a word begun, or ended, matches
      expect(await listed('ocial behav')).toEqual(['f/asb-panel', 'f/asb-unit', 'f/trigger']);
      // text of marks only has no word to look for, and filters nothing, as blank does
      expect((await store.listNodes({ text: ' -- ', first: 10, count: true })).totalCount).toBe((await store.listNodes({ first: 10, count: true })).totalCount);
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
});
