// Our server on Neo4j beside the Neo4j GraphQL Library (bench/national/library-peer.ts) on the same
// Neo4j data (seeds/), the same three questions: a body with two levels of reporting bodies, a
// body's reporting chains, a page of 20 bodies of one partnership. Answers are checked equal
// (as sets: the library promises no order), then each side is loaded with autocannon at 1 and 16
// connections, the two sides taking turns. Our server runs as deployed (Apollo on express, limits,
// the response cache off); the library on graphql-http. Needs NEO4J_URI (its database is reseeded).
// Standalone: `npx tsx bench/parts/library.ts`.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BODY_KINDS } from '../../server/domain/model.js';
import { load } from '../engines.js';
import { expectedBody, httpLoad, type HttpRun } from '../national/http-load.js';
import type { Operation } from '../national/operations.js';
import { ms } from '../national/stats.js';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS || 5);
const CONNECTIONS = [1, 16];
const BODY = 'havering/csp';
const CHAIN_OF = 'havering/dv-marac';
const PARTNERSHIP = 'havering/csp';

interface Tree {
  id: string;
  children: Tree[];
}
type Named = { id: string; node?: Named; reportingBodies?: Named[]; reportsTo?: Named[] };

/** A tree of ids, children once each and sorted: what both sides must agree on. */
const tree = (n: Named, down: (n: Named) => Named[] | undefined): Tree => {
  const kids = new Map((down(n) ?? []).map((c) => [(c.node ?? c).id, tree(c.node ?? c, down)]));
  return { id: n.id, children: [...kids.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) };
};
const paths = (t: Tree): string[][] => (t.children.length === 0 ? [[t.id]] : t.children.flatMap((c) => paths(c).map((p) => [t.id, ...p])));
const nested = (field: string, depth: number): string => (depth === 0 ? 'id name kind' : `id name kind ${field} { ${nested(field, depth - 1)} }`);

interface Question {
  name: string;
  ours: Operation;
  theirs: Operation;
  /** each side's answer as the comparable form */
  same(ours: unknown, theirs: unknown): string;
}

function questions(g: number, chainDepth: number): Question[] {
  const op = (name: string, query: string, variables: Record<string, unknown>): Operation => ({ name, label: name, query, variables });
  const data = (a: unknown) => (a as { data: Record<string, unknown> }).data;
  return [
    {
      name: `a body with two levels of reporting bodies (${BODY})`,
      ours: op('chart', `query($id: ID!) { node(id: $id) { id name ... on GovernanceBody { reportingBodies { node { id name ... on GovernanceBody { reportingBodies { node { id name } } } } } } } }`, { id: BODY }),
      theirs: op('chart', `query($g: Float!, $id: ID!) { bodies(where: { g: { eq: $g }, id: { eq: $id } }) { id name reportingBodies { id name reportingBodies { id name } } } }`, { g, id: BODY }),
      same: (o, t) => JSON.stringify([tree(data(o).node as Named, (n) => n.reportingBodies), tree((data(t).bodies as Named[])[0]!, (n) => n.reportingBodies)]),
    },
    {
      name: `reportingChain (${CHAIN_OF})`,
      ours: op('chain', 'query($id: ID!) { reportingChain(id: $id) { id name kind } }', { id: CHAIN_OF }),
      theirs: op('chain', `query($g: Float!, $id: ID!) { bodies(where: { g: { eq: $g }, id: { eq: $id } }) { ${nested('reportsTo', chainDepth)} } }`, { g, id: CHAIN_OF }),
      same: (o, t) =>
        JSON.stringify([
          (data(o).reportingChain as Named[][]).map((c) => c.map((b) => b.id)).sort(),
          paths(tree((data(t).bodies as Named[])[0]!, (n) => n.reportsTo)).sort(),
        ]),
    },
    {
      name: `a page of 20 bodies of one partnership (${PARTNERSHIP})`,
      ours: op('page', 'query($p: ID!) { bodies(first: 20, filter: { partnership: $p }) { nodes { id name kind } } }', { p: PARTNERSHIP }),
      theirs: op(
        'page',
        `query($g: Float!, $p: String!, $kinds: [String!]!) { bodies(where: { g: { eq: $g }, partnership: { eq: $p }, kind: { in: $kinds } }, sort: [{ id: ASC }], limit: 20) { id name kind } }`,
        { g, p: PARTNERSHIP, kinds: BODY_KINDS },
      ),
      same: (o, t) => JSON.stringify([(data(o).bodies as { nodes: unknown }).nodes, data(t).bodies]),
    },
  ];
}

export default async function run(): Promise<{ title: string; markdown: string }> {
  if (!process.env.NEO4J_URI?.trim()) return { title: 'Our server and the Neo4j GraphQL Library on Neo4j', markdown: 'Not run: NEO4J_URI is not set.' };
  process.env.NODE_ENV ??= 'production';
  const { startServer } = await import('../../server/http/app.js');
  const { seedStore } = await import('../../server/seeds/cli/seed.js');
  const { openStore } = await import('../../server/store/open.js');
  const { startLibraryPeer } = await import('../national/library-peer.js');
  const store = await openStore(process.env);
  const server = await startServer({ store, port: 0, host: '127.0.0.1', production: true, responseCache: false, logger: { info() {}, error: (m) => console.error(m) } });
  // its warm-up at start (on Neo4j, app.ts) reads the graph: over before the graph is replaced
  await server.warmedUp;
  // forced: the bench owns the database it is given (README), which may hold the national set neo4j-seeding left
  const { stats } = await seedStore(store, SEEDS, { force: true });
  const peer = await startLibraryPeer();
  const ourUrl = `${server.url}/graphql`;
  try {
    const chains = JSON.parse(await expectedBody(ourUrl, questions(0, 0)[1]!.ours)).data.reportingChain as unknown[][];
    const rows: string[] = [];
    for (const q of questions(peer.generation, Math.max(...chains.map((c) => c.length)) - 1)) {
      const [ours, theirs] = [await expectedBody(ourUrl, q.ours), await expectedBody(peer.url, q.theirs)];
      const [a, b] = JSON.parse(q.same(JSON.parse(ours), JSON.parse(theirs))) as [unknown, unknown];
      if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${q.name}: the answers differ:\nours ${JSON.stringify(a)}\nlibrary ${JSON.stringify(b)}`);
      await httpLoad(ourUrl, q.ours, ours, 1, 1); // warm-up
      await httpLoad(peer.url, q.theirs, theirs, 1, 1);
      for (const c of CONNECTIONS) {
        const us: HttpRun = await httpLoad(ourUrl, q.ours, ours, c, SECONDS);
        const them: HttpRun = await httpLoad(peer.url, q.theirs, theirs, c, SECONDS);
        if (us.failures || them.failures) throw new Error(`${q.name}: ${us.failures} failed requests on ours, ${them.failures} on the library's`);
        const cell = (r: HttpRun) => `${r.rps.toFixed(0)} | ${ms(r.p50)} / ${ms(r.p95)}`;
        rows.push(`| ${q.name} | ${c} | ${cell(us)} | ${cell(them)} | ${(us.rps / them.rps).toFixed(2)} | ${load()} |`);
      }
    }
    return {
      title: 'Our server and the Neo4j GraphQL Library on Neo4j',
      markdown: [
        `The same Neo4j 5.26 data (seeds/: ${stats.nodes} nodes, ${stats.relationships} relationships), the same questions, answers checked equal as sets.`,
        'Ours: the server as deployed (express 5 + Apollo Server 5, NODE_ENV=production, limits on, the response cache off). The library: @neo4j/graphql 7.6.3 on graphql-http.',
        `autocannon, ${SECONDS} s per run after a 1 s warm-up, the two sides one after the other; req/s and latency p50 / p95 in ms. Load average (1, 5, 15 min) after each pair of runs: the machine is shared.`,
        '',
        '| question | connections | ours req/s | ours p50 / p95 | library req/s | library p50 / p95 | ours ÷ library | load |',
        '|---|---:|---:|---|---:|---|---:|---|',
        ...rows,
      ].join('\n'),
    };
  } finally {
    await peer.close();
    await server.close();
    await store.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { title, markdown } = await run();
  console.log(`## ${title}\n\n${markdown}`);
}
