// The VRU alignment view's answer panel: one partnership's answer to one mandatory action, its gaps,
// the responding actions with their leads, narratives and the plan's evidence.
import { type VruDetailQuery } from '../generated/graphql.js';
import { chartLink } from '../state/url.js';
import { appLink, h } from '../ui/dom.js';
import { evidenceDetails } from '../ui/evidence.js';
import { byLevel, GAP_FLAGS } from './gaps.js';
import { levelIcon } from './vru-tables.js';

export type DetailRow = VruDetailQuery['vruAlignment']['themes'][number]['requirements'][number];

export function renderDetail(row: DetailRow, partnershipName: string, partnershipId: string): HTMLElement {
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
