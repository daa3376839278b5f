// Which known organisation a name written in the template means: by name, alias or abbreviation
// (spelling variants of case, apostrophes, "&" and plurals aside), then by a near spelling; an
// unknown name gets the closest known names so a reviewer can decide.
import type { GraphNode } from '../domain/model.js';
import { searchTokens } from '../store/text-fold.js';

export interface OrgMatch {
  written: string;
  /** undefined when nothing matched */
  id?: string;
  name?: string;
  how: 'name' | 'near-spelling' | 'unknown';
  /** for an unknown name, the closest known names, best first */
  closest: { id: string; name: string }[];
}

/**
 * "Children's Services" = "Childrens Services" = "children service": the words search folds a name
 * into (store/search-terms.ts: case, apostrophes, "&" as "and", marks between words), each
 * without a plural "s".
 */
export function normaliseName(s: string): string {
  return searchTokens(s)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Typing slips allowed for a near spelling: one in a short name, two from ten letters on. */
const slipsAllowed = (n: number) => (n < 6 ? 0 : n < 10 ? 1 : 2);

interface Entry {
  key: string;
  node: GraphNode;
  scoped: boolean;
}

export class OrgMatcher {
  private readonly entries: Entry[] = [];
  private readonly exact = new Map<string, Entry>();

  /**
   * Candidates are organisations shared by every partnership (no partnership of their own) and the
   * partnership's own organisations and partner bodies (a safeguarding partnership answers some
   * actions); another borough's "Public Health" is never this borough's.
   */
  constructor(nodes: readonly GraphNode[], readonly partnershipId: string) {
    for (const node of nodes) {
      const isOrg = node.kind === 'Organisation' && (!node.partnership || node.partnership === partnershipId);
      const isPartner = node.kind === 'Partnership' && node.id !== partnershipId && node.partnership === partnershipId;
      if (!isOrg && !isPartner) continue;
      const scoped = node.partnership === partnershipId;
      for (const name of [node.name, ...node.aliases]) {
        const key = normaliseName(name);
        if (!key) continue;
        const entry = { key, node, scoped };
        this.entries.push(entry);
        const had = this.exact.get(key);
        if (!had || (scoped && !had.scoped)) this.exact.set(key, entry);
      }
    }
  }

  /** Exact (normalised) name or alias only: for labels at the start of a narrative, where a guess would misattribute text. */
  exactly(written: string): GraphNode | undefined {
    return this.exact.get(normaliseName(written))?.node;
  }

  private readonly cache = new Map<string, OrgMatch>();

  match(written: string): OrgMatch {
    const had = this.cache.get(written);
    if (had) return had;
    const found = this.find(written);
    this.cache.set(written, found);
    return found;
  }

  private find(written: string): OrgMatch {
    const key = normaliseName(written);
    const hit = this.exact.get(key);
    if (hit) return { written, id: hit.node.id, name: hit.node.name, how: 'name', closest: [] };
    const ranked = this.entries
      .map((e) => ({ e, d: levenshtein(key, e.key) }))
      .sort((a, b) => a.d - b.d || Number(b.e.scoped) - Number(a.e.scoped));
    const best = ranked[0];
    if (best && best.d > 0 && best.d <= slipsAllowed(Math.min(key.length, best.e.key.length))) {
      const rival = ranked.find((r) => r.e.node.id !== best.e.node.id && r.d === best.d);
      if (!rival) return { written, id: best.e.node.id, name: best.e.node.name, how: 'near-spelling', closest: [] };
    }
    // closest by shared words first ("Childrens Services" ~ "Achieving for Children"), then by spelling
    const words = new Set(key.split(' '));
    const shared = (k: string) => k.split(' ').filter((w) => words.has(w)).length / Math.max(words.size, k.split(' ').length);
    const byWords = ranked.map((r) => ({ ...r, s: shared(r.e.key) })).sort((a, b) => b.s - a.s || a.d - b.d);
    const closest: { id: string; name: string }[] = [];
    for (const { e } of byWords) {
      if (closest.some((c) => c.id === e.node.id)) continue;
      closest.push({ id: e.node.id, name: e.node.name });
      if (closest.length === 3) break;
    }
    return { written, how: 'unknown', closest };
  }
}

/** A lead cell names one organisation or several: "MPS, Community Safety", "Housing partners / Community Safety". */
export function splitLeads(cell: string, matcher: OrgMatcher): string[] {
  const whole = cell.replace(/\s+/g, ' ').trim();
  if (!whole) return [];
  if (matcher.exactly(whole)) return [whole];
  return whole
    .split(/\s*(?:[,;\n]|\s\/\s|\/)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}
