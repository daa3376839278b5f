// The layout bench page: lays out a synthetic chart of n nodes with the app's own model, ELK
// worker and Cytoscape drawing, and reports the times (bench/parts/web.ts drives it).
import { CyChart, type DrawStats } from '../chart/cy-chart.js';
import { modelOf } from '../chart/model.js';
import { syntheticChart } from './synthetic.js';

declare global {
  interface Window {
    govgraphLayoutBench(n: number): Promise<DrawStats>;
  }
}

const chart = new CyChart(document.getElementById('chart')!, { select: () => {}, selectLine: () => {} });

window.govgraphLayoutBench = (n: number) => chart.draw(modelOf(syntheticChart(n)), new Set(), new Set());
