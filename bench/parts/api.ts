// API latency over real HTTP, on each engine (bench/engines.ts): the server in a process of its own
// (national/serve.ts, as deployed: nothing else on its event loop) on a store seeded from seeds/,
// one lean client (national/keep-alive-client.ts) in this process sending requests one after
// another over one keep-alive connection (so each time is one request's latency, from the first
// byte sent to the whole answer decoded), p50/p95 per query and engine. The response cache is off,
// so every request is executed against the store. Target: p95 < 10 ms. Standalone: `npx tsx bench/parts/api.ts`.
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { engineNote, engines, load } from '../engines.js';
import { KeepAliveClient } from '../national/keep-alive-client.js';
import { startServerProcess, type ServerProcess } from '../national/server-process.js';
import { latency, ms, type Latency } from '../national/stats.js';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const WARMUP = 50;
const SAMPLES = 500;
const TARGET_P95_MS = 10;

const QUERIES: { name: string; query: string; variables: Record<string, unknown> }[] = [
  {
    name: 'structureChart (Havering CSP, depth 4, grouped by tier)',
    query: `query($root: ID!) { structureChart(rootIds: [$root], depth: 4, groupBy: TIER) {
      nodes { data { elementId label shortLabel kind parent tier partnership compound depth } classes }
      edges { data { elementId source target type label validFrom validTo } classes } } }`,
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

async function timeQuery(server: ServerProcess, body: string): Promise<{ times: Latency; answer: string; cpu: number }> {
  const client = new KeepAliveClient(server.graphqlUrl);
  let answer = '';
  const once = async (): Promise<number> => {
    const start = performance.now();
    const res = await client.post(body);
    const ms = performance.now() - start;
    answer = res.text;
    const json = JSON.parse(answer) as { errors?: unknown[] };
    if (res.status !== 200 || json.errors) throw new Error(`benchmark query failed (${res.status}): ${JSON.stringify(json.errors ?? json)}`);
    return ms;
  };
  try {
    for (let i = 0; i < WARMUP; i++) await once();
    const samples: number[] = [];
    // CPU time is steadier than latency on a shared machine: the server process's own, per request
    const before = (await server.memory()).cpuMs;
    for (let i = 0; i < SAMPLES; i++) samples.push(await once());
    const cpu = ((await server.memory()).cpuMs - before) / SAMPLES;
    return { times: latency(samples), answer, cpu };
  } finally {
    client.close();
  }
}

export default async function run(): Promise<{ title: string; markdown: string }> {
  const { seedStore } = await import('../../server/seeds/cli/seed.js');
  const results = new Map<string, { times: Latency; load: string; answer: string; cpu: number }[]>();
  const list = engines();
  let size = '';
  for (const engine of list) {
    try {
      const store = await engine.open();
      try {
        // forced: the bench owns the database it is given (README), which may hold the national set neo4j-seeding left
        const { stats } = await seedStore(store, SEEDS, { force: true });
        size = `${stats.nodes} nodes, ${stats.relationships} relationships`;
      } finally {
        await store.close();
      }
      // NODE_ENV=production, the response cache off (serve.ts)
      const server = await startServerProcess(engine.served, 'apollo-nocache');
      try {
        for (const q of QUERIES) {
          const r = await timeQuery(server, JSON.stringify({ query: q.query, variables: q.variables }));
          results.set(q.name, [...(results.get(q.name) ?? []), { ...r, load: load() }]);
        }
      } finally {
        await server.stop();
      }
    } finally {
      engine.cleanUp();
    }
  }
  const rows = QUERIES.map((q) => {
    const per = results.get(q.name)!;
    // the engines must agree, or the comparison means nothing
    if (per.some((p) => p.answer !== per[0]!.answer)) throw new Error(`${q.name}: the engines answer differently`);
    const cells = per.map((p) => `${ms(p.times.p50)} / ${ms(p.times.p95)} / ${ms(p.times.p99)} | ${p.times.p95 < TARGET_P95_MS ? 'yes' : '**no**'} | ${ms(p.cpu)} | ${p.load}`);
    return `| ${q.name} | ${cells.join(' | ')} |`;
  });
  const names = list.map((e) => e.name);
  const markdown = [
    `Real HTTP (express 5 + Apollo Server 5, NODE_ENV=production, the response cache off: every request runs against the store) on ${engineNote()},`,
    `each seeded from seeds/ (${size}). The server runs in a process of its own, as deployed; the client is node:http in the bench's process, one keep-alive`,
    `connection, requests in sequence (asking for gzip, as Node's fetch does), ${WARMUP} warm-up then ${SAMPLES} timed requests per query and engine; a time runs from the request's`,
    'first byte sent to its whole answer received and decoded. Until 2026-12-03 the client was Node\'s fetch in the server\'s own process, whose CPU (1.3-1.7 ms a request, measured apart) then counted in every time.',
    'Both engines give the same answer to each query (checked). Load average (1, 5, 15 min) as each row finished: the machine is shared, so the figures are noisy.',
    'Server CPU ms per request: the server process\'s CPU time (all its threads) over the timed requests, steadier than latency under load.',
    '',
    `| query | ${names.map((n) => `${n} p50 / p95 / p99 ms | ${n} p95 < ${TARGET_P95_MS} ms | ${n} server CPU ms per request | load`).join(' | ')} |`,
    `|---|${names.map(() => '---:|:---:|---:|---|').join('')}`,
    ...rows,
  ].join('\n');
  return { title: 'GraphQL API latency', markdown };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { title, markdown } = await run();
  console.log(`## ${title}\n\n${markdown}`);
}
