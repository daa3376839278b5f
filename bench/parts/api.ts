// API latency over real HTTP: the server on a temporary SQLite store seeded from seeds/, one
// client sending requests one after another (so each time is one request's latency), p50/p95
// per query. Target: p95 < 10 ms. Standalone: `npx tsx bench/parts/api.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const WARMUP = 50;
const SAMPLES = 500;
const TARGET_P95_MS = 10;

const QUERIES: { name: string; query: string; variables: Record<string, unknown> }[] = [
  {
    name: 'structureChart (Havering CSP, depth 4, grouped by tier)',
    query: `query($root: ID!) { structureChart(rootIds: [$root], depth: 4, groupBy: TIER) {
      nodes { data { id label shortLabel kind parent tier partnership compound depth } classes }
      edges { data { id source target type label validFrom validTo } classes } } }`,
    variables: { root: 'havering/csp' },
  },
  {
    name: 'reportingChain (Havering DV MARAC)',
    query: `query($id: ID!) { reportingChain(id: $id) { id name kind tier } }`,
    variables: { id: 'havering/dv-marac' },
  },
  {
    name: 'search ("MARAC", first 20)',
    query: `query($text: String!) { search(text: $text, first: 20) { score matched node { id name kind } } }`,
    variables: { text: 'MARAC' },
  },
];

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function timeQuery(url: string, body: string): Promise<number[]> {
  const once = async (): Promise<number> => {
    const start = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { errors?: unknown[] };
    const ms = performance.now() - start;
    if (!res.ok || json.errors) throw new Error(`benchmark query failed (${res.status}): ${JSON.stringify(json.errors ?? json)}`);
    return ms;
  };
  for (let i = 0; i < WARMUP; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) times.push(await once());
  return times.sort((a, b) => a - b);
}

export default async function run(): Promise<{ title: string; markdown: string }> {
  // measured as deployed: graphql-js skips its development checks only when NODE_ENV is set
  // before it loads, hence the imports below come after this
  process.env.NODE_ENV ??= 'production';
  const { startServer } = await import('../../server/http/app.js');
  const { seedStore } = await import('../../server/seeds/cli/seed.js');
  const { openSqliteStore } = await import('../../server/store/sqlite/store.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-bench-api-'));
  const store = openSqliteStore(path.join(dir, 'graph.sqlite'));
  const server = await startServer({ store, port: 0, host: '127.0.0.1', production: true, logger: { info() {}, error: (m) => console.error(m) } });
  try {
    const { stats } = await seedStore(store, SEEDS);

    const rows: string[] = [];
    for (const q of QUERIES) {
      const times = await timeQuery(`${server.url}/graphql`, JSON.stringify({ query: q.query, variables: q.variables }));
      const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(times, p));
      const ok = p95 < TARGET_P95_MS ? 'yes' : '**no**';
      rows.push(`| ${q.name} | ${p50.toFixed(2)} | ${p95.toFixed(2)} | ${p99.toFixed(2)} | ${times.at(-1)!.toFixed(2)} | ${ok} |`);
    }
    const markdown = [
      `Real HTTP (express 5 + Apollo Server 5, NODE_ENV=${process.env.NODE_ENV}) on SQLite seeded from seeds/ (${stats.nodes} nodes,`,
      `${stats.relationships} relationships); one client, requests in sequence, ${WARMUP} warm-up then ${SAMPLES} timed requests per query.`,
      '',
      `| query | p50 ms | p95 ms | p99 ms | max ms | p95 < ${TARGET_P95_MS} ms |`,
      '|---|---:|---:|---:|---:|:---:|',
      ...rows,
    ].join('\n');
    return { title: 'GraphQL API latency', markdown };
  } finally {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { title, markdown } = await run();
  console.log(`## ${title}\n\n${markdown}`);
}
