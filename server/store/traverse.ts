// Breadth-first traversal over an engine's expand, one batched call per level. Level by level
// (rather than one recursive query) gives both engines the same "first met" depths, meets each
// relationship once, and stays bounded on cyclic or dense graphs: the frontier holds only nodes
// never seen before.
import type { GraphRel } from '../domain/model.js';
import type { TraverseResult } from './contract.js';
import type { ExpandArgs } from './validate.js';

export async function breadthFirst(
  args: ExpandArgs,
  maxDepth: number,
  expand: (args: ExpandArgs) => Promise<GraphRel[]>,
): Promise<TraverseResult> {
  const depths = new Map<string, number>(args.ids.map((id) => [id, 0]));
  const seen = new Set<string>();
  const rels: GraphRel[] = [];
  let frontier = args.ids;
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const rel of await expand({ ...args, ids: frontier })) {
      if (seen.has(rel.id)) continue;
      seen.add(rel.id);
      rels.push(rel);
      // One end is in the frontier; the other is new unless met before.
      for (const end of [rel.from, rel.to]) {
        if (!depths.has(end)) {
          depths.set(end, depth);
          next.push(end);
        }
      }
    }
    frontier = next;
  }
  return { rels, depths: Object.fromEntries(depths) };
}
