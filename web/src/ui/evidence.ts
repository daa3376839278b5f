// Evidence as the plans write it: how the fact is known, the verbatim quote, the source document and where in it.
import type { EvidenceFieldsFragment } from '../generated/graphql.js';
import { h } from './dom.js';

export function sourceName(ev: EvidenceFieldsFragment): string {
  const title = ev.source.title ?? ev.source.name;
  return ev.source.year && !title.includes(ev.source.year) ? `${title} (${ev.source.year})` : title;
}

/** How the fact is known, in words a reviewer reads first (the API's EvidenceBasis). */
export const BASIS_LABEL: Record<EvidenceFieldsFragment['basis'], string> = {
  STATED: 'Stated in the plan',
  INFERRED: 'Inferred from the plan',
  TEMPLATE: "The VRU template's request, not the borough's answer",
  ATTESTED: 'Attested by an editor: no document says it',
};

function basisLine(ev: EvidenceFieldsFragment): HTMLElement {
  return h(
    'p',
    { class: `evidence-basis basis-${ev.basis.toLowerCase()}`, 'data-basis': ev.basis },
    h('strong', {}, BASIS_LABEL[ev.basis]),
    ev.note ? `: ${ev.note}` : '',
  );
}

export function evidenceList(evidence: readonly EvidenceFieldsFragment[]): HTMLElement {
  if (!evidence.length) return h('p', { class: 'muted' }, 'No evidence recorded.');
  return h(
    'ul',
    { class: 'evidence' },
    evidence.map((ev) =>
      h(
        'li',
        {},
        basisLine(ev),
        h('blockquote', {}, h('p', {}, `“${ev.quote}”`)),
        h('p', { class: 'evidence-source' }, h('cite', {}, sourceName(ev)), ev.locator ? `, ${ev.locator}` : ''),
      ),
    ),
  );
}

/** Evidence folded away under a line, with its count, so a long list of lines stays scannable. */
export function evidenceDetails(evidence: readonly EvidenceFieldsFragment[], open = false): HTMLElement {
  const d = h('details', { class: 'evidence-details' }, h('summary', {}, `Evidence (${evidence.length})`), evidenceList(evidence));
  d.open = open;
  return d;
}
