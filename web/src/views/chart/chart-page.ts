// The structure chart view: one or more partnerships as at a date, with the side panel, search,
// the key and its line toggles, expand and collapse, the line to the top, export, and the same
// structure as a list. All of it is held in the URL (state/url.ts). The controls
// (chart-toolbar.ts) and the panel (chart-details.ts) are their own modules; this one keeps the
// state and draws.
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
import { chartExports, chartTitle, type Partnerships, type Sources } from './chart-export.js';
import './chart.css';
import { chartToolbar } from './chart-toolbar.js';
import { countsText, legendOf } from './legend.js';
import { describeNode, textTree } from './text-tree.js';


/** What decides the chart's data: a change here means asking the API again. */
const dataKey = (s: ChartState): string => JSON.stringify([s.partnerships, s.expanded, s.depth, s.rels, s.asOf, s.groupBy]);

type Via = 'pointer' | 'keyboard' | 'link';

export function mountChart(root: HTMLElement, url: URL): ViewInstance {
  let state = parseChartState(url.search);
  let partnerships: Partnerships | null = null;
  let model: ChartModel | null = null;
  let sources: Sources = [];
  let loadedKey = '';
  let hidden = new Set<string>();
  let loadSeq = 0;
  /** after a search pick or a panel link, centre the node once the chart has it */
  let pendingCentre: string | null = null;
  let alive = true;
  /** what the last draw drew */
  let drawn: { nodes: number; edges: number } | null = null;

  const toolbar = chartToolbar({
    partnerships: (next) => void apply({ ...state, partnerships: next, collapsed: [], expanded: next.length ? state.expanded : [] }, 'push'),
    asOf: (asOf) => void apply({ ...state, asOf }, 'push'),
    groupBy: (groupBy) => void apply({ ...state, groupBy }, 'push'),
    depth: (depth) => void apply({ ...state, depth }, 'push'),
    pick: (hit) => void pickHit(hit),
    mode: (mode) => void apply({ ...state, mode }, 'replace'),
    zoomBy: (f) => chart.zoomBy(f),
    fitAll: () => chart.fitAll(),
    exportAs: (format) => void exports.exportAs(format),
  });
  const cyBox = h('div', {
    class: 'cy',
    tabindex: 0,
    role: 'application',
    'aria-roledescription': 'structure chart',
    'aria-label': 'Structure chart',
    'aria-describedby': 'chart-help',
  });
  const overlay = h('div', { class: 'chart-overlay' });
  const listBox = h('div', { class: 'chart-list-box', hidden: true });
  const legendBox = h('div', { class: 'legend-box' });
  const counts = h('p', { class: 'chart-counts' });
  const help = h(
    'p',
    { id: 'chart-help', class: 'hint' },
    'Keys on the chart: arrows move between nodes, Shift+arrows pan, + and − zoom, 0 fits all, Esc clears. The same structure is under “List (text)”.',
  );

  const panel = h('aside', { class: 'panel', 'aria-label': 'Details' });
  clear(
    root,
    h(
      'div',
      { class: 'chart-page' },
      toolbar.settings,
      h(
        'div',
        { class: 'chart-main' },
        h('section', { class: 'chart-area', 'aria-label': 'Chart' }, toolbar.controls, counts, h('div', { class: 'chart-stage' }, cyBox, listBox, overlay), legendBox, help),
        panel,
      ),
    ),
  );

  // Cytoscape measures its container: the page is in the document first
  const chart: CyChart = new CyChart(cyBox, {
    select: (id, via) => {
      details.focusLine = null;
      details.reveal = via === 'pointer' && id !== null;
      void select(id, { centre: false, via });
    },
    selectLine: (edgeId, nodeId) => {
      details.focusLine = edgeId;
      details.reveal = true;
      void select(nodeId, { centre: false, via: 'pointer', force: true });
    },
  });
  releaseSwipes(cyBox);
  const exports = chartExports(chart, () => ({ state, partnerships, model, sources }), () => cyBox.dataset.ready === 'true');
  root.append(exports.printBox);
  cyBox.after(chart.overview.el);
  const details = new ChartDetails(panel, {
    state: () => state,
    chart,
    apply: (next, how) => void apply(next, how),
    go: async (id) => {
      if (chart.has(id)) pendingCentre = id;
      await select(id, { centre: chart.has(id), via: 'link' });
    },
    more: (id) => {
      pendingCentre = id;
      void apply({ ...state, expanded: [...new Set([...state.expanded, id])], collapsed: state.collapsed.filter((c) => c !== id) }, 'push');
    },
    close: () => {
      void select(null, { centre: false, via: 'link' });
      cyBox.focus();
    },
  });

  function syncControls(): void {
    toolbar.sync(state);
    cyBox.hidden = state.mode !== 'chart';
    listBox.hidden = state.mode !== 'list';
  }

  // ---- state ----------------------------------------------------------------------------------
  async function apply(next: ChartState, how: 'push' | 'replace' | 'none'): Promise<void> {
    // a late answer after the user has left the view must not write its state into another view's URL
    if (!alive) return;
    const prev = state;
    state = next;
    if (how !== 'none') setSearch(chartSearch(state), how);
    syncControls();
    if (prev.mode !== next.mode && next.mode === 'chart') {
      chart.cy.resize();
      chart.fit();
    }
    if (!state.partnerships.length && !state.expanded.length) {
      model = null;
      loadedKey = '';
      showOverlay(emptyState('Choose one or more partnerships to draw their structure.'));
      renderList();
    } else if (dataKey(state) !== loadedKey) await loadChart();
    else if (prev.collapsed.join() !== next.collapsed.join()) await redraw();
    else if (prev.mode !== next.mode) renderList();
    syncSelection(prev);
  }

  function syncSelection(prev: ChartState): void {
    const id = state.selected;
    if (chart.has(id ?? '') || !id) chart.select(id, pendingCentre === id);
    if (id && pendingCentre === id && chart.has(id)) {
      chart.flash(id);
      pendingCentre = null;
    }
    details.sync(prev, state);
  }

  async function select(id: string | null, opts: { centre: boolean; via: Via; force?: boolean }): Promise<void> {
    if (id === state.selected && !opts.force) return;
    if (opts.centre && id) pendingCentre = id;
    if (id && opts.via === 'keyboard' && model) announce(describeNode(model, id));
    await apply({ ...state, selected: id, chain: id === state.selected ? state.chain : false }, 'replace');
    if (opts.force) details.render();
  }

  async function pickHit(hit: SearchHit): Promise<void> {
    const id = hit.node.id;
    details.focusLine = null;
    pendingCentre = id;
    if (chart.has(id)) {
      if (id === state.selected) {
        pendingCentre = null;
        chart.select(id, true);
        chart.flash(id);
      } else await select(id, { centre: true, via: 'link' });
      announce(`${hit.node.name} selected in the chart.`);
      return;
    }
    // not drawn: add it (a partnership as one of the chosen ones) and draw again
    const next: ChartState =
      hit.node.kind === 'Partnership'
        ? { ...state, partnerships: [...state.partnerships, id], selected: id, chain: false }
        : { ...state, expanded: [...new Set([...state.expanded, id])], selected: id, chain: false };
    await apply(next, 'push');
    announce(`${hit.node.name} added to the chart and selected.`);
  }

  // ---- chart ----------------------------------------------------------------------------------
  function showOverlay(content: HTMLElement | null): void {
    if (content) clear(overlay, content);
    overlay.hidden = !content;
  }

  async function loadChart(): Promise<void> {
    const seq = ++loadSeq;
    const key = dataKey(state);
    showOverlay(loading('the chart'));
    cyBox.dataset.ready = 'false';
    try {
      const data = await request(StructureChartDocument, structureChartVariables(state));
      if (seq !== loadSeq) return;
      model = modelOf(data.structureChart);
      sources = data.structureChart.sources;
      loadedKey = key;
      await redraw();
    } catch (e) {
      if (seq !== loadSeq) return;
      model = null;
      loadedKey = '';
      showOverlay(errorState('the chart', e, () => void loadChart()));
      renderList();
    }
  }

  async function redraw(): Promise<void> {
    if (!model) return;
    const collapsed = new Set(state.collapsed);
    hidden = hiddenBy(model, collapsed);
    const drawable = [...model.nodes.values()].some((n) => !n.compound);
    counts.textContent = countsText(model);
    renderLegend();
    renderList();
    if (!drawable) {
      showOverlay(emptyState(state.asOf ? `Nothing to draw as at ${state.asOf}. Try another date, or more levels.` : 'Nothing to draw. Try more levels or other lines.'));
      return;
    }
    const seq = loadSeq;
    let stats;
    try {
      stats = await chart.draw(model, hidden, collapsed);
    } catch (e) {
      showOverlay(errorState('the chart layout', e, () => void redraw()));
      return;
    }
    if (seq !== loadSeq) return;
    showOverlay(null);
    cyBox.dataset.ready = 'true';
    cyBox.dataset.nodes = String(stats.nodes);
    drawn = stats;
    labelChart();
    performance.mark('govgraph:chart-drawn');
    announce(`Chart drawn: ${stats.nodes} nodes and ${stats.edges} lines.`);
    if (state.selected && chart.has(state.selected)) chart.select(state.selected, pendingCentre === state.selected);
    if (pendingCentre && chart.has(pendingCentre)) {
      chart.flash(pendingCentre);
      pendingCentre = null;
    }
    details.highlightChain();
  }

  function renderLegend(): void {
    clear(legendBox, legendOf(model, state.rels, (rels) => void apply({ ...state, rels }, 'replace')));
  }

  function renderList(): void {
    if (state.mode !== 'list') return;
    const onSelect = (id: string) => void select(id, { centre: false, via: 'link' });
    clear(
      listBox,
      model ? textTree(model, { selected: state.selected, hidden, hiddenBelow: hiddenBelow(model, hidden, state.collapsed), onSelect }) : h('p', {}, overlay.textContent || 'No chart yet.'),
    );
  }

  /** The drawn chart's name for screen readers, with the partnerships' names once they are known. */
  function labelChart(): void {
    if (drawn) cyBox.setAttribute('aria-label', `Structure chart of ${chartTitle(state, partnerships)}: ${drawn.nodes} nodes and ${drawn.edges} lines`);
  }

  async function loadPartnerships(): Promise<void> {
    try {
      partnerships = (await request(PartnershipsDocument, { asOf: null })).partnerships;
      toolbar.partnershipChoice.setOptions(partnerships.map((p) => ({ id: p.id, label: shortPartnershipName(p.name) })));
      toolbar.partnershipChoice.setChosen(state.partnerships);
      // a chart laid out on the server may be drawn before the names arrive
      labelChart();
    } catch (e) {
      toolbar.partnershipChoice.showState(errorState('the partnerships', e, () => void loadPartnerships()), 'Unavailable');
    }
  }

  syncControls();
  details.render();
  void Promise.all([apply(state, 'none'), loadPartnerships()]);

  return {
    update(next: URL) {
      void apply(parseChartState(next.search), 'none');
    },
    destroy() {
      alive = false;
      loadSeq++;
      exports.destroy();
      details.dispose();
      chart.destroy();
    },
  };
}
