// Production-safe HTTP: 415 for bodies the server will not read, no suggestions, security headers
// with a CSP that allows the page's own inline script by hash, compression, immutable hashed
// assets, no benchmark page, and one structured log entry per request.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/app.js';
import type { RequestLogEntry } from '../../server/graphql/server.js';
import { inlineScriptHashes } from '../../server/http/security.js';
import { seededStore, type TestStore } from './support/store.js';

let seeded: TestStore;
let prod: RunningServer;
let webDist: string;
const requests: RequestLogEntry[] = [];
const logger = { info: () => {}, error: () => {}, request: (e: RequestLogEntry) => void requests.push(e) };
const INLINE = "window.early = 1;";
const BIG_ASSET = `console.log(${JSON.stringify('govgraph '.repeat(500))});`;

beforeAll(async () => {
  seeded = await seededStore();
  webDist = mkdtempSync(path.join(tmpdir(), 'govgraph-web-'));
  mkdirSync(path.join(webDist, 'assets'));
  writeFileSync(path.join(webDist, 'index.html'), `<!doctype html><title>govgraph</title><script>${INLINE}</script><div id="app"></div>`);
  writeFileSync(path.join(webDist, 'assets', 'index-AbC123.js'), BIG_ASSET);
  writeFileSync(path.join(webDist, 'layout-bench.html'), '<!doctype html><title>bench</title>');
  prod = await startServer({ store: seeded.store, port: 0, host: '127.0.0.1', production: true, webDist, logger });
});
afterAll(async () => {
  await prod?.close();
  await seeded?.dispose();
  rmSync(webDist, { recursive: true, force: true });
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${prod.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('bodies the server will not read', () => {
  it('refuses a charset other than UTF-8 with 415', async () => {
    const res = await post({ query: '{ stats { nodes } }' }, { 'content-type': 'application/json; charset=latin1' });
    expect(res.status).toBe(415);
    expect((await res.json()).errors[0].message).toMatch(/charset latin1/);
    expect((await post({ query: '{ stats { nodes } }' }, { 'content-type': 'application/json; charset=UTF-8' })).status).toBe(200);
  });

  it('refuses a zstd (or any) content-encoding with 415', async () => {
    const res = await post({ query: '{ stats { nodes } }' }, { 'content-encoding': 'zstd' });
    expect(res.status).toBe(415);
    expect((await res.json()).errors[0].message).toMatch(/content-encoding zstd/);
  });
});

describe('production answers', () => {
  it('suggests nothing: not for a mistyped enum literal, variable, field or argument', async () => {
    const cases = [
      post({ query: '{ search(text: "x", kinds: [Bord]) { score } }' }),
      post({ query: 'query($k: [NodeKind!]) { search(text: "x", kinds: $k) { score } }', variables: { k: ['Bord'] } }),
      post({ query: '{ stats { node } }' }),
      post({ query: '{ search(txt: "x") { score } }' }),
    ];
    for (const res of await Promise.all(cases)) {
      const body = await res.text();
      expect(body).toMatch(/"errors"/);
      expect(body).not.toMatch(/Did you mean|Board|nodes|"text"|stack|\/work\//);
    }
  });

  it('sends security headers, with a CSP that allows the page\'s inline script by its hash', async () => {
    const res = await fetch(`${prod.url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`script-src 'self' ${inlineScriptHashes(`<script>${INLINE}</script>`)[0]}`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    // the health check carries the same ones (worked out once at start, not by helmet per request)
    const helmetHeaders = ['content-security-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'origin-agent-cluster', 'referrer-policy', 'x-content-type-options', 'x-dns-prefetch-control', 'x-download-options', 'x-frame-options', 'x-permitted-cross-domain-policies', 'x-xss-protection'];
    const health = await fetch(`${prod.url}/healthz`);
    for (const name of helmetHeaders) {
      expect(res.headers.get(name), name).not.toBeNull();
      expect(health.headers.get(name), name).toBe(res.headers.get(name));
    }
    // a GraphQL answer, JSON and never a page, carries an API's (security.ts): nothing to load should
    // it be opened, no framing, no sniffing, no reading by another site's no-cors load, no referrer
    const answer = await post({ query: '{ stats { nodes } }' });
    expect(Object.fromEntries(helmetHeaders.map((name) => [name, answer.headers.get(name)]))).toEqual({
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'cross-origin-opener-policy': null,
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': null,
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': null,
      'x-download-options': null,
      'x-frame-options': 'DENY',
      'x-permitted-cross-domain-policies': null,
      'x-xss-protection': null,
    });
    for (const other of [answer, health]) {
      expect(other.headers.get('x-powered-by')).toBeNull();
      expect(other.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('compresses with brotli or gzip, as the client accepts', async () => {
    for (const encoding of ['br', 'gzip']) {
      const res = await fetch(`${prod.url}/assets/index-AbC123.js`, { headers: { 'accept-encoding': encoding } });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      // fetch decodes the body: it is the file as written
      expect(await res.text()).toBe(BIG_ASSET);
    }
    const answer = await post({ query: '{ partnerships { id name aliases } }' }, { 'accept-encoding': 'br' });
    expect(answer.headers.get('content-encoding')).toBe('br');
    expect((await answer.json()).data.partnerships.length).toBeGreaterThan(3);
  });

  it('caches hashed assets for a year and revalidates the page', async () => {
    expect((await fetch(`${prod.url}/assets/index-AbC123.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${prod.url}/`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${prod.url}/partnership/x`, { headers: { accept: 'text/html' } })).headers.get('cache-control')).toBe('no-cache');
  });

  it('does not serve the layout benchmark page', async () => {
    expect((await fetch(`${prod.url}/layout-bench.html`)).status).toBe(404);
  });

  it('logs each request once, with its id, operation name, status and duration', async () => {
    requests.length = 0;
    await post({ query: 'query Counting { stats { nodes } }', operationName: 'Counting' }, { 'x-request-id': 'log-test-1' });
    await fetch(`${prod.url}/healthz?secret=1`, { headers: { 'x-request-id': 'log-test-2' } });
    // answered inside a router mounted at /export: logged by its whole path
    await fetch(`${prod.url}/export?list=1`, { headers: { 'x-request-id': 'log-test-3' } });
    await new Promise((r) => setTimeout(r, 50));
    // the server's own warm-up at start asks /graphql too, and may still be at it when this test runs alone
    expect(requests.filter((r) => r.requestId.startsWith('log-test-'))).toEqual([
      { requestId: 'log-test-1', method: 'POST', path: '/graphql', status: 200, ms: expect.any(Number), operationName: 'Counting' },
      { requestId: 'log-test-2', method: 'GET', path: '/healthz', status: 200, ms: expect.any(Number) },
      { requestId: 'log-test-3', method: 'GET', path: '/export', status: 200, ms: expect.any(Number) },
    ]);
  });

  it('listens on the loopback interface unless told otherwise', async () => {
    const local = await startServer({ store: seeded.store, port: 0, webDist, logger });
    try {
      expect(local.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await local.close();
    }
  });
});
