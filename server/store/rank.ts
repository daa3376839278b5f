// Search ranking shared by both engines. Each engine finds candidates (its full-text index, plus
// name/alias lookups where it has them); the order is decided here, so "MARAC" ranks the node
// whose alias is MARAC above nodes that merely mention it, on SQLite and Neo4j alike.
import type { GraphNode } from '../domain/model.js';
import type { SearchHit } from './contract.js';

/** Words of a query or field as full-text indexes see them: runs of letters and digits, lower-cased. */
export const searchTokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A name or alias as compared for exact and prefix matches. */
export const normaliseName = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

export interface Candidate {
  node: GraphNode;
  /** the engine's text relevance mapped into [0, 1): higher is better; 0 when not a text hit */
  textScore: number;
}

const EXACT = 3;
const PREFIX = 2;
const TEXT = 1;
const EXCERPT = 160;

/** How many candidates an engine fetches for `first` hits: enough that ranking, not the index, decides. */
export const candidateCount = (first: number): number => Math.max(50, first * 3);

/** Maps an unbounded positive relevance (bm25 negated, Lucene score) into [0, 1). */
export const squash = (relevance: number): number => (relevance > 0 ? relevance / (1 + relevance) : 0);

function covers(field: string, tokens: string[]): boolean {
  const words = searchTokens(field);
  return tokens.every((t, i) => words.some((w) => (i === tokens.length - 1 ? w.startsWith(t) : w === t)));
}

function excerpt(text: string, tokens: string[]): string {
  if (text.length <= EXCERPT) return text;
  const lower = text.toLowerCase();
  const at = Math.max(0, Math.min(...tokens.map((t) => lower.indexOf(t)).filter((i) => i >= 0), text.length));
  const start = Math.max(0, Math.min(at - EXCERPT / 4, text.length - EXCERPT));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + EXCERPT).trim()}${start + EXCERPT < text.length ? '…' : ''}`;
}

function judge(q: string, tokens: string[], node: GraphNode): { tier: number; matched: string } {
  const names = [node.name, ...node.aliases];
  const exact = names.find((n) => normaliseName(n) === q);
  if (exact !== undefined) return { tier: EXACT, matched: exact };
  const prefix = names.find((n) => normaliseName(n).startsWith(q));
  if (prefix !== undefined) return { tier: PREFIX, matched: prefix };
  const named = names.find((n) => covers(n, tokens));
  if (named !== undefined) return { tier: TEXT, matched: named };
  if (node.text && covers(node.text, tokens)) return { tier: TEXT, matched: excerpt(node.text, tokens) };
  // The words are spread over several fields.
  return { tier: TEXT, matched: node.name };
}

/** Best first: exact name/alias, then name/alias prefix, then text relevance; ties by name, then id. */
export function rankHits(text: string, candidates: readonly Candidate[], first: number): SearchHit[] {
  const q = normaliseName(text);
  const tokens = searchTokens(text);
  const byId = new Map<string, Candidate>();
  for (const c of candidates) {
    const had = byId.get(c.node.id);
    if (!had || c.textScore > had.textScore) byId.set(c.node.id, c);
  }
  return [...byId.values()]
    .map((c) => {
      const { tier, matched } = judge(q, tokens, c.node);
      return { node: c.node, score: tier + Math.min(c.textScore, 0.999), matched };
    })
    .sort((a, b) => b.score - a.score || a.node.name.localeCompare(b.node.name) || (a.node.id < b.node.id ? -1 : 1))
    .slice(0, first);
}
