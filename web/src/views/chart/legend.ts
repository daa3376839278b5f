// The chart's key: the shape of each kind of node in it, and one switch per type of line, each
// with its pattern and arrow drawn and its name written.
import type { NodeKind, RelationshipType } from '../../generated/graphql.js';
import { bodyCounts, type ChartModel } from '../../chart/model.js';
import { kindSwatch, lineSwatch, noLineSwatch } from '../../chart/swatches.js';
import { CHART_RELS, KIND_STYLE, NODE_KINDS, NO_LINE_STYLE, REL_STYLE, REL_TYPES } from '../../chart/vocab.js';
import { h } from '../../ui/dom.js';
import { plural } from '../../ui/words.js';

const svg = (markup: string): HTMLElement => {
  const span = h('span', { class: 'swatch-box' });
  // generated from our own tables (no user text)
  span.innerHTML = markup;
  return span;
};

export interface LegendOptions {
  /** kinds drawn in the chart now */
  kinds: ReadonlySet<NodeKind>;
  /** some body is drawn with no stated line */
  unlinked: boolean;
  shown: readonly RelationshipType[];
  onToggle(type: RelationshipType, on: boolean): void;
}

export function legend(opts: LegendOptions): HTMLElement {
  const kinds = NODE_KINDS.filter((k) => opts.kinds.has(k));
  const types = REL_TYPES.filter((t) => CHART_RELS.includes(t) || opts.shown.includes(t));
  return h(
    'section',
    { class: 'legend', 'aria-labelledby': 'legend-title' },
    h('h2', { id: 'legend-title', class: 'legend-title' }, 'Key'),
    kinds.length
      ? h(
          'ul',
          { class: 'legend-kinds', 'aria-label': 'Kinds of node' },
          kinds.map((k) => h('li', {}, svg(kindSwatch(k)), KIND_STYLE[k].label)),
          opts.unlinked ? h('li', { class: 'legend-no-line' }, svg(noLineSwatch()), `${NO_LINE_STYLE.label} (placed in its stated tier, else below the partnership)`) : null,
        )
      : null,
    h(
      'fieldset',
      { class: 'legend-lines' },
      h('legend', {}, 'Lines shown'),
      types.map((t) =>
        h(
          'label',
          { class: 'toggle' },
          h('input', {
            type: 'checkbox',
            name: 'rels',
            value: t,
            checked: opts.shown.includes(t),
            onchange: (e: Event) => opts.onToggle(t, (e.target as HTMLInputElement).checked),
          }),
          svg(lineSwatch(t)),
          REL_STYLE[t].label,
        ),
      ),
    ),
  );
}

/** "35 bodies, 12 with no stated line" */
export function countsText(model: ChartModel): string {
  const c = bodyCounts(model);
  return `${plural(c.bodies, 'body', 'bodies')}, ${c.unlinked} with no stated line`;
}

/** The key of a drawn chart; `onRels` gets the lines to show after a toggle, in the API's order. */
export function legendOf(model: ChartModel | null, shown: readonly RelationshipType[], onRels: (rels: RelationshipType[]) => void): HTMLElement {
  const kinds = new Set<NodeKind>();
  for (const n of model?.nodes.values() ?? []) if (n.kind) kinds.add(n.kind);
  return legend({
    kinds,
    unlinked: !!model && bodyCounts(model).unlinked > 0,
    shown,
    onToggle: (t, on) => {
      const rels = on ? [...shown, t] : shown.filter((r) => r !== t);
      // keep the API's order so that equal sets make equal URLs
      const order = [...CHART_RELS, ...rels.filter((r) => !CHART_RELS.includes(r))];
      onRels(order.filter((r) => rels.includes(r)));
    },
  });
}
