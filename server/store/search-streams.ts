// Reading search's index (search-index.ts) in rank order: the postings of a few keys merged, from a
// rank key on, one block at a time, so a reader that stops early has read only the blocks it used.
import type { GraphNode } from '../domain/model.js';
import { rankOfEntry, type Block } from './search-index.js';

/** A key of a range opened for reading: how many blocks it has, and the block to start at. */
export interface OpenKey {
  key: string;
  blocks: number;
  start: Block;
}

/** What an engine stores of search's index, and its nodes. */
export interface SearchIndex {
  /**
   * Per range, each key in it (in order) with its number of blocks and the block holding the first
   * entry after the range's `after` (the last block whose lo is not above it, else the first).
   * One read for all the ranges of a search.
   */
  open(ranges: readonly OpenRange[]): Promise<OpenKey[][]>;
  /** the block that follows the one starting at `lo` */
  nextBlock(key: string, lo: string): Promise<Block | null>;
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

/** Where a key's reading stands; `more`: whether blocks may follow (a key of one block has none to ask for). */
interface Head {
  block: Block;
  at: number;
  more: boolean;
}

/** The entries of opened keys after the rank key `after`, in rank order, each rank once. */
export async function* mergedEntries(index: SearchIndex, keys: readonly OpenKey[], after: string | null): AsyncGenerator<string> {
  const heads: Head[] = [];
  const past = (e: string) => after === null || rankOfEntry(e) > after;
  const seat = async (block: Block | null, more: boolean): Promise<void> => {
    while (block) {
      const at = block.entries.findIndex(past);
      if (at >= 0) {
        heads.push({ block, at, more });
        return;
      }
      if (!more) return;
      block = await index.nextBlock(block.key, block.lo);
    }
  };
  for (const k of new Map(keys.map((k) => [k.key, k])).values()) await seat(k.start, k.blocks > 1);
  let last: string | null = null;
  while (heads.length) {
    let min = 0;
    for (let i = 1; i < heads.length; i++) {
      if (rankOfEntry(heads[i]!.block.entries[heads[i]!.at]!) < rankOfEntry(heads[min]!.block.entries[heads[min]!.at]!)) min = i;
    }
    const head = heads[min]!;
    const entry = head.block.entries[head.at]!;
    const rank = rankOfEntry(entry);
    if (rank !== last) yield entry;
    last = rank;
    if (++head.at === head.block.entries.length) {
      heads.splice(min, 1);
      if (head.more) await seat(await index.nextBlock(head.block.key, head.block.lo), true);
    }
  }
}
