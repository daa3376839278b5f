// The borough review report: for one partnership as at a date, a printable page (A4 portrait,
// print CSS in report.css) with the structure chart and its key, the VRU alignment theme by theme,
// the governance findings by rule with a reviewer's comment on each, what changed since an earlier
// date, and every fact's source as numbered references. The browser's print makes the PDF.
// Reviewers' comments are kept in this browser only (localStorage), never sent to the server.
// Print shortens the VRU narratives and the references' quotes (report-excerpt.ts) unless the reviewer
// chooses the narratives in full.
// URL: /report?p=<partnership>&at=<date>&since=<earlier date>&narratives=full
import './report.css';
import { request } from '../api/client.js';
import { GovernanceFindingsDocument, PartnershipsDocument, CompareStructuresDocument, VruDetailDocument, VruMatrixDocument } from '../generated/graphql.js';
import type { ViewInstance } from '../state/router.js';
import { setSearch } from '../state/router.js';
import { PLAN_DATE } from '../state/url.js';
import { readDateField } from '../ui/date-field.js';
import { clear, errorState, h, loading } from '../ui/dom.js';
import { partnershipOption } from '../ui/partnership-option.js';
import { reportChart } from './report-chart.js';
import { PRINT_WORDS } from './report-excerpt.js';
import { References } from './report-refs.js';
import { changesSection, findingsSection, vruSection } from './report-sections.js';

export interface ReportState {
  partnership: string | null;
  asOf: string;
  since: string | null;
  /** print the VRU narratives in full, not their first words */
  fullNarratives: boolean;
}

const today = (): string => new Date().toISOString().slice(0, 10);

export function parseReportState(search: string): ReportState {
  const q = new URLSearchParams(search);
  const date = (k: string) => {
    const v = q.get(k);
    return v && PLAN_DATE.test(v) ? v : null;
  };
  return { partnership: q.get('p') || null, asOf: date('at') ?? today(), since: date('since'), fullNarratives: q.get('narratives') === 'full' };
}

export function reportSearch(s: ReportState): string {
  const q = new URLSearchParams();
  if (s.partnership) q.set('p', s.partnership);
  q.set('at', s.asOf);
  if (s.since) q.set('since', s.since);
  if (s.fullNarratives) q.set('narratives', 'full');
  return `?${q.toString().replace(/%2F/gi, '/')}`;
}

const EXPORTS: [string, string][] = [
  ['xlsx', 'VRU alignment and findings (Excel)'],
  ['vru-csv', 'VRU alignment (CSV)'],
  ['findings-csv', 'Findings (CSV)'],
  ['popolo', 'Structure (Popolo JSON)'],
  ['graphml', 'Graph (GraphML for Gephi, yEd)'],
  ['cypher', 'Graph (Cypher for Neo4j)'],
];

const exportHref = (format: string, s: ReportState): string =>
  `/export/${format}?${new URLSearchParams({ partnership: s.partnership ?? '', asAt: s.asOf }).toString().replace(/%2F/gi, '/')}`;

async function buildReport(s: ReportState & { partnership: string }, name: string): Promise<HTMLElement> {
  const refs = new References();
  const title = `${name}: borough review as at ${s.asOf}`;
  const [chart, matrix, detail, findings, diff] = await Promise.all([
    reportChart(s.partnership, s.asOf, title),
    request(VruMatrixDocument, { partnershipIds: [s.partnership] }),
    request(VruDetailDocument, { partnershipId: s.partnership }),
    request(GovernanceFindingsDocument, { partnershipId: s.partnership, asOf: s.asOf }),
    s.since ? request(CompareStructuresDocument, { partnershipId: s.partnership, from: s.since, to: s.asOf }) : Promise.resolve(null),
  ]);
  const commentKey = (f: (typeof findings.governanceFindings)[number]) => `govgraph.report-comment:${s.partnership}:${s.asOf}:${f.rule.id}:${f.message}`;
  const themes = vruSection(detail.vruAlignment.themes, matrix.vruAlignment.themes.map((t) => t.theme.name), refs);
  const ruled = findingsSection(findings.governanceFindings, commentKey, refs);
  const changes = diff ? changesSection(diff.compareStructure, refs) : h('p', {}, 'Choose an earlier date above to see what changed since then.');
  return h(
    'article',
    { class: 'report' },
    h(
      'header',
      { class: 'report-head' },
      h('h1', {}, name),
      h('p', { class: 'report-sub' }, `Borough review as at ${s.asOf}${s.since ? `, with the changes since ${s.since}` : ''}. Made on ${today()} from govgraph.`),
      h('p', { class: 'report-print-note' }, `The VRU narratives and the references' quotes are printed as their first ${PRINT_WORDS} words (…); the whole text is in the source documents, and on screen in govgraph.`),
      h('p', { class: 'report-print-note report-print-note-full' }, `The VRU narratives are printed in full; the references' quotes as their first ${PRINT_WORDS} words (…), the whole text being in the source documents.`),
    ),
    h('section', { class: 'report-section', 'aria-labelledby': 'r-chart' }, h('h2', { id: 'r-chart' }, '1. Structure chart'), chart),
    h('section', { class: 'report-section', 'aria-labelledby': 'r-vru' }, h('h2', { id: 'r-vru' }, '2. VRU alignment'), themes),
    h('section', { class: 'report-section', 'aria-labelledby': 'r-findings' }, h('h2', { id: 'r-findings' }, '3. Governance findings'), ruled),
    h('section', { class: 'report-section', 'aria-labelledby': 'r-changes' }, h('h2', { id: 'r-changes' }, `4. What changed${s.since ? ` since ${s.since}` : ''}`), changes),
    h('section', { class: 'report-section', 'aria-labelledby': 'r-refs' }, h('h2', { id: 'r-refs' }, `5. References (${refs.size})`), refs.list()),
  );
}

export function mountReport(root: HTMLElement, url: URL): ViewInstance {
  let state = parseReportState(url.search);
  let names = new Map<string, string>();
  let alive = true;
  let seq = 0;
  const select = h('select', { id: 'report-partnership' });
  const at = h('input', { id: 'report-at', type: 'text', inputmode: 'numeric', size: 11, 'aria-describedby': 'report-date-hint report-at-error' });
  const atError = h('p', { id: 'report-at-error', class: 'field-error', hidden: true });
  const since = h('input', { id: 'report-since', type: 'text', inputmode: 'numeric', size: 11, placeholder: 'none', 'aria-describedby': 'report-date-hint report-since-error' });
  const sinceError = h('p', { id: 'report-since-error', class: 'field-error', hidden: true });
  const printButton = h('button', { type: 'button', class: 'btn' }, 'Print or save as PDF');
  const fullBox = h('input', { id: 'report-full', type: 'checkbox' });
  const exportsList = h('ul', { class: 'report-exports' });
  const body = h('div', { class: 'report-body' });

  const go = (next: ReportState, how: 'push' | 'replace') => {
    state = next;
    setSearch(reportSearch(state), how);
    sync();
  };
  select.addEventListener('change', () => go({ ...state, partnership: select.value || null }, 'push'));
  at.addEventListener('change', () => {
    const v = readDateField(at, atError);
    if (v !== undefined) go({ ...state, asOf: v ?? today() }, 'push');
  });
  since.addEventListener('change', () => {
    const v = readDateField(since, sinceError);
    if (v !== undefined) go({ ...state, since: v }, 'push');
  });
  printButton.addEventListener('click', () => window.print());
  // print only: the report on screen is the same either way, so it is not made again
  fullBox.addEventListener('change', () => {
    state = { ...state, fullNarratives: fullBox.checked };
    setSearch(reportSearch(state), 'replace');
    showFull();
  });
  const showFull = () => {
    fullBox.checked = state.fullNarratives;
    body.classList.toggle('full-narratives', state.fullNarratives);
  };

  clear(
    root,
    h(
      'div',
      { class: 'review-page report-page' },
      h(
        'div',
        { class: 'report-controls' },
        h('h1', { class: 'page-title' }, 'Borough review report'),
        h('p', { class: 'lede' }, 'One partnership as at a date, ready to print on A4 or save as PDF. Comments you add to findings are kept in this browser only, on this computer, and are printed with the report; they are not sent anywhere.'),
        h(
          'div',
          { class: 'toolbar', role: 'group', 'aria-label': 'Report settings' },
          h('div', { class: 'field' }, h('label', { for: 'report-partnership' }, 'Partnership'), select),
          h('div', { class: 'field' }, h('label', { for: 'report-at' }, 'As at'), at, atError),
          h('div', { class: 'field' }, h('label', { for: 'report-since' }, 'Changes since'), since, sinceError),
          h('div', { class: 'field' }, printButton),
        ),
        h('p', { id: 'report-date-hint', class: 'hint' }, 'Dates: yyyy, yyyy-mm or yyyy-mm-dd.'),
        h('p', { class: 'report-full' }, fullBox, ' ', h('label', { for: 'report-full' }, 'Print the VRU narratives in full'), h('span', { class: 'hint' }, ` (otherwise each as its first ${PRINT_WORDS} words)`)),
        h('details', { class: 'report-downloads' }, h('summary', {}, 'Download the data behind this report'), exportsList),
      ),
      body,
    ),
  );

  function sync(): void {
    select.value = state.partnership ?? '';
    at.value = state.asOf;
    since.value = state.since ?? '';
    showFull();
    clear(exportsList, state.partnership ? EXPORTS.map(([f, label]) => h('li', {}, h('a', { href: exportHref(f, state), download: '' }, label))) : []);
    const pid = state.partnership;
    if (!pid || !names.has(pid)) {
      clear(body, loading('the partnerships'));
      return;
    }
    const mine = ++seq;
    const s = { ...state, partnership: pid };
    clear(body, loading('the report'));
    buildReport(s, names.get(pid)!)
      .then((report) => {
        if (alive && mine === seq) clear(body, report);
      })
      .catch((e: unknown) => {
        if (alive && mine === seq) clear(body, errorState('the report', e, sync));
      });
  }

  const loadPartnerships = () =>
    request(PartnershipsDocument, { asOf: null })
      .then((d) => {
        if (!alive) return;
        names = new Map(d.partnerships.map((p) => [p.id, p.name]));
        clear(select, d.partnerships.map((p) => partnershipOption(p)));
        if (!state.partnership) go({ ...state, partnership: (d.partnerships.find((p) => p.partnership?.id === p.id) ?? d.partnerships[0])?.id ?? null }, 'replace');
        else sync();
      })
      .catch((e: unknown) => clear(body, errorState('the partnerships', e, () => void loadPartnerships())));
  void loadPartnerships();
  sync();

  return {
    update(next: URL) {
      state = parseReportState(next.search);
      sync();
    },
    destroy() {
      alive = false;
    },
  };
}
