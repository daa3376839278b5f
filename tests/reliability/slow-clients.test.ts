// Clients that send slowly or stall (slowloris), against server/main.ts in production over TCP
// written by hand (support/raw-http.ts), with the limits of slow-clients.ts set short by the
// environment: a head that stalls, a body that stops making progress, and a body that trickles past
// the whole request's limit (or, a small body, its own shorter one) are each answered 408 with a JSON error and their connection closed;
// a slow body that keeps making progress is served, however long past the idle limit it takes; the
// server answers others meanwhile. Each exchange ends when the server closes the connection, so a
// limit that fails to apply holds the test until vitest's timeout; nothing here times the server.
// (Hundreds of stalled clients at once: abusive-clients.test.ts, under the default limits.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_BODY_BYTES } from '../../server/http/slow-clients.js';
import { startMain, type MainProcess } from './support/main-process.js';
import { exchange, request } from './support/raw-http.js';

// a progressing body below pauses of PAUSE_MS each: 20 times within the idle limit, so a loaded
// machine delaying a write does not make it a stall; it runs several times the idle limit in all
const IDLE_S = 2;
const PAUSE_MS = 100;
const REQUEST_S = 12;
const SMALL_BODY_S = 8;
const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-slow-'));
let server: MainProcess;
beforeAll(async () => {
  server = await startMain({
    GOVGRAPH_DB: path.join(dir, 'graph.sqlite'),
    GOVGRAPH_HEADERS_TIMEOUT: String(IDLE_S),
    GOVGRAPH_BODY_IDLE_TIMEOUT: String(IDLE_S),
    GOVGRAPH_REQUEST_TIMEOUT: String(REQUEST_S),
    GOVGRAPH_SMALL_BODY_TIMEOUT: String(SMALL_BODY_S),
  });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  expect(server.exited(), server.output().slice(-2000)).toBeUndefined();
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  expect(server.output()).not.toMatch(/internal error/);
});

const TYPENAME = JSON.stringify({ query: '{ __typename }' });

/** The head and body of the one answer of an exchange: its head's lines and its JSON error's message and code. */
function answerOf(text: string): { head: string; message: string; code: string } {
  const split = text.indexOf('\r\n\r\n');
  const { errors } = JSON.parse(text.slice(split + 4)) as { errors: { message: string; extensions: { code: string } }[] };
  return { head: text.slice(0, split).toLowerCase(), message: errors[0]!.message, code: errors[0]!.extensions.code };
}

// every route that reads a body: /graphql's own reader and the express routes' parsers
const ROUTES = ['/graphql', '/auth/login', '/import-vru/preview?file=a.xlsx&partnership=havering', '/layout'];

describe('bodies', () => {
  it('a body that stops making progress is answered 408 after the idle limit, and its connection closed, on every route', async () => {
    const stalled = ROUTES.map((target) =>
      exchange(server.url, { parts: [request('POST', target, { 'content-type': 'application/json', origin: server.url }, '', 100), '{"query":'] }),
    );
    // the server answers others meanwhile
    const meanwhile = await exchange(server.url, request('POST', '/graphql', { 'content-type': 'application/json', connection: 'close' }, TYPENAME));
    expect(meanwhile.statuses).toEqual([200]);
    for (const [i, cut] of (await Promise.all(stalled)).entries()) {
      // the exchange has ended: the server closed the connection
      expect(cut.statuses, ROUTES[i]).toEqual([408]);
      const { head, message, code } = answerOf(cut.text);
      expect(head, ROUTES[i]).toMatch(/^connection: close$/m);
      expect(head, ROUTES[i]).toMatch(/^x-request-id: [\w-]+$/m);
      expect(head, ROUTES[i]).toMatch(/^content-type: application\/json/m);
      expect(message, ROUTES[i]).toBe(`the request body made no progress for ${IDLE_S} s: the request is dropped (send the body without pausing)`);
      expect(code).toBe('BAD_REQUEST');
    }
  });

  it('a slow body that keeps making progress is read whole and answered, though it takes several idle limits', async () => {
    // padded with whitespace JSON allows, sent a byte or two at a time
    const body = TYPENAME + ' '.repeat(60);
    const parts = [request('POST', '/graphql', { 'content-type': 'application/json', connection: 'close', 'content-length': String(body.length) }), ...body.match(/.{1,2}/g)!];
    expect(((parts.length - 1) * PAUSE_MS) / 1000).toBeGreaterThan(IDLE_S);
    const { text, statuses } = await exchange(server.url, { parts, pauseMs: PAUSE_MS });
    expect(statuses).toEqual([200]);
    expect(text).toContain('{"data":{"__typename":"Query"}}');
  });

  it('a large body that trickles in just fast enough is cut at the whole request\'s limit: 408', async () => {
    // declared larger than a small body (a template upload, which takes up to 10 MB from anyone), a
    // byte per pause: far more bytes than the request's limit lets arrive
    const length = SMALL_BODY_BYTES + 1;
    const head = request('POST', '/import-vru/preview?file=a.csv&partnership=havering', { 'content-type': 'text/csv', 'content-length': String(length) });
    const { text, statuses } = await exchange(server.url, { parts: [head, ...' '.repeat(Math.ceil((REQUEST_S * 1000) / PAUSE_MS) * 4)], pauseMs: PAUSE_MS, untilAnswered: true });
    expect(statuses).toEqual([408]);
    expect(answerOf(text).message).toBe(`the request was not received whole within ${REQUEST_S} s: the request is dropped`);
  });

  it('a small body (every anonymous one) that trickles in is cut at its own, shorter limit: 408', async () => {
    const length = Math.ceil((SMALL_BODY_S * 1000) / PAUSE_MS) * 4;
    for (const headers of [{ 'content-length': String(length) }, { 'transfer-encoding': 'chunked' }] as Record<string, string>[]) {
      const head = request('POST', '/graphql', { 'content-type': 'application/json', ...headers });
      const chunked = 'transfer-encoding' in headers;
      const bytes = Array.from({ length }, () => (chunked ? '1\r\n \r\n' : ' '));
      const { text, statuses } = await exchange(server.url, { parts: [head, ...bytes], pauseMs: PAUSE_MS, untilAnswered: true });
      expect(statuses, JSON.stringify(headers)).toEqual([408]);
      expect(answerOf(text).message).toBe(`a request body of at most ${SMALL_BODY_BYTES / 1024} KB was not received within ${SMALL_BODY_S} s: the request is dropped`);
    }
  });
});

describe('heads', () => {
  it('a head that stalls is answered 408 after the head limit, and its connection closed', async () => {
    const { text, statuses } = await exchange(server.url, 'POST /graphql HTTP/1.1\r\nhost: govgraph.test\r\ncontent-type: appli');
    expect(statuses).toEqual([408]);
    const { head, message, code } = answerOf(text);
    expect(head).toMatch(/^connection: close$/m);
    expect(message).toBe(`the request head was not received within ${IDLE_S} s (or the whole request within ${REQUEST_S} s): the request is dropped`);
    expect(code).toBe('BAD_REQUEST');
  });

  it('node\'s other refusals carry a JSON error too: a head that is not HTTP is answered 400 saying why', async () => {
    const { text, statuses } = await exchange(server.url, 'GET /healthz HTTP/9.9\r\n\r\n');
    expect(statuses).toEqual([400]);
    expect(answerOf(text).message).toMatch(/^the request is not valid HTTP\/1\.1: /);
  });
});
