// The web build over real HTTP: each file sent as it was precompressed at build time (brotli or gzip
// as the client accepts, the very bytes of x.br or x.gz, not compressed again), hashed assets cached
// for a year, a missing asset a 404 (not the page), and the build's registry of persisted queries
// known from the start: a query it lists is answered on its first GET by hash, with no POST, while
// other queries still register by POST; a registry whose hash is not its query's stops the start.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/app.js';
import type { GraphStore, ReadViewOptions } from '../../server/store/contract.js';
import { PERSISTED_QUERIES_FILE } from '../../web/build/persisted-queries.js';
import { seededStore, type TestStore } from './support/store.js';

let seeded: TestStore;
let server: RunningServer;
let webDist: string;
const logger = { info: () => {}, error: () => {} };

const ASSET = 'assets/chart-AbC123.js';
const ASSET_TEXT = `export const chart = ${JSON.stringify('govgraph chart '.repeat(400))};\n`;
const PAGE = '<!doctype html><title>govgraph</title><script type="module" src="/assets/chart-AbC123.js"></script><main id="main"></main>';
const REGISTERED = 'query Registered { partnerships { id name } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** whether each read view the server opened reads evidence */
const viewsRead: (boolean | undefined)[] = [];
const recordingViews = (store: GraphStore): GraphStore =>
  new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'readView') return (o?: ReadViewOptions) => (viewsRead.push(o?.evidence), target.readView(o));
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

/** writes `text` and its .br (quality 11) and .gz beside it, as the build does */
function writePrecompressed(file: string, text: string): void {
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${file}.gz`, gzipSync(text, { level: 9 }));
}

beforeAll(async () => {
  seeded = await seededStore();
  webDist = mkdtempSync(path.join(tmpdir(), 'govgraph-web-'));
  mkdirSync(path.join(webDist, 'assets'));
  mkdirSync(path.dirname(path.join(webDist, PERSISTED_QUERIES_FILE)));
  writePrecompressed(path.join(webDist, 'index.html'), PAGE);
  writePrecompressed(path.join(webDist, ASSET), ASSET_TEXT);
  writeFileSync(path.join(webDist, PERSISTED_QUERIES_FILE), JSON.stringify({ [sha256(REGISTERED)]: REGISTERED }));
  server = await startServer({ store: recordingViews(seeded.store), port: 0, host: '127.0.0.1', production: true, webDist, logger });
  await server.warmedUp;
});
afterAll(async () => {
  await server?.close();
  await seeded?.dispose();
  rmSync(webDist, { recursive: true, force: true });
});

/** A GET whose body comes back as sent on the wire (fetch would decode it). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('the build, precompressed', () => {
  it('sends the .br file as it was written when the browser accepts brotli, cached for a year', async () => {
    const res = await rawGet(`${server.url}/${ASSET}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.body.equals(readFileSync(path.join(webDist, `${ASSET}.br`)))).toBe(true);
  });

  it('sends the .gz file to a browser without brotli, and the file itself to one that accepts neither', async () => {
    const gz = await rawGet(`${server.url}/${ASSET}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(readFileSync(path.join(webDist, `${ASSET}.gz`)))).toBe(true);
    const plain = await rawGet(`${server.url}/${ASSET}`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(ASSET_TEXT);
  });

  it('sends the page precompressed at any path the app shows, revalidated on each visit', async () => {
    for (const at of ['/', '/chart?p=havering/csp']) {
      const res = await rawGet(`${server.url}${at}`, { accept: 'text/html', 'accept-encoding': 'br' });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body.equals(readFileSync(path.join(webDist, 'index.html.br')))).toBe(true);
    }
  });

  it('answers 404 for an asset the build does not hold, and does not serve the query registry', async () => {
    const gone = await fetch(`${server.url}/assets/chart-Gone99.js`, { headers: { accept: '*/*' } });
    expect(gone.status).toBe(404);
    const registry = await fetch(`${server.url}/${PERSISTED_QUERIES_FILE}`, { headers: { accept: '*/*' } });
    expect(await registry.text()).not.toContain('Registered');
  });
});

describe("the build's persisted queries", () => {
  const PREFLIGHT = { 'apollo-require-preflight': 'true' };
  const byHash = (hash: string) =>
    fetch(`${server.url}/graphql?${new URLSearchParams({ variables: '{}', extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) })}`, { headers: PREFLIGHT });

  it('answers a query the build registered on its first GET by hash', async () => {
    const res = await byHash(sha256(REGISTERED));
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.partnerships.map((p: { id: string }) => p.id)).toContain('havering/csp');
  });

  it('reads a query the build registered, sent by its hash, without evidence when it asks for none, as it would its text', async () => {
    viewsRead.length = 0;
    expect((await (await byHash(sha256(REGISTERED))).json()).errors).toBeUndefined();
    expect(viewsRead).toEqual([false]);
    // a hash the build does not list: its text is not known here, so evidence is read
    viewsRead.length = 0;
    await byHash(sha256('query NotListed { partnerships { id } }'));
    expect(viewsRead).toEqual([true]);
  });

  it('still has any other query registered by one POST, then answers it by hash', async () => {
    const other = 'query Other { partnerships { id } }';
    expect((await (await byHash(sha256(other))).json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: other, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(other) } } }),
    });
    expect((await registered.json()).data.partnerships.length).toBeGreaterThan(3);
    expect((await (await byHash(sha256(other))).json()).data.partnerships.length).toBeGreaterThan(3);
  });

  it('refuses to start on a registry whose hash is not its query text, naming the file', async () => {
    const bad = mkdtempSync(path.join(tmpdir(), 'govgraph-web-'));
    try {
      mkdirSync(path.dirname(path.join(bad, PERSISTED_QUERIES_FILE)), { recursive: true });
      writeFileSync(path.join(bad, 'index.html'), PAGE);
      writeFileSync(path.join(bad, PERSISTED_QUERIES_FILE), JSON.stringify({ [sha256(REGISTERED)]: '{ stats { nodes } }' }));
      await expect(startServer({ store: seeded.store, port: 0, production: true, webDist: bad, logger })).rejects.toThrow(/persisted-queries\.json: .* is not the SHA-256 of its query text/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
