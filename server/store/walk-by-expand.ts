// The walk of domain/walk.ts over an engine's own getNodes and expand, one expand per level: how
// SQLite answers walk (each call is in process), and how Neo4j answers a walk of no types. With
// planBodies, the bodies of the partnership roots are listed and the lines of those it missed expanded after it.
import { walk, type PlanBodies, type WalkResult } from '../domain/walk.js';
import { BODY_KINDS, type GraphNode } from '../domain/model.js';
import type { GraphStore } from './contract.js';
import { listAll } from './list-all.js';
import type { WalkArgs } from './validate.js';

type Reads = Pick<GraphStore, 'getNodes' | 'expand' | 'listNodes'>;

export async function walkByExpand(store: Reads, a: WalkArgs): Promise<WalkResult> {
  const roots = (await store.getNodes(a.rootIds)).filter((n): n is GraphNode => n !== null);
  const result = await walk(roots, { depth: a.depth, types: a.types, asOf: a.asOf }, { expand: (q) => store.expand(q), nodes: (ids) => store.getNodes(ids) });
  return a.planBodies ? { ...result, planBodies: await planBodiesOf(store, result, a) } : result;
}

async function planBodiesOf(store: Reads, result: WalkResult, a: WalkArgs): Promise<PlanBodies> {
  const partnerships = a.rootIds.filter((id) => result.nodes.get(id)?.node.kind === 'Partnership');
  const lists = await Promise.all(partnerships.map((partnership) => listAll(store, { kinds: BODY_KINDS, partnership, asOf: a.asOf })));
  const missing = new Map<string, GraphNode>();
  for (const body of lists.flat()) if (!result.nodes.has(body.id)) missing.set(body.id, body);
  const ids = [...missing.keys()].sort();
  const found = ids.length > 0 && a.types.length > 0 ? await store.expand({ ids, direction: 'both', types: a.types, asOf: a.asOf }) : [];
  const drawn = (id: string) => result.nodes.has(id) || missing.has(id);
  return { missing: ids.map((id) => missing.get(id)!), lines: found.filter((r) => drawn(r.from) && drawn(r.to)) };
}
