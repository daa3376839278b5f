// One contract suite for the curation store on both engines: SQLite always, Neo4j when NEO4J_URI is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeSet, Review, Session, User } from '../../server/curation/model.js';
import type { GraphNode } from '../../server/domain/model.js';
import { ConflictError, type CurationStore } from '../../server/store/curation-contract.js';
import { openCurationStore } from '../../server/store/curation-open.js';
import { StoreInputError } from '../../server/store/errors.js';
import { SqliteCurationStore } from '../../server/store/sqlite/curation.js';
import { openStore } from '../../server/store/open.js';

const node = (name: string): GraphNode => ({ id: 'richmond/x', kind: 'Panel', name, aliases: [], props: {}, evidence: [], partnership: 'richmond/csp' });
const cs = (id: string, baseVersion: number, partnership = 'richmond/csp'): ChangeSet => ({
  id,
  partnership,
  author: 'edith',
  summary: `change ${id}`,
  evidence: { kind: 'ATTESTED', note: 'seen at the board' },
  changes: [{ target: 'node', id: 'richmond/x', op: 'edit', baseVersion, before: node('old'), after: node(id) }],
  state: 'PROPOSED',
  createdAt: new Date().toISOString(),
  applied: false,
});
const review = (reviewer = 'rita'): Review => ({ reviewer, decision: 'APPROVED', reason: 'ok', at: new Date().toISOString() });

function curationContract(open: () => Promise<CurationStore>) {
  let store: CurationStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('keeps accounts by name and by OpenID subject', async () => {
    const u: User = { name: 'edith', roles: ['editor:richmond/csp'], passwordHash: 'scrypt$x', createdAt: '2026-01-01T00:00:00.000Z' };
    await store.putUser(u);
    await store.putUser({ name: 'olly', roles: [], oidcSubject: 'https://idp sub-1', createdAt: u.createdAt });
    expect(await store.getUser('edith')).toEqual(u);
    expect((await store.findUserBySubject('https://idp sub-1'))?.name).toBe('olly');
    expect(await store.getUser('nobody')).toBeNull();
    await store.putUser({ ...u, roles: ['admin'] });
    expect((await store.getUser('edith'))?.roles).toEqual(['admin']);
    expect((await store.listUsers()).map((x) => x.name)).toEqual(['edith', 'olly']);
  });

  it('finds a session by hash until it expires, and forgets it when ended', async () => {
    const s: Session = { hash: 'h1', kind: 'cookie', user: 'edith', createdAt: '2026-01-01T00:00:00.000Z', expiresAt: '2026-01-01T08:00:00.000Z' };
    await store.putSession(s);
    expect(await store.getSession('h1', '2026-01-01T07:59:59.000Z')).toEqual(s);
    expect(await store.getSession('h1', '2026-01-01T08:00:00.000Z')).toBeNull();
    await store.deleteSession('h1');
    expect(await store.getSession('h1', '2026-01-01T01:00:00.000Z')).toBeNull();
  });

  it('counts attempts in a fixed window, shared by every caller', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => store.hit('login:name:edith', 60_000, 1_000)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(results[0]!.resetAt).toBe(61_000);
    expect(await store.hit('login:name:edith', 60_000, 61_000)).toEqual({ count: 1, resetAt: 121_000 });
    await store.clearHits('login:name:edith');
    expect((await store.hit('login:name:edith', 60_000, 62_000)).count).toBe(1);
  });

  it('registers a source text once', async () => {
    const s = { id: 'source/minutes', file: 'minutes.txt', text: 'Minutes.', registeredBy: 'edith', registeredAt: '2026-01-01T00:00:00.000Z', node: node('m') };
    await store.putSourceText(s);
    await expect(store.putSourceText(s)).rejects.toThrow(StoreInputError);
    expect(await store.getSourceTexts(['source/minutes', 'source/none'])).toEqual([s, null]);
    expect(await store.listSourceTexts()).toEqual([s]);
  });

  it('approves once, bumping versions and appending audit; a stale change set is a ConflictError that changes nothing', async () => {
    await store.createChangeSet(cs('cs-a', 0));
    await store.createChangeSet(cs('cs-b', 0));
    expect((await store.listChangeSets({ state: 'PROPOSED', first: 10 })).map((c) => c.id).sort()).toEqual(['cs-a', 'cs-b']);
    const approved = await store.approve('cs-a', review());
    expect(approved.state).toBe('APPROVED');
    expect(await store.versions(['richmond/x', 'richmond/y'])).toEqual([1, 0]);
    await expect(store.approve('cs-a', review())).rejects.toThrow(StoreInputError);
    await expect(store.approve('cs-b', review())).rejects.toThrow(ConflictError);
    expect((await store.getChangeSets(['cs-b']))[0]!.state).toBe('PROPOSED');
    expect(await store.versions(['richmond/x'])).toEqual([1]);
    const history = await store.history('richmond/x');
    expect(history.map((e) => [e.seq, e.changeSet, e.version, (e.after as GraphNode).name])).toEqual([[1, 'cs-a', 1, 'cs-a']]);
    expect(await store.history('richmond/y', 'richmond/x', 'richmond/none')).toEqual(history);
    expect(await store.history()).toEqual([]);
    expect(await store.unapplied()).toHaveLength(1);
    await store.markApplied('cs-a');
    expect(await store.unapplied()).toHaveLength(0);
    const rejected = await store.reject('cs-b', { ...review(), decision: 'REJECTED' });
    expect(rejected.state).toBe('REJECTED');
    expect(await store.audit({ partnership: 'richmond/csp', first: 10 })).toHaveLength(1);
    expect(await store.audit({ partnership: 'havering/csp', first: 10 })).toHaveLength(0);
    expect(await store.audit({ since: new Date(Date.now() + 60_000).toISOString(), first: 10 })).toHaveLength(0);
  });

  it('withdraws a PROPOSED change set, a stale one too, and only a PROPOSED one; withdrawn, it is reviewed no more', async () => {
    await store.createChangeSet(cs('cs-w1', 0));
    await store.createChangeSet(cs('cs-w2', 0));
    await store.approve('cs-w1', review());
    const at = new Date().toISOString();
    const withdrawn = await store.withdraw('cs-w2', at);
    expect(withdrawn).toMatchObject({ id: 'cs-w2', state: 'WITHDRAWN', withdrawnAt: at });
    expect((await store.getChangeSets(['cs-w2']))[0]).toEqual(withdrawn);
    expect((await store.listChangeSets({ state: 'WITHDRAWN', first: 10 })).map((c) => c.id)).toEqual(['cs-w2']);
    for (const again of [() => store.withdraw('cs-w2', at), () => store.withdraw('cs-w1', at), () => store.approve('cs-w2', review()), () => store.reject('cs-w2', review())]) {
      await expect(again()).rejects.toThrow(StoreInputError);
    }
    await expect(store.withdraw('cs-none', at)).rejects.toThrow(/no change set "cs-none"/);
    expect(await store.audit({ first: 10 })).toHaveLength(1);
  });

  it('lists change sets newest first in pages: `before` continues after the last of a page, and an unknown id is refused', async () => {
    const ids = ['cs-p1', 'cs-p2', 'cs-p3', 'cs-p4', 'cs-p5'];
    for (const id of ids) await store.createChangeSet(cs(id, 0));
    const all = (await store.listChangeSets({ first: 10 })).map((c) => c.id);
    expect(all).toHaveLength(5);
    expect([...all].sort()).toEqual(ids);
    const pages: string[][] = [];
    let before: string | undefined;
    for (;;) {
      const page = (await store.listChangeSets({ first: 2, before })).map((c) => c.id);
      if (!page.length) break;
      pages.push(page);
      before = page.at(-1);
    }
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(all);
    expect((await store.listChangeSets({ first: 10, before: all[1], author: 'nobody' }))).toEqual([]);
    await expect(store.listChangeSets({ first: 2, before: 'cs-none' })).rejects.toThrow(/before: no change set "cs-none"/);
  });

  it('nothing through the store changes or removes an audit entry: every other write leaves the record a prefix of the next', async () => {
    await store.createChangeSet(cs('cs-g', 0));
    await store.approve('cs-g', review());
    const first = await store.audit({ first: 100 });
    expect(first).toHaveLength(1);
    // every other kind of write the contract has
    await store.markApplied('cs-g');
    await store.createChangeSet(cs('cs-h', 0));
    await expect(store.approve('cs-h', review())).rejects.toThrow(ConflictError);
    await store.reject('cs-h', { ...review(), decision: 'REJECTED' });
    await expect(store.approve('cs-g', review())).rejects.toThrow(StoreInputError);
    await store.putUser({ name: 'rita', roles: ['reviewer:richmond/csp'], createdAt: '2026-01-01T00:00:00.000Z' });
    await store.putSession({ hash: 'h2', kind: 'cookie', user: 'rita', createdAt: '2026-01-01T00:00:00.000Z', expiresAt: '2026-01-02T00:00:00.000Z' });
    await store.deleteSession('h2');
    await store.hit('k', 1000, 1);
    await store.clearHits('k');
    await store.createChangeSet(cs('cs-i', 1));
    await store.approve('cs-i', review());
    const after = await store.audit({ first: 100 });
    expect(after.slice(0, first.length)).toEqual(first);
    expect(after.map((e) => [e.seq, e.changeSet, e.version])).toEqual([
      [1, 'cs-g', 1],
      [2, 'cs-i', 2],
    ]);
    expect(await store.history('richmond/x')).toEqual(after);
  });

  it('concurrent approvals of two change sets on one version: exactly one wins', async () => {
    await store.createChangeSet(cs('cs-c', 0));
    await store.createChangeSet(cs('cs-d', 0));
    const outcomes = await Promise.allSettled([store.approve('cs-c', review()), store.approve('cs-d', review())]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect((outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await store.history('richmond/x')).toHaveLength(1);
  });
}

describe('SQLite curation store', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'govgraph-curation-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  curationContract(async () => new SqliteCurationStore(path.join(dir, `c${n++}.sqlite`)));

  it('the audit table refuses UPDATE and DELETE, even from SQL', async () => {
    const file = path.join(dir, 'immutable.sqlite');
    const store = new SqliteCurationStore(file);
    await store.createChangeSet(cs('cs-e', 0));
    await store.approve('cs-e', review());
    await store.close();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(file);
    expect(() => db.prepare("UPDATE cur_audit SET json = '{}'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM cur_audit').run()).toThrow(/append-only/);
    db.close();
  });

  it('reseeding the graph (a whole replace) keeps the curation record', async () => {
    const file = path.join(dir, 'reseed.sqlite');
    const graph = await openStore({ GOVGRAPH_DB: file });
    const store = new SqliteCurationStore(file);
    await store.createChangeSet(cs('cs-f', 0));
    await store.approve('cs-f', review());
    await graph.writeBatch({ nodes: [], rels: [] }, { replace: true });
    expect(await store.history('richmond/x')).toHaveLength(1);
    await graph.close();
    await store.close();
  });
});

const neo4jUri = process.env.NEO4J_URI;
describe.skipIf(!neo4jUri)(`Neo4j curation store${neo4jUri ? ` at ${neo4jUri}` : ' (skipped: NEO4J_URI is not set)'}`, () => {
  const clear = async () => {
    const graph = await openStore();
    const neo4j = (await import('neo4j-driver')).default;
    const driver = neo4j.driver(neo4jUri!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
    // test data only: the curation labels of this test database
    await driver.executeQuery('MATCH (n) WHERE n:CurUser OR n:CurSession OR n:CurHit OR n:CurSource OR n:CurChangeSet OR n:CurVersion OR n:CurAudit OR n:CurCounter DETACH DELETE n');
    await driver.close();
    await graph.close();
  };
  curationContract(async () => {
    await clear();
    return openCurationStore();
  });
  // the approvals these tests leave would make the next reseed of the shared database refuse (seeds contradict them)
  afterAll(clear);
});
