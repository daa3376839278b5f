// Hardening and curation under load (issues 10 and 14), on server/main.ts in its own process
// (production, as `npm start` runs it): per engine (SQLite; Neo4j too when NEO4J_URI is set),
// reads alone for a baseline, then a 60 s mixed load (readers, an editor proposing and a
// reviewer approving change sets, a reseed half way) with the server's RSS sampled each second:
// read throughput while edits are applied, propose and approve latency, and whether memory grows.
// Then the largest answers the cost limit and the runtime budget let through. The load average is
// written beside each figure: the machine is shared. Standalone: `npx tsx bench/parts/hardening.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LIMITS } from '../../server/graphql/limits.js';
import { SEEDS_DIR } from '../../tests/api/support/store.js';
import { startMain, type MainProcess } from '../../tests/reliability/support/main-process.js';
import { issue10Queries, QueryFuzzer, seededRandom } from '../../tests/reliability/support/query-fuzz.js';
import { addLoadAccounts, percentile, runMixedLoad } from '../load/mixed.js';

const LOAD_MS = Number(process.env.BENCH_LOAD_SECONDS ?? 60) * 1000;
const BASELINE_MS = 15_000;
const READERS = 4;
const FUZZED = 300;

const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' / ');

async function engineRows(name: string, env: Record<string, string>): Promise<string[]> {
  const server = await startMain(env);
  try {
    await addLoadAccounts(env);
    const loadBefore = load();
    const baseline = await runMixedLoad({ server, env, durationMs: BASELINE_MS, readers: READERS, curate: false });
    const mixed = await runMixedLoad({ server, env, durationMs: LOAD_MS, readers: READERS, reseedDir: SEEDS_DIR });
    const loadAfter = load();
    const { start, peak, end } = mixed.rss;
    const firstError = [...baseline.errors, ...mixed.errors][0];
    if (firstError) console.error(`hardening bench, ${name}: ${firstError}`);
    return [
      `| ${name} | reads alone, ${BASELINE_MS / 1000} s | ${baseline.readsPerSecond.toFixed(0)} | – | – | ${mib(baseline.rss.start)} / ${mib(baseline.rss.peak)} / ${mib(baseline.rss.end)} | ${baseline.errors.length} | ${loadBefore} |`,
      `| ${name} | reads + ${mixed.approveMs.length} proposals and approvals + reseed (${mixed.reseed?.exit === '0' ? 'ok' : `exit ${mixed.reseed?.exit}`}), ${LOAD_MS / 1000} s | ${mixed.readsPerSecond.toFixed(0)} | ${percentile(mixed.proposeMs, 95).toFixed(0)} | ${percentile(mixed.approveMs, 95).toFixed(0)} | ${mib(start)} / ${mib(peak)} / ${mib(end)} | ${mixed.errors.length} | ${loadAfter} |`,
    ];
  } finally {
    await server.stop();
  }
}

interface Answer {
  name: string;
  bytes: number;
  ms: number;
  outcome: string;
}

async function ask(server: MainProcess, name: string, query: string): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const text = await res.text();
  const ms = performance.now() - started;
  const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
  return { name, bytes: Buffer.byteLength(text), ms, outcome: body.errors ? (body.errors[0]?.extensions?.code ?? 'error') : 'data' };
}

const PARTNERSHIPS = '["havering/csp", "richmond/csp", "wandsworth/csp", "rbkc/skcp"]';
const HEAVY = [
  { name: 'structureChart of four partnerships, depth 10, every field', query: `{ structureChart(rootIds: ${PARTNERSHIPS}, depth: 10, groupBy: TIER) { nodes { data { elementId label shortLabel kind parent tier partnership compound depth } classes } edges { data { elementId source target type label validFrom validTo } classes } } }` },
  { name: '50 bodies with evidence and every line', query: '{ bodies(first: 50) { nodes { id name evidence { quote locator } lines { type from { id name } to { id name } } } } }' },
  ...[1, 2, 3, 4, 6, 8, 15].map((n) => ({
    name: `${n} alias(es) of the fan-out of issue 10 one level shallower`,
    query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: node(id: "org/mps") { lines { from { lines { from { id name } } } } }`).join(' ')} }`,
  })),
  ...issue10Queries().slice(0, 2),
];

async function largestRows(): Promise<{ rows: string[]; largest: Answer; fuzzLargest: Answer; at: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-bench-hardening-'));
  const server = await startMain({ GOVGRAPH_DB: path.join(dir, 'graph.sqlite') });
  try {
    const at = load();
    const answers: Answer[] = [];
    for (const q of HEAVY) answers.push(await ask(server, q.name, q.query));
    const fuzz = new QueryFuzzer(seededRandom(1));
    let fuzzLargest: Answer = { name: 'none', bytes: 0, ms: 0, outcome: 'none' };
    for (let i = 0; i < FUZZED; i++) {
      const a = await ask(server, `fuzzed query ${i} (seed 1)`, fuzz.next().query);
      if (a.outcome === 'data' && a.bytes > fuzzLargest.bytes) fuzzLargest = a;
    }
    const largest = [...answers, fuzzLargest].filter((a) => a.outcome === 'data').sort((a, b) => b.bytes - a.bytes)[0]!;
    const rows = answers.map((a) => `| ${a.name} | ${a.outcome} | ${(a.bytes / 1024).toFixed(1)} | ${a.ms.toFixed(0)} |`);
    rows.push(`| largest of ${FUZZED} fuzzed queries answered with data (${fuzzLargest.name}) | ${fuzzLargest.outcome} | ${(fuzzLargest.bytes / 1024).toFixed(1)} | ${fuzzLargest.ms.toFixed(0)} |`);
    return { rows, largest, fuzzLargest, at };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function run(): Promise<{ title: string; markdown: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-bench-load-'));
  try {
    const rows = await engineRows('SQLite', { GOVGRAPH_DB: path.join(dir, 'graph.sqlite') });
    const uri = process.env.NEO4J_URI;
    if (uri) rows.push(...(await engineRows('Neo4j', { NEO4J_URI: uri, NEO4J_USER: process.env.NEO4J_USER ?? '', NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '' })));
    const big = await largestRows();
    const markdown = [
      `server/main.ts in its own process (production), ${READERS} readers sending the web app's kinds of questions without pause; "mixed" adds`,
      `an editor proposing and a reviewer approving change sets one after another (attested new panels) and \`npm run seed\` half way through.`,
      `RSS is the server process's, sampled each second. Latency is per request over HTTP on loopback.${process.env.NEO4J_URI ? '' : ' Neo4j: not run (NEO4J_URI unset).'}`,
      '',
      '| engine | load | reads/s | propose p95 ms | approve p95 ms | RSS start / peak / end | errors | load average (1/5/15 min) |',
      '|---|---|---:|---:|---:|---|---:|---|',
      ...rows,
      '',
      `Largest answers the limits let through (cost ${LIMITS.maxCost}, ${LIMITS.maxObjects} list items, ${LIMITS.maxMillis / 1000} s, ${LIMITS.maxResponseBytes / 2 ** 20} MiB), SQLite, load average ${big.at}:`,
      '',
      '| query | outcome | KiB | ms |',
      '|---|---|---:|---:|',
      ...big.rows,
      '',
      `The largest answer with data: ${(big.largest.bytes / 1024).toFixed(1)} KiB in ${big.largest.ms.toFixed(0)} ms (${big.largest.name}).`,
    ].join('\n');
    return { title: 'Hardening and curation under load', markdown };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { title, markdown } = await run();
  console.log(`## ${title}\n\n${markdown}`);
}
