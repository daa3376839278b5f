// The layout bench page: lays out a synthetic chart of n nodes with the app's own model, layout
// (ELK on the server for small charts, in its worker for big ones) and Cytoscape drawing, and
// reports the times (bench/parts/web.ts drives it); and the same for a synthetic national overview
// grouped by partnership, with how many lines between partnerships run downwards and the chart's shape.
import './layout-bench.css';
import { CyChart, type DrawStats } from '../chart/cy-chart.js';
import { modelOf, verticalEnds } from '../chart/model.js';
import { syntheticChart, syntheticNational } from './synthetic.js';

export interface NationalStats extends DrawStats {
  /** from the call to the first frame painted after the chart was added */
  paintedMs: number;
  /** lines between partnerships whose upper end is drawn above the lower */
  crossAbove: number;
  crossLines: number;
  width: number;
  height: number;
}

declare global {
  interface Window {
    govgraphLayoutBench(n: number): Promise<DrawStats>;
    govgraphNationalBench(n: number): Promise<NationalStats>;
  }
}

const chart = new CyChart(document.getElementById('chart')!, { select: () => {}, selectLine: () => {} });
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

window.govgraphLayoutBench = (n: number) => chart.draw(modelOf(syntheticChart(n)), new Set(), new Set());

window.govgraphNationalBench = async (n: number) => {
  const started = performance.now();
  const model = modelOf(syntheticNational(n));
  const stats = await chart.draw(model, new Set(), new Set());
  await frame();
  const paintedMs = performance.now() - started;
  const y = (id: string) => chart.cy.getElementById(id).position('y');
  let [crossAbove, crossLines] = [0, 0];
  for (const e of model.edges.values()) {
    const ends = verticalEnds(e);
    if (!ends || model.nodes.get(ends.upper)?.parent === model.nodes.get(ends.lower)?.parent) continue;
    crossLines++;
    if (y(ends.upper) < y(ends.lower)) crossAbove++;
  }
  const bb = chart.cy.elements().boundingBox();
  return { ...stats, paintedMs, crossAbove, crossLines, width: bb.w, height: bb.h };
};
