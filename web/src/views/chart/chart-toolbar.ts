// The chart page's controls: which partnerships, the as-at date, grouping, levels and Find above
// the chart; chart/list mode, zoom and export over it. It builds the elements and mirrors a
// ChartState into them; what a change means is the page's business (its callbacks).
import type { ChartState } from '../../state/url.js';
import { readDateField } from '../../ui/date-field.js';
import { elementOf } from '../../ui/markup.js';
import { multiChoice, type MultiChoice } from '../../ui/multi-choice.js';
import { searchBox, type SearchHit } from '../../ui/search-box.js';
import { chartControlsMarkup, chartSettingsMarkup, FIND, PARTNERSHIPS, settingsSaid, type ControlAction } from './chart-toolbar-markup.js';

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
  /** opens the settings where a narrow screen folds them (when there is nothing to draw until something is chosen) */
  unfold(): void;
  /** shows a link's Find term in the Find box, and says so there when `found` finds nothing; gives `found` back */
  find<T>(term: string, found: Promise<T | null>): Promise<T | null>;
}

/**
 * The controls, built from their markup (chart-toolbar-markup.ts), or `adopt`ed: the server's copy
 * of that markup in the page, made live in place.
 */
export function chartToolbar(ev: ToolbarEvents, adopt?: { settings: HTMLElement; controls: HTMLElement } | null): ChartToolbar {
  const settings = adopt?.settings ?? elementOf(chartSettingsMarkup(null, 'Loading…'));
  const controls = adopt?.controls ?? elementOf(chartControlsMarkup(null));
  // the folded settings' toggle (shown on a narrow screen only) says what is set
  const toggle = settings.querySelector<HTMLButtonElement>('.settings-toggle')!;
  const said = toggle.querySelector<HTMLElement>('.settings-said')!;
  const partnershipsSummary = settings.querySelector<HTMLElement>(`#${PARTNERSHIPS.id} summary`)!;
  let current: ChartState | null = null;
  const saySettings = () => {
    said.textContent = settingsSaid(current, partnershipsSummary.textContent ?? '');
  };
  toggle.addEventListener('click', () => toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true')));
  const partnershipChoice = multiChoice({
    ...PARTNERSHIPS,
    onChange: (ids) => ev.partnerships(ids),
    onSummary: saySettings,
    element: partnershipsSummary.closest<HTMLElement>('.field')!,
  });
  searchBox({ ...FIND, onPick: (hit) => ev.pick(hit), element: settings.querySelector<HTMLElement>('.search')! });
  const dateError = settings.querySelector<HTMLElement>('#asof-error')!;
  const dateInput = settings.querySelector<HTMLInputElement>('#asof')!;
  const groupSelect = settings.querySelector<HTMLSelectElement>('#group')!;
  const depthSelect = settings.querySelector<HTMLSelectElement>('#depth')!;

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

  const actions: Record<ControlAction, () => void> = {
    chart: () => ev.mode('chart'),
    list: () => ev.mode('list'),
    'zoom-in': () => ev.zoomBy(1.25),
    'zoom-out': () => ev.zoomBy(0.8),
    fit: () => ev.fitAll(),
    png: () => ev.exportAs('png'),
    svg: () => ev.exportAs('svg'),
    print: () => ev.exportAs('print'),
  };
  const buttonOf = (action: ControlAction) => controls.querySelector<HTMLButtonElement>(`[data-do="${action}"]`)!;
  for (const [action, run] of Object.entries(actions)) buttonOf(action as ControlAction).addEventListener('click', run);
  const modeChart = buttonOf('chart');
  const modeList = buttonOf('list');
  const chartOnly = (['zoom-in', 'zoom-out', 'fit', 'png', 'svg'] as const).map(buttonOf);
  // the server's copy made live (chart-toolbar-markup.ts)
  for (const el of [controls, ...settings.querySelectorAll<HTMLElement>('[inert]')]) el.inert = false;

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
      saySettings();
    },
    unfold: () => toggle.setAttribute('aria-expanded', 'true'),
    find: (term, found) => {
      const input = settings.querySelector<HTMLInputElement>(`#${FIND.id}`)!;
      input.value = term;
      return found.then((hit) => {
        const status = settings.querySelector<HTMLElement>('.suggestions-status')!;
        if (!hit) [status.textContent, status.hidden] = [`Nothing matches “${term}”.`, false];
        return hit;
      });
    },
  };
}
