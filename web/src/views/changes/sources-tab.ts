// The Sources tab: the sources registered by upload (title, who, when, how much text), which a
// change can cite, and for an editor (or admin) the form to register one. A reader signed in
// without an editor role sees the list only; the server refuses them the mutation anyway.
import { request } from '../../api/client.js';
import type { Viewer } from '../../api/session.js';
import { RegisteredSourcesDocument, type RegisteredSourceFieldsFragment } from '../../generated/graphql.js';
import { chartLink } from '../../state/url.js';
import { announce, appLink, clear, emptyState, h, withStates } from '../../ui/dom.js';
import { sourceForm } from './source-form.js';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

function sourceItem(s: RegisteredSourceFieldsFragment, isNew: boolean): HTMLElement {
  return h(
    'li',
    { class: 'source-item', 'data-source': s.id, 'data-new': isNew || null },
    h('strong', { class: 'source-title' }, s.title),
    h('span', { class: 'source-meta' }, `Registered by ${s.registeredBy}, ${when(s.registeredAt)} · ${s.length.toLocaleString('en-GB')} characters of text`),
    h('code', { class: 'source-id' }, s.id),
  );
}

export function sourcesTab(box: HTMLElement, viewer: Viewer): void {
  const mayRegister = viewer.admin || viewer.editorOf.length > 0;
  const list = h('section', { class: 'source-list', 'aria-labelledby': 'src-list-title' });
  const showList = (fresh?: string) =>
    void withStates(list, 'the registered sources', async () => (await request(RegisteredSourcesDocument, {})).registeredSources, (sources) => {
      const sorted = [...sources].sort((a, b) => b.registeredAt.localeCompare(a.registeredAt));
      clear(
        list,
        h('h2', { id: 'src-list-title' }, 'Registered sources'),
        sorted.length
          ? h('ul', { class: 'sources' }, sorted.map((s) => sourceItem(s, s.id === fresh)))
          : emptyState('No source has been registered yet. The plans the graph was built from can be cited as they are.'),
      );
    });
  // after registering, the next step: the form to quote it is on a body's panel, not here
  const registered = h('div', { class: 'proposed', hidden: true, 'data-registered': '' });
  const form = mayRegister
    ? sourceForm((s) => {
        announce(`${s.title} is registered as ${s.id}: a change can now quote it.`);
        clear(
          registered,
          h('p', {}, h('strong', {}, 'Registered. '), `“${s.title}” can now be quoted: open a body on the structure chart, choose “Propose a change”, and pick it under Evidence. `),
          h('p', {}, appLink(chartLink(viewer.editorOf[0]), 'Open the structure chart')),
        );
        registered.hidden = false;
        showList(s.id);
      })
    : h('p', { class: 'lede' }, 'Only an editor of a partnership can register a source. The list shows the ones registered so far.');
  clear(box, form, registered, list);
  showList();
}
