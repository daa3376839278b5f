// The walk of domain/walk.ts over an engine's own getNodes and expand, one expand per level: how
// SQLite answers walk (each call is in process), and how Neo4j answers a walk of no types.
import { walk, type WalkResult } from '../domain/walk.js';
import type { GraphNode } from '../domain/model.js';
import type { GraphStore } from './contract.js';
import type { WalkArgs } from './validate.js';

export async function walkByExpand(store: Pick<GraphStore, 'getNodes' | 'expand'>, a: WalkArgs): Promise<WalkResult> {
  const roots = (await store.getNodes(a.rootIds)).filter((n): n is GraphNode => n !== null);
  return walk(roots, { depth: a.depth, types: a.types, asOf: a.asOf }, { expand: (q) => store.expand(q), nodes: (ids) => store.getNodes(ids) });
}
