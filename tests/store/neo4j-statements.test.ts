// What the Neo4j engine sends for the API's main operations, captured through a driver wrapper
// (as neo4j/graphql's tests do): the statements are snapshots (a change to the Cypher shows in
// review), each operation costs a fixed small number of them, each run as a read transaction of its
// own (an auto-commit statement in a READ session: no BEGIN or COMMIT to send), and
// each one's plan on the live server starts from an index (EXPLAIN), never from a scan of all
// nodes or of a label. Runs when NEO4J_URI is set; tests/parity compares the answers with SQLite.
import { createRequire } from 'node:module';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executableSchema } from '../../bench/national/ceiling.js';
import { UNLIMITED } from '../../server/graphql/cost/budget.js';
import { createContext } from '../../server/graphql/context.js';
import { readOptions } from '../../server/graphql/evidence-free.js';
import { loadSeedDir } from '../../server/seeds/load.js';
import { openNeo4jStore } from '../../server/store/neo4j/connect.js';
import { Neo4jStore } from '../../server/store/neo4j/store.js';
import { SEEDS_DIR } from '../api/support/store.js';
import { useNeo4jLock } from './neo4j-lock.js';

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schema = executableSchema();

interface Sent {
  text: string;
  params: string[];
  /** READ or WRITE: executeQuery's routing, or the access mode of the session it runs in */
  routing: string;
  /** how it ran: `auto-commit` (a statement of its own in a session), `transaction` or `executeQuery` */
  via: string;
}

/** The driver with every statement recorded (text, parameter names, routing), however it is run. */
function capturing(driver: Driver, sent: Sent[], waves: number[] = []): Driver {
  let inFlight = 0;
  const record = (text: string, params: Record<string, unknown> = {}, routing: string, via: string) =>
    sent.push({ text, params: Object.keys(params).sort(), routing, via });
  const wrap = <T extends object>(target: T, key: string, make: (orig: (...a: never[]) => unknown) => unknown): T =>
    new Proxy(target, {
      get(t, k, receiver) {
        const v = Reflect.get(t, k, receiver);
        if (k === key) return make((v as (...a: never[]) => unknown).bind(t));
        return typeof v === 'function' ? v.bind(t) : v;
      },
    });
  const running = (run: (...a: unknown[]) => PromiseLike<unknown>, routing: string, via: string) => (text: string, params: Record<string, unknown> = {}, ...rest: unknown[]) => {
    record(text, params, routing, via);
    // a statement sent while none is awaited starts a round trip; one sent beside others shares it
    waves.push(inFlight === 0 ? (waves.at(-1) ?? 0) + 1 : waves.at(-1)!);
    inFlight++;
    const result = run(text, params, ...rest);
    const done = () => void inFlight--;
    result.then(done, done);
    return result;
  };
  return wrap(
    wrap(driver, 'executeQuery', (orig) => (text: string, params: Record<string, unknown> = {}, config: { routing?: string } = {}) => {
      record(text, params, config.routing ?? 'WRITE', 'executeQuery');
      return (orig as (...a: unknown[]) => unknown)(text, params, config);
    }),
    'session',
    (orig) => (config: { defaultAccessMode?: string } = {}) => {
      const routing = config.defaultAccessMode ?? 'WRITE';
      const session = wrap((orig as (c: unknown) => object)(config), 'run', (run) => running(run as never, routing, 'auto-commit'));
      return wrap(session, 'beginTransaction', (begin) => (...args: unknown[]) =>
        wrap((begin as (...a: unknown[]) => object)(...args), 'run', (run) => running(run as never, routing, 'transaction')),
      );
    },
  );
}

/** The main questions of the API: a chart, a reporting chain, a search, a page of 20 bodies with and without its count. */
// most: statements; rounds: round trips in sequence (statements sent together share one). A read
// view's first read pins it (generation-reads.ts): no statement of its own.
const OPERATIONS: { name: string; query: string; most: number; rounds: number }[] = [
  {
    name: 'structureChart',
    query: `{ structureChart(rootIds: ["havering/csp"], depth: 4, groupBy: TIER) {
      nodes { data { elementId label shortLabel kind parent tier partnership compound depth } classes }
      edges { data { elementId source target type label validFrom validTo } classes } } }`,
    // the walk, which reads the roots, and with it the partnership's bodies that it missed and their
    // lines (the sources only when `sources` is asked): one, whatever the depth
    most: 1,
    rounds: 1,
  },
  // the chains, which read the body
  { name: 'reportingChain', query: '{ reportingChain(id: "havering/dv-marac") { id name kind tier } }', most: 1, rounds: 1 },
  // the index's blocks, and with them the nodes of the first postings of each key opened, which hold the page's hits
  { name: 'search', query: '{ search(text: "MARAC", first: 20) { score matched node { id name kind } } }', most: 1, rounds: 1 },
  // both levels of the body's reporting bodies in one traversal, which reads the body too
  {
    name: 'two levels of reporting bodies',
    query: '{ node(id: "havering/csp") { id name ... on GovernanceBody { reportingBodies { node { id name ... on GovernanceBody { reportingBodies { node { id name } } } } } } } }',
    most: 1,
    rounds: 1,
  },
  // the page, which reads the partnership (which must exist) beside it
  { name: 'bodies page', query: '{ bodies(first: 20, filter: { partnership: "havering/csp" }) { nodes { id name kind } pageInfo { hasNextPage } } }', most: 1, rounds: 1 },
  { name: 'bodies page with its count', query: '{ bodies(first: 20, filter: { partnership: "havering/csp" }) { nodes { id name } totalCount } }', most: 2, rounds: 1 },
];

const SCANS = ['AllNodesScan', 'NodeByLabelScan', 'UndirectedAllRelationshipsScan', 'DirectedAllRelationshipsScan'];
const SEEKS = ['NodeIndexSeek', 'NodeUniqueIndexSeek', 'MultiNodeIndexSeek', 'NodeIndexSeekByRange', 'NodeUniqueIndexSeekByRange', 'ProcedureCall'];

function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap((c) => operators(c as typeof plan))];
}

const uri = process.env.NEO4J_URI;
// the title names no URI: it keys the snapshots, which must match on every server
describe.skipIf(!uri)('the Cypher of the main operations on Neo4j (NEO4J_URI)', () => {
  useNeo4jLock(uri);
  let store: Neo4jStore;
  let driver: Driver;
  const sent = new Map<string, Sent[]>();
  const rounds = new Map<string, number>();
  const answers = new Map<string, unknown>();

  beforeAll(async () => {
    const { batch } = await loadSeedDir(SEEDS_DIR);
    const config = { uri: uri!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE || undefined };
    store = await openNeo4jStore(config);
    await store.writeBatch(batch, { replace: true });
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user ?? 'neo4j', config.password ?? ''), { disableLosslessIntegers: true });
    // as in a server: the views of one store share the generation the latest one pinned, so a
    // view's reads go out beside its pin (an earlier request pinned it here)
    const pinned = { g: null };
    await (await new Neo4jStore(driver, config, false, {}, pinned).readView()).graphVersion();
    for (const op of OPERATIONS) {
      const log: Sent[] = [];
      const waves: number[] = [];
      // as the HTTP route does: one read view per request (without evidence or texts when none is asked), a fresh context
      const view = await new Neo4jStore(capturing(driver, log, waves), config, false, {}, pinned).readView(readOptions(op.query));
      const r = await graphql.execute({ schema, document: graphql.parse(op.query), contextValue: createContext(view, 'statements', { limits: UNLIMITED }) });
      await view.close();
      expect(r.errors, op.name).toBeUndefined();
      sent.set(op.name, log);
      rounds.set(op.name, waves.at(-1) ?? 0);
      answers.set(op.name, r.data);
    }
  }, 300_000);
  afterAll(async () => {
    await driver?.close();
    await store?.close();
  });

  it.each(OPERATIONS.map((op) => [op.name, op] as const))('%s: the statements it sends', (name) => {
    expect(sent.get(name)).toMatchSnapshot();
  });

  it.each(OPERATIONS.map((op) => [op.name, op] as const))('%s: a fixed few statements, each a read transaction of its own', (name, op) => {
    const log = sent.get(name)!;
    expect(log.length).toBeLessThanOrEqual(op.most);
    expect(rounds.get(name)).toBeLessThanOrEqual(op.rounds);
    expect(log.map((s) => [s.routing, s.via])).toEqual(log.map(() => ['READ', 'auto-commit']));
  });

  it('a read view holds nothing open: a read after its close is answered like any other', async () => {
    const log: Sent[] = [];
    const view = await new Neo4jStore(capturing(driver, log), { uri: uri!, database: process.env.NEO4J_DATABASE || undefined }).readView();
    expect(await view.getNodes(['havering/csp'])).toMatchObject([{ id: 'havering/csp' }]);
    await view.close();
    expect(await view.getNodes(['havering/dv-marac'])).toMatchObject([{ id: 'havering/dv-marac' }]);
    // the pin, the first read and the late read
    expect(log.map((s) => [s.routing, s.via])).toEqual([0, 1, 2].map(() => ['READ', 'auto-commit']));
  });

  it("a view's first read pins it: its graphVersion costs nothing more, a read of nothing is empty, a stale guess is read again", async () => {
    const config = { uri: uri!, database: process.env.NEO4J_DATABASE || undefined };
    const version = await store.graphVersion();
    const [{ g }] = (await driver.executeQuery("MATCH (m:GraphMeta {key: 'graph'}) RETURN m.current AS g", {}, { routing: neo4j.routing.READ })).records.map((r) => r.toObject());
    const read = async (guess: number, ids: string[]) => {
      const log: Sent[] = [];
      const view = await new Neo4jStore(capturing(driver, log), config, false, {}, { g: guess }).readView({ evidence: false, text: false });
      const nodes = await view.getNodes(ids);
      return { nodes, version: await view.graphVersion(), texts: log.map((s) => s.text) };
    };
    const right = await read(g, ['havering/csp', 'nope/none']);
    expect(right.nodes).toMatchObject([{ id: 'havering/csp', kind: 'Partnership' }, null]);
    expect(right.version).toBe(version);
    expect(right.texts).toHaveLength(1);
    expect(right.texts[0]).toContain('OPTIONAL CALL');
    // the one row of nulls a pinning read gives for none is no node
    expect((await read(g, ['nope/none'])).nodes).toEqual([null]);
    // a generation no longer current (as after a seed): the read goes again in the pinned one
    const stale = await read(g + 1000, ['havering/csp']);
    expect(stale.nodes).toMatchObject([{ id: 'havering/csp' }]);
    expect(stale.version).toBe(version);
    expect(stale.texts).toHaveLength(2);
  });

  it('a page without totalCount runs no count', () => {
    expect(sent.get('bodies page')!.some((s) => /count\(/.test(s.text))).toBe(false);
    expect(sent.get('bodies page with its count')!.some((s) => /count\(/.test(s.text))).toBe(true);
  });

  it('answers the questions (the chart from its root down, the chain to the top, MARAC first)', () => {
    const chart = answers.get('structureChart') as { structureChart: { nodes: { data: { elementId: string } }[]; edges: unknown[] } };
    expect(chart.structureChart.nodes.map((n) => n.data.elementId)).toContain('havering/dv-marac');
    expect(chart.structureChart.edges.length).toBeGreaterThan(10);
    const chain = answers.get('reportingChain') as { reportingChain: { id: string }[][] };
    expect(chain.reportingChain.map((c) => c.map((b) => b.id))).toContainEqual(['havering/dv-marac', 'havering/csp']);
    const hits = answers.get('search') as { search: { matched: string }[] };
    expect(hits.search[0]!.matched).toBe('MARAC');
  });

  it.each(OPERATIONS.map((op) => [op.name, op] as const))('%s: every statement starts from an index (EXPLAIN)', async (name) => {
    const [{ g }] = (await driver.executeQuery("MATCH (m:GraphMeta {key: 'graph'}) RETURN m.current AS g", {}, { routing: neo4j.routing.READ })).records.map((r) => r.toObject());
    for (const s of sent.get(name)!.filter((x) => x.params.includes('g'))) {
      // the plan depends on which parameters there are, not on their values
      const params = Object.fromEntries(s.params.map((p) => [p, p === 'g' ? g : p === 'limit' || p === 'most' ? neo4j.int(21) : p.startsWith('asOf') ? '2020-01-01' : p === 'ids' || p === 'kinds' || p === 'far' ? ['x'] : p === 'ranges' ? [{ i: 0, from: 'x', to: 'y', at: '', ahead: 20 }] : 'x']));
      const { summary } = await driver.executeQuery(`EXPLAIN ${s.text}`, params, { routing: neo4j.routing.READ });
      const ops = operators(summary.plan as never);
      expect(ops.filter((o) => SCANS.includes(o)), `${name}: ${s.text}`).toEqual([]);
      expect(ops.some((o) => SEEKS.includes(o)), `${name}: ${ops.join(' < ')}`).toBe(true);
    }
  });
});
