// Search ranking, one for both engines: the order of the hits (search-tiers.ts) is decided here from
// the nodes' names alone, so SQLite and Neo4j give the same hits in the same order with the same
// scores. Each tier is read from search's index (search-index.ts) in rank order and the reading
// stops when the page is full, so a page costs what it holds, not what the query matches: the exact
// tier from the query's own key, the prefix tier from the first words of names (and the aliases
// their postings carry), the others as the join of the postings of every word of the query
// (search-streams.ts), so a node is read only when it is a hit. The named tiers share one join,
// read once: each candidate goes to its tier's queue, decided from the names its postings carry.
// (So a query whose words are seldom in one name but often spread over a node's names reads the
// postings of the spread ones before its page is full: they wait in their queue, read once.)
import type { GraphNode, NodeKind } from '../domain/model.js';
import type { SearchHit } from './contract.js';
import { decodeSearchCursor, encodeSearchCursor } from './cursor.js';
import { idOfRank, kindOfEntry, nameOfRank, rankOfEntry } from './search-entries.js';
import { ClauseCursor, joined, keysFrom, oneKey, type Joined, type KeyRange, type OpenKey, type OpenRange, type SearchIndex } from './search-streams.js';
import { meets, queryClauses, type Clause } from './search-terms.js';
import { nameForms, normaliseName, searchTokens } from './text-fold.js';
import { EXACT, FAMILIES, judge, ONE_NAME, postingsTier, PREFIX, TEXT } from './search-tiers.js';

/** The key ranges a clause's terms are posted under, in `field` "n" (names) or "t" (text). */
const clauseRanges = (c: Clause, field: string): KeyRange[] => [oneKey(field + c.stem), ...(c.prefix !== undefined ? [keysFrom(field + c.prefix)] : [])];

/** The prefix tier's range: a name that begins with the query begins with its first word, or (one word) a word it begins. */
function prefixRange(q: string): KeyRange {
  const words = searchTokens(q);
  return words.length === 1 ? keysFrom(`^${words[0]}`) : oneKey(`^${words[0]}`);
}

/** Where the nodes of a family of tiers (its best tier: `tier`) are posted, per clause: nothing outside can be in the family. */
function tierRanges(tier: number, q: string, clauses: readonly Clause[]): KeyRange[][] {
  if (tier === EXACT) return [[oneKey(`=${q}`)]];
  // a name that begins with a query of several words holds its other words too: joined, they pass over
  // the names that only share the first word, which may be many
  if (tier === PREFIX) return [[prefixRange(q)], ...clauses.slice(1).map((c) => clauseRanges(c, 'n'))];
  return clauses.map((c) => (tier === TEXT ? [...clauseRanges(c, 'n'), ...clauseRanges(c, 't')] : clauseRanges(c, 'n')));
}

/**
 * A clause over more keys than this (the last word a short prefix: "p" is every term beginning
 * with p) is not joined, as seeking it costs a read per key: its candidates are checked on their
 * nodes. The clause posted in the fewest blocks is joined whatever its keys.
 */
const JOIN_KEYS = 8;
const blocksOf = (keys: readonly OpenKey[]) => keys.reduce((n, k) => n + k.blocks, 0);

export interface SearchPage {
  text: string;
  first: number;
  /** a hit's cursor: the page starts after it */
  after?: string | null;
  kinds?: ReadonlySet<NodeKind> | null;
}

/**
 * The candidates of a family of tiers (search-tiers.ts FAMILIES), read from one place on: its
 * postings in rank order (the join of its clauses), each put in the queue of its tier's reader. The
 * cursors of the higher tiers are walked beside (all are in rank order), so a posting shown there is
 * passed over without reading its node. `complete`: every clause is joined, so a candidate meets the
 * whole query and its postings carry its tier (else they may, or its node decides, in every reader's queue).
 */
interface Source {
  /** the family's best tier */
  top: number;
  entries: AsyncGenerator<Joined>;
  complete: boolean;
  done: boolean;
  exact: ClauseCursor | null;
  prefix: ClauseCursor | null;
  readers: Map<number, TierReader>;
}

/** One tier's candidates read but not yet looked at (rank keys), best first. */
interface TierReader {
  tier: number;
  source: Source;
  pending: string[];
}

/**
 * Best first, by tier (search-tiers.ts); within each, the shortest name first, then by name and id.
 * The score is the tier plus 1 / (1 + the shortest name's length). Reads: the index once for every
 * tier, then the nodes of the first `first` candidates together; more only when a block runs out,
 * a join seeks past the blocks in hand, or (rarely) a candidate's node shows it in another tier.
 */
export async function rankedSearch(page: SearchPage, index: SearchIndex): Promise<SearchHit[]> {
  const q = normaliseName(page.text);
  const clauses = queryClauses(page.text);
  if (q === '' || clauses.length === 0 || page.first === 0) return [];
  const start = page.after ? decodeSearchCursor(page.after, 'search') : { tier: EXACT, rank: null };
  const after = (tier: number) => (tier === start.tier ? start.rank : null);
  // per family, its tiers from the cursor's on, in groups read from the same place: the cursor's tier from its rank, the ones below from their start
  const groups = FAMILIES.flatMap((family) => {
    const tiers = family.filter((t) => t <= start.tier);
    const here = tiers.filter((t) => t === start.tier);
    const below = tiers.filter((t) => t < start.tier);
    return [here, below].filter((g) => g.length > 0).map((g) => ({ top: family[0]!, tiers: g, from: after(g[0]!) }));
  });

  // Every range of every group, and of the higher tiers walked beside, opened in one read.
  const wanted = new Map<string, OpenRange>();
  const want = (r: KeyRange, from: string | null) => {
    const id = `${r.lo}\u0000${r.hi}\u0000${from ?? ''}`;
    if (!wanted.has(id)) wanted.set(id, { ...r, after: from });
    return id;
  };
  const exactRange = oneKey(`=${q}`);
  const plan = groups.map((g) => ({
    ...g,
    clauses: tierRanges(g.top, q, clauses).map((rs) => rs.map((r) => want(r, g.from))),
    exact: g.top < EXACT ? want(exactRange, g.from) : null,
    prefix: g.top < PREFIX ? want(prefixRange(q), g.from) : null,
  }));
  const ids = [...wanted.keys()];
  const opened = new Map((await index.open([...wanted.values()])).map((keys, i) => [ids[i]!, keys]));
  const keysOf = (rangeIds: readonly string[]) => rangeIds.flatMap((id) => opened.get(id)!);

  const readers: TierReader[] = [];
  const sources = plan.map((p): Source => {
    const perClause = p.clauses.map(keysOf);
    const driver = perClause.reduce((best, keys) => (blocksOf(keys) < blocksOf(best) ? keys : best));
    // (the prefix tier's first clause, its first words, carries the aliases it is decided by)
    const joinedClauses = perClause.filter((keys, i) => keys === driver || keys.length <= JOIN_KEYS || (p.top === PREFIX && i === 0));
    const prefixKeys = p.prefix ? keysOf([p.prefix]) : [];
    const source: Source = {
      top: p.top,
      entries: joined(joinedClauses.map((keys) => ClauseCursor.of(index, keys, p.from))),
      complete: joinedClauses.length === perClause.length,
      done: false,
      exact: p.exact ? ClauseCursor.of(index, keysOf([p.exact]), p.from) : null,
      prefix: p.prefix && prefixKeys.length <= JOIN_KEYS ? ClauseCursor.of(index, prefixKeys, p.from) : null,
      readers: new Map(),
    };
    for (const tier of p.tiers) {
      const reader = { tier, source, pending: [] };
      source.readers.set(tier, reader);
      readers.push(reader);
    }
    return source;
  });
  readers.sort((a, b) => b.tier - a.tier);

  const beginsWithQuery = (name: string) => nameForms(name).some((form) => form.startsWith(q));
  /** Whether the postings alone place a candidate in a family above the source's. */
  const elsewhere = async (s: Source, found: Joined): Promise<boolean> => {
    const rank = rankOfEntry(found.entry);
    const name = nameOfRank(rank);
    // the prefix tier's postings carry the aliases that begin with its word
    if (s.top === PREFIX && !beginsWithQuery(name) && !found.clauses[0]!.aliases(rank).some((a) => a.startsWith(q))) return true;
    if (s.top < PREFIX && beginsWithQuery(name)) return true;
    if (s.top === TEXT && (s.complete ? found.clauses.every((c) => c.holds('n', rank)) : meets(clauses, name))) return true;
    if (s.exact) {
      await s.exact.seek(rank);
      const e = s.exact.entry();
      if (e !== null && rankOfEntry(e) === rank) return true;
    }
    if (s.prefix) {
      await s.prefix.seek(rank);
      if (s.prefix.aliases(rank).some((a) => a.startsWith(q))) return true;
    }
    return false;
  };
  /** Puts a candidate in its tier's queue: one decided by the postings, else every reader's (its node decides). */
  const place = async (s: Source, found: Joined) => {
    if (await elsewhere(s, found)) return;
    const rank = rankOfEntry(found.entry);
    const tier = s.top !== ONE_NAME ? s.top : postingsTier(found.clauses, rank, s.complete);
    if (tier === null) for (const r of s.readers.values()) r.pending.push(rank);
    else s.readers.get(tier)?.pending.push(rank);
  };

  /** Reads a tier's source until it has `n` candidates ahead (or the source runs out). */
  const fill = async (r: TierReader, n: number) => {
    const s = r.source;
    while (!s.done && r.pending.length < n) {
      const next = await s.entries.next();
      if (next.done) s.done = true;
      else if (!page.kinds || page.kinds.has(kindOfEntry(next.value.entry))) await place(s, next.value);
    }
  };
  const nodes = new Map<string, GraphNode | null>();
  /** Reads the nodes of the next `n` candidates, in the readers' order from the `from`th on. */
  const readNodes = async (from: number, n: number) => {
    const ids = new Set<string>();
    let seen = 0;
    for (const r of readers.slice(from)) {
      for (const rank of r.pending) {
        if (seen++ >= n) break;
        if (!nodes.has(idOfRank(rank))) ids.add(idOfRank(rank));
      }
    }
    const list = [...ids];
    if (list.length) (await index.nodes(list)).forEach((node, i) => nodes.set(list[i]!, node));
  };

  const hits: SearchHit[] = [];
  // Enough candidates of the first tiers to fill the page if none is a duplicate, their nodes in one read.
  let ahead = 0;
  for (const r of readers) {
    if (ahead >= page.first) break;
    await fill(r, page.first - ahead);
    ahead += r.pending.length;
  }
  await readNodes(0, page.first);
  for (const [i, r] of readers.entries()) {
    while (hits.length < page.first) {
      if (r.pending.length === 0) {
        if (r.source.done) break;
        await fill(r, page.first - hits.length);
        continue;
      }
      if (!nodes.has(idOfRank(r.pending[0]!))) await readNodes(i, page.first - hits.length);
      const rank = r.pending.shift()!;
      const node = nodes.get(idOfRank(rank));
      // A node deleted between the reads is left out (a pinned read view never sees that); one of another tier is met in its own.
      if (!node) continue;
      const judged = judge(q, clauses, node);
      if (judged?.tier !== r.tier) continue;
      hits.push({ node, score: r.tier + 1 / (1 + judged.keyLength), matched: judged.matched, cursor: encodeSearchCursor(r.tier, rank) });
    }
  }
  await Promise.all(sources.map((s) => s.entries.return(undefined)));
  return hits;
}
