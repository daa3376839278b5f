// The home view: a structure chart of one or more partnerships as at a date, with the side
// panel, search, the key and its line toggles, expand and collapse, the line to the top, export,
// and the same structure as a list. All of it is held in the URL (state/url.ts).
import { ApiError, request } from '../../api/client.js';
import { CyChart } from '../../chart/cy-chart.js';
import { abbreviation } from '../../chart/labels.js';
import { warmLayout } from '../../chart/layout.js';
import { hiddenBelow, hiddenBy, modelOf, type ChartModel } from '../../chart/model.js';
import { CHART_RELS } from '../../chart/vocab.js';
import {
  NodeDetailsDocument,
  PartnershipsDocument,
  ReportingChainDocument,
  StructureChartDocument,
  type NodeKind,
  type PartnershipsQuery,
  type RelationshipType,
} from '../../generated/graphql.js';
import type { ViewInstance } from '../../state/router.js';
import { setSearch } from '../../state/router.js';
import { chartSearch, DEPTHS, parseChartState, pathOfView, type ChartState } from '../../state/url.js';
import { readDateField } from '../../ui/date-field.js';
import { announce, clear, emptyState, errorState, h, loading } from '../../ui/dom.js';
import { multiChoice, shortPartnershipName } from '../../ui/multi-choice.js';
import { searchBox, type SearchHit } from '../../ui/search-box.js';
import { legend } from './legend.js';
import { renderPanel, type Chain, type NodeDetails } from './panel.js';
import { describeNode, textTree } from './text-tree.js';

type Partnership = PartnershipsQuery['partnerships'][number];

/** What decides the chart's data: a change here means asking the API again. */
const dataKey = (s: ChartState): string =>
  JSON.stringify([s.partnerships, s.expanded, s.depth, s.rels, s.asOf, s.groupBy]);

const download = (blob: Blob, name: string): void => {
  const a = h('a', { href: URL.createObjectURL(blob), download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
};

const slug = (s: string): string => s.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();

export function mountChart(root: HTMLElement, url: URL): ViewInstance {
  warmLayout();
  let state = parseChartState(url.search);
  let partnerships: Partnership[] | null = null;
  let model: ChartModel | null = null;
  let loadedKey = '';
  let hidden = new Set<string>();
  let loadSeq = 0;
  let detailSeq = 0;
  let chainSeq = 0;
  let details: { id: string; node: NodeDetails | null; error: unknown; loading: boolean } | null = null;
  let chain: { id: string; paths: Chain | null; error: string | null; loading: boolean } | null = null;
  let focusLine: string | null = null;
  /** after a search pick or a panel link, centre the node once the chart has it */
  let pendingCentre: string | null = null;
  let alive = true;

  // ---- skeleton -------------------------------------------------------------------------------
  const partnershipChoice = multiChoice({
    id: 'partnerships',
    label: 'Partnerships',
    onChange: (next) => void apply({ ...state, partnerships: next, collapsed: [], expanded: next.length ? state.expanded : [] }, 'push'),
  });
  const dateError = h('p', { id: 'asof-error', class: 'field-error', hidden: true });
  const dateInput = h('input', {
    id: 'asof',
    type: 'text',
    inputmode: 'numeric',
    list: 'asof-years',
    placeholder: 'any date',
    size: 11,
    'aria-describedby': 'asof-hint asof-error',
  });
  const years = h('datalist', { id: 'asof-years' }, Array.from({ length: 12 }, (_, i) => h('option', { value: String(2015 + i) })));
  const groupSelect = h(
    'select',
    { id: 'group' },
    h('option', { value: 'NONE' }, 'No grouping'),
    h('option', { value: 'PARTNERSHIP' }, 'By partnership'),
    h('option', { value: 'TIER' }, 'By tier'),
  );
  const depthSelect = h('select', { id: 'depth' }, DEPTHS.map((d) => h('option', { value: String(d) }, String(d))));
  const search = searchBox({
    id: 'chart-search',
    label: 'Find',
    placeholder: 'Name or abbreviation, e.g. MARAC',
    onPick: (hit) => void pickHit(hit),
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
  const panel = h('aside', { class: 'panel', 'aria-label': 'Details' });
  const modeChart = h('button', { type: 'button', class: 'btn', 'aria-pressed': 'true', onclick: () => void apply({ ...state, mode: 'chart' }, 'replace') }, 'Chart');
  const modeList = h('button', { type: 'button', class: 'btn', 'aria-pressed': 'false', onclick: () => void apply({ ...state, mode: 'list' }, 'replace') }, 'List (text)');
  const chartOnly: HTMLButtonElement[] = [
    h('button', { type: 'button', class: 'btn', onclick: () => chart.zoomBy(1.25), 'aria-label': 'Zoom in' }, '+ Zoom in'),
    h('button', { type: 'button', class: 'btn', onclick: () => chart.zoomBy(0.8), 'aria-label': 'Zoom out' }, '− Zoom out'),
    h('button', { type: 'button', class: 'btn', onclick: () => chart.fitAll() }, 'Fit all'),
    h('button', { type: 'button', class: 'btn', onclick: () => exportPng(), 'data-export': 'png' }, 'Export PNG'),
    h('button', { type: 'button', class: 'btn', onclick: () => exportSvg(), 'data-export': 'svg' }, 'Export SVG'),
  ];

  const page = h(
    'div',
    { class: 'chart-page' },
    h(
      'div',
      { class: 'toolbar', role: 'group', 'aria-label': 'Chart settings' },
      h('h1', { class: 'page-title' }, 'Structure chart'),
      partnershipChoice.element,
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'asof' }, 'As at'),
        dateInput,
        years,
        h('span', { id: 'asof-hint', class: 'hint' }, 'yyyy, yyyy-mm or yyyy-mm-dd'),
        dateError,
      ),
      h('div', { class: 'field' }, h('label', { for: 'group' }, 'Group'), groupSelect),
      h('div', { class: 'field' }, h('label', { for: 'depth' }, 'Levels'), depthSelect),
      search,
    ),
    h(
      'div',
      { class: 'chart-main' },
      h(
        'section',
        { class: 'chart-area', 'aria-label': 'Chart' },
        h('div', { class: 'chart-controls', role: 'toolbar', 'aria-label': 'Chart view' }, modeChart, modeList, h('span', { class: 'sep', 'aria-hidden': 'true' }), chartOnly),
        h('div', { class: 'chart-stage' }, cyBox, listBox, overlay),
        legendBox,
        h(
          'p',
          { id: 'chart-help', class: 'hint' },
          'Keys on the chart: arrows move between nodes, Shift+arrows pan, + and − zoom, 0 fits all, Esc clears. The same structure is under “List (text)”.',
        ),
      ),
      panel,
    ),
  );
  clear(root, page);

  const chart = new CyChart(cyBox, {
    select: (id, via) => {
      focusLine = null;
      void select(id, { centre: false, via });
    },
    selectLine: (edgeId, nodeId) => {
      focusLine = edgeId;
      void select(nodeId, { centre: false, via: 'pointer', force: true });
    },
  });

  // ---- controls -------------------------------------------------------------------------------
  const commitDate = () => {
    const asOf = readDateField(dateInput, dateError);
    if (asOf !== undefined && asOf !== state.asOf) void apply({ ...state, asOf }, 'push');
  };
  dateInput.addEventListener('change', commitDate);
  dateInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') commitDate();
  });
  groupSelect.addEventListener('change', () => void apply({ ...state, groupBy: groupSelect.value as ChartState['groupBy'] }, 'push'));
  depthSelect.addEventListener('change', () => void apply({ ...state, depth: Number(depthSelect.value) }, 'push'));

  function syncControls(): void {
    dateInput.value = state.asOf ?? '';
    groupSelect.value = state.groupBy;
    depthSelect.value = String(state.depth);
    partnershipChoice.setChosen(state.partnerships);
    modeChart.setAttribute('aria-pressed', String(state.mode === 'chart'));
    modeList.setAttribute('aria-pressed', String(state.mode === 'list'));
    cyBox.hidden = state.mode !== 'chart';
    listBox.hidden = state.mode !== 'list';
    for (const b of chartOnly) b.disabled = state.mode !== 'chart';
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
    const dateChanged = prev.asOf !== state.asOf;
    if (!id) {
      details = null;
      renderPanelBox();
    } else if (details?.id !== id || dateChanged) void loadDetails(id);
    else renderPanelBox();
    if (state.chain && id) {
      if (chain?.id !== id || dateChanged || !chain.paths) void loadChain(id);
      else highlightChain();
    } else {
      chain = null;
      chart.clearHighlight();
    }
  }

  async function select(id: string | null, opts: { centre: boolean; via: 'pointer' | 'keyboard' | 'link'; force?: boolean }): Promise<void> {
    if (id === state.selected && !opts.force) return;
    if (opts.centre && id) pendingCentre = id;
    if (id && opts.via === 'keyboard' && model) announce(describeNode(model, id));
    await apply({ ...state, selected: id, chain: id === state.selected ? state.chain : false }, 'replace');
    if (opts.force) renderPanelBox();
  }

  async function pickHit(hit: SearchHit): Promise<void> {
    const id = hit.node.id;
    focusLine = null;
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
      const data = await request(StructureChartDocument, {
        rootIds: [...new Set([...state.partnerships, ...state.expanded])],
        depth: state.depth,
        relationships: state.rels,
        asOf: state.asOf,
        groupBy: state.groupBy,
      });
      if (seq !== loadSeq) return;
      model = modelOf(data.structureChart);
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
    cyBox.setAttribute('aria-label', `Structure chart of ${chartTitle()}: ${stats.nodes} nodes and ${stats.edges} lines`);
    performance.mark('govgraph:chart-drawn');
    announce(`Chart drawn: ${stats.nodes} nodes and ${stats.edges} lines.`);
    if (state.selected && chart.has(state.selected)) chart.select(state.selected, pendingCentre === state.selected);
    if (pendingCentre && chart.has(pendingCentre)) {
      chart.flash(pendingCentre);
      pendingCentre = null;
    }
    if (chain?.paths) highlightChain();
  }

  function renderLegend(): void {
    const kinds = new Set<NodeKind>();
    for (const n of model?.nodes.values() ?? []) if (n.kind) kinds.add(n.kind);
    clear(
      legendBox,
      legend({
        kinds,
        shown: state.rels,
        onToggle: (t: RelationshipType, on: boolean) => {
          const rels = on ? [...state.rels, t] : state.rels.filter((r) => r !== t);
          // keep the API's order so that equal sets make equal URLs
          const order = [...CHART_RELS, ...rels.filter((r) => !CHART_RELS.includes(r))];
          void apply({ ...state, rels: order.filter((r) => rels.includes(r)) }, 'replace');
        },
      }),
    );
  }

  function renderList(): void {
    if (state.mode !== 'list') return;
    if (!model) {
      clear(listBox, h('p', {}, overlay.textContent || 'No chart yet.'));
      return;
    }
    clear(
      listBox,
      textTree(model, {
        selected: state.selected,
        hidden,
        hiddenBelow: hiddenBelow(model, hidden, state.collapsed),
        onSelect: (id) => void select(id, { centre: false, via: 'link' }),
      }),
    );
  }

  function chartTitle(): string {
    const names = state.partnerships.map((id) => partnerships?.find((p) => p.id === id)?.name ?? id);
    return `${names.join(', ') || 'selected nodes'}${state.asOf ? ` as at ${state.asOf}` : ''}`;
  }

  function exportName(ext: string): string {
    return `govgraph-${slug(state.partnerships.join('-') || 'chart')}${state.asOf ? `-${state.asOf}` : ''}.${ext}`;
  }

  function exportPng(): void {
    download(chart.png(), exportName('png'));
    announce('PNG image downloaded.');
  }

  function exportSvg(): void {
    download(new Blob([chart.svg(`Structure chart: ${chartTitle()}`)], { type: 'image/svg+xml' }), exportName('svg'));
    announce('SVG image downloaded.');
  }

  // ---- panel ----------------------------------------------------------------------------------
  async function loadDetails(id: string): Promise<void> {
    const seq = ++detailSeq;
    details = { id, node: null, error: null, loading: true };
    renderPanelBox();
    try {
      const data = await request(NodeDetailsDocument, { id, asOf: state.asOf });
      if (seq !== detailSeq) return;
      details = { id, node: data.node, error: data.node ? null : new ApiError(`No node has the id “${id}”.`, 'NOT_FOUND'), loading: false };
    } catch (e) {
      if (seq !== detailSeq) return;
      details = { id, node: null, error: e, loading: false };
    }
    renderPanelBox();
  }

  async function loadChain(id: string): Promise<void> {
    const seq = ++chainSeq;
    chain = { id, paths: null, error: null, loading: true };
    renderPanelBox();
    try {
      const data = await request(ReportingChainDocument, { id, asOf: state.asOf });
      if (seq !== chainSeq) return;
      chain = { id, paths: data.reportingChain, error: null, loading: false };
      highlightChain();
      const top = data.reportingChain[0]?.at(-1);
      announce(top ? `Line to the top shown: ${data.reportingChain[0]!.map((b) => abbreviation(b.aliases, b.name) ?? b.name).join(', then ')}.` : 'No line to the top.');
    } catch (e) {
      if (seq !== chainSeq) return;
      chain = { id, paths: null, error: (e as Error).message, loading: false };
    }
    renderPanelBox();
  }

  function highlightChain(): void {
    if (!chain?.paths) return;
    chart.highlightPaths(
      chain.paths.map((p) => p.map((b) => b.id)),
      'REPORTS_TO',
    );
  }

  function renderPanelBox(): void {
    if (!details) {
      clear(
        panel,
        h(
          'div',
          { class: 'panel-empty' },
          h('h2', {}, 'Details'),
          h('p', {}, 'Select a body in the chart or the list, or use Find, to see who chairs it, who sits on it, its lines up and down, what it leads or oversees, and the evidence from the plans.'),
        ),
      );
      return;
    }
    if (details.loading) return clear(panel, loading('details'));
    if (details.error || !details.node) {
      const id = details.id;
      return clear(panel, errorState('the details', details.error, () => void loadDetails(id)));
    }
    const node = details.node;
    const hadFocus = panel.contains(document.activeElement);
    clear(
      panel,
      renderPanel(node, {
        inChart: (id) => chart.has(id),
        href: (id) => `${pathOfView('chart')}${chartSearch({ ...state, selected: id, chain: false })}`,
        go: (id) => {
          focusLine = null;
          if (chart.has(id)) pendingCentre = id;
          void select(id, { centre: chart.has(id), via: 'link' }).then(() => panel.querySelector<HTMLElement>('#panel-title')?.focus());
        },
        toggleChain: () => void apply({ ...state, chain: !state.chain }, 'replace'),
        collapse: () => void apply({ ...state, collapsed: [...state.collapsed, node.id] }, 'replace'),
        expand: () => void apply({ ...state, collapsed: state.collapsed.filter((c) => c !== node.id) }, 'replace'),
        more: () => {
          pendingCentre = node.id;
          void apply({ ...state, expanded: [...new Set([...state.expanded, node.id])], collapsed: state.collapsed.filter((c) => c !== node.id) }, 'push');
        },
        close: () => {
          void select(null, { centre: false, via: 'link' });
          cyBox.focus();
        },
        collapsed: state.collapsed.includes(node.id),
        chain: chain?.id === node.id ? { shown: state.chain, ...chain } : { shown: state.chain, paths: null, loading: state.chain, error: null },
        focusLine,
      }),
    );
    if (focusLine) panel.querySelector(`[data-line="${CSS.escape(focusLine)}"]`)?.scrollIntoView({ block: 'nearest' });
    if (hadFocus) panel.querySelector<HTMLElement>('#panel-title')?.focus();
  }

  // ---- start ----------------------------------------------------------------------------------
  async function loadPartnerships(): Promise<void> {
    try {
      partnerships = (await request(PartnershipsDocument, { asOf: null })).partnerships;
      partnershipChoice.setOptions(partnerships.map((p) => ({ id: p.id, label: shortPartnershipName(p.name) })));
      partnershipChoice.setChosen(state.partnerships);
      if (!state.partnerships.length && !state.expanded.length && partnerships[0]) {
        // the home view opens on the first partnership rather than on nothing
        await apply({ ...state, partnerships: [partnerships[0].id] }, 'replace');
      }
    } catch (e) {
      partnershipChoice.showState(errorState('the partnerships', e, () => void loadPartnerships()), 'Unavailable');
    }
  }

  syncControls();
  renderPanelBox();
  const first = state.partnerships.length || state.expanded.length ? apply(state, 'none') : Promise.resolve();
  void Promise.all([first, loadPartnerships()]);

  return {
    update(next: URL) {
      void apply(parseChartState(next.search), 'none');
    },
    destroy() {
      alive = false;
      loadSeq++;
      chart.destroy();
    },
  };
}
