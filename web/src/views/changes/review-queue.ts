// The review queue: change sets waiting for review in the partnerships the viewer reviews, each
// with its evidence and every change before and after, to approve, or reject with a reason.
// A reviewer's own change set is shown with why they cannot review it (four eyes), unless the
// server allows it (GOVGRAPH_REVIEW_OWN). After a decision the queue says, above itself, what became
// of the change set, and links an approved one to the chart that now shows it.
import { ApiError, mutate } from '../../api/client.js';
import { authOptions, can, type Viewer } from '../../api/session.js';
import { ReviewChangeDocument, type ChangeSetFieldsFragment, type ReviewDecision } from '../../generated/graphql.js';
import { chartLink } from '../../state/url.js';
import { announce, appLink, clear, emptyState, h, withStates } from '../../ui/dom.js';
import { changeSetCard } from './change-set-card.js';
import { ChangeSetPages, olderButton } from './change-set-pages.js';
import { overtakenWords } from './overtaken.js';
import { plural } from '../../ui/words.js';

/** `done`: what the last decision did, kept above the reloaded queue */
export function reviewQueue(box: HTMLElement, viewer: Viewer, done: HTMLElement | null = null): void {
  const load = async () => {
    // an admin reviews every partnership; anyone else, the ones they review
    const scopes = viewer.admin ? [undefined] : viewer.reviewerOf;
    const pages = new ChangeSetPages(scopes.map((p) => ({ partnershipId: p, state: 'PROPOSED' as const })));
    const [sets, options] = await Promise.all([pages.next(), authOptions()]);
    return { pages, sets: sets.filter(reviewable), fourEyes: options.fourEyes };
  };
  const reviewable = (cs: ChangeSetFieldsFragment) => can(viewer, 'review', cs.partnershipId);
  void withStates(box, 'the review queue', load, ({ pages, sets, fourEyes }) => {
    if (!sets.length && !pages.more) return clear(box, done, emptyState('Nothing is waiting for your review.'));
    const card = (cs: ChangeSetFieldsFragment) => changeSetCard(cs, reviewControls(cs, viewer, fourEyes, (notice) => reviewQueue(box, viewer, notice)));
    const list = h('div', { class: 'change-set-list' }, sets.map(card));
    const many = plural(sets.length, 'change set');
    clear(
      box,
      done,
      h('p', { class: 'lede' }, pages.more ? `The newest ${many} waiting for review, newest first; older ones follow.` : `${many} waiting for review, newest first.`),
      list,
      olderButton(pages, list, card, reviewable),
    );
  });
}

/** The body a change set is about, to open on the chart: its first node, else the body at the end of its first line. */
function subjectOf(cs: ChangeSetFieldsFragment): string | undefined {
  const node = cs.changes.find((c) => c.target === 'NODE' && c.after.kind !== 'Source');
  if (node) return node.id;
  const line = cs.changes.find((c) => c.target === 'LINE')?.after;
  // an organisation's line (chair, member) is about the body it goes to
  return line?.type === 'CHAIRS' || line?.type === 'MEMBER_OF' ? (line.to ?? undefined) : (line?.from ?? undefined);
}

function decided(cs: ChangeSetFieldsFragment, decision: ReviewDecision): HTMLElement {
  return decision === 'APPROVED'
    ? h('p', { class: 'review-done', 'data-decision': decision }, h('strong', {}, 'Approved: '), `“${cs.summary}” is now in the graph. `, appLink(chartLink(cs.partnershipId, subjectOf(cs)), 'See it on the chart'))
    : h('p', { class: 'review-done', 'data-decision': decision }, h('strong', {}, 'Rejected: '), `“${cs.summary}”. The editor sees your reason under “My change sets”.`);
}

/** Why approval met a CONFLICT, and what the reviewer can do. */
const conflictText = (cs: ChangeSetFieldsFragment, e: ApiError): string =>
  `It cannot be approved, and nothing was changed: ${e.conflicts?.length ? overtakenWords(cs, e.conflicts) : 'something it changes was changed by another approved change'} after this was proposed. Reject it (its editor may also withdraw it); the editor can propose it again against the graph as it is now.`;

function reviewControls(cs: ChangeSetFieldsFragment, viewer: Viewer, fourEyes: boolean, reload: (done: HTMLElement) => void): HTMLElement {
  if (fourEyes && cs.author === viewer.name) {
    return h('p', { class: 'own-change', 'data-own': true }, h('strong', {}, 'You proposed this change set. '), 'Another reviewer must approve or reject it: every change is checked by a second person (four eyes).');
  }
  const reasonId = `reason-${cs.id}`;
  const errorId = `${reasonId}-error`;
  const reason = h('textarea', { id: reasonId, rows: 2, 'aria-describedby': `${reasonId}-hint` });
  const error = h('p', { id: errorId, class: 'field-error', role: 'alert', hidden: true });
  const decide = async (decision: ReviewDecision, button: HTMLButtonElement) => {
    if (!reason.value.trim()) {
      reason.setAttribute('aria-invalid', 'true');
      reason.setAttribute('aria-describedby', `${reasonId}-hint ${errorId}`);
      error.textContent = `Give a reason to ${decision === 'APPROVED' ? 'approve' : 'reject'} it.`;
      error.hidden = false;
      reason.focus();
      return;
    }
    button.disabled = true;
    try {
      const done = await mutate(ReviewChangeDocument, { id: cs.id, decision, reason: reason.value.trim() });
      announce(`${done.reviewChange.summary}: ${decision === 'APPROVED' ? 'approved, now in the graph' : 'rejected'}.`);
      reload(decided(done.reviewChange, decision));
    } catch (e) {
      const conflict = e instanceof ApiError && e.code === 'CONFLICT';
      error.textContent = conflict ? conflictText(cs, e) : (e as Error).message;
      error.hidden = false;
      button.disabled = false;
      // versions only go up: a change set overtaken once can never be approved, so only Reject is left
      if (conflict) approve.remove();
      (conflict ? reject : button).focus();
    }
  };
  const approve: HTMLButtonElement = h('button', { type: 'button', class: 'btn btn-primary', onclick: () => void decide('APPROVED', approve) }, 'Approve');
  const reject: HTMLButtonElement = h('button', { type: 'button', class: 'btn', onclick: () => void decide('REJECTED', reject) }, 'Reject');
  const stale = cs.overtaken.length > 0;
  const hint = stale ? 'It can no longer be approved (see above): say why you reject it. The editor and the audit record keep it.' : 'Say why you approve or reject it: the editor and the audit record keep it.';
  return h(
    'div',
    { class: 'review-controls' },
    h('div', { class: 'field' }, h('label', { for: reasonId }, 'Reason'), h('span', { id: `${reasonId}-hint`, class: 'hint' }, hint), reason, error),
    h('p', { class: 'form-actions' }, stale ? null : approve, reject),
  );
}
