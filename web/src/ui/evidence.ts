// Evidence as the plans write it: the verbatim quote, the source document and where in it.
import type { EvidenceFieldsFragment } from '../generated/graphql.js';
import { h } from './dom.js';

export function sourceName(ev: EvidenceFieldsFragment): string {
  const title = ev.source.title ?? ev.source.name;
  return ev.source.year && !title.includes(ev.source.year) ? `${title} (${ev.source.year})` : title;
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
