// The /graphql route's lean path (server/http/lean-operation.ts) answers exactly as Apollo's HTTP
// handling does. Over real HTTP, each request is sent twice to the same server: with the content
// type clients send (`application/json`: the lean path) and spelled otherwise
// (`application/json;charset=utf-8`, which the route reads alike but leaves to Apollo's
// executeHTTPGraphQLRequest); status, every header but the date, and body must be the same
// (support/both-paths.ts; lean-operation-fuzz.test.ts sends generated requests the same way).
// Then which requests the lean path takes, on a real Apollo server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { createContext, type Context } from '../../server/graphql/context.js';
import { createApolloServer } from '../../server/graphql/server.js';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { leanAnswer, singleResultType } from '../../server/http/lean-operation.js';
import { QueryHashes } from '../../server/http/query-hashes.js';
import type { GraphStore } from '../../server/store/contract.js';
import { APOLLO_TYPE as APOLLO, bothWays, LEAN_TYPES, type Seen } from './support/both-paths.js';
import { seededStore, type TestStore } from './support/store.js';

let seeded: TestStore;
let server: RunningServer;
let broken: RunningServer;
const logger = { info: () => {}, error: () => {} };

/** The seeded store whose reads of `stats` fail, as a store that lost its file: an internal error. */
const brokenStore = (store: GraphStore): GraphStore =>
  new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'stats') return async () => Promise.reject(new Error('disk I/O error'));
      if (prop === 'readView') return async () => brokenStore(await target.readView());
      if (prop === 'close') return () => target.close();
      return Reflect.get(target, prop, receiver);
    },
  });

beforeAll(async () => {
  seeded = await seededStore();
  // every request executes: a kept answer would make the two paths the same trivially
  server = await startServer({ store: seeded.store, port: 0, host: '127.0.0.1', production: true, webDist: '/nonexistent', logger, responseCache: false });
  broken = await startServer({ store: brokenStore(seeded.store), port: 0, host: '127.0.0.1', production: true, webDist: '/nonexistent', logger, responseCache: false });
});
afterAll(async () => {
  await server?.close();
  await broken?.close();
  await seeded?.dispose();
});

const LEAN = LEAN_TYPES[0];
/** The lean path's answer, checked against Apollo's, from `base` (the seeded server unless told). */
const both = (body: unknown, headers: Record<string, string> = {}, base = server.url): Promise<Seen> => bothWays({ base }, body, headers);

const CHAIN = 'query Chain($id: ID!) { reportingChain(id: $id) { id name } }';
const sha = '0'.repeat(64);

describe('the lean path answers as Apollo does', () => {
  it('an answer, with its status, content type and no cache-control', async () => {
    const seen = await both({ query: CHAIN, variables: { id: 'havering/dv-marac' } });
    expect(seen.status).toBe(200);
    expect(seen.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(seen.headers['cache-control']).toBeUndefined();
    expect(JSON.parse(seen.body).data.reportingChain.length).toBeGreaterThan(0);
    // the same text again: by its hash (query-hashes.ts) on both paths
    await both({ query: CHAIN, variables: { id: 'havering/dv-marac' } });
  });

  it('each Accept header Apollo answers in JSON, and those it answers 406', async () => {
    const body = { query: '{ node(id: "havering/csp") { name } }' };
    const types = new Map<string, string>();
    for (const accept of ['*/*', 'application/json', 'application/graphql-response+json', 'application/graphql-response+json, application/json;q=0.9', 'application/json;q=0.5, application/graphql-response+json', 'text/html', 'text/html, */*;q=0.1', 'multipart/mixed']) {
      const seen = await both(body, { accept });
      types.set(accept, seen.status === 200 ? seen.headers['content-type']! : String(seen.status));
    }
    expect(types.get('application/graphql-response+json')).toBe('application/graphql-response+json; charset=utf-8');
    expect(types.get('text/html')).toBe('406');
  });

  it('errors: syntax, validation, variables, an unknown operation, a resolver\'s, a cost over the limit', async () => {
    const statuses = [];
    for (const body of [
      { query: '{ node(id: "havering/csp") { name ' },
      { query: '{ nope }' },
      { query: CHAIN, variables: { id: [5] } },
      { query: CHAIN },
      { query: `${CHAIN} query Other { stats { nodes } }` },
      { query: `${CHAIN} query Other { stats { nodes } }`, operationName: 'Other' },
      { query: CHAIN, operationName: 'Missing', variables: { id: 'havering/csp' } },
      { query: '{ reportingChain(id: "nope") { id } stats { nodes } }' },
      { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }` },
      { query: '{ node(id: "havering/csp") { name } }', variables: null, operationName: null, extensions: null },
    ]) {
      statuses.push((await both(body)).status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 200, 400, 200, 400, 200]);
  });

  it('an internal error, masked', async () => {
    const seen = await both({ query: '{ stats { nodes } }' }, {}, broken.url);
    expect(JSON.parse(seen.body).errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL', requestId: 'lean-test' } });
  });

  it('persisted queries: unknown, wrong version, a hash that is not its text\'s', async () => {
    const statuses = [];
    for (const extensions of [{ persistedQuery: { version: 1, sha256Hash: sha } }, { persistedQuery: { version: 2, sha256Hash: sha } }]) {
      statuses.push((await both({ extensions })).status);
      statuses.push((await both({ query: CHAIN, variables: { id: 'havering/csp' }, extensions })).status);
    }
    expect(statuses).toEqual([200, 400, 400, 400]);
  });

  it('bodies Apollo refuses, in its words', async () => {
    const statuses = [];
    for (const body of ['{}', 'null', '[]', '[{"query":"{ __typename }"}]', '"text"', { query: '' }, { query: null }, { query: 5 }, { other: 1 }, { query: '{ __typename }', variables: '{}' }, { query: '{ __typename }', variables: [] }, { query: '{ __typename }', extensions: '{}' }, { query: '{ __typename }', operationName: 5 }]) {
      statuses.push((await both(body)).status);
    }
    expect(statuses.every((s) => s === 400)).toBe(true);
  });
});

describe('which requests the lean path takes', () => {
  let apollo: ApolloServer<Context>;
  const hashes = new QueryHashes();
  beforeAll(async () => {
    apollo = createApolloServer({ production: true, logger, lentQueries: hashes });
    await apollo.start();
  });
  afterAll(async () => apollo?.stop());

  const request = (method: string, headers: Record<string, string>, body: unknown) => ({ method, headers: new HeaderMap(Object.entries(headers)), search: '', body });
  const context = () => createContext(seeded.store, 'lean-test');
  const lean = (method: string, headers: Record<string, string>, body: unknown) => leanAnswer(apollo, request(method, headers, body), undefined, context);
  const QUERY = { query: '{ __typename }' };

  it('a POST of JSON, one operation, an Accept header answered in JSON', async () => {
    const answer = await lean('POST', { 'content-type': LEAN }, QUERY);
    expect(answer).toMatchObject({ status: undefined, body: { kind: 'complete', string: '{"data":{"__typename":"Query"}}' } });
    expect(answer!.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await lean('POST', { 'content-type': 'application/json; charset=utf-8', accept: '*/*' }, QUERY)).toBeDefined();
  });

  it('a query text by its hash, the text lent as the route lends it', async () => {
    const hash = hashes.hashOf(QUERY.query)!;
    hashes.lend(hash, QUERY.query);
    try {
      const answer = await leanAnswer(apollo, request('POST', { 'content-type': LEAN }, QUERY), hash, context);
      expect(answer?.body).toEqual({ kind: 'complete', string: '{"data":{"__typename":"Query"}}' });
    } finally {
      hashes.release(hash);
    }
    // not lent: Apollo does not know the hash
    const unknown = await leanAnswer(apollo, request('POST', { 'content-type': LEAN }, QUERY), hash, context);
    expect(unknown?.body).toMatchObject({ string: expect.stringContaining('PERSISTED_QUERY_NOT_FOUND') });
  });

  it('nothing else: a GET, another content type, a 406, a batch, a body Apollo refuses', async () => {
    expect(await lean('GET', { 'content-type': LEAN }, QUERY)).toBeUndefined();
    for (const type of [APOLLO, 'text/plain', 'application/x-www-form-urlencoded']) expect(await lean('POST', { 'content-type': type }, QUERY)).toBeUndefined();
    expect(await lean('POST', { 'content-type': LEAN, accept: 'text/html' }, QUERY)).toBeUndefined();
    for (const body of [[QUERY], {}, { query: 5 }, { ...QUERY, variables: 'x' }, { ...QUERY, extensions: [] }, { ...QUERY, operationName: 1 }]) {
      expect(await lean('POST', { 'content-type': LEAN }, body)).toBeUndefined();
    }
  });

  it('nor a request to an Apollo server that has stopped', async () => {
    const stopped = createApolloServer({ production: true, logger });
    await stopped.start();
    await stopped.stop();
    expect(await leanAnswer(stopped, request('POST', { 'content-type': LEAN }, QUERY), undefined, context)).toBeUndefined();
  });

  it('negotiates the Accept header as Apollo does, once per header', () => {
    expect(singleResultType(undefined)).toBe('application/json; charset=utf-8');
    expect(singleResultType('application/graphql-response+json')).toBe('application/graphql-response+json; charset=utf-8');
    expect(singleResultType('text/html')).toBeNull();
  });
});
