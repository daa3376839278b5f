// Search ranking, one for both engines: the order of the hits is decided here from the nodes' names
// alone, so SQLite and Neo4j give the same hits in the same order with the same scores. Each tier
// is read from search's index (search-index.ts) in rank order and the reading stops when the page
// is full, so a page costs what it holds, not what the query matches: the exact tier from the
// query's own key, the prefix tier from the first words of names (and the aliases their postings
// carry), the others as the join of the postings of every word of the query (search-streams.ts),
// so a node is read only when it is a hit.
import type { GraphNode, NodeKind } from '../domain/model.js';
import type { SearchHit } from './contract.js';
import { decodeSearchCursor, encodeSearchCursor } from './cursor.js';
import { idOfRank, kindOfEntry, nameOfRank, rankOfEntry } from './search-entries.js';
import { ClauseCursor, joined, keysFrom, oneKey, type Joined, type KeyRange, type OpenKey, type OpenRange, type SearchIndex } from './search-streams.js';
import { indexTerms, keyLength, meets, normaliseName, queryClauses, searchTokens, type Clause } from './search-terms.js';

const EXACT = 3;
const PREFIX = 2;
const NAMED = 1;
const TEXT = 0;
const EXCERPT = 160;

const terms = indexTerms;

/** The tier of a node, or null when it does not meet the query at all. */
function tierOf(q: string, clauses: readonly Clause[], n: GraphNode): number | null {
  const names = [n.name, ...n.aliases].map(normaliseName);
  if (names.includes(q)) return EXACT;
  if (names.some((name) => name.startsWith(q))) return PREFIX;
  const named = terms(n.name, ...n.aliases);
  if (meets(named, clauses)) return NAMED;
  const all = terms(n.text);
  for (const t of named) all.add(t);
  return meets(all, clauses) ? TEXT : null;
}

function excerpt(text: string, clauses: readonly Clause[]): string {
  if (text.length <= EXCERPT) return text;
  const lower = text.toLowerCase();
  const found = clauses.map((c) => lower.indexOf(c.prefix ?? c.stem)).filter((i) => i >= 0);
  const at = Math.min(...found, text.length);
  const start = Math.max(0, Math.min(at - EXCERPT / 4, text.length - EXCERPT));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + EXCERPT).trim()}${start + EXCERPT < text.length ? '…' : ''}`;
}

/** The name, alias or passage of text a hit is shown with. */
function matchedOf(q: string, clauses: readonly Clause[], tier: number, node: GraphNode): string {
  const names = [node.name, ...node.aliases];
  if (tier === EXACT) return names.find((n) => normaliseName(n) === q)!;
  if (tier === PREFIX) return names.find((n) => normaliseName(n).startsWith(q))!;
  const whole = names.find((n) => meets(terms(n), clauses));
  if (whole !== undefined) return whole;
  if (tier === TEXT && node.text && meets(terms(node.text), clauses)) return excerpt(node.text, clauses);
  // The words are spread over several fields.
  return node.name;
}

/** The key ranges a clause's terms are posted under, in `field` "n" (names) or "t" (text). */
const clauseRanges = (c: Clause, field: string): KeyRange[] => [oneKey(field + c.stem), ...(c.prefix !== undefined ? [keysFrom(field + c.prefix)] : [])];

/** The prefix tier's range: a name that begins with the query begins with its first word, or (one word) a word it begins. */
function prefixRange(q: string): KeyRange {
  const words = searchTokens(q);
  return words.length === 1 ? keysFrom(`^${words[0]}`) : oneKey(`^${words[0]}`);
}

/** Where a tier's nodes are posted, per clause: nothing outside can be in the tier. */
function tierRanges(tier: number, q: string, clauses: readonly Clause[]): KeyRange[][] {
  if (tier === EXACT) return [[oneKey(`=${q}`)]];
  // a name that begins with a query of several words holds its other words too: joined, they pass over
  // the names that only share the first word, which may be many
  if (tier === PREFIX) return [[prefixRange(q)], ...clauses.slice(1).map((c) => clauseRanges(c, 'n'))];
  return clauses.map((c) => (tier === NAMED ? clauseRanges(c, 'n') : [...clauseRanges(c, 'n'), ...clauseRanges(c, 't')]));
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
 * One tier's candidates: its postings in rank order (the join of its clauses), and those read but
 * not yet looked at. The cursors of the higher tiers are walked beside (all are in rank order), so
 * a posting shown there is passed over without reading its node. `complete`: every clause is
 * joined, so a candidate meets the whole query (else its node decides).
 */
interface TierReader {
  tier: number;
  entries: AsyncGenerator<Joined>;
  complete: boolean;
  pending: string[];
  done: boolean;
  exact: ClauseCursor | null;
  prefix: ClauseCursor | null;
}

/**
 * Best first: an exact name or alias, then a name or alias the query begins, then names and aliases
 * holding every word, then text; within each, the shortest name first, then by name and id. The
 * score is the tier plus 1 / (1 + the shortest name's length). Reads: the index once for every
 * tier, then the nodes of the first `first` candidates together; more only when a block runs out,
 * a join seeks past the blocks in hand, or (rarely) a candidate's node shows it in another tier.
 */
export async function rankedSearch(page: SearchPage, index: SearchIndex): Promise<SearchHit[]> {
  const q = normaliseName(page.text);
  const clauses = queryClauses(page.text);
  if (q === '' || clauses.length === 0 || page.first === 0) return [];
  const start = page.after ? decodeSearchCursor(page.after, 'search') : { tier: EXACT, rank: null };
  const tiers = [EXACT, PREFIX, NAMED, TEXT].filter((t) => t <= start.tier);
  const after = (tier: number) => (tier === start.tier ? start.rank : null);

  // Every range of every tier, and of the higher tiers walked beside, opened in one read.
  const wanted = new Map<string, OpenRange>();
  const want = (r: KeyRange, from: string | null) => {
    const id = `${r.lo}\u0000${r.hi}\u0000${from ?? ''}`;
    if (!wanted.has(id)) wanted.set(id, { ...r, after: from });
    return id;
  };
  const exactRange = oneKey(`=${q}`);
  const plan = tiers.map((t) => ({
    tier: t,
    clauses: tierRanges(t, q, clauses).map((rs) => rs.map((r) => want(r, after(t)))),
    exact: t < EXACT ? want(exactRange, after(t)) : null,
    prefix: t < PREFIX ? want(prefixRange(q), after(t)) : null,
  }));
  const ids = [...wanted.keys()];
  const opened = new Map((await index.open([...wanted.values()])).map((keys, i) => [ids[i]!, keys]));
  const keysOf = (rangeIds: readonly string[]) => rangeIds.flatMap((id) => opened.get(id)!);

  const readers: TierReader[] = plan.map((p) => {
    const perClause = p.clauses.map(keysOf);
    const driver = perClause.reduce((best, keys) => (blocksOf(keys) < blocksOf(best) ? keys : best));
    // (the prefix tier's first clause, its first words, carries the aliases it is decided by)
    const joinedClauses = perClause.filter((keys, i) => keys === driver || keys.length <= JOIN_KEYS || (p.tier === PREFIX && i === 0));
    const prefixKeys = p.prefix ? keysOf([p.prefix]) : [];
    return {
      tier: p.tier,
      entries: joined(joinedClauses.map((keys) => ClauseCursor.of(index, keys, after(p.tier)))),
      complete: joinedClauses.length === perClause.length,
      pending: [],
      done: false,
      exact: p.exact ? ClauseCursor.of(index, keysOf([p.exact]), after(p.tier)) : null,
      prefix: p.prefix && prefixKeys.length <= JOIN_KEYS ? ClauseCursor.of(index, prefixKeys, after(p.tier)) : null,
    };
  });

  const beginsWithQuery = (name: string) => normaliseName(name).startsWith(q);
  /** Whether the postings alone place a candidate in another tier than the reader's. */
  const elsewhere = async (r: TierReader, found: Joined): Promise<boolean> => {
    const rank = rankOfEntry(found.entry);
    const name = nameOfRank(rank);
    // the prefix tier's postings carry the aliases that begin with its word
    if (r.tier === PREFIX && !beginsWithQuery(name) && !found.clauses[0]!.aliases(rank).some((a) => a.startsWith(q))) return true;
    if (r.tier <= NAMED && beginsWithQuery(name)) return true;
    if (r.tier === TEXT && (r.complete ? found.clauses.every((c) => c.holds('n', rank)) : meets(terms(name), clauses))) return true;
    if (r.exact) {
      await r.exact.seek(rank);
      const e = r.exact.entry();
      if (e !== null && rankOfEntry(e) === rank) return true;
    }
    if (r.prefix) {
      await r.prefix.seek(rank);
      if (r.prefix.aliases(rank).some((a) => a.startsWith(q))) return true;
    }
    return false;
  };

  /** Reads up to `n` candidates of a tier ahead. */
  const fill = async (r: TierReader, n: number) => {
    while (!r.done && r.pending.length < n) {
      const next = await r.entries.next();
      if (next.done) r.done = true;
      else if (!page.kinds || page.kinds.has(kindOfEntry(next.value.entry))) {
        if (!(await elsewhere(r, next.value))) r.pending.push(rankOfEntry(next.value.entry));
      }
    }
  };
  const nodes = new Map<string, GraphNode | null>();
  const readNodes = async () => {
    const ids = [...new Set(readers.flatMap((r) => r.pending.map(idOfRank)))].filter((id) => !nodes.has(id));
    if (ids.length) (await index.nodes(ids)).forEach((node, i) => nodes.set(ids[i]!, node));
  };

  const hits: SearchHit[] = [];
  // Enough candidates of the first tiers to fill the page if none is a duplicate, their nodes in one read.
  let ahead = 0;
  for (const r of readers) {
    if (ahead >= page.first) break;
    await fill(r, page.first - ahead);
    ahead += r.pending.length;
  }
  await readNodes();
  for (const r of readers) {
    while (hits.length < page.first) {
      if (r.pending.length === 0) {
        if (r.done) break;
        await fill(r, page.first - hits.length);
        await readNodes();
        continue;
      }
      const rank = r.pending.shift()!;
      const node = nodes.get(idOfRank(rank));
      // A node deleted between the reads is left out (a pinned read view never sees that); one of a higher tier was met there.
      if (!node || tierOf(q, clauses, node) !== r.tier) continue;
      hits.push({
        node,
        score: r.tier + 1 / (1 + keyLength(node.name, node.aliases)),
        matched: matchedOf(q, clauses, r.tier, node),
        cursor: encodeSearchCursor(r.tier, rank),
      });
    }
  }
  await Promise.all(readers.map((r) => r.entries.return(undefined)));
  return hits;
}
