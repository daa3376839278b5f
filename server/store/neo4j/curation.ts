// The curation store on Neo4j: the same database as the graph, labels of its own (curation-cypher.ts).
// An approval is one write transaction that holds the audit counter's lock, so approvals from
// several server processes are applied one at a time and a stale version is always seen.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { auditEntriesOf, type AuditEntry, type ChangeSet, type Review, type Session, type SourceText, type User } from '../../curation/model.js';
import { ConflictError, type AuditQuery, type ChangeSetQuery, type CurationStore } from '../curation-contract.js';
import { StoreInputError, StoreUnavailableError } from '../errors.js';
import type { Statement } from './cypher.js';
import * as C from './curation-cypher.js';

export interface Neo4jCurationConfig {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

type Params<P extends string> = Record<P, unknown>;
const parse = <T>(json: unknown): T | null => (typeof json === 'string' ? (JSON.parse(json) as T) : null);

export class Neo4jCurationStore implements CurationStore {
  readonly engine = 'neo4j' as const;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  private async rows<P extends string>(s: Statement<P>, params: Params<P>, write = false): Promise<Record<string, unknown>[]> {
    const { records } = await this.driver.executeQuery(s.text, params, {
      database: this.database,
      routing: write ? neo4j.routing.WRITE : neo4j.routing.READ,
    });
    return records.map((r) => r.toObject());
  }

  private async jsons<T, P extends string>(s: Statement<P>, params: Params<P>): Promise<(T | null)[]> {
    return (await this.rows(s, params)).map((r) => parse<T>(r.json));
  }

  private async tx<T>(work: (run: <P extends string>(s: Statement<P>, p: Params<P>) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx: ManagedTransaction) =>
        work(async (s, p) => (await tx.run(s.text, p)).records.map((r) => r.toObject())),
      );
    } finally {
      await session.close();
    }
  }

  async putUser(u: User): Promise<void> {
    await this.rows(C.PUT_USER, { name: u.name, subject: u.oidcSubject ?? null, json: JSON.stringify(u) }, true);
  }

  async getUser(name: string): Promise<User | null> {
    return (await this.jsons<User, 'name'>(C.GET_USER, { name }))[0] ?? null;
  }

  async findUserBySubject(subject: string): Promise<User | null> {
    return (await this.jsons<User, 'subject'>(C.USER_BY_SUBJECT, { subject }))[0] ?? null;
  }

  async listUsers(): Promise<User[]> {
    return (await this.jsons<User, never>(C.LIST_USERS, {})).filter((u): u is User => u !== null);
  }

  async putSession(s: Session): Promise<void> {
    await this.rows(C.PUT_SESSION, { hash: s.hash, expiresAt: s.expiresAt, json: JSON.stringify(s) }, true);
  }

  async getSession(hash: string, now: string): Promise<Session | null> {
    return (await this.jsons<Session, 'hash' | 'now'>(C.GET_SESSION, { hash, now }))[0] ?? null;
  }

  async deleteSession(hash: string): Promise<void> {
    await this.rows(C.DELETE_SESSION, { hash }, true);
  }

  async hit(key: string, windowMs: number, now: number): Promise<{ count: number; resetAt: number }> {
    const [row] = await this.rows(C.HIT, { key, now: neo4j.int(now), windowMs: neo4j.int(windowMs) }, true);
    return { count: Number(row!.count), resetAt: Number(row!.resetAt) };
  }

  async clearHits(key: string): Promise<void> {
    await this.rows(C.CLEAR_HITS, { key }, true);
  }

  async putSourceText(s: SourceText): Promise<void> {
    const made = await this.rows(C.CREATE_SOURCE, { id: s.id, json: JSON.stringify(s) }, true);
    if (made.length === 0) throw new StoreInputError(`a source with id "${s.id}" is already registered`);
  }

  async getSourceTexts(ids: readonly string[]): Promise<(SourceText | null)[]> {
    return ids.length ? this.jsons<SourceText, 'ids'>(C.GET_SOURCES, { ids: [...ids] }) : [];
  }

  async listSourceTexts(): Promise<SourceText[]> {
    return (await this.jsons<SourceText, never>(C.LIST_SOURCES, {})).filter((s): s is SourceText => s !== null);
  }

  async createChangeSet(cs: ChangeSet): Promise<void> {
    await this.rows(
      C.CREATE_CHANGE_SET,
      { id: cs.id, partnership: cs.partnership, author: cs.author, createdAt: cs.createdAt, json: JSON.stringify(cs) },
      true,
    );
  }

  async getChangeSets(ids: readonly string[]): Promise<(ChangeSet | null)[]> {
    return ids.length ? this.jsons<ChangeSet, 'ids'>(C.GET_CHANGE_SETS, { ids: [...ids] }) : [];
  }

  async listChangeSets(q: ChangeSetQuery): Promise<ChangeSet[]> {
    const filter = { partnership: q.partnership ?? null, state: q.state ?? null, author: q.author ?? null, first: neo4j.int(q.first) };
    let found: (ChangeSet | null)[];
    if (q.before === undefined) {
      found = await this.jsons<ChangeSet, keyof typeof filter>(C.LIST_CHANGE_SETS, filter);
    } else {
      if (!(await this.getChangeSets([q.before]))[0]) {
        throw new StoreInputError(`before: no change set "${q.before}" (give the id of the last change set of the previous page)`);
      }
      found = await this.jsons<ChangeSet, keyof typeof filter | 'before'>(C.LIST_CHANGE_SETS_BEFORE, { ...filter, before: q.before });
    }
    return found.filter((c): c is ChangeSet => c !== null);
  }

  async versions(ids: readonly string[]): Promise<number[]> {
    if (ids.length === 0) return [];
    return (await this.rows(C.VERSIONS, { ids: [...ids] })).map((r) => Number(r.version));
  }

  private async proposedIn(run: Parameters<Parameters<Neo4jCurationStore['tx']>[0]>[0], id: string): Promise<ChangeSet> {
    const [row] = await run(C.CHANGE_SET_FOR_UPDATE, { id });
    const cs = parse<ChangeSet>(row?.json);
    if (!cs) throw new StoreInputError(`no change set "${id}"`);
    if (cs.state !== 'PROPOSED') throw new StoreInputError(`change set "${id}" is ${cs.state}, not PROPOSED: it was already reviewed or withdrawn`);
    return cs;
  }

  async approve(id: string, review: Review): Promise<ChangeSet> {
    return this.tx(async (run) => {
      const [counter] = await run(C.LOCK_COUNTER, {});
      const cs = await this.proposedIn(run, id);
      const current = (await run(C.VERSIONS, { ids: cs.changes.map((c) => c.id) })).map((r) => Number(r.version));
      const conflicts = cs.changes
        .map((c, i) => ({ id: c.id, expected: c.baseVersion, actual: current[i]! }))
        .filter((c) => c.expected !== c.actual);
      if (conflicts.length) throw new ConflictError(conflicts);
      const versions = cs.changes.map((c) => c.baseVersion + 1);
      await run(C.SET_VERSIONS, { rows: cs.changes.map((c, i) => ({ id: c.id, version: neo4j.int(versions[i]!) })) });
      const first = Number(counter!.value) + 1;
      const entries = auditEntriesOf(cs, review, versions, first);
      await run(C.APPEND_AUDIT, {
        rows: entries.map((e) => ({ seq: neo4j.int(e.seq), at: e.at, partnership: e.partnership, targetId: e.targetId, json: JSON.stringify(e) })),
        last: neo4j.int(first + entries.length - 1),
      });
      const approved: ChangeSet = { ...cs, state: 'APPROVED', review };
      await run(C.SET_CHANGE_SET, { id, state: approved.state, applied: false, approvedSeq: neo4j.int(first), json: JSON.stringify(approved) });
      return approved;
    });
  }

  async reject(id: string, review: Review): Promise<ChangeSet> {
    return this.tx(async (run) => {
      const rejected: ChangeSet = { ...(await this.proposedIn(run, id)), state: 'REJECTED', review };
      await run(C.SET_CHANGE_SET, { id, state: rejected.state, applied: false, approvedSeq: null, json: JSON.stringify(rejected) });
      return rejected;
    });
  }

  async withdraw(id: string, at: string): Promise<ChangeSet> {
    return this.tx(async (run) => {
      const withdrawn: ChangeSet = { ...(await this.proposedIn(run, id)), state: 'WITHDRAWN', withdrawnAt: at };
      await run(C.SET_CHANGE_SET, { id, state: withdrawn.state, applied: false, approvedSeq: null, json: JSON.stringify(withdrawn) });
      return withdrawn;
    });
  }

  async markApplied(id: string): Promise<void> {
    await this.tx(async (run) => {
      const [row] = await run(C.CHANGE_SET_FOR_UPDATE, { id });
      const cs = parse<ChangeSet>(row?.json);
      if (cs?.state !== 'APPROVED') throw new StoreInputError(`change set "${id}" is not approved`);
      await run(C.MARK_APPLIED, { id, json: JSON.stringify({ ...cs, applied: true }) });
    });
  }

  async unapplied(): Promise<ChangeSet[]> {
    return (await this.jsons<ChangeSet, never>(C.UNAPPLIED, {})).filter((c): c is ChangeSet => c !== null);
  }

  async history(...targetIds: string[]): Promise<AuditEntry[]> {
    return (await this.jsons<AuditEntry, 'ids'>(C.HISTORY, { ids: targetIds })).filter((e): e is AuditEntry => e !== null);
  }

  async audit(q: AuditQuery): Promise<AuditEntry[]> {
    const found = await this.jsons<AuditEntry, 'partnership' | 'since' | 'afterSeq' | 'first'>(C.AUDIT, {
      partnership: q.partnership ?? null,
      since: q.since ?? null,
      afterSeq: q.afterSeq === undefined ? null : neo4j.int(q.afterSeq),
      first: neo4j.int(q.first),
    });
    return found.filter((e): e is AuditEntry => e !== null);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export async function openNeo4jCurationStore(config: Neo4jCurationConfig): Promise<Neo4jCurationStore> {
  const auth = config.password ? neo4j.auth.basic(config.user ?? 'neo4j', config.password) : undefined;
  const driver = neo4j.driver(config.uri, auth, { disableLosslessIntegers: true });
  try {
    await driver.verifyConnectivity({ database: config.database });
    for (const s of C.SCHEMA) await driver.executeQuery(s.text, {}, { routing: neo4j.routing.WRITE, database: config.database });
  } catch (err) {
    await driver.close();
    throw new StoreUnavailableError(`cannot open the curation store on Neo4j at ${config.uri}: ${(err as Error).message}`);
  }
  return new Neo4jCurationStore(driver, config.database);
}
