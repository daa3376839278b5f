// A partnership's chart holds every governance body its plans name, not only those a walk from
// the partnership reaches: a body belongs to a partnership by its `partnership` property (the
// partnership whose plan names it, set by the plan's seed file), and it is drawn when it holds
// at the chart's date (in a chart whose lines include REPORTS_TO or FEEDS_INTO). Bodies the walk missed are added with the chart's lines between them and
// anything drawn, each placed at a depth: below what it reports or feeds into when a line joins it,
// else at its stated tier, else just below the partnership. Those no line of the chart joins to
// another node are "unlinked": the chart marks them and counts them.
import { declaredTier } from './chart.js';
import { BODY_KINDS, type GraphNode, type GraphRel, type RelType } from './model.js';
import { WALK_DIRECTION, type Reached, type WalkResult } from './walk.js';

/** The lines that make a chart a governance structure chart, which then holds every body. */
const GOVERNANCE_LINES: readonly RelType[] = ['REPORTS_TO', 'FEEDS_INTO'];

/** Whether a chart of these lines holds every body of its partnerships (else only what it reaches). */
export const holdsPlanBodies = (types: readonly RelType[]): boolean => types.some((t) => GOVERNANCE_LINES.includes(t));

export interface CompletedChart {
  result: WalkResult;
  /** bodies of a chosen partnership with no line of the chart to any other node */
  unlinked: Set<string>;
}

/**
 * The walk with every body of the partnerships among its roots added (see the file's comment),
 * from what the walk read with it (WalkQuery.planBodies); a walk without them is the chart as it is.
 */
export function withPlanBodies(result: WalkResult, rootIds: readonly string[]): CompletedChart {
  // only a chart of the governance structure asks for them: one of members or leads draws what it was asked for
  if (!result.planBodies) return { result, unlinked: new Set() };
  const missing = new Map(result.planBodies.missing.map((b) => [b.id, b]));
  const nodes = new Map(result.nodes);
  const rels = new Map(result.rels.map((r) => [r.id, r]));
  for (const r of result.planBodies.lines) rels.set(r.id, r);
  placeMissing(nodes, missing, [...rels.values()]);

  const joined = new Set<string>();
  for (const r of rels.values()) {
    if (r.from === r.to) continue;
    joined.add(r.from);
    joined.add(r.to);
  }
  const roots = new Set(rootIds);
  const unlinked = new Set(
    [...nodes.values()]
      .filter(({ node }) => (BODY_KINDS as readonly string[]).includes(node.kind) && !roots.has(node.id) && !joined.has(node.id))
      .map(({ node }) => node.id),
  );
  const sorted = [...rels.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { result: { nodes, rels: sorted }, unlinked };
}

/**
 * Gives each missing body a depth: level by level down the lines from what is placed; a body no
 * placed node leads to starts a level of its own at its stated tier (tier 1 = depth 0), or just
 * below the partnership (depth 1) when the plan states none.
 */
function placeMissing(nodes: Map<string, Reached>, missing: ReadonlyMap<string, GraphNode>, rels: readonly GraphRel[]): void {
  const below = new Map<string, string[]>();
  const link = (a: string, b: string) => below.set(a, [...(below.get(a) ?? []), b]);
  for (const r of rels) {
    const dir = WALK_DIRECTION[r.type];
    if (dir !== 'out') link(r.to, r.from);
    if (dir !== 'in') link(r.from, r.to);
  }
  const left = new Map(missing);
  const spread = (from: Iterable<string>): void => {
    let frontier = [...from];
    while (frontier.length > 0 && left.size > 0) {
      const next: string[] = [];
      for (const id of frontier) {
        const depth = nodes.get(id)!.depth + 1;
        for (const to of below.get(id) ?? []) {
          const body = left.get(to);
          if (!body) continue;
          nodes.set(to, { node: body, depth });
          left.delete(to);
          next.push(to);
        }
      }
      frontier = next;
    }
  };
  spread([...nodes.keys()]);
  while (left.size > 0) {
    // a body that no other missing body leads to (else the first by id, on a cycle)
    const led = new Set([...left.keys()].flatMap((id) => below.get(id) ?? []));
    const sorted = [...left.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    const top = sorted.find((b) => !led.has(b.id)) ?? sorted[0]!;
    const tier = declaredTier(top);
    nodes.set(top.id, { node: top, depth: tier !== null ? Math.max(tier - 1, 1) : 1 });
    left.delete(top.id);
    spread([top.id]);
  }
}
