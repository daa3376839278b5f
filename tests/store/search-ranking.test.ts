// Search's order on the five real plans (seeds/), on each engine (Neo4j when NEO4J_URI is set): what
// a user typing several words expects first (server/store/search-tiers.ts), and the same hits, in
// the same order, with the same scores, on both engines, a page at a time as in one page.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedDir } from '../../server/seeds/load.js';
import type { GraphStore, SearchHit } from '../../server/store/contract.js';
import { openStore } from '../../server/store/open.js';
import { rankedSearch } from '../../server/store/rank.js';
import { entryOf, kindOfEntry, rankOfEntry } from '../../server/store/search-entries.js';
import type { Block } from '../../server/store/search-index.js';
import type { SearchIndex } from '../../server/store/search-streams.js';
import { TERMS_VERSION } from '../../server/store/search-terms.js';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite/store.js';
import { SEEDS_DIR } from '../api/support/store.js';
import { useNeo4jLock } from './neo4j-lock.js';

/** Queries of several words from the plans, and one a user is still typing. */
const QUERIES = ['risk panel', 'risk pan', 'community safety partnership', 'youth justice', 'domestic abuse', 'violence against women', 'safeguarding adults', 'anti social behaviour'];

/**
 * Spellings that search folds alike (search-terms.ts): hyphens (ASCII and U+2011) as spaces and a
 * hyphenated word closed up, apostrophes (straight and curly), "&" as "and", a slash; per group,
 * the same hits in the same order with the same scores.
 */
const SPELLINGS = [
  ['anti social', 'anti-social', 'antisocial', 'ANTI\u2011SOCIAL'],
  ['anti-social behaviour team', 'anti social behaviour team', 'antisocial behaviour team'],
  ["children's services", 'children\u2019s services', 'childrens services', 'Childrens  Services'],
  ['safe & sound', 'safe and sound', 'Safe &Sound'],
  ['spa/mash', 'spa mash', 'SPA / MASH'],
];

const top = async (store: GraphStore, text: string, first = 8) => (await store.search({ text, first })).map((h) => h.node.id);

/** Every hit of a query, a page of `size` at a time. */
async function paged(store: GraphStore, text: string, size: number): Promise<SearchHit[]> {
  const all: SearchHit[] = [];
  for (let after: string | undefined; ; ) {
    const page = await store.search({ text, first: size, after });
    all.push(...page);
    if (page.length < size) return all;
    after = page.at(-1)!.cursor;
  }
}

function rankingSuite(open: () => Promise<GraphStore>) {
  let store: GraphStore;
  beforeAll(async () => {
    store = await open();
    await store.writeBatch((await loadSeedDir(SEEDS_DIR)).batch, { replace: true });
  }, 120_000);
  afterAll(() => store?.close());

  it('"risk panel": the panel with both words in its name first, the MARAC panel ("Risk" only in an alias) after every name holding both', async () => {
    const hits = await store.search({ text: 'risk panel', first: 8 });
    expect(hits.slice(0, 4).map((h) => [h.node.id, Math.floor(h.score)])).toEqual([
      ['richmond/risk-management-panel', 2],
      ['vru/ma-2-4', 2], // "Multi-agency panel for those at risk of violence and exploitation"
      ['richmond/2017-sn-c3b', 2], // "... through the Risk Management Panel to ..."
      ['havering/asb-community-marac-panel', 1],
    ]);
    expect(hits[0]!.matched).toBe('Risk Management Panel');
    // then text only
    expect(hits.slice(4).every((h) => h.score < 1)).toBe(true);
  });

  it('puts the names a query begins first, then names holding every word', async () => {
    expect((await top(store, 'community safety partnership', 5))[0]).toBe('rbkc/community-safety-partnership-board');
    const partnerships = await store.search({ text: 'community safety partnership', first: 12 });
    // the three boroughs' partnerships hold all three words in their names, after the names that begin with them
    const csp = partnerships.filter((h) => /^(richmond|wandsworth|havering)\/csp$/.test(h.node.id));
    expect(csp.map((h) => Math.floor(h.score))).toEqual([2, 2, 2]);
    expect(partnerships.findIndex((h) => h.score < 3)).toBe(partnerships.indexOf(csp[0]!));
    // "youth justice": the board, and the team whose alias is "Youth Justice Service" (both begin with it; shortest names YJB and YOT, then by name)
    expect(await top(store, 'youth justice', 2)).toEqual(['org/youth-justice-board', 'org/richmond-yot']);
  });

  it('finds the same hits, in the same order, for spellings that differ by hyphens, apostrophes, "&" and slashes', async () => {
    for (const [first, ...others] of SPELLINGS) {
      const hits = await store.search({ text: first!, first: 60 });
      expect(hits.length, first).toBeGreaterThan(0);
      const shown = (h: SearchHit) => [h.node.id, h.score, h.matched];
      for (const text of others) expect((await store.search({ text, first: 60 })).map(shown), text).toEqual(hits.map(shown));
    }
    // whole names, hyphenated or with an apostrophe, are exact hits in every spelling
    const exact = async (text: string) => (await store.search({ text, first: 1 })).map((h) => [h.node.id, Math.floor(h.score), h.matched]);
    expect(await exact('antisocial behaviour team')).toEqual([['org/rbkc-asb-team', 4, 'Anti-Social Behaviour Team']]);
    // (AfC's alias: its shortest name, AfC, comes first among the exact hits)
    expect(await exact('childrens services')).toEqual([['org/achieving-for-children', 4, "Children's Services"]]);
    // a hyphenated word begun closed up is a prefix hit
    expect((await store.search({ text: 'antisoc', first: 3 })).map((h) => Math.floor(h.score))).toEqual([3, 3, 3]);
  });

  it('gives every query the same hits a page at a time as in one page', async () => {
    for (const text of [...QUERIES, ...SPELLINGS.flat()]) {
      const whole = await store.search({ text, first: 200 });
      expect((await paged(store, text, 3)).map((h) => h.node.id), text).toEqual(whole.map((h) => h.node.id));
    }
  });

  return () => store;
}

describe('search ranking on seeds/ (SQLite)', () => {
  let sqlite: SqliteStore;
  const store = rankingSuite(async () => (sqlite = openSqliteStore(':memory:')));

  it('ranks the same from an index whose postings do not say which names hold their terms (written before they did): the nodes decide', async () => {
    const index = sqlite.searchIndex();
    const withoutNames: SearchIndex = {
      ...index,
      open: async (ranges) => (await index.open(ranges)).map((keys) => keys.map((k) => ({ ...k, start: k.start && bare(k.start) }))),
      seek: async (key, rank) => {
        const b = await index.seek(key, rank);
        return b && bare(b);
      },
    };
    for (const text of QUERIES) expect(await rankedSearch({ text, first: 40 }, withoutNames), text).toEqual(await store().search({ text, first: 40 }));
  });
});

/** A block of an "n" key with its postings cut to rank key and kind, as before they carried names. */
const bare = (b: Block): Block => (b.key.startsWith('n') ? { ...b, entries: b.entries.map((e) => entryOf(rankOfEntry(e), kindOfEntry(e))) } : b);

const uri = process.env.NEO4J_URI;
describe.skipIf(!uri)(`search ranking on seeds/: Neo4j, and the same hits as SQLite${uri ? ` (${uri})` : ' (skipped: NEO4J_URI is not set)'}`, () => {
  useNeo4jLock(uri);
  const neo = rankingSuite(async () => openStore(process.env));
  let sqlite: GraphStore;
  beforeAll(async () => {
    sqlite = openSqliteStore(':memory:');
    await sqlite.writeBatch((await loadSeedDir(SEEDS_DIR)).batch, { replace: true });
  });
  afterAll(() => sqlite?.close());

  it('answers every query as SQLite does: hits, order, scores, matched text and cursors', async () => {
    for (const text of [...QUERIES, ...SPELLINGS.flat()]) expect(await neo().search({ text, first: 40 }), text).toEqual(await sqlite.search({ text, first: 40 }));
  });

  it('makes search\'s index and the filters\' text again on opening when they were written folded otherwise (an earlier TERMS_VERSION)', async () => {
    const driver = neo4j.driver(uri!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
    try {
      // an index of an earlier version: marked so, and without its exact keys
      await driver.executeQuery('MATCH (b:SearchBlock) SET b.layout = 1');
      await driver.executeQuery("MATCH (b:SearchBlock|SearchKey) WHERE b.key STARTS WITH '=' DELETE b");
      expect(Math.floor((await neo().search({ text: 'antisocial behaviour team', first: 1 }))[0]!.score)).toBeLessThan(4);
      // the filters' text as TERMS_VERSION 2 wrote it: only lower-cased, so a closed-up spelling finds nothing
      await driver.executeQuery("MATCH (n:Node) SET n.searchLc = toLower(reduce(s = n.name, a IN coalesce(n.aliases, []) | s + '\\n' + a) + '\\n' + coalesce(n.text, ''))");
      const filtered = (store: GraphStore) => store.listNodes({ text: 'antisocial behaviour', first: 500, count: true });
      expect((await filtered(neo())).totalCount).toBe(0);
      const reopened = await openStore(process.env);
      try {
        const { records } = await driver.executeQuery('MATCH (b:SearchBlock) RETURN collect(DISTINCT b.layout) AS layouts');
        expect(records[0]!.get('layouts').map(Number)).toEqual([TERMS_VERSION]);
        expect(await reopened.search({ text: 'antisocial behaviour team', first: 40 })).toEqual(await sqlite.search({ text: 'antisocial behaviour team', first: 40 }));
        const listed = await filtered(reopened);
        expect(listed.totalCount).toBeGreaterThan(0);
        expect(listed).toEqual(await filtered(sqlite));
      } finally {
        await reopened.close();
      }
    } finally {
      await driver.close();
    }
  });
});
