// The caps on connections (server/http/connection-limits.ts), against server/main.ts in production
// over TCP written by hand, with caps set small by the environment: a client address past its cap,
// and anyone past the total, is answered at once with a JSON 503 and Retry-After and the connection
// closed, while the clients within the caps are served; once connections close, the address is
// served again. Held connections are half-sent heads, as a slowloris holds them. Loopback addresses
// 127.0.0.2 and .3 are other clients. (The engine plays no part: the store is SQLite.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RETRY_AFTER_SECONDS } from '../../server/http/connection-limits.js';
import { startMain, type MainProcess } from './support/main-process.js';
import { exchange, request, type Exchange } from './support/raw-http.js';

const PER_CLIENT = 4;
const TOTAL = 6;
const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-connections-'));
let server: MainProcess;
beforeAll(async () => {
  server = await startMain({ GOVGRAPH_DB: path.join(dir, 'graph.sqlite'), GOVGRAPH_MAX_CONNECTIONS: String(TOTAL), GOVGRAPH_MAX_CONNECTIONS_PER_CLIENT: String(PER_CLIENT) });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  expect(server.exited(), server.output().slice(-2000)).toBeUndefined();
  expect(server.output()).not.toMatch(/internal error/);
});

const HEALTH = request('GET', '/healthz', { connection: 'close' });

/** `n` connections from `from`, each with half a head sent, held until `release` settles. */
const hold = (n: number, from: string, release: Promise<void>): Promise<Exchange>[] =>
  Array.from({ length: n }, () => exchange(server.url, { parts: ['GET /healthz HTTP/1.1\r\nhost: govgraph.test\r\n'], hangUp: release, from }));

/** The one answer of an exchange: status, head lines and JSON error. */
function answerOf({ text, statuses }: Exchange): { status: number; head: string; message: string; code: string } {
  const split = text.indexOf('\r\n\r\n');
  const { errors } = JSON.parse(text.slice(split + 4)) as { errors: { message: string; extensions: { code: string } }[] };
  return { status: statuses[0]!, head: text.slice(0, split).toLowerCase(), message: errors[0]!.message, code: errors[0]!.extensions.code };
}

/** Asks from `from` until the answer is no refusal: the server has seen the held connections close. */
async function servedAgain(from: string): Promise<number[]> {
  for (;;) {
    const { statuses } = await exchange(server.url, { parts: [HEALTH], from });
    if (statuses[0] !== 503) return statuses;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('connection caps', () => {
  it('one address past its cap is answered 503 with Retry-After, and another address is served meanwhile', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held = hold(PER_CLIENT, '127.0.0.1', released);
    const refused = answerOf(await exchange(server.url, { parts: [HEALTH], from: '127.0.0.1' }));
    expect(refused.status).toBe(503);
    expect(refused.head).toMatch(new RegExp(`^retry-after: ${RETRY_AFTER_SECONDS}$`, 'm'));
    expect(refused.head).toMatch(/^connection: close$/m);
    expect(refused.head).toMatch(/^content-type: application\/json/m);
    expect(refused.code).toBe('TOO_MANY_CONNECTIONS');
    expect(refused.message).toBe(`this address holds the most connections one client may (${PER_CLIENT}): reuse them, or try again in ${RETRY_AFTER_SECONDS} s`);
    expect((await exchange(server.url, { parts: [HEALTH], from: '127.0.0.2' })).statuses).toEqual([200]);
    release();
    await Promise.all(held);
    expect(await servedAgain('127.0.0.1')).toEqual([200]);
  });

  it('past the total, anyone is answered 503 with Retry-After', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held = [...hold(PER_CLIENT, '127.0.0.1', released), ...hold(TOTAL - PER_CLIENT, '127.0.0.2', released)];
    const refused = answerOf(await exchange(server.url, { parts: [HEALTH], from: '127.0.0.3' }));
    expect(refused.status).toBe(503);
    expect(refused.head).toMatch(new RegExp(`^retry-after: ${RETRY_AFTER_SECONDS}$`, 'm'));
    expect(refused.message).toBe(`the server holds its most connections (${TOTAL}): try again in ${RETRY_AFTER_SECONDS} s`);
    release();
    await Promise.all(held);
    expect(await servedAgain('127.0.0.3')).toEqual([200]);
  });

  it('a request sent with a refused connection is not served: the refusal is its only answer', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held = hold(PER_CLIENT, '127.0.0.1', released);
    const gql = request('POST', '/graphql', { 'content-type': 'application/json' }, JSON.stringify({ query: '{ __typename }' }));
    const answered = await exchange(server.url, { parts: [gql, gql], from: '127.0.0.1', untilAnswered: true });
    expect(answered.statuses).toEqual([503]);
    release();
    await Promise.all(held);
    expect(await servedAgain('127.0.0.1')).toEqual([200]);
  });
});
