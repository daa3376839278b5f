// Names and ids longer than Neo4j indexes take (server/curation/sizes.ts), found by the abusive-client
// hunt: on Neo4j a sign-in with a 3,000-character name, and a source with a 60,000-character slug
// or title, were INTERNAL errors (SQLite took them), and a proposed body with such an id would have
// failed at its approval. Each is now BAD_USER_INPUT naming the argument, on both engines, over the
// real HTTP server, and nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ID, MAX_NAME, MAX_WORD } from '../../server/curation/sizes.js';
import { useNeo4jLock } from '../store/neo4j-lock.js';
import { ENGINES } from './engines.js';
import { signedIn, startHarness, type Client, type Harness } from './support.js';

const REGISTER = `mutation($input: SourceInput!) { registerSource(input: $input) { id } }`;
const PROPOSE_ID = `mutation($input: ChangeSetInput!) { proposeChange(input: $input) { id } }`;
const TEXT = 'The partnership met on 12 March 2026 and agreed its plan.';
const LONG = 'x'.repeat(60_000);

const newBody = (node: Record<string, unknown>) => ({
  input: {
    partnershipId: 'richmond/csp',
    summary: 'a new panel',
    evidence: { attestation: 'Agreed at the CSP board.' },
    changes: [{ node: { id: 'richmond/new-panel', expectedVersion: 0, kind: 'Panel', name: 'New Panel', ...node } }],
  },
});

describe.each(ENGINES)('names and ids past what an index takes, on %s', (engine) => {
  if (engine === 'neo4j') useNeo4jLock(process.env.NEO4J_URI);
  let h: Harness;
  let edith: Client;
  beforeAll(async () => {
    h = await startHarness({}, undefined, engine);
    edith = await signedIn(h, 'edith');
  }, 120_000);
  afterAll(() => h?.close());

  it('a sign-in name longer than any account\'s is a 400 naming it', async () => {
    const res = await h.client().login('é'.repeat(3000));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'name: an account name is at most 64 characters', extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('a source\'s slug, title or publisher too long is BAD_USER_INPUT naming it, and no source is registered', async () => {
    for (const [input, argument, max] of [
      [{ slug: LONG, title: 'Minutes', text: TEXT }, 'input.slug', MAX_ID],
      [{ title: LONG, text: TEXT }, 'input.title', MAX_NAME],
      [{ title: 'Minutes', publisher: LONG, text: TEXT }, 'input.publisher', MAX_NAME],
    ] as const) {
      const r = await edith.gql(REGISTER, { input });
      expect(r.errors?.[0]?.extensions, argument).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(r.errors?.[0]?.message).toBe(`${argument}: at most ${max} characters (this is ${LONG.length})`);
    }
    // the ids each would have had: the slug given, or the title's slug
    expect(await h.store.getNodes([`source/${LONG}`, `source/${LONG.slice(0, 80)}`, 'source/minutes'])).toEqual([null, null, null]);
  });

  it('a proposed body\'s id, name, alias or word of text too long is BAD_USER_INPUT naming it, and no change set is stored', async () => {
    const before = (await h.curation.listChangeSets({ first: 100 })).length;
    for (const [node, argument] of [
      [{ id: `richmond/${LONG}` }, 'input.changes.0.node.id'],
      [{ name: LONG }, 'input.changes.0.node.name'],
      [{ aliases: ['NP', LONG] }, 'input.changes.0.node.aliases.1'],
      [{ text: `A panel. ${LONG}` }, 'input.changes.0.node.text'],
    ] as const) {
      const r = await edith.gql(PROPOSE_ID, newBody(node));
      expect(r.errors?.[0]?.extensions, argument).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    expect(MAX_WORD).toBeLessThan(LONG.length);
    expect(await h.curation.listChangeSets({ first: 100 })).toHaveLength(before);
  });
});
