// VRU alignment columns of flags and totals kept between requests (the matrix many partnerships are
// compared in; a cell's answers are read when asked). A partnership's column depends on the graph alone, so it is kept under the graph version the store reports
// (GraphStore.graphVersion: changed by every write, by any process on the same database): a read of
// another version drops everything kept. One cache serves one store; the server keeps one per store.
// Bounded: it keeps the first `maxColumns` columns read at a version, and past that keeps nothing
// new until the next version. Not least-recently-used: a reviewer paging through more partnerships
// than it holds (all 1,000 of a national set, 100 at a time) would evict each column before its
// next use, and every evicted column is garbage of the old generation, which costs memory and time.
import type { VruFlagColumn, VruSkeleton } from './vru-matrix.js';

/** The skeleton with the ids the answers are read into (every PART_OF line's start, as the store gave them). */
export interface KeptSkeleton {
  skeleton: VruSkeleton;
  requirementIds: string[];
}

/** What one read may take from the cache and give back, for one version and framework. */
export interface KeptColumns {
  skeleton(): KeptSkeleton | undefined;
  column(partnershipId: string): VruFlagColumn | undefined;
  keep(skeleton: KeptSkeleton, columns: readonly VruFlagColumn[]): void;
}

/** Every partnership of a 1,000-partnership national set twice over (thirty times London's 33); a column of flags is some KB. */
export const DEFAULT_KEPT_COLUMNS = 2000;

export class VruColumnCache {
  private version: string | undefined;
  private readonly skeletons = new Map<string, KeptSkeleton>();
  /** by framework and partnership */
  private readonly columns = new Map<string, VruFlagColumn>();

  constructor(readonly maxColumns = DEFAULT_KEPT_COLUMNS) {}

  /** The columns kept for `version` (a version other than the last one seen empties the cache first). */
  at(version: string, frameworkId: string): KeptColumns {
    if (version !== this.version) {
      this.version = version;
      this.skeletons.clear();
      this.columns.clear();
    }
    const key = (partnershipId: string) => `${frameworkId}\u0000${partnershipId}`;
    const current = () => this.version === version;
    return {
      skeleton: () => this.skeletons.get(frameworkId),
      column: (partnershipId) => this.columns.get(key(partnershipId)),
      keep: (skeleton, columns) => {
        // a read that began before another version was seen keeps nothing: its answers are of the old graph
        if (!current()) return;
        this.skeletons.set(frameworkId, skeleton);
        for (const c of columns) {
          if (this.columns.size >= this.maxColumns) break;
          this.columns.set(key(c.partnership.id), c);
        }
      },
    };
  }

  /** columns kept now */
  get size(): number {
    return this.columns.size;
  }
}
