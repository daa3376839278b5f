// The national bench's markdown: per dataset, seeding, operations (HTTP against the in-process
// ceiling, store calls), analyses called directly and server memory; then the targets, met or missed.
import type { DatasetResult } from './dataset.js';
import { BASELINE } from './operations.js';
import { count, mib, ms, seconds, verdict } from './stats.js';

export const TARGETS = {
  structureChartP95Ms: 10,
  reportingChainP95Ms: 3,
  searchP95Ms: 10,
  vruAlignmentMs: 500,
  seedingS: 60,
  throughputShare: 0.6,
  rssBytes: 2 ** 30,
} as const;

const lat = (r: { p50: number; p95: number; p99: number }) => `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)}`;
const rps = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const share = (http: number, ceiling: number) => `${((100 * http) / ceiling).toFixed(0)}%`;

export function datasetMarkdown(d: DatasetResult): string {
  const conns = d.operations[0]?.http.map((h) => h.connections) ?? [];
  const seedTotal = d.loadMs + d.sqlite.writeMs;
  const lines = [
    `### ${d.name}`,
    '',
    `\`${d.seedsDir}\`: ${d.files} seed files, ${mib(d.yamlBytes)} of YAML, ${count(d.sqlite.nodes)} nodes and ${count(d.sqlite.rels)} relationships.`,
    '',
    '| seeding step | wall time (CPU time) | note |',
    '| --- | --- | --- |',
    `| read and check the seed files (\`loadSeedDir\`: YAML, schema, references, cycles, quotes) | ${seconds(d.loadMs)} (${seconds(d.loadCpuMs)}) | quotes ${d.quotesChecked ? 'checked' : '**not checked** (sources absent)'}; bench process RSS after loading ${mib(d.benchRssAfterLoad)} |`,
    `| write into a new SQLite file (\`writeBatch\`, replace) | ${seconds(d.sqlite.writeMs)} (${seconds(d.sqlite.writeCpuMs)}) | file size ${mib(d.sqlite.bytes ?? 0)} after closing |`,
    `| total | ${seconds(seedTotal)} | |`,
    d.neo4j
      ? `| write into Neo4j (\`writeBatch\`, replace) | ${seconds(d.neo4j.writeMs)} (${seconds(d.neo4j.writeCpuMs)} in this process) | store size ${d.neo4j.bytes === null ? 'not reported (needs APOC apoc.monitor.store)' : mib(d.neo4j.bytes)} |`
      : '| Neo4j | not run | NEO4J_URI is not set |',
    '',
    `Operations. HTTP: the real server (express 5 + Apollo, NODE_ENV=production) in its own process on 127.0.0.1, autocannon with ${conns.join(' and ')} connection(s); latency p50 / p95 / p99 in ms. In process: graphql-js \`execute\` on the same schema, resolvers and store (parsed and validated once, fresh DataLoaders per operation), ${conns.join(' and ')} concurrent loop(s). Store calls: one execution through a counting proxy.`,
    '',
    `| operation | ${conns.map((c) => `HTTP ${c} conn. p50 / p95 / p99 | req/s`).join(' | ')} | in-process req/s (${conns.join(' / ')}) | HTTP ÷ in-process (${conns.join(' / ')}) | store calls | response |`,
    `| --- | ${conns.map(() => '--- | ---').join(' | ')} | --- | --- | --- | --- |`,
    ...d.operations.map((o) => {
      const http = o.http.map((h) => `${lat(h)}${h.failures ? ` (**${h.failures} failed**)` : ''} | ${rps(h.rps)}`).join(' | ');
      const ceiling = o.ceiling.map((c) => rps(c.rps)).join(' / ');
      const ratio = o.http.map((h, i) => share(h.rps, o.ceiling[i]!.rps)).join(' / ');
      return `| ${o.op.label} | ${http} | ${ceiling} | ${ratio} | ${o.calls} | ${(o.responseBytes / 1024).toFixed(1)} KiB |`;
    }),
    ...d.skipped.map((s) => `\nSkipped: ${s}.`),
    ...(d.sequences.length
      ? [
          '',
          'Questions the API answers only in parts (requests one after another on one connection, timed together):',
          '',
          '| question | runs | HTTP p50 / p95 ms | in-process p50 / p95 ms | store calls |',
          '| --- | --- | --- | --- | --- |',
          ...d.sequences.map(
            (q) =>
              `| ${q.sequence.label} | ${q.http.count}${q.http.failures ? ` (**${q.http.failures} failed**)` : ''} | ${ms(q.http.p50)} / ${ms(q.http.p95)} | ${ms(q.inProcess.p50)} / ${ms(q.inProcess.p95)} | ${q.calls} |`,
          ),
        ]
      : []),
    '',
    'Analyses called directly on the store (no GraphQL), after one warm-up:',
    '',
    '| call | runs | p50 ms | p95 ms | store calls |',
    '| --- | --- | --- | --- | --- |',
    ...d.analyses.map((a) => `| \`${a.label}\` | ${a.timing.count} | ${ms(a.timing.p50)} | ${ms(a.timing.p95)} | ${a.calls} |`),
    '',
    `Server process peak RSS over all its HTTP runs: ${mib(d.serverMaxRss)}.`,
  ];
  return lines.join('\n');
}

interface Row {
  what: string;
  target: string;
  result: string;
  ok: boolean;
}

/** The issue's targets, judged on the national set. Latency targets at one connection (no queueing). */
export function targetsMarkdown(d: DatasetResult): string {
  const op = (name: string) => d.operations.find((o) => o.op.name === name);
  const rows: Row[] = [];
  const p95 = (name: string, target: number) => {
    const o = op(name);
    if (!o) return;
    const h = o.http[0]!;
    rows.push({ what: `${name} p95 over HTTP, ${h.connections} connection`, target: `< ${target} ms`, result: `${ms(h.p95)} ms`, ok: h.p95 < target && h.failures === 0 });
  };
  p95('structureChart', TARGETS.structureChartP95Ms);
  p95('reportingChain', TARGETS.reportingChainP95Ms);
  p95('search', TARGETS.searchP95Ms);
  const vruAll = d.sequences.find((q) => q.sequence.name === 'vruAlignment');
  const vruOne = op('vruAlignment');
  if (vruAll) {
    rows.push({ what: `${vruAll.sequence.label}, p95 over HTTP`, target: `< ${TARGETS.vruAlignmentMs} ms`, result: `${ms(vruAll.http.p95)} ms`, ok: vruAll.http.p95 < TARGETS.vruAlignmentMs && vruAll.http.failures === 0 });
  } else if (vruOne) {
    const h = vruOne.http[0]!;
    rows.push({ what: `${vruOne.op.label}, p95 over HTTP, 1 connection`, target: `< ${TARGETS.vruAlignmentMs} ms`, result: `${ms(h.p95)} ms`, ok: h.p95 < TARGETS.vruAlignmentMs && h.failures === 0 });
  }
  const direct = d.analyses[0]!;
  rows.push({
    what: `${direct.label}, p95 in process, no GraphQL${vruOne ? '' : ' (the GraphQL field is not in the schema yet)'}`,
    target: `< ${TARGETS.vruAlignmentMs} ms`,
    result: `${ms(direct.timing.p95)} ms`,
    ok: direct.timing.p95 < TARGETS.vruAlignmentMs,
  });
  const seed = d.loadMs + d.sqlite.writeMs;
  const seedCpu = d.loadCpuMs + d.sqlite.writeCpuMs;
  rows.push({ what: 'seeding, read and check + write (SQLite), wall time', target: `< ${TARGETS.seedingS} s`, result: `${seconds(d.loadMs)} + ${seconds(d.sqlite.writeMs)} = ${seconds(seed)}`, ok: seed < TARGETS.seedingS * 1000 });
  rows.push({ what: '… the same in CPU time (what a machine to itself would take, near enough)', target: `< ${TARGETS.seedingS} s`, result: `${seconds(d.loadCpuMs)} + ${seconds(d.sqlite.writeCpuMs)} = ${seconds(seedCpu)}`, ok: seedCpu < TARGETS.seedingS * 1000 });
  rows.push({ what: '… of which writing into SQLite alone', target: `< ${TARGETS.seedingS} s`, result: seconds(d.sqlite.writeMs), ok: d.sqlite.writeMs < TARGETS.seedingS * 1000 });
  for (const o of d.operations.filter((x) => x.op.name !== BASELINE)) {
    const i = o.http.length - 1;
    const h = o.http[i]!;
    const c = o.ceiling[i]!;
    rows.push({
      what: `${o.op.name} throughput over HTTP ÷ in process, ${h.connections} connections`,
      target: `≥ ${TARGETS.throughputShare * 100}%`,
      result: `${rps(h.rps)} ÷ ${rps(c.rps)} = ${share(h.rps, c.rps)}`,
      ok: h.rps >= TARGETS.throughputShare * c.rps,
    });
  }
  rows.push({ what: 'server peak RSS', target: '< 1 GiB', result: mib(d.serverMaxRss), ok: d.serverMaxRss < TARGETS.rssBytes });
  return ['| target | goal | result | |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.what} | ${r.target} | ${r.result} | ${verdict(r.ok)} |`)].join('\n');
}
