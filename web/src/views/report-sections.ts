// The report's sections after the chart: the VRU alignment theme by theme, the governance findings
// grouped by rule (each with a reviewer's comment box), and what changed since the earlier date.
// Every fact cites its evidence through References.
import { REL_STYLE, KIND_STYLE } from '../chart/vocab.js';
import type { GovernanceFindingsQuery, CompareStructuresQuery, VruDetailQuery } from '../generated/graphql.js';
import { h } from '../ui/dom.js';
import { printExcerpt } from './report-excerpt.js';
import type { References } from './report-refs.js';
import { plural } from '../ui/words.js';

type Theme = VruDetailQuery['vruAlignment']['themes'][number];
type Finding = GovernanceFindingsQuery['governanceFindings'][number];
type Diff = CompareStructuresQuery['compareStructure'];

const FLAG_LABEL: Record<string, string> = {
  NO_RESPONSE: 'No response',
  NO_LEAD: 'No lead',
  NO_NAMED_LEAD: 'No named lead',
  NO_RAG: 'No RAG rating',
  NO_SUBSTANCE: 'Nothing of substance',
  PROVISION_MISSING: 'Provision missing',
};

export function vruSection(themes: readonly Theme[], names: readonly string[], refs: References): HTMLElement[] {
  const rows = themes.flatMap((t) => t.requirements);
  // a partnership with no VRU plan in the graph: one sentence, not 53 times the same gap
  if (rows.every((r) => r.cells[0]?.responses.length === 0)) {
    return [h('p', {}, `No response to any of the ${rows.length} VRU mandatory actions is recorded: the graph holds no VRU action plan of this partnership.`)];
  }
  return themes.map((theme, i) => {
    const gaps = theme.requirements.filter((r) => (r.cells[0]?.gaps.length ?? 0) > 0).length;
    return h(
      'section',
      { class: 'report-theme' },
      h('h3', {}, `Theme ${i + 1}: ${names[i] ?? ''}`),
      h('p', { class: 'muted' }, `${theme.requirements.length} mandatory actions, ${gaps} with gaps.`),
      theme.requirements.map((row) => {
        const cell = row.cells[0]!;
        return h(
          'article',
          { class: 'report-requirement' },
          h('h4', {}, `${row.number} ${row.requirement.name}`),
          cell.gaps.length
            ? h('ul', { class: 'report-gaps', 'aria-label': 'Gaps' }, cell.gaps.map((g) => h('li', {}, h('strong', {}, `${FLAG_LABEL[g.flag] ?? g.flag}: `), g.detail)))
            : h('p', { class: 'report-nogap' }, 'No gaps.'),
          cell.responses.map((r) =>
            h(
              'div',
              { class: 'report-response' },
              h(
                'p',
                {},
                h('strong', {}, 'Lead: '),
                r.leads.length ? r.leads.flatMap((l, j) => [j ? '; ' : '', `${l.actor.name}${l.post ? ` (${l.post})` : ''}`, refs.cite(l.evidence)]) : (r.leadAsWritten ?? 'none recorded'),
                r.namedLead ? ` · Named lead: ${r.namedLead}` : '',
                ` · RAG: ${r.rag ?? 'not given'}`,
              ),
              r.narratives.map((n) => h('p', { class: 'report-narrative' }, h('strong', {}, `${n.respondent?.name ?? 'Answer'}: `), n.narrative ? printExcerpt(n.narrative) : '(no narrative)', refs.cite(n.evidence))),
            ),
          ),
        );
      }),
    );
  });
}

/** A reviewer's comment on a finding, kept in this browser's localStorage under the report and the finding. */
function commentBox(key: string, label: string): HTMLElement {
  const stored = localStorage.getItem(key) ?? '';
  const printed = h('p', { class: 'report-comment-print' }, stored);
  const id = `c-${key.replace(/[^a-z0-9]+/gi, '-').slice(-60)}`;
  const area = h('textarea', { id, rows: 2, maxlength: 600, class: 'report-comment' });
  area.value = stored;
  area.addEventListener('input', () => {
    if (area.value.trim()) localStorage.setItem(key, area.value);
    else localStorage.removeItem(key);
    printed.textContent = area.value;
  });
  return h('div', { class: 'report-comment-box' }, h('label', { for: id }, `Reviewer's comment on ${label}`), area, printed);
}

export function findingsSection(findings: readonly Finding[], commentKey: (f: Finding) => string, refs: References): HTMLElement {
  if (findings.length === 0) return h('p', {}, 'No rule finds anything to look at.');
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule.id, [...(byRule.get(f.rule.id) ?? []), f]);
  return h(
    'div',
    {},
    [...byRule].map(([rule, list]) =>
      h(
        'section',
        { class: 'report-rule' },
        h('h3', {}, `${rule} (${list.length})`),
        h('p', { class: 'muted' }, list[0]!.rule.summary),
        h(
          'ol',
          { class: 'report-findings' },
          list.map((f, i) =>
            h(
              'li',
              { class: `severity-${f.severity.toLowerCase()}` },
              h('p', {}, h('strong', {}, `${f.severity.toLowerCase()}: `), f.message, refs.cite(f.evidence)),
              commentBox(commentKey(f), `${rule} finding ${i + 1}`),
            ),
          ),
        ),
      ),
    ),
  );
}

export function changesSection(diff: Diff, refs: References): HTMLElement {
  const body = (b: Diff['bodies']['added'][number]) => h('li', {}, `${b.name} (${KIND_STYLE[b.kind].label})`, refs.cite(b.evidence));
  const line = (l: Diff['lines']['added'][number]) => h('li', {}, `${l.from.name} ${REL_STYLE[l.type].verb} ${l.to.name}`, refs.cite(l.evidence));
  const group = (title: string, items: HTMLElement[]) => (items.length ? [h('h3', {}, `${title} (${items.length})`), h('ul', {}, items)] : []);
  const changed = diff.bodies.changed.map((c) =>
    h('li', {}, `${c.before.name}${c.after.name !== c.before.name ? ` → ${c.after.name}` : ''}: `, c.fields.map((f) => `${f.field} ${f.before ?? '(none)'} → ${f.after ?? '(none)'}`).join('; '), refs.cite(c.after.evidence)),
  );
  const lineChanged = diff.lines.changed.map((c) => h('li', {}, `${c.after.from.name} ${REL_STYLE[c.after.type].verb} ${c.after.to.name}: `, c.fields.map((f) => f.field).join(', '), refs.cite(c.after.evidence)));
  const all = [
    ...group('Bodies added', diff.bodies.added.map(body)),
    ...group('Bodies removed', diff.bodies.removed.map(body)),
    ...group('Bodies changed', changed),
    ...group('Lines added', diff.lines.added.map(line)),
    ...group('Lines removed', diff.lines.removed.map(line)),
    ...group('Lines changed', lineChanged),
  ];
  return h(
    'div',
    {},
    h('p', {}, `From ${diff.from} to ${diff.to}: ${plural(diff.bodies.unchanged, 'body', 'bodies')} and ${plural(diff.lines.unchanged, 'line')} unchanged.`),
    all.length ? all : h('p', {}, 'Nothing changed.'),
  );
}
