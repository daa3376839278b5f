// A walk turned into Cytoscape elements: node and edge `data` plus `classes`, and compound
// parent nodes when grouping by partnership or tier.
import { isBodyKind, type GraphNode, type GraphRel, type NodeKind, type RelType } from './model.js';
import type { WalkResult } from './walk.js';

export type ChartGrouping = 'NONE' | 'PARTNERSHIP' | 'TIER';

// A chart element's id is `elementId`, not `id`: it is the graph's id (or a group's), so it repeats
// from one chart to the next, and a normalised client cache would take two charts' elements for one
// object (see ChartNodeData in schema.graphql).
export interface ChartNodeData {
  elementId: string;
  label: string;
  shortLabel: string | null;
  kind: NodeKind | null;
  parent: string | null;
  tier: number | null;
  partnership: string | null;
  compound: boolean;
  depth: number | null;
  /** a body of a chosen partnership that no line of the chart joins to another node */
  unlinked: boolean;
}

export interface ChartEdgeData {
  elementId: string;
  source: string;
  target: string;
  type: RelType;
  label: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface Chart {
  nodes: { data: ChartNodeData; classes: string }[];
  edges: { data: ChartEdgeData; classes: string }[];
}

/** The sources the chart's nodes and lines are evidenced by, ids in order. */
export function chartSourceIds(result: WalkResult): string[] {
  const ids = new Set<string>();
  for (const { node } of result.nodes.values()) for (const e of node.evidence) ids.add(e.source);
  for (const r of result.rels) for (const e of r.evidence) ids.add(e.source);
  return [...ids].sort();
}

/** props.tier when it is a whole number (seeds write 1 = top). */
export function declaredTier(node: GraphNode): number | null {
  const t = node.props.tier;
  const n = typeof t === 'number' ? t : typeof t === 'string' && /^\d+$/.test(t) ? Number(t) : NaN;
  return Number.isInteger(n) ? n : null;
}

/** The partnership a node belongs to: the one its plan is of, or itself for a partnership. */
export const partnershipOf = (node: GraphNode): string | null =>
  node.partnership ?? (node.kind === 'Partnership' ? node.id : null);

const kebab = (s: string): string => s.toLowerCase().replace(/_/g, '-');

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

export const groupId = (grouping: Exclude<ChartGrouping, 'NONE'>, key: string | number): string =>
  `group:${grouping.toLowerCase()}:${key}`;

/**
 * Cytoscape elements for a walk. Nodes are ordered roots first then by depth and name; edges by
 * id. `partnershipName` labels the compound node of a partnership the walk did not reach itself;
 * `unlinked` bodies (plan-bodies.ts) are marked with the class `no-line`.
 */
export function buildChart(
  result: WalkResult,
  roots: readonly string[],
  groupBy: ChartGrouping,
  partnershipName: (id: string) => string,
  unlinked: ReadonlySet<string> = new Set(),
): Chart {
  const rootSet = new Set(roots);
  const reached = [...result.nodes.values()].sort(
    (a, b) => a.depth - b.depth || a.node.name.localeCompare(b.node.name) || (a.node.id < b.node.id ? -1 : 1),
  );
  const groups = new Map<string, { data: ChartNodeData; classes: string }>();
  const addGroup = (id: string, label: string, kindClass: string): string => {
    if (!groups.has(id)) {
      groups.set(id, {
        data: { elementId: id, label, shortLabel: null, kind: null, parent: null, tier: null, partnership: null, compound: true, depth: null, unlinked: false },
        classes: `group ${kindClass}`,
      });
    }
    return id;
  };

  const nodes = reached.map(({ node, depth }) => {
    const body = isBodyKind(node.kind);
    const tier = declaredTier(node) ?? (body ? depth + 1 : null);
    const partnership = partnershipOf(node);
    let parent: string | null = null;
    if (groupBy === 'PARTNERSHIP' && partnership) {
      const label = result.nodes.get(partnership)?.node.name ?? partnershipName(partnership);
      parent = addGroup(groupId('PARTNERSHIP', partnership), label, 'group-partnership');
    } else if (groupBy === 'TIER' && tier !== null) {
      parent = addGroup(groupId('TIER', tier), `Tier ${tier}`, 'group-tier');
    }
    const classes = [kebab(node.kind), body ? 'body' : '', rootSet.has(node.id) ? 'root' : '', tier !== null ? `tier-${tier}` : '', unlinked.has(node.id) ? 'no-line' : '']
      .filter(Boolean)
      .join(' ');
    const data: ChartNodeData = {
      elementId: node.id,
      label: node.name,
      shortLabel: shortestAlias(node.aliases),
      kind: node.kind,
      parent,
      tier,
      partnership,
      compound: false,
      depth,
      unlinked: unlinked.has(node.id),
    };
    return { data, classes };
  });

  const edges = result.rels.map((r: GraphRel) => ({
    data: {
      elementId: r.id,
      source: r.from,
      target: r.to,
      type: r.type,
      label: str(r.props.role) ?? str(r.props.post),
      validFrom: r.validFrom ?? null,
      validTo: r.validTo ?? null,
    },
    classes: [kebab(r.type), r.validFrom || r.validTo ? 'dated' : ''].filter(Boolean).join(' '),
  }));

  // compound parents first, then the nodes they hold
  const groupNodes = [...groups.values()].sort((a, b) => (a.data.elementId < b.data.elementId ? -1 : 1));
  return { nodes: [...groupNodes, ...nodes], edges };
}

/** The label a crowded chart shows: the shortest alias ("MARAC" rather than "Domestic Violence MARAC"). */
export function shortestAlias(aliases: readonly string[]): string | null {
  return aliases.reduce<string | null>((best, a) => (best === null || a.length < best.length ? a : best), null);
}
