// Actions view: every action the plans commit to, as a table that filters by partnership,
// priority, lead, timescale and status, and sorts by any column. The filters live in the URL.
// URL: /actions?p=<partnership>&priority=<id>&lead=<name>&status=<s>&timescale=<text>&q=<text>&sort=<col>&dir=asc|desc
import { filterMatches, filterQuery } from '../../../server/store/text-fold.js';
import { allPages, request } from '../api/client.js';
import { ActionsDocument, type ActionsQuery } from '../generated/graphql.js';
import type { ViewInstance } from '../state/router.js';
import { setSearch } from '../state/router.js';
import { chartLink } from '../state/url.js';
import { appLink, clear, emptyState, errorState, h, loading } from '../ui/dom.js';
import { stackOnPhone } from '../ui/stack-table.js';
import { partnershipLabel } from '../ui/partnership-option.js';
import { collator, sortableHead } from './sortable.js';

type Action = ActionsQuery['actions']['nodes'][number];

export const COLUMNS = ['partnership', 'number', 'name', 'priority', 'lead', 'timescale', 'status'] as const;
export type Column = (typeof COLUMNS)[number];
const HEADINGS: Record<Column, string> = {
  partnership: 'Partnership',
  number: 'No.',
  name: 'Action',
  priority: 'Priority',
  lead: 'Lead',
  timescale: 'Timescale',
  status: 'Status',
};

export interface ActionFilters {
  partnership: string;
  priority: string;
  lead: string;
  status: string;
  timescale: string;
  q: string;
  sort: Column;
  dir: 'asc' | 'desc';
}

export function parseFilters(search: string): ActionFilters {
  const q = new URLSearchParams(search);
  const sort = q.get('sort') as Column | null;
  return {
    partnership: q.get('p') ?? '',
    priority: q.get('priority') ?? '',
    lead: q.get('lead') ?? '',
    status: q.get('status') ?? '',
    timescale: q.get('timescale') ?? '',
    q: q.get('q') ?? '',
    sort: sort && COLUMNS.includes(sort) ? sort : 'partnership',
    dir: q.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

export function filtersSearch(f: ActionFilters): string {
  const q = new URLSearchParams();
  if (f.partnership) q.set('p', f.partnership);
  if (f.priority) q.set('priority', f.priority);
  if (f.lead) q.set('lead', f.lead);
  if (f.status) q.set('status', f.status);
  if (f.timescale) q.set('timescale', f.timescale);
  if (f.q) q.set('q', f.q);
  if (f.sort !== 'partnership') q.set('sort', f.sort);
  if (f.dir !== 'asc') q.set('dir', f.dir);
  const out = q.toString().replace(/%2F/gi, '/');
  return out ? `?${out}` : '';
}

/** The lead as the plan names it: the organisations or bodies leading it, else the lead as written. */
export const leadOf = (a: Pick<Action, 'leads' | 'leadAsWritten'>): string =>
  a.leads.length ? a.leads.map((l) => l.actor.name).join(', ') : (a.leadAsWritten ?? '');

const priorityOf = (a: Action): string => a.priorities.map((p) => (p.number ? `${p.number}. ${p.name}` : p.name)).join('; ');

export function cellText(a: Action, c: Column): string {
  switch (c) {
    case 'partnership':
      return a.partnership?.name ?? '';
    case 'number':
      return a.number ?? '';
    case 'name':
      return a.name;
    case 'priority':
      return priorityOf(a);
    case 'lead':
      return leadOf(a);
    case 'timescale':
      return a.timescale ?? a.due ?? '';
    case 'status':
      return a.status ?? '';
  }
}

/** Filters and sorts; empty cells sort last whichever way. */
export function applyFilters(actions: readonly Action[], f: ActionFilters): Action[] {
  const q = filterQuery(f.q);
  const t = f.timescale.toLowerCase();
  const out = actions.filter(
    (a) =>
      (!f.partnership || a.partnership?.id === f.partnership) &&
      (!f.priority || a.priorities.some((p) => p.id === f.priority)) &&
      (!f.lead || a.leads.some((l) => l.actor.id === f.lead) || (!a.leads.length && a.leadAsWritten === f.lead)) &&
      (!f.status || (a.status ?? '') === f.status) &&
      (!t || cellText(a, 'timescale').toLowerCase().includes(t)) &&
      filterMatches(q, [a.name, a.text, leadOf(a), a.number]),
  );
  const sign = f.dir === 'asc' ? 1 : -1;
  return out.sort((a, b) => {
    const [x, y] = [cellText(a, f.sort), cellText(b, f.sort)];
    if (!x !== !y) return x ? -1 : 1;
    return sign * collator.compare(x, y) || collator.compare(cellText(a, 'number'), cellText(b, 'number'));
  });
}

const distinct = <T>(items: T[], key: (t: T) => string): T[] => [...new Map(items.map((i) => [key(i), i])).values()];

export function mountActions(root: HTMLElement, url: URL): ViewInstance {
  let f = parseFilters(url.search);
  let actions: Action[] | null = null;
  const filtersBox = h('div', { class: 'toolbar filters', role: 'group', 'aria-label': 'Filter actions' });
  const tableBox = h('div', { class: 'table-box' }, loading('actions'));
  const count = h('p', { class: 'count', role: 'status', 'aria-live': 'polite' });

  const set = (next: Partial<ActionFilters>, how: 'push' | 'replace' = 'replace') => {
    f = { ...f, ...next };
    setSearch(filtersSearch(f), how);
    render();
  };

  clear(
    root,
    h(
      'div',
      { class: 'review-page actions-page' },
      h('h1', { class: 'page-title' }, 'Actions'),
      h('p', { class: 'lede' }, 'What the plans commit to, who leads it, by when, and where it stands.'),
      filtersBox,
      count,
      tableBox,
    ),
  );

  /** each option as [value, text, and the whole text where the text is shortened to fit a phone's select] */
  const select = (id: string, label: string, value: string, options: [string, string, string?][], key: keyof ActionFilters) => {
    const el = h('select', { id }, h('option', { value: '' }, 'All'), options.map(([v, text, title]) => h('option', { value: v, selected: v === value, title }, text)));
    el.addEventListener('change', () => set({ [key]: el.value } as Partial<ActionFilters>));
    return h('div', { class: 'field' }, h('label', { for: id }, label), el);
  };

  const textField = (id: string, label: string, value: string, key: 'q' | 'timescale', placeholder: string) => {
    const el = h('input', { id, type: 'search', value, placeholder });
    el.addEventListener('input', () => set({ [key]: el.value.trim() }));
    return h('div', { class: 'field' }, h('label', { for: id }, label), el);
  };

  function renderFilters(all: Action[]): void {
    const partnerships = distinct(all.flatMap((a) => (a.partnership ? [a.partnership] : [])), (p) => p.id).sort((a, b) => a.name.localeCompare(b.name));
    // one list for every partnership (named in each option), so changing a filter never rebuilds another
    const priorities = distinct(
      all.flatMap((a) =>
        a.priorities.map((p) => {
          const priority = `${p.number ? `${p.number}. ` : ''}${p.name}`;
          return [p.id, `${a.partnership ? `${partnershipLabel(a.partnership)}: ` : ''}${priority}`, `${a.partnership ? `${a.partnership.name}: ` : ''}${priority}`] as [string, string, string];
        }),
      ),
      ([id]) => id,
    ).sort((a, b) => collator.compare(a[1], b[1]));
    const leads = distinct(
      all.flatMap((a) => (a.leads.length ? a.leads.map((l) => [l.actor.id, l.actor.name] as [string, string]) : a.leadAsWritten ? [[a.leadAsWritten, a.leadAsWritten] as [string, string]] : [])),
      ([id]) => id,
    ).sort((a, b) => a[1].localeCompare(b[1]));
    const statuses = [...new Set(all.map((a) => a.status).filter((s): s is string => !!s))].sort();
    clear(
      filtersBox,
      select('f-partnership', 'Partnership', f.partnership, partnerships.map((p) => [p.id, partnershipLabel(p), p.name]), 'partnership'),
      select('f-priority', 'Priority', f.priority, priorities, 'priority'),
      select('f-lead', 'Lead', f.lead, leads, 'lead'),
      textField('f-timescale', 'Timescale', f.timescale, 'timescale', 'e.g. 2018'),
      select('f-status', 'Status', f.status, statuses.map((s) => [s, s]), 'status'),
      textField('f-q', 'Text', f.q, 'q', 'Words in the action'),
      h('button', { type: 'button', class: 'btn', onclick: () => { f = parseFilters(''); setSearch('', 'replace'); renderFilters(all); render(); } }, 'Clear filters'),
    );
  }

  function render(): void {
    if (!actions) return;
    const rows = applyFilters(actions, f);
    count.textContent = `${rows.length} of ${actions.length} actions`;
    if (!rows.length) {
      clear(tableBox, emptyState('No action matches these filters.'));
      return;
    }
    const head = sortableHead<Column>(
      COLUMNS.map((c) => ({ col: c, label: HEADINGS[c] })),
      { by: f.sort, dir: f.dir },
      ({ by, dir }) => set({ sort: by, dir }),
    );
    clear(
      tableBox,
      stackOnPhone(
        h(
          'table',
          { class: 'data-table actions-table' },
          head.caption('Actions'),
          head.head,
          h(
            'tbody',
            {},
            rows.map((a) =>
              h(
                'tr',
                {},
                h('td', {}, cellText(a, 'partnership') || '—'),
                h('td', {}, cellText(a, 'number') || '—'),
                h(
                  'td',
                  {},
                  appLink(chartLink(a.partnership?.id, a.id), a.name, { title: 'Show the details and evidence' }),
                  a.text && a.text !== a.name ? h('details', {}, h('summary', {}, 'Full text'), h('p', {}, a.text)) : null,
                ),
                h('td', {}, cellText(a, 'priority') || '—'),
                h('td', {}, cellText(a, 'lead') || h('span', { class: 'gap' }, 'no lead named')),
                h('td', {}, cellText(a, 'timescale') || '—'),
                h('td', {}, cellText(a, 'status') || '—'),
              ),
            ),
          ),
        ),
      ),
    );
  }

  const load = () => {
    clear(tableBox, loading('actions'));
    allPages((after) => request(ActionsDocument, { first: 100, after, filter: null }).then((d) => d.actions))
      .then((all) => {
        actions = all;
        renderFilters(all);
        render();
      })
      .catch((e: unknown) => clear(tableBox, errorState('the actions', e, load)));
  };
  load();

  return {
    update(next: URL) {
      f = parseFilters(next.search);
      if (actions) renderFilters(actions);
      render();
    },
    destroy() {},
  };
}
