// A change set that approved ones overtook (an item it changes moved on after it was proposed) can
// never be approved: said in words on its card, before anyone tries, and in the reviewer's error
// when approval meets it first. Items by their names, the change sets that moved them by summary.
import type { Conflict } from '../../api/client.js';
import type { ChangeSetFieldsFragment } from '../../generated/graphql.js';
import { itemLabel } from '../../ui/change-diff.js';
import { h } from '../../ui/dom.js';

type Moved = Pick<Conflict, 'id' | 'changedBy'>;

/** “Pre-MACE feeds into …” was changed by the approved change set “…” (cs-…); one clause an item. */
export function overtakenWords(cs: ChangeSetFieldsFragment, moved: readonly Moved[]): string {
  return moved
    .map((c) => {
      const change = cs.changes.find((x) => x.id === c.id);
      const item = change ? `“${itemLabel(change.target, change.id, change.after)}”` : c.id;
      const by = c.changedBy?.length ? `the approved change set ${c.changedBy.map((s) => `“${s.summary}” (${s.id})`).join(', ')}` : 'another approved change set';
      return `${item} was changed by ${by}`;
    })
    .join('; ');
}

/** On the card of a PROPOSED change set that was overtaken; null otherwise. */
export function overtakenNotice(cs: ChangeSetFieldsFragment): HTMLElement | null {
  if (!cs.overtaken.length) return null;
  return h('p', { class: 'overtaken' }, h('strong', {}, 'Overtaken: '), `${overtakenWords(cs, cs.overtaken)} after this was proposed, so it can no longer be approved.`);
}
