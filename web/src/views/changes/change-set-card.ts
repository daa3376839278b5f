// One change set as a card: its summary, state, who proposed it and when, for which partnership,
// the evidence, each change before and after, and its review (or withdrawal) once it has one.
// `actions` is what the card's reader may do with it (approve or reject in the review queue,
// withdraw in the proposer's list).
import type { ChangeSetFieldsFragment, ChangeState } from '../../generated/graphql.js';
import { changeDiff, changeEvidence, reviewLine, when } from '../../ui/change-diff.js';
import { h } from '../../ui/dom.js';
import { overtakenNotice } from './overtaken.js';

export const STATE_LABEL: Record<ChangeState, string> = {
  PROPOSED: 'Waiting for review',
  APPROVED: 'Approved: in the graph',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
};

export function changeSetCard(cs: ChangeSetFieldsFragment, actions?: HTMLElement | null): HTMLElement {
  const titleId = `cs-${cs.id}-title`;
  return h(
    'article',
    { class: 'change-set', 'data-change-set': cs.id, 'data-state': cs.state, 'aria-labelledby': titleId },
    h(
      'header',
      { class: 'change-set-head' },
      h('h3', { id: titleId }, cs.summary),
      h('span', { class: `state-tag state-${cs.state.toLowerCase()}` }, STATE_LABEL[cs.state]),
    ),
    h('p', { class: 'change-set-meta' }, `${cs.id} · ${cs.partnershipName ?? cs.partnershipId} · proposed by ${cs.author} on ${when(cs.createdAt)}`),
    h('h4', {}, 'Evidence'),
    changeEvidence(cs.evidence),
    h('h4', {}, `Changes (${cs.changes.length})`),
    cs.changes.map((c) => changeDiff(c)),
    overtakenNotice(cs),
    reviewLine(cs.review),
    cs.withdrawnAt ? h('p', { class: 'review review-withdrawn' }, h('strong', {}, 'Withdrawn'), ` by ${cs.author} on ${when(cs.withdrawnAt)}, before review.`) : null,
    actions ?? null,
  );
}
