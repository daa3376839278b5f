// A posting of search's index (search-index.ts) and how a block of them is stored. A posting is a
// node's rank key and kind; under a "^" key (a first word) it also carries the node's aliases that
// begin with that word, so the prefix tier is decided from the index without reading the node;
// under an "n" key (a term of the names) it carries which of the node's names hold the term (0 the
// name, i its i-th alias), so whether one name holds every word of a query is decided there too.
// A block's postings are stored front-coded: in rank order, neighbours share most of their rank
// key (the same length and often the same name), so each posting keeps only what differs from the
// one before it: 2.8 times smaller on the synthetic sets than the list of whole postings.
import type { NodeKind } from '../domain/model.js';

// Rank keys hold no control characters (rankKey replaces them), so these separate safely.
const SEP = '\u0002';
const ALIAS = '\u0003';
const SHARED = '\u0004';
const NEXT = '\u0005';
// eslint-disable-next-line no-control-regex -- control characters would break the separators of rank keys and postings
const CONTROL = /[\u0000-\u001f]/g;
export const withoutControls = (s: string): string => s.replace(CONTROL, ' ');

/** A posting; `carried`: the aliases of a "^" posting, or the fields of an "n" posting (fieldsOf). */
export const entryOf = (rank: string, kind: NodeKind, carried: readonly string[] = []): string =>
  `${rank}${SEP}${kind}${carried.length ? `${SEP}${carried.map(withoutControls).join(ALIAS)}` : ''}`;
export const rankOfEntry = (entry: string): string => entry.slice(0, entry.indexOf(SEP));
export function kindOfEntry(entry: string): NodeKind {
  const from = entry.indexOf(SEP) + 1;
  const to = entry.indexOf(SEP, from);
  return entry.slice(from, to < 0 ? undefined : to) as NodeKind;
}
/** The aliases a "^" posting carries (normalised names: see postings in search-index.ts). */
export function aliasesOfEntry(entry: string): string[] {
  const at = entry.indexOf(SEP, entry.indexOf(SEP) + 1);
  return at < 0 ? [] : entry.slice(at + 1).split(ALIAS);
}
/** The fields an "n" posting carries, as entryOf takes them: indexes in base 36. */
export const fieldsOf = (fields: readonly number[]): string[] => fields.map((f) => f.toString(36));

/** The fields of an "n" posting: indexes of the node's names holding its term (0 the name, i the i-th alias); null in an index written before postings carried them. */
export function fieldsOfEntry(entry: string): number[] | null {
  const carried = aliasesOfEntry(entry);
  return carried.length ? carried.map((f) => parseInt(f, 36)) : null;
}

export const idOfRank = (rank: string): string => rank.slice(rank.lastIndexOf('\u0001') + 1);
export const nameOfRank = (rank: string): string => rank.slice(rank.indexOf('\u0001') + 1, rank.lastIndexOf('\u0001'));

/** Postings in order as one string: per posting, the length it shares with the one before (base 36) and the rest. */
export function encodeEntries(entries: readonly string[]): string {
  let prev = '';
  return entries
    .map((e) => {
      let shared = 0;
      const most = Math.min(prev.length, e.length);
      while (shared < most && prev.charCodeAt(shared) === e.charCodeAt(shared)) shared++;
      prev = e;
      return `${shared.toString(36)}${SHARED}${e.slice(shared)}`;
    })
    .join(NEXT);
}

export function decodeEntries(stored: string): string[] {
  let prev = '';
  return stored.split(NEXT).map((part) => {
    const at = part.indexOf(SHARED);
    prev = prev.slice(0, parseInt(part.slice(0, at), 36)) + part.slice(at + 1);
    return prev;
  });
}
