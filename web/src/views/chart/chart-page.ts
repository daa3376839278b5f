// The structure chart view: one or more partnerships as at a date, with the side panel, search,
// the key and its line toggles, expand and collapse, the line to the top, export, and the same
// structure as a list. All of it is held in the URL (state/url.ts). The page's parts
// (chart-page-parts.ts), the controls (chart-toolbar.ts) and the panel (chart-details.ts) are
// their own modules; this one keeps the state and draws.
import { request } from '../../api/client.js';
import { CyChart } from '../../chart/cy-chart.js';
import { hiddenBelow, hiddenBy, modelOf, type ChartModel } from '../../chart/model.js';
import { PartnershipsDocument, StructureChartDocument } from '../../generated/graphql.js';
import type { ViewInstance } from '../../state/router.js';
import { setSearch } from '../../state/router.js';
import { chartSearch, parseChartState, type ChartState } from '../../state/url.js';
import { structureChartVariables } from '../../api/chart-request.js';
import { announce, clear, emptyState, errorState, h, loading } from '../../ui/dom.js';
import { releaseSwipes } from '../../ui/touch.js';
import { shortPartnershipName } from '../../ui/multi-choice.js';
import type { SearchHit } from '../../ui/search-box.js';
import { ChartDetails } from './chart-details.js';
import { chartExports, chartTitle, type ChartExports, type Partnerships, type Sources } from './chart-export.js';
import { findTerm, firstHit } from './chart-find.js';
import './chart.css';
import { chartPageParts, type ChartPageParts } from './chart-page-parts.js';
import { takeFirstPicture } from './first-chart-page.js';
import { dataKey, withExpanded, withHit, withPartnerships } from './chart-steps.js';
import { chartToolbar, type ChartToolbar } from './chart-toolbar.js';
import { countsText, legendOf } from './legend.js';
import { describeNode, textTree } from './text-tree.js';

type Via = 'pointer' | 'keyboard' | 'link';
type How = 'push' | 'replace' | 'none';

/** The last chart this tab showed: the navigation's "Structure chart" (a bare /chart) goes back to it, not to an empty chart. */
const LAST_CHART = 'govgraph:last-chart';

export function mountChart(root: HTMLElement, url: URL): ViewInstance {
  // when the chart view's code has loaded and run (the web bench reads it)
  performance.mark('govgraph:chart-view');
  const last = url.search ? null : sessionStorage.getItem(LAST_CHART);
  if (last) setSearch(last, 'replace');
  const page = new ChartPage(root, parseChartState(last ?? url.search), findTerm(url));
  return { update: (next) => void page.apply(parseChartState(next.search), 'none'), destroy: () => page.destroy() };
}

class ChartPage {
  private partnerships: Partnerships | null = null;
  private model: ChartModel | null = null;
  private sources: Sources = [];
  private loadedKey = '';
  private hidden = new Set<string>();
  private loadSeq = 0;
  /** after a search pick or a panel link, centre the node once the chart has it */
  private pendingCentre: string | null = null;
  private alive = true;
  /** what the last draw drew */
  private drawn: { nodes: number; edges: number } | null = null;
  private readonly toolbar: ChartToolbar;
  private readonly parts: ChartPageParts;
  private readonly chart: CyChart;
  private readonly exports: ChartExports;
  private readonly details: ChartDetails;

  constructor(
    root: HTMLElement,
    private state: ChartState,
    find: string | null,
  ) {
    // the server's picture and the settings it wrote above it, taken before the page builds its own
    const first = takeFirstPicture();
    this.toolbar = chartToolbar({
      partnerships: (ids) => void this.apply(withPartnerships(this.state, ids), 'push'),
      asOf: (asOf) => void this.apply({ ...this.state, asOf }, 'push'),
      groupBy: (groupBy) => void this.apply({ ...this.state, groupBy }, 'push'),
      depth: (depth) => void this.apply({ ...this.state, depth }, 'push'),
      pick: (hit) => void this.pickHit(hit),
      mode: (mode) => void this.apply({ ...this.state, mode }, 'replace'),
      zoomBy: (f) => this.chart.zoomBy(f),
      fitAll: () => this.chart.fitAll(),
      exportAs: (format) => void this.exports.exportAs(format),
    }, first?.toolbar);
    this.parts = chartPageParts(root, this.toolbar, first);
    const { cyBox } = this.parts;
    // Cytoscape measures its container: the page is in the document first
    this.chart = new CyChart(cyBox, {
      select: (id, via) => {
        this.details.focusLine = null;
        this.details.reveal = via === 'pointer' && id !== null;
        void this.select(id, { centre: false, via });
      },
      selectLine: (edgeId, nodeId) => {
        this.details.focusLine = edgeId;
        this.details.reveal = true;
        void this.select(nodeId, { centre: false, via: 'pointer', force: true });
      },
    });
    releaseSwipes(cyBox);
    this.exports = chartExports(this.chart, () => ({ state: this.state, partnerships: this.partnerships, model: this.model, sources: this.sources }), () => cyBox.dataset.ready === 'true');
    root.append(this.exports.printBox);
    this.parts.counts.after(this.exports.status);
    cyBox.after(this.chart.overview.el);
    this.details = this.newDetails();
    this.syncControls();
    this.details.render();
    // a link that names a body (a review's "See it on the chart", a comparison, an interlock) opens on it,
    // not on the top of the structure where it may be out of sight
    if (this.state.selected) this.pendingCentre = this.state.selected;
    // a link with a Find term opens on what it finds, once the chart is drawn (the search runs meanwhile)
    const found = find ? this.toolbar.find(find, firstHit(find, this.state.partnerships)) : null;
    void Promise.all([this.apply(this.state, 'none').then(() => found && this.openOn(found)), this.loadPartnerships()]);
  }

  private newDetails(): ChartDetails {
    return new ChartDetails(this.parts.panel, {
      state: () => this.state,
      chart: this.chart,
      apply: (next, how) => void this.apply(next, how),
      go: async (id) => {
        if (this.chart.has(id)) this.pendingCentre = id;
        await this.select(id, { centre: this.chart.has(id), via: 'link' });
      },
      more: (id) => {
        this.pendingCentre = id;
        void this.apply(withExpanded(this.state, id), 'push');
      },
      close: () => {
        void this.select(null, { centre: false, via: 'link' });
        this.parts.cyBox.focus();
      },
    });
  }

  destroy(): void {
    this.alive = false;
    this.loadSeq++;
    this.exports.destroy();
    this.details.dispose();
    this.chart.destroy();
  }

  // ---- state ----------------------------------------------------------------------------------
  private syncControls(): void {
    this.toolbar.sync(this.state);
    this.parts.cyBox.hidden = this.state.mode !== 'chart';
    this.parts.listBox.hidden = this.state.mode !== 'list';
  }

  async apply(next: ChartState, how: How): Promise<void> {
    // a late answer after the user has left the view must not write its state into another view's URL
    if (!this.alive) return;
    const prev = this.state;
    this.state = next;
    if (how !== 'none') setSearch(chartSearch(next), how);
    if (next.partnerships.length) sessionStorage.setItem(LAST_CHART, chartSearch(next));
    this.syncControls();
    if (prev.mode !== next.mode && next.mode === 'chart') {
      this.chart.cy.resize();
      this.chart.fit();
    }
    if (!next.partnerships.length && !next.expanded.length) {
      this.model = null;
      this.loadedKey = '';
      this.showOverlay(emptyState('Choose one or more partnerships to draw their structure.'));
      this.toolbar.unfold();
      this.renderList();
    } else if (dataKey(next) !== this.loadedKey) await this.loadChart();
    else if (prev.collapsed.join() !== next.collapsed.join()) await this.redraw();
    else if (prev.mode !== next.mode) this.renderList();
    this.syncSelection(prev);
  }

  private syncSelection(prev: ChartState): void {
    const id = this.state.selected;
    if (this.chart.has(id ?? '') || !id) this.chart.select(id, this.pendingCentre === id);
    if (id) this.flashPending(id);
    this.details.sync(prev, this.state);
  }

  /** Flashes the node waiting to be centred, once the chart has it. */
  private flashPending(id: string | null): void {
    if (!id || this.pendingCentre !== id || !this.chart.has(id)) return;
    this.chart.flash(id);
    this.pendingCentre = null;
  }

  private async select(id: string | null, opts: { centre: boolean; via: Via; force?: boolean }): Promise<void> {
    if (id === this.state.selected && !opts.force) return;
    if (opts.centre && id) this.pendingCentre = id;
    if (id && opts.via === 'keyboard' && this.model) announce(describeNode(this.model, id));
    await this.apply({ ...this.state, selected: id, chain: id === this.state.selected ? this.state.chain : false }, 'replace');
    if (opts.force) this.details.render();
  }

  /** The chart opened on what a link's Find term found: the link becomes one naming it (sel=). */
  private async openOn(found: Promise<SearchHit | null>): Promise<void> {
    const hit = await found.catch(() => null);
    if (!this.alive) return;
    if (hit) await this.pickHit(hit, 'replace');
    setSearch(chartSearch(this.state), 'replace');
  }

  private async pickHit(hit: SearchHit, how: 'push' | 'replace' = 'push'): Promise<void> {
    const id = hit.node.id;
    this.details.focusLine = null;
    this.pendingCentre = id;
    if (this.chart.has(id)) {
      if (id === this.state.selected) {
        this.pendingCentre = null;
        this.chart.select(id, true);
        this.chart.flash(id);
      } else await this.select(id, { centre: true, via: 'link' });
      announce(`${hit.node.name} selected in the chart.`);
      return;
    }
    // not drawn: add it and draw again
    await this.apply(withHit(this.state, hit), how);
    announce(`${hit.node.name} added to the chart and selected.`);
  }

  // ---- chart ----------------------------------------------------------------------------------
  private showOverlay(content: HTMLElement | null): void {
    // the server's picture goes once the chart is drawn, or something else is to be shown
    this.parts.picture?.remove();
    this.parts.picture = null;
    if (content) clear(this.parts.overlay, content);
    this.parts.overlay.hidden = !content;
  }

  private async loadChart(): Promise<void> {
    const seq = ++this.loadSeq;
    const key = dataKey(this.state);
    // the server's picture of this chart is its loading state
    if (!this.parts.picture) this.showOverlay(loading('the chart'));
    this.parts.cyBox.dataset.ready = 'false';
    try {
      const data = await request(StructureChartDocument, structureChartVariables(this.state));
      if (seq !== this.loadSeq) return;
      this.model = modelOf(data.structureChart);
      this.sources = data.structureChart.sources;
      this.loadedKey = key;
      await this.redraw();
    } catch (e) {
      if (seq !== this.loadSeq) return;
      this.model = null;
      this.loadedKey = '';
      this.showOverlay(errorState('the chart', e, () => void this.loadChart()));
      this.renderList();
    }
  }

  private async redraw(): Promise<void> {
    const model = this.model;
    if (!model) return;
    const collapsed = new Set(this.state.collapsed);
    this.hidden = hiddenBy(model, collapsed);
    this.parts.counts.textContent = countsText(model);
    this.renderLegend();
    this.renderList();
    if (![...model.nodes.values()].some((n) => !n.compound)) {
      const { asOf } = this.state;
      this.showOverlay(emptyState(asOf ? `Nothing to draw as at ${asOf}. Try another date, or more levels.` : 'Nothing to draw. Try more levels or other lines.'));
      return;
    }
    const seq = this.loadSeq;
    let stats;
    try {
      stats = await this.chart.draw(model, this.hidden, collapsed);
    } catch (e) {
      this.showOverlay(errorState('the chart layout', e, () => void this.redraw()));
      return;
    }
    if (seq !== this.loadSeq) return;
    this.drawnAs(stats);
  }

  /** After a draw: the chart marked ready and named, the selection and the node waiting for it shown. */
  private drawnAs(stats: { nodes: number; edges: number }): void {
    const { cyBox } = this.parts;
    this.showOverlay(null);
    cyBox.dataset.ready = 'true';
    cyBox.dataset.nodes = String(stats.nodes);
    this.drawn = stats;
    this.labelChart();
    performance.mark('govgraph:chart-drawn');
    announce(`Chart drawn: ${stats.nodes} nodes and ${stats.edges} lines.`);
    const { selected } = this.state;
    if (selected && this.chart.has(selected)) this.chart.select(selected, this.pendingCentre === selected);
    this.flashPending(this.pendingCentre);
    this.details.highlightChain();
  }

  private renderLegend(): void {
    clear(this.parts.legendBox, legendOf(this.model, this.state.rels, (rels) => void this.apply({ ...this.state, rels }, 'replace')));
  }

  private renderList(): void {
    const { state, model, hidden } = this;
    if (state.mode !== 'list') return;
    // a tap in the list, as on the chart, brings the details into view (below the list on a phone)
    const onSelect = (id: string, via: 'pointer' | 'keyboard') => {
      this.details.reveal = via === 'pointer';
      void this.select(id, { centre: false, via: 'link' });
    };
    clear(
      this.parts.listBox,
      model
        ? textTree(model, { selected: state.selected, hidden, hiddenBelow: hiddenBelow(model, hidden, state.collapsed), onSelect })
        : h('p', {}, this.parts.overlay.textContent || 'No chart yet.'),
    );
  }

  /** The drawn chart's name for screen readers, with the partnerships' names once they are known. */
  private labelChart(): void {
    const { drawn } = this;
    if (drawn) this.parts.cyBox.setAttribute('aria-label', `Structure chart of ${chartTitle(this.state, this.partnerships)}: ${drawn.nodes} nodes and ${drawn.edges} lines`);
  }

  private async loadPartnerships(): Promise<void> {
    const choice = this.toolbar.partnershipChoice;
    try {
      this.partnerships = (await request(PartnershipsDocument, { asOf: null })).partnerships;
      choice.setOptions(this.partnerships.map((p) => ({ id: p.id, label: shortPartnershipName(p.name) })));
      choice.setChosen(this.state.partnerships);
      // a chart laid out on the server may be drawn before the names arrive
      this.labelChart();
    } catch (e) {
      choice.showState(errorState('the partnerships', e, () => void this.loadPartnerships()), 'Unavailable');
    }
  }
}
