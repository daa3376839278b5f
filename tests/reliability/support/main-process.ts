// server/main.ts as `npm start` runs it (production, JSON logs), in a process of its own so a test
// can watch its memory, see whether it died, and kill it: node itself with tsx's loader, so the pid
// is the server's (the tsx command would run it in a grandchild).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect } from 'vitest';

const MAIN = fileURLToPath(new URL('../../../server/main.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface MainProcess {
  url: string;
  pid: number;
  /** resident set size now, bytes (Linux /proc) */
  rss(): number;
  /** the exit code or signal once it has exited, else undefined */
  exited(): string | undefined;
  /** everything it printed */
  output(): string;
  stop(): Promise<void>;
}

/** Starts the server on an ephemeral loopback port over `env` (GOVGRAPH_DB, or NEO4J_URI...). */
export async function startMain(env: Record<string, string>, timeoutMs = 90_000): Promise<MainProcess> {
  const { NODE_ENV: _test, HOST: _host, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: { ...inherited, NEO4J_URI: '', PORT: '0', GOVGRAPH_NO_WEB_BUILD: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let exit: string | undefined;
  // the last 200 kB: one JSON line per request would otherwise grow the test's own memory under load
  const keep = (d: string) => (out = (out + d).slice(-200_000));
  child.stdout.setEncoding('utf8').on('data', keep);
  child.stderr.setEncoding('utf8').on('data', keep);
  const gone = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exit = signal ?? String(code);
      resolve();
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const m = /listening on (http:\/\/[^:\s]+:\d+)/.exec(out);
      if (m) done(undefined, m[1]);
      else if (exit !== undefined) done(new Error(`server/main.ts exited (${exit}) before listening:\n${out}`));
      else if (Date.now() - started > timeoutMs) done(new Error(`server/main.ts did not listen within ${timeoutMs / 1000} s:\n${out}`));
    }, 50);
    const done = (err?: Error, value?: string) => {
      clearInterval(timer);
      if (err) reject(err);
      else resolve(value!);
    };
  }).catch(async (err: unknown) => {
    child.kill('SIGKILL');
    await gone;
    throw err;
  });
  return {
    url,
    pid: child.pid!,
    rss: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) * 1024,
    exited: () => exit,
    output: () => out,
    stop: async () => {
      if (exit !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

/**
 * After each test of a suite against `server()`: the process still runs, answers /healthz, and has
 * logged no internal error during the test (an abusive client's request is the client's fault).
 */
export function expectUnharmedAfterEach(server: () => MainProcess): void {
  const internalErrors = (): string[] => server().output().match(/^.*internal error.*$/gm) ?? [];
  let before: string[] = [];
  beforeEach(() => void (before = internalErrors()));
  afterEach(async () => {
    expect(server().exited(), server().output().slice(-2000)).toBeUndefined();
    expect((await fetch(`${server().url}/healthz`)).status).toBe(200);
    expect(internalErrors().filter((line) => !before.includes(line))).toEqual([]);
  });
}
