// The curation store on SQLite: its own tables in the graph's database file, on a connection of
// its own (WAL lets it write beside the graph's). Triggers make the audit table append-only, so
// not even a bug in this module can rewrite history.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { auditEntriesOf, type AuditEntry, type ChangeSet, type Review, type Session, type SourceText, type User } from '../../curation/model.js';
import { ConflictError, type AuditQuery, type ChangeSetQuery, type CurationStore } from '../curation-contract.js';
import { StoreInputError, StoreUnavailableError } from '../errors.js';

const TABLES = `
CREATE TABLE IF NOT EXISTS cur_users (name TEXT PRIMARY KEY, subject TEXT UNIQUE, json TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cur_sessions (hash TEXT PRIMARY KEY, expires_at TEXT NOT NULL, json TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cur_hits (key TEXT PRIMARY KEY, count INTEGER NOT NULL, reset_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cur_sources (id TEXT PRIMARY KEY, json TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cur_change_sets (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  partnership TEXT NOT NULL,
  author TEXT NOT NULL,
  state TEXT NOT NULL,
  applied INTEGER NOT NULL,
  approved_seq INTEGER,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cur_change_sets_partnership ON cur_change_sets (partnership, state);
CREATE TABLE IF NOT EXISTS cur_versions (id TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cur_audit (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  partnership TEXT NOT NULL,
  target_id TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cur_audit_target ON cur_audit (target_id, seq);
CREATE INDEX IF NOT EXISTS cur_audit_partnership ON cur_audit (partnership, at);
CREATE TRIGGER IF NOT EXISTS cur_audit_no_update BEFORE UPDATE ON cur_audit BEGIN SELECT RAISE(ABORT, 'the audit record is append-only'); END;
CREATE TRIGGER IF NOT EXISTS cur_audit_no_delete BEFORE DELETE ON cur_audit BEGIN SELECT RAISE(ABORT, 'the audit record is append-only'); END;
`;

const parse = <T>(row: { json: string } | undefined): T | null => (row ? (JSON.parse(row.json) as T) : null);

export class SqliteCurationStore implements CurationStore {
  readonly engine = 'sqlite' as const;
  private readonly db: Database.Database;

  constructor(readonly file: string) {
    try {
      if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
      // FULL: an approval is on disk when approve() returns, whatever happens to the machine next
      this.db.pragma('synchronous = FULL');
      this.db.pragma('busy_timeout = 5000');
      this.db.exec(TABLES);
    } catch (err) {
      throw new StoreUnavailableError(`cannot open the curation tables in ${file}: ${(err as Error).message}`);
    }
  }

  async putUser(user: User): Promise<void> {
    this.db
      .prepare('INSERT OR REPLACE INTO cur_users (name, subject, json) VALUES (?, ?, ?)')
      .run(user.name, user.oidcSubject ?? null, JSON.stringify(user));
  }

  async getUser(name: string): Promise<User | null> {
    return parse<User>(this.db.prepare<[string], { json: string }>('SELECT json FROM cur_users WHERE name = ?').get(name));
  }

  async findUserBySubject(subject: string): Promise<User | null> {
    return parse<User>(this.db.prepare<[string], { json: string }>('SELECT json FROM cur_users WHERE subject = ?').get(subject));
  }

  async listUsers(): Promise<User[]> {
    return this.db.prepare<[], { json: string }>('SELECT json FROM cur_users ORDER BY name').all().map((r) => parse<User>(r)!);
  }

  async putSession(s: Session): Promise<void> {
    this.db.prepare('INSERT OR REPLACE INTO cur_sessions (hash, expires_at, json) VALUES (?, ?, ?)').run(s.hash, s.expiresAt, JSON.stringify(s));
  }

  async getSession(hash: string, now: string): Promise<Session | null> {
    return parse<Session>(
      this.db.prepare<[string, string], { json: string }>('SELECT json FROM cur_sessions WHERE hash = ? AND expires_at > ?').get(hash, now),
    );
  }

  async deleteSession(hash: string): Promise<void> {
    this.db.prepare('DELETE FROM cur_sessions WHERE hash = ?').run(hash);
  }

  async hit(key: string, windowMs: number, now: number): Promise<{ count: number; resetAt: number }> {
    return this.db
      .prepare<{ key: string; now: number; windowMs: number }, { count: number; resetAt: number }>(
        `INSERT INTO cur_hits (key, count, reset_at) VALUES (@key, 1, @now + @windowMs)
         ON CONFLICT (key) DO UPDATE SET
           count = CASE WHEN reset_at <= @now THEN 1 ELSE count + 1 END,
           reset_at = CASE WHEN reset_at <= @now THEN @now + @windowMs ELSE reset_at END
         RETURNING count, reset_at AS resetAt`,
      )
      .get({ key, now, windowMs })!;
  }

  async clearHits(key: string): Promise<void> {
    this.db.prepare('DELETE FROM cur_hits WHERE key = ?').run(key);
  }

  async putSourceText(s: SourceText): Promise<void> {
    const done = this.db.prepare('INSERT OR IGNORE INTO cur_sources (id, json) VALUES (?, ?)').run(s.id, JSON.stringify(s));
    if (done.changes === 0) throw new StoreInputError(`a source with id "${s.id}" is already registered`);
  }

  async getSourceTexts(ids: readonly string[]): Promise<(SourceText | null)[]> {
    const get = this.db.prepare<[string], { json: string }>('SELECT json FROM cur_sources WHERE id = ?');
    return ids.map((id) => parse<SourceText>(get.get(id)));
  }

  async listSourceTexts(): Promise<SourceText[]> {
    return this.db.prepare<[], { json: string }>('SELECT json FROM cur_sources ORDER BY id').all().map((r) => parse<SourceText>(r)!);
  }

  async createChangeSet(cs: ChangeSet): Promise<void> {
    this.db
      .prepare('INSERT INTO cur_change_sets (id, partnership, author, state, applied, json) VALUES (?, ?, ?, ?, 0, ?)')
      .run(cs.id, cs.partnership, cs.author, cs.state, JSON.stringify(cs));
  }

  async getChangeSets(ids: readonly string[]): Promise<(ChangeSet | null)[]> {
    const get = this.db.prepare<[string], { json: string }>('SELECT json FROM cur_change_sets WHERE id = ?');
    return ids.map((id) => parse<ChangeSet>(get.get(id)));
  }

  async listChangeSets(q: ChangeSetQuery): Promise<ChangeSet[]> {
    const before = q.before === undefined ? null : this.seqOf(q.before);
    return this.db
      .prepare<Record<string, unknown>, { json: string }>(
        `SELECT json FROM cur_change_sets
         WHERE (@partnership IS NULL OR partnership = @partnership) AND (@state IS NULL OR state = @state)
           AND (@author IS NULL OR author = @author) AND (@before IS NULL OR seq < @before)
         ORDER BY seq DESC LIMIT @first`,
      )
      .all({ partnership: q.partnership ?? null, state: q.state ?? null, author: q.author ?? null, before, first: q.first })
      .map((r) => parse<ChangeSet>(r)!);
  }

  private seqOf(id: string): number {
    const seq = this.db.prepare<[string], number>('SELECT seq FROM cur_change_sets WHERE id = ?').pluck().get(id);
    if (seq === undefined) throw new StoreInputError(`before: no change set "${id}" (give the id of the last change set of the previous page)`);
    return seq;
  }

  async versions(ids: readonly string[]): Promise<number[]> {
    const get = this.db.prepare<[string], number>('SELECT version FROM cur_versions WHERE id = ?').pluck();
    return ids.map((id) => get.get(id) ?? 0);
  }

  private proposed(id: string): ChangeSet {
    const cs = parse<ChangeSet>(this.db.prepare<[string], { json: string }>('SELECT json FROM cur_change_sets WHERE id = ?').get(id));
    if (!cs) throw new StoreInputError(`no change set "${id}"`);
    if (cs.state !== 'PROPOSED') throw new StoreInputError(`change set "${id}" is ${cs.state}, not PROPOSED: it was already reviewed or withdrawn`);
    return cs;
  }

  async approve(id: string, review: Review): Promise<ChangeSet> {
    return this.db
      .transaction(() => {
        const cs = this.proposed(id);
        const ids = cs.changes.map((c) => c.id);
        const getVersion = this.db.prepare<[string], number>('SELECT version FROM cur_versions WHERE id = ?').pluck();
        const conflicts = cs.changes
          .map((c) => ({ id: c.id, expected: c.baseVersion, actual: getVersion.get(c.id) ?? 0 }))
          .filter((c) => c.expected !== c.actual);
        if (conflicts.length) throw new ConflictError(conflicts);
        const setVersion = this.db.prepare('INSERT OR REPLACE INTO cur_versions (id, version) VALUES (?, ?)');
        const versions = cs.changes.map((c) => c.baseVersion + 1);
        ids.forEach((tid, i) => setVersion.run(tid, versions[i]));
        const next = (this.db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM cur_audit').pluck().get() as number) ?? 1;
        const insert = this.db.prepare('INSERT INTO cur_audit (seq, at, partnership, target_id, json) VALUES (?, ?, ?, ?, ?)');
        for (const e of auditEntriesOf(cs, review, versions, next)) insert.run(e.seq, e.at, e.partnership, e.targetId, JSON.stringify(e));
        return this.setState({ ...cs, state: 'APPROVED', review }, next);
      })
      .immediate();
  }

  async reject(id: string, review: Review): Promise<ChangeSet> {
    return this.db.transaction(() => this.setState({ ...this.proposed(id), state: 'REJECTED', review }, null)).immediate();
  }

  async withdraw(id: string, at: string): Promise<ChangeSet> {
    return this.db.transaction(() => this.setState({ ...this.proposed(id), state: 'WITHDRAWN', withdrawnAt: at }, null)).immediate();
  }

  private setState(cs: ChangeSet, approvedSeq: number | null): ChangeSet {
    this.db
      .prepare('UPDATE cur_change_sets SET state = ?, applied = ?, approved_seq = ?, json = ? WHERE id = ?')
      .run(cs.state, cs.applied ? 1 : 0, approvedSeq, JSON.stringify(cs), cs.id);
    return cs;
  }

  async markApplied(id: string): Promise<void> {
    this.db
      .transaction(() => {
        const cs = parse<ChangeSet>(this.db.prepare<[string], { json: string }>('SELECT json FROM cur_change_sets WHERE id = ?').get(id));
        if (cs?.state !== 'APPROVED') throw new StoreInputError(`change set "${id}" is not approved`);
        this.db.prepare('UPDATE cur_change_sets SET applied = 1, json = ? WHERE id = ?').run(JSON.stringify({ ...cs, applied: true }), id);
      })
      .immediate();
  }

  async unapplied(): Promise<ChangeSet[]> {
    return this.db
      .prepare<[], { json: string }>("SELECT json FROM cur_change_sets WHERE state = 'APPROVED' AND applied = 0 ORDER BY approved_seq")
      .all()
      .map((r) => parse<ChangeSet>(r)!);
  }

  async history(...targetIds: string[]): Promise<AuditEntry[]> {
    return this.db
      .prepare<[string], { json: string }>('SELECT json FROM cur_audit WHERE target_id IN (SELECT value FROM json_each(?)) ORDER BY seq')
      .all(JSON.stringify(targetIds))
      .map((r) => parse<AuditEntry>(r)!);
  }

  async audit(q: AuditQuery): Promise<AuditEntry[]> {
    return this.db
      .prepare<Record<string, unknown>, { json: string }>(
        `SELECT json FROM cur_audit WHERE (@partnership IS NULL OR partnership = @partnership) AND (@since IS NULL OR at > @since)
           AND (@afterSeq IS NULL OR seq > @afterSeq)
         ORDER BY seq LIMIT @first`,
      )
      .all({ partnership: q.partnership ?? null, since: q.since ?? null, afterSeq: q.afterSeq ?? null, first: q.first })
      .map((r) => parse<AuditEntry>(r)!);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
