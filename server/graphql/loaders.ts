// Per-request DataLoaders: every nesting level of a query costs one store call, however many
// parents ask. Keys of one tick are merged into a single store call even when they differ in
// direction, types or date, and the answer is split up in memory.
import DataLoader from 'dataloader';
import { BODY_KINDS, type GraphNode, type GraphRel, type NodeKind, type RelType } from '../domain/model.js';
import { holdsAt } from '../domain/period.js';
import { reportingChains } from '../domain/reporting-chain.js';
import { MAX_DEPTH, type Direction, type GraphStore } from '../store/contract.js';
import { listAll } from '../store/list-all.js';
import { groupBy } from '../domain/group-by.js';

export interface RelKey {
  id: string;
  direction: Direction;
  types: readonly RelType[];
  asOf?: string;
}

/** Lines of a node `levels` deep: the rels of every node met above the last level, in one traversal. */
export interface LevelsKey extends RelKey {
  levels: number;
}

export interface ScopeKey {
  partnership: string;
  kinds: readonly NodeKind[];
  asOf?: string;
}

export interface DatedKey {
  id: string;
  asOf?: string;
}

export interface Loaders {
  nodes: DataLoader<string, GraphNode | null>;
  /** the relationships of a node, by direction and types */
  rels: DataLoader<RelKey, GraphRel[], string>;
  /** fills `rels` for a node and the nodes below it, `levels` deep, with one traversal */
  levels: DataLoader<LevelsKey, void, string>;
  /** the nodes of some kinds that a partnership's plan names */
  scoped: DataLoader<ScopeKey, GraphNode[], string>;
  /** ids of everything inside a node (PART_OF, transitively) */
  parts: DataLoader<DatedKey, string[], string>;
  /** reporting chains of a body, as ids (domain/reporting-chain.ts) */
  chains: DataLoader<DatedKey, string[][], string>;
}

const relKey = (k: RelKey): string => `${k.direction}|${[...k.types].sort().join(',')}|${k.asOf ?? ''}|${k.id}`;
const levelsKey = (k: LevelsKey): string => `${k.levels}|${relKey(k)}`;
const datedKey = (k: DatedKey): string => `${k.asOf ?? ''}|${k.id}`;
const scopeKey = (k: ScopeKey): string => `${[...k.kinds].sort().join(',')}|${k.asOf ?? ''}|${k.partnership}`;

/** The one value every key shares, or undefined (then the batch asks for all and filters). */
function shared<T>(values: readonly T[]): T | undefined {
  return values.every((v) => v === values[0]) ? values[0] : undefined;
}

async function loadRels(store: GraphStore, keys: readonly RelKey[]): Promise<GraphRel[][]> {
  const direction = shared(keys.map((k) => k.direction)) ?? 'both';
  const asOf = shared(keys.map((k) => k.asOf));
  const rels = await store.expand({
    ids: [...new Set(keys.map((k) => k.id))],
    direction,
    types: [...new Set(keys.flatMap((k) => k.types))],
    asOf,
  });
  const byFrom = groupBy(rels, (r) => r.from);
  const byTo = groupBy(rels, (r) => r.to);
  return keys.map((k) => {
    const from = k.direction === 'in' ? [] : (byFrom.get(k.id) ?? []);
    const to = k.direction === 'out' ? [] : (byTo.get(k.id) ?? []);
    // a line from a node to itself is in both lists
    const mine = [...new Map([...from, ...to].map((r) => [r.id, r])).values()];
    return mine.filter((r) => k.types.includes(r.type) && (k.asOf === asOf || holdsAt(r, k.asOf)));
  });
}

/**
 * One traversal per shape of key (direction, types, date, levels); each node met above the last
 * level has all its lines among those met, so its `rels` entry is primed with them. Keys whose
 * `rels` entry is already there (primed by a traversal from higher up) cost nothing.
 */
async function loadLevels(store: GraphStore, rels: Loaders['rels'], primed: Set<string>, keys: readonly LevelsKey[]): Promise<void[]> {
  const todo = keys.filter((k) => !primed.has(relKey(k)));
  for (const group of groupBy(todo, (k) => levelsKey({ ...k, id: '' })).values()) {
    const { direction, types, asOf, levels } = group[0]!;
    const met = await store.traverse({ ids: group.map((k) => k.id), direction, types, maxDepth: levels, asOf });
    const byFrom = groupBy(met.rels, (r) => r.from);
    const byTo = groupBy(met.rels, (r) => r.to);
    for (const [id, depth] of Object.entries(met.depths)) {
      if (depth >= levels) continue;
      const key = { id, direction, types, asOf };
      const from = direction === 'in' ? [] : (byFrom.get(id) ?? []);
      const to = direction === 'out' ? [] : (byTo.get(id) ?? []);
      // a line from a node to itself is in both lists; in the order expand gives (by id)
      const mine = [...new Map([...from, ...to].map((r) => [r.id, r])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      rels.prime(key, mine);
      primed.add(relKey(key));
    }
  }
  return keys.map(() => undefined);
}

async function loadScoped(store: GraphStore, keys: readonly ScopeKey[]): Promise<GraphNode[][]> {
  const partnership = shared(keys.map((k) => k.partnership));
  const asOf = shared(keys.map((k) => k.asOf));
  const kinds = [...new Set(keys.flatMap((k) => k.kinds))];
  // several partnerships in one tick: one list of those kinds across all, split by partnership
  const nodes = await listAll(store, { kinds, partnership, asOf });
  const byPartnership = groupBy(nodes, (n) => n.partnership);
  return keys.map((k) =>
    (byPartnership.get(k.partnership) ?? []).filter((n) => k.kinds.includes(n.kind) && (k.asOf === asOf || holdsAt(n, k.asOf))),
  );
}

/** Descendants of each key along PART_OF lines (child PART_OF parent), one traverse per date. */
async function loadParts(store: GraphStore, keys: readonly DatedKey[]): Promise<string[][]> {
  const out = new Map<string, string[]>();
  for (const [asOf, group] of groupBy(keys, (k) => k.asOf)) {
    const { rels } = await store.traverse({ ids: group.map((k) => k.id), types: ['PART_OF'], direction: 'in', maxDepth: MAX_DEPTH, asOf });
    const children = groupBy(rels, (r) => r.to);
    for (const k of group) {
      const seen = new Set([k.id]);
      const queue = [k.id];
      while (queue.length > 0) {
        for (const r of children.get(queue.shift()!) ?? []) {
          if (!seen.has(r.from)) {
            seen.add(r.from);
            queue.push(r.from);
          }
        }
      }
      seen.delete(k.id);
      out.set(datedKey(k), [...seen]);
    }
  }
  return keys.map((k) => out.get(datedKey(k))!);
}

/** Reporting chains, one traverse per date; bodies that do not hold at the date break the chain. */
async function loadChains(store: GraphStore, nodes: Loaders['nodes'], keys: readonly DatedKey[]): Promise<string[][][]> {
  const out = new Map<string, string[][]>();
  for (const [asOf, group] of groupBy(keys, (k) => k.asOf)) {
    const { rels, depths } = await store.traverse({
      ids: group.map((k) => k.id),
      types: ['REPORTS_TO'],
      direction: 'out',
      maxDepth: MAX_DEPTH,
      asOf,
    });
    const ids = Object.keys(depths);
    const found = await nodes.loadMany(ids);
    const bodies = new Set(
      found.filter((n): n is GraphNode => !!n && !(n instanceof Error) && (BODY_KINDS as readonly string[]).includes(n.kind) && holdsAt(n, asOf)).map((n) => n.id),
    );
    const lines = rels.filter((r) => bodies.has(r.from) && bodies.has(r.to));
    for (const k of group) out.set(datedKey(k), bodies.has(k.id) ? reportingChains(k.id, lines) : []);
  }
  return keys.map((k) => out.get(datedKey(k))!);
}

export function createLoaders(store: GraphStore): Loaders {
  const nodes = new DataLoader<string, GraphNode | null>((ids) => store.getNodes(ids));
  const rels = new DataLoader<RelKey, GraphRel[], string>((keys) => loadRels(store, keys), { cacheKeyFn: relKey });
  const primed = new Set<string>();
  return {
    nodes,
    rels,
    levels: new DataLoader((keys) => loadLevels(store, rels, primed, keys), { cacheKeyFn: levelsKey }),
    scoped: new DataLoader((keys) => loadScoped(store, keys), { cacheKeyFn: scopeKey }),
    parts: new DataLoader((keys) => loadParts(store, keys), { cacheKeyFn: datedKey }),
    chains: new DataLoader((keys) => loadChains(store, nodes, keys), { cacheKeyFn: datedKey }),
  };
}
