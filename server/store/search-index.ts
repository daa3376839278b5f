// Search's index, one layout for both engines, so a page of hits costs what the page needs and not
// what the graph holds. Each node is posted under a few keys (below); each key's postings are kept
// in rank order (rankKey: shortest name's length, then name, then id) in blocks of at most
// 2 * BLOCK postings, each block stored under its last posting's rank key (`last`), so the block
// holding any rank key is one seek (the first block whose last is not below it); each key has its
// number of blocks in the keys' table (a range of keys is read without reading their blocks).
// A tier of rank.ts is then read as a join of a few keys' blocks in order (search-streams.ts),
// and stops when the page is full. Postings and their stored form: search-entries.ts.
//
// Keys: "=" + a normalised name or alias (exact tier), "^" + a name's or alias's first word (prefix
// tier; a posting there carries the aliases that begin with that word), each in every form of
// nameForms (search-terms.ts: a hyphenated word closed up too), "n" + a term of the names
// and aliases (search-terms.ts: words and stems; a posting there carries which names hold it),
// "t" + a term of the text that no name or alias has.
import type { GraphNode } from '../domain/model.js';
import { entryOf, fieldsOf, rankOfEntry, withoutControls } from './search-entries.js';
import { indexTerms, keyLength } from './search-terms.js';
import { nameForms } from './text-fold.js';

export const BLOCK = 64;

/** One block of a key's postings, in rank order; `last` is the last posting's rank key. */
export interface Block {
  key: string;
  last: string;
  entries: string[];
}

/** Sorts as (shortest name's length, name, id): the order of hits within a tier. */
export function rankKey(n: Pick<GraphNode, 'id' | 'name' | 'aliases'>): string {
  const len = String(Math.min(keyLength(n.name, n.aliases), 9999)).padStart(4, '0');
  return `${len}\u0001${withoutControls(n.name)}\u0001${n.id}`;
}

/** A node's postings, by key. */
export function postings(n: Pick<GraphNode, 'id' | 'kind' | 'name' | 'aliases' | 'text'>): Map<string, string> {
  const rank = rankKey(n);
  const plain = entryOf(rank, n.kind);
  const names = [n.name, ...n.aliases];
  // per term of the names, the names holding it (0 the name, i the i-th alias), in order
  const nameTerms = new Map<string, number[]>();
  names.forEach((name, i) => {
    for (const t of indexTerms(name)) {
      const fields = nameTerms.get(t);
      if (!fields) nameTerms.set(t, [i]);
      else if (fields.at(-1) !== i) fields.push(i);
    }
  });
  const out = new Map<string, string>();
  // per first word of a name's or alias's forms, the forms of aliases that begin with it
  const firstWord = new Map<string, string[]>();
  names.forEach((name, i) => {
    for (const form of nameForms(name)) {
      if (form === '') continue;
      out.set(`=${form}`, plain);
      const first = form.split(' ', 1)[0]!;
      const aliases = firstWord.get(first) ?? [];
      firstWord.set(first, aliases);
      if (i > 0) aliases.push(form);
    }
  });
  for (const [first, aliases] of firstWord) out.set(`^${first}`, entryOf(rank, n.kind, [...new Set(aliases)]));
  for (const [t, fields] of nameTerms) out.set(`n${t}`, entryOf(rank, n.kind, fieldsOf(fields)));
  for (const t of indexTerms(n.text)) if (!nameTerms.has(t)) out.set(`t${t}`, plain);
  return out;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// Postings sort as their rank keys do: the separator after a rank key sorts below every character of an id.
const byRank = byString;

const cut = (key: string, entries: string[]): Block[] =>
  Array.from({ length: Math.ceil(entries.length / BLOCK) }, (_, i) => {
    const part = entries.slice(i * BLOCK, (i + 1) * BLOCK);
    return { key, last: rankOfEntry(part.at(-1)!), entries: part };
  });

/** Every block of a whole graph (a seed). */
export function buildBlocks(nodes: Iterable<GraphNode>): Block[] {
  const byKey = new Map<string, string[]>();
  for (const n of nodes) {
    for (const [k, entry] of postings(n)) {
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

/** A change to one key's postings: postings to remove (by rank key) and to add. */
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
  for (const n of old) if (n) for (const k of postings(n).keys()) edit(k).remove.add(rankKey(n));
  for (const n of changed) for (const [k, entry] of postings(n)) edit(k).add.push(entry);
  return edits;
}

/** The rank keys an edit touches: the blocks holding them are the ones it changes. */
export const editedRanks = (e: KeyEdit): string[] => [...e.remove, ...e.add.map(rankOfEntry)];

/**
 * An edit applied to the blocks it touches: `found` holds, for every rank key the edit removes or
 * adds, the block holding it (the first block whose last is not below it, else the key's last block).
 * Returns the blocks that replace them: a block over 2 * BLOCK postings split, an empty one dropped.
 */
export function editBlocks(key: string, found: readonly Block[], e: KeyEdit): { replaced: Block[]; blocks: Block[] } {
  const touched = [...new Map(found.map((b) => [b.last, b])).values()].sort((a, b) => byString(a.last, b.last));
  // the first touched block whose last is not below the rank key, else the last touched (the key's last block)
  const slot = (rank: string) => {
    const at = touched.findIndex((b) => b.last >= rank);
    return at < 0 ? Math.max(touched.length - 1, 0) : at;
  };
  const lists = touched.map((b) => b.entries.filter((x) => !e.remove.has(rankOfEntry(x))));
  if (lists.length === 0) lists.push([]);
  for (const entry of e.add) lists[slot(rankOfEntry(entry))]!.push(entry);
  const blocks = lists.flatMap((l) => {
    if (l.length === 0) return [];
    l.sort(byRank);
    return l.length > 2 * BLOCK ? cut(key, l) : [{ key, last: rankOfEntry(l.at(-1)!), entries: l }];
  });
  return { replaced: touched, blocks };
}
