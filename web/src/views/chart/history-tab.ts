// The panel's History tab: every applied change to the node, and to the lines into and out of it
// (a new chair, a member, an ended line), oldest first: before and after, who proposed it and
// when, its evidence and its review. Read from the append-only audit record.
import '../curation.css';
import { request } from '../../api/client.js';
import { ItemHistoryDocument, type AuditEntryFieldsFragment } from '../../generated/graphql.js';
import { clear, emptyState, h, withStates } from '../../ui/dom.js';
import { auditEntry } from '../changes/changed-since.js';
import type { NodeDetails } from './panel.js';
import { plural } from '../../ui/words.js';

async function entriesOf(node: NodeDetails): Promise<{ version: number; entries: AuditEntryFieldsFragment[] }> {
  const { history } = await request(ItemHistoryDocument, { id: node.id, withLines: true });
  return { version: history.version, entries: history.entries };
}

export function historyTab(node: NodeDetails): HTMLElement {
  const box = h('section', { class: 'history', 'aria-labelledby': 'history-title' });
  const body = h('div', {});
  clear(box, h('h3', { id: 'history-title' }, 'History'), body);
  void withStates(body, 'the history', () => entriesOf(node), ({ version, entries }) => {
    if (!entries.length) return clear(body, emptyState('No change has been made to it or its lines since it was loaded from the plans.'));
    clear(
      body,
      h('p', { class: 'hint' }, `Version ${version}. ${plural(entries.length, 'applied change')}, oldest first.`),
      h('ol', { class: 'audit' }, entries.map(auditEntry)),
    );
  });
  return box;
}
