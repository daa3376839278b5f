// An approval whose write to the graph fails leaves the change set approved but not in the graph;
// it does not wait for the next start: the next approval writes it too. Over the real HTTP server,
// with the graph store's writes failing on demand (the real store underneath), on SQLite and,
// when NEO4J_URI is set, on Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/store/contract.js';
import { useNeo4jLock } from '../store/neo4j-lock.js';
import { ENGINES } from './engines.js';
import { DRB, PROPOSE, REVIEW, renameDrb, signedIn, startHarness, type Client, type Harness } from './support.js';

let failing = false;
/** The store, but its writes fail while `failing` is set, like a disk that filled up. */
const failingWrites = (store: GraphStore): GraphStore =>
  new Proxy(store, {
    get(target, prop) {
      if (prop === 'writeBatch' && failing) return async () => Promise.reject(new Error('disk full (injected by the test)'));
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

describe.each(ENGINES)('an approval whose graph write failed, on %s', (engine) => {
  if (engine === 'neo4j') useNeo4jLock(process.env.NEO4J_URI);
  let h: Harness;
  let edith: Client, rita: Client;
  beforeAll(async () => {
    h = await startHarness({}, undefined, engine, failingWrites);
    [edith, rita] = await Promise.all(['edith', 'rita'].map((n) => signedIn(h, n)));
  }, 120_000);
  afterAll(() => h?.close());

  const nameOf = async () => (await h.store.getNodes([DRB]))[0]!.name;

  it('is written by the next approval, not only at the next start', async () => {
    const first = (await edith.gql(PROPOSE, renameDrb('Daily Risk Meeting'))).data.proposeChange.id;
    failing = true;
    const failed = await rita.gql(REVIEW, { id: first, d: 'APPROVED', r: 'minutes agree' });
    failing = false;
    expect(failed.errors![0]!.extensions.code).toBe('INTERNAL');
    expect((await h.curation.getChangeSets([first]))[0]).toMatchObject({ state: 'APPROVED', applied: false });
    expect(await nameOf()).toBe('Daily Risk Briefing');

    const line = 'richmond/violence-strategic-delivery-group REPORTS_TO richmond/csp';
    const second = (await edith.gql(PROPOSE, {
      input: { partnershipId: 'richmond/csp', summary: 'the group stops reporting', evidence: { attestation: 'Agreed at the board.' }, changes: [{ end: { id: line, expectedVersion: 0, validTo: '2026-05' } }] },
    })).data.proposeChange.id;
    expect((await rita.gql(REVIEW, { id: second, d: 'APPROVED', r: 'ok' })).data.reviewChange.state).toBe('APPROVED');
    expect(await nameOf()).toBe('Daily Risk Meeting');
    expect((await h.store.getRels([line]))[0]!.validTo).toBe('2026-05');
    expect(await h.curation.unapplied()).toEqual([]);
  });
});
