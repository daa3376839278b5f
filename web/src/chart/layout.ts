// Runs the ELK layered layout: small charts (a borough's) on the server (server/http/layout-route.ts),
// which keeps ELK compiled and its answers cached, so the first chart never waits for the browser
// to fetch and compile the 1.6 MB engine; bigger charts, and any the server cannot lay out, in a
// web worker, started when first needed, which never blocks input while it lays out. The same ELK
// graph goes either way (elk-graph.ts), so the layout is the same. Long layers are then folded into
// rows (wrap.ts), and grouped charts are laid out group by group (grouped-layout.ts): by ELK up
// to QUICK_GROUPED nodes, by the quick layered layout beyond (a national overview of thousands of
// bodies is laid out in well under a second; ELK took five), each group's layout kept by content.
// The lines of grouped and big charts are then routed by the row router (chart-routes.ts).
import elkApi, { type ELK } from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import { CHART_GAPS as GAPS } from '../../../server/http/chart-layout-options.js';
import { chartRoutes, chartRouteSteps, widenedForLines, type RouteStep } from './chart-routes.js';
import type { TitleSize } from './group-titles.js';
import { centres, elkGraph, type LayoutEdge, type LayoutNode } from './elk-graph.js';
import { groupedPositions, type GroupBoxes, type LayoutFn, type Positions } from './grouped-layout.js';
import { cachedLayout } from './layout-cache.js';
import { quickLayered } from './quick-layered.js';
import { routedLayout, type Point, type RoutedLayout } from './routed-layout.js';
import { serverLayout } from './server-layout.js';
import { wrapLayers } from './wrap.js';

let engine: ELK | null = null;
function layoutEngine(): ELK {
  // elk-api.js is CommonJS; it exports the constructor as itself and as `.default`
  engine ??= new elkApi.default({ workerFactory: () => new Worker(elkWorkerUrl) });
  return engine;
}

const layered = async (nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Promise<Positions> => {
  const graph = elkGraph(nodes, edges);
  return centres((await serverLayout(graph)) ?? (await layoutEngine().layout(graph)));
};

export interface ChartLayoutOptions {
  /** widest a row of nodes may be before a layer folds */
  maxRowWidth: number;
  /** how groups sit: tiers in a column, partnerships in rows */
  arrange: 'column' | 'rows';
  /** each group's title as drawn: the lines keep off it */
  titles?: ReadonlyMap<string, TitleSize>;
}

/** A grouped chart of more nodes than this is laid out by quickLayered, not ELK. */
const QUICK_GROUPED = 300;
const elkGroups = cachedLayout('elk', layered);
const quickGroups: LayoutFn = cachedLayout('quick', async (nodes, edges) => quickLayered(nodes, edges, { gapX: 28, gapY: 56 }));

export interface ChartLayout extends RoutedLayout {
  /** a grouped chart's groups, each one's box */
  groups: GroupBoxes;
  /**
   * The routes of a chart ELK did not route (its `routes` then empty), worked out when called:
   * a national overview draws its first view before its lines, which it draws only zoomed in.
   */
  routeLines?: () => Map<string, Point[]>;
  /** A chart too big to route whole: the routes of the lines given (those near the view: view-routes.ts), worked out a step at a time as the steps are run. */
  routeSome?: (lines: ReadonlySet<string>) => Generator<RouteStep, Map<string, Point[]>>;
}
/** Up to this many nodes an ungrouped chart is placed row by row by ELK (routed-layout.ts). */
const ROUTED_CHART = 300;
/**
 * Up to this many nodes a bigger ungrouped chart has its lines routed by the row router. Beyond,
 * its layers fold into so many rows that a line crosses hundreds of them: routing a synthetic
 * 5,000-node chart's lines took 40 s, and drawing them Cytoscape over two minutes (load 10 to 14),
 * so only the lines near the view are routed and drawn (view-routes.ts).
 */
const ROUTED_LINES = 2_000;

/**
 * Centres for every leaf node, and the routes of the lines: an ungrouped chart of up to
 * ROUTED_CHART nodes is folded into rows and placed by ELK; a grouped one is laid out group by
 * group, a bigger one as one layered graph folded afterwards, and their lines routed by the row
 * router (chart-routes.ts, as the small ungrouped chart's; of a bigger ungrouped chart, the lines near the view), its boxes widened first
 * to give each line a port of its own.
 */
export async function chartLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], opts: ChartLayoutOptions): Promise<ChartLayout> {
  if (!nodes.some((n) => n.parent) && nodes.length <= ROUTED_CHART)
    return { ...(await routedLayout(nodes, edges, { maxRowWidth: opts.maxRowWidth, ...GAPS }, async (g) => (await serverLayout(g)) ?? layoutEngine().layout(g))), groups: new Map() };
  const wide = widenedForLines(nodes, edges);
  const widths = new Map(wide.map((n) => [n.id, n.width]));
  if (nodes.some((n) => n.parent)) {
    const run = nodes.length > QUICK_GROUPED ? quickGroups : elkGroups;
    const { positions, groups } = await groupedPositions(wide, edges.filter((e) => !e.peer), { ...opts, ...GAPS }, run);
    return { positions, groups, widths, routes: new Map(), routeLines: () => chartRoutes(wide, edges, positions, groups, { across: opts.arrange === 'column', titles: opts.titles ?? new Map() }) };
  }
  const positions = wrapLayers(await layered(wide, edges), new Map(wide.map((n) => [n.id, n])), { maxRowWidth: opts.maxRowWidth, ...GAPS });
  if (nodes.length <= ROUTED_LINES) return { positions, widths, routes: new Map(), routeLines: () => chartRoutes(wide, edges, positions, new Map()), groups: new Map() };
  const routeSome = (ids: ReadonlySet<string>) =>
    chartRouteSteps(
      wide,
      edges.filter((e) => ids.has(e.id)),
      positions,
      new Map(),
    );
  return { positions, widths, routes: new Map(), routeSome, groups: new Map() };
}
