// Reading search's index (search-index.ts) in rank order. A key is read through a cursor that
// seeks: moving to the first posting at or after a rank key costs nothing inside the block in hand
// and one read (the block holding it) beyond, whatever lies between. A clause of a query is the
// union of a few keys' cursors, and a tier is the join of its clauses (leapfrog: each clause seeks
// to the furthest rank any has reached), so a posting is a candidate only when every clause holds
// it, and the blocks read follow the page, not the postings passed over.
import type { GraphNode } from '../domain/model.js';
import { aliasesOfEntry, fieldsOfEntry, rankOfEntry } from './search-entries.js';
import type { Block } from './search-index.js';

/** A key of a range opened for reading: how many blocks it has, and the first block holding a posting after the range's `after` (null: none). */
export interface OpenKey {
  key: string;
  blocks: number;
  start: Block | null;
}

/** What an engine stores of search's index, and its nodes. */
export interface SearchIndex {
  /** Per range, each key in it (in order) with its number of blocks and its start block. One read for all the ranges of a search. */
  open(ranges: readonly OpenRange[]): Promise<OpenKey[][]>;
  /** the first block of `key` holding a posting at or after the rank key `rank` (its last is not below it); null: none */
  seek(key: string, rank: string): Promise<Block | null>;
  nodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
}

/** A range of keys: one key, or every key that begins with a prefix. */
export interface KeyRange {
  lo: string;
  hi: string;
}
// Keys hold no control characters, so \u0002 ends the range of one key in both engines' orders.
export const oneKey = (key: string): KeyRange => ({ lo: key, hi: `${key}\u0002` });
export const keysFrom = (prefix: string): KeyRange => ({ lo: prefix, hi: `${prefix}\uffff` });

/** A range to open, read from the rank key `after` on (null: from its start). */
export interface OpenRange extends KeyRange {
  after: string | null;
}

/** The rank key just after `rank` (rank keys hold no \u0000). */
export const justAfter = (rank: string): string => `${rank}\u0000`;

/** A key's postings from where it was opened, read forward by seeks. */
class KeyCursor {
  private at = 0;
  constructor(
    private readonly index: SearchIndex,
    readonly key: string,
    private block: Block | null,
    /** whether blocks may follow the one in hand (a key of one block has none to ask for) */
    private readonly more: boolean,
    after: string | null,
  ) {
    if (block && after !== null) this.skipTo(justAfter(after));
  }

  /** the posting in hand; null: the key is read out */
  entry(): string | null {
    return this.block ? this.block.entries[this.at]! : null;
  }

  private skipTo(rank: string): void {
    const entries = this.block!.entries;
    while (this.at < entries.length && rankOfEntry(entries[this.at]!) < rank) this.at++;
  }

  /** Moves to the first posting at or after `rank`. */
  async seek(rank: string): Promise<void> {
    if (!this.block || rankOfEntry(this.entry()!) >= rank) return;
    if (this.block.last >= rank) return this.skipTo(rank);
    this.block = this.more ? await this.index.seek(this.key, rank) : null;
    this.at = 0;
    if (this.block) this.skipTo(rank);
  }
}

/** The postings of one clause of a query: the union of its keys' cursors. */
export class ClauseCursor {
  private constructor(private readonly keys: KeyCursor[]) {}

  static of(index: SearchIndex, opened: readonly OpenKey[], after: string | null): ClauseCursor {
    const keys = [...new Map(opened.map((k) => [k.key, k])).values()];
    return new ClauseCursor(keys.map((k) => new KeyCursor(index, k.key, k.start, k.blocks > 1, after)));
  }

  /** the posting in hand (the lowest rank of its keys'); null: read out */
  entry(): string | null {
    let best: string | null = null;
    for (const k of this.keys) {
      const e = k.entry();
      if (e !== null && (best === null || rankOfEntry(e) < rankOfEntry(best))) best = e;
    }
    return best;
  }

  /** The postings of `rank` in hand, with their keys. */
  private at(rank: string): { key: string; entry: string }[] {
    return this.keys.flatMap((k) => {
      const e = k.entry();
      return e !== null && rankOfEntry(e) === rank ? [{ key: k.key, entry: e }] : [];
    });
  }

  /** Whether a key of `field` ("n": names, "t": text...) holds `rank` in hand. */
  holds(field: string, rank: string): boolean {
    return this.at(rank).some((p) => p.key.startsWith(field));
  }

  /** The aliases the postings of `rank` in hand carry (of "^" keys). */
  aliases(rank: string): string[] {
    return this.at(rank).flatMap((p) => aliasesOfEntry(p.entry));
  }

  /** The names (fieldsOfEntry) the postings of `rank` in hand hold their terms in, together; null when one carries none (an index written before they did). */
  fields(rank: string): number[] | null {
    const out: number[] = [];
    for (const k of this.keys) {
      const e = k.entry();
      if (e === null || rankOfEntry(e) !== rank) continue;
      const fields = fieldsOfEntry(e);
      if (fields === null) return null;
      out.push(...fields);
    }
    return out;
  }

  async seek(rank: string): Promise<void> {
    await Promise.all(this.keys.map((k) => k.seek(rank)));
  }
}

/** A posting every clause holds, with the clauses (each at it). */
export interface Joined {
  entry: string;
  clauses: readonly ClauseCursor[];
}

/** The postings every clause holds, in rank order (leapfrog join: each seeks to the furthest rank reached). */
export async function* joined(clauses: readonly ClauseCursor[]): AsyncGenerator<Joined> {
  let target: string | null = null;
  for (;;) {
    if (target !== null) await Promise.all(clauses.map((c) => c.seek(target!)));
    const entries = clauses.map((c) => c.entry());
    if (entries.some((e) => e === null)) return;
    const ranks = entries.map((e) => rankOfEntry(e!));
    const furthest = ranks.reduce((a, b) => (b > a ? b : a));
    if (ranks.every((r) => r === furthest)) {
      yield { entry: entries[0]!, clauses };
      target = justAfter(furthest);
    } else target = furthest;
  }
}
