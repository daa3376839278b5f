// VRU alignment view: the London VRU's themes and mandatory actions against the partnerships, as
// a table whose cells say (in words, an icon and a colour) which gaps each answer has; a cell
// opens the answer: the responding actions, their leads, narratives and evidence.
// URL: /vru?p=<id>,<id>&req=<requirement id>&for=<partnership id>
import { request } from '../api/client.js';
import {
  PartnershipsDocument,
  VruDetailDocument,
  VruMatrixDocument,
  type GapFlag,
  type PartnershipsQuery,
  type VruDetailQuery,
  type VruMatrixQuery,
  type VruTotalsFragment,
} from '../generated/graphql.js';
import type { ViewInstance } from '../state/router.js';
import { setSearch } from '../state/router.js';
import { chartLink } from '../state/url.js';
import { appLink, clear, emptyState, errorState, h, loading, withStates } from '../ui/dom.js';
import { evidenceDetails } from '../ui/evidence.js';
import { revealIfOffscreen } from '../ui/touch.js';
import { multiChoice, shortPartnershipName } from '../ui/multi-choice.js';
import { byLevel, FLAG_ORDER, GAP_FLAGS, LEVELS, levelOf } from './gaps.js';

type Matrix = VruMatrixQuery['vruAlignment'];
type DetailRow = VruDetailQuery['vruAlignment']['themes'][number]['requirements'][number];

interface VruState {
  partnerships: string[];
  requirement: string | null;
  partnership: string | null;
}

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);

export function parseVruState(search: string): VruState {
  const q = new URLSearchParams(search);
  return { partnerships: list(q.get('p')), requirement: q.get('req') || null, partnership: q.get('for') || null };
}

export function vruSearch(s: VruState): string {
  const q = new URLSearchParams();
  if (s.partnerships.length) q.set('p', s.partnerships.join(','));
  if (s.requirement && s.partnership) {
    q.set('req', s.requirement);
    q.set('for', s.partnership);
  }
  const out = q.toString().replace(/%2F/gi, '/').replace(/%2C/gi, ',');
  return out ? `?${out}` : '';
}

const levelIcon = (level: number) => LEVELS.find((l) => l.level === level)!.icon;

function flagList(flags: readonly GapFlag[]): HTMLElement {
  const sorted = byLevel(flags);
  if (!sorted.length) return h('span', { class: 'cell-text' }, h('strong', {}, 'No gaps'));
  const [worst, ...rest] = sorted;
  return h(
    'span',
    { class: 'cell-text' },
    h('strong', {}, GAP_FLAGS[worst!].label),
    rest.length ? h('span', { class: 'cell-more' }, rest.map((f) => GAP_FLAGS[f].label).join(' · ')) : null,
  );
}

function totalsText(t: VruTotalsFragment): string {
  if (!t.answered) return `No answers: the plan does not respond to the ${t.requirements} mandatory actions.`;
  const gaps = t.flags.filter((f) => f.count > 0).map((f) => `${GAP_FLAGS[f.flag].label.toLowerCase()}: ${f.count}`);
  return `Answers ${t.responded} of ${t.requirements}${gaps.length ? `; ${gaps.join(', ')}` : '; no gaps'}.`;
}

function keyTable(): HTMLElement {
  return h(
    'section',
    { class: 'legend gap-key', 'aria-labelledby': 'gap-key-title' },
    h('h2', { id: 'gap-key-title', class: 'legend-title' }, 'Key'),
    h(
      'ul',
      { class: 'legend-kinds' },
      LEVELS.map((l) => h('li', {}, h('span', { class: `cell-swatch level-${l.level}`, 'aria-hidden': 'true' }, l.icon), l.label)),
    ),
  );
}

function totalsTable(m: Matrix): HTMLElement {
  return h(
    'table',
    { class: 'data-table totals-table' },
    h('caption', {}, `Over all ${m.themes.length} themes`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Gap'), m.partnerships.map((p) => h('th', { scope: 'col' }, shortPartnershipName(p.name))))),
    h(
      'tbody',
      {},
      h('tr', {}, h('th', { scope: 'row' }, 'Mandatory actions answered'), m.totals.map((t) => h('td', {}, `${t.responded} of ${t.requirements}`))),
      FLAG_ORDER.map((flag) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row', title: GAP_FLAGS[flag].meaning }, GAP_FLAGS[flag].label),
          m.totals.map((t) => h('td', {}, String(t.flags.find((f) => f.flag === flag)?.count ?? 0))),
        ),
      ),
    ),
  );
}

function renderDetail(row: DetailRow, partnershipName: string, partnershipId: string): HTMLElement {
  const cell = row.cells[0]!;
  return h(
    'article',
    { class: 'panel-body', 'aria-labelledby': 'vru-detail-title' },
    h('h2', { id: 'vru-detail-title', tabindex: -1 }, `${row.number} ${row.requirement.name}`),
    h('p', { class: 'muted' }, `${partnershipName}’s answer`),
    row.requirement.text ? h('details', {}, h('summary', {}, 'What the VRU asks'), h('p', {}, row.requirement.text)) : null,
    h('h3', {}, cell.gaps.length ? `Gaps (${cell.gaps.length})` : 'Gaps'),
    cell.gaps.length
      ? h(
          'ul',
          { class: 'gaps' },
          byLevel(cell.gaps.map((g) => g.flag)).flatMap((flag) =>
            cell.gaps
              .filter((g) => g.flag === flag)
              .map((g) => h('li', { class: `gap-level-${GAP_FLAGS[g.flag].level}` }, h('span', { 'aria-hidden': 'true' }, `${levelIcon(GAP_FLAGS[g.flag].level)} `), h('strong', {}, GAP_FLAGS[g.flag].label), `: ${g.detail}`)),
          ),
        )
      : h('p', {}, 'None.'),
    h('h3', {}, `Responding actions (${cell.responses.length})`),
    cell.responses.length
      ? cell.responses.map((r) =>
          h(
            'section',
            { class: 'response' },
            h('h4', {}, appLink(chartLink(partnershipId, r.action.id), r.action.name, { title: 'Show on the structure chart' })),
            r.action.text && r.action.text !== r.action.name ? h('p', {}, r.action.text) : null,
            h(
              'dl',
              { class: 'facts' },
              h('dt', {}, 'Lead'),
              h(
                'dd',
                {},
                r.leads.length
                  ? r.leads.flatMap((l, i) => [i ? '; ' : '', appLink(`/organisations?org=${encodeURIComponent(l.actor.id).replace(/%2F/gi, '/')}`, l.actor.name), l.post ? ` (${l.post})` : ''])
                  : (r.leadAsWritten ?? h('span', { class: 'gap' }, 'none recorded')),
              ),
              r.leads.length && r.leadAsWritten ? [h('dt', {}, 'Lead as written'), h('dd', {}, r.leadAsWritten)] : null,
              h('dt', {}, 'Named lead'),
              h('dd', {}, r.namedLead ?? h('span', { class: 'gap' }, 'empty')),
              h('dt', {}, 'RAG'),
              h('dd', {}, r.rag ?? h('span', { class: 'gap' }, 'not rated')),
            ),
            r.leads.some((l) => l.evidence.length) ? evidenceDetails(r.leads.flatMap((l) => l.evidence)) : null,
            r.narratives.map((n) =>
              h(
                'div',
                { class: 'narrative' },
                h('p', { class: 'narrative-by' }, h('strong', {}, n.respondent?.name ?? 'Response'), ' writes:'),
                n.narrative ? h('blockquote', {}, h('p', {}, `“${n.narrative}”`)) : h('p', { class: 'gap' }, 'Nothing written.'),
                n.noSubstance ? h('p', { class: 'flag-note' }, h('strong', {}, `${GAP_FLAGS.NO_SUBSTANCE.label}: `), GAP_FLAGS.NO_SUBSTANCE.meaning) : null,
                n.missingProvision.length
                  ? h('p', { class: 'flag-note' }, h('strong', {}, `${GAP_FLAGS.PROVISION_MISSING.label}: `), n.missingProvision.map((m) => `“${m}”`).join('; '))
                  : null,
                evidenceDetails(n.evidence),
              ),
            ),
          ),
        )
      : h('p', {}, `${partnershipName}’s plan has no action answering this mandatory action.`),
  );
}

export function mountVru(root: HTMLElement, url: URL): ViewInstance {
  let state = parseVruState(url.search);
  let partnerships: PartnershipsQuery['partnerships'] | null = null;
  const details = new Map<string, Promise<VruDetailQuery>>();
  const matrixBox = h('div', { class: 'matrix-box' });
  const summaryBox = h('div', { class: 'vru-summary' });
  const detailBox = h('aside', { class: 'panel vru-detail', 'aria-label': 'The answer' });
  const choice = multiChoice({ id: 'vru-partnerships', label: 'Partnerships', onChange: (ids) => go({ ...state, partnerships: ids }, 'push') });
  let loadedKey = '';
  let matrix: Matrix | null = null;
  let alive = true;

  clear(
    root,
    h(
      'div',
      { class: 'review-page vru-page' },
      h('h1', { class: 'page-title' }, 'VRU alignment'),
      h('p', { class: 'lede' }, 'How each partnership answers the London Violence Reduction Unit’s mandatory actions, theme by theme, and where the answers fall short. Select a cell for the answer and its evidence.'),
      h('div', { class: 'toolbar', role: 'group', 'aria-label': 'VRU alignment settings' }, choice.element),
      keyTable(),
      h('div', { class: 'split-detail' }, h('div', {}, summaryBox, matrixBox), detailBox),
    ),
  );

  function go(next: VruState, how: 'push' | 'replace'): void {
    state = next;
    setSearch(vruSearch(state), how);
    sync();
  }

  function detail(pid: string): Promise<VruDetailQuery> {
    let p = details.get(pid);
    if (!p) {
      p = request(VruDetailDocument, { partnershipId: pid });
      // a failed load is tried again next time
      p.catch(() => details.delete(pid));
      details.set(pid, p);
    }
    return p;
  }

  function renderMatrix(m: Matrix): void {
    matrix = m;
    clear(summaryBox, h('h2', {}, 'Summary'), h('ul', { class: 'summary-list' }, m.totals.map((t, i) => h('li', {}, h('strong', {}, `${m.partnerships[i]!.name}: `), totalsText(t)))), totalsTable(m));
    const selected = (req: string, pid: string) => state.requirement === req && state.partnership === pid;
    clear(
      matrixBox,
      h(
        'table',
        { class: 'data-table matrix' },
        h('caption', {}, `${m.framework.name}: ${m.themes.reduce((n, t) => n + t.requirements.length, 0)} mandatory actions in ${m.themes.length} themes`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col', class: 'col-num' }, 'No.'),
            h('th', { scope: 'col', class: 'col-name' }, 'Mandatory action'),
            m.partnerships.map((p) => h('th', { scope: 'col', class: 'col-cell' }, shortPartnershipName(p.name))),
          ),
        ),
        m.themes.map((theme) =>
          h(
            'tbody',
            {},
            h(
              'tr',
              { class: 'theme-row' },
              h('th', { scope: 'rowgroup', colspan: 2 }, `Theme ${theme.number}: ${theme.theme.name}`),
              theme.totals.map((t) => h('td', { class: 'theme-total' }, t.answered ? `${t.responded} of ${t.requirements} answered` : 'not answered')),
            ),
            theme.requirements.map((row) =>
              h(
                'tr',
                {},
                h('td', { class: 'num' }, row.number),
                h('th', { scope: 'row' }, row.requirement.name),
                row.cells.map((cell, i) => {
                  const p = m.partnerships[i]!;
                  const level = levelOf(cell.flags);
                  return h(
                    'td',
                    { class: 'cell-td' },
                    h(
                      'button',
                      {
                        type: 'button',
                        class: `cell level-${level}`,
                        'aria-pressed': String(selected(row.requirement.id, p.id)),
                        'aria-label': `${shortPartnershipName(p.name)}, ${row.number} ${row.requirement.name}: ${cell.flags.length ? byLevel(cell.flags).map((f) => GAP_FLAGS[f].label).join(', ') : 'no gaps'}. Show the answer.`,
                        'data-req': row.requirement.id,
                        'data-for': p.id,
                        onclick: () => {
                          revealAnswer = true;
                          go({ ...state, requirement: row.requirement.id, partnership: p.id }, 'replace');
                        },
                      },
                      h('span', { class: 'cell-icon', 'aria-hidden': 'true' }, levelIcon(level)),
                      flagList(cell.flags),
                    ),
                  );
                }),
              ),
            ),
          ),
        ),
      ),
    );
  }

  let detailSeq = 0;
  /** the answer was asked for by a tap on a cell: bring it into view once shown (it is under the table on a phone) */
  let revealAnswer = false;
  function renderDetailBox(): void {
    const seq = ++detailSeq;
    const { requirement, partnership } = state;
    for (const b of matrixBox.querySelectorAll<HTMLButtonElement>('button.cell')) b.setAttribute('aria-pressed', String(b.dataset.req === requirement && b.dataset.for === partnership));
    if (!requirement || !partnership) {
      clear(detailBox, h('div', { class: 'panel-empty' }, h('h2', {}, 'The answer'), h('p', {}, 'Select a cell of the table to read that partnership’s answer, its leads and narratives, and the evidence from the plan.')));
      return;
    }
    const name = matrix?.partnerships.find((p) => p.id === partnership)?.name ?? partnerships?.find((p) => p.id === partnership)?.name ?? partnership;
    void withStates(detailBox, 'the answer', () => detail(partnership), (data) => {
      if (!alive || seq !== detailSeq) return;
      const row = data.vruAlignment.themes.flatMap((t) => t.requirements).find((r) => r.requirement.id === requirement);
      clear(detailBox, row ? renderDetail(row, name, partnership) : emptyState(`“${requirement}” is not a mandatory action of the framework.`));
      if (revealAnswer) {
        revealAnswer = false;
        revealIfOffscreen(detailBox);
      }
    });
  }

  function sync(): void {
    choice.setChosen(state.partnerships);
    if (!state.partnerships.length) {
      loadedKey = '';
      matrix = null;
      clear(summaryBox);
      clear(matrixBox, partnerships ? emptyState('Choose one or more partnerships to compare.') : loading('the partnerships'));
      renderDetailBox();
      return;
    }
    const key = state.partnerships.join(',');
    if (key !== loadedKey) {
      loadedKey = key;
      clear(summaryBox);
      void withStates(matrixBox, 'the VRU alignment', () => request(VruMatrixDocument, { partnershipIds: state.partnerships }), (data) => {
        if (!alive || key !== loadedKey) return;
        renderMatrix(data.vruAlignment);
        renderDetailBox();
      });
    }
    renderDetailBox();
  }

  const loadPartnerships = () =>
    request(PartnershipsDocument, { asOf: null })
      .then((d) => {
        if (!alive) return;
        partnerships = d.partnerships;
        choice.setOptions(partnerships.map((p) => ({ id: p.id, label: shortPartnershipName(p.name) })));
        // by default, the partnerships whose own plans are in the graph
        if (!state.partnerships.length) go({ ...state, partnerships: partnerships.filter((p) => p.partnership?.id === p.id).map((p) => p.id) }, 'replace');
        else choice.setChosen(state.partnerships);
      })
      .catch((e: unknown) => {
        choice.showState(errorState('the partnerships', e, () => void loadPartnerships()), 'Unavailable');
        if (!state.partnerships.length) clear(matrixBox, errorState('the partnerships', e, () => void loadPartnerships()));
      });
  void loadPartnerships();
  sync();

  return {
    update(next: URL) {
      state = parseVruState(next.search);
      sync();
    },
    destroy() {
      alive = false;
    },
  };
}
