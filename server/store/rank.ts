// Search ranking, one for both engines: the order of the hits is decided here from the nodes' names
// alone, so SQLite and Neo4j give the same hits in the same order with the same scores. Each tier
// is read from search's index (search-index.ts) in rank order and the reading stops when the page
// is full, so a page costs what it holds, not what the query matches: the exact tier from the
// query's own key, the prefix tier from the first words of names, the others from the postings of
// the rarest word of the query, each candidate checked against the whole query.
import type { GraphNode, NodeKind } from '../domain/model.js';
import type { SearchHit } from './contract.js';
import { decodeSearchCursor, encodeSearchCursor } from './cursor.js';
import { idOfRank, kindOfEntry, nameOfRank, rankOfEntry } from './search-index.js';
import { keysFrom, mergedEntries, oneKey, type KeyRange, type OpenKey, type SearchIndex } from './search-streams.js';
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

/** Where a tier's nodes are posted, per clause for the two last tiers: nothing outside can be in the tier. */
function tierRanges(tier: number, q: string, clauses: readonly Clause[]): KeyRange[][] {
  if (tier === EXACT) return [[oneKey(`=${q}`)]];
  // A name that begins with the query begins with its first word, or (one word) a word it begins.
  const words = searchTokens(q);
  if (tier === PREFIX) return [[words.length === 1 ? keysFrom(`^${words[0]}`) : oneKey(`^${words[0]}`)]];
  return clauses.map((c) => (tier === NAMED ? clauseRanges(c, 'n') : [...clauseRanges(c, 'n'), ...clauseRanges(c, 't')]));
}

/** The clause posted in the fewest blocks (ties: the first) drives the reading of its tier. */
const rarest = (perClause: OpenKey[][]): OpenKey[] =>
  perClause.reduce((best, keys) => (keys.reduce((n, k) => n + k.blocks, 0) < best.reduce((n, k) => n + k.blocks, 0) ? keys : best));

export interface SearchPage {
  text: string;
  first: number;
  /** a hit's cursor: the page starts after it */
  after?: string | null;
  kinds?: ReadonlySet<NodeKind> | null;
}

/**
 * One tier's candidates: its entries in rank order, and those read but not yet looked at. `exact`
 * walks the exact tier's entries beside them (both are in rank order), so a node already shown
 * there is passed over without reading it; `exactAt` is where that walk stands (null: at its end).
 */
interface TierReader {
  tier: number;
  entries: AsyncGenerator<string>;
  pending: string[];
  done: boolean;
  exact: AsyncGenerator<string> | null;
  exactAt?: string | null;
}

/**
 * Best first: an exact name or alias, then a name or alias the query begins, then names and aliases
 * holding every word, then text; within each, the shortest name first, then by name and id. The
 * score is the tier plus 1 / (1 + the shortest name's length). Reads: the index once for every
 * tier, then the nodes of the first `first` candidates together; more only when candidates turn
 * out to belong to a higher tier (or the kinds asked leave some out) or a block runs out.
 */
export async function rankedSearch(page: SearchPage, index: SearchIndex): Promise<SearchHit[]> {
  const q = normaliseName(page.text);
  const clauses = queryClauses(page.text);
  if (q === '' || clauses.length === 0 || page.first === 0) return [];
  const start = page.after ? decodeSearchCursor(page.after, 'search') : { tier: EXACT, rank: null };
  const tiers = [EXACT, PREFIX, NAMED, TEXT].filter((t) => t <= start.tier);
  const after = (tier: number) => (tier === start.tier ? start.rank : null);
  const ranges = tiers.map((t) => tierRanges(t, q, clauses));
  const exactKey = oneKey(`=${q}`);
  const opened = await index.open([
    ...ranges.flatMap((perClause, i) => perClause.flat().map((r) => ({ ...r, after: after(tiers[i]!) }))),
    ...tiers.filter((t) => t < EXACT).map((t) => ({ ...exactKey, after: after(t) })),
  ]);
  const readers: TierReader[] = [];
  let at = 0;
  ranges.forEach((perClause, i) => {
    const keys = perClause.map((rs) => rs.flatMap(() => opened[at++]!));
    readers.push({ tier: tiers[i]!, entries: mergedEntries(index, keys.length === 1 ? keys[0]! : rarest(keys), after(tiers[i]!)), pending: [], done: false, exact: null });
  });
  for (const r of readers) if (r.tier < EXACT) r.exact = mergedEntries(index, opened[at++]!, after(r.tier));

  /** Whether the entries alone show a candidate belongs to a higher tier (its name; the exact tier's walk). */
  const higher = async (r: TierReader, rank: string): Promise<boolean> => {
    const name = nameOfRank(rank);
    if (r.tier <= NAMED && normaliseName(name).startsWith(q)) return true;
    if (r.tier === TEXT && meets(terms(name), clauses)) return true;
    while (r.exact && r.exactAt !== null && (r.exactAt === undefined || r.exactAt < rank)) {
      const next = await r.exact.next();
      r.exactAt = next.done ? null : rankOfEntry(next.value);
    }
    return r.exactAt === rank;
  };

  /** Reads up to `n` candidates of a tier ahead. */
  const fill = async (r: TierReader, n: number) => {
    while (!r.done && r.pending.length < n) {
      const next = await r.entries.next();
      if (next.done) r.done = true;
      else if (!page.kinds || page.kinds.has(kindOfEntry(next.value))) {
        const rank = rankOfEntry(next.value);
        if (!(await higher(r, rank))) r.pending.push(rank);
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
  await Promise.all(readers.flatMap((r) => [r.entries.return(undefined), r.exact?.return(undefined)]));
  return hits;
}
