// Everything the national bench measures on one dataset (the real seeds, or the synthetic
// national set), on each engine (SQLite, and Neo4j when NEO4J_URI is set): seeding, HTTP load on
// the real server in its own process, the in-process ceiling, store calls per operation, the
// analyses called directly, and the server's peak RSS.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { load, type Engine } from '../engines.js';
import { governanceFindings, vruAlignment } from '../../server/domain/analysis/index.js';
import type { GraphStore } from '../../server/store/contract.js';
import { openStore } from '../../server/store/open.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { executableSchema, InProcess, type CeilingRun } from './ceiling.js';
import { countingStore, describeCalls } from './counting.js';
import { expectedBody, httpLoad, httpSequence, type HttpRun, type SequenceRun } from './http-load.js';
import { operations, type Operation, type Sequence } from './operations.js';
import { loadSeeds, neo4jServer, writeNeo4j, writeSqlite, type Loaded, type Written } from './seeding.js';
import { NEO4J, startCeilingProcess, startServerProcess } from './server-process.js';
import { latency, timed, type Latency } from './stats.js';
import { pickTargets, type Targets } from './targets.js';

export interface BenchSettings {
  /** autocannon run length per operation and connection count */
  httpSeconds: number;
  /** in-process run length per operation and concurrency */
  ceilingSeconds: number;
  connections: readonly number[];
  /** direct analysis calls: at most this many, within ANALYSIS_SECONDS */
  analysisRuns: number;
}

export interface OperationResult {
  op: Operation;
  http: HttpRun[];
  ceiling: CeilingRun[];
  /** store calls for one execution */
  calls: string;
  /** the answer over HTTP, which every request of the run returned */
  body: string;
  /** load averages (1, 5, 15 min) as its HTTP runs ended */
  load: string;
}

export interface SequenceResult {
  sequence: Sequence;
  http: SequenceRun;
  inProcess: Latency;
  calls: string;
  load: string;
}

export interface AnalysisResult {
  label: string;
  timing: Latency;
  calls: string;
  load: string;
}

/** Everything measured on one engine: its seeding write, the operations over HTTP and in process, the analyses. */
export interface EngineRun {
  engine: Engine['name'];
  written: Written;
  /** Neo4j: its version and memory settings (neo4jServer) */
  server: string | null;
  operations: OperationResult[];
  sequences: SequenceResult[];
  analyses: AnalysisResult[];
  /** the Node server process's peak RSS (on Neo4j, the database's memory is the JVM's, not in it) */
  serverMaxRss: number;
  /** load averages (1, 5, 15 min) as the engine's HTTP runs began and as its last run ended */
  load: { before: string; after: string };
}

export interface DatasetResult {
  name: string;
  seedsDir: string;
  yamlBytes: number;
  files: number;
  loadMs: number;
  loadCpuMs: number;
  quotesChecked: boolean;
  benchRssAfterLoad: number;
  targets: Targets;
  skipped: string[];
  /** SQLite, then Neo4j when NEO4J_URI is set */
  runs: EngineRun[];
}

const ANALYSIS_SECONDS = 5;
/** runs of a sequence: each is several heavy requests */
const SEQUENCE_RUNS = 20;

function yamlBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);
}

/** Up to `runs` calls within ANALYSIS_SECONDS after one warm-up, with the store calls of one. */
async function analysis(label: string, store: GraphStore, call: (s: GraphStore) => Promise<unknown>, runs: number): Promise<AnalysisResult> {
  const counting = countingStore(store);
  await call(counting.store);
  const samples: number[] = [];
  const end = performance.now() + ANALYSIS_SECONDS * 1000;
  while (samples.length < runs && performance.now() < end) samples.push((await timed(() => call(store)))[1]);
  return { label, timing: latency(samples), calls: describeCalls(counting.calls), load: load() };
}

/** The operations over HTTP on the real server in its own process (response cache off: every request runs against the store), then in process, then the analyses. */
async function engineRun(engine: Engine['name'], serveFrom: string, written: Written, server: string | null, ops: Operation[], sequences: Sequence[], targets: Targets, settings: BenchSettings, open: () => Promise<GraphStore>): Promise<EngineRun> {
  const before = load();
  console.log(`national bench: ${engine}: HTTP`);
  const served = await startServerProcess(serveFrom, 'apollo-nocache');
  const http = new Map<Operation, { runs: HttpRun[]; body: string; load: string }>();
  const httpSequences = new Map<Sequence, SequenceRun>();
  // eslint-disable-next-line no-useless-assignment -- NaN stays when the server dies before it is read
  let serverMaxRss = NaN;
  try {
    for (const op of ops) {
      const expect = await expectedBody(served.graphqlUrl, op);
      await httpLoad(served.graphqlUrl, op, expect, 1, 1); // warm-up
      const runs: HttpRun[] = [];
      for (const c of settings.connections) runs.push(await httpLoad(served.graphqlUrl, op, expect, c, settings.httpSeconds));
      http.set(op, { runs, body: expect, load: load() });
    }
    for (const seq of sequences) httpSequences.set(seq, await httpSequence(served.graphqlUrl, seq.parts, settings.httpSeconds * 2, SEQUENCE_RUNS));
  } finally {
    serverMaxRss = (await served.memory().catch(() => ({ maxRss: NaN }))).maxRss;
    await served.stop();
  }

  console.log(`national bench: ${engine}: in-process ceiling, store calls, analyses`);
  const store = await open();
  // the ceiling is timed in a process of its own, built as the server is; the counting runs here
  const ceilingProcess = await startCeilingProcess(serveFrom);
  try {
    const inProcess = new InProcess(executableSchema(), store);
    const operations: OperationResult[] = [];
    for (const op of ops) {
      await ceilingProcess.run(op, 1, 1); // warm-up, as long as the HTTP one
      const ceiling: CeilingRun[] = [];
      for (const c of settings.connections) ceiling.push(await ceilingProcess.run(op, c, settings.ceilingSeconds));
      const counting = countingStore(store);
      await inProcess.once(op, counting.store);
      const h = http.get(op)!;
      operations.push({ op, http: h.runs, ceiling, calls: describeCalls(counting.calls), body: h.body, load: h.load });
    }
    const sequenceResults: SequenceResult[] = [];
    for (const seq of sequences) {
      const inProcessRun = await ceilingProcess.runSequence(seq.parts, settings.httpSeconds * 2, SEQUENCE_RUNS);
      const counting = countingStore(store);
      for (const p of seq.parts) await inProcess.once(p, counting.store);
      sequenceResults.push({ sequence: seq, http: httpSequences.get(seq)!, inProcess: inProcessRun, calls: describeCalls(counting.calls), load: load() });
    }
    const analyses = [
      await analysis(`vruAlignment(store, all ${targets.partnershipIds.length} partnerships)`, store, (s) => vruAlignment(s, targets.partnershipIds), settings.analysisRuns),
      await analysis(`governanceFindings(store, ${targets.partnership}, "${targets.asOf}")`, store, (s) => governanceFindings(s, targets.partnership, targets.asOf), settings.analysisRuns),
    ];
    return { engine, written, server, operations, sequences: sequenceResults, analyses, serverMaxRss, load: { before, after: load() } };
  } finally {
    await ceilingProcess.stop();
    await store.close();
  }
}

/** A dataset read and checked once, written into each engine (bench/engines.ts), and measured on each in turn. */
export async function benchDataset(name: string, seedsDir: string, sourcesDir: string, dbFile: string, settings: BenchSettings): Promise<DatasetResult> {
  console.log(`national bench: ${name}: loading ${seedsDir}`);
  let loaded: Loaded | undefined = await loadSeeds(seedsDir, sourcesDir);
  const { files, loadMs, loadCpuMs, quotesChecked, rssAfterLoad } = loaded;
  console.log(`national bench: ${name}: writing ${loaded.batch.nodes.length} nodes, ${loaded.batch.rels.length} relationships`);
  const sqlite = await writeSqlite(loaded.batch, dbFile);
  const neo4j = process.env.NEO4J_URI?.trim() ? await writeNeo4j(loaded.batch) : null;
  const targets = pickTargets(loaded.batch);
  // eslint-disable-next-line no-useless-assignment -- dropping the reference is the point
  loaded = undefined; // the batch is not needed past here: let the heap shrink before the timings

  const { ops, sequences, skipped } = operations(targets, executableSchema());
  const runs = [await engineRun('SQLite', dbFile, sqlite, null, ops, sequences, targets, settings, async () => openSqliteStore(dbFile))];
  if (neo4j) runs.push(await engineRun('Neo4j', NEO4J, neo4j, await neo4jServer(), ops, sequences, targets, settings, () => openStore(process.env)));
  return { name, seedsDir, yamlBytes: yamlBytes(seedsDir), files, loadMs, loadCpuMs, quotesChecked, benchRssAfterLoad: rssAfterLoad, targets, skipped, runs };
}
