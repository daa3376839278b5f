// A proxy over a real store that counts its calls by method: how many store round trips one
// GraphQL operation costs (the DataLoaders should make it one per level of nesting).
import type { GraphStore } from '../../server/store/contract.js';
import type { SearchIndex } from '../../server/store/search-streams.js';

export function countingStore(store: GraphStore): { store: GraphStore; calls: Map<string, number>; reset(): void } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(prop), (calls.get(String(prop)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, calls, reset: () => calls.clear() };
}

/** "getNodes 3, expand 2 (5)" */
export function describeCalls(calls: Map<string, number>): string {
  const total = [...calls.values()].reduce((a, b) => a + b, 0);
  const parts = [...calls].sort(([a], [b]) => a.localeCompare(b)).map(([m, n]) => `${m} ${n}`);
  return `${total} (${parts.join(', ') || 'none'})`;
}

/** Reads of a search index, counted at its boundary: calls, keys opened, blocks and nodes read. */
export interface SearchReads {
  calls: number;
  keys: number;
  blocks: number;
  nodes: number;
}

export function countingSearchIndex(index: SearchIndex): { index: SearchIndex; reads: SearchReads } {
  const reads: SearchReads = { calls: 0, keys: 0, blocks: 0, nodes: 0 };
  return {
    reads,
    index: {
      open: async (ranges) => {
        reads.calls++;
        const opened = await index.open(ranges);
        for (const keys of opened) [reads.keys, reads.blocks] = [reads.keys + keys.length, reads.blocks + keys.filter((k) => k.start).length];
        return opened;
      },
      seek: async (key, rank) => {
        reads.calls++;
        const b = await index.seek(key, rank);
        if (b) reads.blocks++;
        return b;
      },
      nodes: async (ids) => {
        reads.calls++;
        const found = await index.nodes(ids);
        reads.nodes += found.filter(Boolean).length;
        return found;
      },
    },
  };
}
