// The analyses through GraphQL, in process (Apollo's executeOperation, a fresh context and so fresh
// DataLoaders per run, as over HTTP) on each engine (bench/engines.ts) seeded from seeds/: p50/p95/max of
// the VRU matrix over every partnership and of one partnership's governance findings, each asked
// the way the web client asks (every field it draws). Beside each, the analysis alone (the domain
// function on the store), so the GraphQL share shows. Standalone: `npx tsx bench/parts/analysis.ts`.
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { engineNote, engines, load } from '../engines.js';
import { latency, ms, type Latency } from '../national/stats.js';
import type { GraphStore } from '../../server/store/contract.js';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const WARMUP = 20;
const RUNS = 200;
const FINDINGS_OF = 'richmond/csp';

const EVIDENCE = 'evidence { locator quote source { id file } }';

const VRU_MATRIX = `query($ids: [ID!]!) { vruAlignment(partnershipIds: $ids) {
  framework { id name }
  partnerships { id name }
  totals { partnership { id } requirements responded answered flags { flag count } }
  themes {
    number theme { id name }
    totals { partnership { id } responded flags { flag count } }
    requirements { number requirement { id name text } cells {
      partnership { id } flags
      gaps { flag detail action { id } respondent { id name } }
      responses { action { id } leadAsWritten namedLead rag
        leads { actor { id name } post ${EVIDENCE} }
        narratives { respondent { id name } narrative noSubstance missingProvision ${EVIDENCE} } }
    } }
  }
} }`;

const FINDINGS = `query($id: ID!) { governanceFindings(partnershipId: $id) {
  ruleId severity message rule { id summary }
  nodes { id kind name }
  lines { id type from { id name } to { id name } }
  ${EVIDENCE}
} }`;

/** Times of RUNS runs after WARMUP. */
async function time(run: () => Promise<unknown>): Promise<Latency> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return latency(times);
}

export default async function run(): Promise<{ title: string; markdown: string }> {
  // measured as deployed: graphql-js skips its development checks only when NODE_ENV is set
  // before it loads, hence the imports below come after this
  process.env.NODE_ENV ??= 'production';
  const { createApolloServer } = await import('../../server/graphql/server.js');
  const { createContext } = await import('../../server/graphql/context.js');
  const { governanceFindings, vruAlignment } = await import('../../server/domain/analysis/index.js');
  const { seedStore } = await import('../../server/seeds/cli/seed.js');

  const server = createApolloServer({ production: true, logger: { info() {}, error: (m) => console.error(m) } });
  await server.start();
  const rows = new Map<string, string[]>();
  const add = (name: string, t: Latency) => rows.set(name, [...(rows.get(name) ?? []), `${ms(t.p50)} / ${ms(t.p95)} / ${ms(t.max)} | ${load()}`]);
  const list = engines();
  let size = '';
  try {
    for (const engine of list) {
      const store = await engine.open();
      try {
        // forced: the bench owns the database it is given (README), which may hold the national set neo4j-seeding left
        const { stats } = await seedStore(store, SEEDS, { force: true });
        size = `${stats.nodes} nodes, ${stats.relationships} relationships`;
        // as over HTTP: a read view and a fresh context per request
        const execute = async (query: string, variables: Record<string, unknown>): Promise<number> => {
          const view = await store.readView();
          try {
            const res = await server.executeOperation({ query, variables }, { contextValue: createContext(view, 'bench') });
            if (res.body.kind !== 'single') throw new Error('expected a single result');
            const { data, errors } = res.body.singleResult;
            if (errors?.length) throw new Error(`benchmark query failed: ${JSON.stringify(errors)}`);
            return JSON.stringify(data).length;
          } finally {
            await view.close();
          }
        };
        const inView = async <T>(work: (view: GraphStore) => Promise<T>): Promise<T> => {
          const view = await store.readView();
          try {
            return await work(view);
          } finally {
            await view.close(); // on Neo4j it holds a read transaction open until then
          }
        };
        const partnerships = (await store.listNodes({ kinds: ['Partnership'], first: 500 })).items.map((p) => p.id);
        const matrixBytes = await execute(VRU_MATRIX, { ids: partnerships });
        const findingsBytes = await execute(FINDINGS, { id: FINDINGS_OF });
        const findings = (await governanceFindings(store, FINDINGS_OF)).length;
        add(`vruAlignment, ${partnerships.length} partnerships x 53 mandatory actions (GraphQL, ${(matrixBytes / 1024).toFixed(0)} KiB of JSON)`, await time(() => execute(VRU_MATRIX, { ids: partnerships })));
        add('&nbsp;&nbsp;the analysis alone (vruAlignment on the store)', await time(() => inView((view) => vruAlignment(view, partnerships))));
        add(`governanceFindings, ${FINDINGS_OF}: ${findings} findings (GraphQL, ${(findingsBytes / 1024).toFixed(0)} KiB of JSON)`, await time(() => execute(FINDINGS, { id: FINDINGS_OF })));
        add('&nbsp;&nbsp;the analysis alone (governanceFindings on the store)', await time(() => inView((view) => governanceFindings(view, FINDINGS_OF))));
      } finally {
        await store.close();
        engine.cleanUp();
      }
    }
  } finally {
    await server.stop();
  }
  const names = list.map((e) => e.name);
  const markdown = [
    `In process: Apollo Server 5 \`executeOperation\` (NODE_ENV=${process.env.NODE_ENV}, a read view and a fresh context per run, as over HTTP), on ${engineNote()},`,
    `each seeded from seeds/ (${size}). Runs in sequence, ${WARMUP} warm-up then ${RUNS} timed runs each;`,
    'each query asks for every field the web client draws (narratives and evidence included). Load average (1, 5, 15 min) as each row finished: the machine is shared.',
    '',
    `| query | ${names.map((n) => `${n} p50 / p95 / max ms | load`).join(' | ')} |`,
    `|---|${names.map(() => '---:|---|').join('')}`,
    ...[...rows].map(([name, cells]) => `| ${name} | ${cells.join(' | ')} |`),
  ].join('\n');
  return { title: 'Analyses through GraphQL', markdown };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { title, markdown } = await run();
  console.log(`## ${title}\n\n${markdown}`);
}
