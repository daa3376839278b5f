// The chart as an ELK graph for the layered (Sugiyama) layout, top-down, and the node centres
// read back from ELK's answer. Pure: the browser runs it through the ELK worker, tests run it
// through elkjs directly. Grouped charts lay out each group as one such graph (grouped-layout.ts).
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  /** the compound node holding it, if any */
  parent: string | null;
  /** the tier it is drawn in when nothing above it places it (1 = top) */
  tier?: number | null;
}

/** A line that places `upper` above `lower`; lines between peers are not given to the layout. */
export interface LayoutEdge {
  id: string;
  upper: string;
  lower: string;
  /** a line between peers: routed where the layout can (routed-layout.ts), never shaping the layers */
  peer?: boolean;
  /** lines of one bundle (one upper end, one type) leave their upper end as one trunk (chart-routes.ts) */
  bundle?: string;
}

export const LAYOUT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.nodeNode': '28',
  // one graph, not packed components: unlinked nodes share the top layer, which then folds into rows
  'elk.separateConnectedComponents': 'false',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  // Cytoscape draws the lines, so ELK's cheapest routing will do (orthogonal routing costs seconds on
  // big charts). Model order is not considered: it made 1,000 nodes take over a minute.
  'elk.edgeRouting': 'POLYLINE',
};

/**
 * Big charts trade some polish for time and stack: crossing minimisation sweeps fewer times (ELK's
 * default thoroughness is 7), and nodes are placed by the simple strategy, because Brandes-Köpf
 * recurses once per node of a layer and overflows a web worker's stack on layers of thousands.
 */
const BIG_CHART = 300;
const BIG_CHART_OPTIONS: LayoutOptions = { 'elk.layered.thoroughness': '3', 'elk.layered.nodePlacement.strategy': 'SIMPLE' };

export function elkGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): ElkNode {
  const ids = new Set(nodes.map((n) => n.id));
  const elkEdges: ElkExtendedEdge[] = edges
    .filter((e) => !e.peer && e.upper !== e.lower && ids.has(e.upper) && ids.has(e.lower))
    .map((e) => ({ id: e.id, sources: [e.upper], targets: [e.lower] }));
  return {
    id: '__root',
    layoutOptions: nodes.length > BIG_CHART ? { ...LAYOUT_OPTIONS, ...BIG_CHART_OPTIONS } : LAYOUT_OPTIONS,
    children: nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: elkEdges,
  };
}

/** Node centres (ELK gives top-left corners). */
export function centres(laidOut: ElkNode): Map<string, { x: number; y: number }> {
  return new Map((laidOut.children ?? []).map((c) => [c.id, { x: (c.x ?? 0) + (c.width ?? 0) / 2, y: (c.y ?? 0) + (c.height ?? 0) / 2 }]));
}
