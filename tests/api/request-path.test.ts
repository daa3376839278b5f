// The fixed cost of a /graphql request (issue 15), as behaviour: a request opens a read view only
// when a resolver reads the store (counted exactly on a real SQLite store), the view ends with the
// request, and every answer the route writes in its one writeHead carries an API answer's security
// headers and the request id, whatever its status.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { API_SECURITY_HEADERS } from '../../server/http/security.js';
import type { GraphStore } from '../../server/store/contract.js';
import { seededStore, type TestStore } from './support/store.js';

let seeded: TestStore;
let uncached: RunningServer;
let cached: RunningServer;
const views = { opened: 0, closed: 0 };
const logger = { info: () => {}, error: () => {} };

/** The store, counting the read views opened on it and closed. */
function countingViews(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop !== 'readView') return Reflect.get(target, prop, receiver);
      return async (...args: Parameters<GraphStore['readView']>) => {
        const view = await target.readView(...args);
        views.opened++;
        return new Proxy(view, {
          get(v, p, r) {
            if (p !== 'close') return Reflect.get(v, p, r);
            return async () => {
              views.closed++;
              return v.close();
            };
          },
        });
      };
    },
  });
}

beforeAll(async () => {
  seeded = await seededStore();
  uncached = await startServer({ store: countingViews(seeded.store), port: 0, host: '127.0.0.1', production: true, webDist: '/nonexistent', logger, responseCache: false });
  cached = await startServer({ store: seeded.store, port: 0, host: '127.0.0.1', production: true, webDist: '/nonexistent', logger });
});
afterAll(async () => {
  await uncached?.close();
  await cached?.close();
  await seeded?.dispose();
});

const post = (server: RunningServer, body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

/** Opens and closes counted over `run`, once its answer has been read. */
async function viewsOf(run: () => Promise<Response>): Promise<{ opened: number; closed: number; status: number }> {
  const before = { ...views };
  const res = await run();
  await res.text();
  return { opened: views.opened - before.opened, closed: views.closed - before.closed, status: res.status };
}

describe('read views', () => {
  it('opens none for a request whose answer reads nothing from the store', async () => {
    expect(await viewsOf(() => post(uncached, JSON.stringify({ query: '{ __typename }' })))).toEqual({ opened: 0, closed: 0, status: 200 });
    // refused by validation, and by the static cost, before any resolver runs
    expect(await viewsOf(() => post(uncached, JSON.stringify({ query: '{ nope }' })))).toEqual({ opened: 0, closed: 0, status: 400 });
    const wide = 'id name aliases text note validFrom validTo evidence { locator quote source { name } }';
    const costly = `{ bodies(first: 100) { nodes { ${wide} reportsTo { body { ${wide} } } members { organisation { ${wide} } } chairs { organisation { ${wide} } } } } }`;
    expect(await viewsOf(() => post(uncached, JSON.stringify({ query: costly })))).toEqual({ opened: 0, closed: 0, status: 400 });
  });

  it('opens one for a request that reads, and closes it by the time the answer is sent', async () => {
    const read = await viewsOf(() => post(uncached, JSON.stringify({ query: '{ node(id: "havering/csp") { name } reportingChain(id: "havering/dv-marac") { id } }' })));
    expect(read).toEqual({ opened: 1, closed: 1, status: 200 });
  });
});

describe('the head of every answer', () => {
  it('carries an API answer\'s security headers and the request id, whatever the status', async () => {
    // their values are asserted in http-hardening.test.ts
    const security = API_SECURITY_HEADERS.flatMap((name, i) => (i % 2 === 0 ? [[name, API_SECURITY_HEADERS[i + 1]!] as const] : []));
    const query = JSON.stringify({ query: '{ node(id: "havering/csp") { name } }' });
    const answers: [string, Promise<Response>, number][] = [
      ['answered', post(cached, query, { 'x-request-id': 'path-1' }), 200],
      ['answered again, from the cache', post(cached, query, { 'x-request-id': 'path-2' }), 200],
      ['invalid', post(cached, JSON.stringify({ query: '{ nope }' }), { 'x-request-id': 'path-3' }), 400],
      ['not JSON', post(cached, '{', { 'x-request-id': 'path-4' }), 400],
      ['too large', post(cached, JSON.stringify({ query: `{ __typename } #${'x'.repeat(200 * 1024)}` }), { 'x-request-id': 'path-5' }), 413],
      ['not JSON by its type', fetch(`${cached.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', 'x-request-id': 'path-6' }, body: query }), 415],
    ];
    for (const [i, [what, pending, status]] of answers.entries()) {
      const res = await pending;
      expect(res.status, what).toBe(status);
      expect(res.headers.get('x-request-id'), what).toBe(`path-${i + 1}`);
      for (const [name, value] of security) expect(res.headers.get(name), `${what}: ${name}`).toBe(value);
      expect(Number(res.headers.get('content-length')), what).toBe(Buffer.byteLength(await res.text()));
    }
  });

  it('gives a request without a sane id a fresh one', async () => {
    const res = await post(cached, JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': 'no spaces allowed' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('query texts handed to Apollo by their hash (query-hashes.ts)', () => {
  const errorsOf = async (res: Response) => ((await res.json()) as { errors?: { message: string; extensions: { code: string } }[] }).errors;

  it('answers a text sent again as it answered it the first time, errors included', async () => {
    for (const query of ['{ node(id: "havering/csp") { name } }', '{ node(id: "havering/csp") { name ', '{ nope }']) {
      const first = await (await post(uncached, JSON.stringify({ query }))).text();
      for (let i = 0; i < 3; i++) expect(await (await post(uncached, JSON.stringify({ query }))).text(), query).toBe(first);
    }
    const again = await (await post(uncached, JSON.stringify({ query: '{ node(id: "havering/csp") { name } }' }))).json();
    expect(again).toEqual({ data: { node: { name: 'Havering Community Safety Partnership' } } });
    expect((await errorsOf(await post(uncached, JSON.stringify({ query: '{ node(id: "havering/csp") { name ' }))))![0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses an empty text as Apollo does, not as an unknown persisted query', async () => {
    const res = await post(uncached, JSON.stringify({ query: '' }));
    expect(res.status).toBe(400);
    expect((await errorsOf(res))![0]!.message).toMatch(/non-empty `query`/);
  });

  it('registers nothing: a text sent without a hash is not then known by its hash', async () => {
    const query = `{ __typename } # sent by text ${Date.now()}`;
    await post(uncached, JSON.stringify({ query }));
    const hash = createHash('sha256').update(query).digest('hex');
    const byHash = await fetch(`${uncached.url}/graphql?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect((await errorsOf(byHash))![0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
