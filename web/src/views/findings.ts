// Governance findings view: the API's governance rules run over one partnership, the most severe
// first, each naming the bodies it is about (linked to the chart, with those nodes selected) and
// the evidence behind it. URL: /findings?p=<partnership>&at=<date>&rule=<rule id>
import { request } from '../api/client.js';
import { displayName } from '../chart/labels.js';
import { KIND_STYLE, REL_STYLE } from '../chart/vocab.js';
import { GovernanceFindingsDocument, PartnershipsDocument, type GovernanceFindingsQuery, type PartnershipsQuery, type Severity } from '../generated/graphql.js';
import type { ViewInstance } from '../state/router.js';
import { setSearch } from '../state/router.js';
import { chartLink, PLAN_DATE } from '../state/url.js';
import { readDateField } from '../ui/date-field.js';
import { appLink, clear, emptyState, errorState, h, loading, withStates } from '../ui/dom.js';
import { evidenceDetails } from '../ui/evidence.js';
import { partnershipOption } from '../ui/partnership-option.js';
import { plural } from '../ui/words.js';

type Finding = GovernanceFindingsQuery['governanceFindings'][number];

interface FindingsState {
  partnership: string | null;
  asOf: string | null;
  rule: string | null;
}

export function parseFindingsState(search: string): FindingsState {
  const q = new URLSearchParams(search);
  const at = q.get('at');
  return { partnership: q.get('p') || null, asOf: at && PLAN_DATE.test(at) ? at : null, rule: q.get('rule') || null };
}

export function findingsSearch(s: FindingsState): string {
  const q = new URLSearchParams();
  if (s.partnership) q.set('p', s.partnership);
  if (s.asOf) q.set('at', s.asOf);
  if (s.rule) q.set('rule', s.rule);
  const out = q.toString().replace(/%2F/gi, '/');
  return out ? `?${out}` : '';
}

/** Severity in words and a shape, as well as colour. */
const SEVERITY: Record<Severity, { label: string; icon: string }> = {
  HIGH: { label: 'High', icon: '▲' },
  MEDIUM: { label: 'Medium', icon: '◆' },
  LOW: { label: 'Low', icon: '●' },
};
const SEVERITIES: Severity[] = ['HIGH', 'MEDIUM', 'LOW'];

function renderFinding(f: Finding, partnership: string, asOf: string | null): HTMLElement {
  const s = SEVERITY[f.severity];
  return h(
    'li',
    { class: `finding severity-${f.severity.toLowerCase()}` },
    h('p', { class: 'finding-head' }, h('span', { class: 'severity' }, h('span', { 'aria-hidden': 'true' }, `${s.icon} `), s.label), h('span', { class: 'rule-id' }, f.rule.id)),
    h('p', { class: 'finding-message' }, f.message),
    f.nodes.length
      ? h(
          'p',
          { class: 'finding-nodes' },
          'On the chart: ',
          f.nodes.flatMap((n, i) => [
            i ? ', ' : '',
            appLink(chartLink(n.partnership?.id ?? partnership, n.id, asOf), displayName(n.name, n.aliases), { title: `${KIND_STYLE[n.kind].label}: show on the structure chart` }),
          ]),
        )
      : null,
    f.lines.length ? h('ul', { class: 'finding-lines' }, f.lines.map((l) => h('li', {}, `${l.from.name} ${REL_STYLE[l.type].verb} ${l.to.name}`))) : null,
    h('details', { class: 'rule-summary' }, h('summary', {}, 'What this rule checks'), h('p', {}, f.rule.summary)),
    evidenceDetails(f.evidence),
  );
}

export function mountFindings(root: HTMLElement, url: URL): ViewInstance {
  let state = parseFindingsState(url.search);
  let partnerships: PartnershipsQuery['partnerships'] | null = null;
  let alive = true;
  const select = h('select', { id: 'findings-partnership' });
  const dateInput = h('input', { id: 'findings-asof', type: 'text', inputmode: 'numeric', placeholder: 'whole record', size: 11, 'aria-describedby': 'findings-asof-hint findings-asof-error' });
  const dateError = h('p', { id: 'findings-asof-error', class: 'field-error', hidden: true });
  const ruleSelect = h('select', { id: 'findings-rule' }, h('option', { value: '' }, 'All rules'));
  const count = h('p', { class: 'count', role: 'status', 'aria-live': 'polite' });
  const listBox = h('div', { class: 'findings-box' });
  let findings: Finding[] | null = null;
  let loadedKey = '';

  const go = (next: FindingsState, how: 'push' | 'replace') => {
    state = next;
    setSearch(findingsSearch(state), how);
    sync();
  };
  select.addEventListener('change', () => go({ ...state, partnership: select.value || null, rule: null }, 'push'));
  ruleSelect.addEventListener('change', () => go({ ...state, rule: ruleSelect.value || null }, 'replace'));
  dateInput.addEventListener('change', () => {
    const asOf = readDateField(dateInput, dateError);
    if (asOf !== undefined) go({ ...state, asOf }, 'push');
  });

  clear(
    root,
    h(
      'div',
      { class: 'review-page findings-page' },
      h('h1', { class: 'page-title' }, 'Governance findings'),
      h('p', { class: 'lede' }, 'What the governance rules find in a partnership’s structure: bodies with no reporting line or chair, cycles, missing links, actions without a lead. The most severe first; each names the bodies to look at on the chart.'),
      h(
        'div',
        { class: 'toolbar', role: 'group', 'aria-label': 'Findings settings' },
        h('div', { class: 'field' }, h('label', { for: 'findings-partnership' }, 'Partnership'), select),
        h('div', { class: 'field' }, h('label', { for: 'findings-asof' }, 'As at'), dateInput, h('span', { id: 'findings-asof-hint', class: 'hint' }, 'yyyy, yyyy-mm or yyyy-mm-dd; empty: the whole record'), dateError),
        h('div', { class: 'field' }, h('label', { for: 'findings-rule' }, 'Rule'), ruleSelect),
      ),
      count,
      listBox,
    ),
  );

  function render(): void {
    if (!findings || !state.partnership) return;
    const pid = state.partnership;
    const rules = [...new Map(findings.map((f) => [f.rule.id, f.rule])).values()];
    clear(
      ruleSelect,
      h('option', { value: '' }, 'All rules'),
      rules.map((r) => h('option', { value: r.id, selected: r.id === state.rule }, `${r.id} (${findings!.filter((f) => f.rule.id === r.id).length})`)),
    );
    const shown = findings.filter((f) => !state.rule || f.rule.id === state.rule);
    const bySeverity = SEVERITIES.map((s) => [s, shown.filter((f) => f.severity === s)] as const);
    count.textContent = `${plural(shown.length, 'finding')}: ${bySeverity.map(([s, fs]) => `${fs.length} ${SEVERITY[s].label.toLowerCase()}`).join(', ')}${state.asOf ? `, as at ${state.asOf}` : ''}.`;
    if (!shown.length) {
      clear(listBox, emptyState(findings.length ? 'No finding of this rule.' : 'The rules find nothing to flag in this partnership.'));
      return;
    }
    clear(
      listBox,
      bySeverity
        .filter(([, fs]) => fs.length)
        .map(([s, fs]) =>
          h(
            'section',
            { class: 'severity-group', 'aria-labelledby': `sev-${s}` },
            h('h2', { id: `sev-${s}` }, h('span', { 'aria-hidden': 'true' }, `${SEVERITY[s].icon} `), `${SEVERITY[s].label} (${fs.length})`),
            h('ol', { class: 'findings' }, fs.map((f) => renderFinding(f, pid, state.asOf))),
          ),
        ),
    );
  }

  function sync(): void {
    select.value = state.partnership ?? '';
    dateInput.value = state.asOf ?? '';
    if (!state.partnership) {
      count.textContent = '';
      clear(listBox, partnerships ? emptyState('Choose a partnership.') : loading('the partnerships'));
      return;
    }
    const key = JSON.stringify([state.partnership, state.asOf]);
    if (key === loadedKey) return render();
    loadedKey = key;
    findings = null;
    count.textContent = '';
    const { partnership, asOf } = state;
    void withStates(listBox, 'the findings', () => request(GovernanceFindingsDocument, { partnershipId: partnership, asOf }), (data) => {
      if (!alive || key !== loadedKey) return;
      findings = data.governanceFindings;
      render();
    });
  }

  const loadPartnerships = () =>
    request(PartnershipsDocument, { asOf: null })
      .then((d) => {
        if (!alive) return;
        partnerships = d.partnerships;
        clear(select, partnerships.map((p) => partnershipOption(p)));
        // the first partnership whose own plan is in the graph, when the link names none
        if (!state.partnership) go({ ...state, partnership: (partnerships.find((p) => p.partnership?.id === p.id) ?? partnerships[0])?.id ?? null }, 'replace');
        else select.value = state.partnership;
      })
      .catch((e: unknown) => clear(listBox, errorState('the partnerships', e, () => void loadPartnerships())));
  void loadPartnerships();
  sync();

  return {
    update(next: URL) {
      state = parseFindingsState(next.search);
      sync();
    },
    destroy() {
      alive = false;
    },
  };
}
