// Writing approved change sets to the graph, through the store's writeBatch (so the graph's
// version moves and caches keyed by it are invalidated), and the two places that re-do it:
// recovery at start after a crash, and reseeding, which lays the approved changes over the seeds.
import type { GraphBatch, GraphNode, GraphRel } from '../domain/model.js';
import type { GraphStore } from '../store/contract.js';
import type { CurationStore } from '../store/curation-contract.js';
import type { AuditEntry, ChangeSet } from './model.js';

/**
 * Writes the newest state of every item the change set touched. Another process may approve a
 * newer change to the same item between our read of its newest state and our write, and write
 * before us: so after writing, read again, and write again until what was written is still the
 * newest. Whoever writes last has then seen that, and the graph ends on the newest approved state.
 */
export async function applyChangeSet(graph: GraphStore, store: CurationStore, cs: ChangeSet): Promise<void> {
  let written: string | undefined;
  for (;;) {
    // oldest first, so each item's last entry is its newest
    const newestOf = new Map((await store.history(...cs.changes.map((c) => c.id))).map((e) => [e.targetId, e]));
    const newest = cs.changes.map((c) => newestOf.get(c.id));
    const seqs = newest.map((e) => e?.seq ?? 0).join(',');
    if (seqs === written) break;
    const batch: GraphBatch = { nodes: [], rels: [] };
    cs.changes.forEach((c, i) => {
      const latest = newest[i]?.after ?? c.after;
      if (c.target === 'node') batch.nodes.push(latest as GraphNode);
      else batch.rels.push(latest as GraphRel);
    });
    await graph.writeBatch(batch);
    written = seqs;
  }
  await store.markApplied(cs.id);
}

/** Applies the approved change sets whose writing a crash interrupted; returns how many. */
export async function recoverApproved(graph: GraphStore, store: CurationStore): Promise<number> {
  const pending = await store.unapplied();
  for (const cs of pending) await applyChangeSet(graph, store, cs);
  return pending.length;
}

/** Reseeding would overwrite an approved change that the seed files contradict. */
export class OverlayConflictError extends Error {
  override name = 'OverlayConflictError';
  constructor(readonly items: { id: string; changeSet: string }[]) {
    super(
      `the seed files differ from the graph in ${items.length} item(s) that approved changes also changed, so reseeding would lose one or the other; ` +
        `nothing was written. Write the current graph as seeds (npm run export -- seeds <dir>) and edit those, or make these items ` +
        `as they were before the change: ${items.map((i) => `${i.id} (change set ${i.changeSet})`).join(', ')}`,
    );
  }
}

/** One JSON text per value whatever the order of its keys, with absent and undefined fields alike. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined && x !== null).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const PAGE = 5000;

async function auditAfter(store: CurationStore, afterSeq?: number): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  for (;;) {
    const page = await store.audit({ first: PAGE, afterSeq: out.at(-1)?.seq ?? afterSeq });
    for (const e of page) out.push(e);
    if (page.length < PAGE) return out;
  }
}

/**
 * The seed batch with every approved change laid on top: an item the seeds still have as it was
 * before its first approved change takes its newest approved state; an item the seeds already
 * have in that newest state (seeds exported from the graph) stays. Any other difference is a
 * contradiction: OverlayConflictError, so nothing approved is silently discarded.
 */
function overlayApproved(batch: GraphBatch, entries: readonly AuditEntry[]): GraphBatch {
  if (entries.length === 0) return batch;
  const first = new Map<string, AuditEntry>();
  const last = new Map<string, AuditEntry>();
  for (const e of entries) {
    if (!first.has(e.targetId)) first.set(e.targetId, e);
    last.set(e.targetId, e);
  }
  const nodes = new Map(batch.nodes.map((n) => [n.id, n]));
  const rels = new Map(batch.rels.map((r) => [r.id, r]));
  const conflicts: { id: string; changeSet: string }[] = [];
  for (const [id, newest] of last) {
    const items: Map<string, GraphNode | GraphRel> = newest.target === 'node' ? nodes : rels;
    const seeded = items.get(id) ?? null;
    const seededText = canonical(seeded);
    if (seededText === canonical(newest.after)) continue;
    if (seededText !== canonical(first.get(id)!.before)) {
      conflicts.push({ id, changeSet: newest.changeSet });
      continue;
    }
    items.set(id, newest.after);
  }
  if (conflicts.length) throw new OverlayConflictError(conflicts);
  return { nodes: [...nodes.values()] as GraphNode[], rels: [...rels.values()] as GraphRel[] };
}

/** What a reseed needs so that no approved change is lost: see keepApproved. */
export interface KeepApproved {
  /** the seed batch with the approved changes laid over it (overlayApproved) */
  overlay(batch: GraphBatch): Promise<GraphBatch>;
  /** after the seed's write: writes again what was approved while it wrote; returns how many items */
  catchUp(graph: GraphStore): Promise<number>;
}

/**
 * A change approved after the overlay read the audit record is written to the graph the seed is
 * about to replace, and would be lost with it: so once the seed is written, every item approved
 * since is written again in its newest state, until a read of the audit finds nothing newer (an
 * approval after that read writes the new graph itself).
 */
export function keepApproved(store: CurationStore): KeepApproved {
  let seen = 0;
  return {
    async overlay(batch) {
      const entries = await auditAfter(store);
      seen = entries.at(-1)?.seq ?? 0;
      return overlayApproved(batch, entries);
    },
    async catchUp(graph) {
      let items = 0;
      for (;;) {
        const newer = await auditAfter(store, seen);
        if (newer.length === 0) return items;
        const newest = new Map(newer.map((e) => [e.targetId, e]));
        const batch: GraphBatch = { nodes: [], rels: [] };
        for (const e of newest.values()) {
          if (e.target === 'node') batch.nodes.push(e.after as GraphNode);
          else batch.rels.push(e.after as GraphRel);
        }
        await graph.writeBatch(batch);
        seen = newer.at(-1)!.seq;
        items += newest.size;
      }
    },
  };
}
