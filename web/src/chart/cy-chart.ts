// The drawn chart: Cytoscape on a canvas, laid out by ELK (layout.ts), with selection,
// highlighting, keyboard moves between nodes, zoom and export. It draws a ChartModel and knows
// nothing of the API or the URL: the chart page drives it.
import cytoscape from 'cytoscape';
import { onChartKey } from './chart-keys.js';
import { chartStyle, FONT } from './cy-style.js';
import { DetailWindow, type EdgeDef } from './detail-window.js';
import { applyRoutes, edgeDefs, nodeDefs } from './draw-defs.js';
import { FIT_PADDING, layoutInput, READABLE_ZOOM, rowWidthFor } from './layout-input.js';
import { fitView } from './fit-view.js';
import { titleSize } from './group-titles.js';
import { chartLayout } from './layout.js';
import { adoptedRowWidth } from './first-chart.js';
import { takeOfferedRowWidths } from './server-layout.js';
import type { Positions } from './grouped-layout.js';
import { ChartOverview } from './overview.js';
import { ViewRoutes } from './view-routes.js';
import { hiddenBelow, type ChartModel } from './model.js';
import type { Point } from './routed-layout.js';
import type { ExportRoutes } from './chart-image.js';
import type { RelationshipType } from '../generated/graphql.js';

export interface CyChartEvents {
  /** a node was picked by pointer or keyboard (null: the background) */
  select(id: string | null, via: 'pointer' | 'keyboard'): void;
  /** a line was picked: its lower or `from` end is the node to show */
  selectLine(edgeId: string, nodeId: string): void;
}

export interface DrawStats {
  nodes: number;
  edges: number;
  layoutMs: number;
  totalMs: number;
}

/** A chart grouped by partnership of more nodes than this draws partnerships as summaries until zoomed in (detail-window.ts). */
export const WINDOWED_CHART = 1_000;

export class CyChart {
  readonly cy: cytoscape.Core;
  /** the whole chart in small, for the page to place beside the chart */
  readonly overview: ChartOverview;
  /** the level of detail of a big chart of partnerships; null when every element is drawn */
  private window: DetailWindow | null = null;
  /** the lines near the view of a chart too big to route whole; null when every line is routed */
  private viewRoutes: ViewRoutes | null = null;
  /** the last layout's centre of every body (drawn or, in a window, not yet) */
  private positions: Positions = new Map();
  /** the zoom the first fit does not go below: where the smallest label drawn is readable */
  private readable = READABLE_ZOOM;

  constructor(
    readonly container: HTMLElement,
    private readonly events: CyChartEvents,
  ) {
    this.cy = cytoscape({
      container,
      style: chartStyle(),
      minZoom: 0.05,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    this.cy.on('tap', 'node', (e) => {
      const n = e.target as cytoscape.NodeSingular;
      // a partnership's summary opens: the view moves in to its bodies at a readable size
      if (n.hasClass('summary') && !n.hasClass('open')) this.fitBox(n.boundingBox({ includeLabels: false }), READABLE_ZOOM, true);
      this.events.select(n.id(), 'pointer');
    });
    this.cy.on('tap', 'edge', (e) => {
      const edge = e.target as cytoscape.EdgeSingular;
      this.events.selectLine(edge.id(), edge.source().id());
    });
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) this.events.select(null, 'pointer');
    });
    container.addEventListener('keydown', (e) =>
      onChartKey(
        {
          cy: this.cy,
          positions: () => this.positions,
          pick: (id) => {
            this.select(id, id !== null);
            this.events.select(id, 'keyboard');
          },
          zoomBy: (f) => this.zoomBy(f),
          fitAll: () => this.fitAll(),
        },
        e,
      ),
    );
    this.overview = new ChartOverview(this.cy);
    this.cy.on('viewport resize', () => this.describeView());
  }

  /** Draws the visible part of the model, laid out top-down; `hidden` nodes (collapsed) are left out. */
  async draw(model: ChartModel, hidden: ReadonlySet<string>, collapsed: ReadonlySet<string>): Promise<DrawStats> {
    const started = performance.now();
    const { nodes, edges, shown, layoutNodes, layoutEdges } = layoutInput(model, hidden);
    const below = hiddenBelow(model, hidden, collapsed);
    const layoutStarted = performance.now();
    const arrange = nodes.some((n) => n.compound && n.classes.includes('group-tier')) ? 'column' : 'rows';
    const titles = new Map(nodes.filter((n) => n.compound).map((n) => [n.id, titleSize(n.lines.join(' '), FONT)]));
    // beside an overview (the chart page's), the stage's width less the overview's, whether it is
    // shown now or not: the same rows every draw; elsewhere the chart's own box
    const room = this.overview.room();
    const width = room > 0 ? (this.container.parentElement?.clientWidth ?? 0) - room : this.cy.width();
    const {
      positions,
      routes: elkRoutes,
      routeLines,
      routeSome,
      widths,
      groups,
    } = await chartLayout(layoutNodes, layoutEdges, { maxRowWidth: adoptedRowWidth(rowWidthFor(width), takeOfferedRowWidths()), arrange, titles });
    const layoutMs = performance.now() - layoutStarted;
    // the view may have closed while the worker was busy
    if (this.cy.destroyed()) return { nodes: 0, edges: 0, layoutMs, totalMs: performance.now() - started };

    const windowed = arrange === 'rows' && groups.size > 0 && nodes.length > WINDOWED_CHART;
    // a window's first view (the partnerships' summaries) is drawn before its lines are routed
    const routes = routeLines && !windowed ? routeLines() : elkRoutes;
    const groupWidths = new Map([...groups].map(([id, g]) => [id, g.width]));
    const nodeList = nodeDefs({ nodes, edges, shown, below, collapsed, positions, widths, routes, titles, groupWidths, windowed });
    // a chart too big to route whole draws only the lines ViewRoutes routes
    const edgeList = edgeDefs({ edges, routes, positions }).map((d) => (routeSome ? { ...d, classes: `${d.classes ?? ''} unrouted`.trim() } : d));

    this.window?.destroy();
    this.viewRoutes?.destroy();
    this.viewRoutes = null;
    this.window = windowed
      ? new DetailWindow(this.cy, {
          nodes: nodeList,
          edges: edgeList,
          groups: nodes.filter((n) => n.compound && groups.has(n.id)).map((n) => ({ id: n.id, title: n.name, classes: n.classes })),
          boxes: groups,
        })
      : null;
    this.positions = positions;
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(this.window ? this.window.summaries() : [...nodeList, ...edgeList]);
    });
    // a window's first view is its summaries, when their titles can be read whole
    this.readable = this.window ? Math.min(READABLE_ZOOM, 11 / this.window.smallestSummaryFont()) : READABLE_ZOOM;
    this.fit();
    // the overview takes a strip of the stage when shown: the chart fits again in what is left
    if (this.overview.draw()) {
      this.cy.resize();
      this.fit();
      this.overview.draw();
    }
    this.describeView();
    if (windowed && routeLines) this.routeLater(routeLines, edgeList, positions);
    if (routeSome) this.viewRoutes = new ViewRoutes(this.cy, routeSome, positions, this.container);
    return { nodes: nodes.length, edges: edges.length, layoutMs, totalMs: performance.now() - started };
  }

  /**
   * What a test or a user agent can read of the view: the smallest label drawn, in CSS px, and the
   * part of the chart in view (x1 y1 x2 y2, in the chart's coordinates, as the SVG export's).
   */
  private describeView(): void {
    const e = this.cy.extent();
    this.container.dataset.labelPx = this.smallestLabel().toFixed(2);
    this.container.dataset.extent = [e.x1, e.y1, e.x2, e.y2].map((v) => v.toFixed(1)).join(' ');
  }

  /**
   * Routes a window's lines once its first view is painted: the definitions the window adds as it
   * opens partnerships get their routes, and so do the lines already drawn (unless a newer draw came).
   */
  private routeLater(routeLines: () => Map<string, Point[]>, edges: readonly EdgeDef[], positions: Positions): void {
    const window = this.window;
    // a frame's callback runs before that frame is painted; a task it queues, after
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.cy.destroyed() || this.window !== window) return;
        applyRoutes(this.cy, edges, routeLines(), positions);
      }, 0),
    );
  }

  select(id: string | null, centre = false): void {
    this.cy.$(':selected').unselect();
    this.selectedPin = id ? [id] : [];
    this.pin();
    if (!id) return;
    const n = this.cy.getElementById(id);
    if (n.empty()) return;
    n.select();
    if (centre) this.cy.animate({ center: { eles: n }, zoom: Math.max(this.cy.zoom(), 0.9) }, { duration: reducedMotion() ? 0 : 250 });
  }

  has(id: string): boolean {
    return this.window ? this.window.holds(id) : this.cy.getElementById(id).nonempty();
  }

  /** The routes an export draws a chart too big to route whole with (all its lines: ViewRoutes.all); null for any other chart, whose lines are all routed. */
  routesForExport(progress?: (done: number, total: number) => void): Promise<ExportRoutes> {
    return this.viewRoutes ? this.viewRoutes.all(progress) : Promise.resolve(null);
  }

  /** `fn` run with every body drawn: an export of a big chart is of all of it, not of what is in view. */
  whole<T>(fn: () => T): T {
    return this.window ? this.window.everything(fn) : fn();
  }

  /** Where the last layout put a body (drawn now or not), for the bench and tests. */
  positionOf(id: string): { x: number; y: number } | undefined {
    return this.positions.get(id);
  }

  /** In a window, the partnerships of the selection and of the highlighted line stay open. */
  private selectedPin: string[] = [];
  private chainPin: string[] = [];
  private pin(): void {
    this.window?.pin([...this.selectedPin, ...this.chainPin]);
  }

  /** A search hit: a halo that fades after a few seconds (the selection stays). */
  flash(id: string): void {
    const n = this.cy.getElementById(id);
    n.addClass('found');
    window.setTimeout(() => n.removeClass('found'), 4000);
  }

  /** Highlights the given nodes and the lines between consecutive ones; dims the rest. */
  highlightPaths(paths: readonly (readonly string[])[], type: RelationshipType): void {
    this.clearHighlight();
    const nodes = new Set(paths.flat());
    this.chainPin = [...nodes];
    this.pin();
    const on = this.cy.collection();
    for (const id of nodes) on.merge(this.cy.getElementById(id));
    for (const path of paths) {
      for (let i = 0; i + 1 < path.length; i++) {
        on.merge(this.cy.edges(`[type = "${type}"]`).filter((e) => e.source().id() === path[i] && e.target().id() === path[i + 1]));
      }
    }
    if (on.empty()) return;
    this.cy.batch(() => {
      this.cy.elements().not(on).not(on.ancestors()).addClass('dimmed');
      on.addClass('chain');
    });
    // bring the whole line into view, without zooming in past the normal size
    const bb = on.boundingBox();
    const zoom = Math.min(1, (this.cy.width() - 120) / Math.max(bb.w, 1), (this.cy.height() - 120) / Math.max(bb.h, 1));
    this.cy.animate({ zoom, center: { eles: on } }, { duration: reducedMotion() ? 0 : 250 });
  }

  clearHighlight(): void {
    if (this.chainPin.length) {
      this.chainPin = [];
      this.pin();
    }
    this.cy.batch(() => this.cy.elements().removeClass('chain dimmed'));
  }

  zoomBy(factor: number): void {
    const z = this.cy.zoom() * factor;
    this.cy.zoom({ level: z, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  /**
   * The whole chart; when that would shrink the text past reading, the top of it at a readable
   * size (in a window, the partnerships' summaries are what must be read).
   */
  fit(): void {
    this.fitBox(this.cy.elements().boundingBox(), this.readable, false);
  }

  /** `bb` in view, or its top at zoom `readable` when whole it would be smaller than that (fit-view.ts). */
  private fitBox(bb: cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH, readable: number, animate: boolean): void {
    const { zoom, pan } = fitView(this.cy, bb, readable);
    if (animate && !reducedMotion()) this.cy.animate({ zoom, pan }, { duration: 250 });
    else this.cy.viewport({ zoom, pan });
  }

  /** Every node in view, however small (labels too small to read are not drawn). */
  fitAll(): void {
    this.cy.fit(undefined, FIT_PADDING);
  }

  /**
   * The smallest size, in CSS pixels, at which a label of the chart is drawn now (a label that
   * would be smaller is not drawn: min-zoomed-font-size); 0 when none is drawn.
   */
  smallestLabel(): number {
    const z = this.cy.zoom();
    let least = Infinity;
    this.cy.elements().forEach((el) => {
      if (!el.style('label')) return;
      const px = parseFloat(el.style('font-size') as string) * z;
      if (px >= parseFloat(el.style('min-zoomed-font-size') as string)) least = Math.min(least, px);
    });
    return Number.isFinite(least) ? least : 0;
  }

  destroy(): void {
    this.window?.destroy();
    this.viewRoutes?.destroy();
    this.cy.destroy();
  }
}

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
