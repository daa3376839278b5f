// The layout of an ungrouped borough chart: the layers (tiers) are decided here and folded into
// rows no wider than the screen at a readable zoom, then ELK lays out those rows as its layers
// (interactive layering keeps them), ordering and placing the boxes of each row. The lines are
// then routed by the row router (chart-routes.ts) as the grouped charts' are: the lines of one
// bundle (one upper box, one type: the fifteen groups reporting to Havering's board) run as one
// trunk from one point on the upper box, with a short drop to each lower box, each of which meets
// its box at a point of its own. ELK's own orthogonal routes gave each of those lines its own track
// round the chart: fifteen parallel lines down each side of a phone's chart, which no reader could
// follow from end to end. Folding before ELK, not after, is what gives the lines the gaps between
// the boxes of the rows to pass through.
import type { ElkNode } from 'elkjs/lib/elk-api.js';
// one definition of the options for the app and the server that lays its charts out
import { routedLayoutOptions } from '../../../server/http/chart-layout-options.js';
import { chartRoutes, roomyWidth } from './chart-routes.js';
import { centres, type LayoutEdge, type LayoutNode } from './elk-graph.js';
import type { Positions } from './grouped-layout.js';

export type Point = { x: number; y: number };

export interface RoutedLayout {
  positions: Positions;
  /** each line's route from its upper end to its lower end, both ends on the boxes' borders */
  routes: Map<string, Point[]>;
  /** the boxes' widths as laid out: a box is widened to give each of its lines (a bundle's: one) a point of its own */
  widths: Map<string, number>;
}

export interface RoutedOptions {
  /** widest a row of boxes may be */
  maxRowWidth: number;
  gapX: number;
  gapY: number;
}

/**
 * Each node's layer: a top node (nothing above it) at its tier (tier 1 = layer 0), else at 0;
 * every other node one below its lowest upper node, over the lines that do not close a cycle.
 */
export function layersOf(nodes: readonly LayoutNode[], allEdges: readonly LayoutEdge[]): Map<string, number> {
  const ids = new Set(nodes.map((n) => n.id));
  const edges = allEdges.filter((e) => !e.peer);
  const below = new Map<string, string[]>();
  for (const e of edges) {
    if (e.upper === e.lower || !ids.has(e.upper) || !ids.has(e.lower)) continue;
    below.set(e.upper, [...(below.get(e.upper) ?? []), e.lower]);
  }
  // depth-first finish order over the lines, a line back to a node on the stack left out
  const state = new Map<string, 'open' | 'done'>();
  const order: string[] = [];
  const acyclic = new Map<string, string[]>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    for (const next of below.get(id) ?? []) {
      if (state.get(next) === 'open') continue;
      acyclic.set(id, [...(acyclic.get(id) ?? []), next]);
      if (!state.has(next)) visit(next);
    }
    state.set(id, 'done');
    order.push(id);
  };
  const hasUpper = new Set(edges.map((e) => e.lower));
  for (const n of [...nodes].sort((a, b) => Number(hasUpper.has(a.id)) - Number(hasUpper.has(b.id)))) if (!state.has(n.id)) visit(n.id);
  const layer = new Map(nodes.map((n) => [n.id, Math.max(0, (n.tier ?? 1) - 1)]));
  for (const id of order.reverse()) for (const next of acyclic.get(id) ?? []) layer.set(next, Math.max(layer.get(next)!, layer.get(id)! + 1));
  return layer;
}

/** Room left in a row for the lines that pass between its boxes to the rows below. */
const ROW_FILL = 0.85;

/**
 * The rows: each layer in the order of its nodes' upper nodes (then by id), cut into rows of boxes
 * no wider than ROW_FILL of maxRowWidth.
 */
export function rowsOf(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], opts: RoutedOptions): string[][] {
  const layer = layersOf(nodes, edges);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const uppers = new Map<string, string[]>();
  for (const e of edges) if (!e.peer) uppers.set(e.lower, [...(uppers.get(e.lower) ?? []), e.upper]);
  const layers: string[][] = [];
  for (const n of nodes) (layers[layer.get(n.id)!] ??= []).push(n.id);
  const slot = new Map<string, number>();
  const rows: string[][] = [];
  for (const ids of layers.filter(Boolean)) {
    const key = (id: string) => {
      const ps = (uppers.get(id) ?? []).map((p) => slot.get(p)).filter((s): s is number => s !== undefined);
      return ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : -1;
    };
    ids.sort((a, b) => key(a) - key(b) || (a < b ? -1 : 1));
    let row: string[] = [];
    let used = 0;
    for (const id of ids) {
      const w = byId.get(id)!.width;
      if (row.length && used + opts.gapX + w > opts.maxRowWidth * ROW_FILL) {
        rows.push(row);
        [row, used] = [[], 0];
      }
      used += (row.length ? opts.gapX : 0) + w;
      row.push(id);
      slot.set(id, slot.size);
    }
    rows.push(row);
  }
  return rows;
}

/**
 * The ELK graph with every node placed in its row (interactive layering reads the y). A line
 * between peers in different rows runs from the upper row down; one between peers of one row is
 * left to be drawn straight (ELK would move one of them to another row).
 */
export function routedGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], opts: RoutedOptions): ElkNode {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rows = rowsOf(nodes, edges, opts);
  const rowOf = new Map(rows.flatMap((row, r) => row.map((id) => [id, r] as const)));
  const routed = edges
    .flatMap((e) => {
      if (!e.peer) return [e];
      const [a, b] = [rowOf.get(e.upper), rowOf.get(e.lower)];
      if (a === undefined || b === undefined || a === b) return [];
      return [a < b ? e : { ...e, upper: e.lower, lower: e.upper }];
    })
    .filter((e) => e.upper !== e.lower && byId.has(e.upper) && byId.has(e.lower));
  // the ends on each box's bottom (a bundle's lines leave it at one) and top
  const ends = (pick: (e: LayoutEdge) => [string, string]) =>
    routed.reduce((m, e) => {
      const [box, end] = pick(e);
      return m.set(box, (m.get(box) ?? new Set()).add(end));
    }, new Map<string, Set<string>>());
  const [down, up] = [ends((e) => [e.upper, e.bundle ?? e.id]), ends((e) => [e.lower, e.id])];
  return {
    id: '__root',
    layoutOptions: routedLayoutOptions(opts.maxRowWidth, opts),
    children: rows.flatMap((row, r) =>
      row.map((id, i) => {
        const n = byId.get(id)!;
        const width = roomyWidth(n.width, Math.max(down.get(id)?.size ?? 0, up.get(id)?.size ?? 0));
        return { id, width, height: n.height, x: i * 300, y: r * 1000 };
      }),
    ),
    edges: routed.map((e) => ({ id: e.id, sources: [e.upper], targets: [e.lower] })),
  };
}

/** Centres, widths and ELK's own routes from its answer (one section per line: no ports, no hierarchy). */
export function readRoutes(laidOut: ElkNode): RoutedLayout {
  const routes = new Map<string, Point[]>();
  for (const e of laidOut.edges ?? []) {
    const s = e.sections?.[0];
    if (!s) continue;
    routes.set(e.id, [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => ({ x: p.x, y: p.y })));
  }
  return { positions: centres(laidOut), routes, widths: new Map((laidOut.children ?? []).map((c) => [c.id, c.width ?? 0])) };
}

export async function routedLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  opts: RoutedOptions,
  run: (graph: ElkNode) => Promise<ElkNode>,
): Promise<RoutedLayout> {
  return routedFrom(nodes, edges, await run(routedGraph(nodes, edges, opts)));
}

/** The chart from ELK's answer to routedGraph: its boxes' centres and widths, and its lines routed by the row router. */
function routedFrom(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], laidOut: ElkNode): RoutedLayout {
  const { positions, widths } = readRoutes(laidOut);
  const sized = nodes.map((n) => ({ ...n, width: widths.get(n.id) ?? n.width }));
  return { positions, widths, routes: chartRoutes(sized, edges, positions, new Map()) };
}
