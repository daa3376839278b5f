// The report's structure chart: the chart page's own drawing (CyChart, laid out by ELK) turned into
// its vector copy (chart-image.ts), so it prints sharp, with a printed key of the kinds and lines in it.
import { drawingSvgOf } from '../chart/chart-image.js';
import { CyChart } from '../chart/cy-chart.js';
import { modelOf } from '../chart/model.js';
import { kindSwatch, lineSwatch } from '../chart/swatches.js';
import { DEFAULT_RELS, KIND_STYLE, NODE_KINDS, REL_STYLE, REL_TYPES } from '../chart/vocab.js';
import { request } from '../api/client.js';
import { StructureChartDocument, type NodeKind, type RelationshipType } from '../generated/graphql.js';
import { h } from '../ui/dom.js';

const DEPTH = 6;

const markup = (cls: string, svg: string): HTMLElement => {
  const el = h('span', { class: cls });
  // drawn by our own chart code from escaped text
  el.innerHTML = svg;
  return el;
};

export async function reportChart(partnershipId: string, asOf: string, title: string): Promise<HTMLElement> {
  const { structureChart } = await request(StructureChartDocument, { rootIds: [partnershipId], depth: DEPTH, relationships: [...DEFAULT_RELS], asOf, groupBy: 'NONE' });
  const model = modelOf(structureChart);
  // drawn off screen at a page's width, then kept only as SVG
  const box = h('div', { class: 'report-chart-scratch', 'aria-hidden': 'true' });
  document.body.append(box);
  const chart = new CyChart(box, { select() {}, selectLine() {} });
  let svg: string;
  try {
    await chart.draw(model, new Set(), new Set());
    svg = drawingSvgOf(chart.cy, title);
  } finally {
    chart.destroy();
    box.remove();
  }
  const kinds = new Set([...model.nodes.values()].map((n) => n.kind).filter((k): k is NodeKind => k !== null));
  const types = new Set<RelationshipType>([...model.edges.values()].map((e) => e.type));
  return h(
    'figure',
    { class: 'report-chart' },
    markup('report-chart-svg', svg.replace(/^<\?xml[^>]*>\s*/, '')),
    h(
      'figcaption',
      { class: 'report-key' },
      h('strong', {}, 'Key. '),
      h('ul', { 'aria-label': 'Kinds of body' }, NODE_KINDS.filter((k) => kinds.has(k)).map((k) => h('li', {}, markup('swatch-box', kindSwatch(k)), KIND_STYLE[k].label))),
      h('ul', { 'aria-label': 'Kinds of line' }, REL_TYPES.filter((t) => types.has(t)).map((t) => h('li', {}, markup('swatch-box', lineSwatch(t)), REL_STYLE[t].label))),
    ),
  );
}
