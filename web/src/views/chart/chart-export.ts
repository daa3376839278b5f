// The chart page's exports: PNG and SVG files and print, each the same sheet (chart/svg-sheet.ts)
// with the title, the partnerships, the as-at date, the counts, the key and the sources. For
// print the sheet is put in the page (chart.css shows only it on paper), whether print was asked
// for here or from the browser's menu. A chart too big to route whole has all its lines routed
// first (seconds, for thousands of lines), the status line saying how far it has come meanwhile
// ("1,250 of 3,000 lines routed (42%)"), which a screen reader is told politely at the start and at
// each quarter, not at every step.
import { pngOf, svgOf, type ExportRoutes } from '../../chart/chart-image.js';
import type { CyChart } from '../../chart/cy-chart.js';
import type { SheetMeta } from '../../chart/svg-sheet.js';
import type { ChartModel } from '../../chart/model.js';
import type { PartnershipsQuery, StructureChartQuery } from '../../generated/graphql.js';
import type { ChartState } from '../../state/url.js';
import { announce, clear, h } from '../../ui/dom.js';
import { download, slug } from '../../ui/download.js';
import { countsText } from './legend.js';

export type ExportFormat = 'png' | 'svg' | 'print';

export interface ChartExports {
  /** the element holding the printed sheet (empty on screen) */
  readonly printBox: HTMLElement;
  /** the status line of an export that is routing its lines (empty otherwise) */
  readonly status: HTMLElement;
  exportAs(format: ExportFormat): Promise<void>;
  destroy(): void;
}

export type Partnerships = PartnershipsQuery['partnerships'];
export type Sources = StructureChartQuery['structureChart']['sources'];

/** What the page knows at the moment of an export. */
export interface ExportSource {
  state: ChartState;
  partnerships: Partnerships | null;
  model: ChartModel | null;
  sources: Sources;
}

const names = (state: ChartState, partnerships: Partnerships | null): string[] => state.partnerships.map((id) => partnerships?.find((p) => p.id === id)?.name ?? id);

/** "Richmond Community Safety Partnership as at 2024" */
export const chartTitle = (state: ChartState, partnerships: Partnerships | null): string =>
  `${names(state, partnerships).join(', ') || 'selected nodes'}${state.asOf ? ` as at ${state.asOf}` : ''}`;

function sheetMeta({ state, partnerships, model, sources }: ExportSource): SheetMeta & { fileName: string } {
  return {
    title: `Structure chart: ${chartTitle(state, partnerships)}`,
    partnerships: names(state, partnerships),
    asOf: state.asOf,
    counts: model ? countsText(model) : '',
    sources,
    fileName: `govgraph-${state.partnerships.join('-') || 'chart'}${state.asOf ? `-${state.asOf}` : ''}`,
  };
}

/** "Routing the chart's 3,000 lines for the export: 750 of 3,000 routed (25%)…" */
export const routingText = (done: number, total: number): string => {
  const n = (x: number) => x.toLocaleString('en-GB');
  return `Routing the chart's ${n(total)} lines for the export: ${n(done)} of ${n(total)} routed (${Math.floor((100 * done) / total)}%)…`;
};

/** `page` is read at each export: the sheet follows the chart drawn at that moment. */
export function chartExports(chart: CyChart, page: () => ExportSource, ready: () => boolean): ChartExports {
  const meta = () => sheetMeta(page());
  const printBox = h('div', { class: 'chart-print', 'aria-hidden': 'true' });
  // not a live region: it changes at every step of the routing, and a few of its texts are announced (routeAll)
  const status = h('p', { class: 'chart-export-status' });
  /** a big chart's routes once an export has worked them out: print from the browser's menu cannot wait for them */
  let routes: ExportRoutes = null;
  const fill = (): void => {
    if (!ready()) return;
    // the document's own markup, without the XML declaration a file needs
    printBox.innerHTML = chart.whole(() => svgOf(chart.cy, meta(), routes)).replace(/^<\?xml[^>]*>\s*/, '');
  };
  const routeAll = async (): Promise<void> => {
    let told = -1;
    routes = await chart.routesForExport((done, total) => {
      status.textContent = done < total ? routingText(done, total) : '';
      // a screen reader hears the start and each quarter, politely
      const quarter = Math.floor((4 * done) / total);
      if (done < total && quarter > told) {
        told = quarter;
        announce(status.textContent);
      }
    });
  };
  const empty = (): void => clear(printBox);
  window.addEventListener('beforeprint', fill);
  window.addEventListener('afterprint', empty);

  return {
    printBox,
    status,
    async exportAs(format) {
      await routeAll();
      const m = meta();
      const name = `${slug(m.fileName) || 'chart'}.${format}`;
      if (format === 'print') {
        fill();
        window.print();
        return;
      }
      const svg = chart.whole(() => svgOf(chart.cy, m, routes));
      if (format === 'svg') {
        download(new Blob([svg], { type: 'image/svg+xml' }), name);
        announce('SVG image downloaded.');
      } else {
        download(await pngOf(svg), name);
        announce('PNG image downloaded.');
      }
    },
    destroy() {
      window.removeEventListener('beforeprint', fill);
      window.removeEventListener('afterprint', empty);
    },
  };
}
