// Search's index, one layout for both engines, so a page of hits costs what the page needs and not
// what the graph holds. Each node is posted under a few keys (below); each key's postings are kept
// in rank order (rankKey: shortest name's length, then name, then id) in blocks of at most
// 2 * BLOCK entries, each block stored with its first entry (`lo`), and each key with its number of
// blocks (the keys' table: a range of keys is read without reading their blocks). A tier of rank.ts is then read
// as a merge of a few keys' blocks in order, and stops when the page is full.
//
// Keys: "=" + a normalised name or alias (exact tier), "^" + a name's or alias's first word (prefix
// tier), "n" + a term of the names and aliases (search-terms.ts: words and stems), "t" + a term of
// the text that no name or alias has.
import type { GraphNode, NodeKind } from '../domain/model.js';
import { indexTerms, keyLength, normaliseName, searchTokens } from './search-terms.js';

export const BLOCK = 64;

/** One block of a key's postings, in rank order; `lo` is the first entry's rank key. */
export interface Block {
  key: string;
  lo: string;
  entries: string[];
}

/** A posting: the node's rank key and kind, joined by SEP (rank keys hold no control characters). */
const SEP = '\u0002';
export const entryOf = (rank: string, kind: NodeKind): string => `${rank}${SEP}${kind}`;
export const rankOfEntry = (entry: string): string => entry.slice(0, entry.lastIndexOf(SEP));
export const kindOfEntry = (entry: string): NodeKind => entry.slice(entry.lastIndexOf(SEP) + 1) as NodeKind;
export const idOfRank = (rank: string): string => rank.slice(rank.lastIndexOf('\u0001') + 1);
export const nameOfRank = (rank: string): string => rank.slice(rank.indexOf('\u0001') + 1, rank.lastIndexOf('\u0001'));

// eslint-disable-next-line no-control-regex -- control characters would break the separators of rank keys and entries
const CONTROL = /[\u0000-\u001f]/g;

/** Sorts as (shortest name's length, name, id): the order of hits within a tier. */
export function rankKey(n: Pick<GraphNode, 'id' | 'name' | 'aliases'>): string {
  const len = String(Math.min(keyLength(n.name, n.aliases), 9999)).padStart(4, '0');
  return `${len}\u0001${n.name.replace(CONTROL, ' ')}\u0001${n.id}`;
}

export function postingKeys(n: Pick<GraphNode, 'name' | 'aliases' | 'text'>): string[] {
  const names = [n.name, ...n.aliases];
  const nameTerms = indexTerms(...names);
  const keys = new Set<string>();
  for (const name of names) {
    keys.add(`=${normaliseName(name)}`);
    const first = searchTokens(name)[0];
    if (first !== undefined) keys.add(`^${first}`);
  }
  for (const t of nameTerms) keys.add(`n${t}`);
  for (const t of indexTerms(n.text)) if (!nameTerms.has(t)) keys.add(`t${t}`);
  return [...keys];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// Entries sort as their rank keys do: SEP sorts below every character of an id, where rank keys end.
const byRank = byString;

const cut = (key: string, entries: string[]): Block[] =>
  Array.from({ length: Math.ceil(entries.length / BLOCK) }, (_, i) => {
    const part = entries.slice(i * BLOCK, (i + 1) * BLOCK);
    return { key, lo: rankOfEntry(part[0]!), entries: part };
  });

/** Every block of a whole graph (a seed). */
export function buildBlocks(nodes: Iterable<GraphNode>): Block[] {
  const byKey = new Map<string, string[]>();
  for (const n of nodes) {
    const entry = entryOf(rankKey(n), n.kind);
    for (const k of postingKeys(n)) {
      const list = byKey.get(k);
      if (list) list.push(entry);
      else byKey.set(k, [entry]);
    }
  }
  return [...byKey].flatMap(([key, entries]) => cut(key, entries.sort(byRank)));
}

/** How many blocks each key has, for the keys' table (which a search reads instead of the blocks). */
export function blockCounts(blocks: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.key, (counts.get(b.key) ?? 0) + 1);
  return counts;
}

/** A change to one key's postings: entries to remove (by rank key) and to add. */
export interface KeyEdit {
  remove: Set<string>;
  add: string[];
}

/** The edits an upsert makes to the index: the old nodes' postings out, the new ones' in. */
export function indexEdits(old: readonly (GraphNode | null)[], changed: readonly GraphNode[]): Map<string, KeyEdit> {
  const edits = new Map<string, KeyEdit>();
  const edit = (key: string) => {
    let e = edits.get(key);
    if (!e) edits.set(key, (e = { remove: new Set(), add: [] }));
    return e;
  };
  for (const n of old) if (n) for (const k of postingKeys(n)) edit(k).remove.add(rankKey(n));
  for (const n of changed) {
    const entry = entryOf(rankKey(n), n.kind);
    for (const k of postingKeys(n)) edit(k).add.push(entry);
  }
  return edits;
}

/**
 * An edit applied to the blocks it touches: `found` holds, for every rank key the edit removes or
 * adds, the block holding it (the last block whose lo is not above it, else the key's first block).
 * Returns the blocks that replace them: a block over 2 * BLOCK entries split, an empty one dropped.
 */
export function editBlocks(key: string, found: readonly Block[], e: KeyEdit): { replaced: Block[]; blocks: Block[] } {
  const touched = [...new Map(found.map((b) => [b.lo, b])).values()].sort((a, b) => byString(a.lo, b.lo));
  const slot = (rank: string) => {
    let at = 0;
    touched.forEach((b, i) => {
      if (b.lo <= rank) at = i;
    });
    return at;
  };
  const lists = touched.map((b) => b.entries.filter((x) => !e.remove.has(rankOfEntry(x))));
  if (lists.length === 0) lists.push([]);
  for (const entry of e.add) lists[slot(rankOfEntry(entry))]!.push(entry);
  return { replaced: touched, blocks: lists.flatMap((l) => (l.length > 2 * BLOCK ? cut(key, l.sort(byRank)) : l.length ? [{ key, lo: rankOfEntry(l.sort(byRank)[0]!), entries: l }] : [])) };
}
