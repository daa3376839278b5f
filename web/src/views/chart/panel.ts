// The side panel of the chart: the selected node's details, who chairs it and sits on it, its
// lines up and down, what it leads or oversees, and the evidence for each fact.
import type { NodeDetailsQuery, ReportingChainQuery } from '../../generated/graphql.js';
import { displayName } from '../../chart/labels.js';
import { kindSwatch } from '../../chart/swatches.js';
import { BODY_KINDS, KIND_STYLE, REL_STYLE } from '../../chart/vocab.js';
import { h } from '../../ui/dom.js';
import { evidenceDetails, evidenceList } from '../../ui/evidence.js';
import { lineSections } from './sections.js';

export type NodeDetails = NonNullable<NodeDetailsQuery['node']>;
export type Chain = ReportingChainQuery['reportingChain'];

export interface PanelActions {
  /** is this node drawn in the chart now */
  inChart(id: string): boolean;
  /** select another node (from a line) */
  go(id: string): void;
  /** the address of this chart with another node selected */
  href(id: string): string;
  toggleChain(): void;
  /** hide what is below it */
  collapse(): void;
  /** show again what a collapse hid */
  expand(): void;
  /** fetch the levels below it (and draw it, when it is not in the chart) */
  more(): void;
  close(): void;
  /** whether the node is collapsed now */
  collapsed: boolean;
  chain: { shown: boolean; paths: Chain | null; loading: boolean; error: string | null };
  /** a line to open and scroll to (a line picked on the chart) */
  focusLine: string | null;
  /** the switch between details, history and editing, under the title */
  modes: HTMLElement | null;
  /** shown instead of the details (the history, the edit form) */
  alt: HTMLElement | null;
}

/** Properties that have a place of their own in the panel, or say nothing to a reader. */
const SHOWN_ELSEWHERE = new Set(['tier']);
/** A body's or organisation's status is shown as it holds at the chart's date (the API's status(asOf)), not as its props. */
const DATED_STATUS = new Set(['status', 'statusTo']);

const swatch = (kind: NodeDetails['kind']): HTMLElement => {
  const s = h('span', { class: 'swatch-box' });
  s.innerHTML = kindSwatch(kind);
  return s;
};

const dates = (from: string | null, to: string | null): string | null =>
  from || to ? `${from ?? 'not stated'} to ${to ?? 'not stated'}` : null;

const prop = (node: NodeDetails, key: string): string | null => node.properties.find((p) => p.key === key)?.value ?? null;

export function renderPanel(node: NodeDetails, act: PanelActions): HTMLElement {
  const isBody = BODY_KINDS.includes(node.kind);
  const members = new Map(('members' in node ? node.members : []).map((m) => [m.id, m.onBehalfOf]));
  const sections = lineSections(node.id, node.lines);
  const tier = prop(node, 'tier');
  const dated = 'statusAtDate' in node;
  const statusTo = prop(node, 'statusTo');
  const status = dated && node.statusAtDate ? `${node.statusAtDate}${statusTo ? ` (up to ${statusTo})` : ''}` : null;

  // a real link (it can open in a new tab); a plain click selects the node in this chart
  const goButton = (other: { id: string; name: string; aliases: string[] }) =>
    h(
      'a',
      {
        href: act.href(other.id),
        title: act.inChart(other.id) ? 'Show in the chart' : 'Show details (not drawn in this chart)',
        onclick: (e: Event) => {
          const m = e as MouseEvent;
          if (m.button !== 0 || m.metaKey || m.ctrlKey || m.shiftKey || m.altKey) return;
          e.preventDefault();
          act.go(other.id);
        },
      },
      displayName(other.name, other.aliases),
    );

  const lineItem = ({ line, other }: (typeof sections)[number]['items'][number]) => {
    const props = new Map(line.properties.map((p) => [p.key, p.value]));
    const onBehalf = members.get(line.id);
    const facts = [
      props.get('role'),
      props.get('post') ? `post: ${props.get('post')}` : null,
      onBehalf ? `on behalf of ${onBehalf.name}` : null,
      dates(line.validFrom, line.validTo),
    ].filter(Boolean);
    const li = h(
      'li',
      { 'data-line': line.id, class: line.id === act.focusLine ? 'focused-line' : '' },
      h('span', { class: 'kind-tag' }, KIND_STYLE[other.kind].label),
      ' ',
      goButton(other),
      act.inChart(other.id) ? null : h('span', { class: 'muted' }, ' (not in this chart)'),
      facts.length ? h('div', { class: 'line-facts' }, facts.join('; ')) : null,
      line.note ? h('p', { class: 'note' }, h('strong', {}, 'Note: '), line.note) : null,
      evidenceDetails(line.evidence, line.id === act.focusLine),
    );
    return li;
  };

  const chainBlock = () => {
    const c = act.chain;
    if (!c.shown) return null;
    if (c.loading) return h('p', { role: 'status' }, 'Finding the line to the top…');
    if (c.error) return h('p', { role: 'alert', class: 'error-text' }, `Could not find the line to the top: ${c.error}`);
    if (!c.paths?.length) return h('p', {}, 'It does not hold at this date, so it has no line to the top.');
    if (c.paths.every((p) => p.length <= 1)) return h('p', {}, 'It reports to no other body: it is at the top.');
    return h(
      'div',
      { class: 'chain' },
      h('h3', {}, c.paths.length > 1 ? `Lines to the top (${c.paths.length})` : 'Line to the top'),
      c.paths.map((path) =>
        h(
          'ol',
          { class: 'chain-path' },
          path.map((b) =>
            h('li', {}, goButton(b), ` (${KIND_STYLE[b.kind].label})`, act.inChart(b.id) ? null : h('span', { class: 'muted' }, ' (not in this chart)')),
          ),
        ),
      ),
    );
  };

  const facts: [string, string | null][] = [
    ['Kind', KIND_STYLE[node.kind].label],
    ['Also called', node.aliases.join(', ') || null],
    ['Partnership', node.partnership?.name ?? null],
    ['Tier', tier ? `${tier}${tier === '1' ? ' (top)' : ''}` : null],
    ['In force', dates(node.validFrom, node.validTo)],
    ['Status', status],
    ...node.properties
      .filter((p) => !SHOWN_ELSEWHERE.has(p.key) && !(dated && DATED_STATUS.has(p.key)) && (p.value || p.values.length))
      .map((p) => [humanise(p.key), p.value ?? p.values.join('; ')] as [string, string]),
  ];

  const head = h(
    'header',
    { class: 'panel-head' },
    swatch(node.kind),
    h('h2', { id: 'panel-title', tabindex: -1 }, displayName(node.name, node.aliases)),
    h('button', { type: 'button', class: 'btn btn-quiet close', onclick: act.close, 'aria-label': 'Close details' }, '✕'),
  );
  if (act.alt) return h('article', { class: 'panel-body', 'aria-labelledby': 'panel-title' }, head, act.modes, act.alt);
  return h(
    'article',
    { class: 'panel-body', 'aria-labelledby': 'panel-title' },
    head,
    act.modes,
    h(
      'div',
      { class: 'panel-actions' },
      isBody
        ? h('button', { type: 'button', class: 'btn', 'aria-pressed': String(act.chain.shown), onclick: act.toggleChain }, act.chain.shown ? 'Hide line to the top' : 'Show line to the top')
        : null,
      ...(act.inChart(node.id)
        ? act.collapsed
          ? [h('button', { type: 'button', class: 'btn', onclick: act.expand }, 'Expand below')]
          : [
              h('button', { type: 'button', class: 'btn', onclick: act.collapse }, 'Collapse below'),
              h('button', { type: 'button', class: 'btn', onclick: act.more }, 'Show more levels below'),
            ]
        : [h('button', { type: 'button', class: 'btn', onclick: act.more }, 'Add to chart')]),
    ),
    chainBlock(),
    node.text ? h('p', { class: 'remit' }, node.text) : null,
    node.note ? h('p', { class: 'note' }, h('strong', {}, 'Curator’s note: '), node.note) : null,
    h(
      'dl',
      { class: 'facts' },
      facts.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
    ),
    sections.length
      ? sections.map((s) =>
          h(
            'section',
            { class: 'line-section', 'aria-labelledby': `sec-${s.key}` },
            h('h3', { id: `sec-${s.key}` }, `${s.title} (${s.items.length})`, h('span', { class: 'visually-hidden' }, ` — ${REL_STYLE[s.items[0]!.line.type].label} lines`)),
            h('ul', { class: 'lines' }, s.items.map(lineItem)),
          ),
        )
      : h('p', { class: 'muted' }, 'No lines to other nodes at this date.'),
    // the node's own evidence last, as the issue reads: details, chair, members, lines, then the evidence
    h('section', { 'aria-labelledby': 'panel-evidence' }, h('h3', { id: 'panel-evidence' }, `Evidence (${node.evidence.length})`), evidenceList(node.evidence)),
  );
}

/** props keys as labels: leadAsWritten -> Lead as written */
export const humanise = (key: string): string => {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
