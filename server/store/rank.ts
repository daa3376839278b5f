// Search ranking, one for both engines. An engine finds candidates with its index of the terms in
// search-terms.ts and cuts them in one order (shortest name first, then name, then id); the order
// of the hits is decided here from the candidates' names alone, so SQLite and Neo4j give the same
// hits in the same order with the same scores.
import type { GraphNode } from '../domain/model.js';
import type { SearchHit } from './contract.js';
import { indexTerms, meets, normaliseName, queryClauses, type Clause } from './search-terms.js';

/** What an engine returns for a node its index matched: enough to rank it. */
export interface Candidate {
  id: string;
  name: string;
  aliases: string[];
  /** keyLength(name, aliases), stored with the node */
  keyLen: number;
}

export interface SearchEngine {
  /**
   * The nodes whose name and aliases meet the clauses, and the nodes whose name, aliases and text
   * together meet them, each list cut at `limit` in (keyLen, name, id) order.
   */
  candidates(clauses: readonly Clause[], limit: number): Promise<Candidate[]>;
  nodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
}

const EXACT = 3;
const PREFIX = 2;
const NAMED = 1;
const TEXT = 0;
const EXCERPT = 160;

/** How many candidates an engine fetches per list for `first` hits. */
export const candidateCount = (first: number): number => Math.max(50, first * 3);

const terms = (...fields: string[]) => new Set(indexTerms(...fields).split(' '));

function tierOf(q: string, clauses: readonly Clause[], c: Candidate): number {
  const names = [c.name, ...c.aliases].map(normaliseName);
  if (names.includes(q)) return EXACT;
  if (names.some((n) => n.startsWith(q))) return PREFIX;
  return meets(terms(c.name, ...c.aliases), clauses) ? NAMED : TEXT;
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

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Best first: an exact name or alias, then a name or alias the query begins, then names and aliases
 * holding every word, then text; within each, the shortest name first, then by name and id. The
 * score is the tier plus 1 / (1 + the shortest name's length).
 */
export async function rankedSearch(text: string, first: number, engine: SearchEngine): Promise<SearchHit[]> {
  const q = normaliseName(text);
  const clauses = queryClauses(text);
  if (q === '' || clauses.length === 0 || first === 0) return [];
  const unique = new Map((await engine.candidates(clauses, candidateCount(first))).map((c) => [c.id, c]));
  const ranked = [...unique.values()]
    .map((c) => ({ c, tier: tierOf(q, clauses, c) }))
    .sort((a, b) => b.tier - a.tier || a.c.keyLen - b.c.keyLen || byKey(a.c.name, b.c.name) || byKey(a.c.id, b.c.id))
    .slice(0, first);
  const nodes = await engine.nodes(ranked.map((r) => r.c.id));
  return ranked.flatMap(({ c, tier }, i) => {
    const node = nodes[i];
    // A node deleted between the two reads is left out (a pinned read view never sees that).
    return node ? [{ node, score: tier + 1 / (1 + c.keyLen), matched: matchedOf(q, clauses, tier, node) }] : [];
  });
}
