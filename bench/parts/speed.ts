// Issue 15's targets on synthetic national sets (seed 1) of 30, 300 and 1,000 partnerships in SQLite:
// - vruAlignment of 30 partnerships on the 1,000-set against the same question on the 30-set
//   (interleaved calls in one process, with the relationships and nodes each call reads);
// - all 300 partnerships of the 300-set over HTTP, as requests of at most 100;
// - every operation over HTTP against the in-process ceiling, and the transport against the lean
//   graphql-http peer (peer.ts) on the same schema: rounds interleaved across the three server
//   processes, the real one with its response cache off (every request executes) and on (all three,
//   and the in-process run, keep VRU columns of flags under the graph version, as the real route does),
//   and for reportingChain each pipeline alone in process (pipelines.ts): what Apollo Server's costs
//   beside graphql-http's bounds real ÷ peer while Apollo is kept;
// - search on the 30- and 1,000-sets (interleaved), and the server's peak RSS on the 1,000-set.
// `npm run bench -- speed`. Knobs: BENCH_SPEED_SECONDS [2] per HTTP or in-process run, BENCH_SPEED_ROUNDS [3],
// BENCH_SPEED_SIZES [30,300,1000]. Each set's SQLite file is kept in data/synth-speed/ and reused.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cascade, governanceFindings, vruAlignment } from '../../server/domain/analysis/index.js';
import type { GraphStore } from '../../server/store/contract.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import type { PipelineCosts } from '../national/pipelines.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** BENCH_SPEED_SIZES: the sets, smallest first; the vruAlignment comparison takes the smallest and the largest, HTTP the 300-set (or the middle one), memory the largest. */
const SIZES = (process.env.BENCH_SPEED_SIZES ?? '30,300,1000').split(',').map(Number);
const CONNECTIONS = 16;

function setting(name: string, fallback: number): number {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1`);
  return n;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** A proxy that adds up what the store hands back: relationships from expand, nodes from getNodes. */
function reading(store: GraphStore): { store: GraphStore; rels: number; nodes: number; calls: number } {
  const tally = { store, rels: 0, nodes: 0, calls: 0 };
  tally.store = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        tally.calls++;
        const out = await value.apply(target, args);
        if (prop === 'expand') tally.rels += (out as unknown[]).length;
        if (prop === 'getNodes') tally.nodes += (out as unknown[]).filter(Boolean).length;
        return out;
      };
    },
  });
  return tally;
}

/**
 * What Apollo Server's pipeline costs beside graphql-http's, each alone in process (pipelines.ts),
 * against what the real server costs beside the peer over HTTP: the rest of that difference is the
 * route and node:http around each pipeline.
 */
function pipelineSection({ pipelines: p, peerCpu, realCpu }: { pipelines: PipelineCosts; peerCpu: number; realCpu: number }, rounds: number, seconds: number): string[] {
  const pipeline = p.apollo - p['graphql-http'];
  const http = realCpu - peerCpu;
  const signed = (n: number) => `${n < 0 ? '−' : '+'}${Math.abs(n).toFixed(0)}`;
  return [
    '**reportingChain, each pipeline alone**: the same request from its body\'s text to its answer\'s text in one process, no sockets ' +
      `(\`bench/national/pipelines.ts\`), server CPU µs per request, the median of ${rounds} rounds of ${seconds} s taken in turns after a warm-up round:`,
    '',
    '| graphql-js alone (parse the body, execute a cached document, stringify) | graphql-http\'s handler, as the peer | Apollo Server, as the real route\'s lean path | Apollo − graphql-http in process | real − peer over HTTP | the rest: the route around Apollo − graphql-http\'s node:http adapter |',
    '| --- | --- | --- | --- | --- | --- |',
    `| ${p['graphql-js'].toFixed(0)} | ${p['graphql-http'].toFixed(0)} (${signed(p['graphql-http'] - p['graphql-js'])}) | ${p.apollo.toFixed(0)} (${signed(p.apollo - p['graphql-js'])}) | ${signed(pipeline)} | ${signed(http)} (${realCpu.toFixed(0)} against ${peerCpu.toFixed(0)}) | ${signed(http - pipeline)} |`,
    '',
    `Real ÷ peer by CPU is ${((100 * peerCpu) / realCpu).toFixed(1)}%; were Apollo's pipeline to cost what graphql-http's does, it would be ${((100 * peerCpu) / (realCpu - pipeline)).toFixed(1)}%.`,
    '',
  ];
}

export default async function run(): Promise<{ title: string; markdown: string }> {
  process.env.NODE_ENV ??= 'production';
  const { generateNational } = await import('../synth/generate.js');
  const { writeSynthSet } = await import('../synth/writer.js');
  const { loadSeeds, writeSqlite } = await import('../national/seeding.js');
  const { pickTargets } = await import('../national/targets.js');
  const { operations } = await import('../national/operations.js');
  const { executableSchema } = await import('../national/ceiling.js');
  const { expectedBody, httpLoad, httpSequence } = await import('../national/http-load.js');
  const { startCeilingProcess, startServerProcess } = await import('../national/server-process.js');
  const { latency, mib, ms } = await import('../national/stats.js');

  const seconds = setting('BENCH_SPEED_SECONDS', 2);
  const rounds = setting('BENCH_SPEED_ROUNDS', 3);
  const load = os.loadavg().map((l) => l.toFixed(2)).join(', ');
  const out: string[] = [];
  try {
    type SetInfo = { file: string; targets: ReturnType<typeof pickTargets>; nodes: number; rels: number };
    const sets = new Map<number, SetInfo>();
    for (const n of SIZES) {
      console.log(`speed bench: ${n} partnerships`);
      const file = path.join(ROOT, 'data/synth-speed', `${n}.sqlite`);
      const kept = path.join(ROOT, 'data/synth-speed', `${n}.json`);
      if (existsSync(file) && existsSync(kept)) {
        sets.set(n, { file, ...(JSON.parse(readFileSync(kept, 'utf8')) as Omit<SetInfo, 'file'>) });
        continue;
      }
      const written = await writeSynthSet(path.join(ROOT, 'data/synth-speed', String(n)), generateNational({ partnerships: n, seed: 1 }));
      const loaded = await loadSeeds(written.seedsDir, written.sourcesDir);
      rmSync(file, { force: true });
      const w = await writeSqlite(loaded.batch, file);
      const info = { targets: pickTargets(loaded.batch), nodes: w.nodes, rels: w.rels };
      writeFileSync(kept, JSON.stringify(info));
      sets.set(n, { file, ...info });
    }
    const set = (n: number) => sets.get(n)!;
    out.push(
      `Synthetic national sets (\`npm run synth -- --partnerships N --seed 1\`): ${SIZES.map((n) => `${n} partnerships ${set(n).nodes.toLocaleString('en-GB')} nodes / ${set(n).rels.toLocaleString('en-GB')} relationships`).join('; ')}. SQLite. Load average at the start: ${load}.`,
      '',
    );

    // ---------------------------------------------------------------- vruAlignment and search: 30-set against 1,000-set
    const [smallest, largest] = [SIZES[0]!, SIZES.at(-1)!];
    const middle = SIZES.includes(300) ? 300 : SIZES[Math.floor(SIZES.length / 2)]!;
    const small = openSqliteStore(set(smallest).file);
    const large = openSqliteStore(set(largest).file);
    const asked = set(smallest).targets.partnershipIds.slice(0, 30);
    const askedLarge = set(largest).targets.partnershipIds.slice(0, 30);
    const vru: Record<'small' | 'large', number[]> = { small: [], large: [] };
    const search: Record<'small' | 'large', number[]> = { small: [], large: [] };
    const reads = { small: reading(small), large: reading(large) };
    await vruAlignment(reads.small.store, asked);
    await vruAlignment(reads.large.store, askedLarge);
    // the other analyses of one partnership: its findings, and the cascade up from one of its actions
    const firstAction = async (store: GraphStore, pid: string) => (await store.listNodes({ kinds: ['Action'], partnership: pid, first: 1 })).items[0]!.id;
    const one = { small: set(smallest).targets.partnershipIds[0]!, large: set(largest).targets.partnershipIds[0]! };
    const action = { small: await firstAction(small, one.small), large: await firstAction(large, one.large) };
    const others = {
      governance: { run: (st: GraphStore, k: 'small' | 'large') => governanceFindings(st, one[k], '2025'), small: [] as number[], large: [] as number[], reads: { small: reading(small), large: reading(large) } },
      cascade: { run: (st: GraphStore, k: 'small' | 'large') => cascade(st, action[k], { direction: 'up' }), small: [] as number[], large: [] as number[], reads: { small: reading(small), large: reading(large) } },
    };
    for (const o of Object.values(others)) for (const k of ['small', 'large'] as const) await o.run(o.reads[k].store, k);
    for (let i = 0; i < 10 * rounds; i++) {
      for (const [key, store, ids] of [['small', small, asked], ['large', large, askedLarge]] as const) {
        const t0 = performance.now();
        await vruAlignment(store, ids);
        vru[key].push(performance.now() - t0);
        const t1 = performance.now();
        await store.search({ text: 'MARAC', first: 20 });
        search[key].push(performance.now() - t1);
        for (const o of Object.values(others)) {
          const t2 = performance.now();
          await o.run(store, key);
          o[key].push(performance.now() - t2);
        }
      }
    }
    await Promise.all([small.close(), large.close()]);
    const vr = (k: 'small' | 'large') => latency(vru[k]);
    const ratio = vr('large').p50 / vr('small').p50;
    out.push(
      '#### Analyses whose cost follows the question',
      '',
      `In one process, calls interleaved (${smallest}-set, ${largest}-set, ...), ${vru.small.length} of each after a warm-up.`,
      '',
      '| call | set | p50 ms | p95 ms | store calls | relationships read | nodes read |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      `| vruAlignment of 30 partnerships | ${smallest} partnerships | ${ms(vr('small').p50)} | ${ms(vr('small').p95)} | ${reads.small.calls} | ${reads.small.rels.toLocaleString('en-GB')} | ${reads.small.nodes.toLocaleString('en-GB')} |`,
      `| vruAlignment of 30 partnerships | ${largest.toLocaleString('en-GB')} partnerships | ${ms(vr('large').p50)} | ${ms(vr('large').p95)} | ${reads.large.calls} | ${reads.large.rels.toLocaleString('en-GB')} | ${reads.large.nodes.toLocaleString('en-GB')} |`,
      ...(['governance', 'cascade'] as const).flatMap((name) =>
        (['small', 'large'] as const).map((k) => {
          const o = others[name];
          const what = name === 'governance' ? `governanceFindings of one partnership as at 2025` : `cascade up from one action`;
          return `| ${what} | ${(k === 'small' ? smallest : largest).toLocaleString('en-GB')} partnerships | ${ms(latency(o[k]).p50)} | ${ms(latency(o[k]).p95)} | ${o.reads[k].calls} | ${o.reads[k].rels.toLocaleString('en-GB')} | ${o.reads[k].nodes.toLocaleString('en-GB')} |`;
        }),
      ),
      `| search "MARAC", first 20 | ${smallest} partnerships | ${ms(latency(search.small).p50)} | ${ms(latency(search.small).p95)} | 1 | | |`,
      `| search "MARAC", first 20 | ${largest.toLocaleString('en-GB')} partnerships | ${ms(latency(search.large).p50)} | ${ms(latency(search.large).p95)} | 1 | | |`,
      '',
      `vruAlignment of 30 on the ${largest}-set ÷ on the ${smallest}-set (p50): **${ratio.toFixed(2)}×** (target, 1,000-set ÷ 30-set ≤ 1.5×: ${largest === 1000 && smallest === 30 ? (ratio <= 1.5 ? 'met' : '**missed**') : 'not judged on these sets'}). ` +
        `search on the ${largest}-set ÷ on the ${smallest}-set (p50): ${(latency(search.large).p50 / latency(search.small).p50).toFixed(2)}×.`,
      '',
    );

    // ---------------------------------------------------------------- the 300-set over HTTP
    const t300 = set(middle).targets;
    const schema = executableSchema();
    const { ops, sequences } = operations(t300, schema);
    const servers = {
      nocache: await startServerProcess(set(middle).file, 'apollo-nocache'),
      cache: await startServerProcess(set(middle).file, 'apollo'),
      peer: await startServerProcess(set(middle).file, 'graphql-http'),
    };
    const inProcess = await startCeilingProcess(set(middle).file);
    const rows: string[] = [];
    const all300: string[] = [];
    // reportingChain, the issue's operation against the peer: each pipeline alone, and the peer's CPU over HTTP
    let chain: { pipelines: PipelineCosts; peerCpu: number; realCpu: number } | undefined;
    try {
      for (const op of ops) {
        // a failed operation (the server's request budget, under load) is reported, not fatal
        const expected = await expectedBody(servers.nocache.graphqlUrl, op).catch((e: Error) => {
          rows.push(`| ${op.label} | **failed**: ${e.message} | | | | | | | |`);
          return null;
        });
        if (expected === null) continue;
        const rps: Record<'nocache' | 'cache' | 'peer' | 'inProcess', number[]> = { nocache: [], cache: [], peer: [], inProcess: [] };
        const p99: Record<'nocache' | 'cache' | 'peer', number[]> = { nocache: [], cache: [], peer: [] };
        // the server's CPU time per request: what the machine's load inflates least
        const cpu: Record<'nocache' | 'cache' | 'peer', number[]> = { nocache: [], cache: [], peer: [] };
        // a warm-up as long as a round, at full load (the in-process run's too): the real server's CPU per request takes seconds of load to settle (its JIT), 3-5 times higher in the first
        for (const k of ['nocache', 'cache', 'peer'] as const) await httpLoad(servers[k].graphqlUrl, op, expected, CONNECTIONS, seconds);
        await inProcess.run(op, CONNECTIONS, seconds);
        for (let r = 0; r < rounds; r++) {
          for (const k of ['nocache', 'cache', 'peer'] as const) {
            const cpuBefore = (await servers[k].memory()).cpuMs;
            const h = await httpLoad(servers[k].graphqlUrl, op, expected, CONNECTIONS, seconds);
            if (h.failures) throw new Error(`${op.name} on ${k}: ${h.failures} failed requests`);
            rps[k].push(h.rps);
            p99[k].push(h.p99);
            cpu[k].push((((await servers[k].memory()).cpuMs - cpuBefore) * 1000) / h.requests);
          }
          rps.inProcess.push((await inProcess.run(op, CONNECTIONS, seconds)).rps);
        }
        if (op.name === 'reportingChain') chain = { pipelines: await inProcess.pipelines(op, seconds, rounds), peerCpu: median(cpu.peer), realCpu: median(cpu.nocache) };
        const m = Object.fromEntries(Object.entries(rps).map(([k, v]) => [k, median(v)])) as Record<keyof typeof rps, number>;
        const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(0)}%`;
        rows.push(
          `| ${op.label} | ${m.inProcess.toFixed(0)} | ${m.nocache.toFixed(0)} (${pct(m.nocache, m.inProcess)}) | ${m.cache.toFixed(0)} (${pct(m.cache, m.inProcess)}) | ${m.peer.toFixed(0)} (${pct(m.peer, m.inProcess)}) | ${pct(m.nocache, m.peer)} / ${pct(m.cache, m.peer)} | ${ms(median(p99.nocache))} / ${ms(median(p99.cache))} / ${ms(median(p99.peer))} | ${(1e6 / m.inProcess).toFixed(0)} | ${median(cpu.nocache).toFixed(0)} / ${median(cpu.cache).toFixed(0)} / ${median(cpu.peer).toFixed(0)} (${pct(median(cpu.peer), median(cpu.nocache))}) |`,
        );
      }
      for (const seq of sequences) {
        for (const k of ['nocache', 'cache'] as const) {
          const s = await httpSequence(servers[k].graphqlUrl, seq.parts, 20, 20, async () => (await servers[k].memory()).cpuMs).catch((e: Error) => e);
          if (s instanceof Error) {
            all300.push(`| ${seq.label} | ${k} | **failed**: ${s.message} | | | | | |`);
            continue;
          }
          all300.push(
            `| ${seq.label} | ${k === 'nocache' ? 'response cache off: every request executes (VRU columns of flags kept under the graph version)' : 'response cache on (a repeated read of an unchanged graph)'} | ${ms(s.firstMs)} | ${s.count} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.cpuMsPerRun ?? NaN)} | ${s.p95 < 300 ? 'met' : '**missed**'} |`,
          );
        }
      }
    } finally {
      await Promise.all([...Object.values(servers), inProcess].map((s) => s.stop()));
    }
    out.push(
      `#### The request path on the ${middle}-set`,
      '',
      `Throughput in requests per second, ${CONNECTIONS} connections (in process: ${CONNECTIONS} concurrent loops), the median of ${rounds} rounds of ${seconds} s; in each round the three servers and the in-process run take turns. ` +
        'Servers: the real one (Apollo Server 5 behind the node:http /graphql route, NODE_ENV=production) with its response cache off and on, and the peer: graphql-http 1.23 on node:http with the same schema, resolvers and store and a cache of validated documents, reading as the real route does (a read view per request, without evidence when the document asks none). ' +
        'Targets: HTTP ≥ 60% of in process (cache off is the honest figure: every request executes), reportingChain ≥ 90% of the peer. ' +
        "The server processes run serve.ts bundled by esbuild as `npm start` builds the server, on plain node (through tsx, its hooks took each require() Apollo makes per request and its transform an Object.defineProperty for each closure made per request); and so does the in-process run (a process of its own, the same bundle, executing with graphql-js directly). " +
        "Server CPU per request is the process's user + system time over the run ÷ its requests (the kernel's loopback work included): on this 2-core machine the load generator takes the other core, so the rates follow it more than the load average does.",
      '',
      `| operation | in process | real, cache off (÷ in process) | real, cache on (÷ in process) | graphql-http peer (÷ in process) | real ÷ peer (off / on) | p99 ms off / on / peer | in process µs per operation (1 ÷ its rate) | server CPU µs per request off / on / peer (peer ÷ off) |`,
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      'The first run is the warm-up, timed apart: the server asked for the first time since it started (nothing kept, the SQLite pages and the code cold), as after a write. ' +
        "The server's CPU time per timed run is what a busy machine does not inflate: on an idle core a run takes about that long, plus the client's part.",
      '',
      '| question | server | first run ms | runs | p50 ms | p95 ms | server CPU ms per run | target p95 < 300 ms |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...all300,
      '',
      ...(chain ? pipelineSection(chain, rounds, seconds) : []),
    );

    // ---------------------------------------------------------------- memory on the 1,000-set
    const t1000 = set(largest).targets;
    const big = await startServerProcess(set(largest).file, 'apollo-nocache');
    let rss = NaN;
    try {
      const { ops: bigOps, sequences: bigSeqs } = operations(t1000, schema);
      for (const op of bigOps) await expectedBody(big.graphqlUrl, op).catch((e: Error) => console.error(`speed bench: ${op.name}: ${e.message}`));
      for (const seq of bigSeqs) await httpSequence(big.graphqlUrl, seq.parts, 60, 3).catch((e: Error) => console.error(`speed bench: ${seq.name}: ${e.message}`));
      rss = (await big.memory()).maxRss;
    } finally {
      await big.stop();
    }
    out.push(
      `#### Memory on the ${largest}-set`,
      '',
      `Server peak RSS (response cache off) after every operation once and vruAlignment of all ${t1000.partnershipIds.length} partnerships three times: **${mib(rss)}** (target on the 1,000-set < 600 MiB: ${largest !== 1000 ? 'not judged on this set' : rss < 600 * 2 ** 20 ? 'met' : '**missed**'}).`,
    );
    return { title: 'Speed (issue 15): analyses, request path, memory', markdown: out.join('\n') };
  } finally {
    // nothing to clean: the sets are kept for the next run
  }
}
