// VRU alignment columns kept between requests. A partnership's column (its cell for each mandatory
// action) depends on the graph alone, so it is kept under the graph version the store reports
// (GraphStore.graphVersion: changed by every write, by any process on the same database): a read of
// another version drops everything kept. One cache serves one store; the server keeps one per store.
// Bounded: past `maxColumns` the least recently used column goes.
import type { GraphNode } from '../model.js';
import type { VruColumn, VruSkeleton } from './vru-matrix.js';

/** The skeleton with the ids the answers are read into (every PART_OF line's start, as the store gave them). */
export interface KeptSkeleton {
  skeleton: VruSkeleton;
  requirementIds: string[];
}

/** What one read may take from the cache and give back, for one version and framework. */
export interface KeptColumns {
  skeleton(): KeptSkeleton | undefined;
  column(partnershipId: string): VruColumn | undefined;
  keep(skeleton: KeptSkeleton, columns: readonly VruColumn[]): void;
}

/** Enough for every partnership of a large national set several times over a borough's 33; each column is some hundreds of KB. */
export const DEFAULT_KEPT_COLUMNS = 400;

export class VruColumnCache {
  private version: string | undefined;
  private readonly skeletons = new Map<string, KeptSkeleton>();
  /** by framework and partnership, least recently used first */
  private readonly columns = new Map<string, VruColumn>();

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
      column: (partnershipId) => {
        const c = this.columns.get(key(partnershipId));
        if (c) {
          this.columns.delete(key(partnershipId));
          this.columns.set(key(partnershipId), c);
        }
        return c;
      },
      keep: (skeleton, columns) => {
        // a read that began before another version was seen keeps nothing: its answers are of the old graph
        if (!current()) return;
        this.skeletons.set(frameworkId, skeleton);
        for (const c of columns) {
          this.columns.delete(key(c.partnership.id));
          this.columns.set(key(c.partnership.id), c);
        }
        for (const oldest of this.columns.keys()) {
          if (this.columns.size <= this.maxColumns) break;
          this.columns.delete(oldest);
        }
      },
    };
  }

  /** columns kept now */
  get size(): number {
    return this.columns.size;
  }
}

/** The framework, its themes and its mandatory actions. */
export const skeletonNodes = (s: VruSkeleton): GraphNode[] => [s.framework, ...s.themes.flatMap((t) => [t.theme, ...t.requirements.map((r) => r.requirement)])];

/** The partnership and every node its cells name: the answering actions, their leads and the respondents. */
export function columnNodes(c: VruColumn): GraphNode[] {
  const out = [c.partnership];
  for (const cell of c.cells)
    for (const a of cell.actions) {
      out.push(a.action);
      for (const l of a.leads) if (l.lead) out.push(l.lead);
      for (const n of a.narratives) if (n.respondent) out.push(n.respondent);
    }
  return out;
}
