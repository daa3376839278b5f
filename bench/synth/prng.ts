// A seeded random source, so the same arguments give byte-identical seed sets. Each part of the
// national graph draws from its own fork (keyed by a label such as the partnership's slug), so
// adding or reordering one part does not change what the others draw.

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** an integer in [lo, hi], both included */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** k distinct items in a random order (all of them when k >= items.length) */
  sample<T>(items: readonly T[], k: number): T[];
  shuffle<T>(items: readonly T[]): T[];
  /** an independent stream for one named part */
  fork(label: string): Rng;
}

/** mulberry32: small, fast, and good enough for picking shapes and names. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to turn a fork's label into a seed. */
function hash(s: string, basis: number): number {
  let h = (0x811c9dc5 ^ basis) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    sample: (items, k) => shuffle(items).slice(0, Math.max(0, k)),
    shuffle,
    fork: (label) => createRng(hash(label, seed)),
  };
}
