// The layout bench page: lays out a synthetic chart of n nodes with the app's own model, layout
// (ELK on the server for small charts, in its worker for big ones) and Cytoscape drawing, and
// reports the times (bench/parts/web.ts drives it); and the same for a synthetic national overview
// grouped by partnership, with how many lines between partnerships run downwards and the chart's shape.
import './layout-bench.css';
import type cytoscape from 'cytoscape';
import { CyChart, type DrawStats } from '../chart/cy-chart.js';
import { READABLE_ZOOM } from '../chart/layout-input.js';
import { svgOf } from '../chart/chart-image.js';
import { forgetLayouts } from '../chart/layout-cache.js';
import { modelOf, verticalEnds, type ChartModel } from '../chart/model.js';
import { parseChartState } from '../state/url.js';
import { syntheticChart, syntheticNational } from './synthetic.js';

export interface NationalStats extends DrawStats {
  /** from the call to the first frame painted after the chart was added */
  paintedMs: number;
  /** lines between partnerships whose upper end is drawn above the lower */
  crossAbove: number;
  crossLines: number;
  width: number;
  height: number;
  /** nodes Cytoscape holds at the first frame (a big overview: partnerships' summaries) */
  drawnNodes: number;
  /** from zooming in to a readable size on the first body to the frame painted with its partnership's bodies */
  zoomInMs: number;
  /** nodes Cytoscape holds then */
  zoomedNodes: number;
}

/** What the chart holds and shows now, for the browser tests of its level of detail. */
export interface ChartProbe {
  zoom: number;
  summaries: number;
  /** summaries opened to their bodies */
  open: number;
  bodies: number;
  /** the smallest label drawn, in CSS px (0: none) */
  labelPx: number;
  selected: string | null;
  /** the top-left summary on screen: its centre in page coordinates */
  firstSummary: { x: number; y: number } | null;
}

declare global {
  interface Window {
    govgraphLayoutBench(n: number): Promise<DrawStats>;
    govgraphNationalBench(n: number): Promise<NationalStats>;
    /** draws the synthetic overview and leaves it as first shown */
    govgraphNationalDraw(n: number): Promise<DrawStats>;
    govgraphChartProbe(): ChartProbe;
    /** the chart's SVG export, as the chart page makes it */
    /** the SVG export, every line routed (a chart too big to route whole has them all routed first) */
    govgraphChartSvg(): Promise<string>;
    /** the lines Cytoscape draws now (not hidden), as drawn: their ends and bends, and the boxes of the bodies in view */
    govgraphDrawnLines(): DrawnLines;
    /** pans, at the zoom as it is, to the body at `share` of them all, top to bottom */
    govgraphPanTo(share: number): void;
    /** exports the chart drawn last as the chart page does (chart-export.ts), its status line above the chart */
    govgraphExport(format: 'png' | 'svg'): Promise<void>;
  }
}

export interface DrawnLines {
  lines: { id: string; source: string; target: string; points: [number, number][] }[];
  /** every body's box (x0 y0 x1 y1), its border's width left out */
  boxes: Record<string, [number, number, number, number]>;
  /** the part of the chart in view */
  view: [number, number, number, number];
}

const chart = new CyChart(document.getElementById('chart')!, { select: () => {}, selectLine: () => {} });
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

window.govgraphChartProbe = () => {
  const cy = chart.cy;
  const summaries = cy.nodes('.summary');
  const box = chart.container.getBoundingClientRect();
  const first = summaries.toArray().sort((a, b) => a.position('y') - b.position('y') || a.position('x') - b.position('x'))[0];
  return {
    zoom: cy.zoom(),
    summaries: summaries.length,
    open: cy.nodes('.summary.open').length,
    bodies: cy.nodes().not('.summary').length,
    labelPx: chart.smallestLabel(),
    selected: cy.nodes(':selected').first().id() ?? null,
    // a point inside its box and on screen (a tall box's centre may be below the view)
    firstSummary: first ? { x: box.left + first.renderedPosition().x, y: box.top + Math.max(first.renderedBoundingBox({ includeLabels: false }).y1, 0) + 20 } : null,
  };
};

window.govgraphChartSvg = async () => {
  const routes = await chart.routesForExport();
  return chart.whole(() => svgOf(chart.cy, { title: 'Synthetic overview', partnerships: [], asOf: null, counts: '', sources: [] }, routes));
};

window.govgraphDrawnLines = () => {
  const cy = chart.cy;
  const pt = (p: { x: number; y: number }): [number, number] => [p.x, p.y];
  const lines = cy
    .edges()
    .toArray()
    .filter((e) => e.visible())
    .map((e) => e as cytoscape.EdgeSingular)
    .map((e) => ({
      id: e.id(),
      source: e.source().id(),
      target: e.target().id(),
      points: [pt(e.sourceEndpoint()), ...(e.segmentPoints() ?? []).map(pt), pt(e.targetEndpoint())],
    }));
  const boxes: DrawnLines['boxes'] = {};
  // the shapes' boxes, without their borders' width
  cy.nodes().forEach((n) => {
    const [p, w, h] = [n.position(), n.width(), n.height()];
    boxes[n.id()] = [p.x - w / 2, p.y - h / 2, p.x + w / 2, p.y + h / 2];
  });
  const e = cy.extent();
  return { lines, boxes, view: [e.x1, e.y1, e.x2, e.y2] };
};

window.govgraphPanTo = (share: number) => {
  const cy = chart.cy;
  const nodes = cy.nodes().toArray().sort((a, b) => a.position('y') - b.position('y') || a.position('x') - b.position('x'));
  const p = nodes[Math.floor(share * (nodes.length - 1))]!.position();
  const z = cy.zoom();
  cy.pan({ x: cy.width() / 2 - p.x * z, y: cy.height() / 2 - p.y * z });
};

let drawn: ChartModel | null = null;
// imported when first asked for: a static import from this page split the chart view's exports into
// a file of their own (build/chunks.ts), one more for the chart page to load
const exports = import('../views/chart/chart-export.js').then(({ chartExports }) => {
  const made = chartExports(chart, () => ({ state: parseChartState(''), partnerships: null, model: drawn, sources: [] }), () => drawn !== null);
  chart.container.before(made.status);
  return made;
});
window.govgraphExport = async (format) => (await exports).exportAs(format);

window.govgraphLayoutBench = (n: number) => chart.draw((drawn = modelOf(syntheticChart(n))), new Set(), new Set());

window.govgraphNationalDraw = (n: number) => chart.draw(modelOf(syntheticNational(n)), new Set(), new Set());

window.govgraphNationalBench = async (n: number) => {
  // every run from cold: the partnerships of the same names in the smaller set, or the last run, are not laid out again
  forgetLayouts();
  const started = performance.now();
  const model = modelOf(syntheticNational(n));
  const stats = await chart.draw(model, new Set(), new Set());
  await frame();
  const paintedMs = performance.now() - started;
  // from the layout: a big overview draws bodies only once zoomed in (detail-window.ts)
  const y = (id: string) => chart.positionOf(id)!.y;
  let [crossAbove, crossLines] = [0, 0];
  for (const e of model.edges.values()) {
    const ends = verticalEnds(e);
    if (!ends || model.nodes.get(ends.upper)?.parent === model.nodes.get(ends.lower)?.parent) continue;
    crossLines++;
    if (y(ends.upper) < y(ends.lower)) crossAbove++;
  }
  const bb = chart.cy.elements().boundingBox();
  const drawnNodes = chart.cy.nodes().length;
  // zoom in on the top body, as a click on its partnership or the arrow keys would
  const zoomStarted = performance.now();
  const [first] = [...model.nodes.values()].filter((n) => !n.compound).sort((a, b) => chart.positionOf(a.id)!.y - chart.positionOf(b.id)!.y);
  const p = chart.positionOf(first!.id)!;
  chart.cy.viewport({ zoom: READABLE_ZOOM, pan: { x: chart.cy.width() / 2 - p.x * READABLE_ZOOM, y: chart.cy.height() / 2 - p.y * READABLE_ZOOM } });
  chart.select(first!.id);
  await frame();
  const zoomInMs = performance.now() - zoomStarted;
  return { ...stats, paintedMs, crossAbove, crossLines, width: bb.w, height: bb.h, drawnNodes, zoomInMs, zoomedNodes: chart.cy.nodes().length };
};
