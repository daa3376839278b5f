// The lean /graphql route over real HTTP: automatic persisted queries (a hash by GET, registered by
// one POST), the response cache (a repeated read asks the store for nothing but its version), the
// ETag a browser or proxy revalidates with, a write that retires every cached answer, answers
// compressed by the route as the client accepts, and bodies read in chunks within the limit.
import { createHash } from 'node:crypto';
import http from 'node:http';
import zlib from 'node:zlib';
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

describe('compression of answers (by the route, not the middleware)', () => {
  // an answer well over the 1 KiB threshold, and one under it
  const BIG = { query: '{ partnerships { id name aliases } }' };
  const SMALL = { query: '{ __typename }' };
  const postWith = (body: unknown, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; raw: Buffer }>((resolve, reject) => {
      const req = http.request(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, raw: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });

  it('sends a large answer in brotli, else gzip, as the client accepts, and the same answer each time', async () => {
    const plain = await postWith(BIG, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    const text = plain.raw.toString('utf8');
    expect(text.length).toBeGreaterThan(1024);
    expect(JSON.parse(text).data.partnerships.length).toBeGreaterThan(3);
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br, zstd', 'br', zlib.brotliDecompressSync],
      ['gzip, br;q=0', 'gzip', zlib.gunzipSync],
      ['*', 'br', zlib.brotliDecompressSync],
    ] as const) {
      // twice: the second is the kept answer, compressed once and sent again
      for (let i = 0; i < 2; i++) {
        const res = await postWith(BIG, { 'accept-encoding': accept });
        expect(res.status).toBe(200);
        expect(res.headers['content-encoding'], accept).toBe(encoding);
        expect(res.headers.vary).toMatch(/accept-encoding/i);
        expect(decode(res.raw).toString('utf8')).toBe(text);
      }
    }
  });

  it('sends an answer over 64 KiB (compressed off the main thread) in either encoding, whole', async () => {
    const HUGE = { query: '{ bodies(first: 100) { nodes { id name aliases text } } actions(first: 100) { nodes { id name text } } strategies(first: 100) { nodes { id name text } } }' };
    const plain = await postWith(HUGE, {});
    const text = plain.raw.toString('utf8');
    expect(JSON.parse(text).errors, text.slice(0, 300)).toBeUndefined();
    expect(Buffer.byteLength(text)).toBeGreaterThan(64 * 1024);
    for (const [accept, decode] of [
      ['br', zlib.brotliDecompressSync],
      ['gzip', zlib.gunzipSync],
    ] as const) {
      const res = await postWith(HUGE, { 'accept-encoding': accept });
      expect(res.headers['content-encoding']).toBe(accept);
      expect(decode(res.raw).toString('utf8')).toBe(text);
    }
  });

  it('gives each encoding of a GET answer its own ETag, and revalidates each', async () => {
    const query = `{ partnerships { id name aliases } } # etag per encoding ${Date.now()}`;
    const hash = sha256(query);
    await post({ query, extensions: persisted(hash) });
    const url = getUrl(persisted(hash), {});
    const tags = new Set<string>();
    for (const accept of ['identity', 'br', 'gzip']) {
      const first = await fetch(url, { headers: { ...PREFLIGHT, 'accept-encoding': accept } });
      expect(first.status).toBe(200);
      expect(first.headers.get('content-encoding') ?? 'identity').toBe(accept);
      expect((await first.json()).data.partnerships.length).toBeGreaterThan(3);
      const etag = first.headers.get('etag')!;
      tags.add(etag);
      const again = await fetch(url, { headers: { ...PREFLIGHT, 'accept-encoding': accept, 'if-none-match': etag } });
      expect(again.status, accept).toBe(304);
    }
    expect(tags.size).toBe(3);
  });

  it('sends a large answer as it is when the client refuses both encodings', async () => {
    for (const accept of ['identity', 'br;q=0, gzip;q=0', 'deflate']) {
      const res = await postWith(BIG, { 'accept-encoding': accept });
      expect(res.headers['content-encoding'], accept).toBeUndefined();
      expect(JSON.parse(res.raw.toString('utf8')).data.partnerships.length).toBeGreaterThan(3);
    }
  });

  it('sends a small answer as it is, whatever the client accepts', async () => {
    const res = await postWith(SMALL, { 'accept-encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toBeUndefined();
    expect(JSON.parse(res.raw.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('bodies sent in chunks, without a length', () => {
  const chunked = (parts: string[]) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      for (const p of parts) req.write(p);
      req.end();
    });

  it('reads a body in several chunks', async () => {
    const text = JSON.stringify({ query: `{ node(id: "havering/csp") { name } } # ${'y'.repeat(30_000)}` });
    const res = await chunked([text.slice(0, 10), text.slice(10, 20_000), text.slice(20_000)]);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).data.node.name).toBe('Havering Community Safety Partnership');
  });

  it('refuses one that passes the limit on the way with 413', async () => {
    const res = await chunked(['{"query": "{ stats { nodes } } #', 'x'.repeat(60_000), 'x'.repeat(60_000), '"}']);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});
