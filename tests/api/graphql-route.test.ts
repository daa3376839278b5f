// The lean /graphql route over real HTTP: automatic persisted queries (a hash by GET, registered by
// one POST), the response cache (a repeated read asks the store for nothing but its version), the
// ETag a browser or proxy revalidates with, and a write that retires every cached answer.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { countingStore } from './support/counting.js';
import { seededStore, type TestStore } from './support/store.js';

let seeded: TestStore;
let counted: ReturnType<typeof countingStore>;
let server: RunningServer;
const logger = { info: () => {}, error: () => {} };

beforeAll(async () => {
  seeded = await seededStore();
  counted = countingStore(seeded.store);
  server = await startServer({ store: counted.store, port: 0, host: '127.0.0.1', production: true, webDist: '/nonexistent', logger });
});
afterAll(async () => {
  await server?.close();
  await seeded?.dispose();
});

const CHAIN = 'query Chain($id: ID!) { reportingChain(id: $id) { id name } }';
/** the ids of every chain up to the top */
const chainIds = (data: { reportingChain: { id: string }[][] }) => data.reportingChain.map((c) => c.map((b) => b.id));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
// a GET needs a header a simple cross-site request cannot send (Apollo's CSRF prevention)
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

function getUrl(extensions: unknown, variables: unknown): string {
  const q = new URLSearchParams({ extensions: JSON.stringify(extensions), variables: JSON.stringify(variables) });
  return `${server.url}/graphql?${q}`;
}

const post = (body: unknown) => fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('automatic persisted queries', () => {
  it('answers a hash by GET once a POST has registered its query, and says when it does not know it', async () => {
    const query = `${CHAIN} # apq ${Date.now()}`;
    const hash = sha256(query);
    const variables = { id: 'havering/dv-marac' };
    const unknown = await fetch(getUrl(persisted(hash), variables), { headers: PREFLIGHT });
    expect((await unknown.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await post({ query, variables, extensions: persisted(hash) });
    const answer = await registered.json();
    expect(answer.errors).toBeUndefined();
    const chains = chainIds(answer.data);
    expect(chains.map((c) => c.at(-1))).toEqual(['havering/csp', 'havering/csp']);

    const byHash = await fetch(getUrl(persisted(hash), variables), { headers: PREFLIGHT });
    expect(byHash.status).toBe(200);
    expect(chainIds((await byHash.json()).data)).toEqual(chains);
    expect(byHash.headers.get('cache-control')).toBe('no-cache');
    expect(byHash.headers.get('etag')).toMatch(/^"[\w-]+"$/);
  });

  it('refuses a query whose hash does not match it', async () => {
    const res = await post({ query: CHAIN, variables: { id: 'havering/csp' }, extensions: persisted(sha256('something else')) });
    expect((await res.json()).errors[0]).toMatchObject({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('the response cache', () => {
  it('answers a repeated read from the cache: the store is asked only for its version', async () => {
    const body = { query: '{ node(id: "havering/csp") { name } }' };
    const first = await (await post(body)).json();
    counted.calls.length = 0;
    expect(await (await post(body)).json()).toEqual(first);
    expect(counted.calls.map((c) => c.method)).toEqual(['graphVersion']);
  });

  it('keeps no answer with errors', async () => {
    const body = { query: '{ reportingChain(id: "nope/none") { id } }' };
    await post(body);
    counted.calls.length = 0;
    expect((await (await post(body)).json()).errors[0].extensions.code).toBe('NOT_FOUND');
    expect(counted.calls.map((c) => c.method)).toContain('getNodes');
  });

  it('revalidates a GET with its ETag (304, no body) until a write changes the graph', async () => {
    const query = `{ node(id: "havering/csp") { name } } # etag ${Date.now()}`;
    const hash = sha256(query);
    await post({ query, extensions: persisted(hash) });
    const url = getUrl(persisted(hash), {});
    const first = await fetch(url, { headers: PREFLIGHT });
    const etag = first.headers.get('etag')!;
    expect((await first.json()).data.node.name).toBe('Havering Community Safety Partnership');

    const again = await fetch(url, { headers: { ...PREFLIGHT, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const csp = seeded.batch.nodes.find((n) => n.id === 'havering/csp')!;
    await seeded.store.writeBatch({ nodes: [{ ...csp, name: 'Safer Havering Partnership' }], rels: [] });
    const after = await fetch(url, { headers: { ...PREFLIGHT, 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect((await after.json()).data.node.name).toBe('Safer Havering Partnership');
    const posted = await (await post({ query: '{ node(id: "havering/csp") { name } }' })).json();
    expect(posted.data.node.name).toBe('Safer Havering Partnership');
    await seeded.store.writeBatch({ nodes: [csp], rels: [] });
  });
});

describe('bodies the route does not read', () => {
  it('refuses an encoded body with 415', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ stats { nodes } }' }),
    });
    expect(res.status).toBe(415);
    expect((await res.json()).errors[0].message).toMatch(/content-encoding gzip/);
  });
});
