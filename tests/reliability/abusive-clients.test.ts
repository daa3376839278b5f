// Clients that abuse HTTP itself rather than GraphQL, against server/main.ts in production over
// TCP written by hand (support/raw-http.ts): pipelined requests, slow and stalled bodies, heads at
// node's limits, thousands of variables, a huge query string, framing a proxy could read otherwise,
// every method, an absolute request target, bodies the express routes cannot parse. Each gets an
// answer with a clear status (and a GraphQL error code where GraphQL answers), never a dropped
// connection or a hang; the process stays up, serves /healthz after each, and logs no internal
// error: none of it is the server's fault. (The engine plays no part: the store is SQLite.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectUnharmedAfterEach, startMain, type MainProcess } from './support/main-process.js';
import { exchange, request } from './support/raw-http.js';

const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-abuse-'));
let server: MainProcess;
beforeAll(async () => {
  // hundreds of stalled clients at once, all from 127.0.0.1: past the per-client cap of
  // connection-limits.ts, which is tested on its own (connection-limits.test.ts)
  server = await startMain({ GOVGRAPH_DB: path.join(dir, 'graph.sqlite'), GOVGRAPH_MAX_CONNECTIONS_PER_CLIENT: '1000' });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});
expectUnharmedAfterEach(() => server);
/** How many requests the server has logged as ended (answered or not). */
const requestsLogged = (): number => server.output().match(/"msg":"request"/g)?.length ?? 0;

const JSON_TYPE = { 'content-type': 'application/json' };
const CLOSE = { connection: 'close' };
const TYPENAME = JSON.stringify({ query: '{ __typename }' });
const graphql = (body: string, headers: Record<string, string> = {}) => request('POST', '/graphql', { ...JSON_TYPE, ...headers }, body);
/** The GraphQL error codes of the last answer of an exchange. */
const codes = (text: string): string[] => {
  const body = text.slice(text.lastIndexOf('\r\n\r\n') + 4);
  return (JSON.parse(body) as { errors?: { extensions: { code: string } }[] }).errors?.map((e) => e.extensions.code) ?? [];
};

describe('one connection, many requests', () => {
  it('pipelined requests are answered in order, a bad one among them with its own error', async () => {
    const { text, statuses } = await exchange(server.url, graphql(TYPENAME) + request('GET', '/healthz', {}) + graphql('{"query":') + graphql(TYPENAME, CLOSE));
    expect(statuses).toEqual([200, 200, 400, 200]);
    expect(text.match(/"__typename":"Query"/g)).toHaveLength(2);
    expect(text).toContain('request body is not valid JSON');
  });
});

describe('slow and stalled bodies', () => {
  it('a body sent a few bytes at a time is read whole', async () => {
    const head = request('POST', '/graphql', { ...JSON_TYPE, ...CLOSE, 'content-length': String(TYPENAME.length) });
    const { text, statuses } = await exchange(server.url, { parts: [head, ...TYPENAME.match(/.{1,3}/g)!], pauseMs: 10 });
    expect(statuses).toEqual([200]);
    expect(text).toContain('{"data":{"__typename":"Query"}}');
  });

  it('hundreds of bodies and heads that stall hold no one else up; their clients hanging up is no fault of the server', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const logged = requestsLogged();
    // half a body each, then nothing: every route that reads a body
    const stalledBodies = ['/graphql', '/import-vru/preview?file=a.xlsx&partnership=havering', '/layout', '/auth/login'].flatMap((target) =>
      Array.from({ length: 75 }, () => exchange(server.url, { parts: [request('POST', target, JSON_TYPE, '', 100), '{"query":'], hangUp: released })),
    );
    // half a head each
    const stalledHeads = Array.from({ length: 100 }, () => exchange(server.url, { parts: ['POST /graphql HTTP/1.1\r\nhost: govgraph.test\r\ncontent-le'], hangUp: released }));
    const meanwhile = await exchange(server.url, graphql(TYPENAME, CLOSE));
    expect(meanwhile.statuses).toEqual([200]);
    release();
    // no answer to give: each client went away before its request was whole (or, on a machine slow
    // enough to take the limits of slow-clients.ts to get here, was answered 408)
    for (const gone of await Promise.all([...stalledBodies, ...stalledHeads])) expect([[], [408]]).toContainEqual(gone.statuses);
    // the server has seen them go (one log entry each, and the one for the request meanwhile) before the log is read for errors
    while (requestsLogged() < logged + stalledBodies.length + 1) await new Promise((resolve) => setTimeout(resolve, 20));
  });
});

describe('heads at node\'s limits', () => {
  it('a header, or a URL, past 16 KiB: 431 and the connection closed', async () => {
    expect((await exchange(server.url, graphql(TYPENAME, { 'x-big': 'a'.repeat(17 * 1024) }))).statuses).toEqual([431]);
    expect((await exchange(server.url, request('GET', `/graphql?query=${'%7B'.repeat(6000)}`, {}))).statuses).toEqual([431]);
  });

  it('past 2,000 header lines (within 16 KiB) the rest are not read: the request is answered', async () => {
    // after the headers that frame the request, which node would otherwise drop with the rest
    const head = graphql(TYPENAME, CLOSE).replace('\r\n\r\n', `\r\n${'x: 1\r\n'.repeat(2500)}\r\n`);
    const { text, statuses } = await exchange(server.url, head);
    expect(statuses).toEqual([200]);
    expect(text).toContain('"__typename":"Query"');
  });

  it('an Accept header of 15 KB offering no JSON: 406, with the error in JSON', async () => {
    const accept = Array.from({ length: 700 }, (_, i) => `application/x-${i};q=0.5`).join(', ').slice(0, 15_000);
    const { text, statuses } = await exchange(server.url, graphql(TYPENAME, { ...CLOSE, accept }));
    expect(statuses).toEqual([406]);
    expect(codes(text)).toEqual(['BAD_REQUEST']);
  });
});

describe('large operations', () => {
  const variables = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`v${i}`, i]));

  it('thousands of variables: past the token limit QUERY_TOO_COMPLEX, past the body limit 413; undeclared ones are no cost', async () => {
    const declared = Array.from({ length: 3000 }, (_, i) => `$v${i}: Int`).join(' ');
    const tooMany = await exchange(server.url, graphql(JSON.stringify({ query: `query Q(${declared}) { __typename }`, variables: variables(3000) }), CLOSE));
    expect(tooMany.statuses).toEqual([400]);
    expect(codes(tooMany.text)).toEqual(['QUERY_TOO_COMPLEX']);
    const tooLarge = await exchange(server.url, graphql(JSON.stringify({ query: '{ __typename }', variables: variables(10_000) }), CLOSE));
    expect(tooLarge.statuses).toEqual([413]);
    expect(codes(tooLarge.text)).toEqual(['QUERY_TOO_COMPLEX']);
    const undeclared = await exchange(server.url, graphql(JSON.stringify({ query: '{ __typename }', variables: variables(5000) }), CLOSE));
    expect(undeclared.statuses).toEqual([200]);
  });

  it('a GET whose query string is just under the head limit: QUERY_TOO_COMPLEX', async () => {
    // 2,500 tokens, past the limit of 2,000, in 10 KB
    const query = encodeURIComponent(`{ ${'a '.repeat(2500)}}`);
    expect(query.length).toBeLessThan(16 * 1024);
    const { text, statuses } = await exchange(server.url, request('GET', `/graphql?query=${query}`, { ...CLOSE, 'apollo-require-preflight': 'true' }));
    expect(statuses).toEqual([400]);
    expect(codes(text)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

describe('framing and methods', () => {
  it('framing a proxy could read otherwise (request smuggling): 400 and the connection closed', async () => {
    const framings = [
      request('POST', '/graphql', { ...JSON_TYPE, 'content-length': '5', 'transfer-encoding': 'chunked' }, '0\r\n\r\n'),
      `POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${TYPENAME.length}\r\ncontent-length: ${TYPENAME.length + 1}\r\n\r\n${TYPENAME}`,
      request('POST', '/graphql', JSON_TYPE, TYPENAME, -1),
      request('POST', '/graphql', { ...JSON_TYPE, 'transfer-encoding': 'chunked' }, 'zz\r\nabc\r\n0\r\n\r\n'),
      `POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nx-folded: a\r\n b\r\ncontent-length: ${TYPENAME.length}\r\n\r\n${TYPENAME}`,
      'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
      'GET /healthz HTTP/9.9\r\n\r\n',
    ];
    for (const framing of framings) expect((await exchange(server.url, framing)).statuses, JSON.stringify(framing)).toEqual([400]);
  });

  it('any method but GET and POST: 405 with Allow, CONNECT included; a method HTTP does not know: 400', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'HEAD']) {
      const { text, statuses } = await exchange(server.url, request(method, '/graphql', { ...CLOSE, 'apollo-require-preflight': 'true' }));
      expect(statuses, method).toEqual([405]);
      expect(text, method).toMatch(/^allow: GET, POST\r$/m);
    }
    const connect = await exchange(server.url, `CONNECT govgraph.test:443 HTTP/1.1\r\nhost: govgraph.test:443\r\n\r\n`);
    expect(connect.statuses).toEqual([405]);
    expect(codes(connect.text)).toEqual(['BAD_REQUEST']);
    expect((await exchange(server.url, request('FOO', '/graphql', CLOSE))).statuses).toEqual([400]);
  });

  it('a request target in absolute form names the resource of its path (as a client speaking to a proxy sends it)', async () => {
    const { text, statuses } = await exchange(server.url, request('POST', `${server.url}/graphql`, { ...JSON_TYPE, ...CLOSE }, TYPENAME));
    expect(statuses).toEqual([200]);
    expect(text).toContain('"__typename":"Query"');
  });
});

describe('bodies the express routes cannot parse', () => {
  it('JSON that is not, or too large: 400 or 413, with the error in JSON', async () => {
    for (const [target, body, status] of [
      ['/auth/login', '{"name":', 400],
      ['/auth/login', JSON.stringify({ name: 'a'.repeat(20_000), password: 'x' }), 413],
      ['/layout', '{"nodes":', 400],
    ] as const) {
      const { text, statuses } = await exchange(server.url, request('POST', target, { ...JSON_TYPE, ...CLOSE, origin: server.url }, body));
      expect(statuses, target).toEqual([status]);
      expect(text.slice(text.indexOf('\r\n\r\n') + 4), target).toMatch(/^\{/);
    }
  });
});
