// VRU alignment view: the London VRU's themes and mandatory actions against the partnerships, as
// a table whose cells say which gaps each answer has (vru-tables.ts); a cell opens the answer
// (vru-detail.ts). On a phone the tables show one partnership at a time, chosen in a field above
// them: side by side, four partnerships' columns made the page scroll sideways twice its width.
// It stays a table (the other columns hidden, to the eye and to a screen reader alike).
// URL: /vru?p=<id>,<id>&req=<requirement id>&for=<partnership id>
import { request } from '../api/client.js';
import { PartnershipsDocument, VruDetailDocument, VruMatrixDocument, type PartnershipsQuery, type VruDetailQuery } from '../generated/graphql.js';
import type { ViewInstance } from '../state/router.js';
import { setSearch } from '../state/router.js';
import { clear, emptyState, errorState, h, loading, withStates } from '../ui/dom.js';
import { revealIfOffscreen } from '../ui/touch.js';
import { multiChoice, shortPartnershipName } from '../ui/multi-choice.js';
import { partnershipOption } from '../ui/partnership-option.js';
import { renderDetail } from './vru-detail.js';
import { keyTable, matrixTable, totalsTable, totalsText, type Matrix } from './vru-tables.js';

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

export function mountVru(root: HTMLElement, url: URL): ViewInstance {
  let state = parseVruState(url.search);
  let partnerships: PartnershipsQuery['partnerships'] | null = null;
  const details = new Map<string, Promise<VruDetailQuery>>();
  const matrixBox = h('div', { class: 'matrix-box' });
  const summaryBox = h('div', { class: 'vru-summary' });
  const shownBox = h('div', { class: 'vru-shown' });
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
      h('div', { class: 'split-detail' }, h('div', {}, shownBox, summaryBox, matrixBox), detailBox),
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

  /** the partnership whose column a phone shows (styles.css hides the others' cells, .off-phone) */
  let shown: string | null = null;
  function showColumn(): void {
    if (!matrix) return;
    const at = Math.max(0, matrix.partnerships.findIndex((p) => p.id === shown));
    shown = matrix.partnerships[at]!.id;
    for (const el of root.querySelectorAll<HTMLElement>('.vru-page [data-col]')) el.classList.toggle('off-phone', el.dataset.col !== String(at));
  }

  function shownField(m: Matrix): HTMLElement[] {
    if (m.partnerships.length < 2) return [];
    const select = h('select', { id: 'vru-shown' }, m.partnerships.map((p) => partnershipOption(p, p.id === shown)));
    select.addEventListener('change', () => {
      shown = select.value;
      showColumn();
    });
    return [h('label', { for: 'vru-shown', class: 'label' }, 'Partnership shown'), select];
  }

  function renderMatrix(m: Matrix): void {
    matrix = m;
    shown = state.partnership ?? shown;
    clear(shownBox, shownField(m));
    clear(summaryBox, h('h2', {}, 'Summary'), h('ul', { class: 'summary-list' }, m.totals.map((t, i) => h('li', {}, h('strong', {}, `${m.partnerships[i]!.name}: `), totalsText(t)))), totalsTable(m));
    clear(
      matrixBox,
      matrixTable(
        m,
        (req, pid) => state.requirement === req && state.partnership === pid,
        (req, pid) => {
          revealAnswer = true;
          go({ ...state, requirement: req, partnership: pid }, 'replace');
        },
      ),
    );
    showColumn();
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
      clear(shownBox);
      clear(matrixBox, partnerships ? emptyState('Choose one or more partnerships to compare.') : loading('the partnerships'));
      renderDetailBox();
      return;
    }
    const key = state.partnerships.join(',');
    if (key !== loadedKey) {
      loadedKey = key;
      clear(summaryBox);
      clear(shownBox);
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
