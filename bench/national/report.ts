// The national bench's markdown: per dataset, seeding, operations (HTTP against the in-process
// ceiling, store calls), analyses called directly and server memory, each engine's row beside the
// other's; then the targets, met or missed, an engine per column. Every figure carries the load
// average (1, 5, 15 min) when it was taken: the machine is shared.
import type { DatasetResult, EngineRun } from './dataset.js';
import { BASELINE } from './operations.js';
import { count, mib, ms, seconds, verdict } from './stats.js';

export const TARGETS = {
  structureChartP95Ms: 10,
  reportingChainP95Ms: 3,
  searchP95Ms: 10,
  vruAlignmentMs: 500,
  seedingS: 60,
  /** issue 17: the national set into Neo4j */
  neo4jSeedingS: 90,
  /** issue 17: structureChart, reportingChain and search on Neo4j, five plans over HTTP */
  neo4jP95Ms: 10,
  throughputShare: 0.6,
  rssBytes: 2 ** 30,
} as const;

const lat = (r: { p50: number; p95: number; p99: number }) => `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)}`;
const rps = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const share = (http: number, ceiling: number) => `${((100 * http) / ceiling).toFixed(0)}%`;

function seedingRows(d: DatasetResult): string[] {
  const write = (r: EngineRun) => {
    const size = r.engine === 'SQLite' ? `file size ${mib(r.written.bytes ?? 0)} after closing` : `store size ${r.written.bytes === null ? 'not reported (needs APOC apoc.monitor.store)' : mib(r.written.bytes)}; ${r.server}`;
    return `| write (\`writeBatch\`, replace) | ${r.engine} | ${seconds(r.written.writeMs)} (${seconds(r.written.writeCpuMs)}) | ${seconds(d.loadMs + r.written.writeMs)} | ${size} | ${r.written.load} |`;
  };
  return [
    '| seeding step | engine | wall time (CPU time of the bench process) | with the reading, wall | note | load average after |',
    '| --- | --- | --- | --- | --- | --- |',
    `| read and check the seed files (\`loadSeedDir\`: YAML, schema, references, cycles, quotes) | both | ${seconds(d.loadMs)} (${seconds(d.loadCpuMs)}) | | quotes ${d.quotesChecked ? 'checked' : '**not checked** (sources absent)'}; bench process RSS after loading ${mib(d.benchRssAfterLoad)} | |`,
    ...d.runs.map(write),
    ...(d.runs.length === 1 ? ['| write | Neo4j | not run | | NEO4J_URI is not set | |'] : []),
  ];
}

export function datasetMarkdown(d: DatasetResult): string {
  const first = d.runs[0]!;
  const conns = first.operations[0]?.http.map((h) => h.connections) ?? [];
  const sameAnswer = (r: EngineRun, i: number) => (r === first ? '' : r.operations[i]!.body === first.operations[i]!.body ? 'yes' : '**no**');
  const lines = [
    `### ${d.name}`,
    '',
    `\`${d.seedsDir}\`: ${d.files} seed files, ${mib(d.yamlBytes)} of YAML, ${count(first.written.nodes)} nodes and ${count(first.written.rels)} relationships.`,
    '',
    ...seedingRows(d),
    '',
    `Operations. HTTP: the real server (express 5 + Apollo, NODE_ENV=production, its response cache off: every request runs against the store) in its own process on 127.0.0.1, autocannon with ${conns.join(' and ')} connection(s); latency p50 / p95 / p99 in ms. In process: graphql-js \`execute\` on the same schema, resolvers and store (parsed and validated once, fresh DataLoaders per operation), ${conns.join(' and ')} concurrent loop(s). Store calls: one execution through a counting proxy. Load: as the operation's HTTP runs ended.`,
    '',
    `| operation | engine | ${conns.map((c) => `HTTP ${c} conn. p50 / p95 / p99 | req/s`).join(' | ')} | in-process req/s (${conns.join(' / ')}) | HTTP ÷ in-process (${conns.join(' / ')}) | store calls | response | same answer as SQLite | load |`,
    `| --- | --- | ${conns.map(() => '--- | ---').join(' | ')} | --- | --- | --- | --- | --- | --- |`,
    ...first.operations.flatMap((o, i) =>
      d.runs.map((r) => {
        const x = r.operations[i]!;
        const http = x.http.map((h) => `${lat(h)}${h.failures ? ` (**${h.failures} failed**)` : ''} | ${rps(h.rps)}`).join(' | ');
        const ceiling = x.ceiling.map((c) => rps(c.rps)).join(' / ');
        const ratio = x.http.map((h, k) => share(h.rps, x.ceiling[k]!.rps)).join(' / ');
        return `| ${r === first ? o.op.label : '〃'} | ${r.engine} | ${http} | ${ceiling} | ${ratio} | ${x.calls} | ${(Buffer.byteLength(x.body) / 1024).toFixed(1)} KiB | ${sameAnswer(r, i)} | ${x.load} |`;
      }),
    ),
    ...d.skipped.map((s) => `\nSkipped: ${s}.`),
    ...(first.sequences.length
      ? [
          '',
          'Questions the API answers only in parts (requests one after another on one connection, timed together):',
          '',
          '| question | engine | runs | HTTP p50 / p95 ms | in-process p50 / p95 ms | store calls | load |',
          '| --- | --- | --- | --- | --- | --- | --- |',
          ...first.sequences.flatMap((q, i) =>
            d.runs.map((r) => {
              const x = r.sequences[i]!;
              return `| ${r === first ? q.sequence.label : '〃'} | ${r.engine} | ${x.http.count}${x.http.failures ? ` (**${x.http.failures} failed**)` : ''} | ${ms(x.http.p50)} / ${ms(x.http.p95)} | ${ms(x.inProcess.p50)} / ${ms(x.inProcess.p95)} | ${x.calls} | ${x.load} |`;
            }),
          ),
        ]
      : []),
    '',
    'Analyses called directly on the store (no GraphQL), after one warm-up:',
    '',
    '| call | engine | runs | p50 ms | p95 ms | store calls | load |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...first.analyses.flatMap((a, i) =>
      d.runs.map((r) => {
        const x = r.analyses[i]!;
        return `| ${r === first ? `\`${a.label}\`` : '〃'} | ${r.engine} | ${x.timing.count} | ${ms(x.timing.p50)} | ${ms(x.timing.p95)} | ${x.calls} | ${x.load} |`;
      }),
    ),
    '',
    `Server process (Node) peak RSS over all its HTTP runs: ${d.runs.map((r) => `${r.engine} ${mib(r.serverMaxRss)}`).join(', ')}${d.runs.length > 1 ? " (on Neo4j the graph's memory is the database server's, not in it)" : ''}.`,
  ];
  return lines.join('\n');
}

interface Cell {
  result: string;
  ok: boolean;
}
interface Row {
  what: string;
  target: string;
  /** per engine, or null where the target is not the engine's */
  cells: (Cell | null)[];
}

const table = (d: DatasetResult, rows: Row[]): string =>
  [
    `| target | goal | ${d.runs.map((r) => `${r.engine} | `).join(' | ')} |`,
    `| --- | --- | ${d.runs.map(() => '--- | ---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.what} | ${r.target} | ${r.cells.map((c) => (c ? `${c.result} | ${verdict(c.ok)}` : '— | ')).join(' | ')} |`),
    '',
    `Load average (1, 5, 15 min) over the runs: ${d.runs.map((r) => `${r.engine} ${r.load.before} before, ${r.load.after} after`).join('; ')}.`,
  ].join('\n');

/** p95 over HTTP at one connection (no queueing) of an operation, on each engine. */
function p95Row(d: DatasetResult, name: string, goal: number): Row | null {
  const i = d.runs[0]!.operations.findIndex((o) => o.op.name === name);
  if (i < 0) return null;
  return {
    what: `${name} p95 over HTTP, 1 connection`,
    target: `< ${goal} ms`,
    cells: d.runs.map((r) => {
      const h = r.operations[i]!.http[0]!;
      return { result: `${ms(h.p95)} ms`, ok: h.p95 < goal && h.failures === 0 };
    }),
  };
}

/** Issue 15's targets (and issue 17's seeding into Neo4j), judged on the national set. */
export function targetsMarkdown(d: DatasetResult): string {
  const rows: Row[] = [];
  const add = (r: Row | null) => r && rows.push(r);
  add(p95Row(d, 'structureChart', TARGETS.structureChartP95Ms));
  add(p95Row(d, 'reportingChain', TARGETS.reportingChainP95Ms));
  add(p95Row(d, 'search', TARGETS.searchP95Ms));
  const all = d.runs.map((r) => r.sequences.find((q) => q.sequence.name === 'vruAlignment'));
  if (all[0]) {
    rows.push({ what: `${all[0].sequence.label}, p95 over HTTP`, target: `< ${TARGETS.vruAlignmentMs} ms`, cells: all.map((q) => ({ result: `${ms(q!.http.p95)} ms`, ok: q!.http.p95 < TARGETS.vruAlignmentMs && q!.http.failures === 0 })) });
  }
  const direct = d.runs[0]!.analyses[0]!;
  rows.push({ what: `${direct.label}, p95 in process, no GraphQL`, target: `< ${TARGETS.vruAlignmentMs} ms`, cells: d.runs.map((r) => ({ result: `${ms(r.analyses[0]!.timing.p95)} ms`, ok: r.analyses[0]!.timing.p95 < TARGETS.vruAlignmentMs })) });
  const seeding = (r: EngineRun): Cell => ({ result: `${seconds(d.loadMs)} + ${seconds(r.written.writeMs)} = ${seconds(d.loadMs + r.written.writeMs)}`, ok: d.loadMs + r.written.writeMs < (r.engine === 'SQLite' ? TARGETS.seedingS : TARGETS.neo4jSeedingS) * 1000 });
  rows.push({ what: 'seeding, read and check + write, wall time', target: `< ${TARGETS.seedingS} s (SQLite) / < ${TARGETS.neo4jSeedingS} s (Neo4j)`, cells: d.runs.map(seeding) });
  rows.push({
    what: '… the same in CPU time of the bench process (on SQLite, what a machine to itself would take, near enough; on Neo4j the server is another process)',
    target: `< ${TARGETS.seedingS} s`,
    cells: d.runs.map((r) => (r.engine === 'SQLite' ? { result: `${seconds(d.loadCpuMs)} + ${seconds(r.written.writeCpuMs)} = ${seconds(d.loadCpuMs + r.written.writeCpuMs)}`, ok: d.loadCpuMs + r.written.writeCpuMs < TARGETS.seedingS * 1000 } : null)),
  });
  rows.push({
    what: '… of which writing alone (Neo4j: the server as neo4jServer reports it, in the seeding table)',
    target: `< ${TARGETS.seedingS} s (SQLite) / < ${TARGETS.neo4jSeedingS} s (Neo4j)`,
    cells: d.runs.map((r) => ({ result: seconds(r.written.writeMs), ok: r.written.writeMs < (r.engine === 'SQLite' ? TARGETS.seedingS : TARGETS.neo4jSeedingS) * 1000 })),
  });
  for (const [i, o] of d.runs[0]!.operations.entries()) {
    if (o.op.name === BASELINE) continue;
    const last = o.http.length - 1;
    rows.push({
      what: `${o.op.name} throughput over HTTP ÷ in process, ${o.http[last]!.connections} connections`,
      target: `≥ ${TARGETS.throughputShare * 100}%`,
      cells: d.runs.map((r) => {
        const [h, c] = [r.operations[i]!.http[last]!, r.operations[i]!.ceiling[last]!];
        return { result: `${rps(h.rps)} ÷ ${rps(c.rps)} = ${share(h.rps, c.rps)}`, ok: h.rps >= TARGETS.throughputShare * c.rps };
      }),
    });
  }
  rows.push({ what: 'server (Node) peak RSS', target: '< 1 GiB', cells: d.runs.map((r) => ({ result: mib(r.serverMaxRss), ok: r.serverMaxRss < TARGETS.rssBytes })) });
  return table(d, rows);
}

/** Issue 17's latency targets, on the five plans: p95 over HTTP under 10 ms on Neo4j (SQLite beside). */
export function neo4jTargetsMarkdown(d: DatasetResult): string {
  const rows = ['structureChart', 'reportingChain', 'search'].map((name) => p95Row(d, name, TARGETS.neo4jP95Ms)).filter((r): r is Row => r !== null);
  return table(d, rows);
}
