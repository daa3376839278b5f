// The proposer's way out of a change set still waiting for review: withdraw it. One an approved
// change overtook can never be approved, and would otherwise wait for a reviewer to reject it.
import { mutate } from '../../api/client.js';
import { WithdrawChangeDocument, type ChangeSetFieldsFragment } from '../../generated/graphql.js';
import { announce, h } from '../../ui/dom.js';

/** `reload` shows the list again with `done` (what became of the change set) above it. */
export function withdrawControl(cs: ChangeSetFieldsFragment, reload: (done: HTMLElement) => void): HTMLElement {
  const hintId = `withdraw-${cs.id}-hint`;
  const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const button: HTMLButtonElement = h('button', { type: 'button', class: 'btn', 'aria-describedby': hintId }, 'Withdraw');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const done = (await mutate(WithdrawChangeDocument, { id: cs.id })).withdrawChange;
      announce(`${done.summary}: withdrawn.`);
      reload(h('p', { class: 'review-done', 'data-decision': 'WITHDRAWN' }, h('strong', {}, 'Withdrawn: '), `“${done.summary}”. It has left the review queue; the graph is unchanged.`));
    } catch (e) {
      error.textContent = (e as Error).message;
      error.hidden = false;
      button.disabled = false;
      button.focus();
    }
  });
  return h(
    'div',
    { class: 'review-controls withdraw-controls' },
    h('p', { id: hintId, class: 'hint' }, 'Changed your mind, or another change overtook it? Withdraw it: it leaves the review queue and the graph stays as it is.'),
    error,
    h('p', { class: 'form-actions' }, button),
  );
}
