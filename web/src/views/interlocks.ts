// The interlocks view (the API's sharedStructures): the organisations that sit on the most bodies,
// and the bodies and organisations that span partnerships or boroughs, each table sortable, each
// row linking to the structure charts and opening its evidence when asked (fetched then, never
// for every row up front, which would cost the server far more).
// URL: /interlocks?at=<date>&sort=<column>&dir=asc|desc&span=<column>&sdir=asc|desc
import { request } from '../api/client.js';
import { displayName } from '../chart/labels.js';
import { KIND_STYLE, REL_STYLE } from '../chart/vocab.js';
import { InterlocksDocument, LineEvidenceDocument, type InterlocksQuery } from '../generated/graphql.js';
import { setSearch, type ViewInstance } from '../state/router.js';
import { chartLink, PLAN_DATE, pathOfView } from '../state/url.js';
import { readDateField } from '../ui/date-field.js';
import { appLink, clear, emptyState, errorState, h, loading, withStates } from '../ui/dom.js';
import { stackOnPhone } from '../ui/stack-table.js';
import { evidenceList } from '../ui/evidence.js';
import { shortPartnershipName } from '../ui/multi-choice.js';
import { sortRows, sortableHead, type Sort } from './sortable.js';
import './interlocks.css';
import { plural } from '../ui/words.js';

type Shared = InterlocksQuery['sharedStructures'];
type Interlock = Shared['interlocks'][number];
type Spanning = Shared['spanning'][number];

const ORG_COLUMNS = ['name', 'bodies', 'partnerships'] as const;
const SPAN_COLUMNS = ['name', 'partnerships', 'boroughs'] as const;
type OrgColumn = (typeof ORG_COLUMNS)[number];
type SpanColumn = (typeof SPAN_COLUMNS)[number];

interface InterlocksState {
  asOf: string | null;
  orgs: Sort<OrgColumn>;
  spans: Sort<SpanColumn>;
}

const pick = <C extends string>(cols: readonly C[], v: string | null, d: C): C => (cols.includes(v as C) ? (v as C) : d);
/** The order a column starts in (in the URL and when first pressed): names A to Z, counts most first. */
const firstDir = (col: string): 'asc' | 'desc' => (col === 'name' ? 'asc' : 'desc');
const dirOf = (v: string | null, col: string): 'asc' | 'desc' => (v === 'asc' || v === 'desc' ? v : firstDir(col));

export function parseInterlocksState(search: string): InterlocksState {
  const q = new URLSearchParams(search);
  const at = q.get('at');
  const sort = pick(ORG_COLUMNS, q.get('sort'), 'bodies');
  const span = pick(SPAN_COLUMNS, q.get('span'), 'partnerships');
  return { asOf: at && PLAN_DATE.test(at) ? at : null, orgs: { by: sort, dir: dirOf(q.get('dir'), sort) }, spans: { by: span, dir: dirOf(q.get('sdir'), span) } };
}

export function interlocksSearch(s: InterlocksState): string {
  const q = new URLSearchParams();
  if (s.asOf) q.set('at', s.asOf);
  if (s.orgs.by !== 'bodies' || s.orgs.dir !== 'desc') q.set('sort', s.orgs.by);
  if (s.orgs.dir !== firstDir(s.orgs.by)) q.set('dir', s.orgs.dir);
  if (s.spans.by !== 'partnerships' || s.spans.dir !== 'desc') q.set('span', s.spans.by);
  if (s.spans.dir !== firstDir(s.spans.by)) q.set('sdir', s.spans.dir);
  const out = q.toString();
  return out ? `?${out}` : '';
}

const ORG_KEYS: Record<OrgColumn, (r: Interlock) => string | number> = {
  // by the name as shown, abbreviation first
  name: (r) => displayName(r.organisation.name, r.organisation.aliases),
  bodies: (r) => r.bodyCount,
  partnerships: (r) => r.partnerships.length,
};
const SPAN_KEYS: Record<SpanColumn, (r: Spanning) => string | number> = {
  name: (r) => displayName(r.node.name, r.node.aliases),
  partnerships: (r) => r.partnerships.length,
  boroughs: (r) => r.boroughs.length,
};

const names = (ps: readonly { name: string }[]) => ps.map((p) => shortPartnershipName(p.name)).join(', ');

/** A fold that asks for the evidence of a node's lines (those in `only`) the first time it opens. */
function evidenceOnDemand(nodeId: string, asOf: string | null, label: string, only: ReadonlySet<string>): HTMLElement {
  const body = h('div', { class: 'evidence-box' });
  const d = h('details', { class: 'evidence-details' }, h('summary', {}, `Evidence: ${label}`), body);
  let asked = false;
  d.addEventListener('toggle', () => {
    if (!d.open || asked) return;
    asked = true;
    void withStates(body, 'the evidence', async () => (await request(LineEvidenceDocument, { id: nodeId, asOf })).node?.lines ?? [], (lines) => {
      const shown = lines.filter((l) => only.has(l.id));
      clear(
        body,
        shown.length
          ? h(
              'ul',
              { class: 'evidence-lines' },
              shown.map((l) => h('li', {}, h('p', { class: 'evidence-line' }, `${l.from.name} ${REL_STYLE[l.type].verb} ${l.to.name}`), evidenceList(l.evidence))),
            )
          : h('p', { class: 'muted' }, 'No lines recorded.'),
      );
    });
  });
  return d;
}

function orgRow(r: Interlock, asOf: string | null): HTMLElement {
  const name = displayName(r.organisation.name, r.organisation.aliases);
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, appLink(`${pathOfView('organisations')}?org=${encodeURIComponent(r.organisation.id)}`, name)),
    h('td', { class: 'num' }, r.bodyCount),
    h('td', {}, h('span', { class: 'num' }, r.partnerships.length), ' ', h('span', { class: 'muted' }, names(r.partnerships))),
    h(
      'td',
      {},
      h(
        'ul',
        { class: 'seat-list' },
        r.seats.map((s) =>
          h(
            'li',
            {},
            appLink(chartLink(s.body.partnership?.id ?? null, s.body.id, asOf), displayName(s.body.name, s.body.aliases)),
            s.roles.length ? h('span', { class: 'muted' }, ` (${s.roles.join(', ')})`) : null,
          ),
        ),
      ),
      evidenceOnDemand(r.organisation.id, asOf, `${name}'s seats`, new Set(r.seats.flatMap((s) => s.lines.map((l) => l.id)))),
    ),
  );
}

function spanRow(r: Spanning, asOf: string | null): HTMLElement {
  const name = displayName(r.node.name, r.node.aliases);
  const home = r.node.partnership?.id ?? r.partnerships[0]?.id ?? null;
  const isBody = r.node.kind !== 'Organisation' && r.node.kind !== 'Area';
  return h(
    'tr',
    {},
    h(
      'th',
      { scope: 'row' },
      r.node.kind === 'Organisation' ? appLink(`${pathOfView('organisations')}?org=${encodeURIComponent(r.node.id)}`, name) : isBody ? appLink(chartLink(home, r.node.id, asOf), name) : name,
      h('span', { class: 'muted' }, ` ${KIND_STYLE[r.node.kind].label}`),
    ),
    h(
      'td',
      {},
      h('span', { class: 'num' }, r.partnerships.length),
      ' ',
      r.partnerships.flatMap((p, i) => [i ? ', ' : '', appLink(chartLink(p.id, isBody ? r.node.id : undefined, asOf), shortPartnershipName(p.name), { 'aria-label': `${shortPartnershipName(p.name)}: structure chart` })]),
    ),
    h('td', {}, h('span', { class: 'num' }, r.boroughs.length), ' ', h('span', { class: 'muted' }, names(r.boroughs))),
    h('td', {}, evidenceOnDemand(r.node.id, asOf, plural(r.lines.length, 'line'), new Set(r.lines.map((l) => l.id)))),
  );
}

export function mountInterlocks(root: HTMLElement, url: URL): ViewInstance {
  let state = parseInterlocksState(url.search);
  let data: Shared | null = null;
  let loadedAt: string | null | undefined;
  const dateInput = h('input', { id: 'interlocks-asof', type: 'text', inputmode: 'numeric', placeholder: 'whole record', size: 11, 'aria-describedby': 'interlocks-asof-hint interlocks-asof-error' });
  const dateError = h('p', { id: 'interlocks-asof-error', class: 'field-error', hidden: true });
  const count = h('p', { class: 'count', role: 'status', 'aria-live': 'polite' });
  const box = h('div', { class: 'interlocks-box' });
  dateInput.addEventListener('change', () => {
    const asOf = readDateField(dateInput, dateError);
    if (asOf !== undefined) go({ ...state, asOf }, 'push');
  });
  const go = (next: InterlocksState, how: 'push' | 'replace') => {
    state = next;
    setSearch(interlocksSearch(state), how);
    sync();
  };
  clear(
    root,
    h(
      'div',
      { class: 'review-page interlocks-page' },
      h('h1', { class: 'page-title' }, 'Interlocks'),
      h('p', { class: 'lede' }, 'Who sits where across the partnerships: the organisations on the most bodies, and the bodies and organisations that tie two or more partnerships or boroughs together. Each links to the structure charts, and opens the plans’ words behind it.'),
      h(
        'div',
        { class: 'toolbar', role: 'group', 'aria-label': 'Interlocks settings' },
        h('div', { class: 'field' }, h('label', { for: 'interlocks-asof' }, 'As at'), dateInput, h('span', { id: 'interlocks-asof-hint', class: 'hint' }, 'yyyy, yyyy-mm or yyyy-mm-dd; empty: the whole record'), dateError),
      ),
      count,
      box,
    ),
  );

  function render(): void {
    if (!data) return;
    const orgs = sortRows(data.interlocks, ORG_KEYS[state.orgs.by], state.orgs.dir);
    const spans = sortRows(data.spanning, SPAN_KEYS[state.spans.by], state.spans.dir);
    count.textContent = `${data.interlocks.length} organisations on two or more bodies; ${data.spanning.length} bodies and organisations spanning partnerships or boroughs.`;
    const orgHead = sortableHead<OrgColumn>(
      [
        { col: 'name', label: 'Organisation' },
        { col: 'bodies', label: 'Bodies' },
        { col: 'partnerships', label: 'Partnerships' },
        { label: 'Seats and evidence' },
      ],
      state.orgs,
      (orgs) => go({ ...state, orgs }, 'replace'),
      firstDir,
    );
    const spanHead = sortableHead<SpanColumn>(
      [
        { col: 'name', label: 'Body or organisation' },
        { col: 'partnerships', label: 'Partnerships' },
        { col: 'boroughs', label: 'Boroughs' },
        { label: 'Evidence' },
      ],
      state.spans,
      (spans) => go({ ...state, spans }, 'replace'),
      firstDir,
    );
    clear(
      box,
      h('h2', { id: 'interlocks-orgs' }, 'Organisations on the most bodies'),
      orgs.length
        ? h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': 'interlocks-orgs', tabindex: 0 }, stackOnPhone(h('table', { class: 'data-table interlocks-table' }, orgHead.caption('Organisations on two or more bodies'), orgHead.head, h('tbody', {}, orgs.map((r) => orgRow(r, state.asOf))))))
        : emptyState('No organisation sits on two or more bodies.'),
      h('h2', { id: 'interlocks-spans' }, 'Spanning partnerships or boroughs'),
      spans.length
        ? h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': 'interlocks-spans', tabindex: 0 }, stackOnPhone(h('table', { class: 'data-table interlocks-table' }, spanHead.caption('Bodies and organisations spanning partnerships or boroughs'), spanHead.head, h('tbody', {}, spans.map((r) => spanRow(r, state.asOf))))))
        : emptyState('Nothing spans two or more partnerships or boroughs.'),
    );
  }

  function sync(): void {
    dateInput.value = state.asOf ?? '';
    if (loadedAt === state.asOf && data) return render();
    loadedAt = state.asOf;
    data = null;
    clear(box, loading('the interlocks'));
    const at = state.asOf;
    request(InterlocksDocument, { asOf: at, first: 100 }).then(
      (r) => {
        if (loadedAt !== at) return;
        data = r.sharedStructures;
        render();
      },
      (e: unknown) => {
        if (loadedAt === at) clear(box, errorState('the interlocks', e, () => ((loadedAt = undefined), sync())));
      },
    );
  }

  sync();
  return {
    update: (next) => {
      state = parseInterlocksState(next.search);
      sync();
    },
    destroy: () => {
      loadedAt = undefined;
    },
  };
}
