// The compare view: one partnership's structure at two dates, or two partnerships' structures
// (the API's compareStructure), drawn on one chart (compare-chart.ts) and listed
// (compare-list.ts): bodies and lines added, removed and changed, each with its evidence, and a
// button that finds it on the chart. A tap on the chart brings the item's entry in the list into
// view. URL: /compare?p=<partnership>&from=<date>&to=<date>[&with=<second partnership>]
import { request } from '../api/client.js';
import { CompareStructuresDocument, StartPartnershipsDocument, type StartPartnershipsQuery } from '../generated/graphql.js';
import { setSearch, type ViewInstance } from '../state/router.js';
import { PLAN_DATE } from '../state/url.js';
import { readDateField } from '../ui/date-field.js';
import { announce, clear, emptyState, errorState, h, loading } from '../ui/dom.js';
import { releaseSwipes } from '../ui/touch.js';
import { shortPartnershipName } from '../ui/multi-choice.js';
import { partnershipLabel, partnershipOption, SELECT_CHARS } from '../ui/partnership-option.js';
import { acrossLabels, compareChart, MARK_LABEL, marksKey, type CompareChart, type DiffMark } from './compare-chart.js';
import { chartPairs, diffItems, fillList, isAcross, itemDomId, type Diff } from './compare-list.js';
import { yearsCovered } from './start.js';
import './compare.css';

type Partnership = StartPartnershipsQuery['partnerships'][number];

interface CompareState {
  partnership: string | null;
  /** the second partnership; null compares the first at two dates */
  with: string | null;
  from: string | null;
  to: string | null;
}

const date = (v: string | null) => (v && PLAN_DATE.test(v) ? v : null);

/** The second select's first choice, the first partnership again; in words that fit the select at 390 px. */
function atAnotherDate(p: Partnership): string {
  const said = `${partnershipLabel(p)}, at another date`;
  return said.length <= SELECT_CHARS ? said : 'The same, at another date';
}

export function parseCompareState(search: string): CompareState {
  const q = new URLSearchParams(search);
  return { partnership: q.get('p') || null, with: q.get('with') || null, from: date(q.get('from')), to: date(q.get('to')) };
}

export function compareSearch(s: CompareState): string {
  const q = new URLSearchParams();
  if (s.partnership) q.set('p', s.partnership);
  if (s.with && s.with !== s.partnership) q.set('with', s.with);
  if (s.from) q.set('from', s.from);
  if (s.to) q.set('to', s.to);
  const out = q.toString().replace(/%2F/gi, '/');
  return out ? `?${out}` : '';
}

/** The earliest and latest year a partnership's plans name, the default pair to compare. */
export function defaultDates(p: Partnership): { from: string | null; to: string | null } {
  const years = yearsCovered([p, ...p.strategies]);
  if (!years) return { from: null, to: null };
  const [from, to] = years.split(' to ');
  return { from: from!, to: to ?? from! };
}

/** The date to read a second partnership at: the first's date when its plans cover that year, else its own earliest. */
export function secondDate(second: Partnership, firstDate: string | null): string | null {
  const { from, to } = defaultDates(second);
  if (!from || !to) return firstDate;
  const year = firstDate?.slice(0, 4);
  return year && year >= from && year <= to ? firstDate : from;
}

export function mountCompare(root: HTMLElement, url: URL): ViewInstance {
  let state = parseCompareState(url.search);
  let partnerships: Partnership[] | null = null;
  let drawn: CompareChart | null = null;
  let seq = 0;
  const select = h('select', { id: 'compare-partnership' });
  const withSelect = h('select', { id: 'compare-with' });
  const fromInput = h('input', { id: 'compare-from', type: 'text', inputmode: 'numeric', size: 11, 'aria-describedby': 'compare-hint compare-error' });
  const toInput = h('input', { id: 'compare-to', type: 'text', inputmode: 'numeric', size: 11, 'aria-describedby': 'compare-hint compare-error' });
  const dateError = h('p', { id: 'compare-error', class: 'field-error', hidden: true });
  const summary = h('p', { class: 'count', role: 'status', 'aria-live': 'polite' });
  const result = h('div', { class: 'compare-result' });
  const byId = (id: string | null) => partnerships?.find((x) => x.id === id);

  const go = (next: CompareState) => {
    state = next;
    setSearch(compareSearch(state), 'push');
    void load();
  };
  select.addEventListener('change', () => {
    const p = byId(select.value);
    const second = byId(state.with);
    const dates = p ? defaultDates(p) : { from: null, to: null };
    go({ ...state, partnership: select.value || null, ...dates, ...(second && second.id !== p?.id ? { to: secondDate(second, dates.from) } : {}) });
  });
  withSelect.addEventListener('change', () => {
    const second = byId(withSelect.value);
    const first = byId(state.partnership);
    if (!second || second.id === state.partnership) return go({ ...state, with: null, ...(first ? defaultDates(first) : {}) });
    go({ ...state, with: second.id, to: secondDate(second, state.from) });
  });
  for (const input of [fromInput, toInput]) {
    input.addEventListener('change', () => {
      const from = readDateField(fromInput, dateError);
      const to = from === undefined ? undefined : readDateField(toInput, dateError);
      if (from !== undefined && to !== undefined) go({ ...state, from, to });
    });
  }

  const field = (id: string, label: string, control: HTMLElement) => h('div', { class: 'field' }, h('label', { for: id }, label), control);
  clear(
    root,
    h(
      'div',
      { class: 'review-page compare-page' },
      h('h1', { class: 'page-title' }, 'Compare structures'),
      h(
        'p',
        { class: 'lede' },
        'What changed in a partnership’s governance between two dates, or how two partnerships’ governance differs: the bodies and lines added, removed and changed, on the chart and in a list, each with the plan’s words behind it.',
      ),
      h(
        'div',
        { class: 'toolbar compare-form' },
        h('div', { class: 'compare-side', role: 'group', 'aria-label': 'First structure' }, field('compare-partnership', 'Partnership', select), field('compare-from', 'As at', fromInput)),
        h('div', { class: 'compare-side', role: 'group', 'aria-label': 'Second structure' }, field('compare-with', 'Compare with', withSelect), field('compare-to', 'As at', toInput)),
        h('p', { id: 'compare-hint', class: 'hint' }, 'Dates: yyyy, yyyy-mm or yyyy-mm-dd'),
        dateError,
      ),
      summary,
      result,
    ),
  );

  async function load(): Promise<void> {
    const mine = ++seq;
    drawn?.chart.destroy();
    drawn = null;
    clear(result, loading('the comparison'));
    try {
      partnerships ??= (await request(StartPartnershipsDocument, {})).partnerships;
      if (mine !== seq) return;
      const chosen = byId(state.partnership) ?? partnerships.find((p) => p.strategies.length > 1) ?? partnerships[0];
      if (!chosen) return void clear(result, emptyState('The graph holds no partnerships yet.'));
      const second = byId(state.with) && state.with !== chosen.id ? byId(state.with)! : null;
      if (chosen.id !== state.partnership || (state.with && !second) || !state.from || !state.to) {
        const from = state.from ?? defaultDates(chosen).from;
        state = { partnership: chosen.id, with: second?.id ?? null, from, to: state.to ?? (second ? secondDate(second, from) : defaultDates(chosen).to) };
        setSearch(compareSearch(state), 'replace');
      }
      clear(select, partnerships.map((p) => partnershipOption(p, p.id === chosen.id)));
      clear(
        withSelect,
        partnershipOption(chosen, !second, atAnotherDate(chosen)),
        partnerships.filter((p) => p.id !== chosen.id).map((p) => partnershipOption(p, p.id === second?.id)),
      );
      fromInput.value = state.from ?? '';
      toInput.value = state.to ?? '';
      if (!state.from || !state.to) return void clear(result, emptyState('The graph holds no dated plan of this partnership: write two dates above.'));
      const diff = (await request(CompareStructuresDocument, { partnershipId: chosen.id, from: state.from, to: state.to, toPartnershipId: second?.id ?? null })).compareStructure;
      if (mine !== seq) return;
      await render(diff);
    } catch (e) {
      if (mine === seq) clear(result, errorState('the comparison', e, () => void load()));
    }
  }

  async function render(diff: Diff): Promise<void> {
    const mine = seq;
    const items = diffItems(diff);
    const across = isAcross(diff);
    const [first, second] = [shortPartnershipName(diff.partnership.name), shortPartnershipName(diff.toPartnership.name)];
    const labels = across ? acrossLabels(first, second) : MARK_LABEL;
    const count = (list: typeof items.bodies, m: DiffMark) => list.filter((i) => i.mark === m).length;
    const tally = (list: typeof items.bodies, what: string) =>
      across
        ? `${what}: ${count(list, 'removed')} only in ${first}, ${count(list, 'added')} only in ${second}, ${count(list, 'changed')} in both but different`
        : `${count(list, 'added')} ${what} added, ${count(list, 'removed')} removed, ${count(list, 'changed')} changed`;
    summary.textContent = across
      ? `${first} as at ${diff.from} with ${second} as at ${diff.to}. ${tally(items.bodies, 'Bodies')}; ${tally(items.lines, 'lines')}.`
      : `From ${diff.from} to ${diff.to}: ${tally(items.bodies, 'bodies')}; ${tally(items.lines, 'lines')}.`;
    const stage = h('div', { class: 'chart-stage compare-stage' }, loading('the chart'));
    const list = h('div', { class: 'compare-list' });
    const hint = across
      ? `Both structures on one chart: a body of ${first} matched with one of ${second} is drawn once, as ${second}’s. Tap a body or line to find it in the list.`
      : 'The structure at both dates on one chart. Tap a body or line to find it in the list.';
    clear(result, h('div', { class: 'compare-chart' }, marksKey(labels), stage, h('p', { class: 'hint' }, hint)), list);
    const marks = new Map([...items.bodies, ...items.lines].map((i) => [i.id, i.mark] as const));
    const what = across ? `${diff.partnership.name} as at ${diff.from} and ${diff.toPartnership.name} as at ${diff.to}` : `${diff.partnership.name} at ${diff.from} and ${diff.to}`;
    const cyBox = h('div', { class: 'cy', tabindex: 0, role: 'application', 'aria-label': `Structure chart of ${what}, differences outlined`, 'data-ready': 'false' });
    const picked = (id: string) => {
      const li = document.getElementById(itemDomId(id));
      if (!li) return;
      li.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      li.classList.add('diff-picked');
      window.setTimeout(() => li.classList.remove('diff-picked'), 2500);
      announce(li.querySelector('.diff-text')?.textContent ?? '');
    };
    clear(stage, cyBox);
    releaseSwipes(cyBox);
    const sides = { first: { partnership: diff.partnership.id, date: diff.from }, second: { partnership: diff.toPartnership.id, date: diff.to } };
    const chartDone = compareChart(cyBox, sides, chartPairs(diff), marks, picked).then(
      (c) => {
        if (mine !== seq) return c.chart.destroy();
        drawn = c;
        cyBox.dataset.ready = 'true';
        cyBox.dataset.marked = String(c.drawn.size);
        fillList(list, diff, { labels, drawn: c.drawn, onShow: showOnChart });
      },
      (e: unknown) => {
        if (mine === seq) clear(stage, errorState('the chart', e));
      },
    );
    fillList(list, diff, { labels, drawn: null, onShow: showOnChart });
    await chartDone;
  }

  function showOnChart(id: string): void {
    if (!drawn) return;
    drawn.chart.select(id, true);
    drawn.chart.container.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  void load();
  return {
    update: (next) => {
      state = parseCompareState(next.search);
      void load();
    },
    destroy: () => {
      seq++;
      drawn?.chart.destroy();
    },
  };
}
