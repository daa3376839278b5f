// Starts serve.ts as a child process and talks to it over IPC. The child runs serve.ts as esbuild
// builds the server for `npm start` (plain JavaScript on plain node), not through tsx: tsx's
// transform keeps function names by wrapping every function it creates in __name(fn, "name"), an
// Object.defineProperty on each closure made per request, which the built server never pays, and
// which the real server's path (more closures of its own per request) paid more than the peer's.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { CeilingRun } from './ceiling.js';
import type { Operation } from './operations.js';
import type { PipelineCosts } from './pipelines.js';
import type { Latency } from './stats.js';

export interface ServerProcess {
  /** http://127.0.0.1:<port>/graphql */
  graphqlUrl: string;
  /** the server process's current and peak resident set size, bytes, and the CPU time it has used, ms */
  memory(): Promise<{ rss: number; maxRss: number; cpuMs: number }>;
  stop(): Promise<void>;
}

const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));
/**
 * Two levels below the repository, as the server's modules are (server/<dir>/<file>): the paths
 * they resolve from import.meta.url (schema.graphql) hold in the bundle too. data/ is not committed.
 */
const BUILT = fileURLToPath(new URL('../../data/bench-build/serve.js', import.meta.url));
const START_TIMEOUT_MS = 60_000;

let built: Promise<string> | undefined;
/** serve.ts and the server code it loads in one file, packages left to node_modules; built once per bench run. */
const builtServe = (): Promise<string> =>
  (built ??= build({ entryPoints: [SERVE], bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', outfile: BUILT, logLevel: 'warning' }).then(() => BUILT));

function reply<T>(child: ChildProcess, key: keyof T & string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`the server process did not answer with "${key}" within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    const onMessage = (m: unknown) => {
      if (m && typeof m === 'object' && key in m) done(undefined, m as T);
    };
    const onExit = (code: number | null) => done(new Error(`the server process exited (code ${code}) before answering "${key}"`));
    const done = (err?: Error, value?: T) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(value!);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export type Transport = 'apollo' | 'apollo-nocache' | 'graphql-http';

/** What startServerProcess serves from instead of a SQLite file: the Neo4j at NEO4J_URI. */
export const NEO4J = 'neo4j';

async function forkServe(sqliteFile: string, mode: Transport | 'ceiling'): Promise<{ child: ChildProcess; port: number; stop(): Promise<void> }> {
  // no loader hooks either: with tsx's, every require() at run time (Apollo requires crypto for
  // each query's hash) went through its resolver. To look inside: BENCH_SERVER_PROF=<dir> writes
  // CPU profiles there, BENCH_SERVER_NODE_ARGS adds node's or V8's flags (e.g. "--trace-gc-nvp").
  const child = fork(await builtServe(), [sqliteFile, mode], {
    execArgv: [
      ...(process.env.BENCH_SERVER_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROF}`] : []),
      ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
    ],
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { port } = await reply<{ port: number }>(child, 'port');
  return {
    child,
    port,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ cmd: 'stop' });
      await exited;
    },
  };
}

export async function startServerProcess(sqliteFile: string, transport: Transport = 'apollo'): Promise<ServerProcess> {
  const { child, port, stop } = await forkServe(sqliteFile, transport);
  return {
    graphqlUrl: `http://127.0.0.1:${port}/graphql`,
    memory: async () => {
      const answer = reply<{ rss: number; maxRss: number; cpuMs: number }>(child, 'maxRss');
      child.send({ cmd: 'rss' });
      return answer;
    },
    stop,
  };
}

/** The in-process ceiling (ceiling.ts) in a process of its own, built as the servers are: the same code on plain node. */
export interface CeilingProcess {
  run(op: Operation, concurrency: number, seconds: number): Promise<CeilingRun>;
  runSequence(parts: Operation[], seconds: number, maxRuns: number): Promise<Latency>;
  /** each GraphQL pipeline's CPU per request in process (pipelines.ts): `rounds` of `seconds` each */
  pipelines(op: Operation, seconds: number, rounds: number): Promise<PipelineCosts>;
  stop(): Promise<void>;
}

export async function startCeilingProcess(sqliteFile: string): Promise<CeilingProcess> {
  const { child, stop } = await forkServe(sqliteFile, 'ceiling');
  // one question at a time: the answers carry no id
  let queue: Promise<unknown> = Promise.resolve();
  const ask = <T>(message: object): Promise<T> => {
    const next = queue.then(async () => {
      const answer = reply<{ ceiling: T | null; error?: string }>(child, 'ceiling');
      child.send({ cmd: 'ceiling', ...message });
      const { ceiling, error } = await answer;
      if (ceiling === null) throw new Error(`in-process ceiling: ${error}`);
      return ceiling;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    run: (op, concurrency, seconds) => ask<CeilingRun>({ op, concurrency, seconds }),
    runSequence: (sequence, seconds, maxRuns) => ask<Latency>({ sequence, seconds, maxRuns }),
    pipelines: (op, seconds, rounds) => ask<PipelineCosts>({ op, seconds, pipelines: { rounds } }),
    stop,
  };
}
