// The proposer's own change sets, newest first, each with its state: waiting for review,
// approved (in the graph) or rejected, with the reviewer's reason.
import { appLink, clear, emptyState, h, withStates } from '../../ui/dom.js';
import { changeSetCard, STATE_LABEL } from './change-set-card.js';
import { ChangeSetPages, olderButton } from './change-set-pages.js';

export function myChanges(box: HTMLElement): void {
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
      const counts = `${count('PROPOSED')} waiting for review, ${count('APPROVED')} approved, ${count('REJECTED')} rejected`;
      const list = h('div', { class: 'change-set-list' }, sets.map((cs) => changeSetCard(cs)));
      clear(
        box,
        h('p', { class: 'lede' }, pages.more ? `Your newest ${sets.length} change sets, newest first: ${counts}.` : `${counts}.`),
        list,
        olderButton(pages, list, (cs) => changeSetCard(cs)),
      );
    },
  );
}
