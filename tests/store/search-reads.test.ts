// Search costs what its page holds, not what the query matches: the same page of "MARAC" reads the
// same records of search's index and the same nodes on a graph of 8 partnerships and of 300, on
// both engines (Neo4j when NEO4J_URI is set). Counted at the index's boundary (store/search-streams.ts):
// every key, block and node the engine hands back. Both engines read each through an index seek.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode } from '../../server/domain/model.js';
import type { GraphStore } from '../../server/store/contract.js';
import { rankedSearch } from '../../server/store/rank.js';
import { openStore } from '../../server/store/open.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import type { SearchIndex } from '../../server/store/search-streams.js';
import { countingSearchIndex } from '../../bench/national/counting.js';
import { useNeo4jLock } from './neo4j-lock.js';
import { NODES, nodeById } from './fixture.js';

type Searchable = GraphStore & { searchIndex(): SearchIndex | Promise<SearchIndex> };

/**
 * The fixture and n partnerships' panel (alias MARAC), an action naming it, a board whose text names
 * it; for multi-word queries, a group whose name begins "Risk" (no panel), and a "Vulnerable Adults
 * Risk Panel" whose alias, in every other partnership, begins "Risk Panel".
 */
function graph(n: number): GraphNode[] {
  const nodes = [...NODES];
  for (let i = 0; i < n; i++) {
    const p = `p${String(i).padStart(3, '0')}`;
    nodes.push(
      { ...nodeById('havering/marac'), id: `${p}/marac`, text: 'Monthly meeting on high-risk cases.' },
      { ...nodeById('havering/action-dv-1'), id: `${p}/action`, name: `Refer high-risk cases to the MARAC ${i}`, aliases: [], text: undefined },
      { ...nodeById('havering/board'), id: `${p}/board`, name: `Safety Board ${i}`, aliases: [], text: 'Oversees the MARAC.' },
      { ...nodeById('havering/vawg'), id: `${p}/risk-group`, name: 'Risk Assessment Group', aliases: [], text: 'Reviews cases.' },
      { ...nodeById('havering/jag'), id: `${p}/varp`, name: 'Vulnerable Adults Risk Panel', aliases: i % 2 ? [] : ['Risk Panel (Adults)'], text: undefined },
    );
  }
  return nodes;
}

/**
 * What a page of "risk panel" reads, on 8 partnerships and on 300: the index once, then the hits'
 * nodes. The first page opens the exact key, ^risk, and nrisk, npanel and the range npanel* for the
 * named tier, with =risk panel and ^risk again to pass over (one has no block). The named page opens
 * the named and text tiers' keys (nrisk, npanel*, trisk, tpanel*...) and the walks beside them.
 */
const MULTI_WORD_READS = { first: { calls: 2, keys: 5, blocks: 5, nodes: 5 }, named: { calls: 2, keys: 9, blocks: 8, nodes: 3 } };

function readsSuite(open: () => Promise<Searchable>) {
  const stores: Record<'small' | 'large', Searchable | null> = { small: null, large: null };
  const page = async (size: 'small' | 'large', text: string, first: number, after?: string) => {
    // one store, seeded with each graph in turn (one Neo4j database holds one graph)
    const store = stores[size]!;
    const { index, reads } = countingSearchIndex(await store.searchIndex());
    const hits = await rankedSearch({ text, first, after }, index);
    expect(hits).toEqual(await store.search({ text, first, after }));
    return { hits, reads };
  };
  const seeded = async (n: number) => {
    const store = await open();
    await store.writeBatch({ nodes: graph(n), rels: [] }, { replace: true });
    return store;
  };

  describe('8 partnerships', () => {
    beforeAll(async () => {
      stores.small = await seeded(8);
    }, 120_000);
    afterAll(() => stores.small?.close());
    it('reads one record per key opened and the page\'s nodes', async () => {
      const first = await page('small', 'MARAC', 5);
      expect(first.hits.map((h) => h.node.id)).toEqual(['havering/marac', 'p000/marac', 'p001/marac', 'p002/marac', 'p003/marac']);
      // keys: =marac, ^marac*, nmarac and nmarac*, tmarac and tmarac* (a range opened once for all the tiers
      // that read or walk it from the same place); a start block with each
      expect(first.reads).toEqual({ calls: 2, keys: 6, blocks: 6, nodes: 5 });
      const second = await page('small', 'MARAC', 5, first.hits.at(-1)!.cursor);
      expect(second.hits.map((h) => h.node.id)).toEqual(['p004/marac', 'p005/marac', 'p006/marac', 'p007/marac', 'p000/action']);
      // into the lower tiers: the prefix tier's entries (all exact) are passed over, no node read for them;
      // ^marac* is opened twice (for the prefix tier from its start, walked beside the lower ones from the cursor)
      expect(second.reads).toEqual({ calls: 2, keys: 7, blocks: 7, nodes: 5 });
    });
    it('reads for a query of two words only the nodes of its hits', async () => {
      expect(await multiWord('small')).toEqual(MULTI_WORD_READS);
    });
    it('pages join up into the whole list, in the same order', async () => {
      const whole = (await page('small', 'MARAC', 100)).hits;
      expect(whole).toHaveLength(1 + 8 * 3 + 2); // the fixture's MARAC, action and police (text), and 24 of the graph
      const pages: string[] = [];
      let after: string | undefined;
      for (;;) {
        const { hits } = await page('small', 'MARAC', 7, after);
        pages.push(...hits.map((h) => h.node.id));
        if (hits.length < 7) break;
        after = hits.at(-1)!.cursor;
      }
      expect(pages).toEqual(whole.map((h) => h.node.id));
    });
  });

  // "risk panel": the prefix tier reads the postings of names beginning "risk" (the aliases that
  // begin so travel in them), the named tier joins the postings of "risk" and of "panel..."; only hits' nodes are read
  const multiWord = async (size: 'small' | 'large') => {
    const first = await page(size, 'risk panel', 5);
    // the prefix tier: the even partnerships' panels by their alias, the "Risk Assessment Group"s passed over
    expect(first.hits.map((h) => [h.node.id, h.matched])).toEqual(
      ['p000', 'p002', 'p004', 'p006'].map((p) => [`${p}/varp`, 'Risk Panel (Adults)']).concat(size === 'small' ? [['p001/varp', 'Vulnerable Adults Risk Panel']] : [['p008/varp', 'Risk Panel (Adults)']]),
    );
    // in the named tier, after its first hit: the odd partnerships' panels (the even ones passed over by their postings)
    const firstNamed = (await page(size, 'risk panel', size === 'small' ? 5 : 151)).hits.at(-1)!;
    expect(firstNamed.node.id).toBe('p001/varp');
    const named = await page(size, 'risk panel', 3, firstNamed.cursor);
    expect(named.hits.map((h) => h.node.id)).toEqual(['p003/varp', 'p005/varp', 'p007/varp']);
    expect(named.hits.every((h) => h.matched === 'Vulnerable Adults Risk Panel')).toBe(true);
    return { first: first.reads, named: named.reads };
  };

  describe('300 partnerships', () => {
    beforeAll(async () => {
      stores.large = await seeded(300);
    }, 300_000);
    afterAll(() => stores.large?.close());
    it('reads what the same page read on 8, wherever the page starts', async () => {
      const first = await page('large', 'MARAC', 5);
      expect(first.reads).toEqual({ calls: 2, keys: 6, blocks: 6, nodes: 5 });
      const second = await page('large', 'MARAC', 5, first.hits.at(-1)!.cursor);
      expect(second.reads).toEqual({ calls: 2, keys: 7, blocks: 7, nodes: 5 });
      // 151 hits in: the exact tier's third block, found by one seek
      const deep = (await page('large', 'MARAC', 151)).hits.at(-1)!.cursor;
      const middle = await page('large', 'MARAC', 5, deep);
      expect(middle.hits.map((h) => h.node.id)).toEqual(['p150/marac', 'p151/marac', 'p152/marac', 'p153/marac', 'p154/marac']);
      expect(middle.reads).toEqual({ calls: 2, keys: 7, blocks: 7, nodes: 5 });
    });
    it('reads for a query of two words what it read on 8', async () => {
      expect(await multiWord('large')).toEqual(MULTI_WORD_READS);
    });
  });
}

describe('search reads per page: SQLite', () => {
  readsSuite(async () => openSqliteStore(':memory:'));
});

const uri = process.env.NEO4J_URI;
describe.skipIf(!uri)('search reads per page: Neo4j (NEO4J_URI)', () => {
  useNeo4jLock(uri);
  readsSuite(async () => (await openStore(process.env)) as unknown as Searchable);

  it('makes again, when the store opens, an index written in the earlier layout', async () => {
    const store = await openStore(process.env);
    await store.writeBatch({ nodes: graph(2), rels: [] }, { replace: true });
    await store.close();
    const driver = neo4j.driver(uri!, neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
    const oldBlocks = async () => (await driver.executeQuery('MATCH (b:SearchBlock) WHERE b.last IS NULL RETURN count(b) AS n')).records[0]!.toObject().n as unknown;
    try {
      // blocks of the earlier layout had a first posting (lo) and no last, and postings as lists
      await driver.executeQuery("MATCH (b:SearchBlock) REMOVE b.last SET b.lo = '', b.entries = ['']");
      expect(Number(await oldBlocks())).toBeGreaterThan(0);
      const reopened = await openStore(process.env);
      expect(Number(await oldBlocks())).toBe(0);
      expect((await reopened.search({ text: 'MARAC', first: 3 })).map((h) => h.node.id)).toEqual(['havering/marac', 'p000/marac', 'p001/marac']);
      await reopened.close();
    } finally {
      await driver.close();
    }
  }, 120_000);
  it("makes again, when the store opens, an index whose blocks lack their postings' ids (the opening read brings the nodes of the first)", async () => {
    const store = await openStore(process.env);
    await store.writeBatch({ nodes: graph(2), rels: [] }, { replace: true });
    await store.close();
    const driver = neo4j.driver(uri!, neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
    const withoutIds = async () => Number((await driver.executeQuery('MATCH (b:SearchBlock) WHERE b.ids IS NULL RETURN count(b) AS n')).records[0]!.toObject().n);
    try {
      await driver.executeQuery('MATCH (b:SearchBlock) REMOVE b.ids');
      expect(await withoutIds()).toBeGreaterThan(0);
      const reopened = await openStore(process.env);
      expect(await withoutIds()).toBe(0);
      expect((await reopened.search({ text: 'MARAC', first: 3 })).map((h) => h.node.id)).toEqual(['havering/marac', 'p000/marac', 'p001/marac']);
      await reopened.close();
    } finally {
      await driver.close();
    }
  }, 120_000);
});
