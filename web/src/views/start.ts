// The start page: every partnership the graph holds, with how many bodies and plans it has and
// the years they cover, each opening its structure chart (or a comparison of its plans), and one
// link to all of them side by side.
import { request } from '../api/client.js';
import { StartPartnershipsDocument, type StartPartnershipsQuery } from '../generated/graphql.js';
import type { MountView } from '../state/router.js';
import { chartLink, chartSearch, defaultChartState, pathOfView } from '../state/url.js';
import { appLink, clear, emptyState, h, withStates } from '../ui/dom.js';
import './start.css';
import { plural } from '../ui/words.js';

type Partnership = StartPartnershipsQuery['partnerships'][number];

const year = (d: string | null | undefined): string | null => (d ? d.slice(0, 4) : null);

/** "2017 to 2024" from the dates of what the partnership's plans name. */
export function yearsCovered(dated: readonly { validFrom?: string | null; validTo?: string | null }[]): string | null {
  const ys = dated.flatMap((d) => [year(d.validFrom), year(d.validTo)]).filter((y): y is string => y !== null).sort();
  if (!ys.length) return null;
  return ys[0] === ys.at(-1) ? ys[0]! : `${ys[0]} to ${ys.at(-1)}`;
}

/** What the card says of a partnership: its bodies and plans, or, for one only named in another's plans
 * (none of its own: "0 governance bodies" read as an empty chart, which it is not), whose plans name it. */
function startFacts(p: Pick<Partnership, 'id' | 'bodies' | 'strategies' | 'partnership'>): string {
  const parent = p.partnership && p.partnership.id !== p.id ? p.partnership : null;
  if (parent && !p.bodies.length && !p.strategies.length) return `Named in the plans of ${parent.name}; its chart shows the bodies it works with`;
  return `${plural(p.bodies.length, 'governance body', 'governance bodies')}, ${plural(p.strategies.length, 'strategy or plan', 'strategies and plans')}`;
}

function card(p: Partnership): HTMLElement {
  const years = yearsCovered([p, ...p.strategies]);
  const titleId = `p-${p.id.replace(/[^a-z0-9]/gi, '-')}`;
  return h(
    'li',
    { class: 'start-card', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, appLink(chartLink(p.id), p.name)),
    h(
      'p',
      { class: 'start-facts' },
      startFacts(p),
      years ? `, ${years}` : '',
    ),
    h(
      'p',
      { class: 'start-links' },
      appLink(chartLink(p.id), 'Structure chart', { class: 'btn' }),
      appLink(`${pathOfView('findings')}?p=${p.id}`, 'Findings', { class: 'btn' }),
    ),
  );
}

export const mountStart: MountView = (root) => {
  const list = h('div', { class: 'start-list' });
  clear(
    root,
    h(
      'div',
      { class: 'start-page' },
      h('h1', { class: 'page-title' }, 'Community safety partnerships'),
      h(
        'p',
        { class: 'lede' },
        'Choose a partnership to open its governance structure chart: its boards, sub-groups and panels, who chairs and sits on them, and the sentence in the plan behind each fact.',
      ),
      list,
    ),
  );
  void withStates(
    list,
    'the partnerships',
    async () => (await request(StartPartnershipsDocument, {})).partnerships,
    (partnerships) => {
      if (!partnerships.length) return clear(list, emptyState('The graph holds no partnerships yet. Load the seeds (npm run seed).'));
      const all = chartSearch({ ...defaultChartState(), partnerships: partnerships.map((p) => p.id), groupBy: 'PARTNERSHIP', depth: 2 });
      clear(
        list,
        h('ul', { class: 'start-cards' }, partnerships.map(card)),
        partnerships.length > 1
          ? h('p', { class: 'start-all' }, appLink(`${pathOfView('chart')}${all}`, `All ${partnerships.length} partnerships on one chart`, { class: 'btn' }))
          : null,
      );
    },
  );
  return { update: () => {}, destroy: () => {} };
};
