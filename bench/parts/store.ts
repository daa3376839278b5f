// The SQLite store at scale: bulk load of a synthetic graph (100,000 nodes, 300,000
// relationships), one expand call over 1,000 ids, and depth-10 traversals.
// Standalone: npx tsx bench/parts/store.ts
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE_KINDS, REL_TYPES, relId, type GraphBatch, type GraphNode, type GraphRel } from '../../server/domain/model.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';

const NODES = 100_000;
const RELS = 300_000;
const BRANCHING = 3;
const EXPAND_IDS = 1_000;
const EXPAND_REPS = 40;
const TRAVERSE_REPS = 5;
const TARGET_LOAD_S = 20;
const TARGET_EXPAND_MS = 20;

/** Deterministic so runs compare (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nodeId = (i: number) => `synth/n${i}`;

/** A reporting tree (each node reports to one of the previous level, BRANCHING children each) plus random lines of every type. */
export function syntheticGraph(nodes: number, rels: number, seed = 42): GraphBatch {
  const rnd = random(seed);
  const pick = () => Math.floor(rnd() * nodes);
  const evidence = (i: number) => [{ source: 'source/synthetic', locator: `row ${i}`, quote: `synthetic fact ${i}`, basis: 'STATED' as const }];
  const graphNodes: GraphNode[] = Array.from({ length: nodes }, (_, i) => ({
    id: nodeId(i),
    kind: NODE_KINDS[i % NODE_KINDS.length]!,
    name: `Synthetic body ${i}`,
    aliases: i % 4 === 0 ? [`SB${i}`] : [],
    text: `Remit of synthetic body ${i}: co-ordinates partners on theme ${i % 97}.`,
    partnership: `synth/p${i % 20}`,
    ...(i % 10 === 0 ? { validFrom: '2017', validTo: '2020-03' } : {}),
    props: { tier: i % 5, frequency: i % 2 ? 'monthly' : 'quarterly' },
    evidence: evidence(i),
  }));
  const graphRels: GraphRel[] = [];
  for (let i = 1; i < nodes && graphRels.length < rels; i++) {
    const parent = Math.floor((i - 1) / BRANCHING);
    graphRels.push({ id: relId(nodeId(i), 'REPORTS_TO', nodeId(parent)), type: 'REPORTS_TO', from: nodeId(i), to: nodeId(parent), props: {}, evidence: evidence(i) });
  }
  const others = REL_TYPES.filter((t) => t !== 'REPORTS_TO');
  for (let j = 0; graphRels.length < rels; j++) {
    const type = others[j % others.length]!;
    const [from, to] = [nodeId(pick()), nodeId(pick())];
    graphRels.push({
      id: relId(from, type, to, `k${j}`),
      type,
      from,
      to,
      ...(j % 7 === 0 ? { validFrom: '2019-04' } : {}),
      props: { weight: j % 10 },
      evidence: evidence(j),
    });
  }
  return { nodes: graphNodes, rels: graphRels };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const s = (n: number) => `${(n / 1000).toFixed(2)} s`;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
const n = (x: number) => x.toLocaleString('en-GB');

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

/** Wall time, and this process's CPU time: on a shared machine the second shows the work itself. */
async function time<T>(fn: () => Promise<T>): Promise<[T, number, number]> {
  const [t0, c0] = [performance.now(), process.cpuUsage()];
  const out = await fn();
  return [out, performance.now() - t0, cpuMs(process.cpuUsage(c0))];
}

export default async function run(): Promise<{ title: string; markdown: string }> {
  const loadAvg = os.loadavg()[0]!.toFixed(2);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'govgraph-bench-'));
  const store = openSqliteStore(path.join(dir, 'bench.sqlite'));
  try {
    const [batch, genMs] = await time(async () => syntheticGraph(NODES, RELS));
    const [, loadMs, loadCpu] = await time(() => store.writeBatch(batch, { replace: true }));
    const [, reloadMs, reloadCpu] = await time(() => store.writeBatch(batch, { replace: true }));
    const stats = await store.stats();

    const rnd = random(7);
    const sample = () => Array.from({ length: EXPAND_IDS }, () => nodeId(Math.floor(rnd() * NODES)));
    const expandRun = async (direction: 'out' | 'in' | 'both') => {
      await store.expand({ ids: sample(), direction }); // warm statements and cache
      const [times, cpus]: number[][] = [[], []];
      let rels = 0;
      for (let r = 0; r < EXPAND_REPS; r++) {
        const [found, t, c] = await time(() => store.expand({ ids: sample(), direction }));
        times.push(t);
        cpus.push(c);
        rels += found.length;
      }
      [times, cpus].forEach((l) => l.sort((a, b) => a - b));
      return { p50: percentile(times, 50), p95: percentile(times, 95), cpu50: percentile(cpus, 50), rels: Math.round(rels / EXPAND_REPS) };
    };
    const expandBoth = await expandRun('both');
    const expandOut = await expandRun('out');
    const expandIn = await expandRun('in');

    const traverseRun = async (q: Parameters<typeof store.traverse>[0]) => {
      const [times, cpus]: number[][] = [[], []];
      let result = await store.traverse(q);
      for (let r = 0; r < TRAVERSE_REPS; r++) {
        const [res, t, c] = await time(() => store.traverse(q));
        times.push(t);
        cpus.push(c);
        result = res;
      }
      [times, cpus].forEach((l) => l.sort((a, b) => a - b));
      return { p50: percentile(times, 50), cpu50: percentile(cpus, 50), rels: result.rels.length, nodes: Object.keys(result.depths).length };
    };
    const down = await traverseRun({ ids: [nodeId(0)], types: ['REPORTS_TO'], direction: 'in', maxDepth: 10 });
    const up = await traverseRun({ ids: sample(), types: ['REPORTS_TO'], direction: 'out', maxDepth: 10 });
    const around = await traverseRun({ ids: [nodeId(12345)], direction: 'both', maxDepth: 10, asOf: '2018' });

    const markdown = `SQLite engine (better-sqlite3, WAL, file on local disk), synthetic graph of ${n(stats.nodes)} nodes and ${n(stats.relationships)} relationships, each with one evidence entry (generated in ${s(genMs)}).

| measure | wall time | CPU time | target (wall) |
| --- | --- | --- | --- |
| bulk load into an empty store (\`writeBatch\`, replace) | ${s(loadMs)} | ${s(loadCpu)} | < ${TARGET_LOAD_S} s: ${verdict(loadMs < TARGET_LOAD_S * 1000)} |
| reload over the full store (replace: delete all, insert all) | ${s(reloadMs)} | ${s(reloadCpu)} | |
| \`expand\` ${n(EXPAND_IDS)} random ids, out (≈${n(expandOut.rels)} rels) | p50 ${ms(expandOut.p50)}, p95 ${ms(expandOut.p95)} | p50 ${ms(expandOut.cpu50)} | < ${TARGET_EXPAND_MS} ms: ${verdict(expandOut.p50 < TARGET_EXPAND_MS)} (p50) |
| \`expand\` ${n(EXPAND_IDS)} random ids, in (≈${n(expandIn.rels)} rels) | p50 ${ms(expandIn.p50)}, p95 ${ms(expandIn.p95)} | p50 ${ms(expandIn.cpu50)} | < ${TARGET_EXPAND_MS} ms: ${verdict(expandIn.p50 < TARGET_EXPAND_MS)} (p50) |
| \`expand\` ${n(EXPAND_IDS)} random ids, both directions (≈${n(expandBoth.rels)} rels) | p50 ${ms(expandBoth.p50)}, p95 ${ms(expandBoth.p95)} | p50 ${ms(expandBoth.cpu50)} | < ${TARGET_EXPAND_MS} ms: ${verdict(expandBoth.p50 < TARGET_EXPAND_MS)} (p50) |
| \`traverse\` depth 10, REPORTS_TO in, from the root (${n(down.nodes)} nodes, ${n(down.rels)} rels) | p50 ${ms(down.p50)} | p50 ${ms(down.cpu50)} | |
| \`traverse\` depth 10, REPORTS_TO out, from ${n(EXPAND_IDS)} random ids (${n(up.nodes)} nodes, ${n(up.rels)} rels) | p50 ${ms(up.p50)} | p50 ${ms(up.cpu50)} | |
| \`traverse\` depth 10, all types, both directions, as at 2018, from one node (${n(around.nodes)} nodes, ${n(around.rels)} rels) | p50 ${ms(around.p50)} | p50 ${ms(around.cpu50)} | |

Expand: ${EXPAND_REPS} calls with fresh random ids after one warm-up call. Traverse: median of ${TRAVERSE_REPS} runs after one warm-up. CPU time is this process's (user + system) over the same span: on a machine shared with other work it is the steadier measure of the store's own cost. Machine load average at the start: ${loadAvg}.`;
    return { title: 'Store (SQLite)', markdown };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log((await run()).markdown);
}
