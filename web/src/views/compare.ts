// The compare view: what changed in a partnership's structure between two dates (the API's
// compareStructure), drawn on one chart of both dates (compare-chart.ts) and listed: bodies and
// lines added, removed and changed, each with its evidence, and a button that finds it on the
// chart. A tap on the chart brings the item's entry in the list into view.
// URL: /compare?p=<partnership>&from=<date>&to=<date>
import { request } from '../api/client.js';
import { KIND_STYLE, REL_STYLE } from '../chart/vocab.js';
import { ReportChangesDocument, StartPartnershipsDocument, type ReportChangesQuery, type StartPartnershipsQuery } from '../generated/graphql.js';
import { setSearch, type ViewInstance } from '../state/router.js';
import { chartLink, PLAN_DATE } from '../state/url.js';
import { readDateField } from '../ui/date-field.js';
import { announce, appLink, clear, emptyState, errorState, h, loading } from '../ui/dom.js';
import { evidenceDetails } from '../ui/evidence.js';
import { releaseSwipes } from '../ui/touch.js';
import { shortPartnershipName } from '../ui/multi-choice.js';
import { compareChart, MARK_LABEL, marksKey, type CompareChart, type DiffMark } from './compare-chart.js';
import { yearsCovered } from './start.js';
import './compare.css';

type Diff = ReportChangesQuery['compareStructure'];
type Partnership = StartPartnershipsQuery['partnerships'][number];

interface CompareState {
  partnership: string | null;
  from: string | null;
  to: string | null;
}

const date = (v: string | null) => (v && PLAN_DATE.test(v) ? v : null);

export function parseCompareState(search: string): CompareState {
  const q = new URLSearchParams(search);
  return { partnership: q.get('p') || null, from: date(q.get('from')), to: date(q.get('to')) };
}

export function compareSearch(s: CompareState): string {
  const q = new URLSearchParams();
  if (s.partnership) q.set('p', s.partnership);
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

/** Every item of the diff with its mark, the way the list and the chart both name it. */
interface Item {
  id: string;
  mark: DiffMark;
  text: string;
  detail: string | null;
  /** the body to open on the structure chart: the body itself, or a line's `from` end */
  node: string;
  evidence: Diff['bodies']['added'][number]['evidence'];
}

const bodyText = (b: Diff['bodies']['added'][number]) => `${b.name} (${KIND_STYLE[b.kind].label})`;
const lineText = (l: Diff['lines']['added'][number]) => `${l.from.name} ${REL_STYLE[l.type].verb} ${l.to.name}`;
const fieldsText = (fs: readonly { field: string; before?: string | null; after?: string | null }[]) =>
  fs.map((f) => `${f.field}: ${f.before ?? '(none)'} → ${f.after ?? '(none)'}`).join('; ');

export function diffItems(d: Diff): { bodies: Item[]; lines: Item[] } {
  return {
    bodies: [
      ...d.bodies.added.map((b): Item => ({ id: b.id, mark: 'added', text: bodyText(b), detail: null, node: b.id, evidence: b.evidence })),
      ...d.bodies.removed.map((b): Item => ({ id: b.id, mark: 'removed', text: bodyText(b), detail: null, node: b.id, evidence: b.evidence })),
      ...d.bodies.changed.map((c): Item => ({ id: c.after.id, mark: 'changed', text: bodyText(c.after), detail: fieldsText(c.fields), node: c.after.id, evidence: c.after.evidence })),
    ],
    lines: [
      ...d.lines.added.map((l): Item => ({ id: l.id, mark: 'added', text: lineText(l), detail: null, node: l.from.id, evidence: l.evidence })),
      ...d.lines.removed.map((l): Item => ({ id: l.id, mark: 'removed', text: lineText(l), detail: null, node: l.from.id, evidence: l.evidence })),
      ...d.lines.changed.map((c): Item => ({ id: c.after.id, mark: 'changed', text: lineText(c.after), detail: fieldsText(c.fields), node: c.after.from.id, evidence: c.after.evidence })),
    ],
  };
}

const itemDomId = (id: string) => `diff-${id.replace(/[^a-z0-9]+/gi, '-')}`;

export function mountCompare(root: HTMLElement, url: URL): ViewInstance {
  let state = parseCompareState(url.search);
  let partnerships: Partnership[] | null = null;
  let drawn: CompareChart | null = null;
  let seq = 0;
  const select = h('select', { id: 'compare-partnership' });
  const fromInput = h('input', { id: 'compare-from', type: 'text', inputmode: 'numeric', size: 11, 'aria-describedby': 'compare-hint compare-error' });
  const toInput = h('input', { id: 'compare-to', type: 'text', inputmode: 'numeric', size: 11, 'aria-describedby': 'compare-hint compare-error' });
  const dateError = h('p', { id: 'compare-error', class: 'field-error', hidden: true });
  const summary = h('p', { class: 'count', role: 'status', 'aria-live': 'polite' });
  const result = h('div', { class: 'compare-result' });

  const go = (next: CompareState) => {
    state = next;
    setSearch(compareSearch(state), 'push');
    void load();
  };
  select.addEventListener('change', () => {
    const p = partnerships?.find((x) => x.id === select.value);
    go({ partnership: select.value || null, ...(p ? defaultDates(p) : { from: null, to: null }) });
  });
  for (const input of [fromInput, toInput]) {
    input.addEventListener('change', () => {
      const from = readDateField(fromInput, dateError);
      const to = from === undefined ? undefined : readDateField(toInput, dateError);
      if (from !== undefined && to !== undefined) go({ ...state, from, to });
    });
  }

  clear(
    root,
    h(
      'div',
      { class: 'review-page compare-page' },
      h('h1', { class: 'page-title' }, 'Compare structures'),
      h('p', { class: 'lede' }, 'What changed in a partnership’s governance between two dates: the bodies and lines added, removed and changed, on the chart and in a list, each with the plan’s words behind it.'),
      h(
        'div',
        { class: 'toolbar', role: 'group', 'aria-label': 'What to compare' },
        h('div', { class: 'field' }, h('label', { for: 'compare-partnership' }, 'Partnership'), select),
        h('div', { class: 'field' }, h('label', { for: 'compare-from' }, 'From'), fromInput),
        h('div', { class: 'field' }, h('label', { for: 'compare-to' }, 'To'), toInput),
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
      const chosen = partnerships.find((p) => p.id === state.partnership) ?? partnerships.find((p) => p.strategies.length > 1) ?? partnerships[0];
      if (!chosen) return void clear(result, emptyState('The graph holds no partnerships yet.'));
      if (chosen.id !== state.partnership || !state.from || !state.to) {
        state = { partnership: chosen.id, from: state.from ?? defaultDates(chosen).from, to: state.to ?? defaultDates(chosen).to };
        setSearch(compareSearch(state), 'replace');
      }
      clear(select, partnerships.map((p) => h('option', { value: p.id, selected: p.id === chosen.id }, shortPartnershipName(p.name))));
      fromInput.value = state.from ?? '';
      toInput.value = state.to ?? '';
      if (!state.from || !state.to) return void clear(result, emptyState('The graph holds no dated plan of this partnership: write two dates above.'));
      const diff = (await request(ReportChangesDocument, { partnershipId: chosen.id, from: state.from, to: state.to })).compareStructure;
      if (mine !== seq) return;
      await render(diff, chosen);
    } catch (e) {
      if (mine === seq) clear(result, errorState('the comparison', e, () => void load()));
    }
  }

  async function render(diff: Diff, p: Partnership): Promise<void> {
    const mine = seq;
    const items = diffItems(diff);
    const count = (list: Item[], m: DiffMark) => list.filter((i) => i.mark === m).length;
    const said = `From ${diff.from} to ${diff.to}: ${count(items.bodies, 'added')} bodies added, ${count(items.bodies, 'removed')} removed, ${count(items.bodies, 'changed')} changed; ${count(items.lines, 'added')} lines added, ${count(items.lines, 'removed')} removed, ${count(items.lines, 'changed')} changed.`;
    summary.textContent = said;
    const stage = h('div', { class: 'chart-stage compare-stage' }, loading('the chart'));
    const list = h('div', { class: 'compare-list' });
    clear(result, h('div', { class: 'compare-chart' }, marksKey(), stage, h('p', { class: 'hint' }, 'The structure at both dates on one chart. Tap a body or line to find it in the list.')), list);
    const marks = new Map([...items.bodies, ...items.lines].map((i) => [i.id, i.mark] as const));
    const cyBox = h('div', { class: 'cy', tabindex: 0, role: 'application', 'aria-label': `Structure chart of ${p.name} at ${diff.from} and ${diff.to}, changes outlined`, 'data-ready': 'false' });
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
    const chartDone = compareChart(cyBox, p.id, diff.from, diff.to, marks, picked).then(
      (c) => {
        if (mine !== seq) return c.chart.destroy();
        drawn = c;
        cyBox.dataset.ready = 'true';
        cyBox.dataset.marked = String(c.drawn.size);
        fillList(list, items, p.id, diff, c);
      },
      (e: unknown) => {
        if (mine === seq) clear(stage, errorState('the chart', e));
      },
    );
    fillList(list, items, p.id, diff, null);
    await chartDone;
  }

  function fillList(list: HTMLElement, items: { bodies: Item[]; lines: Item[] }, pid: string, diff: Diff, c: CompareChart | null): void {
    const entry = (i: Item, at: string) =>
      h(
        'li',
        { id: itemDomId(i.id), class: `diff-item diff-${i.mark}`, 'data-id': i.id },
        h('span', { class: `compare-swatch diff-${i.mark}`, 'aria-hidden': 'true' }, MARK_LABEL[i.mark].icon),
        h('span', { class: 'diff-text' }, h('span', { class: 'visually-hidden' }, `${MARK_LABEL[i.mark].label}: `), i.text),
        i.detail ? h('span', { class: 'diff-detail' }, i.detail) : null,
        h(
          'span',
          { class: 'diff-actions' },
          c?.drawn.has(i.id)
            ? h('button', { type: 'button', class: 'btn btn-small', onclick: () => showOnChart(i.id), 'aria-label': `Show on the chart: ${i.text}` }, 'Show on the chart')
            : h('span', { class: 'muted' }, c ? 'Not drawn on the chart' : ''),
          appLink(chartLink(pid, i.node, at), `Open the chart as at ${at}`, { class: 'btn btn-small', 'aria-label': `Open the chart as at ${at}: ${i.text}` }),
        ),
        evidenceDetails(i.evidence),
      );
    const group = (title: string, list: Item[], m: DiffMark) => {
      const of = list.filter((i) => i.mark === m);
      return of.length ? [h('h3', {}, `${title} ${MARK_LABEL[m].label.toLowerCase()} (${of.length})`), h('ul', { class: 'diff-list' }, of.map((i) => entry(i, m === 'removed' ? diff.from : diff.to)))] : [];
    };
    const all = [
      ...group('Bodies', items.bodies, 'added'),
      ...group('Bodies', items.bodies, 'removed'),
      ...group('Bodies', items.bodies, 'changed'),
      ...group('Lines', items.lines, 'added'),
      ...group('Lines', items.lines, 'removed'),
      ...group('Lines', items.lines, 'changed'),
    ];
    clear(list, h('h2', {}, 'The changes'), h('p', { class: 'muted' }, `${diff.bodies.unchanged} bodies and ${diff.lines.unchanged} lines unchanged.`), all.length ? all : h('p', {}, 'Nothing changed between these dates.'));
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
