// The report's structure chart: the chart page's own drawing (CyChart, laid out by ELK) turned into
// its vector copy (chart-image.ts), so it prints sharp, with a printed key of the kinds and lines in it.
// On screen the drawing is shown at its own size (12 px labels) in a box that scrolls both ways: shrunk
// to the box, a partnership's tall, narrow drawing had 4 px labels (on a phone and at 1440 px alike),
// readable only by pinch-zoom. Scrolling is the pan a phone, a keyboard (the box takes the focus) and a
// mouse already have (on a phone the box scrolls only sideways, the page taking the swipes down). A
// list of the bodies would tell the structure less well than its picture, and the chart page's List
// (text) view already gives one. One button shrinks it to fit, for the whole shape; printed, it is
// always fitted to the page (report.css).
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
  const view = h('div', { class: 'report-chart-view', role: 'region', 'aria-label': 'The structure chart (scrolls)', tabindex: 0 }, markup('report-chart-svg', svg.replace(/^<\?xml[^>]*>\s*/, '')));
  const fit = h('button', { type: 'button', class: 'btn report-chart-fit', 'aria-pressed': 'false' }, 'Fit the whole chart');
  fit.addEventListener('click', () => fit.setAttribute('aria-pressed', String(view.classList.toggle('fit-all'))));
  // the partnership, at the top in the middle, in view on arrival (once the box has its size)
  const centre = new ResizeObserver(() => {
    if (!view.clientWidth) return;
    centre.disconnect();
    view.scrollLeft = (view.scrollWidth - view.clientWidth) / 2;
  });
  centre.observe(view);
  return h(
    'figure',
    { class: 'report-chart' },
    fit,
    view,
    h(
      'figcaption',
      { class: 'report-key' },
      h('strong', {}, 'Key. '),
      h('ul', { 'aria-label': 'Kinds of body' }, NODE_KINDS.filter((k) => kinds.has(k)).map((k) => h('li', {}, markup('swatch-box', kindSwatch(k)), KIND_STYLE[k].label))),
      h('ul', { 'aria-label': 'Kinds of line' }, REL_TYPES.filter((t) => types.has(t)).map((t) => h('li', {}, markup('swatch-box', lineSwatch(t)), REL_STYLE[t].label))),
    ),
  );
}
