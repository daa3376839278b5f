// The analyses through GraphQL, in process (Apollo's executeOperation, a fresh context and so fresh
// DataLoaders per run, as over HTTP) on a temporary SQLite store seeded from seeds/: p50/p95/max of
// the VRU matrix over every partnership and of one partnership's governance findings, each asked
// the way the web client asks (every field it draws). Beside each, the analysis alone (the domain
// function on the store), so the GraphQL share shows. Standalone: `npx tsx bench/parts/analysis.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Times of RUNS runs after WARMUP, sorted. */
async function time(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const row = (name: string, times: number[]): string =>
  `| ${name} | ${percentile(times, 50).toFixed(2)} | ${percentile(times, 95).toFixed(2)} | ${times.at(-1)!.toFixed(2)} |`;

export default async function run(): Promise<{ title: string; markdown: string }> {
  // measured as deployed: graphql-js skips its development checks only when NODE_ENV is set
  // before it loads, hence the imports below come after this
  process.env.NODE_ENV ??= 'production';
  const { createApolloServer } = await import('../../server/graphql/server.js');
  const { createContext } = await import('../../server/graphql/context.js');
  const { governanceFindings, vruAlignment } = await import('../../server/domain/analysis/index.js');
  const { seedStore } = await import('../../server/seeds/cli/seed.js');
  const { openSqliteStore } = await import('../../server/store/sqlite/store.js');

  const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-bench-analysis-'));
  const store = openSqliteStore(path.join(dir, 'graph.sqlite'));
  const server = createApolloServer({ production: true, logger: { info() {}, error: (m) => console.error(m) } });
  await server.start();
  try {
    const { stats } = await seedStore(store, SEEDS);
    const execute = async (query: string, variables: Record<string, unknown>): Promise<number> => {
      const res = await server.executeOperation({ query, variables }, { contextValue: createContext(store, 'bench') });
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = res.body.singleResult;
      if (errors?.length) throw new Error(`benchmark query failed: ${JSON.stringify(errors)}`);
      return JSON.stringify(data).length;
    };

    const partnerships = (await store.listNodes({ kinds: ['Partnership'], first: 500 })).items.map((p) => p.id);
    const matrixBytes = await execute(VRU_MATRIX, { ids: partnerships });
    const findingsBytes = await execute(FINDINGS, { id: FINDINGS_OF });
    const findings = (await governanceFindings(store, FINDINGS_OF)).length;

    const rows = [
      row(`vruAlignment, ${partnerships.length} partnerships x 53 mandatory actions (GraphQL, ${(matrixBytes / 1024).toFixed(0)} KiB of JSON)`, await time(() => execute(VRU_MATRIX, { ids: partnerships }))),
      row('&nbsp;&nbsp;the analysis alone (vruAlignment on the store)', await time(() => vruAlignment(store, partnerships))),
      row(`governanceFindings, ${FINDINGS_OF}: ${findings} findings (GraphQL, ${(findingsBytes / 1024).toFixed(0)} KiB of JSON)`, await time(() => execute(FINDINGS, { id: FINDINGS_OF }))),
      row('&nbsp;&nbsp;the analysis alone (governanceFindings on the store)', await time(() => governanceFindings(store, FINDINGS_OF))),
    ];
    const markdown = [
      `In process: Apollo Server 5 \`executeOperation\` (NODE_ENV=${process.env.NODE_ENV}, a fresh context per run), on SQLite seeded`,
      `from seeds/ (${stats.nodes} nodes, ${stats.relationships} relationships). Runs in sequence, ${WARMUP} warm-up then ${RUNS} timed runs each;`,
      'each query asks for every field the web client draws (narratives and evidence included).',
      '',
      '| query | p50 ms | p95 ms | max ms |',
      '|---|---:|---:|---:|',
      ...rows,
    ].join('\n');
    return { title: 'Analyses through GraphQL', markdown };
  } finally {
    await server.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { title, markdown } = await run();
  console.log(`## ${title}\n\n${markdown}`);
}
