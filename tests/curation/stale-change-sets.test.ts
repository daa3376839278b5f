// A change set that an approved one overtook (both end the same reporting line) is never stuck:
// approving it is a CONFLICT naming the item and the change set that changed it, and changes
// nothing; it says it was overtaken before anyone tries; its author withdraws it; a reviewer rejects it. Over the real HTTP server, on SQLite
// and, when NEO4J_URI is set, on Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useNeo4jLock } from '../store/neo4j-lock.js';
import { ENGINES } from './engines.js';
import { REVIEW, signedIn, startHarness, type Client, type Harness } from './support.js';

const LINE = 'richmond/violence-strategic-delivery-group REPORTS_TO richmond/csp';
const WITHDRAW = `mutation($id: ID!) { withdrawChange(id: $id) { id state withdrawnAt review { decision } overtaken { id } } }`;
const codeOf = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0]?.extensions.code;

const endLine = (validTo: string) => ({
  input: {
    partnershipId: 'richmond/csp',
    summary: `the delivery group stops reporting to the CSP in ${validTo}`,
    evidence: { attestation: 'Agreed at the CSP board.' },
    changes: [{ end: { id: LINE, expectedVersion: 0, validTo } }],
  },
});
const PROPOSE_ID = `mutation($input: ChangeSetInput!) { proposeChange(input: $input) { id } }`;

describe.each(ENGINES)('a change set overtaken by an approved one, on %s', (engine) => {
  if (engine === 'neo4j') useNeo4jLock(process.env.NEO4J_URI);
  let h: Harness;
  let edith: Client, ruth: Client, rita: Client, harry: Client, ada: Client;
  beforeAll(async () => {
    h = await startHarness({}, undefined, engine);
    [edith, ruth, rita, harry, ada] = await Promise.all(['edith', 'ruth', 'rita', 'harry', 'ada'].map((n) => signedIn(h, n)));
  }, 120_000);
  afterAll(() => h?.close());

  const propose = async (c: Client, validTo: string): Promise<string> => {
    const r = await c.gql(PROPOSE_ID, endLine(validTo));
    expect(r.errors).toBeUndefined();
    return r.data.proposeChange.id;
  };
  const stateOf = async (id: string) => (await h.curation.getChangeSets([id]))[0]!.state;
  const lineEnd = async () => (await h.store.getRels([LINE]))[0]!.validTo;

  let first: string, second: string, third: string;
  it('approving it is a CONFLICT naming the item and the change set that changed it, and changes nothing', async () => {
    first = await propose(edith, '2026-05');
    second = await propose(edith, '2026-06');
    third = await propose(ruth, '2026-07');
    expect((await rita.gql(REVIEW, { id: first, d: 'APPROVED', r: 'minutes agree' })).data.reviewChange.state).toBe('APPROVED');
    const audit = await h.curation.audit({ first: 100 });

    const late = await rita.gql(REVIEW, { id: second, d: 'APPROVED', r: 'ok' });
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors![0]!.message).toContain(`${LINE} was changed by change set ${first} (“the delivery group stops reporting to the CSP in 2026-05”), now version 1`);
    expect(late.errors![0]!.extensions).toMatchObject({
      conflicts: [{ id: LINE, expected: 0, actual: 1, changedBy: [{ id: first, summary: 'the delivery group stops reporting to the CSP in 2026-05' }] }],
    });
    expect((late.errors![0] as { path?: string[] }).path).toEqual(['reviewChange']);
    expect(await stateOf(second)).toBe('PROPOSED');
    expect(await lineEnd()).toBe('2026-05');
    expect(await h.curation.audit({ first: 100 })).toEqual(audit);
  });

  it('says it was overtaken, and by what, before anyone tries to approve it', async () => {
    const OVERTAKEN = `query($id: ID!) { changeSet(id: $id) { overtaken { id expected actual changedBy { id summary } } } }`;
    const by = [{ id: first, summary: 'the delivery group stops reporting to the CSP in 2026-05' }];
    for (const id of [second, third]) {
      expect((await rita.gql(OVERTAKEN, { id })).data.changeSet.overtaken).toEqual([{ id: LINE, expected: 0, actual: 1, changedBy: by }]);
    }
    expect((await rita.gql(OVERTAKEN, { id: first })).data.changeSet.overtaken).toEqual([]);
  });

  it('its author withdraws it; then it cannot be reviewed or withdrawn again', async () => {
    const r = await edith.gql(WITHDRAW, { id: second });
    expect(r.errors).toBeUndefined();
    expect(r.data.withdrawChange).toMatchObject({ id: second, state: 'WITHDRAWN', review: null, overtaken: [] });
    expect(r.data.withdrawChange.withdrawnAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const again = await edith.gql(WITHDRAW, { id: second });
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(again.errors![0]!.message).toMatch(/already WITHDRAWN/);
    const review = await rita.gql(REVIEW, { id: second, d: 'APPROVED', r: 'ok' });
    expect(review.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(await lineEnd()).toBe('2026-05');
    // it leaves the review queue, and its author still sees it
    const queue = (await rita.gql(`{ changeSets(partnershipId: "richmond/csp", state: PROPOSED) { id } }`)).data.changeSets.map((c: { id: string }) => c.id);
    expect(queue).not.toContain(second);
    expect((await edith.gql(`{ changeSets(mine: true, state: WITHDRAWN) { id state } }`)).data.changeSets).toEqual([{ id: second, state: 'WITHDRAWN' }]);
  });

  it('only its author withdraws it: anyone else is refused, and an approved change set is not withdrawn', async () => {
    expect(codeOf(await h.client().gql(WITHDRAW, { id: third }))).toBe('UNAUTHENTICATED');
    for (const other of [edith, rita, harry, ada]) {
      const r = await other.gql(WITHDRAW, { id: third });
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', argument: 'id' });
      expect(r.errors![0]!.message).toMatch(/only its author, ruth, withdraws it/);
    }
    expect(codeOf(await edith.gql(WITHDRAW, { id: 'cs-nope' }))).toBe('NOT_FOUND');
    const approved = await edith.gql(WITHDRAW, { id: first });
    expect(approved.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(await stateOf(third)).toBe('PROPOSED');
  });

  it('a reviewer rejects it, though it can no longer be approved', async () => {
    // ruth reviews Richmond too, but not her own change set (four eyes): rita does
    const r = await rita.gql(REVIEW, { id: third, d: 'REJECTED', r: 'overtaken by the approved end in May' });
    expect(r.errors).toBeUndefined();
    expect(r.data.reviewChange.state).toBe('REJECTED');
    expect(await lineEnd()).toBe('2026-05');
  });
});
