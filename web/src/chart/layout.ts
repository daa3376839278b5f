// Runs the ELK layered layout in a web worker: the engine is 1.6 MB of compiled Java, so it
// loads off the main thread, in parallel with the first chart's data (warmLayout at start-up),
// and never blocks input while it lays out a large chart. Long layers are then folded into rows
// (wrap.ts), and grouped charts are laid out group by group (grouped-layout.ts).
import elkApi, { type ELK } from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import { centres, elkGraph, type LayoutEdge, type LayoutNode } from './elk-graph.js';
import { groupedPositions, type Positions } from './grouped-layout.js';
import { routedLayout, type RoutedLayout } from './routed-layout.js';
import { wrapLayers } from './wrap.js';

declare global {
  interface Window {
    /** started by index.html's <head> (see web/vite.config.ts) on the chart's pages */
    govgraphElkWorker?: Worker;
  }
}

let engine: ELK | null = null;

function layoutEngine(): ELK {
  const early = window.govgraphElkWorker;
  window.govgraphElkWorker = undefined;
  // elk-api.js is CommonJS; it exports the constructor as itself and as `.default`
  engine ??= new elkApi.default({ workerFactory: () => early ?? new Worker(elkWorkerUrl) });
  return engine;
}

/**
 * Starts fetching and compiling the layout engine before the first chart needs it, and lays out
 * a two-node graph so that the engine's start-up is done by the time the chart's data arrives.
 */
export function warmLayout(): void {
  if (engine) return;
  layoutEngine()
    .layout(elkGraph([{ id: 'a', width: 10, height: 10, parent: null }, { id: 'b', width: 10, height: 10, parent: null }], [{ id: 'e', upper: 'a', lower: 'b' }]))
    .catch(() => {
      // a real layout reports the failure to the user
    });
}

const layered = async (nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Promise<Positions> =>
  centres(await layoutEngine().layout(elkGraph(nodes, edges)));

export interface ChartLayoutOptions {
  /** widest a row of nodes may be before a layer folds */
  maxRowWidth: number;
  /** how groups sit: tiers in a column, partnerships in rows */
  arrange: 'column' | 'rows';
}

const GAPS = { gapX: 28, gapY: 40 };
/** Up to this many nodes an ungrouped chart has its lines routed by ELK (routed-layout.ts). */
const ROUTED_CHART = 300;

/**
 * Centres for every leaf node, and the routes of the lines when ELK routed them: an ungrouped chart
 * of up to ROUTED_CHART nodes is folded into rows and routed; a grouped one is laid out group by
 * group; a bigger one is one layered graph, folded afterwards (its lines drawn straight).
 */
export async function chartLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], opts: ChartLayoutOptions): Promise<RoutedLayout> {
  if (nodes.some((n) => n.parent)) return { positions: await groupedPositions(nodes, edges, { ...opts, ...GAPS }, layered), routes: new Map() };
  if (nodes.length <= ROUTED_CHART) return routedLayout(nodes, edges, { maxRowWidth: opts.maxRowWidth, ...GAPS }, (g) => layoutEngine().layout(g));
  const positions = wrapLayers(await layered(nodes, edges), new Map(nodes.map((n) => [n.id, n])), { maxRowWidth: opts.maxRowWidth, ...GAPS });
  return { positions, routes: new Map() };
}
