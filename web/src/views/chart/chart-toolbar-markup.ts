// The chart page's settings and controls as HTML, for a state: what the page builds them from
// (chart-toolbar.ts), and what the server writes above its first chart (first-chart-markup.ts), so
// the settings are there at the first paint and the chart does not move down when the page
// mounts. The server's copy is inert until the page takes it (chart-page.ts): nothing typed in it
// before then can be lost; its heading is not, so a screen reader meets the page's title meanwhile.
// On a narrow screen the settings fold under a button saying what is set (styles.css), so the chart
// is in view on arrival; the markup is the same at every width. Pure: the server imports it.
import { DEPTHS, type ChartState } from '../../state/url.js';
import { m, text } from '../../ui/markup.js';
import { multiChoiceMarkup } from '../../ui/multi-choice.js';
import { searchBoxMarkup } from '../../ui/search-box.js';
import { plural } from '../../ui/words.js';

export const PARTNERSHIPS = { id: 'partnerships', label: 'Partnerships' };
export const FIND = { id: 'chart-search', label: 'Find', placeholder: 'Name or abbreviation, e.g. MARAC' };
const GROUPS: [ChartState['groupBy'], string][] = [
  ['NONE', 'No grouping'],
  ['PARTNERSHIP', 'By partnership'],
  ['TIER', 'By tier'],
];
/** the years the as-at field suggests */
const YEARS = Array.from({ length: 12 }, (_, i) => 2015 + i);

/** What a view control does: its data-do in the markup. */
export type ControlAction = 'chart' | 'list' | 'zoom-in' | 'zoom-out' | 'fit' | 'png' | 'svg' | 'print';

/** The id of the settings' fields, which the toggle shows and hides on a narrow screen. */
export const SETTINGS_FIELDS_ID = 'chart-settings-fields';

/** What is set, as the toggle of the folded settings says it: "Havering, as at 2024, 4 levels, grouped by tier". */
export function settingsSaid(state: ChartState | null, summary: string): string {
  if (!state) return summary;
  const grouped = GROUPS.find(([v]) => v === state.groupBy && v !== 'NONE');
  return [summary, state.asOf && `as at ${state.asOf}`, plural(state.depth, 'level'), grouped && `grouped ${grouped[1].toLowerCase()}`].filter(Boolean).join(', ');
}

/**
 * The settings above the chart (with the page's title); `summary` says which partnerships are
 * chosen. Their fields are folded on a narrow screen under the toggle, closed unless `open`.
 */
export function chartSettingsMarkup(state: ChartState | null, summary: string, inert = false, open = false): string {
  const option = (value: string, label: string, selected: boolean) => m('option', { value, selected }, text(label));
  return m(
    'div',
    { class: 'toolbar chart-settings', role: 'group', 'aria-label': 'Chart settings' },
    m('h1', { class: 'page-title' }, 'Structure chart'),
    m(
      'button',
      { type: 'button', class: 'btn settings-toggle', 'aria-expanded': String(open), 'aria-controls': SETTINGS_FIELDS_ID, inert },
      m('span', { class: 'settings-toggle-name' }, 'Settings and Find'),
      m('span', { class: 'visually-hidden' }, ': '),
      m('span', { class: 'settings-said' }, text(settingsSaid(state, summary))),
    ),
    m(
      'div',
      { id: SETTINGS_FIELDS_ID, class: 'settings-fields', inert },
      multiChoiceMarkup(PARTNERSHIPS, summary),
      m(
        'div',
        { class: 'field' },
        m('label', { for: 'asof' }, 'As at'),
        m('input', {
          id: 'asof',
          type: 'text',
          inputmode: 'numeric',
          list: 'asof-years',
          placeholder: 'any date',
          size: 11,
          'aria-describedby': 'asof-hint asof-error',
          value: state?.asOf ?? null,
        }),
        m('datalist', { id: 'asof-years' }, YEARS.map((y) => m('option', { value: String(y) }))),
        m('span', { id: 'asof-hint', class: 'hint' }, 'yyyy, yyyy-mm or yyyy-mm-dd'),
        m('p', { id: 'asof-error', class: 'field-error', hidden: true }),
      ),
      m('div', { class: 'field' }, m('label', { for: 'group' }, 'Group'), m('select', { id: 'group' }, GROUPS.map(([v, l]) => option(v, l, state?.groupBy === v)))),
      m('div', { class: 'field' }, m('label', { for: 'depth' }, 'Levels'), m('select', { id: 'depth' }, DEPTHS.map((d) => option(String(d), String(d), state?.depth === d)))),
      searchBoxMarkup(FIND),
    ),
  );
}

/** The view controls over the chart. */
export function chartControlsMarkup(state: ChartState | null, inert = false): string {
  const mode = state?.mode ?? 'chart';
  const button = (action: ControlAction, label: string, attrs: Record<string, string | boolean> = {}) =>
    m('button', { type: 'button', class: 'btn', 'data-do': action, ...attrs }, label);
  const chartOnly = { disabled: mode !== 'chart' };
  return m(
    'div',
    { class: 'chart-controls', role: 'toolbar', 'aria-label': 'Chart view', inert },
    button('chart', 'Chart', { 'aria-pressed': String(mode === 'chart') }),
    button('list', 'List (text)', { 'aria-pressed': String(mode === 'list') }),
    m('span', { class: 'sep', 'aria-hidden': 'true' }),
    // a phone shows the sign alone (styles.css), so the controls take two rows, not three
    button('zoom-in', `+${m('span', { class: 'control-word' }, ' Zoom in')}`, { 'aria-label': 'Zoom in', ...chartOnly }),
    button('zoom-out', `−${m('span', { class: 'control-word' }, ' Zoom out')}`, { 'aria-label': 'Zoom out', ...chartOnly }),
    button('fit', 'Fit all', chartOnly),
    button('png', 'Export PNG', { 'data-export': 'png', ...chartOnly }),
    button('svg', 'Export SVG', { 'data-export': 'svg', ...chartOnly }),
    button('print', 'Print or PDF', { 'data-export': 'print' }),
  );
}
