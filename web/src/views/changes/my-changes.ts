// The proposer's own change sets, newest first, each with its state: waiting for review (which
// they may withdraw), approved (in the graph), rejected with the reviewer's reason, or withdrawn.
import type { ChangeSetFieldsFragment } from '../../generated/graphql.js';
import { appLink, clear, emptyState, h, withStates } from '../../ui/dom.js';
import { changeSetCard, STATE_LABEL } from './change-set-card.js';
import { ChangeSetPages, olderButton } from './change-set-pages.js';
import { withdrawControl } from './withdraw-control.js';

/** `done`: what the last withdrawal did, kept above the reloaded list */
export function myChanges(box: HTMLElement, done: HTMLElement | null = null): void {
  const card = (cs: ChangeSetFieldsFragment) => changeSetCard(cs, cs.state === 'PROPOSED' ? withdrawControl(cs, (notice) => myChanges(box, notice)) : null);
  void withStates(
    box,
    'your change sets',
    async () => {
      const pages = new ChangeSetPages([{ mine: true }]);
      return { pages, sets: await pages.next() };
    },
    ({ pages, sets }) => {
      if (!sets.length) return clear(box, emptyState('You have proposed no changes yet. Open a body in the structure chart and choose “Propose a change”.', appLink('/chart', 'Open the structure chart')));
      const count = (state: keyof typeof STATE_LABEL) => sets.filter((s) => s.state === state).length;
      const withdrawn = count('WITHDRAWN');
      const counts = `${count('PROPOSED')} waiting for review, ${count('APPROVED')} approved, ${count('REJECTED')} rejected${withdrawn ? `, ${withdrawn} withdrawn` : ''}`;
      const list = h('div', { class: 'change-set-list' }, sets.map(card));
      clear(
        box,
        done,
        h('p', { class: 'lede' }, pages.more ? `Your newest ${sets.length} change sets, newest first: ${counts}.` : `${counts}.`),
        list,
        olderButton(pages, list, card),
      );
    },
  );
}
