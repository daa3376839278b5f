// The "changed since" feed of one partnership: every change applied to its graph after a date,
// oldest first, with who proposed it, its evidence and its review. Open to every reader.
import { request } from '../../api/client.js';
import { ChangedSinceDocument, type AuditEntryFieldsFragment } from '../../generated/graphql.js';
import { changeDiff, changeEvidence, reviewLine, when } from '../../ui/change-diff.js';
import { clear, emptyState, h, withStates } from '../../ui/dom.js';
import { plural } from '../../ui/words.js';

export function auditEntry(e: AuditEntryFieldsFragment): HTMLElement {
  return h(
    'li',
    { class: 'audit-entry', 'data-seq': e.seq, 'data-target': e.targetId },
    h('p', { class: 'change-set-meta' }, h('strong', {}, when(e.at)), ` · ${e.summary} · proposed by ${e.author} · version ${e.version} · ${e.changeSetId}`),
    changeDiff({ target: e.target, id: e.targetId, op: e.op, before: e.before, after: e.after }),
    h('details', { class: 'evidence-details' }, h('summary', {}, 'Evidence and review'), changeEvidence(e.evidence), reviewLine(e.review)),
  );
}

/** `partnership`: its id to ask for, and its name to say when nothing changed */
export function changedSinceFeed(box: HTMLElement, partnership: { id: string; name: string }, since: string): void {
  const instant = new Date(`${since}T00:00:00Z`).toISOString();
  void withStates(
    box,
    'the changes',
    async () => (await request(ChangedSinceDocument, { partnershipId: partnership.id, since: instant, first: 100 })).changedSince,
    (entries) => {
      if (!entries.length) return clear(box, emptyState(`No change has been applied to ${partnership.name} since ${since}.`));
      clear(box, h('p', { class: 'lede' }, `${plural(entries.length, 'change')} applied since ${since}, oldest first.`), h('ol', { class: 'audit' }, entries.map(auditEntry)));
    },
  );
}
