// The walk behind subtree and structureChart: breadth-first from roots, following each
// relationship type "downwards" (a body's reporting bodies, a strategy's priorities, ...),
// one expand per level, and every line among the nodes reached.
import type { Direction, ExpandQuery } from '../store/contract.js';
import type { GraphNode, GraphRel, RelType } from './model.js';
import { holdsAt } from './period.js';

/** Which end of a relationship a walk moves to: 'in' = from `to` to `from` (REPORTS_TO: to the bodies reporting in). */
export const WALK_DIRECTION: Readonly<Record<RelType, Direction>> = {
  REPORTS_TO: 'in',
  FEEDS_INTO: 'in',
  LINKS_WITH: 'both',
  MEMBER_OF: 'in',
  CHAIRS: 'in',
  PART_OF: 'in',
  COVERS: 'out',
  HAS_PRIORITY: 'out',
  HAS_ACTION: 'out',
  // a body or organisation leads actions, an action is led: both are "below" in a chart
  LEADS: 'both',
  DELIVERS: 'both',
  OVERSEES: 'out',
  MEASURED_BY: 'out',
  RESPONDS_TO: 'out',
  ALIGNS_WITH: 'out',
  SUPERSEDES: 'out',
  // a provider delivers services and a service has a provider: both are "below" in a chart
  DELIVERED_BY: 'both',
  COMMISSIONS: 'out',
};

/** The lines of a governance structure chart, the default of a walk. */
export const STRUCTURE_TYPES: readonly RelType[] = ['REPORTS_TO', 'FEEDS_INTO', 'LINKS_WITH', 'PART_OF'];

export interface WalkIO {
  expand(q: ExpandQuery): Promise<GraphRel[]>;
  /** one entry per id, null for an unknown id */
  nodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
}

export interface WalkOptions {
  depth: number;
  types: readonly RelType[];
  asOf?: string;
}

export interface Reached {
  node: GraphNode;
  /** steps from the nearest root */
  depth: number;
}

export interface WalkResult {
  /** in the order reached: roots first, then level by level, by id within a level */
  nodes: Map<string, Reached>;
  /** every line of the walked types between two reached nodes */
  rels: GraphRel[];
  /** when the walk was asked for them (WalkQuery.planBodies): what plan-bodies.ts adds to a chart */
  planBodies?: PlanBodies;
}

/** The governance bodies of a walk's partnership roots that it did not reach, and their lines. */
export interface PlanBodies {
  /** the bodies (of BODY_KINDS, holding at the walk's date) whose `partnership` is a root, not reached, by id */
  missing: GraphNode[];
  /** the lines of the walked types between one of them and a reached node or another of them, by id */
  lines: GraphRel[];
}

/** The far ends reached from `frontier` along `rels`, each rel followed only in its walk direction. */
export function step(frontier: ReadonlySet<string>, rels: readonly GraphRel[]): string[] {
  const next = new Set<string>();
  for (const r of rels) {
    const dir = WALK_DIRECTION[r.type];
    if (dir !== 'out' && frontier.has(r.to)) next.add(r.from);
    if (dir !== 'in' && frontier.has(r.from)) next.add(r.to);
  }
  for (const id of frontier) next.delete(id);
  return [...next];
}

/** Nodes and lines within `depth` steps of `roots`; only what holds at `asOf` (nodes and lines). */
export async function walk(roots: readonly GraphNode[], opts: WalkOptions, io: WalkIO): Promise<WalkResult> {
  const reached = new Map<string, Reached>();
  for (const node of roots) if (holdsAt(node, opts.asOf)) reached.set(node.id, { node, depth: 0 });
  if (opts.types.length === 0) return { nodes: reached, rels: [] };

  // every line of a level's expand is kept: a line between two reached nodes is met when either
  // end is expanded, so only lines among the nodes of the last level, never expanded, need asking for
  const met = new Map<string, GraphRel>();
  let frontier = new Set(reached.keys());
  for (let depth = 1; depth <= opts.depth && frontier.size > 0; depth++) {
    const rels = await io.expand({ ids: [...frontier], direction: 'both', types: opts.types, asOf: opts.asOf });
    for (const r of rels) met.set(r.id, r);
    const ids = step(frontier, rels)
      .filter((id) => !reached.has(id))
      .sort();
    const found = ids.length > 0 ? await io.nodes(ids) : [];
    frontier = new Set();
    for (const node of found) {
      if (!node || !holdsAt(node, opts.asOf)) continue;
      reached.set(node.id, { node, depth });
      frontier.add(node.id);
    }
  }
  if (frontier.size > 0) {
    const last = await io.expand({ ids: [...frontier], direction: 'out', types: opts.types, asOf: opts.asOf });
    for (const r of last) met.set(r.id, r);
  }

  const rels = [...met.values()].filter((r) => reached.has(r.from) && reached.has(r.to));
  return { nodes: reached, rels: rels.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}
