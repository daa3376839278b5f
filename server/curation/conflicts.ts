// A CONFLICT that says what changed underneath: for each item that moved on, the approved change
// sets that moved it past the version the change was made against, from the audit record. An
// editor or reviewer then knows which change set to read before withdrawing, rejecting or
// proposing again, instead of only that a version number differs.
import { ConflictError, type Conflict, type CurationStore } from '../store/curation-contract.js';
import type { ChangeSet } from './model.js';

export async function explainConflict(store: CurationStore, err: ConflictError): Promise<ConflictError> {
  const entries = await store.history(...err.conflicts.map((c) => c.id));
  return new ConflictError(
    err.conflicts.map((c) => {
      const by = new Map(entries.filter((e) => e.targetId === c.id && e.version > c.expected).map((e) => [e.changeSet, e.summary]));
      return { ...c, changedBy: [...by].map(([id, summary]) => ({ id, summary })) };
    }),
  );
}

/** The items of a PROPOSED change set that approved change sets moved on since (none for any other), explained. */
export async function overtaken(store: CurationStore, cs: ChangeSet): Promise<Conflict[]> {
  if (cs.state !== 'PROPOSED') return [];
  const now = await store.versions(cs.changes.map((c) => c.id));
  const moved = cs.changes.map((c, i) => ({ id: c.id, expected: c.baseVersion, actual: now[i]! })).filter((c) => c.actual !== c.expected);
  return moved.length ? (await explainConflict(store, new ConflictError(moved))).conflicts : [];
}

/** `work`, with any ConflictError it throws explained. */
export async function explained<T>(store: CurationStore, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw err instanceof ConflictError ? await explainConflict(store, err) : err;
  }
}
