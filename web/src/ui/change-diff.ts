// A change as a reviewer reads it: which item, what kind of change, each field before and after
// (only the fields that differ), the evidence given for it and its review. Shared by the review
// queue, the proposer's list, the history tab and the "changed since" feed.
import type { ChangeEvidenceFieldsFragment, ChangeOp, ItemStateFieldsFragment, ReviewFieldsFragment } from '../generated/graphql.js';
import { KIND_STYLE, REL_STYLE } from '../chart/vocab.js';
import { h } from './dom.js';

const OP_LABEL: Record<ChangeOp, string> = { CREATE: 'New', EDIT: 'Edit', END: 'Ended' };

type Field = [label: string, value: (s: ItemStateFieldsFragment) => string];
/** a line in words, as the chart's key says it: "Pre-MACE feeds into Multi Agency Child Exploitation" (an id while a node is only proposed) */
const lineWords = (s: ItemStateFieldsFragment) => (s.type ? `${s.fromName ?? s.from} ${REL_STYLE[s.type].verb} ${s.toName ?? s.to}` : '');
const kindWord = (s: ItemStateFieldsFragment) => (s.kind ? KIND_STYLE[s.kind].label : '');

const FIELDS: Field[] = [
  ['Kind', kindWord],
  ['Line', lineWords],
  ['Name', (s) => s.name ?? ''],
  ['Also called', (s) => s.aliases.join(', ')],
  ['Remit', (s) => s.text ?? ''],
  ['Note', (s) => s.note ?? ''],
  ['From', (s) => s.validFrom ?? ''],
  ['To', (s) => s.validTo ?? ''],
  ['Partnership', (s) => s.partnershipName ?? s.partnershipId ?? ''],
];

/** The item's fields, including its properties, as label and text. */
function fieldsOf(s: ItemStateFieldsFragment | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!s) return out;
  for (const [label, get] of FIELDS) out.set(label, get(s));
  // a line's own properties (role, post) are lower case in the graph
  for (const p of s.properties) out.set(p.key.charAt(0).toUpperCase() + p.key.slice(1), p.value ?? '');
  return out;
}

/** What a change is about, in a few words: a node's name, or a line's type and ends. */
export function itemLabel(target: 'NODE' | 'LINE', id: string, after: ItemStateFieldsFragment): string {
  if (target === 'LINE') return after.type ? lineWords(after) : id;
  return `${after.name ?? id} (${kindWord(after) || 'node'})`;
}

export function changeDiff(c: { target: 'NODE' | 'LINE'; id: string; op: ChangeOp; before?: ItemStateFieldsFragment | null; after: ItemStateFieldsFragment }): HTMLElement {
  // the attestation's own Source node says again what the evidence shows: one line is enough
  if (c.op === 'CREATE' && c.after.kind === 'Source' && c.after.properties.some((p) => p.key === 'attested' && p.value === 'true')) {
    return h('div', { class: 'change', 'data-change': c.id }, h('p', { class: 'change-head' }, h('span', { class: 'op op-create' }, OP_LABEL.CREATE), ' ', `The attestation, kept as the source ${c.id}`));
  }
  const before = fieldsOf(c.before);
  const after = fieldsOf(c.after);
  const rows = [...new Set([...before.keys(), ...after.keys()])].filter((k) => (before.get(k) ?? '') !== (after.get(k) ?? ''));
  return h(
    'div',
    { class: 'change', 'data-change': c.id },
    h('p', { class: 'change-head' }, h('span', { class: `op op-${c.op.toLowerCase()}` }, OP_LABEL[c.op]), ' ', itemLabel(c.target, c.id, c.after)),
    rows.length
      ? h(
          'table',
          { class: 'diff' },
          h('caption', { class: 'visually-hidden' }, `Before and after: ${itemLabel(c.target, c.id, c.after)}`),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'))),
          h(
            'tbody',
            {},
            rows.map((k) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, k),
                h('td', { class: 'before' }, before.get(k) || h('span', { class: 'muted' }, c.before ? '(none)' : '(new)')),
                h('td', { class: 'after' }, after.get(k) || h('span', { class: 'muted' }, '(none)')),
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'Only its evidence changes.'),
  );
}

/** The evidence of a change set: the source's quote and where it is, or the editor's attestation. */
export function changeEvidence(e: ChangeEvidenceFieldsFragment): HTMLElement {
  if (e.basis === 'ATTESTED') {
    return h('div', { class: 'change-evidence', 'data-basis': 'ATTESTED' }, h('p', {}, h('strong', {}, 'Attested by the editor: no document says it. ')), h('blockquote', {}, h('p', {}, e.note ?? '')));
  }
  return h(
    'div',
    { class: 'change-evidence', 'data-basis': e.basis },
    h('blockquote', {}, h('p', {}, `“${e.quote ?? ''}”`)),
    h('p', { class: 'evidence-source' }, h('cite', {}, e.sourceTitle ?? e.source ?? ''), e.locator ? `, ${e.locator}` : ''),
  );
}

export function reviewLine(r: ReviewFieldsFragment | null | undefined): HTMLElement | null {
  if (!r) return null;
  return h(
    'p',
    { class: `review review-${r.decision.toLowerCase()}` },
    h('strong', {}, r.decision === 'APPROVED' ? 'Approved' : 'Rejected'),
    ` by ${r.reviewer} on ${when(r.at)}: `,
    r.reason,
  );
}

/** An ISO instant as a reader writes it: 2 December 2026, 14:05 (their time zone). */
export const when = (iso: string): string =>
  new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
