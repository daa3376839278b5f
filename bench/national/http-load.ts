// Load over real HTTP on loopback with autocannon: a fixed number of connections for a fixed
// time, every response checked against the body the operation returned before the run.
import autocannon from 'autocannon';
import type { Operation } from './operations.js';
import { latency, type Latency } from './stats.js';

export interface HttpRun extends Latency {
  connections: number;
  /** completed requests per second */
  rps: number;
  /** completed requests */
  requests: number;
  /** connection errors, timeouts, non-2xx answers and bodies that differ from the expected one */
  failures: number;
}

const body = (op: Operation): string => JSON.stringify({ query: op.query, variables: op.variables });

/** One request: the answer every request in the run must return; throws on a GraphQL error. */
export async function expectedBody(url: string, op: Operation): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(op) });
  const text = await res.text();
  const errors = (JSON.parse(text) as { errors?: { message: string }[] }).errors;
  if (!res.ok || errors) throw new Error(`${op.name} failed over HTTP (${res.status}): ${errors?.map((e) => e.message).join('; ') ?? text.slice(0, 200)}`);
  return text;
}

export async function httpLoad(url: string, op: Operation, expect: string, connections: number, seconds: number): Promise<HttpRun> {
  const samples: number[] = [];
  const instance = autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body(op),
    connections,
    pipelining: 1,
    duration: seconds,
    timeout: 30,
    expectBody: expect,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => samples.push(ms));
  const result = await instance;
  return {
    ...latency(samples),
    connections,
    rps: result.requests.total / result.duration,
    requests: result.requests.total,
    failures: result.errors + result.non2xx + result.mismatches,
  };
}

export interface SequenceRun extends Latency {
  failures: number;
  /** the warm-up run, ms: the first time the server is asked (nothing kept for the question yet) */
  firstMs: number;
  /** the server's CPU time per timed run, ms, when `cpuMs` reads it: what the machine's load does not inflate */
  cpuMsPerRun?: number;
}

/** The parts one after another over one connection, timed together; at most `maxRuns` runs within `seconds`, after one warm-up run (timed apart). */
export async function httpSequence(url: string, parts: Operation[], seconds: number, maxRuns: number, cpuMs?: () => Promise<number>): Promise<SequenceRun> {
  const t = performance.now();
  const expected: string[] = [];
  for (const p of parts) expected.push(await expectedBody(url, p));
  const firstMs = performance.now() - t;
  const cpuStart = await cpuMs?.();
  const samples: number[] = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  while (samples.length < maxRuns && performance.now() < end) {
    const t0 = performance.now();
    for (const [i, p] of parts.entries()) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(p) });
      if ((await res.text()) !== expected[i]) failures++;
    }
    samples.push(performance.now() - t0);
  }
  const cpuMsPerRun = cpuStart === undefined || !cpuMs ? undefined : ((await cpuMs()) - cpuStart) / samples.length;
  return { ...latency(samples), failures, firstMs, cpuMsPerRun };
}
