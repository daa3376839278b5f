// Organisation view: where one organisation sits across the partnerships, what it chairs, and
// the actions it leads or delivers, each with its evidence and a link to the chart.
// URL: /organisations?org=<id>&at=<date>&parts=1
import { filterMatches, filterQuery } from '../../../server/store/text-fold.js';
import { allPages, request } from '../api/client.js';
import {
  OrganisationListDocument,
  OrganisationProfileDocument,
  type OrganisationListQuery,
  type OrganisationProfileQuery,
  type OrgActionRoleFragment,
} from '../generated/graphql.js';
import { abbreviation } from '../chart/labels.js';
import { KIND_STYLE } from '../chart/vocab.js';
import type { ViewInstance } from '../state/router.js';
import { setSearch } from '../state/router.js';
import { chartLink, PLAN_DATE } from '../state/url.js';
import { readDateField } from '../ui/date-field.js';
import { appLink, clear, emptyState, errorState, h, loading, withStates } from '../ui/dom.js';
import { stackOnPhone } from '../ui/stack-table.js';
import { evidenceDetails, evidenceList } from '../ui/evidence.js';
import { searchBox } from '../ui/search-box.js';
import { revealIfOffscreen } from '../ui/touch.js';
import { plural } from '../ui/words.js';

type OrgSummary = OrganisationListQuery['organisations']['nodes'][number];
type Profile = NonNullable<OrganisationProfileQuery['node']>;

interface OrgState {
  org: string | null;
  asOf: string | null;
  includeParts: boolean;
}

const parse = (search: string): OrgState => {
  const q = new URLSearchParams(search);
  const at = q.get('at');
  return { org: q.get('org') || null, asOf: at && PLAN_DATE.test(at) ? at : null, includeParts: q.get('parts') === '1' };
};

const searchOf = (s: OrgState): string => {
  const q = new URLSearchParams();
  if (s.org) q.set('org', s.org);
  if (s.asOf) q.set('at', s.asOf);
  if (s.includeParts) q.set('parts', '1');
  const out = q.toString().replace(/%2F/gi, '/');
  return out ? `?${out}` : '';
};

/** "Metropolitan Police Service (MPS)": the name, and the abbreviation it goes by. */
const listName = (o: OrgSummary): string => {
  const abbr = abbreviation(o.aliases, o.name);
  return abbr ? `${o.name} (${abbr})` : o.name;
};

const orgLink = (id: string, text: string, asOf: string | null) =>
  appLink(`/organisations${searchOf({ org: id, asOf, includeParts: false })}`, text);

/** A table in a region of its own that scrolls sideways on a phone, so the page does not. */
function table(caption: string, head: string[], rows: (Node | string)[][]): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: 0 },
    stackOnPhone(
      h(
        'table',
        { class: 'data-table' },
        h('caption', {}, caption),
        h('thead', {}, h('tr', {}, head.map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))),
      ),
    ),
  );
}

function bodyCell(body: { id: string; kind: Profile['kind']; name: string; partnership: { id: string } | null }, asOf: string | null): HTMLElement {
  return h(
    'span',
    {},
    appLink(chartLink(body.partnership?.id ?? null, body.id, asOf), body.name, { title: 'Show on the structure chart' }),
    h('span', { class: 'muted' }, ` (${KIND_STYLE[body.kind].label})`),
  );
}

function actionRows(roles: readonly OrgActionRoleFragment[], asOf: string | null): (Node | string)[][] {
  return roles.map((r) => [
    r.action.partnership?.name ?? '—',
    h('span', {}, r.action.number ? `${r.action.number} ` : '', appLink(chartLink(r.action.partnership?.id ?? null, r.action.id, asOf), r.action.name)),
    r.actor.name,
    r.post ?? '—',
    r.action.timescale ?? '—',
    r.action.status ?? '—',
    evidenceDetails(r.evidence),
  ]);
}

function renderProfile(p: Profile, s: OrgState): HTMLElement {
  if (!('memberships' in p)) {
    return emptyState(`“${p.name}” is a ${KIND_STYLE[p.kind].label.toLowerCase()}, not an organisation.`);
  }
  const byPartnership = new Map<string, typeof p.memberships>();
  for (const m of p.memberships) {
    const key = m.body.partnership?.name ?? 'No partnership';
    byPartnership.set(key, [...(byPartnership.get(key) ?? []), m]);
  }
  const partnershipsCount = new Set([...p.memberships, ...p.chairing].map((m) => m.body.partnership?.id ?? '')).size;
  return h(
    'article',
    { class: 'org-profile', 'aria-labelledby': 'org-title' },
    h('h2', { id: 'org-title', tabindex: -1 }, p.name),
    p.aliases.length ? h('p', { class: 'muted' }, `Also called ${p.aliases.join(', ')}.`) : null,
    h(
      'p',
      { class: 'summary' },
      `${p.type ? `${p.type[0]!.toUpperCase()}${p.type.slice(1)} organisation. ` : ''}Sits on ${plural(p.memberships.length, 'body', 'bodies')} and chairs ${p.chairing.length}, across ${plural(partnershipsCount, 'partnership')}; leads ${p.leads.length} and delivers ${plural(p.delivers.length, 'action')}${s.asOf ? `, as at ${s.asOf}` : ''}.`,
    ),
    p.text ? h('p', {}, p.text) : null,
    p.note ? h('p', { class: 'note' }, h('strong', {}, 'Curator’s note: '), p.note) : null,
    p.partOf.length || p.parts.length
      ? h(
          'dl',
          { class: 'facts' },
          p.partOf.length ? [h('dt', {}, 'Part of'), h('dd', {}, p.partOf.flatMap((o, i) => [i ? ', ' : '', orgLink(o.id, o.name, s.asOf)]))] : null,
          p.parts.length ? [h('dt', {}, 'Its parts'), h('dd', {}, p.parts.flatMap((o, i) => [i ? ', ' : '', orgLink(o.id, o.name, s.asOf)]))] : null,
        )
      : null,
    h('h3', {}, 'Chairs'),
    p.chairing.length
      ? table(
          'Bodies it chairs',
          ['Partnership', 'Body', 'Role', 'Post', 'Evidence'],
          p.chairing.map((c) => [c.body.partnership?.name ?? '—', bodyCell(c.body, s.asOf), c.role ?? 'chair', c.post ?? '—', evidenceDetails(c.evidence)]),
        )
      : h('p', { class: 'muted' }, 'Chairs no body in the plans.'),
    h('h3', {}, 'Where it sits'),
    p.memberships.length
      ? [...byPartnership.entries()].map(([name, ms]) =>
          table(
            name,
            ['Body', 'Role', 'Post', 'On behalf of', ...(s.includeParts ? ['Through'] : []), 'Evidence'],
            ms.map((m) => [
              bodyCell(m.body, s.asOf),
              m.role ?? '—',
              m.post ?? '—',
              m.onBehalfOf?.name ?? '—',
              ...(s.includeParts ? [m.member.id === p.id ? '—' : m.member.name] : []),
              evidenceDetails(m.evidence),
            ]),
          ),
        )
      : h('p', { class: 'muted' }, 'Sits on no body in the plans.'),
    h('h3', {}, 'Actions it leads'),
    p.leads.length
      ? table('Actions it leads', ['Partnership', 'Action', 'Lead', 'Post', 'Timescale', 'Status', 'Evidence'], actionRows(p.leads, s.asOf))
      : h('p', { class: 'muted' }, 'Leads no action in the plans.'),
    h('h3', {}, 'Actions it delivers'),
    p.delivers.length
      ? table('Actions it delivers as a partner', ['Partnership', 'Action', 'Partner', 'Post', 'Timescale', 'Status', 'Evidence'], actionRows(p.delivers, s.asOf))
      : h('p', { class: 'muted' }, 'Delivers no action as a partner in the plans.'),
    h('section', { 'aria-labelledby': 'org-evidence' }, h('h3', { id: 'org-evidence' }, `Evidence (${p.evidence.length})`), evidenceList(p.evidence)),
  );
}

export function mountOrganisations(root: HTMLElement, url: URL): ViewInstance {
  let state = parse(url.search);
  let list: OrgSummary[] | null = null;
  let filter = '';
  const listBox = h('div', { class: 'org-list' });
  const profileBox = h('div', { class: 'org-profile-box' });
  const partsBox = h('input', { type: 'checkbox', id: 'org-parts' });
  const dateInput = h('input', { id: 'org-asof', type: 'text', inputmode: 'numeric', placeholder: 'any date', size: 11, 'aria-describedby': 'org-asof-hint org-asof-error' });
  const dateError = h('p', { id: 'org-asof-error', class: 'field-error', hidden: true });

  // an organisation picked from the list or Find is brought into view once shown (a phone puts it under the list)
  let reveal = false;
  listBox.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a')) reveal = true;
  });

  const go = (next: OrgState, how: 'push' | 'replace') => {
    state = next;
    setSearch(searchOf(state), how);
    sync();
  };

  const filterInput = h('input', { id: 'org-filter', type: 'search', placeholder: 'Filter the list', 'aria-controls': 'org-list-items' });
  filterInput.addEventListener('input', () => {
    filter = filterQuery(filterInput.value);
    renderList();
  });
  partsBox.addEventListener('change', () => go({ ...state, includeParts: partsBox.checked }, 'replace'));
  dateInput.addEventListener('change', () => {
    const asOf = readDateField(dateInput, dateError);
    if (asOf !== undefined) go({ ...state, asOf }, 'push');
  });

  clear(
    root,
    h(
      'div',
      { class: 'review-page org-page' },
      h('h1', { class: 'page-title' }, 'Organisations'),
      h('p', { class: 'lede' }, 'Where an organisation sits across the partnerships, what it chairs, and which actions it leads.'),
      h(
        'div',
        { class: 'toolbar', role: 'group', 'aria-label': 'Organisation settings' },
        searchBox({
          id: 'org-search',
          label: 'Find an organisation',
          kinds: ['Organisation'],
          placeholder: 'Name or abbreviation, e.g. MOPAC',
          onPick: (hit) => {
            reveal = true;
            go({ ...state, org: hit.node.id }, 'push');
          },
        }),
        h('div', { class: 'field' }, h('label', { for: 'org-asof' }, 'As at'), dateInput, h('span', { id: 'org-asof-hint', class: 'hint' }, 'yyyy, yyyy-mm or yyyy-mm-dd'), dateError),
        h('label', { class: 'check', for: 'org-parts' }, partsBox, 'Include its parts (e.g. the Met’s borough commands)'),
      ),
      h(
        'div',
        { class: 'split' },
        h('nav', { class: 'org-nav', 'aria-label': 'All organisations' }, h('h2', {}, 'All organisations'), h('label', { for: 'org-filter', class: 'visually-hidden' }, 'Filter the list'), filterInput, listBox),
        profileBox,
      ),
    ),
  );

  function renderList(): void {
    if (!list) return;
    // folded as the server's list filters and search fold ("anti social" finds "Anti-Social ...")
    const shown = list.filter((o) => filterMatches(filter, [o.name, ...o.aliases]));
    clear(
      listBox,
      shown.length
        ? h(
            'ul',
            { id: 'org-list-items' },
            shown.map((o) =>
              h('li', {}, appLink(`/organisations${searchOf({ ...state, org: o.id })}`, listName(o), { 'aria-current': o.id === state.org ? 'true' : null })),
            ),
          )
        : h('p', { class: 'muted' }, 'No organisation matches.'),
    );
  }

  let profileSeq = 0;
  function sync(): void {
    partsBox.checked = state.includeParts;
    dateInput.value = state.asOf ?? '';
    renderList();
    const seq = ++profileSeq;
    if (!state.org) {
      clear(profileBox, emptyState('Choose an organisation from the list, or find one by name or abbreviation.'));
      return;
    }
    const org = state.org;
    void withStates(
      profileBox,
      'the organisation',
      () => request(OrganisationProfileDocument, { id: org, asOf: state.asOf, includeParts: state.includeParts }),
      (data) => {
        if (seq !== profileSeq) return;
        clear(profileBox, data.node ? renderProfile(data.node, state) : emptyState(`No organisation has the id “${org}”.`));
        if (reveal) revealIfOffscreen(profileBox);
        reveal = false;
      },
    );
  }

  clear(listBox, loading('organisations'));
  void allPages((after) => request(OrganisationListDocument, { first: 100, after }).then((d) => d.organisations))
    .then((orgs) => {
      list = [...orgs].sort((a, b) => a.name.localeCompare(b.name));
      renderList();
    })
    .catch((e: unknown) => clear(listBox, errorState('the organisations', e)));
  sync();

  return {
    update(next: URL) {
      state = parse(next.search);
      sync();
    },
    destroy() {
      profileSeq++;
    },
  };
}
