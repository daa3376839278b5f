// The curation store: accounts, sessions, login rate limits, registered source texts, change sets
// and the append-only audit record. Kept in the same database as the graph (SQLite file or Neo4j),
// so several server processes on one Neo4j share sessions, limits and change sets.
// Nothing here alters or erases an audit entry: the contract has no method that could.
import type { AuditEntry, ChangeSet, ChangeState, Review, Session, SourceText, User } from '../curation/model.js';

/**
 * One item a change was made against that has moved on; `changedBy`: the approved change sets
 * that moved it, oldest first, with their summaries (so a reader knows them without their ids).
 */
export interface Conflict {
  id: string;
  expected: number;
  actual: number;
  changedBy?: { id: string; summary: string }[];
}

const conflictText = (c: Conflict) =>
  c.changedBy?.length
    ? `${c.id} was changed by change set ${c.changedBy.map((s) => `${s.id} (“${s.summary}”)`).join(', ')}, now version ${c.actual}, after this change was made against version ${c.expected}`
    : `${c.id} is at version ${c.actual}, the change was made against ${c.expected}`;

/** A change set was made against a version of an item that has since moved on. */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(readonly conflicts: Conflict[]) {
    super(`changed since you read it: ${conflicts.map(conflictText).join('; ')}`);
  }
}

export interface ChangeSetQuery {
  partnership?: string;
  state?: ChangeState;
  author?: string;
  /** newest first, at most this many */
  first: number;
  /**
   * Paging: only the change sets listed after this one (its id, the last of the previous page).
   * A StoreInputError when no change set has that id.
   */
  before?: string;
}

export interface AuditQuery {
  partnership?: string;
  /** ISO instant; entries applied strictly after it */
  since?: string;
  /** entries after this seq (paging) */
  afterSeq?: number;
  /** oldest first, at most this many */
  first: number;
}

export interface CurationStore {
  readonly engine: 'sqlite' | 'neo4j';
  /** insert or replace the account of that name */
  putUser(user: User): Promise<void>;
  getUser(name: string): Promise<User | null>;
  findUserBySubject(subject: string): Promise<User | null>;
  listUsers(): Promise<User[]>;

  putSession(session: Session): Promise<void>;
  /** the live session with this hash, or null when unknown or expired at `now` */
  getSession(hash: string, now: string): Promise<Session | null>;
  deleteSession(hash: string): Promise<void>;

  /** counts one attempt under key in a fixed window of windowMs; returns the count so far and when the window ends */
  hit(key: string, windowMs: number, now: number): Promise<{ count: number; resetAt: number }>;
  clearHits(key: string): Promise<void>;

  /** registers a source's text; a StoreInputError if the id is taken */
  putSourceText(source: SourceText): Promise<void>;
  getSourceTexts(ids: readonly string[]): Promise<(SourceText | null)[]>;
  listSourceTexts(): Promise<SourceText[]>;

  /** stores a new PROPOSED change set (ids are the caller's) */
  createChangeSet(cs: ChangeSet): Promise<void>;
  getChangeSets(ids: readonly string[]): Promise<(ChangeSet | null)[]>;
  listChangeSets(q: ChangeSetQuery): Promise<ChangeSet[]>;
  /** current version of each item, 0 for one no change has touched */
  versions(ids: readonly string[]): Promise<number[]>;
  /**
   * Atomic: a PROPOSED change set becomes APPROVED, the version of each item it changes goes up
   * by one, and one audit entry per change is appended. ConflictError (nothing changed) if any
   * item's version is not the change's baseVersion; StoreInputError if it is not PROPOSED.
   */
  approve(id: string, review: Review): Promise<ChangeSet>;
  /** a PROPOSED change set becomes REJECTED, with the reason; StoreInputError if it is not PROPOSED */
  reject(id: string, review: Review): Promise<ChangeSet>;
  /** a PROPOSED change set becomes WITHDRAWN at `at` (its author took it back); StoreInputError if it is not PROPOSED */
  withdraw(id: string, at: string): Promise<ChangeSet>;
  /** the approved change set's after-states are in the graph */
  markApplied(id: string): Promise<void>;
  /** approved change sets whose writing to the graph did not finish (a crash), in approval order */
  unapplied(): Promise<ChangeSet[]>;

  /** every applied change to these nodes and lines (by id), oldest first */
  history(...targetIds: string[]): Promise<AuditEntry[]>;
  audit(q: AuditQuery): Promise<AuditEntry[]>;
  close(): Promise<void>;
}
