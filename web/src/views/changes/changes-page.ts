// The Changes view: the review queue (reviewers), the viewer's own change sets (signed-in
// accounts) and the "changed since" feed of a partnership (everyone), one at a time, chosen by
// ?tab= so each can be linked to, and the sources a change can quote (sources-tab.ts). Feed: ?p=<partnership>&since=<yyyy-mm-dd>.
import '../curation.css';
import { request } from '../../api/client.js';
import { onViewer, type Viewer } from '../../api/session.js';
import { PartnershipsDocument } from '../../generated/graphql.js';
import type { ViewInstance } from '../../state/router.js';
import { setSearch } from '../../state/router.js';
import { appLink, clear, emptyState, h, withStates } from '../../ui/dom.js';
import { partnershipOption } from '../../ui/partnership-option.js';
import { changedSinceFeed } from './changed-since.js';
import { myChanges } from './my-changes.js';
import { reviewQueue } from './review-queue.js';
import { sourcesTab } from './sources-tab.js';

type Tab = 'review' | 'mine' | 'feed' | 'sources';
const TABS: [Tab, string][] = [
  ['review', 'Review queue'],
  ['mine', 'My change sets'],
  ['feed', 'Changed since'],
  ['sources', 'Sources'],
];
const SIGN_IN_TO: Record<Exclude<Tab, 'feed'>, string> = {
  review: 'see the change sets waiting for your review',
  mine: 'see your change sets',
  sources: 'see and register the sources a change can quote',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

export function mountChanges(root: HTMLElement, url: URL): ViewInstance {
  let q = url.searchParams;
  let viewer: Viewer | null = null;
  const tabs = h('ul', { class: 'tabs' });
  const body = h('div', { class: 'changes-body' });
  clear(root, h('div', { class: 'changes-page' }, h('h1', { class: 'page-title' }, 'Changes'), h('nav', { 'aria-label': 'Changes' }, tabs), body));

  const defaultTab = (): Tab => (viewer && (viewer.admin || viewer.reviewerOf.length) ? 'review' : viewer ? 'mine' : 'feed');
  const tabOf = (): Tab => {
    const t = q.get('tab');
    return TABS.some(([x]) => x === t) ? (t as Tab) : defaultTab();
  };

  const render = () => {
    const tab = tabOf();
    clear(
      tabs,
      TABS.map(([t, label]) => h('li', {}, appLink(`/changes?tab=${t}`, label, { 'aria-current': t === tab ? 'page' : null }))),
    );
    if (tab !== 'feed' && !viewer) {
      return clear(body, emptyState(`Sign in to ${SIGN_IN_TO[tab]}.`, appLink(`/sign-in?return=${encodeURIComponent(`/changes?tab=${tab}`)}`, 'Sign in')));
    }
    if (tab === 'review') {
      if (!viewer!.admin && !viewer!.reviewerOf.length) return clear(body, emptyState('You are not a reviewer of any partnership, so nothing waits for your review.'));
      return reviewQueue(body, viewer!);
    }
    if (tab === 'mine') return myChanges(body);
    if (tab === 'sources') return sourcesTab(body, viewer!);
    feed();
  };

  const feed = () => {
    void withStates(body, 'the partnerships', async () => (await request(PartnershipsDocument, { asOf: null })).partnerships, (partnerships) => {
      // a reader with no role starts on a partnership with plans of its own, not one only named in another's (empty here)
      const ownPlans = partnerships.find((x) => !x.partnership || x.partnership.id === x.id) ?? partnerships[0];
      const p = q.get('p') && partnerships.some((x) => x.id === q.get('p')) ? q.get('p')! : (viewer?.editorOf[0] ?? viewer?.reviewerOf[0] ?? ownPlans?.id ?? '');
      const since = DAY.test(q.get('since') ?? '') ? q.get('since')! : daysAgo(30);
      const select = h('select', { id: 'feed-partnership' }, partnerships.map((x) => partnershipOption(x, x.id === p)));
      const date = h('input', { id: 'feed-since', type: 'date', value: since, required: true });
      const results = h('div', { class: 'feed-results' });
      const named = (id: string) => ({ id, name: partnerships.find((x) => x.id === id)?.name ?? id });
      const go = () => {
        if (!DAY.test(date.value)) return;
        setSearch(`?tab=feed&p=${encodeURIComponent(select.value).replace(/%2F/gi, '/')}&since=${date.value}`, 'replace');
        q = new URLSearchParams(location.search);
        changedSinceFeed(results, named(select.value), date.value);
      };
      select.addEventListener('change', go);
      date.addEventListener('change', go);
      clear(
        body,
        h('div', { class: 'toolbar' }, h('div', { class: 'field' }, h('label', { for: 'feed-partnership' }, 'Partnership'), select), h('div', { class: 'field' }, h('label', { for: 'feed-since' }, 'Changed since'), date)),
        results,
      );
      if (p) changedSinceFeed(results, named(p), since);
    });
  };

  const stop = onViewer((v) => {
    viewer = v;
    render();
  });
  return {
    update(next) {
      q = next.searchParams;
      render();
    },
    destroy: stop,
  };
}
