// The chart page's controls: which partnerships, the as-at date, grouping, levels and Find above
// the chart; chart/list mode, zoom and export over it. It builds the elements and mirrors a
// ChartState into them; what a change means is the page's business (its callbacks).
import type { ChartState } from '../../state/url.js';
import { DEPTHS } from '../../state/url.js';
import { readDateField } from '../../ui/date-field.js';
import { h } from '../../ui/dom.js';
import { multiChoice, type MultiChoice } from '../../ui/multi-choice.js';
import { searchBox, type SearchHit } from '../../ui/search-box.js';

export interface ToolbarEvents {
  partnerships(ids: string[]): void;
  asOf(asOf: string | null): void;
  groupBy(groupBy: ChartState['groupBy']): void;
  depth(depth: number): void;
  pick(hit: SearchHit): void;
  mode(mode: ChartState['mode']): void;
  zoomBy(factor: number): void;
  fitAll(): void;
  exportAs(format: 'png' | 'svg' | 'print'): void;
}

export interface ChartToolbar {
  /** the settings above the chart (with the page title) */
  settings: HTMLElement;
  /** the view controls over the chart */
  controls: HTMLElement;
  partnershipChoice: MultiChoice;
  sync(state: ChartState): void;
}

export function chartToolbar(ev: ToolbarEvents): ChartToolbar {
  const partnershipChoice = multiChoice({ id: 'partnerships', label: 'Partnerships', onChange: (ids) => ev.partnerships(ids) });
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
  const search = searchBox({ id: 'chart-search', label: 'Find', placeholder: 'Name or abbreviation, e.g. MARAC', onPick: (hit) => ev.pick(hit) });

  let current: ChartState | null = null;
  const commitDate = () => {
    const asOf = readDateField(dateInput, dateError);
    if (asOf !== undefined && asOf !== current?.asOf) ev.asOf(asOf);
  };
  dateInput.addEventListener('change', commitDate);
  dateInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') commitDate();
  });
  groupSelect.addEventListener('change', () => ev.groupBy(groupSelect.value as ChartState['groupBy']));
  depthSelect.addEventListener('change', () => ev.depth(Number(depthSelect.value)));

  const button = (label: string, onclick: () => void, attrs: Record<string, string> = {}) =>
    h('button', { type: 'button', class: 'btn', onclick, ...attrs }, label);
  const modeChart = button('Chart', () => ev.mode('chart'), { 'aria-pressed': 'true' });
  const modeList = button('List (text)', () => ev.mode('list'), { 'aria-pressed': 'false' });
  const chartOnly = [
    button('+ Zoom in', () => ev.zoomBy(1.25), { 'aria-label': 'Zoom in' }),
    button('− Zoom out', () => ev.zoomBy(0.8), { 'aria-label': 'Zoom out' }),
    button('Fit all', () => ev.fitAll()),
    button('Export PNG', () => ev.exportAs('png'), { 'data-export': 'png' }),
    button('Export SVG', () => ev.exportAs('svg'), { 'data-export': 'svg' }),
  ];
  const print = button('Print or PDF', () => ev.exportAs('print'), { 'data-export': 'print' });

  const settings = h(
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
  );
  const controls = h(
    'div',
    { class: 'chart-controls', role: 'toolbar', 'aria-label': 'Chart view' },
    modeChart,
    modeList,
    h('span', { class: 'sep', 'aria-hidden': 'true' }),
    chartOnly,
    print,
  );

  return {
    settings,
    controls,
    partnershipChoice,
    sync(state) {
      current = state;
      dateInput.value = state.asOf ?? '';
      groupSelect.value = state.groupBy;
      depthSelect.value = String(state.depth);
      partnershipChoice.setChosen(state.partnerships);
      modeChart.setAttribute('aria-pressed', String(state.mode === 'chart'));
      modeList.setAttribute('aria-pressed', String(state.mode === 'list'));
      for (const b of chartOnly) b.disabled = state.mode !== 'chart';
    },
  };
}
