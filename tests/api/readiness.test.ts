// /readyz and the warm-up at start, on each engine: on Neo4j the server is not ready until the
// warm-up (the web app's GraphQL requests over its own route, then its chart pages) is over, as a
// just-started Neo4j compiles each statement slowly the first time; /healthz answers meanwhile. A
// server without the web app (API-only) on Neo4j waits as well, for the same GraphQL requests
// asked by their text. A warm-up that fails is logged and the server becomes ready all the same.
// On SQLite readiness does not wait (start-up there is as it was). The warm-up's chart walk is held at a gate the test opens
// (the real store underneath), so "while warming" is a state, not a race against the clock.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { startServer, type RunningServer, type ServerOptions } from '../../server/http/app.js';
import type { GraphStore, ReadViewOptions, WalkQuery } from '../../server/store/contract.js';
import { PERSISTED_QUERIES_FILE } from '../../web/build/persisted-queries.js';
import { onEachEngine } from '../store/contract-support.js';
import { fixture } from '../store/fixture.js';

const PARTNERSHIPS = 'query Partnerships { partnerships { id name } }';
const CHART = 'query StructureChart($rootIds: [ID!]!) { structureChart(rootIds: $rootIds) { nodes { data { elementId } } } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let webDist: string;
beforeAll(() => {
  webDist = mkdtempSync(path.join(tmpdir(), 'govgraph-readiness-'));
  mkdirSync(path.dirname(path.join(webDist, PERSISTED_QUERIES_FILE)), { recursive: true });
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>govgraph</title><main id="main"></main>');
  writeFileSync(path.join(webDist, PERSISTED_QUERIES_FILE), JSON.stringify({ [sha256(PARTNERSHIPS)]: PARTNERSHIPS, [sha256(CHART)]: CHART }));
});
afterAll(() => rmSync(webDist, { recursive: true, force: true }));

/** The store, whose views' walks (the chart's read) wait for `gate` first, then walk or fail as it says. */
function gatedWalks(store: GraphStore, gate: Promise<'walk' | 'fail'>): GraphStore {
  const gatedView = (view: GraphStore): GraphStore =>
    new Proxy(view, {
      get(target, prop, receiver) {
        if (prop === 'walk') {
          return async (q: WalkQuery) => {
            if ((await gate) === 'fail') throw new Error('the test refuses this walk');
            return target.walk(q);
          };
        }
        return passOn(target, prop, receiver);
      },
    });
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'readView') return async (o?: ReadViewOptions) => gatedView(await target.readView(o));
      return passOn(target, prop, receiver);
    },
  });
}

/** What the target has at `prop`, its methods bound to it (an own property as it is: a frozen view's must be). */
function passOn(target: GraphStore, prop: string | symbol, receiver: unknown): unknown {
  const value = Reflect.get(target, prop, receiver);
  return typeof value === 'function' && !Object.hasOwn(target, prop) ? value.bind(target) : value;
}

/**
 * A production server on an ephemeral port over `store`, whose warm-up's chart walks wait at a
 * gate until `openGate` says walk or fail; `opts` are what the suites differ in (the web app, the log).
 */
async function startGated(store: GraphStore, opts: Required<Pick<ServerOptions, 'webDist' | 'logger'>>) {
  let openGate!: (how: 'walk' | 'fail') => void;
  const gate = new Promise<'walk' | 'fail'>((resolve) => (openGate = resolve));
  const server = await startServer({ store: gatedWalks(store, gate), port: 0, host: '127.0.0.1', production: true, ...opts });
  return { server, openGate };
}

const statusOf = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as unknown };
};

onEachEngine('readiness and the warm-up at start', (open) => {
  let store: GraphStore;
  let server: RunningServer | undefined;
  let errors: string[];
  let openGate: (how: 'walk' | 'fail') => void;

  beforeEach(async () => {
    store = await open();
    await store.writeBatch(fixture(), { replace: true });
    errors = [];
    ({ server, openGate } = await startGated(store, { webDist, logger: { info: () => {}, error: (m) => void errors.push(m) } }));
  });
  afterEach(async () => {
    openGate('walk');
    await server?.close();
    await store.close();
  });

  it('says ready only once the warm-up is over on Neo4j, at once on SQLite; /healthz answers meanwhile', async () => {
    const { url } = server!;
    expect(await statusOf(`${url}/healthz`)).toEqual({ status: 200, body: { status: 'ok' } });
    const engine = store.engine;
    // the warm-up's first chart waits at the gate: the warm-up is not over
    expect(await statusOf(`${url}/readyz`)).toEqual(
      engine === 'neo4j' ? { status: 503, body: { status: 'warming', engine } } : { status: 200, body: { status: 'ready', engine } },
    );
    openGate('walk');
    await server!.warmedUp;
    expect(await statusOf(`${url}/readyz`)).toEqual({ status: 200, body: { status: 'ready', engine } });
    expect(errors).toEqual([]);
  });

  it('logs a warm-up that fails, becomes ready all the same, and answers', async () => {
    const { url } = server!;
    openGate('fail');
    await server!.warmedUp;
    expect(errors.filter((m) => m.startsWith('GraphQL warm-up: '))).toHaveLength(1);
    expect(await statusOf(`${url}/readyz`)).toEqual({ status: 200, body: { status: 'ready', engine: store.engine } });
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "havering/csp") { name } }' }),
    });
    expect(await res.json()).toEqual({ data: { node: { name: 'Havering Community Safety Partnership' } } });
  });
});

onEachEngine('readiness of a server without the web app (API-only)', (open) => {
  let store: GraphStore;
  let server: RunningServer | undefined;
  let noWeb: string;
  let openGate: (how: 'walk' | 'fail') => void;
  let errors: string[];
  let operations: string[];

  beforeEach(async () => {
    [errors, operations] = [[], []];
    store = await open();
    await store.writeBatch(fixture(), { replace: true });
    noWeb = mkdtempSync(path.join(tmpdir(), 'govgraph-no-web-'));
    ({ server, openGate } = await startGated(store, {
      webDist: noWeb,
      logger: { info: () => {}, error: (m) => void errors.push(m), request: (entry) => void (entry.operationName && operations.push(entry.operationName)) },
    }));
  });
  afterEach(async () => {
    openGate('walk');
    await server?.close();
    await store.close();
    rmSync(noWeb, { recursive: true, force: true });
  });

  it('on Neo4j warms its GraphQL path with the app\'s queries and says ready only then; on SQLite ready at once', async () => {
    const { url, servesWeb } = server!;
    expect(servesWeb).toBe(false);
    const engine = store.engine;
    // the warm-up's first chart waits at the gate: the warm-up is not over
    expect(await statusOf(`${url}/readyz`)).toEqual(
      engine === 'neo4j' ? { status: 503, body: { status: 'warming', engine } } : { status: 200, body: { status: 'ready', engine } },
    );
    expect(await statusOf(`${url}/healthz`)).toEqual({ status: 200, body: { status: 'ok' } });
    openGate('walk');
    await server!.warmedUp;
    expect(await statusOf(`${url}/readyz`)).toEqual({ status: 200, body: { status: 'ready', engine } });
    expect(errors).toEqual([]);
    // the app's queries, asked over the route as an API client asks them; none on SQLite
    expect(new Set(operations)).toEqual(new Set(engine === 'neo4j' ? ['Partnerships', 'StructureChart', 'ReportingChain', 'Search'] : []));
  });
});
