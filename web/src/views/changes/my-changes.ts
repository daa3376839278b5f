// The proposer's own change sets, newest first, each with its state: waiting for review,
// approved (in the graph) or rejected, with the reviewer's reason.
import { request } from '../../api/client.js';
import { ChangeSetsDocument } from '../../generated/graphql.js';
import { appLink, clear, emptyState, h, withStates } from '../../ui/dom.js';
import { changeSetCard, STATE_LABEL } from './change-set-card.js';

export function myChanges(box: HTMLElement): void {
  void withStates(
    box,
    'your change sets',
    async () => (await request(ChangeSetsDocument, { mine: true })).changeSets,
    (sets) => {
      if (!sets.length) return clear(box, emptyState('You have proposed no changes yet. Open a body in the structure chart and choose “Propose a change”.', appLink('/chart', 'Open the structure chart')));
      const count = (state: keyof typeof STATE_LABEL) => sets.filter((s) => s.state === state).length;
      clear(
        box,
        h('p', { class: 'lede' }, `${count('PROPOSED')} waiting for review, ${count('APPROVED')} approved, ${count('REJECTED')} rejected.`),
        sets.map((cs) => changeSetCard(cs)),
      );
    },
  );
}
