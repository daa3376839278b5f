// The real HTTP server on an ephemeral port: health, readiness, GraphQL over POST and GET,
// CSRF prevention, body size, request ids, masking of internal errors, the landing page and
// the web app with its single-page fallback.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { API_SECURITY_HEADERS } from '../../server/http/security.js';
import type { GraphStore } from '../../server/store/contract.js';
import { seededStore, type TestStore } from './support/store.js';

let seeded: TestStore;
let server: RunningServer;
let webDist: string;
let explorerDist: string;
const log: string[] = [];
const logger = { info: () => {}, error: (m: string) => void log.push(m) };

/** The seeded store, but `stats` and `ping` fail like a store that lost its file. */
// every GraphQL request reads through its own readView(), so the fault is injected there too
const brokenStore = (store: GraphStore): GraphStore =>
  new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'stats') return async () => { throw new Error('disk I/O error (secret path /var/db)'); };
      if (prop === 'ping') return async () => { throw new Error('database is locked'); };
      if (prop === 'readView') return async () => brokenStore(await target.readView());
      // a view goes back to the store's pool when closed: the view itself, not this proxy of it
      if (prop === 'close') return () => target.close();
      return Reflect.get(target, prop, receiver);
    },
  });

/** A view whose graph version cannot be read: the one read the /graphql route makes itself, outside Apollo. */
const versionlessView = <V extends object>(view: V): V =>
  new Proxy(view, {
    get(target, prop) {
      if (prop === 'graphVersion') return async () => { throw new Error('database is locked'); };
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

beforeAll(async () => {
  seeded = await seededStore();
  webDist = mkdtempSync(path.join(tmpdir(), 'govgraph-web-'));
  mkdirSync(path.join(webDist, 'assets'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>govgraph</title><div id="app"></div>');
  writeFileSync(path.join(webDist, 'assets', 'app.js'), 'console.log("govgraph")');
  explorerDist = mkdtempSync(path.join(tmpdir(), 'govgraph-explorer-'));
  mkdirSync(path.join(explorerDist, 'assets'));
  writeFileSync(path.join(explorerDist, 'index.html'), '<!doctype html><title>explorer</title><div id="graphiql"></div>');
  writeFileSync(path.join(explorerDist, 'assets', 'graphiql.js'), '/* graphiql */');
  server = await startServer({ store: seeded.store, port: 0, host: '127.0.0.1', production: false, webDist, explorerDist, logger });
});
afterAll(async () => {
  await server?.close();
  await seeded?.dispose();
  rmSync(webDist, { recursive: true, force: true });
  rmSync(explorerDist, { recursive: true, force: true });
});

const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('health', () => {
  it('/healthz says the process is up', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz pings the store, and says 503 when it cannot', async () => {
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', engine: 'sqlite' });
    const broken = await startServer({ store: brokenStore(seeded.store), port: 0, host: '127.0.0.1', production: true, webDist, logger });
    try {
      const down = await fetch(`${broken.url}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable', engine: 'sqlite' });
    } finally {
      await broken.close();
    }
  });
});

describe('/graphql', () => {
  it('answers a POST, and echoes or makes a request id', async () => {
    const res = await post(server.url, { query: '{ node(id: "havering/csp") { name } }' }, { 'x-request-id': 'trace-123' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('trace-123');
    expect(await res.json()).toEqual({ data: { node: { name: 'Havering Community Safety Partnership' } } });
    const fresh = await post(server.url, { query: '{ stats { nodes } }' }, { 'x-request-id': 'not a sane id!' });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('prevents CSRF: a simple GET is refused, a text/plain POST is not read (415), a preflighted request is served', async () => {
    const query = encodeURIComponent('{ stats { nodes } }');
    const simple = await fetch(`${server.url}/graphql?query=${query}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
    const plain = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ stats { nodes } }' }) });
    expect(plain.status).toBe(415);
    expect((await plain.json()).errors[0].message).toMatch(/content-type must be application\/json/);
    const preflighted = await fetch(`${server.url}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect((await preflighted.json()).data.stats.nodes).toBe(seeded.batch.nodes.length);
  });

  it('refuses a body over the size limit with 413 and QUERY_TOO_COMPLEX', async () => {
    const res = await post(server.url, { query: `{ stats { nodes } } # ${'x'.repeat(110_000)}` });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('says BAD_USER_INPUT for a body that is not JSON', async () => {
    const res = await post(server.url, '{"query": ');
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('reports a limit over HTTP with its code and a 400', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: stats { nodes }`).join(' ');
    const res = await post(server.url, { query: `{ ${aliases} }` });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('carries NOT_FOUND and BAD_USER_INPUT with paths over HTTP', async () => {
    const res = await post(server.url, { query: '{ reportingChain(id: "nope") { id } stats { nodes } }' });
    const body = await res.json();
    expect(body.errors[0]).toMatchObject({ path: ['reportingChain'], extensions: { code: 'NOT_FOUND' } });
    expect(body.data).toBeNull();
  });

  it('masks internal errors in production, logs them with the request id, and gives the client that id', async () => {
    const prod = await startServer({ store: brokenStore(seeded.store), port: 0, host: '127.0.0.1', production: true, webDist, logger });
    const dev = await startServer({ store: brokenStore(seeded.store), port: 0, host: '127.0.0.1', production: false, webDist, logger });
    try {
      log.length = 0;
      const res = await post(prod.url, { query: '{ stats { nodes } }' }, { 'x-request-id': 'req-prod-1' });
      const body = await res.json();
      expect(body.errors).toEqual([
        { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['stats'], extensions: { code: 'INTERNAL', requestId: 'req-prod-1' } },
      ]);
      expect(log.some((line) => line.includes('[req-prod-1]') && line.includes('disk I/O error'))).toBe(true);

      const devBody = await (await post(dev.url, { query: '{ stats { nodes } }' })).json();
      expect(devBody.errors[0]).toMatchObject({ message: 'disk I/O error (secret path /var/db)', extensions: { code: 'INTERNAL' } });
    } finally {
      await prod.close();
      await dev.close();
    }
  });

  it("answers a fault outside Apollo's pipeline (the graph version the response cache reads) as INTERNAL, with the API's security headers", async () => {
    const versionless = new Proxy(seeded.store, {
      get(target, prop, receiver) {
        if (prop === 'readView') return async () => versionlessView(await target.readView());
        return Reflect.get(target, prop, receiver);
      },
    });
    const prod = await startServer({ store: versionless, port: 0, host: '127.0.0.1', production: true, webDist, logger });
    try {
      log.length = 0;
      const res = await post(prod.url, { query: '{ stats { nodes } }' }, { 'x-request-id': 'req-route-1' });
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL', requestId: 'req-route-1' } }] });
      expect(res.headers.get('x-request-id')).toBe('req-route-1');
      for (let i = 0; i < API_SECURITY_HEADERS.length; i += 2) expect(res.headers.get(API_SECURITY_HEADERS[i]!)).toBe(API_SECURITY_HEADERS[i + 1]);
      expect(log.some((line) => line.includes('[req-route-1]') && line.includes('database is locked'))).toBe(true);
    } finally {
      await prod.close();
    }
  });

  it('shows the bundled explorer outside production only, and no introspection in production', async () => {
    const landing = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain('<div id="graphiql">');
    expect(landing.headers.get('content-security-policy')).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(await (await fetch(`${server.url}/explorer/assets/graphiql.js`)).text()).toBe('/* graphiql */');
    const prod = await startServer({ store: seeded.store, port: 0, host: '127.0.0.1', production: true, webDist, explorerDist, logger });
    try {
      expect(prod.servesExplorer).toBe(false);
      const none = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await none.text()).not.toMatch(/graphiql|apollo-server-landing-page|embeddable-sandbox|Apollo Sandbox/i);
      expect(await (await fetch(`${prod.url}/explorer/assets/graphiql.js`)).text()).not.toBe('/* graphiql */');
      const introspection = await (await post(prod.url, { query: '{ __schema { queryType { name } } }' })).json();
      expect(introspection.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await prod.close();
    }
  });
});

describe('the web app', () => {
  it('is served at / with its assets, and any other page falls back to index.html', async () => {
    expect(server.servesWeb).toBe(true);
    const index = await fetch(`${server.url}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<div id="app">');
    const asset = await fetch(`${server.url}/assets/app.js`);
    expect(await asset.text()).toBe('console.log("govgraph")');
    const route = await fetch(`${server.url}/partnership/havering%2Fcsp`, { headers: { accept: 'text/html' } });
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="app">');
    // API paths are never swallowed by the fallback
    expect(await (await fetch(`${server.url}/healthz`, { headers: { accept: 'text/html' } })).json()).toEqual({ status: 'ok' });
  });

  it('is not served when there is no build', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'govgraph-noweb-'));
    const bare = await startServer({ store: seeded.store, port: 0, host: '127.0.0.1', webDist: empty, logger });
    try {
      expect(bare.servesWeb).toBe(false);
      expect((await fetch(`${bare.url}/`, { headers: { accept: 'text/html' } })).status).toBe(404);
    } finally {
      await bare.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
