// Search costs what its page holds, not what the query matches: the same page of "MARAC" reads the
// same records of search's index and the same nodes on a graph of 8 partnerships and of 300, on
// both engines (Neo4j when NEO4J_URI is set). Counted at the index's boundary (store/search-streams.ts):
// every key, block and node the engine hands back. Both engines read each through an index seek.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode } from '../../server/domain/model.js';
import type { GraphStore } from '../../server/store/contract.js';
import { rankedSearch } from '../../server/store/rank.js';
import type { SearchIndex } from '../../server/store/search-streams.js';
import { openStore } from '../../server/store/open.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { useNeo4jLock } from './neo4j-lock.js';
import { NODES, nodeById } from './fixture.js';

type Searchable = GraphStore & { searchIndex(): SearchIndex | Promise<SearchIndex> };

/** The fixture and n partnerships' panel (alias MARAC), an action naming it, a board whose text names it. */
function graph(n: number): GraphNode[] {
  const nodes = [...NODES];
  for (let i = 0; i < n; i++) {
    const p = `p${String(i).padStart(3, '0')}`;
    nodes.push(
      { ...nodeById('havering/marac'), id: `${p}/marac`, text: 'Monthly meeting on high-risk cases.' },
      { ...nodeById('havering/action-dv-1'), id: `${p}/action`, name: `Refer high-risk cases to the MARAC ${i}`, aliases: [], text: undefined },
      { ...nodeById('havering/board'), id: `${p}/board`, name: `Safety Board ${i}`, aliases: [], text: 'Oversees the MARAC.' },
    );
  }
  return nodes;
}

interface Reads {
  calls: number;
  keys: number;
  blocks: number;
  nodes: number;
}

function counting(index: SearchIndex): { index: SearchIndex; reads: Reads } {
  const reads: Reads = { calls: 0, keys: 0, blocks: 0, nodes: 0 };
  return {
    reads,
    index: {
      open: async (ranges) => {
        reads.calls++;
        const opened = await index.open(ranges);
        for (const keys of opened) [reads.keys, reads.blocks] = [reads.keys + keys.length, reads.blocks + keys.length];
        return opened;
      },
      nextBlock: async (key, lo) => {
        reads.calls++;
        const b = await index.nextBlock(key, lo);
        if (b) reads.blocks++;
        return b;
      },
      nodes: async (ids) => {
        reads.calls++;
        const found = await index.nodes(ids);
        reads.nodes += found.filter(Boolean).length;
        return found;
      },
    },
  };
}

function readsSuite(open: () => Promise<Searchable>) {
  const stores: Record<'small' | 'large', Searchable | null> = { small: null, large: null };
  const page = async (size: 'small' | 'large', text: string, first: number, after?: string) => {
    // one store, seeded with each graph in turn (one Neo4j database holds one graph)
    const store = stores[size]!;
    const { index, reads } = counting(await store.searchIndex());
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
      // keys: =marac, ^marac, nmarac (two ranges), for the text tier nmarac and tmarac (two ranges each), and =marac
      // again for each of the three tiers below it (passing over its nodes); a start block with each
      expect(first.reads).toEqual({ calls: 2, keys: 11, blocks: 11, nodes: 5 });
      const second = await page('small', 'MARAC', 5, first.hits.at(-1)!.cursor);
      expect(second.hits.map((h) => h.node.id)).toEqual(['p004/marac', 'p005/marac', 'p006/marac', 'p007/marac', 'p000/action']);
      // into the lower tiers: the prefix tier's entries (all exact) are passed over, no node read for them
      expect(second.reads).toEqual({ calls: 2, keys: 11, blocks: 11, nodes: 5 });
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

  describe('300 partnerships', () => {
    beforeAll(async () => {
      stores.large = await seeded(300);
    }, 300_000);
    afterAll(() => stores.large?.close());
    it('reads what the same page read on 8, wherever the page starts', async () => {
      const first = await page('large', 'MARAC', 5);
      expect(first.reads).toEqual({ calls: 2, keys: 11, blocks: 11, nodes: 5 });
      const second = await page('large', 'MARAC', 5, first.hits.at(-1)!.cursor);
      expect(second.reads).toEqual({ calls: 2, keys: 11, blocks: 11, nodes: 5 });
      // 151 hits in: the exact tier's third block, found by one seek
      const deep = (await page('large', 'MARAC', 151)).hits.at(-1)!.cursor;
      const middle = await page('large', 'MARAC', 5, deep);
      expect(middle.hits.map((h) => h.node.id)).toEqual(['p150/marac', 'p151/marac', 'p152/marac', 'p153/marac', 'p154/marac']);
      expect(middle.reads).toEqual({ calls: 2, keys: 11, blocks: 11, nodes: 5 });
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
});
