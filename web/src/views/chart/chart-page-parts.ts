// The chart page's parts in the document: the settings and controls, the counts line, the stage
// (the chart's box, the list, the overlay for loading and errors), the key, the keyboard hint and
// the details panel. Built once by the page (chart-page.ts), which fills them.
import { h, clear } from '../../ui/dom.js';
import type { ChartToolbar } from './chart-toolbar.js';
import type { FirstPicture } from './first-chart-page.js';

export interface ChartPageParts {
  /** the chart's own box: Cytoscape draws in it */
  cyBox: HTMLElement;
  /** the same structure as a list (List (text)) */
  listBox: HTMLElement;
  /** over the stage while the chart loads, fails or has nothing to draw */
  overlay: HTMLElement;
  legendBox: HTMLElement;
  counts: HTMLElement;
  panel: HTMLElement;
  /** the server's picture of the first chart, in the stage until Cytoscape has drawn (first-chart-page.ts) */
  picture: HTMLElement | null;
}

/** `first`: the server's picture and counts (takeFirstPicture), if any. */
export function chartPageParts(root: HTMLElement, toolbar: ChartToolbar, first: FirstPicture | null): ChartPageParts {
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
  const counts = h('p', { class: 'chart-counts' }, first?.counts);
  const picture = first?.picture ?? null;
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
        h('section', { class: 'chart-area', 'aria-label': 'Chart' }, toolbar.controls, counts, h('div', { class: 'chart-stage' }, cyBox, picture, listBox, overlay), legendBox, help),
        panel,
      ),
    ),
  );
  return { cyBox, listBox, overlay, legendBox, counts, panel, picture };
}

/**
 * The width the chart's rows are folded to (the stage's, less the overview's strip, as CyChart.draw
 * measures it) before the page is built: an unseen copy of the page's frame, as chartPageParts
 * nests it, measured in `root` and taken out in the same task, so nothing of it is painted.
 */
export function stageWidthIn(root: HTMLElement): number {
  const stage = h('div', { class: 'chart-stage' }, h('div', { class: 'cy' }), h('div', { class: 'chart-overview' }));
  const frame = h('div', { class: 'chart-page', 'aria-hidden': 'true' }, h('div', { class: 'chart-main' }, h('section', { class: 'chart-area' }, stage), h('aside', { class: 'panel' })));
  // by the style object: the page's content security policy refuses style attributes
  frame.style.visibility = 'hidden';
  root.append(frame);
  const width = stage.clientWidth - (stage.lastElementChild as HTMLElement).offsetWidth;
  frame.remove();
  return width;
}
