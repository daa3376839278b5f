// server/main.ts as `npm start` runs it, compiled to dist/ and run by node without NODE_ENV: an
// empty SQLite file is seeded, the server answers in production mode on the loopback interface,
// logs JSON lines, and SIGTERM, once the warm-up at start is over, closes the server and the store and exits 0.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite/store.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('server/main.ts', () => {
  it('seeds an empty store, serves in production by default, and shuts down cleanly on SIGTERM', async () => {
    const db = path.join(dir, 'graph.sqlite');
    const build = spawnSync('npm', ['run', 'build:server'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const { NODE_ENV: _test, HOST: _host, ...env } = process.env;
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: ROOT,
      env: { ...env, GOVGRAPH_DB: db, PORT: '0', GOVGRAPH_NO_WEB_BUILD: '1', NEO4J_URI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      /** the first match of `pattern` in the output, once it is there */
      const logged = (pattern: RegExp) =>
        new Promise<RegExpExecArray>((resolve, reject) => {
          const timer = setInterval(() => {
            const m = pattern.exec(out);
            if (m) {
              clearInterval(timer);
              resolve(m);
            }
          }, 50);
          void exited.then((code) => {
            clearInterval(timer);
            reject(new Error(`main exited (${code}) before logging ${pattern}:\n${out}`));
          });
        });
      const url = (await logged(/listening on (http:\/\/[^:\s]+:\d+)/))[1]!;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(out).toMatch(/the store was empty: seeded it from/);
      expect(out).toMatch(/\(production\)/);
      // every line of stdout is a JSON log entry
      const first = out.split('\n')[0]!;
      expect(JSON.parse(first)).toMatchObject({ level: 30, time: expect.any(String), msg: expect.stringMatching(/opening the store/) });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ node(id: "havering/csp") { name } }' }),
      });
      expect(await res.json()).toEqual({ data: { node: { name: 'Havering Community Safety Partnership' } } });
      const introspection = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
      });
      expect((await introspection.json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      // a SIGTERM once the warm-up is over (Apollo's own signal handlers once kept the process running then)
      await logged(/ready: the warm-up took \d+ ms/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(out).toMatch(/SIGTERM: shutting down/);
    expect(out).toMatch(/stopped: the server and the stores are closed/);
    // the store was closed: the file opens again and holds the seeded graph
    const store = openSqliteStore(db);
    try {
      expect((await store.stats()).nodes).toBeGreaterThan(100);
    } finally {
      await store.close();
    }
  }, 60_000);
});
