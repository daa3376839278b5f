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

/**
 * The same result from every relationship met, each with the level it is met at (its nearer end's
 * depth + 1), as an engine that searches in one query returns them: replayed level by level, by id
 * within a level, so the depths are the ones breadthFirst gives.
 */
export function fromLevels(startIds: readonly string[], met: readonly { rel: GraphRel; level: number }[]): TraverseResult {
  const depths = new Map<string, number>(startIds.map((id) => [id, 0]));
  const ordered = [...met].sort((a, b) => a.level - b.level || (a.rel.id < b.rel.id ? -1 : a.rel.id > b.rel.id ? 1 : 0));
  for (const { rel, level } of ordered) {
    for (const end of [rel.from, rel.to]) if (!depths.has(end)) depths.set(end, level);
  }
  return { rels: ordered.map((m) => m.rel), depths: Object.fromEntries(depths) };
}
